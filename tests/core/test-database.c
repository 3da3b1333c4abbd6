/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

static const char *self_path;

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Raw SQL on a file with the plain SQLite API, bypassing our checks. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_create (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "nested", "folder", "v.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autofree char *journal = NULL;
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (cw_database_get_schema_version (db), ==, cw_database_latest_schema_version ());
  g_assert_cmpint (cw_database_get_schema_version (db), >=, 1);
  g_assert_cmpint (cw_database_query_int (db, "PRAGMA application_id", 0), ==, CW_DATABASE_APPLICATION_ID);
  g_assert_cmpint (cw_database_query_int (db, "PRAGMA foreign_keys", 0), ==, 1);
  /* synchronous: 2 = FULL */
  g_assert_cmpint (cw_database_query_int (db, "PRAGMA synchronous", 0), ==, 2);

  g_assert_cmpint (sqlite3_prepare_v2 (cw_database_get_handle (db), "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  journal = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpstr (journal, ==, "wal");

  g_assert_false (cw_village_exists (db));
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);

  /* Reopening an existing database of ours works and changes nothing. */
  g_clear_object (&db);
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
}

/* A refused file must be byte-for-byte what it was, and no WAL or journal
 * files may appear beside it. */
static void
assert_refused_untouched (const char *path,
                          CwError     expected)
{
  g_autoptr(GBytes) before = cw_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *basename = g_path_get_basename (path);

  db = cw_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, CW_ERROR, (gint) expected);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, basename));

  after = cw_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_not_sqlite (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "passwd", NULL);
  g_autoptr(GBytes) passwd = cw_test_read_file ("/etc/passwd");

  write_file (path, g_bytes_get_data (passwd, NULL), (gssize) g_bytes_get_size (passwd));
  assert_refused_untouched (path, CW_ERROR_NOT_SQLITE);

  /* Shorter than the SQLite header. */
  write_file (path, "SQLite", -1);
  assert_refused_untouched (path, CW_ERROR_NOT_SQLITE);
}

static void
test_refuse_empty (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);

  write_file (path, "", 0);
  assert_refused_untouched (path, CW_ERROR_EMPTY_FILE);
}

static void
test_refuse_foreign (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);

  raw_exec (path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused_untouched (path, CW_ERROR_FOREIGN);

  /* Another program that also uses user_version. */
  raw_exec (path, "PRAGMA user_version = 3; PRAGMA application_id = 1234;");
  assert_refused_untouched (path, CW_ERROR_FOREIGN);
}

static void
test_refuse_newer (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (db);

  raw_exec (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 9999;");
  assert_refused_untouched (path, CW_ERROR_TOO_NEW);
}

static void
test_refuse_read_only (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "ro.db", NULL);
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (db);

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused_untouched (path, CW_ERROR_READ_ONLY);
  g_chmod (path, 0644);
}

