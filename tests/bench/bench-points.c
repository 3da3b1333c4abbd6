/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's points rows (issue 4's, in issue 10's table),
 * on the township: the quarter's tally and ranking beside the bare
 * aggregate, the announcement of a village of 1 000 households beside
 * plain Pango lines, and the quarter's workbook beside the libxlsxwriter
 * loop writing the same cells. The points import is bench-township.c's,
 * beside the households import whose files it shares. */

#include "config.h"

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/points/cw-point-rows.h"
#include "core/points/cw-point-tally.h"
#include "report/points/cw-points-announcement.h"
#include "report/points/cw-points-export.h"

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"

#define QUARTER "2026Q3"

/* ---- the tally beside the bare aggregate ---- */

static double
bare_aggregate (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  double start = bench_now_ms ();
  gint64 sum = 0;

  stmt = cw_database_prepare (db,
                              "SELECT household_id, sum(points) FROM point_entry "
                              "WHERE state = 'reviewed' AND quarter = '" QUARTER "' "
                              "GROUP BY household_id ORDER BY 2 DESC",
                              NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int64 (stmt, 1);
  g_assert_cmpint (sum, !=, 0);
  return bench_now_ms () - start;
}

/* ---- the announcement beside plain Pango lines ---- */

/* The bare announcement: the same lines of text in the same font, one
 * after another, without tables, groups or page layout. */
static char *
tally_line (gpointer item,
            guint    position)
{
  return g_strdup_printf ("%s  %" G_GINT64_FORMAT "  %" G_GINT64_FORMAT "  %" G_GINT64_FORMAT "  %d",
                          cw_point_tally_row_get_name (item),
                          cw_point_tally_row_get_quarter_points (item),
                          cw_point_tally_row_get_year_points (item),
                          cw_point_tally_row_get_balance (item),
                          cw_point_tally_row_get_group_rank (item));
}

static double
bare_pdf (GListModel *tally,
          const char *path)
{
  return bare_pdf_lines (tally, tally_line, 40, 18, 800, path, NULL);
}

/* ---- the workbook beside a bare libxlsxwriter loop ---- */

static gboolean
keep_row (const char * const  *row,
          gpointer             user_data,
          GError             **error)
{
  bare_sheet_add (user_data, row);
  return TRUE;
}

/* The bare points workbook: the cells of cw_points_export_quarter(), its
 * summary, a ranking sheet per group and the entries. */
static GPtrArray *
points_cells (CwDatabase *db)
{
  static const char * const summary_header[] = { "Village group", "Households", "Points issued",
                                                 "Points deducted", "Net points", "Points redeemed", NULL };
  static const char * const ranking_header[] = { "Household number", "Head of household", "This quarter",
                                                 "Year to date", "Balance", "Village rank", "Group rank", NULL };
  static const char * const entry_columns[] = { "Date", "Household number", "Household", "Village group",
                                                "Code", "Rule", "Quantity", "Points", "Note", "Reviewed by",
                                                NULL };
  GPtrArray *sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) bare_sheet_free);
  g_autoptr(GListModel) tally = cw_point_tally_quarter (db, "household", QUARTER, NULL);
  g_autoptr(GPtrArray) sums = cw_point_rows_group_sums (db, "household", QUARTER, NULL);
  BareSheet *summary = bare_sheet_new ("青山村 2026年第三季度 points summary", "Exported 2026-12-01",
                                       summary_header, "_NNNNN");
  BareSheet *ranking = NULL;
  BareSheet *entries;
  gint64 totals[5] = { 0 };
  gint64 group_points = 0;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (sheets, summary);
  for (guint i = 0; i < sums->len; i++)
    {
      CwPointGroupSums *group = g_ptr_array_index (sums, i);
      g_autofree char *n = NULL, *issued = NULL, *deducted = NULL, *net = NULL, *redeemed = NULL;
      guint households = 0;

      for (guint r = 0; r < g_list_model_get_n_items (tally); r++)
        {
          g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, r);
          households += g_str_equal (cw_point_tally_row_get_group_name (row), group->group_name);
        }
      n = g_strdup_printf ("%u", households);
      issued = g_strdup_printf ("%" G_GINT64_FORMAT, group->issued);
      deducted = g_strdup_printf ("%" G_GINT64_FORMAT, group->deducted);
      net = g_strdup_printf ("%" G_GINT64_FORMAT, group->issued - group->deducted);
      redeemed = g_strdup_printf ("%" G_GINT64_FORMAT, group->redeemed);
      bare_sheet_add (summary, (const char *[]) { group->group_name, n, issued, deducted, net, redeemed });
      totals[0] += households;
      totals[1] += group->issued;
      totals[2] += group->deducted;
      totals[4] += group->redeemed;
    }
  {
    g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, totals[0]);
    g_autofree char *issued = g_strdup_printf ("%" G_GINT64_FORMAT, totals[1]);
    g_autofree char *deducted = g_strdup_printf ("%" G_GINT64_FORMAT, totals[2]);
    g_autofree char *net = g_strdup_printf ("%" G_GINT64_FORMAT, totals[1] - totals[2]);
    g_autofree char *redeemed = g_strdup_printf ("%" G_GINT64_FORMAT, totals[4]);

    bare_sheet_add (summary, (const char *[]) { "Total", n, issued, deducted, net, redeemed });
    summary->total = g_strdup ("Issued and deducted count reviewed entries only (a reversal counts as deducted); "
                               "net is the quarter’s points of the ranking sheets; redeemed counts the shop’s "
                               "redemptions dated in the quarter, voided ones left out.");
  }

  for (guint r = 0, n = g_list_model_get_n_items (tally); r < n; r++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, r);
      g_autoptr(CwPointTallyRow) next = r + 1 < n ? g_list_model_get_item (tally, r + 1) : NULL;
      const char *group = cw_point_tally_row_get_group_name (row);
      g_autofree char *quarter = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_quarter_points (row));
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_year_points (row));
      g_autofree char *balance = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_balance (row));
      g_autofree char *rank = g_strdup_printf ("%d", cw_point_tally_row_get_rank (row));
      g_autofree char *group_rank = g_strdup_printf ("%d", cw_point_tally_row_get_group_rank (row));

      if (ranking == NULL)
        {
          g_autofree char *title = g_strdup_printf ("青山村 2026年第三季度 points ranking: %s", group);

          ranking = bare_sheet_new (title, "Exported 2026-12-01", ranking_header, "__NNNNN");
          g_ptr_array_add (sheets, ranking);
          group_points = 0;
        }
      bare_sheet_add (ranking, (const char *[]) { cw_point_tally_row_get_number (row),
                             cw_point_tally_row_get_name (row),
                                                  quarter, year, balance, rank, group_rank });
      group_points += cw_point_tally_row_get_quarter_points (row);
      /* The tally comes group by group; the last row of one ends its sheet. */
      if (next == NULL || !g_str_equal (cw_point_tally_row_get_group_name (next), group))
        {
          ranking->total = g_strdup_printf ("Total: %u households, %" G_GINT64_FORMAT " points this quarter",
                                            ranking->rows->len, group_points);
          ranking = NULL;
        }
    }

  entries = bare_sheet_new ("青山村 2026年第三季度 reviewed point entries", "Exported 2026-12-01",
                            entry_columns, "______NN__");
  g_assert_true (cw_point_rows_foreach_entry (db, "household", QUARTER, keep_row, entries, &error));
  entries->total = g_strdup_printf ("Total: %u entries", entries->rows->len);
  g_ptr_array_add (sheets, entries);
  return sheets;
}

