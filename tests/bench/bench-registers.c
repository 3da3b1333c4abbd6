/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-registers"

/* The new registers' township figures (mediation, finance; the grids'
 * and benefits' are rows of the township benchmark now), as they were
 * written beside the first benchmark of issues 3
 * and 4, whose rows it still runs first (bench-township.c has the newer
 * ones, issue 10's table). To do: each register's row as a BENCH_ROW of
 * bench-township.c, and this file gone. 30 000 households,
 * about 110 000 persons and 1 000 000 point entries. Every figure is the
 * real code path beside the same work done bare, as a ratio; it prints,
 * and fails only when something does not work, never because a machine
 * is slow. Run it with `meson test -C build --benchmark --verbose`.
 *
 * Benefits (issue 15) moved to bench-township.c's rows.
 *
 * The township database is built once (cw_demo_fill, about two minutes)
 * and kept in the build directory; CUNWU_BENCH_DIR picks another place. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <xlsxwriter.h>

#include "core/notices/cw-decision.h"
#include "core/village/cw-village-role.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice.h"
#include "report/notices/cw-notice-print.h"
#include "report/notices/cw-notices-export.h"
#include "core/common/cw-database-private.h"
#include "core/village/cw-demo.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/points/cw-point-tally.h"
#include "core/households/cw-roster-rows.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/mediation/cw-mediation-ledger.h"
#include "report/mediation/cw-mediation-export.h"
#include "core/village/cw-village.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"
#include "report/points/cw-points-announcement.h"
#include "report/common/cw-print-font.h"
#include "report/points/cw-points-export.h"
#include "report/households/cw-roster-export.h"

#define TOWNSHIP_HOUSEHOLDS 30000
#define TOWNSHIP_ENTRIES 1000000
#define QUARTER "2026Q3"

static char *bench_dir;

static void bench_finance (void);

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
report (const char *what,
        double      ms,
        double      bare_ms,
        const char *bare_what,
        const char *target)
{
  if (bare_ms > 0)
    printf ("  %-44s %9.1f ms   bare %9.1f ms (%s)   ratio %5.2f   target %s\n",
            what, ms, bare_ms, bare_what, ms / bare_ms, target);
  else
    printf ("  %-44s %9.1f ms   %s   target %s\n", what, ms, bare_what, target);
  fflush (stdout);
}

static CwDatabase *
open_or_build (const char *name,
               guint       households,
               guint       entries)
{
  g_autofree char *path = g_build_filename (bench_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  if (!cw_village_exists (db))
    {
      CwDemoOptions options = { households, entries };
      double start = now_ms ();

      printf ("  building %s: %u households, %u point entries …\n", path, households, entries);
      fflush (stdout);
      g_assert_true (cw_demo_fill (db, &options, &error));
      g_assert_no_error (error);
      printf ("  built in %.1f s\n", (now_ms () - start) / 1000);
    }
  return db;
}

/* ---- the roster as a CSV file, for the import ---- */

