/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scale"

/* What township scale changed, checked against what it replaced:
 *
 *  - imports audit their rows with one statement per table instead of a
 *    trigger per row (cw_audit_batch_*()), and the audit log of an import
 *    holds the same rows as before: "before" is replayed into a second
 *    database, row by row through the per-row triggers, and the two audit
 *    logs compared. A batch never commits unfinished, a dry run leaves the
 *    triggers as they were (test-import-audit holds the same imports run
 *    through the per-row triggers, Undo, a cancel, a writer beside);
 *  - schema 5's cheaper checks refuse what the old ones refused;
 *  - the households list and the tally, read in streams and merged in C,
 *    are what the single SQL queries they replace gave. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-tally.h"

#include "scale-test-util.h"

/* The audit rows of @table in @db that are not in @other's (@other
 * attached as "other"), comparing everything but ids, change and time. */
static gint64
audit_rows_missing (CwDatabase *db,
                    const char *table,
                    const char *from,
                    const char *in)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM (SELECT operator, table_name, row_id, action, before, after "
                     "FROM %s.audit_log WHERE table_name = '%s' EXCEPT "
                     "SELECT operator, table_name, row_id, action, before, after "
                     "FROM %s.audit_log WHERE table_name = '%s')",
                     from, table, in, table);

  return cw_database_query_int (db, sql, -1);
}

static gint64
audit_count (CwDatabase *db,
             const char *schema,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s.audit_log WHERE table_name = '%s'",
                                          schema, table);

  return cw_database_query_int (db, sql, -1);
}

/* The two audit logs hold the same rows of @table, as many of each. */
static void
assert_same_audit (CwDatabase *replayed,
                   const char *table)
{
  g_assert_cmpint (audit_count (replayed, "main", table), >, 0);
  g_assert_cmpint (audit_count (replayed, "main", table), ==, audit_count (replayed, "other", table));
  g_assert_cmpint (audit_rows_missing (replayed, table, "main", "other"), ==, 0);
  g_assert_cmpint (audit_rows_missing (replayed, table, "other", "main"), ==, 0);
}

static void
test_households (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_auto(CwTestDir) replay_dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autoptr(CwDatabase) replay = scale_village_database (replay_dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = cw_importer_import_file (&cw_household_importer, db, roster, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), >, 100);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);

  /* The same rows, one statement a row, each audited by its trigger. */
  scale_attach (replay, db);
  g_assert_true (cw_database_begin (replay, &error));
  scale_exec (replay, "INSERT INTO village_group SELECT * FROM other.village_group ORDER BY id");
  scale_exec (replay, "INSERT INTO household SELECT * FROM other.household ORDER BY id");
  scale_exec (replay, "INSERT INTO person SELECT * FROM other.person ORDER BY id");
  g_assert_true (cw_database_commit (replay, &error));

  assert_same_audit (replay, "household");
  assert_same_audit (replay, "person");
  /* One change, as before: Undo takes the whole import back. */
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(DISTINCT change_id) FROM audit_log "
                                              "WHERE table_name IN ('household', 'person')", 0), ==, 1);
}

