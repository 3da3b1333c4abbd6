/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-figures"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid.h"
#include "core/grids/cw-grids-private.h"

void
cw_grid_figures_free (CwGridFigures *figures)
{
  if (figures == NULL)
    return;
  g_free (figures->code);
  g_free (figures->name);
  g_free (figures->path);
  g_free (figures->level);
  g_free (figures);
}

double
cw_grid_figures_resolution_rate (const CwGridFigures *figures)
{
  return figures->received > 0 ? (double) figures->resolved / figures->received : -1.0;
}

double
cw_grid_figures_satisfaction_rate (const CwGridFigures *figures)
{
  return figures->evaluated > 0 ? (double) figures->satisfied / figures->evaluated : -1.0;
}

char *
cw_grid_format_rate (double rate)
{
  if (rate < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.1f%%", rate * 100.0);
}

/* Each grid with itself and every ancestor: what happens in a grid counts
 * for all of them. The village's row has ancestor 0 and takes everything,
 * so the first select of each query below gives it (no grid needed). */
#define ANCESTORS \
  "WITH RECURSIVE anc (grid_id, ancestor) AS (" \
  "  SELECT id, id FROM grid UNION ALL " \
  "  SELECT anc.grid_id, g.parent_id FROM anc JOIN grid g ON g.id = anc.ancestor WHERE g.parent_id IS NOT NULL) "

/* The grid a household was in on a day. */
#define GRID_ON(household, day) \
  "(SELECT gh.grid_id FROM grid_household gh WHERE gh.household_id = " household " AND gh.from_date <= " day \
  " AND (gh.to_date IS NULL OR gh.to_date > " day ") ORDER BY gh.from_date DESC LIMIT 1)"

/* Overdue at the period's end ?2: the deadline with the days on hold
 * (and an open hold up to ?2) added. */
#define OVERDUE \
  "CASE WHEN r.resolved_date IS NOT NULL AND r.resolved_date <= ?2 " \
  "  THEN julianday(r.resolved_date) > julianday(r.due_date) + r.held_days " \
  "  ELSE julianday(?2) > julianday(r.due_date) + r.held_days + " \
  "       CASE WHEN r.hold_since IS NOT NULL AND r.hold_since < ?2 " \
  "            THEN julianday(?2) - julianday(r.hold_since) ELSE 0 END END"

static const char *request_sql =
  ANCESTORS ", r AS (SELECT * FROM request WHERE received_date BETWEEN ?1 AND ?2) "
  "SELECT 0, count(*), coalesce(sum(r.resolved_date IS NOT NULL AND r.resolved_date <= ?2), 0), "
  " coalesce(sum(r.evaluation IS NOT NULL AND r.evaluated_date <= ?2), 0), "
  " coalesce(sum(r.evaluation IN ('satisfied', 'basic') AND r.evaluated_date <= ?2), 0), "
  " coalesce(sum(" OVERDUE "), 0) FROM r "
  "UNION ALL "
  "SELECT a.ancestor, count(*), sum(r.resolved_date IS NOT NULL AND r.resolved_date <= ?2), "
  " sum(r.evaluation IS NOT NULL AND r.evaluated_date <= ?2), "
  " sum(r.evaluation IN ('satisfied', 'basic') AND r.evaluated_date <= ?2), "
  " sum(" OVERDUE ") FROM r JOIN anc a ON a.grid_id = r.grid_id GROUP BY a.ancestor";

static const char *visit_sql =
  ANCESTORS ", v AS (SELECT " GRID_ON ("visit.household_id", "visit.visit_date") " AS grid_id "
  "  FROM visit WHERE visit_date BETWEEN ?1 AND ?2) "
  "SELECT 0, count(*) FROM v "
  "UNION ALL "
  "SELECT a.ancestor, count(*) FROM v JOIN anc a ON a.grid_id = v.grid_id GROUP BY a.ancestor";

static const char *household_sql =
  ANCESTORS ", hh AS (SELECT h.id, " GRID_ON ("h.id", "?2") " AS grid_id, "
  "  EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id AND v.visit_date BETWEEN ?1 AND ?2) AS visited "
  "  FROM household h WHERE h.status = 'active' OR h.status_date > ?2) "
  "SELECT 0, count(*), coalesce(sum(visited), 0) FROM hh "
  "UNION ALL "
  "SELECT a.ancestor, count(*), sum(visited) FROM hh JOIN anc a ON a.grid_id = hh.grid_id GROUP BY a.ancestor";

static const char *must_visit_sql =
  ANCESTORS ", m AS (SELECT " GRID_ON ("must_visit.household_id", "must_visit.raised_date") " AS grid_id, "
  "  coalesce((SELECT julianday(v.visit_date) - julianday(must_visit.raised_date) <= ?3 "
  "            FROM visit v WHERE v.id = must_visit.visit_id AND v.visit_date <= ?2), 0) AS on_time "
  "  FROM must_visit WHERE raised_date BETWEEN ?1 AND ?2) "
  "SELECT 0, count(*), coalesce(sum(on_time), 0) FROM m "
  "UNION ALL "
  "SELECT a.ancestor, count(*), sum(on_time) FROM m JOIN anc a ON a.grid_id = m.grid_id GROUP BY a.ancestor";

static const char *patrol_sql =
  ANCESTORS ", p AS (SELECT grid_id, patrol_date FROM patrol WHERE patrol_date BETWEEN ?1 AND ?2) "
  "SELECT 0, count(DISTINCT patrol_date) FROM p "
  "UNION ALL "
  "SELECT a.ancestor, count(DISTINCT p.patrol_date) FROM p JOIN anc a ON a.grid_id = p.grid_id GROUP BY a.ancestor";

typedef void (*FillFunc) (CwGridFigures *figures, sqlite3_stmt *stmt);

static void
fill_requests (CwGridFigures *f, sqlite3_stmt *stmt)
{
  f->received = (guint) sqlite3_column_int (stmt, 1);
  f->resolved = (guint) sqlite3_column_int (stmt, 2);
  f->evaluated = (guint) sqlite3_column_int (stmt, 3);
  f->satisfied = (guint) sqlite3_column_int (stmt, 4);
  f->overdue = (guint) sqlite3_column_int (stmt, 5);
}

static void
fill_visits (CwGridFigures *f, sqlite3_stmt *stmt)
{
  f->visits = (guint) sqlite3_column_int (stmt, 1);
}

static void
fill_households (CwGridFigures *f, sqlite3_stmt *stmt)
{
  f->households = (guint) sqlite3_column_int (stmt, 1);
  f->households_visited = (guint) sqlite3_column_int (stmt, 2);
}

static void
fill_must_visits (CwGridFigures *f, sqlite3_stmt *stmt)
{
  f->must_raised = (guint) sqlite3_column_int (stmt, 1);
  f->must_on_time = (guint) sqlite3_column_int (stmt, 2);
}

static void
fill_patrols (CwGridFigures *f, sqlite3_stmt *stmt)
{
  f->patrol_days = (guint) sqlite3_column_int (stmt, 1);
}

static gboolean
run_figures (CwDatabase  *db,
             const char  *sql,
             const char  *from,
             const char  *to,
             GHashTable  *by_id,
             FillFunc     fill,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int (stmt, 3, cw_grid_settings_get_must_visit_days (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      CwGridFigures *figures = g_hash_table_lookup (by_id, &id);

      if (figures != NULL)
        fill (figures, stmt);
    }
  return rc == SQLITE_DONE || cw_database_fail (db, error);
}

static GPtrArray *
compute (CwDatabase  *db,
         const char  *from,
         const char  *to,
         gboolean     requests_only,
         GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, TRUE, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  CwGridFigures *village;

  if (grids == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_grid_figures_free);
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      CwGridFigures *figures = g_new0 (CwGridFigures, 1);

      figures->grid_id = cw_grid_get_id (grid);
      figures->code = g_strdup (cw_grid_get_code (grid));
      figures->name = g_strdup (cw_grid_get_name (grid));
      figures->path = g_strdup (cw_grid_get_path (grid));
      figures->level = g_strdup (cw_grid_get_level (grid));
      figures->depth = cw_grid_get_depth (grid);
      g_ptr_array_add (rows, figures);
      g_hash_table_insert (by_id, &figures->grid_id, figures);
    }
  village = g_new0 (CwGridFigures, 1);
  village->code = g_strdup ("");
  village->name = g_strdup (_("Whole village"));
  village->path = g_strdup (village->name);
  village->level = g_strdup ("");
  g_ptr_array_add (rows, village);
  g_hash_table_insert (by_id, &village->grid_id, village);

  if (!run_figures (db, request_sql, from, to, by_id, fill_requests, error))
    return NULL;
  if (requests_only)
    return g_steal_pointer (&rows);
  if (!run_figures (db, visit_sql, from, to, by_id, fill_visits, error) ||
      !run_figures (db, household_sql, from, to, by_id, fill_households, error) ||
      !run_figures (db, must_visit_sql, from, to, by_id, fill_must_visits, error) ||
      !run_figures (db, patrol_sql, from, to, by_id, fill_patrols, error))
    return NULL;
  return g_steal_pointer (&rows);
}

GPtrArray *
cw_grid_figures_compute (CwDatabase  *db,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  return compute (db, from, to, FALSE, error);
}

GPtrArray *
cw_grid_figures_compute_requests (CwDatabase  *db,
                                  const char  *from,
                                  const char  *to,
                                  GError     **error)
{
  return compute (db, from, to, TRUE, error);
}

/* One branch: ?3 the grid at its top. A household's stays in grids never
 * overlap (a move closes one on the day the next opens, and cannot be
 * dated before it began), so a visit or a must-visit dated within a stay
 * in the branch is one whose household was there that day, as GRID_ON
 * finds it for the whole village; reading the branch's stays first
 * touches only its households' rows. */
static const char *branch_sql =
  "WITH RECURSIVE sub (id) AS (SELECT ?3 UNION ALL SELECT g.id FROM grid g JOIN sub ON g.parent_id = sub.id), "
  "r AS (SELECT * FROM request WHERE grid_id IN sub AND received_date BETWEEN ?1 AND ?2), "
  "st AS (SELECT household_id AS hid, from_date AS since, to_date AS until FROM grid_household "
  "       WHERE grid_id IN sub AND from_date <= ?2 AND (to_date IS NULL OR to_date > ?1)) "
  "SELECT * FROM "
  "(SELECT count(*), coalesce(sum(r.resolved_date IS NOT NULL AND r.resolved_date <= ?2), 0), "
  "  coalesce(sum(r.evaluation IS NOT NULL AND r.evaluated_date <= ?2), 0), "
  "  coalesce(sum(r.evaluation IN ('satisfied', 'basic') AND r.evaluated_date <= ?2), 0), "
  "  coalesce(sum(" OVERDUE "), 0) FROM r), "
  "(SELECT count(*) FROM st JOIN visit v ON v.household_id = st.hid "
  "   AND v.visit_date BETWEEN max(?1, st.since) AND ?2 AND (st.until IS NULL OR v.visit_date < st.until)), "
  "(SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM visit v WHERE v.household_id = st.hid "
  "                                       AND v.visit_date BETWEEN ?1 AND ?2)), 0) "
  "   FROM st JOIN household h ON h.id = st.hid "
  "   WHERE st.since <= ?2 AND (st.until IS NULL OR st.until > ?2) AND (h.status = 'active' OR h.status_date > ?2)), "
  "(SELECT count(*), coalesce(sum(coalesce((SELECT julianday(v.visit_date) - julianday(m.raised_date) <= ?4 "
  "                                         FROM visit v WHERE v.id = m.visit_id AND v.visit_date <= ?2), 0)), 0) "
  "   FROM st JOIN must_visit m ON m.household_id = st.hid "
  "   AND m.raised_date BETWEEN max(?1, st.since) AND ?2 AND (st.until IS NULL OR m.raised_date < st.until)), "
  "(SELECT count(DISTINCT patrol_date) FROM patrol WHERE grid_id IN sub AND patrol_date BETWEEN ?1 AND ?2)";

CwGridFigures *
cw_grid_figures_compute_grid (CwDatabase  *db,
                              gint64       grid_id,
                              const char  *from,
                              const char  *to,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CwGridFigures *f;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (grid_id > 0, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  stmt = cw_database_prepare (db, branch_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, grid_id);
  sqlite3_bind_int (stmt, 4, cw_grid_settings_get_must_visit_days (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  f = g_new0 (CwGridFigures, 1);
  f->grid_id = grid_id;
  f->received = (guint) sqlite3_column_int (stmt, 0);
  f->resolved = (guint) sqlite3_column_int (stmt, 1);
  f->evaluated = (guint) sqlite3_column_int (stmt, 2);
  f->satisfied = (guint) sqlite3_column_int (stmt, 3);
  f->overdue = (guint) sqlite3_column_int (stmt, 4);
  f->visits = (guint) sqlite3_column_int (stmt, 5);
  f->households = (guint) sqlite3_column_int (stmt, 6);
  f->households_visited = (guint) sqlite3_column_int (stmt, 7);
  f->must_raised = (guint) sqlite3_column_int (stmt, 8);
  f->must_on_time = (guint) sqlite3_column_int (stmt, 9);
  f->patrol_days = (guint) sqlite3_column_int (stmt, 10);
  return f;
}

gboolean
cw_grid_period_parse (const char  *text,
                      char       **from,
                      char       **to,
                      char       **year_from,
                      GError     **error)
{
  g_autofree char *quarter = NULL;
  guint year, month;
  GDate day;
  gint64 whole_year;

  if (year_from != NULL)
    *year_from = NULL;
  if (text != NULL && cw_date_parse_month (text, &year, &month))
    {
      *from = g_strdup_printf ("%04u-%02u-01", year, month);
      *to = g_strdup_printf ("%04u-%02u-%02u", year, month, g_date_get_days_in_month (month, year));
      if (year_from != NULL)
        *year_from = g_strdup_printf ("%04u-01-01", year);
      return TRUE;
    }
  if (text != NULL && strchr (text, 'Q') != NULL && cw_quarter_parse (text, &quarter, NULL))
    {
      cw_quarter_bounds (quarter, from, to);
      return TRUE;
    }
  if (text != NULL && g_ascii_string_to_signed (text, 10, 1900, 2999, &whole_year, NULL))
    {
      *from = g_strdup_printf ("%04d-01-01", (int) whole_year);
      *to = g_strdup_printf ("%04d-12-31", (int) whole_year);
      return TRUE;
    }
  if (text != NULL && cw_date_parse (text, &day, NULL))
    {
      *from = cw_date_format (&day);
      *to = cw_date_format (&day);
      return TRUE;
    }
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("Period: “%s” is not a month (2026-03), a quarter (2026Q1), a year (2026) or a day."),
               text != NULL ? text : "");
  return FALSE;
}