static void
write_csv_field (GString    *out,
                 const char *field)
{
  if (strpbrk (field, ",\"\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gboolean
append_row (const char * const  *row,
            gpointer             user_data,
            GError             **error)
{
  GString *out = user_data;

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      write_csv_field (out, row[i]);
    }
  g_string_append (out, "\r\n");
  return TRUE;
}

static char *
write_roster_csv (CwDatabase *township)
{
  g_autofree char *path = g_build_filename (bench_dir, "roster.csv", NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", cw_roster_columns[i]);
  g_string_append (out, "\r\n");
  g_assert_true (cw_roster_rows_foreach (township, NULL, CW_ROSTER_PRESENT, append_row, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, out->str, (gssize) out->len, &error));
  return g_steal_pointer (&path);
}

static double
run_timed (const char * const *argv,
           long               *max_rss_kb)
{
  g_autoptr(GError) error = NULL;
  double start = now_ms ();
  struct rusage usage;
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  if (max_rss_kb != NULL)
    *max_rss_kb = usage.ru_maxrss;
  return now_ms () - start;
}

static void
bench_import (const char *csv)
{
  g_autofree char *path = g_build_filename (bench_dir, "import.db", NULL);
  g_autofree char *bare = g_build_filename (bench_dir, "import-bare.db", NULL);
  g_autofree char *import_command = g_strdup_printf (".import --csv %s roster", csv);
  const char *argv[] = { "sqlite3", bare, import_command, NULL };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("青山村", NULL, NULL);
  g_autoptr(CwImportReport) result = NULL;
  g_autoptr(GError) error = NULL;
  double start, ms, bare_ms;

  g_unlink (path);
  g_unlink (bare);
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_village_create (db, village, &error));

  start = now_ms ();
  result = cw_importer_import_file (&cw_household_importer, db, csv, 0, NULL, NULL, NULL, &error);
  ms = now_ms () - start;
  g_assert_no_error (error);
  g_assert_true (cw_import_report_is_complete (result));

  if (g_find_program_in_path ("sqlite3") == NULL)
    bare_ms = 0;
  else
    bare_ms = run_timed (argv, NULL);

  printf ("  imported %u households, %u persons\n",
          cw_import_report_get_imported (result),
          cw_import_report_get_count (result, CW_HOUSEHOLD_IMPORT_PERSONS));
  report ("CSV import (validated, audited)", ms, bare_ms, "sqlite3 .import", "≤ 3 s, ≤ 5×");
}

static void
bench_list_and_search (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) households = NULL;
  const char *queries[] = { "王", "wjg", "wangjian", "0100", "4304211" };
  double start, ms;
  guint n;

  start = now_ms ();
  households = cw_household_list (db, &error);
  ms = now_ms () - start;
  g_assert_no_error (error);
  n = g_list_model_get_n_items (households);
  g_assert_cmpuint (n, ==, TOWNSHIP_HOUSEHOLDS);
  report ("households view model (30 000 rows)", ms, 0, "one query, GObjects", "≤ 1 s (with the view)");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *label = NULL;
      guint matches = 0;

      start = now_ms ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);
          matches += cw_household_matches (household, queries[q]);
        }
      ms = now_ms () - start;
      label = g_strdup_printf ("search keystroke “%s” (%u found)", queries[q], matches);
      report (label, ms, 0, "filter over all rows", "≤ 50 ms");
    }
}

/* ---- the roster export beside a bare libxlsxwriter loop ---- */

static gboolean
keep_row (const char * const  *row,
          gpointer             user_data,
          GError             **error)
{
  /* The row is CW_ROSTER_N_COLUMNS fields, not NULL-terminated. */
  char **copy = g_new0 (char *, CW_ROSTER_N_COLUMNS + 1);

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    copy[i] = g_strdup (row[i]);
  g_ptr_array_add (user_data, copy);
  return TRUE;
}

