/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-township"

/* The township-scale benchmark of issue 10: 30 000 households, about
 * 110 000 persons and 1 000 000 point entries. Every row of the issue's
 * table is the program's own work beside the same work done bare (same
 * result, no checks), as a ratio with the bar and goal. Each
 * figure is the median of CUNWU_BENCH_RUNS runs (3 unless set), the real
 * and the bare work taking turns so that a busy moment of the machine
 * falls on both. It prints; it fails only when something does not work,
 * never because the machine is slow. Run it with
 *
 *     meson test -C build --benchmark --verbose
 *
 * The township database is built once (cw_demo_fill, a few minutes) and
 * kept in the build directory with the files made from it; CUNWU_BENCH_DIR
 * picks another place. Imports and the command-line export run as the
 * program itself, measured as /usr/bin/time measures a program (wall and
 * CPU time, its own peak memory). The window's rows come from
 * bench-window under xvfb-run.
 *
 * Every row is a function of its own followed by BENCH_ROW (its name).
 * This file is the driver (the township, the files kept beside it, a
 * workbook beside its bare loop, the rows' order), with the rows that
 * are no one register's: the households and points imports, which share
 * the files made here, and the window. Each register's rows are in its
 * own file that includes bench-township.h (bench-benefits.c,
 * bench-finance.c, bench-grids.c, bench-households.c, bench-mediation.c,
 * bench-notices.c, bench-points.c). This file's rows run first, then
 * each other file's, each in its order. CUNWU_BENCH_ROWS picks some by
 * name, e.g. CUNWU_BENCH_ROWS=bench_tally,bench_window. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"
#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-roster-rows.h"
#include "core/points/cw-point-import.h"
#include "core/village/cw-demo.h"
#include "core/village/cw-village.h"

static char *bench_dir;
static guint runs = 3;

guint
bench_runs (void)
{
  return runs;
}

char *
bench_path (const char *name)
{
  return g_build_filename (bench_dir, name, NULL);
}

CwDatabase *
open_or_build_demo (const char          *name,
                    const CwDemoOptions *options,
                    const char          *what)
{
  g_autofree char *path = bench_path (name);
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  if (!cw_village_exists (db))
    {
      double start = bench_now_ms ();

      printf ("  building %s: %s …\n", path, what);
      fflush (stdout);
      g_assert_true (cw_demo_fill (db, options, &error));
      g_assert_no_error (error);
      printf ("  built in %.1f s\n", (bench_now_ms () - start) / 1000);
    }
  return db;
}

CwDatabase *
open_or_build (const char *name,
               guint       households,
               guint       entries)
{
  CwDemoOptions options = { households, entries };
  g_autofree char *what = g_strdup_printf ("%u households, %u point entries", households, entries);

  return open_or_build_demo (name, &options, what);
}

double
bench_shell_sql (CwDatabase *db,
                 const char *sql)
{
  const char *argv[] = { "sqlite3", cw_database_get_path (db), sql, NULL };
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  double best = G_MAXDOUBLE;

  if (sqlite3 == NULL)
    return 0;
  for (guint i = 0; i < 3; i++)
    {
      BenchChild child;

      g_assert_true (bench_run (argv, &child));
      best = MIN (best, child.wall_ms);
    }
  return best;
}

void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *shm = g_strconcat (to, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_assert_true (g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* ---- the files the imports read, made from the township ---- */

static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
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

static void
append_csv_row (GString            *out,
                const char * const *fields,
                guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, fields[i] != NULL ? fields[i] : "");
    }
  g_string_append (out, "\r\n");
}

static gboolean
append_roster_row (const char * const  *row,
                   gpointer             user_data,
                   GError             **error)
{
  append_csv_row (user_data, row, CW_ROSTER_N_COLUMNS);
  return TRUE;
}

static void
write_file (const char *path,
            GString    *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, &error));
  g_assert_no_error (error);
}

