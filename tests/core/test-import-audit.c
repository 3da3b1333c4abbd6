/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-audit"

/* An import audits its rows with one statement per table at its end
 * (cw_audit_batch_*()) instead of a trigger per row. Held here against
 * the triggers it stands in for: the same file imported both ways
 * (cw_audit_set_per_row()) leaves the same rows and the same audit rows;
 * Undo of the import gives the register back; another connection writing
 * mid-import waits and is audited by its own triggers; a cancelled import
 * leaves the triggers as they were. */

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household-import.h"
#include "core/points/cw-point-import.h"

#include "scale-test-util.h"

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of @table as text, sorted (a cache table has no rowid):
 * what Undo must give back. */
static char *
table_image (CwDatabase *db,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", table);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (row, "%s\x1f", sqlite3_column_type (stmt, i) == SQLITE_NULL
                                                 ? "\x1e" : (const char *) sqlite3_column_text (stmt, i));
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  g_ptr_array_sort (rows, compare_rows);
  g_ptr_array_add (rows, NULL);
  return g_strjoinv ("\n", (char **) rows->pdata);
}

/* The columns both imports must fill alike: all but the clock's (an
 * entry's recorded_at is to the second, and the two imports may well
 * run in different seconds). */
static char *
compared_columns (CwDatabase *db,
                  const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat(quote(name), ', ') FROM pragma_table_info('%s') "
                                          "WHERE name <> 'recorded_at'", table);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
assert_same_table (CwDatabase *db,
                   const char *table)
{
  g_autofree char *columns = compared_columns (db, table);
  g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count(*) FROM main.%1$s) - (SELECT count(*) FROM other.%1$s) "
                                          "+ (SELECT count(*) FROM (SELECT %2$s FROM main.%1$s EXCEPT "
                                          "SELECT %2$s FROM other.%1$s))", table, columns);

  g_assert_cmpint (cw_database_query_int (db, sql, -1), ==, 0);
}

/* The audit rows of @db's last change and those of @per_row's (attached
 * to @db as "other") are the same: operator, table, row, action and both
 * JSON images, in the same order within each table, and as many. What
 * may differ: the id, because the batch writes one table's rows together
 * where the triggers interleave the tables row by row (a household, its
 * members, the next household); the change number, random and each
 * file's own (each side's rows are all its last change); and the time,
 * of the audit row and of an entry's recording. */
static void
assert_same_change (CwDatabase *db,
                    CwDatabase *per_row)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  const char *rows = "SELECT row_number() OVER (PARTITION BY table_name ORDER BY id), operator, table_name, "
                     "row_id, action, json_remove(before, '$.recorded_at'), json_remove(after, '$.recorded_at') "
                     "FROM %s.audit_log WHERE change_id = ?%d";
  g_autofree char *main_rows = g_strdup_printf (rows, "main", 1);
  g_autofree char *other_rows = g_strdup_printf (rows, "other", 2);
  g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count(*) FROM main.audit_log WHERE change_id = ?1), "
                                          "(SELECT count(*) FROM other.audit_log WHERE change_id = ?2), "
                                          "(SELECT count(*) FROM (%1$s EXCEPT %2$s)), "
                                          "(SELECT count(*) FROM (%2$s EXCEPT %1$s))",
                                          main_rows, other_rows);

  g_assert_cmpint (cw_database_get_last_change (db), !=, 0);
  stmt = cw_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, cw_database_get_last_change (db));
  sqlite3_bind_int64 (stmt, 2, cw_database_get_last_change (per_row));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), >, 0);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, sqlite3_column_int64 (stmt, 1));
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, 0);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, 0);
}

/* Undo of @db's last change gives back @images (of @tables) and leaves
 * the audit triggers as they were. */
static void
assert_undo_restores (CwDatabase         *db,
                      const char * const *tables,
                      GStrv               images)
{
  const char *triggers = "SELECT group_concat(sql, ';') FROM "
                         "(SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)";
  g_autofree char *triggers_before = NULL;
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, triggers, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  triggers_before = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  g_assert_true (cw_audit_undo (db, cw_database_get_last_change (db), &error));
  g_assert_no_error (error);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *image = table_image (db, tables[i]);

      g_assert_cmpstr (image, ==, images[i]);
    }
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, triggers_before);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
}

static GStrv
images_of (CwDatabase         *db,
           const char * const *tables)
{
  g_autoptr(GStrvBuilder) images = g_strv_builder_new ();

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *image = table_image (db, tables[i]);

      g_strv_builder_add (images, image);
    }
  return g_strv_builder_end (images);
}

/* The roster in two files: the first @first_lines data lines, then the
 * rest (which may begin inside a household of the first). */
static void
split_roster (const char *roster,
              guint       first_lines,
              char      **first,
              char      **rest)
{
  g_autoptr(GBytes) text = cw_test_read_file (roster);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (text, NULL), "\n", -1);
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GString) tail = g_string_new (NULL);
  g_autofree char *dir = g_path_get_dirname (roster);

  g_string_append_printf (head, "%s\n", lines[0]);
  g_string_append_printf (tail, "%s\n", lines[0]);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_string_append_printf (i <= first_lines ? head : tail, "%s\n", lines[i]);
  *first = g_build_filename (dir, "first.csv", NULL);
  *rest = g_build_filename (dir, "rest.csv", NULL);
  cw_test_write_file (*first, head->str, NULL);
  cw_test_write_file (*rest, tail->str, NULL);
}

