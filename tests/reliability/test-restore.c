/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-restore"

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-restore.h"
#include "core/village/cw-village-group.h"

#include "reliability-util.h"

/* `cunwu restore BACKUP` and cw_restore(): the backup is checked, the
 * current file is kept beside it (WAL and all), the backup is put in place
 * whole, and a record in use is left alone. */

static const char *self_path;

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
add_group (const char *path,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autoptr(CwVillageGroup) group = NULL;

  g_assert_no_error (error);
  group = cw_village_group_add (db, name, &error);
  g_assert_no_error (error);
}

/* The one file beside @path whose name says it was kept by a restore. */
static char *
find_kept (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  char *found = NULL;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, "-before-restore-") != NULL && g_str_has_suffix (name, ".db"))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }
  return found;
}

/* A program that wrote and died: its commits are in the WAL only. */
static int
run_crashing_writer (const char *path)
{
  g_autoptr(GError) error = NULL;
  CwDatabase *db = cw_database_open (path, &error);
  g_autoptr(CwVillageGroup) group = NULL;

  g_assert_no_error (error);
  cw_database_exec (db, "PRAGMA wal_autocheckpoint=0", NULL);
  group = cw_village_group_add (db, "只在日志里的组", &error);
  g_assert_no_error (error);
  _exit (0);
}

static void
test_restore_keeps_current (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *restoring = g_strconcat (path, ".restoring", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  const char *argv[] = { self_path, "--crashing-writer", path, NULL };
  int status;

  backup = cw_backup_rotate (path, &error);
  g_assert_no_error (error);
  add_group (path, "备份之后的组");

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (cw_restore (path, backup, &kept, &error));
  g_assert_no_error (error);

  /* The restored record is the backup, whole, and nothing beside it. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM village_group WHERE name IN ('备份之后的组', '只在日志里的组')"), ==, 0);
  g_assert_false (rel_side_files (path));
  /* The previous one is kept with all its commits, those of the WAL too. */
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, dir));
  g_assert_cmpint (count (kept, "SELECT count(*) FROM village_group WHERE name IN ('备份之后的组', '只在日志里的组')"), ==, 2);
  g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));

  /* The restored file opens for work. */
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_check (db, &error));
  g_clear_object (&db);
}

static void
assert_refused (const char *path,
                const char *backup,
                CwError     code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GBytes) before = rel_read (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *found = NULL;

  g_assert_false (cw_restore (path, backup, &kept, &error));
  g_assert_error (error, CW_ERROR, (int) code);
  g_assert_null (kept);
  found = find_kept (dir);
  g_assert_null (found);
  after = rel_read (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_refusals (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *text = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *damaged = NULL;
  g_autofree char *good = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  sqlite3 *raw = NULL;

  good = cw_backup_rotate (path, &error);
  g_assert_no_error (error);

  /* A damaged backup. */
  damaged = g_build_filename (dir, "damaged.db", NULL);
  {
    g_autoptr(GBytes) bytes = rel_read (good);
    g_assert_true (g_file_set_contents (damaged, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  }
  rel_damage_table (damaged, "household");
  assert_refused (path, damaged, CW_ERROR_CORRUPT);

  /* Not a database, another program's, a newer version's, the record itself. */
  g_assert_true (g_file_set_contents (text, "户号,姓名\n001,张三\n", -1, NULL));
  assert_refused (path, text, CW_ERROR_NOT_SQLITE);
  g_assert_cmpint (sqlite3_open (other, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_refused (path, other, CW_ERROR_FOREIGN);
  {
    g_autoptr(GBytes) bytes = rel_read (good);
    g_assert_true (g_file_set_contents (newer, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  }
  g_assert_cmpint (sqlite3_open (newer, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version=9999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  assert_refused (path, newer, CW_ERROR_TOO_NEW);
  assert_refused (path, path, CW_ERROR_INVALID);

  /* In use, here by a connection of this very process (the window's). */
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  assert_refused (path, good, CW_ERROR_BUSY);
  g_clear_object (&db);

  /* Let go, it works. */
  g_assert_true (cw_restore (path, good, NULL, &error));
  g_assert_no_error (error);
}

/* Written over by something else entirely: restore still brings the
 * record back, and keeps what was there. */
static void
test_restore_over_garbage (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) kept_bytes = NULL;
  g_autoptr(CwDatabase) db = NULL;

  backup = cw_backup_rotate (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "户籍台账,不是数据库\n", -1, NULL));

  g_assert_true (cw_restore (path, backup, &kept, &error));
  g_assert_no_error (error);
  kept_bytes = rel_read (kept);
  g_assert_cmpmem (g_bytes_get_data (kept_bytes, NULL), g_bytes_get_size (kept_bytes),
                   "户籍台账,不是数据库\n", strlen ("户籍台账,不是数据库\n"));
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
}

static void
test_cli (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(RelResult) r = { 0 };

  backup = cw_backup_rotate (path, &error);
  g_assert_no_error (error);
  add_group (path, "备份之后的组");

  /* A script must say --yes: nothing on a terminal to ask. */
  rel_run (&r, "C.UTF-8", "--db", path, "restore", backup, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--yes"));
  g_assert_cmpint (count (path, "SELECT count(*) FROM village_group WHERE name = '备份之后的组'"), ==, 1);

  rel_run (&r, "C.UTF-8", "--db", path, "restore", backup, "--yes", NULL);
  g_assert_cmpint (r.status, ==, 0);
  kept = find_kept (dir);
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (r.out, kept));
  g_assert_cmpint (count (path, "SELECT count(*) FROM village_group WHERE name = '备份之后的组'"), ==, 0);
  g_assert_cmpint (count (kept, "SELECT count(*) FROM village_group WHERE name = '备份之后的组'"), ==, 1);

  /* Refusals in the clerk's language. */
  rel_run (&r, "zh_CN.UTF-8", "--db", path, "restore", "/no/such/backup.db", "--yes", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "备份"));
}

int
main (int    argc,
      char **argv)
{
  self_path = argv[0];
  if (argc == 3 && g_str_equal (argv[1], "--crashing-writer"))
    return run_crashing_writer (argv[2]);

  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/restore/keeps-current", test_restore_keeps_current);
  g_test_add_func ("/reliability/restore/refusals", test_refusals);
  g_test_add_func ("/reliability/restore/over-garbage", test_restore_over_garbage);
  g_test_add_func ("/reliability/restore/cli", test_cli);

  return g_test_run ();
}