static void
test_points_reviewed (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *entries = NULL;
  g_autoptr(CwDatabase) db = scale_points_database (dir, &entries);
  g_autofree char *copy = g_build_filename (dir, "before.db", NULL);
  g_autoptr(CwDatabase) replay = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *key = NULL, *message = NULL;
  guint n = SCALE_ENTRY_HOUSEHOLDS;

  /* What the replay starts from: the register before the import. */
  scale_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)");
  {
    g_autoptr(GFile) from = g_file_new_for_path (cw_database_get_path (db));
    g_autoptr(GFile) to = g_file_new_for_path (copy);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  }

  g_clear_object (&report);
  report = cw_importer_import_file (&cw_point_entry_importer, db, entries, CW_POINT_IMPORT_REVIEWED,
                                    NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2 * n);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_POINT_IMPORT_REVIEWED_COUNT), ==, 2 * n);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  cw_import_report_get_problem (report, 0, &key, &message);
  g_assert_nonnull (strstr (message, "capped at 10"));
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM point_entry WHERE state <> 'reviewed'", -1),
                   ==, 0);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);

  /* Before: each entry added pending, then reviewed, each by statements
   * of its own, each audited by its trigger. */
  replay = cw_database_open (copy, &error);
  g_assert_no_error (error);
  cw_database_set_operator (replay, cw_database_get_operator (db));
  scale_attach (replay, db);
  g_assert_true (cw_database_begin (replay, &error));
  scale_exec (replay,
        "INSERT INTO point_entry (id, scheme, household_id, person_id, rule_id, entry_date, quarter, quantity, "
        "points, note, evidence, recorded_by, recorded_at) "
        "SELECT id, scheme, household_id, person_id, rule_id, entry_date, quarter, quantity, points, note, "
        "evidence, recorded_by, recorded_at FROM other.point_entry ORDER BY id");
  scale_exec (replay,
        "UPDATE point_entry SET state = 'reviewed', "
        "reviewed_by = (SELECT reviewed_by FROM other.point_entry o WHERE o.id = point_entry.id), "
        "reviewed_at = (SELECT reviewed_at FROM other.point_entry o WHERE o.id = point_entry.id)");
  g_assert_true (cw_database_commit (replay, &error));

  assert_same_audit (replay, "point_entry");
  g_assert_cmpint (audit_count (db, "main", "point_entry"), ==, 4 * n);
  /* The tally's cache counts every reviewed entry once. */
  g_assert_cmpint (cw_database_query_int (db, "SELECT sum(points) FROM cache_point_total", -1), ==,
                   cw_database_query_int (db, "SELECT sum(points) FROM point_entry", -2));
}

/* A dry run takes everything back, the dropped triggers too. */
static void
test_dry_run_keeps_triggers (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *count_triggers = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit_%'";
  gint64 triggers = cw_database_query_int (db, count_triggers, -1);

  report = cw_importer_import_file (&cw_household_importer, db, roster, CW_IMPORT_DRY_RUN,
                                    NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), >, 100);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM household", -1), ==, 0);
  g_assert_cmpint (cw_database_query_int (db, count_triggers, -1), ==, triggers);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
}

/* A batch left unfinished holds the commit: nothing is written unaudited.
 * The subprocess ends in an abort, which runs no cleanup: it works in a
 * folder the test made before it and removes after. */
static void
test_unfinished_batch (void)
{
  g_auto(CwTestDir) parent_dir = NULL;

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("CW_TEST_UNFINISHED_DIR");
      g_autoptr(CwDatabase) db = scale_village_database (dir);
      g_autoptr(CwAuditBatch) batch = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (cw_database_begin (db, &error));
      batch = cw_audit_batch_inserts (db, "setting", &error);
      g_assert_no_error (error);
      scale_exec (db, "INSERT INTO setting (key, value) VALUES ('x', 'y')");
      g_assert_false (cw_database_commit (db, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_FAILED);
      g_assert_false (cw_database_in_transaction (db));
      g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM setting WHERE key = 'x'", -1), ==, 0);
      g_assert_true (cw_database_check (db, &error));
      return;
    }
  parent_dir = cw_test_dir_new ();
  g_setenv ("CW_TEST_UNFINISHED_DIR", parent_dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("CW_TEST_UNFINISHED_DIR");
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*audit batches unfinished*");
}

static void
expect_refused (CwDatabase *db,
                const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_database_begin (db, &error));
  g_assert_false (cw_database_exec (db, sql, &error));
  g_assert_nonnull (error);
  cw_database_rollback (db);
}

/* Schema 5 says the checks as OR-chains: SQLite 3.40 builds a temporary
 * table for every row an IN (…) of more than two values checks. */
