/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-way"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-private.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-role.h"
#include "core/village/cw-settings.h"

/* The way of a notice after its draft: review, settling, posting,
 * withdrawal, and back to draft. Each step loads the notice inside its
 * transaction and refuses what its state does not allow. */

/* Runs one statement with ?1 = the notice and up to four texts. */
static gboolean
run (CwDatabase  *db,
     const char  *sql,
     gint64       id,
     const char  *a,
     const char  *b,
     const char  *c,
     const char  *d,
     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, a, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, b, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, c, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, d, -1, SQLITE_STATIC);
  return cw_database_step_done (db, stmt, error);
}

/* The date as typed, normalised; refused with @what when it is missing,
 * not a date, or before @not_before. */
static char *
step_date (const char  *date,
           const char  *not_before,
           const char  *earlier,
           GError     **error)
{
  g_autofree char *clean = NULL;

  if (date == NULL || date[0] == '\0')
    {
      cw_notice_fail (error, CW_ERROR_INVALID, _("Date: say on which day."));
      return NULL;
    }
  if ((clean = cw_date_normalize (date, error)) == NULL)
    return NULL;
  if (not_before != NULL && strcmp (clean, not_before) < 0)
    {
      /* Translators: "2026-03-01 is before the review (2026-03-02)." */
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("%s is before %s (%s)."), clean, earlier, not_before);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

static gboolean
finish (CwDatabase  *db,
        gboolean     ok,
        GError     **error)
{
  if (!ok)
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "notice");
  return TRUE;
}

gboolean
cw_notice_says_something (CwNotice  *self,
                          GError   **error)
{
  GPtrArray *table = cw_notice_get_table (self);
  g_autofree char *body = g_strstrip (g_strdup (cw_notice_get_body (self)));

  /* The table's first row is its header: a header alone lists nothing. */
  if (body[0] != '\0' || (table != NULL && table->len > 1))
    return TRUE;
  return cw_notice_fail (error, CW_ERROR_INVALID,
                         _("Text: the notice says nothing yet (no text, no table); write what it makes public."));
}

gboolean
cw_notice_review (CwDatabase  *db,
                  gint64       id,
                  const char  *reviewer,
                  const char  *date,
                  const char  *opinion,
                  GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;
  g_autoptr(CwVillageRole) member = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autofree char *day = NULL;
  g_autofree char *role_id = NULL;
  g_autofree char *clean_opinion = cw_notice_clean_prose (opinion);

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, id, error)) != NULL && cw_notice_get_state (stored) == CW_NOTICE_SETTLED)
    return finish (db, cw_notice_fail (error, CW_ERROR_REFUSED,
                             _("The joint meeting has settled the notice: return it to draft to review it again.")),
                   error);
  if (stored == NULL ||
      (cw_notice_get_state (stored) != CW_NOTICE_REVIEWED && !cw_notice_refuse_unless (stored, CW_NOTICE_DRAFT, error)) ||
      (day = step_date (date, NULL, NULL, error)) == NULL ||
      (member = cw_village_role_find_supervisor (db, reviewer, day, error)) == NULL ||
      (reviews = cw_notice_list_reviews (db, id, error)) == NULL)
    return finish (db, FALSE, error);
  for (guint i = 0; i < reviews->len; i++)
    {
      CwNoticeReview *review = g_ptr_array_index (reviews, i);
      if (g_str_equal (review->reviewer, cw_village_role_get_name (member)))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("%s already reviewed this notice on %s."),
                       review->reviewer, review->date);
          return finish (db, FALSE, error);
        }
    }
  role_id = g_strdup_printf ("%" G_GINT64_FORMAT, cw_village_role_get_id (member));
  return finish (db,
                 run (db, "INSERT INTO notice_review (notice_id, role_id, reviewer, date, opinion) "
                          "VALUES (?1, CAST(?2 AS INTEGER), ?3, ?4, ?5)", id, role_id,
                      cw_village_role_get_name (member), day, clean_opinion, error) &&
                 run (db, "UPDATE notice SET state = 'reviewed' WHERE id = ?1", id, NULL, NULL, NULL, NULL, error),
                 error);
}

