/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's households rows read from the township (the
 * roster's import and export are bench-township.c's, beside the points
 * import they share their files with): what the households view reads
 * when it is first shown, and the search keystrokes over that list. The
 * keystrokes in the window itself are the households-view test's, with
 * CUNWU_BENCH_DB. */

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/households/cw-household.h"

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
