/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's grids rows (issue 11), on a township of their
 * own: 30 000 households in grids, a year with 100 000 requests and
 * 300 000 visits; the tree, the figures, the panel and the requests
 * ledger, each beside the same work done bare. */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/grids/cw-grid.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-request.h"
#include "core/village/cw-demo.h"
#include "report/grids/cw-grid-export.h"

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"

#define GRID_REQUESTS 100000
#define GRID_VISITS 300000
#define GRID_YEAR_FROM "2026-01-01"
#define GRID_YEAR_TO "2026-12-31"

/* 30 000 households in 2 600 grids, a year with 100 000 requests and
 * 300 000 visits (and a single point entry, which the grids do not read),
 * built once beside the points' township and kept open for the grids'
 * rows. */
static CwDatabase *
grids_township (void)
{
  static CwDatabase *db;
  CwDemoOptions options = { .households = TOWNSHIP_HOUSEHOLDS, .point_entries = 1,
                            .grid_requests = GRID_REQUESTS, .grid_visits = GRID_VISITS };
  g_autofree char *what = NULL;

  if (db != NULL)
    return db;
  what = g_strdup_printf ("%u households, %u requests, %u visits", TOWNSHIP_HOUSEHOLDS, GRID_REQUESTS, GRID_VISITS);
  db = open_or_build_demo ("township-grids.db", &options, what);
  printf ("  grids' township: %" G_GINT64_FORMAT " grids, %" G_GINT64_FORMAT " households placed, %" G_GINT64_FORMAT
          " requests, %" G_GINT64_FORMAT " visits\n",
          cw_database_query_int (db, "SELECT count(*) FROM grid", 0),
          cw_database_query_int (db, "SELECT count(*) FROM grid_household", 0),
          cw_database_query_int (db, "SELECT count(*) FROM request", 0),
          cw_database_query_int (db, "SELECT count(*) FROM visit", 0));
  return db;
}

/* Steps @sql to its end; the milliseconds it took. */
static double
bare_statement (CwDatabase *db,
                const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, &error);
  double start = bench_now_ms ();

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  return bench_now_ms () - start;
}

/* A real and a bare piece of work, taking turns: the medians of their
 * wall and CPU times, the row, and the CPU beside it. */
typedef void (*GridWork) (CwDatabase *db, gpointer data);

static void
grid_row (const char *what,
          GridWork    real_work,
          GridWork    bare_work,
          gpointer    data,
          const char *bare_what,
          const char *bar)
{
  CwDatabase *db = grids_township ();
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) real_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < bench_runs (); i++)
    {
      double start = bench_now_ms (), cpu = bench_cpu_ms (), ms;

      real_work (db, data);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real_cpu, cpu);
      start = bench_now_ms ();
      cpu = bench_cpu_ms ();
      bare_work (db, data);
      ms = bench_now_ms () - start;
      g_array_append_val (bare, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare_cpu, cpu);
    }
  bench_row (what, bench_median (real), bench_median (bare), bare_what, bar, "");
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×)", bench_median (real_cpu), bench_median (bare_cpu),
              bench_median (real_cpu) / MAX (bench_median (bare_cpu), 1));
}

static void
grid_tree_work (CwDatabase *db,
                gpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, &error);

  g_assert_no_error (error);
}

static void
grid_tree_bare (CwDatabase *db,
                gpointer    data)
{
  bare_statement (db, "SELECT id, parent_id, code, name, level FROM grid WHERE retired = 0");
  bare_statement (db, "SELECT gh.grid_id, count(*) FROM grid_household gh "
                      "JOIN household h ON h.id = gh.household_id AND h.status = 'active' "
                      "WHERE gh.to_date IS NULL GROUP BY gh.grid_id");
}

/* The grid tree as the view reads it (every grid with its path, head,
 * workers and households rolled up), beside reading the grids and
 * counting each one's households in SQL. */
static void
bench_grids_tree (CwDatabase *township)
{
  grid_row ("grid tree (the view's model, with counts)", grid_tree_work, grid_tree_bare, NULL,
            "grids and their counts, SQL", "≤ 1 s");
}
BENCH_ROW_ALONE (bench_grids_tree)

static void
grid_figures_work (CwDatabase *db,
                   gpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = cw_grid_figures_compute (db, GRID_YEAR_FROM, GRID_YEAR_TO, &error);

  g_assert_no_error (error);
}

/* The same counts plainly: requests per grid, visits per household and
 * patrol days per grid, with no roll-up, no moves, no deadlines. */
static void
grid_figures_bare (CwDatabase *db,
                   gpointer    data)
{
  bare_statement (db, "SELECT grid_id, count(*), sum(resolved_date <= '" GRID_YEAR_TO "'), "
                      "sum(evaluation IN ('satisfied', 'basic')) FROM request "
                      "WHERE received_date BETWEEN '" GRID_YEAR_FROM "' AND '" GRID_YEAR_TO "' GROUP BY grid_id");
  bare_statement (db, "SELECT household_id, count(*) FROM visit "
                      "WHERE visit_date BETWEEN '" GRID_YEAR_FROM "' AND '" GRID_YEAR_TO "' GROUP BY household_id");
  bare_statement (db, "SELECT grid_id, count(DISTINCT patrol_date) FROM patrol "
                      "WHERE patrol_date BETWEEN '" GRID_YEAR_FROM "' AND '" GRID_YEAR_TO "' GROUP BY grid_id");
}

