/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-mediation-import"

/* The case import of issue 12 at township scale: a past ledger of 20 000
 * cases (a quarter each open, settled with two terms, not settled and
 * terminated; two applicants and a respondent each), imported by the
 * program itself (`cunwu import cases`, measured as /usr/bin/time measures
 * it), beside a bare SQLite insert of the same rows into the same tables
 * (cases, parties, terms, their audit rows) in one transaction, with no
 * checks. Each figure is the median of CUNWU_BENCH_RUNS runs (3 unless
 * set), the two taking turns. It prints; it fails only when something does
 * not work. Run it with `meson test -C build --benchmark --verbose
 * mediation-import`; the files are kept in CUNWU_BENCH_DIR. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-common.h"
#include "core/common/cw-database-private.h"
#include "core/village/cw-village.h"

#define LEDGER_CASES 20000

static const char * const types[] = { "婚姻家庭", "邻里", "房屋宅基地", "合同", "损害赔偿", "山林土地", "其他" };
static const char surnames[][4] = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
static const char given[][4] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳" };

/* One case of the ledger, as its CSV row and the bare insert both take it. */
typedef struct
{
  char        intake[11];
  char        closed[11];
  const char *type;
  char        applicants[2][8];
  char        respondent[8];
  char        summary[40];
  const char *outcome;       /* the ledger's word; "" open */
  const char *code;          /* the register's; NULL open */
} LedgerCase;

static void
ledger_case (guint       i,
             LedgerCase *c)
{
  guint year = 2023 + i % 3, month = 1 + (i / 3) % 12, day = 1 + i % 20;

  g_snprintf (c->intake, sizeof c->intake, "%u-%02u-%02u", year, month, day);
  g_snprintf (c->closed, sizeof c->closed, "%u-%02u-%02u", year, month, day + 5);
  c->type = types[i % G_N_ELEMENTS (types)];
  for (guint p = 0; p < 3; p++)
    {
      guint n = i * 3 + p;
      char *name = p < 2 ? c->applicants[p] : c->respondent;

      g_snprintf (name, 8, "%s%s", surnames[n % G_N_ELEMENTS (surnames)], given[(n / 7) % G_N_ELEMENTS (given)]);
    }
  g_snprintf (c->summary, sizeof c->summary, "第%u号纠纷：院墙与排水", i);
  c->outcome = (const char *[]) { "", "调解成功", "调解不成", "终止" }[i % 4];
  c->code = (const char *[]) { NULL, "success", "failure", "terminated" }[i % 4];
}

static char *
write_ledger (const char *dir)
{
  g_autoptr(GString) out = g_string_new ("受理日期,纠纷类型,申请人,被申请人,纠纷简要情况,调解结果,结案日期,协议内容,"
                                         "履行期限,后续处理,备注\n");
  char *path = g_build_filename (dir, "mediation-ledger.csv", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < LEDGER_CASES; i++)
    {
      LedgerCase c;
      const char *closed;

      ledger_case (i, &c);
      closed = c.code != NULL ? c.closed : "";
      g_string_append_printf (out, "%s,%s,%s、%s,%s,%s,%s,%s,%s,%s,%s,%s\n", c.intake, c.type, c.applicants[0],
                              c.applicants[1], c.respondent, c.summary, c.outcome, closed,
                              i % 4 == 1 ? "赔偿损失500元；修复院墙" : "", i % 4 == 1 ? c.closed : "",
                              i % 4 == 2 ? "诉讼" : "", i % 4 == 3 ? "当事人撤回申请" : "");
    }
  g_assert_true (g_file_set_contents (path, out->str, (gssize) out->len, &error));
  g_assert_no_error (error);
  return path;
}

/* The village and nothing else: the import's starting point. */
static char *
write_base (const char *dir)
{
  char *path = g_build_filename (dir, "mediation-import-base.db", NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwDatabase) db = cw_database_open (path, &error);
      g_autoptr(CwVillage) village = cw_village_new ("青山村", NULL, NULL);

      g_assert_no_error (error);
      g_assert_true (cw_village_create (db, village, &error));
      g_assert_no_error (error);
    }
  return path;
}

