/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's mediation rows (issue 12): 20 000 cases over
 * two years in a township of 30 000 households, on a database of their
 * own (mediation.db, built the first time and kept): the case list and
 * its search, the deadlines board and the year's ledger workbook, each
 * beside the same work done bare. The import of a past ledger is
 * bench-mediation-import.c's. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "core/common/cw-database-private.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/mediation/cw-mediation-ledger.h"
#include "core/village/cw-demo.h"
#include "report/mediation/cw-mediation-export.h"

#include "bench-common.h"
#include "bench-township.h"

#define TOWNSHIP_CASES 20000

static CwDatabase *
open_mediation (void)
{
  CwDemoOptions options = { .households = TOWNSHIP_HOUSEHOLDS, .point_entries = 1,
                            .mediation_cases = TOWNSHIP_CASES };
  g_autofree char *what = g_strdup_printf ("%u households, %u mediation cases", TOWNSHIP_HOUSEHOLDS,
                                           TOWNSHIP_CASES);

  return open_or_build_demo ("mediation.db", &options, what);
}

/* Every row of @sql stepped through, nothing made of it. */
static double
bare_query (CwDatabase *db,
            const char *sql,
            guint      *n_rows)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  double start = bench_now_ms ();

  *n_rows = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    (*n_rows)++;
  return bench_now_ms () - start;
}

/* The ledger's rows as strings in one sheet, no formats: what the
 * workbook costs libxlsxwriter alone. */
static double
bare_rows_workbook (GPtrArray  *rows,
                    guint       n_columns,
                    const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  double start = bench_now_ms ();

  workbook = workbook_new_opt (path, &options);
  sheet = workbook_add_worksheet (workbook, NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        worksheet_write_string (sheet, r, (lxw_col_t) c, row[c], NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return bench_now_ms () - start;
}

/* The cases page's list model beside SELECT * of the cases, then each
 * search keystroke as the page filters the model. */
static void
bench_mediation_cases (CwDatabase *township)
{
  g_autoptr(CwDatabase) db = open_mediation ();
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  const char *queries[] = { "王", "zhangwei", "0100", "宅基地" };
  double start, ms;
  guint n, n_bare;

  /* Taking turns, so that neither side alone reads the file cold. */
  for (guint i = 0; i < bench_runs (); i++)
    {
      g_clear_object (&cases);
      start = bench_now_ms ();
      cases = cw_mediation_case_list (db, 0, NULL, &error);
      ms = bench_now_ms () - start;
      g_assert_no_error (error);
      g_array_append_val (real, ms);
      ms = bare_query (db, "SELECT * FROM mediation_case", &n_bare);
      g_array_append_val (bare, ms);
    }
  n = g_list_model_get_n_items (cases);
  g_assert_cmpuint (n, ==, TOWNSHIP_CASES);
  bench_row ("case list model (20 000 cases)", bench_median (real), bench_median (bare), "SELECT * of the cases",
             "≤ 1 s (with the view)", "");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *label = NULL;
      guint matches = 0;

      start = bench_now_ms ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CwMediationCase) c = g_list_model_get_item (cases, i);

          matches += strstr (cw_mediation_case_get (c, CW_CASE_SEARCH_KEY), queries[q]) != NULL ||
                     strstr (cw_mediation_case_get (c, CW_CASE_SUMMARY), queries[q]) != NULL;
        }
      ms = bench_now_ms () - start;
      label = g_strdup_printf ("case search “%s” (%u found)", queries[q], matches);
      bench_row (label, ms, 0, NULL, "≤ 50 ms", "");
    }
  bench_note ("a search keystroke filters over all rows of the model");
}
BENCH_ROW_ALONE (bench_mediation_cases)

/* The deadlines board beside SELECT * of the view it reads. */
static void
bench_mediation_board (CwDatabase *township)
{
  g_autoptr(CwDatabase) db = open_mediation ();
  g_autoptr(GListModel) board = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  double start, ms, bare;
  guint n_bare;

  start = bench_now_ms ();
  board = cw_mediation_due_list (db, NULL, &error);
  ms = bench_now_ms () - start;
  g_assert_no_error (error);
  bare = bare_query (db, "SELECT * FROM mediation_due", &n_bare);
  label = g_strdup_printf ("deadlines board (%u lines of %u owed)", g_list_model_get_n_items (board), n_bare);
  bench_row (label, ms, bare, "SELECT * of the view", "≤ 500 ms", "");
}
BENCH_ROW_ALONE (bench_mediation_board)

/* The newest year's ledger workbook beside its rows written bare. */
static void
bench_mediation_ledger (CwDatabase *township)
{
  g_autoptr(CwDatabase) db = open_mediation ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ledger = bench_path ("mediation-ledger.xlsx");
  g_autofree char *bare_ledger = bench_path ("mediation-ledger-bare.xlsx");
  g_autofree char *label = NULL;
  int year = (int) cw_database_query_int (db, "SELECT max(year) FROM mediation_case", 0);
  double start, ms, bare;
  guint n;

  start = bench_now_ms ();
  g_assert_true (cw_mediation_export_ledger (db, year, FALSE, ledger, &n, &error));
  ms = bench_now_ms () - start;
  g_assert_no_error (error);
  rows = cw_mediation_ledger_rows (db, year, &error);
  g_assert_no_error (error);
  bare = bare_rows_workbook (rows, CW_LEDGER_N_COLUMNS, bare_ledger);
  label = g_strdup_printf ("ledger export, %d (%u cases, 2 sheets)", year, n);
  bench_row (label, ms, bare, "bare libxlsxwriter, the rows", "≤ 10 s", "");
}
BENCH_ROW_ALONE (bench_mediation_ledger)