static void
bench_grids_figures (CwDatabase *township)
{
  grid_row ("grid figures for a year, every grid rolled up", grid_figures_work, grid_figures_bare, NULL,
            "bare GROUP BY", "≤ 3×");
}
BENCH_ROW_ALONE (bench_grids_figures)

/* One grid's figures, as its panel in the window counts them, beside the
 * bare aggregate of its branch: its requests, the visits of the
 * households in it now, its patrol days. */
typedef struct
{
  gint64  grid_id;
  char   *ids;      /* the branch's grid ids, "1,2,3" */
} GridBranch;

static void
grid_branch_work (CwDatabase *db,
                  gpointer    data)
{
  GridBranch *branch = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGridFigures) figures = cw_grid_figures_compute_grid (db, branch->grid_id, GRID_YEAR_FROM,
                                                                   GRID_YEAR_TO, &error);

  g_assert_no_error (error);
}

static void
grid_branch_bare (CwDatabase *db,
                  gpointer    data)
{
  GridBranch *branch = data;
  g_autofree char *requests = g_strdup_printf (
    "SELECT count(*), sum(resolved_date <= '" GRID_YEAR_TO "'), sum(evaluation IN ('satisfied', 'basic')) "
    "FROM request WHERE grid_id IN (%s) AND received_date BETWEEN '" GRID_YEAR_FROM "' AND '" GRID_YEAR_TO "'",
    branch->ids);
  g_autofree char *visits = g_strdup_printf (
    "SELECT count(*), count(DISTINCT v.household_id) FROM grid_household gh "
    "JOIN visit v ON v.household_id = gh.household_id "
    "WHERE gh.grid_id IN (%s) AND gh.to_date IS NULL AND v.visit_date BETWEEN '" GRID_YEAR_FROM "' AND '"
    GRID_YEAR_TO "'", branch->ids);
  g_autofree char *patrols = g_strdup_printf (
    "SELECT count(DISTINCT patrol_date) FROM patrol "
    "WHERE grid_id IN (%s) AND patrol_date BETWEEN '" GRID_YEAR_FROM "' AND '" GRID_YEAR_TO "'", branch->ids);

  bare_statement (db, requests);
  bare_statement (db, visits);
  bare_statement (db, patrols);
}

static void
bench_grids_panel (CwDatabase *township)
{
  CwDatabase *db = grids_township ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, &error);
  g_autoptr(GPtrArray) year = cw_grid_figures_compute (db, GRID_YEAR_FROM, GRID_YEAR_TO, &error);
  g_autoptr(CwGrid) area = NULL;
  g_autoptr(CwGrid) leaf = NULL;
  g_autoptr(sqlite3_stmt) leaf_code = NULL;
  CwGrid *picked[2];

  g_assert_no_error (error);
  /* The largest top-level branch (a 片区) and the largest lowest grid. */
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);

      if (cw_grid_get_depth (grid) == 0 && (area == NULL || cw_grid_get_households (grid) > cw_grid_get_households (area)))
        g_set_object (&area, grid);
    }
  leaf_code = cw_database_prepare (db, "SELECT g.code FROM grid g WHERE NOT EXISTS "
                                      "(SELECT 1 FROM grid c WHERE c.parent_id = g.id) "
                                      "ORDER BY (SELECT count(*) FROM grid_household gh "
                                      "WHERE gh.grid_id = g.id AND gh.to_date IS NULL) DESC LIMIT 1",
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (leaf_code), ==, SQLITE_ROW);
  leaf = cw_grid_find (db, (const char *) sqlite3_column_text (leaf_code, 0), &error);
  g_assert_no_error (error);
  picked[0] = area;
  picked[1] = leaf;
  for (guint p = 0; p < G_N_ELEMENTS (picked); p++)
    {
      GridBranch branch = { cw_grid_get_id (picked[p]), NULL };
      g_autoptr(CwGridFigures) figures = cw_grid_figures_compute_grid (db, branch.grid_id, GRID_YEAR_FROM,
                                                                       GRID_YEAR_TO, &error);
      g_autofree char *sql = g_strdup_printf (
        "WITH RECURSIVE sub (id) AS (SELECT %" G_GINT64_FORMAT " UNION ALL "
        "SELECT g.id FROM grid g JOIN sub ON g.parent_id = sub.id) SELECT group_concat(id) FROM sub",
        branch.grid_id);
      g_autofree char *what = g_strdup_printf ("a grid's panel figures (%s, %u households)",
                                               cw_grid_get_level (picked[p]), cw_grid_get_households (picked[p]));
      g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, &error);

      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      branch.ids = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      /* The panel's figures are the grid's row of the whole village's. */
      for (guint i = 0; i < year->len; i++)
        {
          const CwGridFigures *row = g_ptr_array_index (year, i);

          if (row->grid_id != branch.grid_id)
            continue;
          g_assert_cmpuint (figures->received, ==, row->received);
          g_assert_cmpuint (figures->overdue, ==, row->overdue);
          g_assert_cmpuint (figures->visits, ==, row->visits);
          g_assert_cmpuint (figures->households_visited, ==, row->households_visited);
          g_assert_cmpuint (figures->must_on_time, ==, row->must_on_time);
          g_assert_cmpuint (figures->patrol_days, ==, row->patrol_days);
        }
      printf ("  (%u requests, %u visits in %s's year)\n", figures->received, figures->visits,
              cw_grid_get_code (picked[p]));
      grid_row (what, grid_branch_work, grid_branch_bare, &branch, "bare SQL aggregate", "≤ 3×");
      g_free (branch.ids);
    }
}
BENCH_ROW_ALONE (bench_grids_panel)