static void
copy_base (const char *base,
           const char *copy)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_remove (copy);
  g_assert_true (g_file_get_contents (base, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
}

static void
step_done (sqlite3_stmt *stmt)
{
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
}

/* The same cases, parties and terms, inserted bare into a copy of @base;
 * returns the wall milliseconds. */
static double
bare_insert (const char *base,
             const char *run_db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(sqlite3_stmt) add_case = NULL;
  g_autoptr(sqlite3_stmt) add_party = NULL;
  g_autoptr(sqlite3_stmt) add_term = NULL;
  guint seq[3] = { 0 };
  double start;

  copy_base (base, run_db);
  db = cw_database_open (run_db, &error);
  g_assert_no_error (error);
  start = bench_now_ms ();
  g_assert_true (cw_database_begin (db, &error));
  add_case = cw_database_prepare (db, "INSERT INTO mediation_case (year, seq, intake_date, source, type, summary, "
                                  "settle_by, agreement, effective_date, outcome, closed_on, next_step, outcome_note) "
                                  "VALUES (?1, ?2, ?3, 'application', ?4, ?5, date(?3, '+30 days'), ?6, ?7, ?8, ?9, "
                                  "?10, ?11)", &error);
  add_party = cw_database_prepare (db, "INSERT INTO mediation_party (case_id, side, position, name) "
                                   "VALUES (?1, ?2, ?3, ?4)", &error);
  add_term = cw_database_prepare (db, "INSERT INTO mediation_term (case_id, position, content, deadline) "
                                  "VALUES (?1, ?2, ?3, ?4)", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < LEDGER_CASES; i++)
    {
      LedgerCase c;
      gint64 id;
      gboolean settled = i % 4 == 1;
      const char *names[] = { c.applicants[0], c.applicants[1], c.respondent };
      const char *terms[] = { "赔偿损失500元", "修复院墙" };

      ledger_case (i, &c);
      sqlite3_bind_int (add_case, 1, 2023 + (int) (i % 3));
      sqlite3_bind_int (add_case, 2, (int) ++seq[i % 3]);
      sqlite3_bind_text (add_case, 3, c.intake, -1, SQLITE_STATIC);
      sqlite3_bind_text (add_case, 4, c.type, -1, SQLITE_STATIC);
      sqlite3_bind_text (add_case, 5, c.summary, -1, SQLITE_STATIC);
      if (settled)
        sqlite3_bind_text (add_case, 6, "oral", -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (add_case, 6);
      if (settled)
        sqlite3_bind_text (add_case, 7, c.closed, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (add_case, 7);
      if (c.code != NULL)
        {
          sqlite3_bind_text (add_case, 8, c.code, -1, SQLITE_STATIC);
          sqlite3_bind_text (add_case, 9, c.closed, -1, SQLITE_STATIC);
        }
      else
        {
          sqlite3_bind_null (add_case, 8);
          sqlite3_bind_null (add_case, 9);
        }
      sqlite3_bind_text (add_case, 10, i % 4 == 2 ? "lawsuit" : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (add_case, 11, i % 4 == 3 ? "当事人撤回申请" : "", -1, SQLITE_STATIC);
      step_done (add_case);
      id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
      for (guint p = 0; p < G_N_ELEMENTS (names); p++)
        {
          sqlite3_bind_int64 (add_party, 1, id);
          sqlite3_bind_text (add_party, 2, p < 2 ? "applicant" : "respondent", -1, SQLITE_STATIC);
          sqlite3_bind_int (add_party, 3, (int) p);
          sqlite3_bind_text (add_party, 4, names[p], -1, SQLITE_STATIC);
          step_done (add_party);
        }
      for (guint t = 0; settled && t < G_N_ELEMENTS (terms); t++)
        {
          sqlite3_bind_int64 (add_term, 1, id);
          sqlite3_bind_int (add_term, 2, (int) t);
          sqlite3_bind_text (add_term, 3, terms[t], -1, SQLITE_STATIC);
          sqlite3_bind_text (add_term, 4, c.closed, -1, SQLITE_STATIC);
          step_done (add_term);
        }
    }
  g_clear_pointer (&add_case, sqlite3_finalize);
  g_clear_pointer (&add_party, sqlite3_finalize);
  g_clear_pointer (&add_term, sqlite3_finalize);
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
  return bench_now_ms () - start;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *ledger = NULL;
  g_autofree char *base = NULL;
  g_autofree char *run_db = NULL;
  g_autofree char *bare_db = NULL;
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  guint runs = 3;

  if (argc > 2 && g_str_equal (argv[1], "--measure"))
    return bench_measure_main (argc, argv);

  dir = g_strdup (g_getenv ("CUNWU_BENCH_DIR") != NULL ? g_getenv ("CUNWU_BENCH_DIR") : g_get_tmp_dir ());
  g_mkdir_with_parents (dir, 0700);
  if (g_getenv ("CUNWU_BENCH_RUNS") != NULL)
    runs = CLAMP (atoi (g_getenv ("CUNWU_BENCH_RUNS")), 1, 99);
  ledger = write_ledger (dir);
  base = write_base (dir);
  run_db = g_build_filename (dir, "mediation-import-run.db", NULL);
  bare_db = g_build_filename (dir, "mediation-import-bare.db", NULL);

  printf ("Mediation case import (issue 12): %u cases, medians of %u runs\n", LEDGER_CASES, runs);
  for (guint i = 0; i < runs; i++)
    {
      const char *command[] = { g_getenv ("CUNWU_BINARY"), "--db", run_db, "import", "cases", ledger, NULL };
      BenchChild child;
      double ms;

      copy_base (base, run_db);
      g_assert_true (bench_run (command, &child));
      g_array_append_val (wall, child.wall_ms);
      g_array_append_val (cpu, child.cpu_ms);
      {
        g_autoptr(CwDatabase) db = cw_database_open (run_db, NULL);

        g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_case", 0), ==, LEDGER_CASES);
      }
      ms = bare_insert (base, bare_db);
      g_array_append_val (bare, ms);
    }
  bench_row ("cases CSV import (import cases)", bench_median (wall), bench_median (bare), "bare SQLite insert",
             "—", "—");
  bench_note ("CPU %.0f ms (the program, reading and checking the file too)", bench_median (cpu));
  g_remove (run_db);
  g_remove (bare_db);
  return 0;
}