static gboolean
export_points (CwDatabase  *db,
               const char  *path,
               GError     **error)
{
  return cw_points_export_quarter (db, "household", QUARTER, path, NULL, NULL, NULL, error);
}

/* ---- the rows ---- */

static void
bench_tally (CwDatabase *db)
{
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) real_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < MAX (bench_runs (), 5); i++)
    {
      g_autoptr(GListModel) tally = NULL;
      g_autoptr(GError) error = NULL;
      double start = bench_now_ms (), cpu = bench_cpu_ms (), ms;

      tally = cw_point_tally_quarter (db, "household", QUARTER, &error);
      g_assert_no_error (error);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real_cpu, cpu);
      cpu = bench_cpu_ms ();
      ms = bare_aggregate (db);
      g_array_append_val (bare, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare_cpu, cpu);
    }
  bench_row ("quarter tally and ranking", bench_median (real), bench_median (bare), "SQL aggregate",
             "≤ 200 ms", "≤ 2×");
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×)", bench_median (real_cpu), bench_median (bare_cpu),
              bench_median (real_cpu) / MAX (bench_median (bare_cpu), 1));
  /* Issue 4's first bare figure: the aggregate as the sqlite3 shell runs
   * it, its start and the file's opening included. */
  bench_note ("the aggregate in the sqlite3 shell: %.0f ms (best of 3)",
              bench_shell_sql (db, "SELECT household_id, sum(points) FROM point_entry WHERE state = 'reviewed' "
                                   "AND quarter = '" QUARTER "' GROUP BY household_id ORDER BY 2 DESC;"));
}
BENCH_ROW (bench_tally)

/* The announcement of a village of 1 000 households (issue 4's row): every
 * group on pages of its own. */
static void
bench_announcement (CwDatabase *township)
{
  g_autoptr(CwDatabase) village = open_or_build ("village-1000.db", 1000, 24000);
  g_autofree char *path = bench_path ("announcement.pdf");
  g_autofree char *bare = bench_path ("announcement-bare.pdf");
  g_autoptr(GListModel) tally = cw_point_tally_quarter (village, "household", QUARTER, NULL);
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(GError) error = NULL;
      double start = bench_now_ms (), ms;

      g_unlink (path);
      g_assert_true (cw_points_announcement_write_pdf (village, "household", QUARTER, path, &error));
      g_assert_no_error (error);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      g_unlink (bare);
      ms = bare_pdf (tally, bare);
      g_array_append_val (bare_ms, ms);
    }
  bench_row ("announcement PDF, 1 000 households", bench_median (real), bench_median (bare_ms),
             "plain Pango lines", "≤ 2 s", "");
}
BENCH_ROW (bench_announcement)

static void
bench_points_workbook (CwDatabase *township)
{
  g_autoptr(GPtrArray) points = points_cells (township);

  bench_workbook (township, "points workbook (same cells)", "points", export_points, points, "≤ 2×", "≤ 1.2×");
}
BENCH_ROW (bench_points_workbook)

