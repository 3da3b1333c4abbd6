/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's households rows, on the township: what the
 * households view reads when it is first shown, the search keystrokes
 * over that list, and the roster workbook beside the libxlsxwriter loop
 * writing the same cells (and the command line's export, its memory).
 * The roster's import is bench-township.c's, beside the points import
 * whose files it shares; the keystrokes in the window itself are the
 * households-view test's, with CUNWU_BENCH_DB. */

#include "config.h"

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/households/cw-household.h"
#include "core/households/cw-roster-rows.h"
#include "report/households/cw-roster-export.h"

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"

/* What the households view reads when it is first shown, beside reading
 * the same columns with no objects made. */
static void
bench_household_list (CwDatabase *db)
{
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autoptr(GError) error = NULL;
      double cpu = bench_cpu_ms ();
      gsize bytes = 0;

      list = cw_household_list (db, &error);
      g_assert_no_error (error);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real, cpu);

      cpu = bench_cpu_ms ();
      stmt = cw_database_prepare (db,
                                  "SELECT h.*, g.name, p.name, p.id_number, p.phone, p.search_key, p.tags "
                                  "FROM household h JOIN village_group g ON g.id = h.group_id "
                                  "LEFT JOIN person p ON p.household_id = h.id",
                                  NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          bytes += (gsize) sqlite3_column_bytes (stmt, c);
      g_assert_cmpuint (bytes, >, 0);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare, cpu);
    }
  bench_row ("households read for the view (CPU)", bench_median (real), bench_median (bare),
             "the columns, read by SQL", "", "");
}
BENCH_ROW (bench_household_list)

/* The list model the view is built on, then each search keystroke as a
 * filter over all its rows (a family name, initials, pinyin, a household
 * number, the start of an ID number). */
static void
bench_household_search (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) households = NULL;
  const char *queries[] = { "王", "wjg", "wangjian", "0100", "4304211" };
  double start, ms;
  guint n;

  start = bench_now_ms ();
  households = cw_household_list (db, &error);
  ms = bench_now_ms () - start;
  g_assert_no_error (error);
  n = g_list_model_get_n_items (households);
  g_assert_cmpuint (n, ==, TOWNSHIP_HOUSEHOLDS);
  bench_row ("households view model (30 000 rows)", ms, 0, NULL, "≤ 1 s (with the view)", "");
  bench_note ("one query, GObjects");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *label = NULL;
      guint matches = 0;

      start = bench_now_ms ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

          matches += cw_household_matches (household, queries[q]);
        }
      ms = bench_now_ms () - start;
      label = g_strdup_printf ("search keystroke “%s” (%u found)", queries[q], matches);
      bench_row (label, ms, 0, NULL, "≤ 50 ms", "");
    }
  bench_note ("a search keystroke filters over all rows of the model");
}
BENCH_ROW (bench_household_search)

/* ---- the roster workbook ---- */

/* A roster row numbered as the export numbers it (序号), and its household
 * counted. */
static gboolean
keep_numbered_row (const char * const  *row,
                   gpointer             user_data,
                   GError             **error)
{
  BareSheet *sheet = user_data;
  g_autofree char *number = g_strdup_printf ("%u", sheet->rows->len + 1);
  g_autofree const char **copy = g_memdup2 (row, CW_ROSTER_N_COLUMNS * sizeof (char *));

  copy[0] = number;
  bare_sheet_add (sheet, copy);
  return TRUE;
}

/* The bare roster: the cells of cw_roster_export_households(), its total
 * and closing lines with them. */
static GPtrArray *
roster_cells (CwDatabase *db)
{
  GPtrArray *sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) bare_sheet_free);
  BareSheet *sheet = bare_sheet_new ("临江县白沙镇青山村 household register", NULL, cw_roster_columns, "N");
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_roster_rows_foreach (db, NULL, CW_ROSTER_PRESENT, keep_numbered_row, sheet, &error));
  for (guint r = 0; r < sheet->rows->len; r++)
    g_hash_table_add (households, ((char **) g_ptr_array_index (sheet->rows, r))[CW_ROSTER_HOUSEHOLD_NUMBER]);
  sheet->total = g_strdup_printf ("合计：%u户，%u人", g_hash_table_size (households), sheet->rows->len);
  sheet->closing = g_strdup ("制表人：　　　　　　　　审核人：　　　　　　　　日期：2026年12月2日");
  g_ptr_array_add (sheets, sheet);
  return sheets;
}

static gboolean
export_roster (CwDatabase  *db,
               const char  *path,
               GError     **error)
{
  return cw_roster_export_households (db, path, NULL, FALSE, NULL, NULL, NULL, error);
}

static void
bench_export_program (CwDatabase *township)
{
  g_autofree char *path = bench_path ("roster-cli.xlsx");
  const char *argv[] = { g_getenv ("CUNWU_BINARY"), "--db", cw_database_get_path (township),
                         "export", "households", path, NULL };
  BenchChild child;

  g_unlink (path);
  g_assert_true (bench_run (argv, &child));
  bench_note ("cunwu export households: %.0f ms, CPU %.0f ms, peak memory %.0f MB (the program alone)",
              child.wall_ms, child.cpu_ms, child.peak_mb);
}

static void
bench_roster_export (CwDatabase *township)
{
  g_autoptr(GPtrArray) roster = roster_cells (township);

  bench_workbook (township, "roster export", "roster", export_roster, roster, "≤ 1.5×", "≤ 1.2×");
  bench_export_program (township);
}
BENCH_ROW (bench_roster_export)
