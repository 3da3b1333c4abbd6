/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact-keys"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/cw-core-resources.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"
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
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exact/keys/household-number", Fixture, NULL, set_up, test_household_number, tear_down);
  g_test_add ("/exact/keys/rule-code", Fixture, NULL, set_up, test_rule_code, tear_down);
  g_test_add ("/exact/keys/names", Fixture, NULL, set_up, test_names, tear_down);
  g_test_add ("/exact/keys/database-of-before", Fixture, NULL, set_up, test_database_of_before, tear_down);

  return g_test_run ();
}
