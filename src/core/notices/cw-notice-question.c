/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-question"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice.h"

void
cw_notice_question_free (CwNoticeQuestion *question)
{
  g_free (question->notice_number);
  g_free (question->asker);
  g_free (question->asked);
  g_free (question->question);
  g_free (question->answer);
  g_free (question->answered);
  g_free (question->answer_by);
  g_free (question);
}

gboolean
cw_notice_question_is_late (const CwNoticeQuestion *question,
                            const char             *on)
{
  const char *until = question->answered != NULL ? question->answered : on;

  return strcmp (until, question->answer_by) > 0;
}

static GPtrArray *
query (CwDatabase  *db,
       const char  *where,
       gint64       id,
       const char  *on,
       GError     **error)
{
  g_autofree char *sql = g_strconcat ("SELECT q.id, q.notice_id, n.number, q.asker, q.asked_date, q.question, "
                                      "q.answer, q.answered_date FROM notice_question q "
                                      "JOIN notice n ON n.id = q.notice_id ", where, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GPtrArray) questions = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_STATIC);
  questions = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_notice_question_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwNoticeQuestion *question = g_new0 (CwNoticeQuestion, 1);
      const char *answered = (const char *) sqlite3_column_text (stmt, 7);

      question->id = sqlite3_column_int64 (stmt, 0);
      question->notice_id = sqlite3_column_int64 (stmt, 1);
      question->notice_number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      question->asker = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      question->asked = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      question->question = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      question->answer = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      question->answered = answered != NULL ? g_strdup (answered) : NULL;
      question->answer_by = cw_notice_date_add_days (question->asked, CW_NOTICE_ANSWER_DAYS);
      g_ptr_array_add (questions, question);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&questions);
}

GPtrArray *
cw_notice_question_list (CwDatabase  *db,
                         gint64       notice_id,
                         GError     **error)
{
  return query (db, "WHERE q.notice_id = ?1 AND ?2 IS ?2 ORDER BY q.asked_date, q.id", notice_id, NULL, error);
}

GPtrArray *
cw_notice_question_list_open (CwDatabase  *db,
                              const char  *on,
                              GError     **error)
{
  return query (db, "WHERE q.answered_date IS NULL AND q.asked_date <= ?2 AND ?1 = ?1 ORDER BY q.asked_date, q.id",
                0, on, error);
}

gint64
cw_notice_question_add (CwDatabase  *db,
                        gint64       notice_id,
                        const char  *asker,
                        const char  *date,
                        const char  *question,
                        GError     **error)
{
  g_autofree char *who = cw_text_clean_line (asker != NULL ? asker : "");
  g_autofree char *what = cw_notice_clean_prose (question);
  g_autofree char *day = NULL;
  g_autoptr(CwNotice) notice = cw_notice_load (db, notice_id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *posted;
  gint64 id;

  if (notice == NULL)
    return 0;
  posted = cw_notice_get_posted_date (notice);
  if (posted == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Notice %s was never posted: there is nothing to question yet."),
                   cw_notice_get_number (notice));
      return 0;
    }
  if (who[0] == '\0' || what[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Say who asks and what."));
      return 0;
    }
  if ((day = cw_date_normalize (date, error)) == NULL)
    return 0;
  if (strcmp (day, posted) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("%s is before the notice was posted (%s)."), day, posted);
      return 0;
    }
  if (!cw_database_begin (db, error))
    return 0;
  if ((stmt = cw_database_prepare (db, "INSERT INTO notice_question (notice_id, asker, asked_date, question) "
                                       "VALUES (?, ?, ?, ?)", error)) == NULL)
    {
      cw_database_rollback (db);
      return 0;
    }
  sqlite3_bind_int64 (stmt, 1, notice_id);
  sqlite3_bind_text (stmt, 2, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, what, -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return 0;
    }
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "notice_question");
  return id;
}

gboolean
cw_notice_question_answer (CwDatabase  *db,
                           gint64       id,
                           const char  *date,
                           const char  *answer,
                           GError     **error)
{
  g_autofree char *what = cw_notice_clean_prose (answer);
  g_autofree char *day = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) found = query (db, "WHERE q.id = ?1 AND ?2 IS ?2", id, NULL, error);
  CwNoticeQuestion *question;

  if (found == NULL)
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no question %lld."), (long long) id);
      return FALSE;
    }
  question = g_ptr_array_index (found, 0);
  if (question->answered != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("The question was answered on %s."), question->answered);
      return FALSE;
    }
  if (what[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Answer: write the answer."));
      return FALSE;
    }
  if ((day = cw_date_normalize (date, error)) == NULL)
    return FALSE;
  if (strcmp (day, question->asked) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("%s is before the question was asked (%s)."), day, question->asked);
      return FALSE;
    }
  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stmt = cw_database_prepare (db, "UPDATE notice_question SET answer = ?2, answered_date = ?3 WHERE id = ?1",
                                   error)) == NULL)
    {
      cw_database_rollback (db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, what, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "notice_question");
  return TRUE;
}