static double
bare_workbook (GPtrArray  *rows,
               guint       n_columns,
               const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  double start = now_ms ();

  workbook = workbook_new_opt (path, &options);
  sheet = workbook_add_worksheet (workbook, NULL);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      for (guint c = 0; c < n_columns; c++)
        worksheet_write_string (sheet, r, (lxw_col_t) c, row[c], NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return now_ms () - start;
}

static void
bench_roster_export (CwDatabase *db)
{
  g_autofree char *path = g_build_filename (bench_dir, "roster.xlsx", NULL);
  g_autofree char *again = g_build_filename (bench_dir, "roster-cli.xlsx", NULL);
  g_autofree char *bare = g_build_filename (bench_dir, "roster-bare.xlsx", NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("CUNWU_BINARY"), "--db", cw_database_get_path (db),
                         "export", "households", again, NULL };
  double start, ms, bare_ms;
  long rss_kb = 0;

  g_unlink (path);
  start = now_ms ();
  g_assert_true (cw_roster_export_households (db, path, NULL, FALSE, NULL, NULL, NULL, &error));
  ms = now_ms () - start;
  g_assert_no_error (error);

  g_assert_true (cw_roster_rows_foreach (db, NULL, CW_ROSTER_PRESENT, keep_row, rows, &error));
  g_unlink (bare);
  bare_ms = bare_workbook (rows, CW_ROSTER_N_COLUMNS, bare);
  report ("roster export .xlsx", ms, bare_ms, "plain libxlsxwriter", "≤ 3 s, ≤ 2×");

  if (argv[0] != NULL)
    {
      g_unlink (again);
      ms = run_timed (argv, &rss_kb);
      printf ("  %-44s %9.1f ms   peak memory %.1f MB   target < 100 MB\n",
              "cunwu export households (whole program)", ms, rss_kb / 1024.0);
    }
}

/* ---- points ---- */

static void
bench_tally (CwDatabase *db)
{
  g_autofree char *aggregate =
    g_strdup ("SELECT household_id, sum(points) FROM point_entry WHERE state = 'reviewed' "
              "AND quarter = '" QUARTER "' GROUP BY household_id "
              "ORDER BY 2 DESC;");
  const char *argv[] = { "sqlite3", cw_database_get_path (db), aggregate, NULL };
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE, bare_ms = 0;

  for (guint i = 0; i < 3; i++)
    {
      double start = now_ms ();
      g_autoptr(GListModel) tally = cw_point_tally_quarter (db, "household", QUARTER, &error);
      g_assert_no_error (error);
      best = MIN (best, now_ms () - start);
    }
  if (g_find_program_in_path ("sqlite3") != NULL)
    {
      bare_ms = G_MAXDOUBLE;
      for (guint i = 0; i < 3; i++)
        bare_ms = MIN (bare_ms, run_timed (argv, NULL));
    }
  report ("quarter tally and ranking (best of 3)", best, bare_ms, "sqlite3 shell aggregate", "≤ 200 ms");
}

/* The bare announcement: the same lines of text in the same font, one
 * after another, without tables, groups or page layout. */
static double
bare_pdf (GListModel *tally,
          const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (CW_PRINT_FONT_FAMILIES " 10");
  double start = now_ms (), y = 40;

  pango_layout_set_font_description (layout, font);
  for (guint i = 0; i < g_list_model_get_n_items (tally); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      g_autofree char *line = g_strdup_printf ("%s  %" G_GINT64_FORMAT "  %" G_GINT64_FORMAT "  %" G_GINT64_FORMAT "  %d",
                                               cw_point_tally_row_get_name (row),
                                               cw_point_tally_row_get_quarter_points (row),
                                               cw_point_tally_row_get_year_points (row),
                                               cw_point_tally_row_get_balance (row),
                                               cw_point_tally_row_get_group_rank (row));
      pango_layout_set_text (layout, line, -1);
      cairo_move_to (cr, 40, y);
      pango_cairo_show_layout (cr, layout);
      y += 18;
      if (y > 800)
        {
          cairo_show_page (cr);
          y = 40;
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  pango_font_description_free (font);
  g_object_unref (layout);
  return now_ms () - start;
}

static void
bench_announcement (void)
{
  g_autoptr(CwDatabase) village = open_or_build ("village-1000.db", 1000, 0);
  g_autofree char *path = g_build_filename (bench_dir, "announcement.pdf", NULL);
  g_autofree char *bare = g_build_filename (bench_dir, "announcement-bare.pdf", NULL);
  g_autoptr(GListModel) tally = NULL;
  g_autoptr(GError) error = NULL;
  double start, ms, bare_ms;

  start = now_ms ();
  g_assert_true (cw_points_announcement_write_pdf (village, "household", QUARTER, path, &error));
  ms = now_ms () - start;
  g_assert_no_error (error);

  tally = cw_point_tally_quarter (village, "household", QUARTER, &error);
  bare_ms = bare_pdf (tally, bare);
  report ("announcement PDF, 1 000 households", ms, bare_ms, "plain Pango lines", "≤ 2 s");
}

static void
bench_points_workbook (CwDatabase *db)
{
  g_autofree char *path = g_build_filename (bench_dir, "points.xlsx", NULL);
  g_autofree char *bare = g_build_filename (bench_dir, "points-bare.xlsx", NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(sqlite3_stmt) entries = NULL;
  g_autoptr(GListModel) tally = NULL;
  g_autoptr(GError) error = NULL;
  double start, ms, bare_ms;

  g_unlink (path);
  start = now_ms ();
  g_assert_true (cw_points_export_quarter (db, "household", QUARTER, path, NULL, NULL, NULL, &error));
  ms = now_ms () - start;
  g_assert_no_error (error);

  /* The same cells: a ranking row per household and a row per reviewed
   * entry of the quarter. */
  tally = cw_point_tally_quarter (db, "household", QUARTER, &error);
  for (guint i = 0; i < g_list_model_get_n_items (tally); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      char **cells = g_new0 (char *, 8);
      cells[0] = g_strdup (cw_point_tally_row_get_number (row));
      cells[1] = g_strdup (cw_point_tally_row_get_name (row));
      cells[2] = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_quarter_points (row));
      cells[3] = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_year_points (row));
      cells[4] = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_balance (row));
      cells[5] = g_strdup_printf ("%d", cw_point_tally_row_get_rank (row));
      cells[6] = g_strdup_printf ("%d", cw_point_tally_row_get_group_rank (row));
      g_ptr_array_add (rows, cells);
    }
  entries = cw_database_prepare (db,
                                 "SELECT e.entry_date, h.number, '', '', r.code, r.description, e.quantity, "
                                 "e.points FROM point_entry e JOIN point_rule r ON r.id = e.rule_id "
                                 "JOIN household h ON h.id = e.household_id "
                                 "WHERE e.quarter = '" QUARTER "' AND e.state = 'reviewed'",
                                 &error);
  while (sqlite3_step (entries) == SQLITE_ROW)
    {
      char **cells = g_new0 (char *, 8);
      for (int c = 0; c < 7; c++)
        cells[c] = g_strdup ((const char *) sqlite3_column_text (entries, c));
      g_ptr_array_add (rows, cells);
    }
  g_unlink (bare);
  bare_ms = bare_workbook (rows, 7, bare);
  printf ("  (%u ranking rows and entries in the quarter's workbook)\n", rows->len);
  report ("township points workbook .xlsx", ms, bare_ms, "plain libxlsxwriter", "≤ 3 s");
}

/* ---- mediation (issue 12): 20 000 cases over two years ---- */

#define TOWNSHIP_CASES 20000

static double
bare_query (CwDatabase *db,
            const char *sql,
            guint      *n_rows)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  double start = now_ms ();

  *n_rows = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    (*n_rows)++;
  return now_ms () - start;
}

