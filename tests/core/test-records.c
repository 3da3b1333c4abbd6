/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-records"

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"

/* Editors change a copy of a record and save the copy: the copy has every
 * field of the record, and changing it leaves the record alone. */

static void
test_shop_goods_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cunwu-records-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "records.db", NULL);
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  g_autoptr(CwShopGoods) soap = NULL;
  g_autoptr(CwShopGoods) copy = NULL;
  g_autoptr(CwShopGoods) saved = NULL;
  g_autoptr(CwShopGoods) fresh = cw_shop_goods_new ();

  g_assert_no_error (error);
  soap = cw_shop_goods_save (db, "肥皂", "块", 8, &error);
  g_assert_no_error (error);
  g_assert_true (cw_shop_goods_stock_in (db, cw_shop_goods_get_id (soap), 12, "2026-03-05", NULL, &error));
  g_clear_object (&soap);
  soap = cw_shop_goods_find (db, "肥皂", &error);
  g_assert_no_error (error);

  copy = cw_shop_goods_copy (soap);
  g_assert_true (copy != soap);
  g_assert_cmpint (cw_shop_goods_get_id (copy), ==, cw_shop_goods_get_id (soap));
  g_assert_cmpstr (cw_shop_goods_get_name (copy), ==, "肥皂");
  g_assert_cmpstr (cw_shop_goods_get_unit (copy), ==, "块");
  g_assert_cmpint (cw_shop_goods_get_price (copy), ==, 8);
  g_assert_cmpint (cw_shop_goods_get_stock (copy), ==, 12);
  g_assert_false (cw_shop_goods_get_retired (copy));

  /* What an editor sets: unit and price (and a new name). */
  g_object_set (copy, "unit", "盒", "price", (gint64) 9, NULL);
  g_assert_cmpstr (cw_shop_goods_get_unit (soap), ==, "块");
  g_assert_cmpint (cw_shop_goods_get_price (soap), ==, 8);
  saved = cw_shop_goods_save (db, cw_shop_goods_get_name (copy), cw_shop_goods_get_unit (copy),
                              cw_shop_goods_get_price (copy), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_shop_goods_get_unit (saved), ==, "盒");
  g_assert_cmpint (cw_shop_goods_get_price (saved), ==, 9);
  g_assert_cmpint (cw_shop_goods_get_stock (saved), ==, 12);

  g_object_set (fresh, "name", "毛巾", NULL);
  g_assert_cmpstr (cw_shop_goods_get_name (fresh), ==, "毛巾");
  g_assert_cmpint (cw_shop_goods_get_id (fresh), ==, 0);

  g_clear_object (&db);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_remove (file), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_point_rule_copy (void)
{
  g_autoptr(CwPointRule) rule = cw_point_rule_new ();
  g_autoptr(CwPointRule) copy = NULL;

  g_object_set (rule, "code", "HJ01", "scheme", CW_SCHEME_HOUSEHOLD, "category", "人居环境",
                "description", "庭院整洁", "points", 5, "unit", "次", "quarter-cap", 15, NULL);
  copy = cw_point_rule_copy (rule);
  g_object_set (copy, "description", "庭院整洁，落实门前三包", "points", 6, NULL);

  g_assert_cmpstr (cw_point_rule_get_code (copy), ==, "HJ01");
  g_assert_cmpint (cw_point_rule_get_quarter_cap (copy), ==, 15);
  g_assert_cmpstr (cw_point_rule_get_description (rule), ==, "庭院整洁");
  g_assert_cmpint (cw_point_rule_get_points (rule), ==, 5);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records/shop-goods-copy", test_shop_goods_copy);
  g_test_add_func ("/records/point-rule-copy", test_point_rule_copy);

  return g_test_run ();
}