static void
test_cheap_checks (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autoptr(sqlite3_stmt) tables = NULL;
  g_autoptr(GRegex) long_list = g_regex_new ("IN\\s*\\([^()]*,[^()]*,", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  guint n_tables;

  /* The tables written a row at a time by the thousand (imports and the
   * audit log of every change); a register's table written by the clerk
   * one record at a time pays the temporary table unnoticed. */
  tables = cw_database_prepare (db,
                                "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN "
                                "('household', 'person', 'audit_log', 'point_entry', 'point_objection', "
                                "'cache_point_total')",
                                &error);
  for (n_tables = 0; sqlite3_step (tables) == SQLITE_ROW; n_tables++)
    if (g_regex_match (long_list, (const char *) sqlite3_column_text (tables, 1), 0, NULL))
      g_error ("Table %s checks an IN list of more than two values", sqlite3_column_text (tables, 0));
  g_assert_cmpuint (n_tables, ==, 6);
  g_clear_pointer (&tables, sqlite3_finalize);

  /* Each still refuses what it refused, and takes what it took. */
  g_assert_true (cw_database_begin (db, &error));
  scale_exec (db, "INSERT INTO village_group (id, name, position) VALUES (7, '第七组', 7)");
  scale_exec (db, "INSERT INTO household (id, number, group_id, status, status_date) "
            "VALUES (1, '1', 7, 'moved_out', '2026-01-01')");
  scale_exec (db, "INSERT INTO person (household_id, name, relation, status, status_date) "
            "VALUES (1, '张三', '户主', 'deceased', '2026-01-01')");
  g_assert_true (cw_database_commit (db, &error));
  expect_refused (db, "INSERT INTO household (number, group_id, status, status_date) "
                      "VALUES ('2', 7, 'gone', '2026-01-01')");
  expect_refused (db, "INSERT INTO person (household_id, name, relation, status, status_date) "
                      "VALUES (1, '张三', '户主', 'missing', '2026-01-01')");
  expect_refused (db, "INSERT INTO audit_log (change_id, operator, table_name, action) "
                      "VALUES (1, 'x', 'x', 'erase')");
  expect_refused (db, "INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, quarter, points, "
                      "recorded_by, state) VALUES ('household', 1, 1, '2026-01-01', '2026Q1', 1, 'x', 'done')");
}

/* A database of schema 3 (before the cheaper checks) is brought to the
 * newest and is then exactly what a new one is. */
static void
test_upgrade (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (cw_database_build_schema (raw, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode=WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_get_schema_version (db), ==, cw_database_latest_schema_version ());
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE "
                                              "'%status = ''active'' OR status = ''moved_out''%'", -1), ==, 1);
}

/* cw_household_list() reads members in a pass of their own; a household
 * loaded alone is still the single query (GROUP BY) the list was. */