static void
bench_mediation (void)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GListModel) board = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *path = NULL;
  g_autofree char *ledger = g_build_filename (bench_dir, "mediation-ledger.xlsx", NULL);
  g_autofree char *bare_ledger = g_build_filename (bench_dir, "mediation-ledger-bare.xlsx", NULL);
  const char *queries[] = { "王", "zhangwei", "0100", "宅基地" };
  double start, ms, bare;
  guint n, n_bare;
  int year;

  path = g_build_filename (bench_dir, "mediation.db", NULL);
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  if (!cw_village_exists (db))
    {
      CwDemoOptions options = { .households = TOWNSHIP_HOUSEHOLDS, .point_entries = 1,
                                .mediation_cases = TOWNSHIP_CASES };

      printf ("  building %s: %u households, %u mediation cases …\n", path, TOWNSHIP_HOUSEHOLDS, TOWNSHIP_CASES);
      fflush (stdout);
      start = now_ms ();
      g_assert_true (cw_demo_fill (db, &options, &error));
      g_assert_no_error (error);
      printf ("  built in %.1f s\n", (now_ms () - start) / 1000);
    }

  start = now_ms ();
  cases = cw_mediation_case_list (db, 0, NULL, &error);
  ms = now_ms () - start;
  g_assert_no_error (error);
  n = g_list_model_get_n_items (cases);
  g_assert_cmpuint (n, ==, TOWNSHIP_CASES);
  bare = bare_query (db, "SELECT * FROM mediation_case", &n_bare);
  report ("case list model (20 000 cases)", ms, bare, "SELECT * of the cases", "≤ 1 s (with the view)");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *label = NULL;
      guint matches = 0;

      start = now_ms ();
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CwMediationCase) c = g_list_model_get_item (cases, i);

          matches += strstr (cw_mediation_case_get (c, CW_CASE_SEARCH_KEY), queries[q]) != NULL ||
                     strstr (cw_mediation_case_get (c, CW_CASE_SUMMARY), queries[q]) != NULL;
        }
      ms = now_ms () - start;
      label = g_strdup_printf ("case search “%s” (%u found)", queries[q], matches);
      report (label, ms, 0, "filter over all rows", "≤ 50 ms");
    }

  start = now_ms ();
  board = cw_mediation_due_list (db, NULL, &error);
  ms = now_ms () - start;
  g_assert_no_error (error);
  bare = bare_query (db, "SELECT * FROM mediation_due", &n_bare);
  {
    g_autofree char *label = g_strdup_printf ("deadlines board (%u lines of %u owed)", g_list_model_get_n_items (board),
                                              n_bare);

    report (label, ms, bare, "SELECT * of the view", "≤ 500 ms");
  }

  year = (int) cw_database_query_int (db, "SELECT max(year) FROM mediation_case", 0);
  start = now_ms ();
  g_assert_true (cw_mediation_export_ledger (db, year, FALSE, ledger, &n, &error));
  ms = now_ms () - start;
  g_assert_no_error (error);
  rows = cw_mediation_ledger_rows (db, year, &error);
  bare = bare_workbook (rows, CW_LEDGER_N_COLUMNS, bare_ledger);
  {
    g_autofree char *label = g_strdup_printf ("ledger export, %d (%u cases, 2 sheets)", year, n);

    report (label, ms, bare, "bare libxlsxwriter, the rows", "≤ 10 s");
  }
}