/* The real import, once with the batch and once with the per-row triggers
 * (cw_audit_set_per_row()), into a register that already holds the first
 * part of the roster: the same rows, the same audit rows; Undo gives the
 * register back as it was before. */
static void
test_households_per_row (void)
{
  static const char * const tables[] = { "village_group", "household", "person", NULL };
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_auto(CwTestDir) per_row_dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autoptr(CwDatabase) per_row = scale_village_database (per_row_dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autofree char *first = NULL, *rest = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) per_row_report = NULL;
  g_auto(GStrv) before = NULL;

  split_roster (roster, 40, &first, &rest);
  cw_audit_set_per_row (per_row, TRUE);
  g_clear_object (&report);
  report = scale_import_file (&cw_household_importer, db, first, 0);
  g_clear_object (&report);
  report = scale_import_file (&cw_household_importer, per_row, first, 0);
  before = images_of (db, tables);

  g_clear_object (&report);
  report = scale_import_file (&cw_household_importer, db, rest, 0);
  per_row_report = scale_import_file (&cw_household_importer, per_row, rest, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, cw_import_report_get_imported (per_row_report));
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==,
                    cw_import_report_get_n_problems (per_row_report));

  scale_attach (db, per_row);
  for (guint i = 0; tables[i] != NULL; i++)
    assert_same_table (db, tables[i]);
  assert_same_change (db, per_row);
  scale_exec (db, "DETACH other");

  assert_undo_restores (db, tables, before);
  assert_undo_restores (per_row, tables, before);
}

/* The entries import, batch and per-row, pending (the review's rows of
 * --reviewed are held against a replay in test_points_reviewed); Undo
 * of either gives back the entries and the tally's cache. */
static void
test_points_per_row (void)
{
  static const char * const tables[] = { "point_entry", "cache_point_total", NULL };
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_auto(CwTestDir) per_row_dir = cw_test_dir_new ();
  g_autofree char *entries = NULL, *per_row_entries = NULL;
  g_autoptr(CwDatabase) db = scale_points_database (dir, &entries);
  g_autoptr(CwDatabase) per_row = scale_points_database (per_row_dir, &per_row_entries);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = images_of (db, tables);
  g_auto(GStrv) after = NULL;

  cw_audit_set_per_row (per_row, TRUE);
  report = scale_import_file (&cw_point_entry_importer, db, entries, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  g_clear_object (&report);
  report = scale_import_file (&cw_point_entry_importer, per_row, per_row_entries, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);

  scale_attach (db, per_row);
  for (guint i = 0; tables[i] != NULL; i++)
    assert_same_table (db, tables[i]);
  assert_same_change (db, per_row);
  scale_exec (db, "DETACH other");
  assert_undo_restores (db, tables, before);
  assert_undo_restores (per_row, tables, before);

  /* Reviewed entries are final (a correction is an entry of its own), so
   * an import --reviewed cannot be undone, with the batch as row by row:
   * the Undo is refused whole. */
  g_clear_object (&report);
  report = scale_import_file (&cw_point_entry_importer, db, entries, CW_POINT_IMPORT_REVIEWED);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM point_entry WHERE state = 'reviewed'", -1),
                   ==, cw_import_report_get_imported (report));
  g_strfreev (before);
  before = images_of (db, tables);
  g_assert_false (cw_audit_undo (db, cw_database_get_last_change (db), &error));
  g_assert_nonnull (strstr (error->message, "cannot be changed"));
  after = images_of (db, tables);
  g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
}

#define AUDIT_TRIGGERS \
  "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'"

/* What another connection (another program, or the window beside its
 * import job) writes while an import holds the file: it waits for the
 * import's commit, then its own triggers audit it. It never sees the
 * dropped triggers: the drop is in the import's uncommitted transaction. */
typedef struct
{
  const char *path;   /* opened by the thread that writes: a connection is its opener's */
  GMutex      lock;
  GCond       cond;
  gboolean    waiting;
  gint64      triggers_seen;
  GThread    *thread;
  GCancellable *cancel;
} Beside;

static int
beside_busy (void *data,
             int   n)
{
  Beside *beside = data;

  g_mutex_lock (&beside->lock);
  beside->waiting = TRUE;
  g_cond_signal (&beside->cond);
  g_mutex_unlock (&beside->lock);
  g_usleep (2000);
  return n < 10000;
}

static gpointer
beside_write (gpointer data)
{
  Beside *beside = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (beside->path, &error);

  g_assert_no_error (error);
  beside->triggers_seen = cw_database_query_int (db, AUDIT_TRIGGERS, -1);
  sqlite3_busy_handler (cw_database_get_handle (db), beside_busy, beside);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_no_error (error);
  scale_exec (db, "INSERT INTO setting (key, value) VALUES ('beside', 'written mid-import')");
  scale_exec (db, "INSERT INTO person (household_id, name, relation, status, status_date) "
                    "SELECT min(id), '李四', '其他', 'active', '2026-01-01' FROM household");
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
  return NULL;
}

