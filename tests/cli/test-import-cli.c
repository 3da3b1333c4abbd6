/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-cli"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "cw-test-core.h"
#include "cw-test-run.h"

/* The real program in the C locale, as a script runs it; its output goes
 * to a pipe, so it shows no progress. */
#define run(result, ...) cw_test_run_cunwu (result, "C.UTF-8", __VA_ARGS__)

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

typedef struct
{
  CwTestDir  dir;
  char      *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(CwTestRun) r = { 0 };

  fixture->dir = cw_test_dir_new ();
  fixture->db = g_build_filename (fixture->dir, "village.db", NULL);
  run (&r, "--db", fixture->db, "init", "--village", "青山村", NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->db, g_free);
  g_clear_pointer (&fixture->dir, cw_test_dir_free);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *utf8,
            gboolean    gb18030)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  cw_test_write_file (path, utf8, gb18030 ? "GB18030" : NULL);
  return path;
}

/* Read-only, beside the program's own connection. */
static gint64
count_rows (Fixture    *fixture,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

#define HEADER "户号,村民小组,姓名,与户主关系,性别,身份证号,出生日期,民族,联系电话,政治面貌,人员状态,标签,住址\r\n"

/* 11010519491231002X is GB 11643's own example: a woman born 1949-12-31;
 * 110105194912310021 has a wrong check character. */
#define MIXED \
  "青山村户籍台账 2026-11-23\r\n" \
  HEADER \
  "0101,第九组,王芳,户主,女,11010519491231002X,,汉族,,,,,\r\n" \
  "0101,第九组,李强,配偶,男,,,汉族,,,,,\r\n" \
  "0102,第九组,赵六,户主,男,110105194912310021,,,,,,,\r\n" \
  "0102,第九组,赵小六,子,男,,,,,,,,\r\n"

static void
test_report_and_exit_status (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *mixed = write_file (fixture, "mixed.csv", MIXED, TRUE);
  g_autofree char *good = write_file (fixture, "good.csv",
                                      "\357\273\277" HEADER "0201,第一组,钱七,户主,女,,,,,,,,\r\n", FALSE);
  g_auto(CwTestRun) r = { 0 };

  /* A dry run: the same report, nothing written. */
  run (&r, "--db", fixture->db, "import", "households", mixed, "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.out, "GB18030");
  assert_has (r.out, "Dry run");
  assert_has (r.out, "line 5 (户号 0102): ");
  assert_has (r.out, "line 6 (户号 0102): ");
  assert_has (r.out, "第九组");
  g_assert_cmpint (count_rows (fixture, "household"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "village_group"), ==, 0);

  /* Some rows refused: the others go in, exit 1, and it says so. */
  run (&r, "--db", fixture->db, "import", "households", mixed, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.out, "GB18030");
  assert_has (r.out, "header on line 2");
  assert_has (r.out, "line 5 (户号 0102): ");
  assert_has (r.out, "110105194912310021");
  assert_has (r.out, "line 6 (户号 0102): ");
  assert_has (r.out, "Created the village group “第九组”");
  assert_has (r.out, "Imported 1 household with 2 members");
  assert_has (r.out, "Refused 1 household (2 rows)");
  assert_has (r.out, "the other households were imported");
  g_assert_cmpint (count_rows (fixture, "household"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "person"), ==, 2);

  /* Everything in: exit 0. */
  run (&r, "--db", fixture->db, "import", "households", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "UTF-8 (BOM)");
  assert_has (r.out, "Imported 1 household with 1 member");
  g_assert_null (strstr (r.out, "Refused"));
  g_assert_cmpint (count_rows (fixture, "household"), ==, 2);

  /* Again: already in the register, left as it is. */
  run (&r, "--db", fixture->db, "import", "households", good, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.out, "line 2 (户号 0201): ");
  assert_has (r.out, "already");
  g_assert_cmpint (count_rows (fixture, "household"), ==, 2);
}

static void
test_unreadable_files (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *garbage = write_file (fixture, "garbage.csv", "", FALSE);
  g_auto(CwTestRun) r = { 0 };
  guint8 bytes[1024];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) (i * 151 + 7);
  g_assert_true (g_file_set_contents (garbage, (const char *) bytes, sizeof bytes, NULL));

  run (&r, "--db", fixture->db, "import", "households", missing, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.err, "missing.csv");
  g_assert_cmpstr (r.out, ==, "");

  run (&r, "--db", fixture->db, "import", "households", garbage, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.err, "garbage.csv");
  /* One line, for scripts' logs. */
  g_assert_nonnull (strchr (r.err, '\n'));
  g_assert_cmpstr (strchr (r.err, '\n') + 1, ==, "");
  g_assert_cmpint (count_rows (fixture, "household"), ==, 0);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *good = write_file (fixture, "good.csv", HEADER "0201,第一组,钱七,户主,女,,,,,,,,\r\n", FALSE);
  g_auto(CwTestRun) r = { 0 };

  run (&r, "--db", fixture->db, "import", NULL);
  g_assert_cmpint (r.status, ==, 2);
  assert_has (r.err, "households");

  run (&r, "--db", fixture->db, "import", "households", NULL);
  g_assert_cmpint (r.status, ==, 2);

  /* A register the program does not have (grids it has now). */
  run (&r, "--db", fixture->db, "import", "weather", good, NULL);
  g_assert_cmpint (r.status, ==, 2);
  assert_has (r.err, "weather");

  run (&r, "--db", fixture->db, "import", "households", good, "extra", NULL);
  g_assert_cmpint (r.status, ==, 2);
  assert_has (r.err, "extra");

  run (&r, "--db", fixture->db, "import", "households", good, "--no-such-option", NULL);
  g_assert_cmpint (r.status, ==, 2);

  g_assert_cmpint (count_rows (fixture, "household"), ==, 0);

  /* An option may stand before what is imported, as scripts have it. */
  run (&r, "--db", fixture->db, "import", "--dry-run", "households", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "Dry run");
  assert_has (r.out, "Would import 1 household with 1 member");
  g_assert_cmpint (count_rows (fixture, "household"), ==, 0);

  /* Each target has its own options. */
  run (&r, "--db", fixture->db, "import", "households", good, "--reviewed", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run (&r, "--db", fixture->db, "import", "points", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "--reviewed");

  /* What can be imported. */
  run (&r, "--db", fixture->db, "import", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "import households FILE.csv");
  assert_has (r.out, "import rules FILE.csv");
  assert_has (r.out, "import points FILE.csv");
  assert_has (r.out, "import case-followups FILE.csv");
  assert_has (r.out, "import case-extensions FILE.csv");

  /* The command is in the help. */
  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "import households|rules|points|");
  assert_has (r.out, "|cases|case-followups|case-extensions|benefit-flags FILE.csv");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import-cli/report-and-exit-status", Fixture, NULL,
              fixture_set_up, test_report_and_exit_status, fixture_tear_down);
  g_test_add ("/import-cli/unreadable-files", Fixture, NULL,
              fixture_set_up, test_unreadable_files, fixture_tear_down);
  g_test_add ("/import-cli/usage-errors", Fixture, NULL,
              fixture_set_up, test_usage_errors, fixture_tear_down);

  return g_test_run ();
}