/* ---- notices (issue 13) ---- */

static double
best_of_3 (void (*work) (CwDatabase *db), CwDatabase *db)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 3; i++)
    {
      double start = now_ms ();
      work (db);
      best = MIN (best, now_ms () - start);
    }
  return best;
}

static void
calendar_work (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = cw_notice_calendar (db, 2026, "2026-11-01", &error);
  g_autoptr(GPtrArray) attention = cw_notice_calendar_attention (db, "2026-11-01", 7, &error);

  g_assert_no_error (error);
}

static void
quorum_work (CwDatabase *db)
{
  volatile guint n = cw_decision_count_party_members (db, "2026-05-15") + cw_decision_count_adults (db, "2026-05-15") +
                     cw_decision_count_households (db, "2026-05-15") +
                     cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, "2026-05-15");
  (void) n;
}

static double
bare_sql (CwDatabase *db,
          const char *sql)
{
  const char *argv[] = { "sqlite3", cw_database_get_path (db), sql, NULL };
  double best = G_MAXDOUBLE;

  if (g_find_program_in_path ("sqlite3") == NULL)
    return 0;
  for (guint i = 0; i < 3; i++)
    best = MIN (best, run_timed (argv, NULL));
  return best;
}

static void
bench_notices (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *pdf = g_build_filename (bench_dir, "bench-notice.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (bench_dir, "bench-notices.xlsx", NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "序号", "户主姓名", "身份证号", "联系电话", "保障人数", NULL };
  double start, ms;
  int pages = 0;

  report ("disclosure calendar of a year + this week", best_of_3 (calendar_work, db),
          bare_sql (db, "SELECT item_id, period, min(posted_date) FROM notice WHERE state = 'posted' GROUP BY 1, 2;"),
          "sqlite3 shell group by", "≤ 100 ms");
  report ("quorum counts from the register on a day", best_of_3 (quorum_work, db),
          bare_sql (db, "SELECT count(*) FROM person WHERE birth_date <= '2008-05-15';"),
          "sqlite3 shell count", "≤ 200 ms");

  /* A 低保 list of 2 000 rows pasted with its ID and phone columns. */
  g_ptr_array_add (rows, g_strdupv ((char **) header));
  for (guint i = 1; i <= 2000; i++)
    {
      char **row = g_new0 (char *, 6);
      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("张%u", i);
      row[2] = g_strdup_printf ("43042119700101%04u", i % 10000);
      row[3] = g_strdup_printf ("138%08u", i);
      row[4] = g_strdup_printf ("%u", i % 5 + 1);
      g_ptr_array_add (rows, row);
    }
  notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "低保对象名单（基准）", "2026-11-01", "2026-11-07");
  cw_notice_set_table (notice, rows);
  start = now_ms ();
  g_assert_cmpint (cw_notice_add (db, notice, &error), >, 0);
  ms = now_ms () - start;
  report ("notice with a 2 000-row table saved", ms, 0, "", "≤ 500 ms");
  start = now_ms ();
  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, pdf, &pages, &error));
  ms = now_ms () - start;
  printf ("  (%d pages, every ID and phone masked)\n", pages);
  report ("print notice, 2 000 rows, A4 PDF", ms, 0, "", "≤ 5 s");
  start = now_ms ();
  g_assert_true (cw_notices_export_ledger (db, 2026, "2026-11-01", xlsx, &error));
  report ("notices ledger .xlsx of the year", now_ms () - start, 0, "", "≤ 1 s");
  g_unlink (pdf);
  g_unlink (xlsx);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CwDatabase) township = NULL;
  g_autofree char *csv = NULL;

  bench_dir = g_strdup (g_getenv ("CUNWU_BENCH_DIR") != NULL ? g_getenv ("CUNWU_BENCH_DIR")
                                                             : g_getenv ("G_TEST_BUILDDIR"));
  if (bench_dir == NULL)
    bench_dir = g_get_current_dir ();
  g_mkdir_with_parents (bench_dir, 0700);

  printf ("Township benchmark in %s\n", bench_dir);
  township = open_or_build ("township.db", TOWNSHIP_HOUSEHOLDS, TOWNSHIP_ENTRIES);
  printf ("  %" G_GINT64_FORMAT " households, %" G_GINT64_FORMAT " persons, %" G_GINT64_FORMAT " point entries\n\n",
          cw_database_query_int (township, "SELECT count(*) FROM household", 0),
          cw_database_query_int (township, "SELECT count(*) FROM person", 0),
          cw_database_query_int (township, "SELECT count(*) FROM point_entry", 0));

  printf ("Households (issue 3)\n");
  csv = write_roster_csv (township);
  bench_import (csv);
  bench_list_and_search (township);
  bench_roster_export (township);

  printf ("\nPoints (issue 4)\n");
  bench_tally (township);
  bench_announcement ();
  bench_points_workbook (township);

  printf ("\nMediation (issue 12)\n");
  bench_mediation ();

  printf ("\nFinance (issue 14)\n");
  bench_finance ();

  printf ("\nNotices (issue 13)\n");
  bench_notices (township);

  return 0;
}

