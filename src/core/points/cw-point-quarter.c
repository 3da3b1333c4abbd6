/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-quarter"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/common/cw-quarter.h"

static char *
normalized_day (const char  *text,
                const char  *field,
                GError     **error)
{
  GDate date;

  if (!cw_date_parse (text, &date, error))
    {
      g_prefix_error (error, "%s: ", field);
      return NULL;
    }
  return cw_date_format (&date);
}

gboolean
cw_point_quarter_get_publication (CwDatabase  *db,
                                  const char  *quarter,
                                  gboolean    *published,
                                  char       **publicity_from,
                                  char       **publicity_to,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT publicity_from, publicity_to FROM point_quarter WHERE quarter = ?", error);
  int rc;

  *published = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE;
  *published = TRUE;
  if (publicity_from != NULL)
    *publicity_from = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (publicity_to != NULL)
    *publicity_to = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

gboolean
cw_point_quarter_check_open (CwDatabase  *db,
                             const char  *quarter_or_day,
                             GError     **error)
{
  g_autofree char *quarter = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (quarter_or_day != NULL, FALSE);

  quarter = strchr (quarter_or_day, '-') != NULL ? cw_quarter_of_date (quarter_or_day) : g_strdup (quarter_or_day);
  if (quarter == NULL)
    return TRUE;
  stmt = cw_database_prepare (db, "SELECT substr(published_at, 1, 10) FROM point_quarter WHERE quarter = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  switch (cw_database_step_one (db, stmt, error))
    {
    case SQLITE_DONE:
      return TRUE;
    case SQLITE_ERROR:
      return FALSE;
    default:
      break;
    }
  g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
               /* Translators: a quarter (2026Q1), then the day it was published */
               _("%s was published on %s and is locked: nothing dated in it can be added or changed; "
                 "corrections go into an open quarter."),
               quarter, (const char *) sqlite3_column_text (stmt, 0));
  return FALSE;
}

gboolean
cw_point_quarter_publish (CwDatabase  *db,
                          const char  *quarter_text,
                          const char  *publicity_from,
                          const char  *publicity_to,
                          GError     **error)
{
  g_autofree char *quarter = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *today_text = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate today;
  gint64 pending;
  gboolean published;

  if (!cw_quarter_parse (quarter_text, &quarter, error))
    return FALSE;
  if (!cw_point_quarter_get_publication (db, quarter, &published, NULL, NULL, error))
    return FALSE;
  if (published)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("%s is already published."), quarter);
      return FALSE;
    }
  from = normalized_day (publicity_from, _("Publicity from"), error);
  if (from == NULL)
    return FALSE;
  to = normalized_day (publicity_to, _("Publicity to"), error);
  if (to == NULL)
    return FALSE;

  cw_quarter_bounds (quarter, NULL, &last_day);
  cw_date_today (&today);
  today_text = cw_date_format (&today);
  if (g_strcmp0 (today_text, last_day) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is not over yet (it ends on %s); publish it afterwards."), quarter, last_day);
      return FALSE;
    }
  if (g_strcmp0 (from, last_day) < 0 || g_strcmp0 (to, from) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("The publicity period runs from the quarter’s last day (%s) on, and ends after it starts."),
                   last_day);
      return FALSE;
    }

  stmt = cw_database_prepare (db, "SELECT count(*) FROM point_entry WHERE quarter = ? AND state = 'pending'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  /* count(*) always has its row: a failed read is not "none pending". */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  pending = sqlite3_column_int64 (stmt, 0);
  if (pending > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s still has %lld entries waiting for review; "
                     "review or reject them before publishing."),
                   quarter, (long long) pending);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = cw_database_prepare (db,
                              "INSERT INTO point_quarter (quarter, publicity_from, publicity_to, published_by) "
                              "VALUES (?, ?, ?, ?)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cw_database_get_operator (db), -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_quarter");
  return TRUE;
}

GStrv
cw_point_quarter_list (CwDatabase *db)
{
  g_autoptr(GStrvBuilder) quarters = g_strv_builder_new ();
  /* The quarters of reviewed and pending entries, found by hopping along
   * the index on (state, quarter) from one quarter to the next: a few
   * lookups, where a DISTINCT over the entries (or the totals) reads a
   * million rows. */
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "WITH RECURSIVE s(state) AS (VALUES ('reviewed'), ('pending')), "
                         "q(state, quarter) AS ("
                         "  SELECT state, (SELECT min(quarter) FROM point_entry e WHERE e.state = s.state) FROM s "
                         "  UNION ALL "
                         "  SELECT q.state, (SELECT min(quarter) FROM point_entry e "
                         "                   WHERE e.state = q.state AND e.quarter > q.quarter) "
                         "  FROM q WHERE q.quarter IS NOT NULL) "
                         "SELECT quarter FROM q WHERE quarter IS NOT NULL "
                         "UNION SELECT quarter FROM point_quarter ORDER BY 1 DESC",
                         NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (quarters, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (quarters);
}

gint64
cw_point_quarter_add_objection (CwDatabase  *db,
                                const char  *quarter,
                                const char  *scheme,
                                gint64       subject_id,
                                const char  *raised_on,
                                const char  *raised_by,
                                const char  *content,
                                GError     **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *day = NULL;
  g_autofree char *who = g_strstrip (g_strdup (raised_by != NULL ? raised_by : ""));
  g_autofree char *what = g_strstrip (g_strdup (content != NULL ? content : ""));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;
  gboolean published;

  if (!cw_point_quarter_get_publication (db, quarter, &published, &from, &to, error))
    return 0;
  if (!published)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s has not been published; objections are raised during its publicity period."), quarter);
      return 0;
    }
  day = normalized_day (raised_on, _("Date"), error);
  if (day == NULL)
    return 0;
  if (g_strcmp0 (day, from) < 0 || g_strcmp0 (day, to) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The publicity period of %s ran from %s to %s; %s lies outside it."),
                   quarter, from, to, day);
      return 0;
    }
  if (who[0] == '\0' || what[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("An objection needs who raised it and what it says."));
      return 0;
    }

  stmt = cw_database_prepare (db,
                              "INSERT INTO point_objection (quarter, scheme, subject_id, raised_on, "
                              "raised_by, content) VALUES (?, ?, ?, ?, ?, ?)",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, subject_id);
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, what, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return 0;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return 0;
    }
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "point_objection");
  return id;
}

gboolean
cw_point_quarter_decide_objection (CwDatabase  *db,
                                   gint64       objection_id,
                                   const char  *outcome,
                                   const char  *note,
                                   const char  *decided_on,
                                   GError     **error)
{
  g_autofree char *day = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (g_strcmp0 (outcome, "upheld") != 0 && g_strcmp0 (outcome, "dismissed") != 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("An objection is either upheld or dismissed."));
      return FALSE;
    }
  day = normalized_day (decided_on, _("Date"), error);
  if (day == NULL)
    return FALSE;

  stmt = cw_database_prepare (db,
                              "UPDATE point_objection SET outcome = ?2, outcome_note = ?3, decided_on = ?4 "
                              "WHERE id = ?1 AND outcome = 'open'",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, objection_id);
  sqlite3_bind_text (stmt, 2, outcome, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, note != NULL ? note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      cw_database_rollback (db);
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, _("That objection has already been decided."));
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_objection");
  return TRUE;
}