/* Mid-import (some rows settled, not all): the other connection starts
 * its change and is made to wait; or the import is cancelled. */
static void
beside_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Beside *beside = user_data;
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  if (done == 0 || done == total)
    return;
  if (beside->cancel != NULL)
    {
      g_cancellable_cancel (beside->cancel);
      return;
    }
  if (beside->thread != NULL)
    return;
  beside->thread = g_thread_new ("beside", beside_write, beside);
  g_mutex_lock (&beside->lock);
  while (!beside->waiting)
    if (!g_cond_wait_until (&beside->cond, &beside->lock, end))
      g_error ("The other connection was not made to wait for the import");
  g_mutex_unlock (&beside->lock);
}

static void
test_writer_beside (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Beside beside = { .path = cw_database_get_path (db) };
  gint64 triggers = cw_database_query_int (db, AUDIT_TRIGGERS, -1);
  gint64 households, persons;

  g_mutex_init (&beside.lock);
  g_cond_init (&beside.cond);
  report = cw_importer_import_file (&cw_household_importer, db, roster, 0, beside_progress, &beside, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (beside.thread);
  g_thread_join (beside.thread);
  g_mutex_clear (&beside.lock);
  g_cond_clear (&beside.cond);

  g_assert_cmpint (beside.triggers_seen, ==, triggers);
  households = cw_database_query_int (db, "SELECT count(*) FROM household", -1);
  persons = cw_database_query_int (db, "SELECT count(*) FROM person", -1);
  g_assert_cmpint (households, >, 100);
  /* The import's rows, each once, in its own change; the other's in its. */
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'household'", -1),
                   ==, households);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'person'", -1),
                   ==, persons);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(DISTINCT change_id) FROM audit_log "
                                              "WHERE table_name IN ('household', 'person')", -1), ==, 2);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log a JOIN person p ON p.id = a.row_id "
                                              "WHERE a.table_name = 'person' AND p.name = '李四' AND "
                                              "a.change_id = (SELECT change_id FROM audit_log "
                                              "WHERE table_name = 'setting' AND after LIKE '%beside%')", -1), ==, 1);
  g_assert_cmpint (cw_database_query_int (db, AUDIT_TRIGGERS, -1), ==, triggers);
}

/* An import cancelled midway takes everything back, the dropped triggers
 * too: the next write is audited row by row as before. */
static void
test_cancelled (void)
{
  static const char * const tables[] = { "village_group", "household", "person", NULL };
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = images_of (db, tables);
  g_auto(GStrv) after = NULL;
  Beside beside = { .cancel = cancel };
  gint64 triggers = cw_database_query_int (db, AUDIT_TRIGGERS, -1);

  report = cw_importer_import_file (&cw_household_importer, db, roster, 0, beside_progress, &beside,
                                    cancel, &error);
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_null (report);
  after = images_of (db, tables);
  g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
  g_assert_cmpint (cw_database_query_int (db, AUDIT_TRIGGERS, -1), ==, triggers);
  g_assert_true (cw_database_begin (db, &error));
  scale_exec (db, "INSERT INTO village_group (name, position) VALUES ('第九组', 9)");
  g_assert_true (cw_database_commit (db, &error));
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'village_group' "
                                              "AND action = 'insert' AND after LIKE '%第九组%'", -1), ==, 1);
}

/* With the foreign keys checked at the Undo's commit, an Undo that would
 * leave a row pointing at nothing is still refused whole: here a member
 * added since to a household the import brought. */
static void
test_undo_refused_by_keys (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(CwImportReport) report = scale_import_file (&cw_household_importer, db, roster, 0);
  g_autoptr(GError) error = NULL;
  gint64 import = cw_database_get_last_change (db);
  gint64 households = cw_database_query_int (db, "SELECT count(*) FROM household", -1);
  gint64 persons;

  g_assert_true (cw_database_begin (db, &error));
  scale_exec (db, "INSERT INTO person (household_id, name, relation, status, status_date) "
                  "SELECT max(id), '王五', '其他', 'active', '2026-01-01' FROM household");
  g_assert_true (cw_database_commit (db, &error));
  persons = cw_database_query_int (db, "SELECT count(*) FROM person", -1);

  g_assert_false (cw_audit_undo (db, import, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Undo failed: "));
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM household", -1), ==, households);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM person", -1), ==, persons);
  g_assert_false (cw_database_in_transaction (db));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-audit/households", test_households_per_row);
  g_test_add_func ("/import-audit/points", test_points_per_row);
  g_test_add_func ("/import-audit/writer-beside", test_writer_beside);
  g_test_add_func ("/import-audit/cancelled", test_cancelled);
  g_test_add_func ("/import-audit/undo-refused-by-keys", test_undo_refused_by_keys);

  return g_test_run ();
}