/* ---- Finance (issue 14): a year of 200 000 ledger entries ---- */

#define FINANCE_ENTRIES 200000

/* A year (2025, the 2023 chart) of reviewed entries over every account,
 * up to ¥20 000 each but for twenty large items of ¥80 000, written bare:
 * the figures, not the writing, are what is measured. */
static CwDatabase *
open_or_build_ledger (void)
{
  g_autofree char *path = g_build_filename (bench_dir, "finance.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = NULL;
  g_autofree char *sql = NULL;
  CwDatabase *db = cw_database_open (path, &error);
  double start;

  g_assert_no_error (error);
  if (cw_village_exists (db))
    return db;
  printf ("  building %s: %u ledger entries …\n", path, FINANCE_ENTRIES);
  fflush (stdout);
  start = now_ms ();
  village = cw_village_new ("青山村", "白沙镇", "临江县");
  g_assert_true (cw_village_create (db, village, &error));
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d), "
                         "accounts AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS k FROM finance_account "
                         "             WHERE system = '2023' AND parent_id IS NULL) "
                         "INSERT INTO finance_entry (entry_date, voucher, account_id, summary, amount, recorded_by, "
                         "                           reviewed_by, reviewed_on) "
                         "SELECT date('2025-01-01', '+' || (i %% 365) || ' days'), '记-' || i, a.id, "
                         "       '摘要' || (i %% 97), "
                         "       iif(i %% 10000 = 0, 8000000, 1 + (i * 7919) %% 2000000), 'bench', '李监督', '2026-01-05' "
                         "FROM n JOIN accounts a ON a.k = n.i %% 10",
                         FINANCE_ENTRIES - 1);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db, sql, &error));
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
  printf ("  built in %.1f s\n", (now_ms () - start) / 1000);
  return db;
}