static void
test_household_list (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  guint n, tagged = 0;

  list = cw_household_list (db, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, >, 100);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) listed = g_list_model_get_item (list, i);
      g_autoptr(CwHousehold) alone = cw_household_load (db, cw_household_get_id (listed), &error);
      g_autoptr(CwHousehold) next = i + 1 < n ? g_list_model_get_item (list, i + 1) : NULL;
      g_autofree char *id_part = NULL;
      const char *queries[] = { cw_household_get_number (alone), cw_household_get_head_name (alone),
                                "zh", "wang", "138", "4304", "x", NULL, NULL };

      g_assert_no_error (error);
      g_assert_cmpstr (cw_household_get_number (listed), ==, cw_household_get_number (alone));
      g_assert_cmpstr (cw_household_get_address (listed), ==, cw_household_get_address (alone));
      g_assert_cmpstr (cw_household_get_phone (listed), ==, cw_household_get_phone (alone));
      g_assert_cmpstr (cw_household_get_tags (listed), ==, cw_household_get_tags (alone));
      g_assert_cmpstr (cw_household_get_notes (listed), ==, cw_household_get_notes (alone));
      g_assert_cmpstr (cw_household_get_status (listed), ==, cw_household_get_status (alone));
      g_assert_cmpstr (cw_household_get_status_date (listed), ==, cw_household_get_status_date (alone));
      g_assert_cmpstr (cw_household_get_status_reason (listed), ==, cw_household_get_status_reason (alone));
      g_assert_cmpstr (cw_household_get_group_name (listed), ==, cw_household_get_group_name (alone));
      g_assert_cmpint (cw_household_get_group_id (listed), ==, cw_household_get_group_id (alone));
      g_assert_cmpint (cw_household_get_group_position (listed), ==, cw_household_get_group_position (alone));
      g_assert_cmpstr (cw_household_get_head_name (listed), ==, cw_household_get_head_name (alone));
      g_assert_cmpuint (cw_household_get_member_count (listed), ==, cw_household_get_member_count (alone));
      g_assert_cmpstr (cw_household_get_member_tags (listed), ==, cw_household_get_member_tags (alone));
      tagged += cw_household_get_member_tags (listed)[0] != '\0';

      /* Search looks in the same words. */
      if (cw_household_get_phone (alone)[0] != '\0')
        queries[G_N_ELEMENTS (queries) - 2] = cw_household_get_phone (alone);
      for (guint q = 0; queries[q] != NULL; q++)
        {
          g_autofree char *listed_name = NULL, *alone_name = NULL;
          const char *listed_relation = NULL, *alone_relation = NULL;

          g_assert_cmpint (cw_household_matches (listed, queries[q]), ==, cw_household_matches (alone, queries[q]));
          /* And says which member it found. */
          g_assert_cmpint (cw_household_match_member (listed, queries[q], &listed_name, &listed_relation), ==,
                           cw_household_match_member (alone, queries[q], &alone_name, &alone_relation));
          g_assert_cmpstr (listed_name, ==, alone_name);
          g_assert_cmpstr (listed_relation, ==, alone_relation);
        }
      if (next != NULL)
        g_assert_cmpint (cw_household_compare (listed, next), <, 0);
    }
  /* The demo has what the list must get right. */
  g_assert_cmpuint (tagged, >, 0);
}

/* The tally as one SQL query gave it (schema 3 to 5), for comparison. */
#define TALLY_TOTALS \
  "WITH t AS (SELECT subject_id, " \
  "                  sum(points) FILTER (WHERE quarter BETWEEN ?2 AND ?1) AS period, " \
  "                  sum(points) FILTER (WHERE quarter BETWEEN ?3 AND ?1) AS year, " \
  "                  sum(points) FILTER (WHERE quarter <= ?1) AS earned " \
  "           FROM cache_point_total WHERE scheme = ?6 AND quarter <= ?1 GROUP BY subject_id), "

static const char household_tally_sql[] =
  TALLY_TOTALS
  "spent AS (SELECT household_id, sum(points) AS points FROM shop_redemption "
  "          WHERE NOT voided AND redeemed_on <= ?4 GROUP BY household_id), "
  "base AS (SELECT h.id, h.number, coalesce(head.name, '') AS name, "
  "                g.id AS gid, g.name AS gname, g.position AS gpos, "
  "                coalesce(t.period, 0) AS period, coalesce(t.year, 0) AS year, "
  "                coalesce(t.earned, 0) - coalesce(spent.points, 0) AS balance "
  "         FROM household h JOIN village_group g ON g.id = h.group_id "
  "         LEFT JOIN person head ON head.household_id = h.id AND head.relation = '户主' "
  "                               AND head.status IN ('active', 'migrant') "
  "         LEFT JOIN t ON t.subject_id = h.id LEFT JOIN spent ON spent.household_id = h.id "
  "         WHERE h.status = 'active' OR h.status_date >= ?5 OR t.period IS NOT NULL) "
  "SELECT id, number, name, gname, gpos, period, year, balance, gid "
  "FROM base ORDER BY gpos, gid, period DESC, number";