static void
test_audit (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "audit.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");
  g_autoptr(CwVillageGroup) group = NULL;
  sqlite3_stmt *stmt;

  g_assert_no_error (error);
  cw_database_set_operator (db, "李会计");

  g_assert_true (cw_village_create (db, village, &error));
  g_assert_no_error (error);
  group = cw_village_group_add (db, "第一组", &error);
  g_assert_no_error (error);
  g_assert_true (cw_village_group_rename (db, cw_village_group_get_id (group), "第一村民小组", &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_prepare_v2 (cw_database_get_handle (db),
                                       "SELECT operator, action, json_extract(before, '$.name'), "
                                       "json_extract(after, '$.name'), row_id "
                                       "FROM audit_log WHERE table_name = 'village_group' ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "李会计");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "insert");
  g_assert_null (sqlite3_column_text (stmt, 2));
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "第一组");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 4), ==, cw_village_group_get_id (group));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "update");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "第一组");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "第一村民小组");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village'", 0), ==, 1);

  /* An update keeps only what it changed, before and after: the rest of
   * the row is in the insert's image. Values keep their JSON types. */
  g_assert_cmpint (sqlite3_prepare_v2 (cw_database_get_handle (db),
                                       "SELECT before, after FROM audit_log "
                                       "WHERE table_name = 'village_group' AND action = 'update'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "{\"name\":\"第一组\"}");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "{\"name\":\"第一村民小组\"}");
  sqlite3_finalize (stmt);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db, "UPDATE village SET township = '', name = name", &error));
  g_assert_true (cw_database_commit (db, &error));
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village' "
                                          "AND action = 'update' AND before = '{\"township\":\"白沙镇\"}' "
                                          "AND after = '{\"township\":\"\"}'", 0), ==, 1);
  g_assert_true (cw_audit_undo (db, cw_database_get_last_change (db), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM village "
                                          "WHERE name = '青山村' AND township = '白沙镇' AND county = '临江县'", 0), ==, 1);
  /* An update that changed nothing is a row with nothing in it, and
   * undoing it puts nothing back. */
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db, "UPDATE village SET name = name", &error));
  g_assert_true (cw_database_commit (db, &error));
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village' "
                                          "AND before = '{}' AND after = '{}'", 0), ==, 1);
  g_assert_true (cw_audit_undo (db, cw_database_get_last_change (db), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM village WHERE name = '青山村'", 0), ==, 1);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village'", 0), ==, 4);

  /* The audit row is in the same transaction as the change: a rolled-back
   * change leaves no audit row either. */
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db, "UPDATE village SET name = '别的村'", &error));
  cw_database_rollback (db);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village'", 0), ==, 4);

  /* The log only grows. */
  g_assert_false (cw_database_exec (db, "DELETE FROM audit_log", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cw_database_exec (db, "UPDATE audit_log SET operator = 'x'", &error));
  g_clear_error (&error);

  /* A connection without our operator function (the sqlite3 shell) cannot
   * change an audited table behind the program's back. */
  {
    sqlite3 *raw = NULL;
    g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "UPDATE village SET name = 'x'", NULL, NULL, NULL), !=, SQLITE_OK);
    sqlite3_close (raw);
  }
}