/* Every row of @sql as CSV under @header. */
static void
write_query_csv (CwDatabase         *db,
                 const char         *sql,
                 const char * const *header,
                 GString            *out)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  guint n = g_strv_length ((char **) header);

  g_assert_nonnull (stmt);
  if (out->len == 0)
    append_csv_row (out, header, n);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *fields[16];

      for (guint c = 0; c < n; c++)
        fields[c] = (const char *) sqlite3_column_text (stmt, (int) c);
      append_csv_row (out, fields, n);
    }
}

static const char * const rule_header[] = { "编号", "积分类型", "类别", "内容", "分值", "单位", "季度上限", NULL };
static const char * const entry_header[] = { "户号", "身份证号", "姓名", "规则编号", "日期", "数量", "备注", NULL };

/* The roster the household import reads; the rule book and a million
 * entries (every entry of the township's present households and party
 * members) that the points import reads. */
static void
write_inputs (CwDatabase *township)
{
  g_autofree char *roster = bench_path ("roster.csv");
  g_autofree char *rules = bench_path ("rules.csv");
  g_autofree char *entries = bench_path ("entries.csv");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (g_file_test (roster, G_FILE_TEST_EXISTS) && g_file_test (rules, G_FILE_TEST_EXISTS) &&
      g_file_test (entries, G_FILE_TEST_EXISTS))
    return;

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", cw_roster_columns[i]);
  g_string_append (out, "\r\n");
  g_assert_true (cw_roster_rows_foreach (township, NULL, CW_ROSTER_PRESENT, append_roster_row, out, &error));
  write_file (roster, out);

  g_string_truncate (out, 0);
  write_query_csv (township,
                   "SELECT code, CASE scheme WHEN 'party' THEN '党员积分' ELSE '村民积分' END, category, "
                   "description, points, unit, coalesce(quarter_cap, '') FROM point_rule ORDER BY id",
                   rule_header, out);
  write_file (rules, out);

  g_string_truncate (out, 0);
  write_query_csv (township,
                   "SELECT h.number, '', '', r.code, e.entry_date, e.quantity, e.note "
                   "FROM point_entry e JOIN point_rule r ON r.id = e.rule_id "
                   "JOIN household h ON h.id = e.household_id WHERE h.status = 'active' "
                   "UNION ALL "
                   "SELECT '', p.id_number, p.name, r.code, e.entry_date, e.quantity, e.note "
                   "FROM point_entry e JOIN point_rule r ON r.id = e.rule_id "
                   "JOIN person p ON p.id = e.person_id JOIN household h ON h.id = p.household_id "
                   "WHERE p.status IN ('active', 'migrant') AND h.status = 'active' "
                   "AND p.id_number IS NOT NULL",
                   entry_header, out);
  write_file (entries, out);
}

/* A database with the village and nothing else; and one with the
 * township's households and rule book, for the points import. */
