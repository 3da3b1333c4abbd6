/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-roles-cli"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cw-test-core.h"
#include "cw-test-run.h"

/* A demo village with its roles, in a folder of the test's own. */
typedef struct
{
  CwTestDir  dir;
  char      *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CwDatabase) db = NULL;

  f->dir = cw_test_dir_new ();
  db = cw_test_database_new (f->dir, TRUE);
  f->db = g_strdup (cw_database_get_path (db));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "list", "--on", "2026-11-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Party branch secretary\t"));
  g_assert_nonnull (strstr (run.out, "Supervisory committee chair\t"));
  g_assert_cmpstr (run.err, ==, "");

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "role", "list", "--on", "2026-11-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "党支部书记\t"));
  g_assert_nonnull (strstr (run.out, "村务监督委员会主任\t"));

  /* Before the 2021 election nobody held office; the committee is short. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "list", "--on", "2020-01-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "No one holds an office on that day."));
  g_assert_nonnull (strstr (run.err, "The supervisory committee has 0 members"));
}

static void
test_set_and_end (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "set", "--outsider", "驻村第一书记",
                     "--role", "mediator", "--from", "2026/3/1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "驻村第一书记 is Mediation committee member from 2026-03-01.\n");

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "role", "set", "--outsider", "驻村第一书记",
                     "--role", "调解委员", "--to", "2026-10-31", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2026-10-31"));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "list", "--all", NULL);
  g_assert_nonnull (strstr (run.out, "驻村第一书记 (not in the register)\t2026-03-01\t2026-10-31\n"));

  /* A second secretary is refused, and nothing changes. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "set", "--outsider", "新书记",
                     "--role", "书记", "--from", "2026-01-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "one at a time"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "list", "--all", NULL);
  g_assert_null (strstr (run.out, "新书记"));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "set", "--outsider", "某人", "--role", "会计", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "There is no office “会计”"));

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "role", "set", "--role", "书记", NULL);
  g_assert_cmpint (run.status, ==, 2);

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "set", "--person", "没有这人", "--role", "村民代表", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "No one in the register is “没有这人”."));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "role", "list", "--on", "2026-02-30", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD ("/roles-cli/list", test_list);
  ADD ("/roles-cli/set-and-end", test_set_and_end);
  ADD ("/roles-cli/usage", test_usage);

  return g_test_run ();
}