static gboolean
export_requests (CwDatabase  *db,
                 const char  *path,
                 GError     **error)
{
  return cw_grid_export_requests (db, GRID_YEAR_FROM, GRID_YEAR_TO, NULL, path, error);
}

static char *
figure_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* The ledger's cells, gathered beforehand: its summary (a row per grid and
 * the village's) and a year's requests with every step's date. */
static GPtrArray *
ledger_cells (CwDatabase *db)
{
  static const char * const summary_header[] = {
    "Grid", "Level", "Received", "Resolved", "Resolution Rate", "Satisfaction Rate", "Overdue", NULL
  };
  static const char * const request_header[] = {
    "No.", "Received", "Household Number", "Head of Household", "Grid", "Source", "Category", "Request",
    "Urgency", "Due", "Assigned to", "Assigned", "Resolved", "What Was Done", "Evaluation", "Evaluated", "State",
    NULL
  };
  static const char * const fields[] = {
    "received-date", "household-number", "head-name", "grid-name", "source", "category", "body", NULL,
    "due-date", "assigned-to", "assigned-date", "resolved-date", "resolution", NULL, "evaluated-date",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = cw_grid_figures_compute_requests (db, GRID_YEAR_FROM, GRID_YEAR_TO, &error);
  g_autoptr(GListModel) requests = cw_grid_request_list (db, GRID_YEAR_FROM, GRID_YEAR_TO, &error);
  GPtrArray *sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) bare_sheet_free);
  BareSheet *summary = bare_sheet_new ("青山村 requests by grid, " GRID_YEAR_FROM " to " GRID_YEAR_TO,
                                       "Exported 2026-12-01", summary_header, "__NN__N");
  BareSheet *ledger = bare_sheet_new ("青山村 residents’ requests, " GRID_YEAR_FROM " to " GRID_YEAR_TO,
                                      "Exported 2026-12-01", request_header, "N");

  g_assert_no_error (error);
  for (guint i = 0; i < figures->len; i++)
    {
      const CwGridFigures *f = g_ptr_array_index (figures, i);
      g_autofree char *received = figure_text (f->received);
      g_autofree char *resolved = figure_text (f->resolved);
      g_autofree char *rate = cw_grid_format_rate (cw_grid_figures_resolution_rate (f));
      g_autofree char *satisfaction = cw_grid_format_rate (cw_grid_figures_satisfaction_rate (f));
      g_autofree char *overdue = figure_text (f->overdue);
      const char *row[] = { f->path, f->level, received, resolved, rate, satisfaction, overdue };

      bare_sheet_add (summary, row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(CwGridRequest) r = g_list_model_get_item (requests, i);
      g_autofree char *number = g_strdup_printf ("%d", (int) cw_grid_request_get_number (r));
      const char *row[G_N_ELEMENTS (fields) + 2];

      row[0] = number;
      for (guint c = 0; c < G_N_ELEMENTS (fields); c++)
        row[c + 1] = fields[c] != NULL ? cw_grid_request_get_text (r, fields[c]) : NULL;
      row[8] = cw_grid_urgency_label (cw_grid_request_get_text (r, "urgency"));
      row[14] = cw_grid_evaluation_label (cw_grid_request_get_text (r, "evaluation"));
      row[16] = cw_grid_request_get_text (r, "hold-since")[0] != '\0'
                  ? "On hold" : cw_grid_request_state_label (cw_grid_request_get_text (r, "state"));
      bare_sheet_add (ledger, row);
    }
  printf ("  (%u requests in the ledger, %u summary rows)\n", ledger->rows->len, summary->rows->len);
  g_ptr_array_add (sheets, summary);
  g_ptr_array_add (sheets, ledger);
  return sheets;
}

/* The requests ledger of a year (issue 11's row), beside a libxlsxwriter
 * loop writing the same cells. */
static void
bench_grids_ledger (CwDatabase *township)
{
  CwDatabase *db = grids_township ();
  g_autoptr(GPtrArray) cells = ledger_cells (db);

  bench_workbook (db, "requests ledger .xlsx (with its summary)", "grids-ledger", export_requests, cells, "≤ 3×",
                  "");
}
BENCH_ROW_ALONE (bench_grids_ledger)