static void
write_import_bases (void)
{
  g_autofree char *empty = bench_path ("import-empty.db");
  g_autofree char *base = bench_path ("points-base.db");
  g_autofree char *roster = bench_path ("roster.csv");
  g_autofree char *rules = bench_path ("rules.csv");
  g_autoptr(GError) error = NULL;

  /* Opened even when kept from an earlier run: a base made by an older
   * schema is brought up to this one here, not inside the timed runs. */
  {
    g_autoptr(CwDatabase) db = cw_database_open (empty, &error);

    g_assert_no_error (error);
    if (!cw_village_exists (db))
      {
        g_autoptr(CwVillage) village = cw_village_new ("青山村", NULL, NULL);

        g_assert_true (cw_village_create (db, village, &error));
      }
  }
  if (g_file_test (base, G_FILE_TEST_EXISTS))
    {
      g_autoptr(CwDatabase) db = cw_database_open (base, &error);

      g_assert_no_error (error);
    }
  else
    {
      g_autoptr(CwDatabase) db = NULL;
      g_autoptr(CwImportReport) households = NULL;
      g_autoptr(CwImportReport) rule_book = NULL;

      copy_file (empty, base);
      db = cw_database_open (base, &error);
      g_assert_no_error (error);
      households = cw_importer_import_file (&cw_household_importer, db, roster, 0, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      rule_book = cw_importer_import_file (&cw_point_rule_importer, db, rules, 0, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

/* ---- the imports: the program beside `sqlite3 .import` ---- */

/* Wall, CPU and peak memory of a program's runs. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
  GArray *peak;
} Runs;

static void
runs_init (Runs *figures)
{
  figures->wall = g_array_new (FALSE, FALSE, sizeof (double));
  figures->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  figures->peak = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
runs_clear (Runs *figures)
{
  g_array_unref (figures->wall);
  g_array_unref (figures->cpu);
  g_array_unref (figures->peak);
}

/* Runs @argv once on @run_db, a fresh copy of @base (NULL: @run_db is
 * made by the program), and keeps its figures; @run_db is left. */
static void
run_on_copy_kept (const char * const *argv,
                  const char         *base,
                  const char         *run_db,
                  Runs               *figures)
{
  BenchChild child;

  remove_database (run_db);
  if (base != NULL)
    copy_file (base, run_db);
  g_assert_true (bench_run (argv, &child));
  g_array_append_val (figures->wall, child.wall_ms);
  g_array_append_val (figures->cpu, child.cpu_ms);
  g_array_append_val (figures->peak, child.peak_mb);
}

static void
run_on_copy (const char * const *argv,
             const char         *base,
             const char         *run_db,
             Runs               *figures)
{
  run_on_copy_kept (argv, base, run_db, figures);
  remove_database (run_db);
}

static double
file_mb (const char *path)
{
  GStatBuf info;

  return g_stat (path, &info) == 0 ? (double) info.st_size / (1024 * 1024) : 0;
}

/* Returns the program's median wall-clock time. */
static double
bench_import (const char *what,
              const char *base_name,
              const char *input_name,
              const char *command,
              const char *option,
              const char *bar,
              const char *goal)
{
  g_autofree char *base = bench_path (base_name);
  g_autofree char *input = bench_path (input_name);
  g_autofree char *run_db = bench_path ("import-run.db");
  g_autofree char *bare_db = bench_path ("import-bare.db");
  g_autofree char *bare_command = g_strdup_printf (".import --csv %s t", input);
  const char *argv[] = { g_getenv ("CUNWU_BINARY"), "--db", run_db, "import", command, input, option, NULL };
  const char *bare_argv[] = { "sqlite3", bare_db, bare_command, NULL };
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  Runs real, bare;
  double median, real_mb = 0;

  runs_init (&real);
  runs_init (&bare);
  for (guint i = 0; i < runs; i++)
    {
      run_on_copy_kept (argv, base, run_db, &real);
      real_mb = file_mb (run_db);
      remove_database (run_db);
      if (sqlite3 != NULL)
        run_on_copy (bare_argv, NULL, bare_db, &bare);
    }
  bench_row (what, bench_median (real.wall), bench_median (bare.wall), "sqlite3 .import", bar, goal);
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×); peak memory %.0f MB (the program alone); "
              "the database it leaves: %.0f MB",
              bench_median (real.cpu), bench_median (bare.cpu),
              bench_median (bare.cpu) > 0 ? bench_median (real.cpu) / bench_median (bare.cpu) : 0,
              bench_median (real.peak), real_mb);
  median = bench_median (real.wall);
  runs_clear (&real);
  runs_clear (&bare);
  return median;
}

/* The same rows as the program's import writes (entries, totals, audit
 * rows), in plain SQL without its checks (points-floor.sql): what the
 * schema and the audit log cost whoever writes them, beside the program
 * (@real_ms) as a row of its own. The bar is against `.import`
 * (one table, no index, no audit): the row above. This one is the bare
 * work with the same result the table means, so it carries the
 * bar too, in brackets. */
static void
bench_plain_sql (const char *what,
                 double      real_ms,
                 const char *base_name,
                 const char *input_name,
                 const char *script,
                 const char *bar,
                 const char *goal)
{
  g_autofree char *base = bench_path (base_name);
  g_autofree char *input = bench_path (input_name);
  g_autofree char *run_db = bench_path ("import-plain.db");
  g_autofree char *sql = g_build_filename (g_getenv ("CUNWU_BENCH_SOURCE"), script, NULL);
  g_autofree char *import_command = g_strdup_printf (".import --csv %s e", input);
  g_autofree char *read_command = g_strdup_printf (".read %s", sql);
  const char *argv[] = { "sqlite3", run_db, import_command, read_command, NULL };
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  Runs plain;
  double plain_mb = 0;

  if (sqlite3 == NULL || g_getenv ("CUNWU_BENCH_SOURCE") == NULL)
    return;
  runs_init (&plain);
  for (guint i = 0; i < runs; i++)
    {
      run_on_copy_kept (argv, base, run_db, &plain);
      plain_mb = file_mb (run_db);
      remove_database (run_db);
    }
  bench_row (what, real_ms, bench_median (plain.wall), "the same rows in plain SQL", bar, goal);
  bench_note ("%s, no checks: CPU %.0f ms; the database it leaves: %.0f MB",
              script, bench_median (plain.cpu), plain_mb);
  runs_clear (&plain);
}

/* ---- a workbook beside the bare libxlsxwriter loop (bench-township.h) ---- */

void
bench_workbook (CwDatabase *db,
                const char *what,
                const char *name,
                ExportFunc  export,
                GPtrArray  *bare_sheets,
                const char *bar,
                const char *goal)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.xlsx", bench_dir, name);
  g_autofree char *bare = g_strdup_printf ("%s/%s-bare.xlsx", bench_dir, name);
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) real_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 cells, bare_cells;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = bench_now_ms (), cpu = bench_cpu_ms (), ms;

      g_unlink (path);
      g_assert_true (export (db, path, &error));
      g_assert_no_error (error);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real_cpu, cpu);

      g_unlink (bare);
      cpu = bench_cpu_ms ();
      ms = bare_workbook (bare_sheets, bare);
      g_array_append_val (bare_ms, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare_cpu, cpu);
    }
  bench_row (what, bench_median (real), bench_median (bare_ms), "libxlsxwriter loop", bar, goal);
  cells = bare_count_cells (path);
  bare_cells = bare_count_cells (bare);
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×); cells %" G_GINT64_FORMAT ", bare %" G_GINT64_FORMAT "%s",
              bench_median (real_cpu), bench_median (bare_cpu),
              bench_median (real_cpu) / MAX (bench_median (bare_cpu), 1),
              cells, bare_cells, cells == bare_cells ? " (the same)" : " (NOT THE SAME)");
}

