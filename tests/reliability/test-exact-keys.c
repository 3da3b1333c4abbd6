/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact-keys"

#include "config.h"

#include <string.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health.h"
#include "core/cw-core-resources.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-household-number.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "test-exact-util.h"

/* Issue 8, 3: full-width ０１０００１ made a second household; hj01 and
 * ＨＪ０１ made new rules; zero-width characters stayed in names, so
 * lookups by name failed. Keys and names are cleaned at the door, lookups
 * clean their query, and a database of before is cleaned when it opens. */

#define ZWSP "\u200B"

typedef ExactVillage Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  exact_village_set_up (f);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  exact_village_tear_down (f);
}

static void
test_household_number (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwHousehold) found = NULL;
  g_autoptr(GListModel) all = NULL;

  exact_household (f, "010001", "王五");

  cw_household_set_text (household, "number", "０１０００１");
  cw_household_set_group_id (household, f->group);
  cw_person_set_text (head, "name", "赵六");
  cw_person_set_text (head, "relation", "户主");
  g_assert_false (cw_household_add (f->db, household, head, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  cw_household_set_text (household, "number", " 010001" ZWSP);
  g_assert_false (cw_household_add (f->db, household, head, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  all = cw_household_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  /* The editor's live check that a number is taken. */
  g_assert_nonnull (cw_household_number_find (all, "０１０００１" ZWSP, 0));

  found = cw_household_find_by_number (f->db, "０１０００１", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_number (found), ==, "010001");
  g_assert_cmpstr (cw_household_get_head_name (found), ==, "王五");
  /* The search field as the clerk types or pastes. */
  g_assert_true (cw_household_matches (found, "０１０００１"));
  g_assert_true (cw_household_matches (found, "王" ZWSP "五"));
}

static void
test_rule_code (Fixture *f, gconstpointer data)
{
  const char *codes[] = { "hj01", "ＨＪ０１", "HJ01" ZWSP, " Hj01 " };
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointRule) found = NULL;
  g_autoptr(GListModel) rules = NULL;

  exact_rule (f, "HJ01", 5);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(CwPointRule) rule = g_object_new (CW_TYPE_POINT_RULE, "code", codes[i], "scheme", "household",
                                                  "category", "人居环境", "description", "又一条", "points", 3, NULL);

      g_assert_false (cw_point_rule_add (f->db, rule, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
      g_clear_error (&error);

      found = cw_point_rule_find (f->db, codes[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cw_point_rule_get_code (found), ==, "HJ01");
      g_clear_object (&found);
    }
  rules = cw_point_rule_list (f->db, NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 1);

  /* An entry by the code as typed. */
  g_assert_cmpint (cw_point_entry_add (f->db, "household", f->a, "ｈｊ０１", "2024-02-10", 1, "", "", &error), >, 0);
  g_assert_no_error (error);

  /* A new rule typed in lower case is kept as its key. */
  exact_rule (f, "zy01", 3);
  found = cw_point_rule_find (f->db, "ZY01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_point_rule_get_code (found), ==, "ZY01");
}

static void
test_names (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) person = cw_person_new ();
  g_autoptr(CwPerson) loaded = NULL;
  g_autoptr(CwShopGoods) soap = NULL;
  g_autoptr(CwShopGoods) again = NULL;
  g_autoptr(CwShopGoods) found = NULL;
  g_autoptr(GListModel) goods = NULL;
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(CwVillageGroup) twin = NULL;

  cw_person_set_household_id (person, f->a);
  cw_person_set_text (person, "name", "张" ZWSP "小\u00AD明\u2060");
  cw_person_set_text (person, "relation", "子");
  cw_person_set_text (person, "id-number", "1101051949" ZWSP "1231002x");
  g_assert_true (cw_person_add (f->db, person, &error));
  g_assert_no_error (error);
  loaded = cw_person_load (f->db, cw_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_person_get_name (loaded), ==, "张小明");
  g_assert_cmpstr (cw_person_get_id_number (loaded), ==, "11010519491231002X");
  g_assert_true (cw_person_matches (loaded, "张\uFEFF小明"));

  soap = cw_shop_goods_save (f->db, "洗衣粉", "袋", 20, &error);
  g_assert_no_error (error);
  again = cw_shop_goods_save (f->db, "洗衣粉" ZWSP "\u3000", "袋", 25, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_id (again), ==, cw_shop_goods_get_id (soap));
  found = cw_shop_goods_find (f->db, "\uFEFF洗衣粉", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_price (found), ==, 25);
  goods = cw_shop_goods_list (f->db, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goods), ==, 1);

  group = cw_village_group_find (f->db, "一组\u3000", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_village_group_get_id (group), ==, f->group);
  twin = cw_village_group_add (f->db, "一" ZWSP "组", &error);
  g_assert_null (twin);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
}

/* The importers read keys cleaned (CW_IMPORT_COLUMN_KEY), as core stores
 * them: a 户号 in full width or with a zero-width space is the register's
 * household and the file's other rows', a group with an ideographic space
 * the register's group, ＺＹ０１ beside zy01 the same code, and a party
 * member named with a soft hyphen the member. */
static void
test_import (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("桃源村", "白沙镇", "临江县");
  g_autofree char *roster = g_build_filename (f->dir, "roster.csv", NULL);
  g_autofree char *rules = g_build_filename (f->dir, "rules.csv", NULL);
  g_autofree char *entries = g_build_filename (f->dir, "entries.csv", NULL);
  g_autoptr(CwImportReport) households = NULL;
  g_autoptr(CwImportReport) rule_book = NULL;
  g_autoptr(CwImportReport) points = NULL;
  g_autoptr(CwHousehold) made = NULL;
  g_autoptr(CwHousehold) first = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) earned = NULL;
  g_autoptr(CwPerson) member = cw_person_new ();

  g_assert_true (cw_village_create (f->db, village, &error));
  g_assert_no_error (error);

  cw_test_write_file (roster,
                      "户号,村民小组,姓名,与户主关系\n"
                      "０００１,一组,张三,户主\n"
                      "0003" ZWSP ",一组\u3000,王五,户主\n"
                      "０００３,一" ZWSP "组,王小五,子\n", NULL);
  households = cw_importer_import_file (&cw_household_importer, f->db, roster, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* 0001 is the register's, left as it is; 0003 is one new household of
   * two in the group there is. */
  g_assert_cmpuint (cw_import_report_get_imported (households), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (households), ==, 1);
  first = cw_household_find_by_number (f->db, "0001", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_household_get_member_count (first), ==, 1);
  made = cw_household_find_by_number (f->db, "0003", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_household_get_member_count (made), ==, 2);
  g_assert_cmpint (cw_household_get_group_id (made), ==, f->group);
  groups = cw_village_group_list (f->db, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);

  cw_test_write_file (rules,
                      "编号,积分类型,类别,内容,分值\n"
                      "zy01,村民积分,人居环境,庭院整洁,5\n"
                      "ＺＹ０１,村民积分,人居环境,庭院整洁,5\n"
                      "dy01,党员积分,组织生活,参加主题党日,3\n", NULL);
  rule_book = cw_importer_import_file (&cw_point_rule_importer, f->db, rules, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (rule_book), ==, 2);
  g_assert_cmpuint (cw_import_report_get_refused (rule_book), ==, 1);

  cw_person_set_household_id (member, f->a);
  cw_person_set_text (member, "name", "李红");
  cw_person_set_text (member, "relation", "子");
  cw_person_set_text (member, "political", "中共党员");
  g_assert_true (cw_person_add (f->db, member, &error));
  g_assert_no_error (error);
  /* As `cunwu points balance --member` asks too. */
  g_assert_cmpint (cw_point_find_party_member (f->db, "李\u00AD红" ZWSP, &error), ==, cw_person_get_id (member));
  g_assert_no_error (error);

  cw_test_write_file (entries,
                      "户号,姓名,规则编号,日期\n"
                      "０００３,,ＺＹ０１,2024-02-10\n"
                      ",李\u00AD红" ZWSP ",ｄｙ０１,2024-02-11\n", NULL);
  points = cw_importer_import_file (&cw_point_entry_importer, f->db, entries, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_refused (points), ==, 0);
  g_assert_cmpuint (cw_import_report_get_imported (points), ==, 2);
  earned = cw_point_entry_list (f->db, "party", cw_person_get_id (member), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (earned), ==, 1);
}

/* A database written before the cleaning: the keys it holds are cleaned
 * when the program opens it, except where two would become one. */
static void
run_migration (sqlite3    *handle,
               const char *name)
{
  g_autofree char *path = g_strconcat ("/org/cunwu/Cunwu/core/migrations/", name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (cw_core_get_resource (), path, 0, NULL);
  g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* The first column of the first row of @sql is @expected (NULL: no row). */
static void
assert_text (CwDatabase *db,
             const char *sql,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_assert_null (expected);
  else
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, expected);
}

static void
test_database_of_before (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "before.db", NULL);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(CwHealth) health = NULL;
  g_auto(CwTestRun) run = { 0 };
  sqlite3 *handle = NULL;
  const char *old_rows =
    "INSERT INTO village (id, name) VALUES (1, '  桃" ZWSP "源村 ');"
    "INSERT INTO village_group (id, name, position) VALUES (1, '一组" ZWSP "', 1);"
    "INSERT INTO household (id, number, group_id) VALUES (1, '010001', 1), (2, '０１０００１', 1), (3, '０２', 1);"
    "INSERT INTO person (id, household_id, name, relation, search_key) VALUES "
    "  (1, 1, '张三', '户主', 'zhangsan zs'), (2, 2, '张三', '户主', 'zhangsan zs'),"
    "  (3, 3, '王" ZWSP "五', '户主', '');"
    "INSERT INTO point_rule (id, code, scheme, category, description, points) VALUES "
    "  (1, 'hj01', 'household', '人居环境', '庭院整洁', 5), (2, 'HJ02', 'household', '人居环境', '义务劳动', 3),"
    "  (3, 'ｈｊ０２', 'household', '人居环境', '义务劳动', 3);"
    "INSERT INTO point_entry (id, scheme, household_id, rule_id, entry_date, quarter, quantity, points, "
    "  recorded_by, state) VALUES (1, 'household', 3, 1, '2024-02-10', '2024Q1', 2, 10, 'x', 'reviewed'),"
    "  (2, 'household', 3, 2, '2024-02-11', '2024Q1', 1, 3, 'x', 'reviewed');"
    "INSERT INTO point_entry (id, scheme, household_id, rule_id, entry_date, quarter, quantity, points, "
    "  recorded_by, state, reverses_id) VALUES (3, 'household', 3, 2, '2024-02-12', '2024Q1', 1, -3, 'x', "
    "  'reviewed', 2);"
    /* What the 32-bit program let in: a price past the bound, a stock that wrapped. */
    "INSERT INTO shop_goods (id, name, price, stock) VALUES (1, '肥皂" ZWSP "', 10, 5),"
    "  (2, '电视机', 1073741825, 4294967294);"
    "INSERT INTO shop_stock_in (goods_id, quantity, received_on) VALUES (1, 5, '2024-01-02');"
    "INSERT INTO shop_redemption (id, household_id, redeemed_on, points, operator) VALUES (1, 3, '2024-03-01', 10, 'x');"
    "INSERT INTO shop_redemption_line (redemption_id, goods_id, quantity, price) VALUES (1, 1, 1, 10);";

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  run_migration (handle, "0001-foundation.sql");
  run_migration (handle, "0002-households.sql");
  run_migration (handle, "0003-points.sql");
  g_assert_cmpint (sqlite3_exec (handle, old_rows, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA application_id = 1131894645; PRAGMA user_version = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_get_schema_version (db), ==, cw_database_latest_schema_version ());

  assert_text (db, "SELECT name FROM village", "桃源村");
  assert_text (db, "SELECT name FROM village_group", "一组");
  assert_text (db, "SELECT number FROM household WHERE id = 3", "02");
  /* Two households that cleaning would make one stay two, as they were. */
  assert_text (db, "SELECT number FROM household WHERE id = 1", "010001");
  assert_text (db, "SELECT number FROM household WHERE id = 2", "０１０００１");
  assert_text (db, "SELECT name FROM person WHERE id = 3", "王五");
  assert_text (db, "SELECT search_key <> '' FROM person WHERE id = 3", "1");
  assert_text (db, "SELECT code FROM point_rule WHERE id = 1", "HJ01");
  assert_text (db, "SELECT code FROM point_rule WHERE id = 3", "ｈｊ０２");
  assert_text (db, "SELECT name FROM shop_goods WHERE id = 1", "肥皂");
  /* Carried over, not lost and not rewritten. */
  assert_text (db, "SELECT price || ' ' || stock FROM shop_goods WHERE id = 2", "1073741825 4294967294");
  assert_text (db, "SELECT count(*) FROM point_entry WHERE reverses_id = 2", "1");
  assert_text (db, "SELECT count(*) FROM shop_redemption_line", "1");
  assert_text (db, "SELECT * FROM pragma_foreign_key_check", NULL);

  /* Indexes, the register's triggers and the audit triggers are all back. */
  assert_text (db, "SELECT count(*) FROM sqlite_schema WHERE name IN ("
                                "'point_entry_household', 'point_entry_reversed_once', 'shop_redemption_household',"
                                "'point_entry_locked_insert', 'point_total_on_insert', 'point_total_on_review',"
                                "'audit_point_rule_insert', 'audit_shop_goods_update', 'audit_point_entry_insert')", "9");

  household = cw_household_find_by_number (db, "０２", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_household_get_id (household), ==, 3);

  /* The rows carried over out of bounds are no damage: the working
   * connection's check (where SQLite's integrity check alone would count
   * them), `cunwu check` and the backups' check all call the file
   * healthy. */
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
  g_clear_object (&db);
  health = cw_health_check_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_health_is_healthy (health));
  g_assert_cmpint (cw_health_get_schema_version (health), ==, cw_database_latest_schema_version ());
  g_assert_true (cw_backup_verify (path, &error));
  g_assert_no_error (error);
  cw_test_run_cunwu (&run, exact_lang (), "--db", path, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "桃源村"));
}

/* A village made now (schema 4 or later, the newest) checks healthy,
 * with nothing to note. */
static void
test_new_database_checks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHealth) health = NULL;

  g_assert_true (cw_database_check (f->db, &error));
  g_assert_no_error (error);
  g_clear_object (&f->db);
  health = cw_health_check_file (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_health_is_healthy (health));
  g_assert_cmpint (cw_health_get_schema_version (health), ==, cw_database_latest_schema_version ());
  g_assert_cmpint (cw_health_get_schema_version (health), >=, 4);
  for (CwHealthAspect aspect = 0; aspect < CW_HEALTH_N_ASPECTS; aspect++)
    g_assert_null (cw_health_get_note (health, aspect));
}

int
main (int argc, char **argv)
{
  exact_init (&argc, &argv);

  g_test_add ("/exact/keys/household-number", Fixture, NULL, set_up, test_household_number, tear_down);
  g_test_add ("/exact/keys/rule-code", Fixture, NULL, set_up, test_rule_code, tear_down);
  g_test_add ("/exact/keys/names", Fixture, NULL, set_up, test_names, tear_down);
  g_test_add ("/exact/keys/import", Fixture, NULL, set_up, test_import, tear_down);
  g_test_add ("/exact/keys/database-of-before", Fixture, NULL, set_up, test_database_of_before, tear_down);
  g_test_add ("/exact/keys/new-database-checks", Fixture, NULL, set_up, test_new_database_checks, tear_down);

  return g_test_run ();
}