static void
bench_finance (void)
{
  g_autoptr(CwDatabase) db = open_or_build_ledger ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  g_autoptr(GListModel) month = NULL;
  g_autoptr(sqlite3_stmt) bare = NULL;
  g_autofree char *pdf = g_build_filename (bench_dir, "finance.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (bench_dir, "finance.xlsx", NULL);
  CwFinancePeriod period;
  double start, ms, bare_ms;
  gint64 check = 0;
  int pages = 0;

  printf ("  %" G_GINT64_FORMAT " ledger entries in 2025\n",
          cw_database_query_int (db, "SELECT count(*) FROM finance_entry", 0));
  g_assert_true (cw_finance_period_parse ("2025Q4", &period, &error));

  start = now_ms ();
  disclosure = cw_finance_disclosure_compute (db, &period, &error);
  ms = now_ms () - start;
  g_assert_no_error (error);
  start = now_ms ();
  bare = cw_database_prepare (db,
                              "SELECT account_id, sum(iif(entry_date >= '2025-10-01', amount, 0)), sum(amount) "
                              "FROM finance_entry WHERE entry_date BETWEEN '2025-01-01' AND '2025-12-31' "
                              "AND reviewed_by IS NOT NULL "
                              "GROUP BY account_id",
                              &error);
  while (sqlite3_step (bare) == SQLITE_ROW)
    check += sqlite3_column_int64 (bare, 2);
  bare_ms = now_ms () - start;
  /* The same year's figures either way, to the fen. */
  g_assert_cmpint (check, ==, disclosure->income_year + disclosure->expense_year);
  report ("disclosure 2025Q4 (本期 and 本年累计)", ms, bare_ms, "one GROUP BY", "≤ 1 s");

  start = now_ms ();
  g_assert_true (cw_finance_disclosure_save_pdf (db, &period, "2026-01-08", FALSE, pdf, &pages, &error));
  report ("disclosure printed .pdf", now_ms () - start, 0, "with its figures", "≤ 2 s");
  start = now_ms ();
  g_assert_true (cw_finance_export_disclosure (db, &period, "2026-01-08", xlsx, &error));
  g_assert_no_error (error);
  cw_database_query_int (db, "SELECT count(*) FROM finance_entry WHERE entry_date >= '2025-10-01'", 0);
  report ("disclosure workbook .xlsx (with the quarter's ledger)", now_ms () - start, 0,
          "about 50 000 ledger rows", "≤ 5 s");

  start = now_ms ();
  month = cw_finance_entry_list (db, "2025-12-01", "2025-12-31", 0, &error);
  report ("ledger: a month's entries as the view reads them", now_ms () - start, 0, "", "≤ 1 s");
  printf ("  (%u entries in December)\n", g_list_model_get_n_items (month));
}