/* ---- the rows, in the order of this file ---- */

typedef struct
{
  const char   *name;
  BenchRowFunc  func;
  const char   *file;
  int           line;
  gboolean      alone;
} BenchRow;

static GArray *bench_rows;

void
bench_register (const char   *name,
                BenchRowFunc  func,
                const char   *file,
                int           line,
                gboolean      alone)
{
  BenchRow row = { name, func, file, line, alone };

  if (bench_rows == NULL)
    bench_rows = g_array_new (FALSE, FALSE, sizeof (BenchRow));
  g_array_append_val (bench_rows, row);
}

/* This file's rows first, then each other file's, each in its order. */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const BenchRow *x = a, *y = b;
  int here = !g_str_has_suffix (x->file, "bench-township.c") - !g_str_has_suffix (y->file, "bench-township.c");
  int file = strcmp (x->file, y->file);

  return here != 0 ? here : file != 0 ? file : x->line - y->line;
}

static gboolean
row_wanted (const char *name)
{
  const char *wanted = g_getenv ("CUNWU_BENCH_ROWS");
  g_auto(GStrv) names = NULL;

  if (wanted == NULL || wanted[0] == '\0')
    return TRUE;
  names = g_strsplit (wanted, ",", -1);
  return g_strv_contains ((const char * const *) names, name);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CwDatabase) township = NULL;
  g_autofree char *load = NULL;

  if (argc > 2 && g_str_equal (argv[1], "--measure"))
    return bench_measure_main (argc, argv);

  bench_dir = g_strdup (g_getenv ("CUNWU_BENCH_DIR") != NULL ? g_getenv ("CUNWU_BENCH_DIR")
                                                             : g_getenv ("G_TEST_BUILDDIR"));
  if (bench_dir == NULL)
    bench_dir = g_get_current_dir ();
  g_mkdir_with_parents (bench_dir, 0700);
  if (g_getenv ("CUNWU_BENCH_RUNS") != NULL)
    runs = CLAMP (atoi (g_getenv ("CUNWU_BENCH_RUNS")), 1, 99);

  printf ("Township benchmark in %s: medians of %u runs, real and bare taking turns\n", bench_dir, runs);
  /* Wall-clock figures mean little on a busy machine; the CPU figures
   * beside them hold. */
  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    printf ("  load average %s", load);
  g_array_sort (bench_rows, compare_rows);
  for (guint i = 0; i < bench_rows->len; i++)
    {
      BenchRow *row = &g_array_index (bench_rows, BenchRow, i);

      if (!row_wanted (row->name))
        continue;
      /* The township is built (minutes) only when a row picked needs it. */
      if (township == NULL && !row->alone)
        {
          township = open_or_build ("township.db", TOWNSHIP_HOUSEHOLDS, TOWNSHIP_ENTRIES);
          printf ("  %" G_GINT64_FORMAT " households, %" G_GINT64_FORMAT " persons, %" G_GINT64_FORMAT
                  " point entries\n\n",
                  cw_database_query_int (township, "SELECT count(*) FROM household", 0),
                  cw_database_query_int (township, "SELECT count(*) FROM person", 0),
                  cw_database_query_int (township, "SELECT count(*) FROM point_entry", 0));
          fflush (stdout);
        }
      row->func (row->alone ? NULL : township);
    }
  return 0;
}