static void
test_undo (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "undo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(CwVillageGroup) found = NULL;
  gint64 add_change, rename_change;

  g_assert_no_error (error);
  group = cw_village_group_add (db, "一组", &error);
  g_assert_no_error (error);
  add_change = cw_database_get_last_change (db);
  g_assert_cmpint (add_change, !=, 0);
  g_assert_true (cw_village_group_rename (db, cw_village_group_get_id (group), "第一组", &error));
  rename_change = cw_database_get_last_change (db);
  g_assert_cmpint (rename_change, !=, add_change);

  /* The add cannot be undone while a later change sits on the same row. */
  g_assert_false (cw_audit_undo (db, add_change, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (cw_audit_undo (db, rename_change, &error));
  g_assert_no_error (error);
  found = cw_village_group_find (db, "一组", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);

  /* The undo is itself a change in the log, and can be undone in turn. */
  g_assert_true (cw_audit_undo (db, cw_database_get_last_change (db), &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = cw_village_group_find (db, "第一组", &error);
  g_assert_no_error (error);

  g_assert_cmpint (cw_database_query_int (db, "SELECT count(DISTINCT change_id) FROM audit_log WHERE table_name = 'village_group'", 0), ==, 4);
}

static void
test_nested_transactions (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "nest.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_set_setting (db, "a", "1", &error));
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_set_setting (db, "b", "2", &error));
  cw_database_rollback (db);
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_false (cw_database_in_transaction (db));

  {
    g_autofree char *a = cw_database_get_setting (db, "a");
    g_autofree char *b = cw_database_get_setting (db, "b");
    g_assert_cmpstr (a, ==, "1");
    g_assert_null (b);
  }
}

/* Writer for the kill test: commits rows one by one and reports each
 * commit on stdout only after COMMIT returned. */
static int
run_writer (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);

  if (db == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  for (guint i = 1; ; i++)
    {
      g_autofree char *key = g_strdup_printf ("row-%06u", i);
      g_autofree char *value = g_strnfill (200, 'x');

      if (!cw_database_begin (db, &error) ||
          !cw_database_set_setting (db, key, value, &error) ||
          !cw_database_set_setting (db, "last", key, &error) ||
          !cw_database_commit (db, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("%u\n", i);
      fflush (stdout);
    }
  return 0;
}

static void
test_sigkill_keeps_commits (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "kill.db", NULL);
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 3; round++)
    {
      const char *argv[] = { self_path, "--writer", path, NULL };
      GPid pid;
      int out_fd;
      g_autoptr(GString) output = g_string_new (NULL);
      g_autoptr(CwDatabase) db = NULL;
      char buffer[4096];
      guint last_reported = 0;
      gint64 rows;
      int status;
      ssize_t n;
      g_auto(GStrv) lines = NULL;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* The first round makes the file, all its migrations; the clock
       * starts at the first commit, so that the kill is mid-stream however
       * long that takes on a busy machine. */
      while (strchr (output->str, '\n') == NULL && (n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);

      /* Let it write for a while, then kill it mid-stream. */
      g_usleep (300000 + round * 200000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);
      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0')
          last_reported = (guint) atoi (lines[i]);
      g_assert_cmpuint (last_reported, >, 0);

      db = cw_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (cw_database_check (db, &error));
      g_assert_no_error (error);

      /* Every reported commit is there; at most the one in flight extra. */
      rows = cw_database_query_int (db, "SELECT count(*) FROM setting WHERE key LIKE 'row-%'", -1);
      g_assert_cmpint (rows, >=, (gint64) last_reported);
      g_test_message ("round %u: %u commits reported, %" G_GINT64_FORMAT " rows present",
                      round, last_reported, rows);
    }
}

/* A backup taken while another process writes is a consistent database. */
static void
test_backup_while_writing (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "live.db", NULL);
  g_autofree char *dest = g_build_filename (dir, "copy.db", NULL);
  const char *argv[] = { self_path, "--writer", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwDatabase) copy = NULL;
  g_autofree char *made = NULL;
  g_autofree char *last = NULL;
  g_autofree char *key = NULL;
  GPid pid;
  int status;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (300000);

  made = cw_backup_copy (path, dest, &error);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  g_assert_no_error (error);
  g_assert_cmpstr (made, ==, dest);

  copy = cw_database_open (dest, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_check (copy, &error));
  g_assert_no_error (error);

  /* Consistent: "last" names the newest row, and that row is there. */
  last = cw_database_get_setting (copy, "last");
  g_assert_nonnull (last);
  key = g_strdup_printf ("SELECT count(*) FROM setting WHERE key = '%s'", last);
  g_assert_cmpint (cw_database_query_int (copy, key, 0), ==, 1);
  g_assert_cmpint (cw_database_query_int (copy, "SELECT count(*) FROM setting WHERE key LIKE 'row-%'", 0),
                   ==, atoi (last + 4));

  /* Never overwrites. */
  g_assert_null (cw_backup_copy (path, dest, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
}

static void
test_backup_rotation (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "rot.db", NULL);
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  folder = cw_backup_folder (path);
  g_assert_true (g_str_has_suffix (folder, "rot-backups"));

  first = cw_backup_daily (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  /* Once a day only. */
  again = cw_backup_daily (path, &error);
  g_assert_no_error (error);
  g_assert_null (again);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *made = cw_backup_rotate (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (made);
    }
  list = cw_backup_list (path);
  g_assert_cmpuint (list->len, ==, CW_BACKUP_KEEP);
  /* The oldest went first. */
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (g_ptr_array_index (list, i), !=, first);
  for (guint i = 1; i < list->len; i++)
    g_assert_cmpint (strcmp (g_ptr_array_index (list, i - 1), g_ptr_array_index (list, i)), >, 0);
}

int
main (int    argc,
      char **argv)
{
  self_path = argv[0];
  if (argc == 3 && g_strcmp0 (argv[1], "--writer") == 0)
    return run_writer (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/create", test_create);
  g_test_add_func ("/database/refuse/not-sqlite", test_refuse_not_sqlite);
  g_test_add_func ("/database/refuse/empty", test_refuse_empty);
  g_test_add_func ("/database/refuse/foreign", test_refuse_foreign);
  g_test_add_func ("/database/refuse/newer", test_refuse_newer);
  g_test_add_func ("/database/refuse/read-only", test_refuse_read_only);
  g_test_add_func ("/database/audit", test_audit);
  g_test_add_func ("/database/undo", test_undo);
  g_test_add_func ("/database/nested-transactions", test_nested_transactions);
  g_test_add_func ("/database/sigkill-keeps-commits", test_sigkill_keeps_commits);
  g_test_add_func ("/database/backup/while-writing", test_backup_while_writing);
  g_test_add_func ("/database/backup/rotation", test_backup_rotation);

  return g_test_run ();
}