static const char party_tally_sql[] =
  TALLY_TOTALS
  "base AS (SELECT p.id, h.number, p.name, g.id AS gid, g.name AS gname, g.position AS gpos, "
  "                coalesce(t.period, 0) AS period, coalesce(t.year, 0) AS year, "
  "                coalesce(t.earned, 0) AS balance "
  "         FROM person p JOIN household h ON h.id = p.household_id "
  "         JOIN village_group g ON g.id = h.group_id LEFT JOIN t ON t.subject_id = p.id "
  "         WHERE (p.political IN ('中共党员', '中共预备党员') AND "
  "                (p.status IN ('active', 'migrant') OR p.status_date >= ?5)) "
  "            OR t.period IS NOT NULL) "
  "SELECT id, number, name, gname, gpos, period, year, balance, gid "
  "FROM base ORDER BY gpos, gid, period DESC, number, name";

static void
assert_tally (CwDatabase *db,
              const char *scheme,
              const char *first,
              const char *last,
              GListModel *tally)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year_first = g_strdup_printf ("%.4sQ1", last);
  g_autofree char *first_day = g_strdup_printf ("%.4s-%02d-01", first, (first[5] - '1') * 3 + 1);
  g_autofree char *last_day = g_strdup_printf ("%.4s-%s", last,
                                               last[5] == '1' ? "03-31" : last[5] == '2' ? "06-30"
                                               : last[5] == '3' ? "09-30" : "12-31");
  guint i = 0;

  g_assert_nonnull (tally);
  stmt = cw_database_prepare (db, g_str_equal (scheme, "party") ? party_tally_sql : household_tally_sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, year_first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, last_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, scheme, -1, SQLITE_STATIC);
  for (; sqlite3_step (stmt) == SQLITE_ROW; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);

      g_assert_nonnull (row);
      g_assert_cmpint (cw_point_tally_row_get_subject_id (row), ==, sqlite3_column_int64 (stmt, 0));
      g_assert_cmpstr (cw_point_tally_row_get_number (row), ==, (const char *) sqlite3_column_text (stmt, 1));
      g_assert_cmpstr (cw_point_tally_row_get_name (row), ==, (const char *) sqlite3_column_text (stmt, 2));
      g_assert_cmpstr (cw_point_tally_row_get_group_name (row), ==, (const char *) sqlite3_column_text (stmt, 3));
      g_assert_cmpint (cw_point_tally_row_get_group_position (row), ==, sqlite3_column_int (stmt, 4));
      g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, sqlite3_column_int (stmt, 5));
      g_assert_cmpint (cw_point_tally_row_get_year_points (row), ==, sqlite3_column_int (stmt, 6));
      g_assert_cmpint (cw_point_tally_row_get_balance (row), ==, sqlite3_column_int (stmt, 7));
    }
  g_assert_cmpuint (i, >, 0);
  g_assert_cmpuint (i, ==, g_list_model_get_n_items (tally));
}

static void
test_tally (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  const char *quarters[] = { "2025Q1", "2025Q4", "2026Q2", "2026Q3", "2026Q4" };

  for (guint q = 0; q < G_N_ELEMENTS (quarters); q++)
    for (guint s = 0; s < 2; s++)
      {
        const char *scheme = s == 0 ? "household" : "party";
        g_autoptr(GListModel) tally = cw_point_tally_quarter (db, scheme, quarters[q], NULL);

        assert_tally (db, scheme, quarters[q], quarters[q], tally);
      }
  for (guint s = 0; s < 2; s++)
    {
      const char *scheme = s == 0 ? "household" : "party";
      g_autoptr(GListModel) tally = cw_point_tally_year (db, scheme, 2026, NULL);

      assert_tally (db, scheme, "2026Q1", "2026Q4", tally);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/households", test_households);
  g_test_add_func ("/scale/points-reviewed", test_points_reviewed);
  g_test_add_func ("/scale/dry-run", test_dry_run_keeps_triggers);
  g_test_add_func ("/scale/unfinished", test_unfinished_batch);
  g_test_add_func ("/scale/cheap-checks", test_cheap_checks);
  g_test_add_func ("/scale/upgrade", test_upgrade);
  g_test_add_func ("/scale/household-list", test_household_list);
  g_test_add_func ("/scale/tally", test_tally);

  return g_test_run ();
}
