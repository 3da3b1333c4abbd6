/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-lib"

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cw-test-core-private.h"
#include "cw-test-core.h"

/* The shared fixtures keep their promise: a passing test program leaves
 * nothing in $TMPDIR, a failing one keeps its files and says where. Both
 * are checked on a child process, this program run with --child. */

static const char *self_path;

/* A test's work in a child: a folder with a nested read-only file, then
 * the end @how says, "pass" or "fail" (an assertion that aborts). The
 * program's folder goes to standard output first. */
static int
run_child (const char *how)
{
  g_auto(CwTestDir) dir = NULL;
  g_autofree char *nested = NULL;
  g_autofree char *file = NULL;

  g_set_prgname ("test-lib-child");
  printf ("%s\n", cw_test_get_root ());
  fflush (stdout);

  dir = cw_test_dir_new ();
  nested = g_build_filename (dir, "a", "b", NULL);
  g_assert_cmpint (g_mkdir_with_parents (nested, 0700), ==, 0);
  file = g_build_filename (nested, "只读.txt", NULL);
  cw_test_write_file (file, "户籍台账", NULL);
  g_assert_cmpint (g_chmod (file, 0444), ==, 0);

  if (g_str_equal (how, "fail"))
    g_assert_cmpstr (how, ==, "pass");

  return 0;
}

static char *
run_self (const char *how,
          char      **err,
          int        *wait_status)
{
  const char *argv[] = { self_path, "--child", how, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("child %s:\n%s\n%s", how, out, *err);

  /* The first line; a failed assertion writes more. */
  return g_strndup (out, strcspn (out, "\n"));
}

static void
test_pass_leaves_nothing (void)
{
  g_autofree char *err = NULL;
  g_autofree char *root = NULL;
  int status;

  root = run_self ("pass", &err, &status);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (g_str_has_prefix (root, g_get_tmp_dir ()));
  g_assert_nonnull (strstr (root, "cunwu-test-lib-child-"));
  g_assert_false (g_file_test (root, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (err, ==, "");
}

static void
test_failure_keeps_files (void)
{
  g_autofree char *err = NULL;
  g_autofree char *root = NULL;
  g_autofree char *said = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *test_dir = NULL;
  g_autofree char *file = NULL;
  const char *name;
  int status;

  root = run_self ("fail", &err, &status);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGABRT);

  said = g_strdup_printf ("test-lib-child: the failing test's files are kept in %s\n", root);
  g_assert_true (g_str_has_suffix (err, said));

  /* The failing test's own folder, named "main-XXXXXX" outside a test
   * case, with what the test wrote. */
  dir = g_dir_open (root, 0, NULL);
  g_assert_nonnull (dir);
  name = g_dir_read_name (dir);
  g_assert_nonnull (name);
  g_assert_true (g_str_has_prefix (name, "main-"));
  g_assert_null (g_dir_read_name (dir));
  test_dir = g_build_filename (root, name, NULL);
  file = g_build_filename (test_dir, "a", "b", "只读.txt", NULL);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));

  g_assert_true (cw_test_remove_tree (root));
  g_assert_false (g_file_test (root, G_FILE_TEST_EXISTS));
}

static void
test_dir_named_after_test (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *base = g_path_get_basename (dir);

  g_assert_cmpstr (parent, ==, cw_test_get_root ());
  g_assert_true (g_str_has_prefix (base, "lib-dir-name-"));
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
}

int
main (int    argc,
      char **argv)
{
  self_path = argv[0];
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lib/pass-leaves-nothing", test_pass_leaves_nothing);
  g_test_add_func ("/lib/failure-keeps-files", test_failure_keeps_files);
  g_test_add_func ("/lib/dir-name", test_dir_named_after_test);

  return g_test_run ();
}
