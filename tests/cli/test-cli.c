/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <sqlite3.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs the real program with a locale, as a clerk's script would. */
static void
run_in (Result      *result,
        const char  *lang,
        const char  *first,
        ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("CUNWU_BINARY"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANG", lang, TRUE);
  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", g_str_has_prefix (lang, "zh") ? "zh_CN" : "", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

#define run(result, ...) run_in (result, "C.UTF-8", __VA_ARGS__)

static char *
temp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cunwu-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static GBytes *
contents (const char *path)
{
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

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
  g_auto(Result) r = { 0 };
  g_auto(Result) zh = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "cunwu " PACKAGE_VERSION "\n");
  result_clear (&r);

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "init --village NAME"));
  g_assert_nonnull (strstr (r.out, "backup DEST"));
  g_assert_nonnull (strstr (r.out, "--db FILE"));

  /* Translated help under a Chinese locale. */
  run_in (&zh, "zh_CN.UTF-8", "--help", NULL);
  g_assert_cmpint (zh.status, ==, 0);
  g_assert_nonnull (strstr (zh.out, "命令"));
}

static void
test_usage_errors (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "frobnicate"));
  result_clear (&r);

  run (&r, "--db", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  run (&r, "init", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--village"));
  result_clear (&r);

  run (&r, "init", "--no-such-option", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  run (&r, "backup", NULL);
  g_assert_cmpint (r.status, ==, 2);
}

static void
test_init_check_backup (void)
{
  g_autofree char *db = temp_path ("x.db");
  g_autofree char *copy = NULL;
  g_autofree char *dir = g_path_get_dirname (db);
  g_auto(Result) r = { 0 };

  run (&r, "--db", db, "init", "--village", "青山村", "--township", "白沙镇", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));
  result_clear (&r);

  /* --db after the command works too. */
  run (&r, "check", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));
  result_clear (&r);

  /* A second village is refused. */
  run (&r, "--db", db, "init", "--village", "绿水村", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "青山村"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  result_clear (&r);

  run (&r, "--db", db, "demo", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

  copy = g_build_filename (dir, "copy.db", NULL);
  run (&r, "--db", db, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  run (&r, "--db", copy, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "青山村"));
  result_clear (&r);

  /* Never over an existing file. */
  run (&r, "--db", db, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

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
  g_autoptr(GBytes) before = contents (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_auto(Result) r = { 0 };

  run_in (&r, lang, "--db", path, "check", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, base));
  g_assert_nonnull (strstr (r.err, expected_words));
  g_assert_cmpuint (count_lines (r.err), ==, 1);

  after = contents (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_check_refuses (void)
{
  g_autofree char *passwd = temp_path ("passwd");
  g_autofree char *empty = temp_path ("empty.db");
  g_autofree char *newer = temp_path ("newer.db");
  g_autofree char *missing = temp_path ("missing.db");
  g_autoptr(GBytes) etc = contents ("/etc/passwd");
  g_auto(Result) r = { 0 };
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
  result_clear (&r);

  /* check never creates a database. */
  run (&r, "--db", missing, "check", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_demo (void)
{
  g_autofree char *db = temp_path ("demo.db");
  g_auto(Result) r = { 0 };

  run (&r, "demo", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
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