/* ---- the rows: one function each, appended at the end ---- */

static void
bench_households_import (CwDatabase *township)
{
  write_inputs (township);
  write_import_bases ();
  (void) bench_import ("households CSV import", "import-empty.db", "roster.csv", "households", NULL, "≤ 5×", "≤ 3×");
}
BENCH_ROW (bench_households_import)

static void
bench_points_import (CwDatabase *township)
{
  double real_ms;

  write_inputs (township);
  write_import_bases ();
  real_ms = bench_import ("point entries, import points --reviewed", "points-base.db", "entries.csv", "points",
                          "--reviewed", "≤ 5×", "≤ 3×");

  bench_plain_sql ("  the same, beside its rows in plain SQL", real_ms, "points-base.db", "entries.csv",
                   "points-floor.sql", "(≤ 5×)", "(≤ 3×)");
}
BENCH_ROW (bench_points_import)

static void
bench_window (CwDatabase *township)
{
  g_autofree char *xvfb_run = g_find_program_in_path ("xvfb-run");
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = g_path_get_dirname (self);
  g_autofree char *program = g_build_filename (dir, "bench-window", NULL);
  g_autofree char *count = g_strdup_printf ("%u", runs);
  const char *argv[] = { xvfb_run, "-a", "-s", "-screen 0 1280x900x24", program,
                         cw_database_get_path (township), count, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_autofree char *backup = NULL;

  if (xvfb_run == NULL)
    {
      bench_note ("the window's rows need xvfb-run, which is not installed");
      return;
    }
  /* The day's first start makes the day's backup once its first page is
   * shown; a launch measured here quits before that copy of the whole
   * township would end. So today's backup is made first, untimed, and
   * every launch is an ordinary one. */
  backup = cw_backup_daily (cw_database_get_path (township), &error);
  g_assert_no_error (error);
  /* Its rows go straight to our standard output. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}
BENCH_ROW (bench_window)
