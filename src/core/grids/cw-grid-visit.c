/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-visit"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grids-private.h"

const char * const cw_grid_must_visit_events[] = {
  "红白喜事", "生病住院", "家庭变故", "矛盾纠纷", "意外灾害", NULL,
};

gboolean
cw_grid_is_must_visit_event (const char *event)
{
  return event != NULL && g_strv_contains (cw_grid_must_visit_events, event);
}

static gboolean
check_event (const char  *event,
             GError     **error)
{
  g_autofree char *joined = NULL;

  if (cw_grid_is_must_visit_event (event))
    return TRUE;
  joined = g_strjoinv ("、", (char **) cw_grid_must_visit_events);
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Event: “%s” is not a must-visit event (%s)."),
               event, joined);
  return FALSE;
}

gboolean
cw_visit_add (CwDatabase  *db,
              gint64       household_id,
              const char  *date,
              const char  *visitor,
              const char  *event,
              const char  *note,
              gboolean     raised_request,
              gint64      *visit_id,
              GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *who = cw_text_clean_line (visitor);
  g_autofree char *kind = cw_text_clean_line (event);
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) answer = NULL;
  gint64 id;

  if (day == NULL)
    return FALSE;
  if (who[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Visitor: say who made the visit."));
      return FALSE;
    }
  if (kind[0] != '\0' && !check_event (kind, error))
    return FALSE;

  insert = cw_database_prepare (db, "INSERT INTO visit (household_id, visit_date, visitor, event, note, "
                                    "raised_request) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  answer = cw_database_prepare (db, "UPDATE must_visit SET visit_id = ?3 WHERE household_id = ?1 "
                                    "AND visit_id IS NULL AND raised_date <= ?2", error);
  if (insert == NULL || answer == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, household_id);
  sqlite3_bind_text (insert, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, text, -1, SQLITE_STATIC);
  sqlite3_bind_int (insert, 6, raised_request ? 1 : 0);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, insert, error))
    goto failed;
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  sqlite3_bind_int64 (answer, 1, household_id);
  sqlite3_bind_text (answer, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (answer, 3, id);
  if (!cw_database_step_done (db, answer, error))
    goto failed;
  if (!cw_database_commit (db, error))
    return FALSE;
  if (visit_id != NULL)
    *visit_id = id;
  cw_database_emit_changed (db, "visit");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}

