/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "cw-test-core.h"
#include "cw-test-run.h"

/* The real program in the C locale, as a clerk's script runs it. */
#define run(result, ...) cw_test_run_cunwu (result, "C.UTF-8", __VA_ARGS__)

static guint
count_lines (const char *text)
{
  guint lines = 0;

  for (const char *p = text; *p != '\0'; p++)
    lines += *p == '\n';
  return lines;
}

static void
test_version_and_help (void)
{
  g_auto(CwTestRun) r = { 0 };
  g_auto(CwTestRun) zh = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "cunwu " PACKAGE_VERSION "\n");

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "init --village NAME"));
  g_assert_nonnull (strstr (r.out, "backup DEST"));
  g_assert_nonnull (strstr (r.out, "--db FILE"));
  /* Every target of export, print and import, from their tables. */
  g_assert_nonnull (strstr (r.out, "|cases|"));
  g_assert_nonnull (strstr (r.out, "|agreement|case-file|"));
  g_assert_nonnull (strstr (r.out, "|sign-sheet|"));
  g_assert_nonnull (strstr (r.out, "|party-links|cases|case-followups|case-extensions|benefit-flags FILE.csv"));
  g_assert_nonnull (strstr (r.out, "|contact-cards|grid-board|visit-sheets|"));

  /* Translated help under a Chinese locale. */
  cw_test_run_cunwu (&zh, "zh_CN.UTF-8", "--help", NULL);
  g_assert_cmpint (zh.status, ==, 0);
  g_assert_nonnull (strstr (zh.out, "命令"));
}

static void
test_usage_errors (void)
{
  g_auto(CwTestRun) r = { 0 };

  run (&r, "frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "frobnicate"));

  run (&r, "--db", NULL);
  g_assert_cmpint (r.status, ==, 2);

  run (&r, "init", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--village"));

  run (&r, "init", "--no-such-option", NULL);
  g_assert_cmpint (r.status, ==, 2);

  run (&r, "backup", NULL);
  g_assert_cmpint (r.status, ==, 2);
}

static void
test_init_check_backup (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = g_build_filename (dir, "x.db", NULL);
  g_autofree char *copy = NULL;
  g_auto(CwTestRun) r = { 0 };

  run (&r, "--db", db, "init", "--village", "青山村", "--township", "白沙镇", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));

  /* --db after the command works too. */
  run (&r, "check", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));

  /* A second village is refused. */
  run (&r, "--db", db, "init", "--village", "绿水村", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "青山村"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);

  run (&r, "--db", db, "demo", NULL);
  g_assert_cmpint (r.status, ==, 1);

  copy = g_build_filename (dir, "copy.db", NULL);
  run (&r, "--db", db, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run (&r, "--db", copy, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));

  /* Never over an existing file. */
  run (&r, "--db", db, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 1);

  /* Into a folder: a timestamped file. */
  run (&r, "--db", db, "backup", dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "cunwu-"));
}

static void
assert_check_refuses (const char *path,
                      const char *lang,
                      const char *expected_words)
{
  g_autoptr(GBytes) before = cw_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_auto(CwTestRun) r = { 0 };

  cw_test_run_cunwu (&r, lang, "--db", path, "check", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, base));
  g_assert_nonnull (strstr (r.err, expected_words));
  g_assert_cmpuint (count_lines (r.err), ==, 1);

  after = cw_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_check_refuses (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *passwd = g_build_filename (dir, "passwd", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(GBytes) etc = cw_test_read_file ("/etc/passwd");
  g_auto(CwTestRun) r = { 0 };
  sqlite3 *raw = NULL;

  g_assert_true (g_file_set_contents (passwd, g_bytes_get_data (etc, NULL), (gssize) g_bytes_get_size (etc), NULL));
  assert_check_refuses (passwd, "C.UTF-8", "not a Cunwu database");
  assert_check_refuses (passwd, "zh_CN.UTF-8", "不是村务通数据库");

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_check_refuses (empty, "C.UTF-8", "empty");

  run (&r, "--db", newer, "init", "--village", "青山村", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (sqlite3_open (newer, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode=DELETE; PRAGMA user_version=9999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_check_refuses (newer, "C.UTF-8", "newer version");

  /* check never creates a database. */
  run (&r, "--db", missing, "check", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_demo (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_auto(CwTestRun) r = { 0 };

  run (&r, "demo", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run (&r, "--db", db, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/init-check-backup", test_init_check_backup);
  g_test_add_func ("/cli/check-refuses", test_check_refuses);
  g_test_add_func ("/cli/demo", test_demo);

  return g_test_run ();
}
