/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-flag"

#include "config.h"

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"

gint64
cw_benefit_flag_open (CwDatabase  *db,
                      gint64       person_id,
                      const char  *flag,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT id FROM benefit_person_flag WHERE person_id = ? AND flag = ? AND until IS NULL",
                         error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, flag, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE ? 0 : -1;
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
run_change (CwDatabase    *db,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_person_flag");
  return TRUE;
}

/* The row that says @person_id holds @flag from @since, ready to step. */
static sqlite3_stmt *
prepare_insert (CwDatabase  *db,
                gint64       person_id,
                const char  *flag,
                const char  *since,
                GError     **error)
{
  sqlite3_stmt *stmt = cw_database_prepare (db, "INSERT INTO benefit_person_flag (person_id, flag, since) "
                                                "SELECT id, ?2, ?3 FROM person WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, flag, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, since, -1, SQLITE_TRANSIENT);
  return stmt;
}

gboolean
cw_benefit_flag_set (CwDatabase  *db,
                     gint64       person_id,
                     const char  *flag,
                     const char  *since,
                     GError     **error)
{
  g_autofree char *word = cw_text_clean_line (flag != NULL ? flag : "");
  g_autofree char *day = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 open = 0;

  if (word[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Flag: name the flag, e.g. 参与土地分配."));
  day = cw_benefit_normalize_day (_("Since"), since, error);
  if (day == NULL || (open = cw_benefit_flag_open (db, person_id, word, error)) < 0)
    return FALSE;
  if (open != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("The person holds “%s” already."), word);
      return FALSE;
    }
  stmt = prepare_insert (db, person_id, word, day, error);
  return stmt != NULL && run_change (db, stmt, error);
}

gboolean
cw_benefit_flag_insert (CwDatabase  *db,
                        gint64       person_id,
                        const char  *flag,
                        const char  *since,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_insert (db, person_id, flag, since, error);

  return stmt != NULL && cw_database_step_done (db, stmt, error);
}

gboolean
cw_benefit_flag_clear (CwDatabase  *db,
                       gint64       person_id,
                       const char  *flag,
                       const char  *until,
                       const char  *reason,
                       GError     **error)
{
  g_autofree char *word = cw_text_clean_line (flag != NULL ? flag : "");
  g_autofree char *why = cw_text_clean_line (reason != NULL ? reason : "");
  g_autofree char *day = cw_benefit_normalize_day (_("Until"), until, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id, open;

  if (day == NULL)
    return FALSE;
  id = cw_benefit_flag_open (db, person_id, word, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("The person does not hold “%s”."), word);
      return FALSE;
    }
  stmt = cw_database_prepare (db, "UPDATE benefit_person_flag SET until = ?1, reason = ?2 "
                                  "WHERE id = ?3 AND since <= ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, why, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!run_change (db, stmt, error))
    return FALSE;
  if ((open = cw_benefit_flag_open (db, person_id, word, error)) < 0)
    return FALSE;
  if (open == id)
    return cw_benefit_invalid (error, "%s", _("Until: the flag ends before it began."));
  return TRUE;
}

char **
cw_benefit_flag_list (CwDatabase  *db,
                      gint64       person_id,
                      const char  *on,
                      GError     **error)
{
  g_autofree char *day = on != NULL ? g_strdup (on) : cw_date_today_text ();
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT flag FROM benefit_person_flag WHERE person_id = ?1 AND since <= ?2 "
                             "AND (until IS NULL OR until > ?2) ORDER BY flag", error);
  g_autoptr(GStrvBuilder) flags = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (flags, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_strv_builder_end (flags);
}
