/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-check"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-health.h"

#include "reliability-util.h"

/* `cunwu check` is a real check that changes nothing: schema, audit
 * triggers, references, integrity, identity and version, read-only, the file
 * byte for byte the same afterwards (and its time too), no file beside it. */

typedef struct
{
  GBytes *bytes;
  gint64  mtime;
} Snapshot;

static Snapshot
snapshot (const char *path)
{
  Snapshot shot = { rel_read (path), 0 };
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  shot.mtime = (gint64) buf.st_mtim.tv_sec * G_USEC_PER_SEC + buf.st_mtim.tv_nsec / 1000;
  return shot;
}

/* `cunwu check` on @path in @lang: the exit status it must give, and the
 * file byte for byte and to the microsecond as it was, nothing beside it. */
static void
check (RelResult  *r,
       const char *path,
       const char *lang,
       int         status)
{
  Snapshot before = snapshot (path);
  Snapshot after;

  rel_run (r, lang, "--db", path, "check", NULL);
  g_assert_cmpint (r->status, ==, status);

  after = snapshot (path);
  g_assert_true (g_bytes_equal (before.bytes, after.bytes));
  g_assert_cmpint (before.mtime, ==, after.mtime);
  g_assert_false (rel_side_files (path));
  g_bytes_unref (before.bytes);
  g_bytes_unref (after.bytes);
}

/* Raw SQL as another program would run it; the audit triggers get stand-ins
 * for the program's functions. */
static void
operator_stub (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_text (context, "test", -1, SQLITE_STATIC);
}

static void
change_stub (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_int64 (context, 1);
}

static void
raw (const char *path,
     const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_create_function (db, "cw_operator", 0, SQLITE_UTF8, NULL, operator_stub, NULL, NULL);
  sqlite3_create_function (db, "cw_change_id", 0, SQLITE_UTF8, NULL, change_stub, NULL, NULL);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_healthy_unchanged (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_auto(RelResult) r = { 0 };

  check (&r, path, "C.UTF-8", 0);
  g_assert_nonnull (strstr (r.out, "read-only"));
  g_assert_nonnull (strstr (r.out, "Audit log triggers"));
  g_assert_nonnull (strstr (r.out, "is healthy"));

  check (&r, path, "zh_CN.UTF-8", 0);
  g_assert_nonnull (strstr (r.out, "审计"));
}

/* A backup is a self-contained file in rollback-journal mode; checking it
 * must not turn it back to WAL. */
static void
test_backup_copy_stays (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GBytes) header = NULL;
  g_auto(RelResult) r = { 0 };

  rel_run (&r, "C.UTF-8", "--db", path, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 0);

  /* Byte 18: 1 is a rollback journal, 2 is WAL. */
  header = rel_read (copy);
  g_assert_cmpint (((const guchar *) g_bytes_get_data (header, NULL))[18], ==, 1);
  check (&r, copy, "C.UTF-8", 0);
}

static void
test_schema_and_audit (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_auto(RelResult) r = { 0 };

  raw (path, "DROP TABLE shop_stock_in; DROP TRIGGER audit_household_update; DROP INDEX person_one_head;");

  check (&r, path, "C.UTF-8", 1);
  g_assert_nonnull (strstr (r.out, "shop_stock_in"));
  g_assert_nonnull (strstr (r.out, "audit_household_update"));
  g_assert_nonnull (strstr (r.out, "person_one_head"));
  /* One problem for the missing table, not one more per trigger on it. */
  g_assert_null (strstr (r.out, "audit_shop_stock_in"));
  g_assert_nonnull (strstr (r.err, "damaged"));

  check (&r, path, "zh_CN.UTF-8", 1);
  g_assert_nonnull (strstr (r.err, "损坏"));
}

static void
test_references (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_auto(RelResult) r = { 0 };

  raw (path, "PRAGMA foreign_keys=OFF; UPDATE household SET group_id = 999 WHERE id = (SELECT min(id) FROM household);");

  check (&r, path, "C.UTF-8", 1);
  g_assert_nonnull (strstr (r.out, "table household points at a missing village_group"));
}

static void
test_damaged_page (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_auto(RelResult) r = { 0 };

  rel_damage_table (path, "person");

  check (&r, path, "C.UTF-8", 1);
  g_assert_nonnull (strstr (r.out, "Integrity of the file:"));

  rel_damage_table (path, "sqlite_schema");
  check (&r, path, "C.UTF-8", 1);
  g_assert_nonnull (strstr (r.out, "schema"));
}

/* An older file is reported as it is, never upgraded by check; opening it
 * for work still upgrades it. */
static void
test_old_version_not_migrated (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_auto(RelResult) r = { 0 };
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_true (cw_database_build_schema (handle, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA journal_mode=WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);

  check (&r, path, "C.UTF-8", 0);
  g_assert_nonnull (strstr (r.out, "version 2"));
  g_assert_nonnull (strstr (r.out, "database version 2"));

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_get_schema_version (db), ==, cw_database_latest_schema_version ());
  g_clear_object (&db);
  rel_remove_tree (dir);
}

/* The window has the file open: check reads beside it and leaves its WAL. */
static void
test_while_open (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *wal = g_build_filename (dir, "village.db-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwHealth) health = NULL;
  g_auto(RelResult) r = { 0 };

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_set_setting (db, "while-open", "yes", &error));

  rel_run (&r, "C.UTF-8", "--db", path, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  health = cw_health_check_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_health_is_healthy (health));
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
  g_clear_object (&db);
}

int
main (int    argc,
      char **argv)
{
  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/check/healthy-unchanged", test_healthy_unchanged);
  g_test_add_func ("/reliability/check/backup-copy-stays", test_backup_copy_stays);
  g_test_add_func ("/reliability/check/schema-and-audit", test_schema_and_audit);
  g_test_add_func ("/reliability/check/references", test_references);
  g_test_add_func ("/reliability/check/damaged-page", test_damaged_page);
  g_test_add_func ("/reliability/check/old-version-not-migrated", test_old_version_not_migrated);
  g_test_add_func ("/reliability/check/while-open", test_while_open);

  return g_test_run ();
}