/* The day of the latest review that counts. */
static char *
last_review_date (CwDatabase *db,
                  gint64      id)
{
  g_autoptr(GPtrArray) reviews = cw_notice_list_reviews (db, id, NULL);
  CwNoticeReview *last;

  if (reviews == NULL || reviews->len == 0)
    return NULL;
  last = g_ptr_array_index (reviews, reviews->len - 1);
  return g_strdup (last->date);
}

gboolean
cw_notice_settle (CwDatabase  *db,
                  gint64       id,
                  const char  *date,
                  GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *day = NULL;

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, id, error)) == NULL || !cw_notice_refuse_unless (stored, CW_NOTICE_REVIEWED, error))
    return finish (db, FALSE, error);
  reviewed = last_review_date (db, id);
  if ((day = step_date (date, reviewed, _("the supervisory committee’s review"), error)) == NULL)
    return finish (db, FALSE, error);
  return finish (db, run (db, "UPDATE notice SET state = 'settled', settled_date = ?2 WHERE id = ?1",
                          id, day, NULL, NULL, NULL, error), error);
}

gboolean
cw_notice_post (CwDatabase  *db,
                gint64       id,
                const char  *date,
                const char  *place,
                GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;
  g_autofree char *day = NULL;
  g_autofree char *where = cw_notice_clean_prose (place);

  /* The office's usual board when the clerk names none. */
  if (where[0] == '\0')
    {
      g_free (where);
      where = cw_settings_get_notice_place (db);
    }
  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, id, error)) == NULL || !cw_notice_refuse_unless (stored, CW_NOTICE_SETTLED, error) ||
      !cw_notice_says_something (stored, error) ||
      (day = step_date (date, cw_notice_get_settled_date (stored), _("the joint meeting"), error)) == NULL)
    return finish (db, FALSE, error);
  if (strcmp (day, cw_notice_get_to (stored)) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is after the publicity period (it ends %s): change the period and have it reviewed again."),
                   day, cw_notice_get_to (stored));
      return finish (db, FALSE, error);
    }
  return finish (db, run (db, "UPDATE notice SET state = 'posted', posted_date = ?2, posted_place = ?3 WHERE id = ?1",
                          id, day, where, NULL, NULL, error), error);
}

gboolean
cw_notice_withdraw (CwDatabase  *db,
                    gint64       id,
                    const char  *date,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;
  g_autofree char *day = NULL;
  g_autofree char *why = cw_notice_clean_prose (reason);

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, id, error)) == NULL)
    return finish (db, FALSE, error);
  if (cw_notice_get_state (stored) == CW_NOTICE_WITHDRAWN)
    return finish (db, cw_notice_fail (error, CW_ERROR_REFUSED, _("The notice was withdrawn.")), error);
  if (why[0] == '\0')
    return finish (db, cw_notice_fail (error, CW_ERROR_INVALID, _("Reason: say why the notice is withdrawn.")), error);
  if ((day = step_date (date, cw_notice_get_posted_date (stored), _("its posting"), error)) == NULL)
    return finish (db, FALSE, error);
  return finish (db, run (db, "UPDATE notice SET state = 'withdrawn', withdrawn_date = ?2, withdrawn_reason = ?3 "
                              "WHERE id = ?1", id, day, why, NULL, NULL, error), error);
}

gboolean
cw_notice_return_to_draft (CwDatabase  *db,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, id, error)) == NULL)
    return finish (db, FALSE, error);
  if (cw_notice_get_state (stored) != CW_NOTICE_REVIEWED && cw_notice_get_state (stored) != CW_NOTICE_SETTLED)
    return finish (db, cw_notice_refuse_unless (stored, CW_NOTICE_REVIEWED, error), error);
  return finish (db,
                 run (db, "UPDATE notice_review SET superseded = 1 WHERE notice_id = ?1", id, NULL, NULL, NULL, NULL, error) &&
                 run (db, "UPDATE notice SET state = 'draft', settled_date = NULL WHERE id = ?1",
                      id, NULL, NULL, NULL, NULL, error),
                 error);
}