gboolean
cw_must_visit_raise (CwDatabase  *db,
                     gint64       household_id,
                     const char  *event,
                     const char  *date,
                     const char  *note,
                     GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *kind = cw_text_clean_line (event);
  g_autofree char *text = cw_text_clean_line (note);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (day == NULL || !check_event (kind, error))
    return FALSE;
  stmt = cw_database_prepare (db, "INSERT INTO must_visit (household_id, event, cause, raised_date, note) "
                                  "VALUES (?1, ?2, 'hand', ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, household_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_STATIC);
  return cw_grids_step_change (db, stmt, "must_visit", error);
}

gboolean
cw_patrol_add (CwDatabase  *db,
               gint64       grid_id,
               const char  *worker,
               const char  *date,
               const char  *note,
               GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *who = cw_text_clean_line (worker);
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (day == NULL)
    return FALSE;
  if (who[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Worker: say who patrolled the grid."));
      return FALSE;
    }
  stmt = cw_database_prepare (db, "INSERT INTO patrol (grid_id, worker, patrol_date, note) "
                                  "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, grid_id);
  sqlite3_bind_text (stmt, 2, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, -1, SQLITE_STATIC);
  return cw_grids_step_change (db, stmt, "patrol", error);
}

void
cw_visit_due_free (CwVisitDue *due)
{
  if (due == NULL)
    return;
  g_free (due->household_number);
  g_free (due->head_name);
  g_free (due->grid_code);
  g_free (due->event);
  g_free (due->since);
  g_free (due->due);
  g_free (due);
}

/* Households of the grid (and below) or all open ones, with their last
 * visit up to the day; must-visits open on the day; then the routine ones
 * whose interval ran out. */
#define DUE_SQL \
  "WITH RECURSIVE below (id) AS (SELECT ?2 UNION SELECT g.id FROM grid g JOIN below ON g.parent_id = below.id), " \
  "homes AS (SELECT h.id, h.number, coalesce(g.code, '') AS code, " \
  "  coalesce((SELECT name FROM person x WHERE x.household_id = h.id AND x.relation = '户主' " \
  "            AND x.status IN ('active', 'migrant')), '') AS head " \
  "  FROM household h LEFT JOIN grid_household gh ON gh.household_id = h.id AND gh.to_date IS NULL " \
  "  LEFT JOIN grid g ON g.id = gh.grid_id " \
  "  WHERE h.status = 'active' AND (?2 = 0 OR gh.grid_id IN (SELECT id FROM below))) " \
  "SELECT homes.id, homes.number, homes.head, homes.code, m.event, m.raised_date, m.raised_date, 0 " \
  "FROM must_visit m JOIN homes ON homes.id = m.household_id " \
  "WHERE m.raised_date <= ?1 AND (m.visit_id IS NULL OR (SELECT visit_date FROM visit v WHERE v.id = m.visit_id) > ?1) " \
  "UNION ALL " \
  "SELECT id, number, head, code, '', coalesce(last, ''), " \
  "  CASE WHEN last IS NULL THEN '' ELSE date(last, '+' || ?3 || ' days') END, 1 FROM " \
  "  (SELECT homes.*, (SELECT max(visit_date) FROM visit v WHERE v.household_id = homes.id " \
  "                    AND v.visit_date <= ?1) AS last FROM homes) " \
  "WHERE last IS NULL OR date(last, '+' || ?3 || ' days') <= ?1 " \
  "ORDER BY 8, 2, 5"

#define SHEET_SQL \
  "WITH RECURSIVE below (id) AS (SELECT ?2 UNION SELECT g.id FROM grid g JOIN below ON g.parent_id = below.id) " \
  "SELECT id, number, head, code, " \
  "  coalesce((SELECT group_concat(m.event, '、') FROM must_visit m WHERE m.household_id = homes.id " \
  "            AND m.raised_date <= ?1 AND (m.visit_id IS NULL " \
  "            OR (SELECT visit_date FROM visit v WHERE v.id = m.visit_id) > ?1)), ''), " \
  "  coalesce(last, ''), CASE WHEN last IS NULL THEN '' ELSE date(last, '+' || ?3 || ' days') END " \
  "FROM (SELECT h.id, h.number, g.code, " \
  "  coalesce((SELECT name FROM person x WHERE x.household_id = h.id AND x.relation = '户主' " \
  "            AND x.status IN ('active', 'migrant')), '') AS head, " \
  "  (SELECT max(visit_date) FROM visit v WHERE v.household_id = h.id AND v.visit_date <= ?1) AS last " \
  "  FROM grid_household gh JOIN household h ON h.id = gh.household_id AND h.status = 'active' " \
  "  JOIN grid g ON g.id = gh.grid_id " \
  "  WHERE gh.to_date IS NULL AND (?2 = 0 OR gh.grid_id IN (SELECT id FROM below))) AS homes " \
  "ORDER BY code, number"

static GPtrArray *
due_rows (CwDatabase  *db,
          const char  *sql,
          const char  *on,
          gint64       grid_id,
          GError     **error)
{
  g_autofree char *day = cw_grids_date (on, _("Date"), error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (day == NULL)
    return NULL;
  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, grid_id);
  sqlite3_bind_int (stmt, 3, cw_grid_settings_get_visit_days (db));
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_visit_due_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwVisitDue *due = g_new0 (CwVisitDue, 1);

      due->household_id = sqlite3_column_int64 (stmt, 0);
      due->household_number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      due->head_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      due->grid_code = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      due->event = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      due->since = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      due->due = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (rows, due);
    }
  /* A busy or damaged file ends the rows early: not a short sheet. */
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
cw_visit_sheet_rows (CwDatabase  *db,
                     const char  *on,
                     gint64       grid_id,
                     GError     **error)
{
  return due_rows (db, SHEET_SQL, on, grid_id, error);
}

GPtrArray *
cw_visits_due (CwDatabase  *db,
               const char  *on,
               gint64       grid_id,
               GError     **error)
{
  return due_rows (db, DUE_SQL, on, grid_id, error);
}
