/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact-points"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "test-exact-util.h"

/* Issue 8, 1: points and stock were 32-bit. Goods of 1 073 741 825 points
 * redeemed four times cost "4 points"; a balance wrapped round and bought
 * goods; two stock-ins of 2 147 483 647 showed "-2 in stock". */

typedef ExactVillage Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  exact_village_set_up (f);
  /* The largest a rule may give or take, and the most uses an entry counts:
   * one entry is 1 000 000 000 points. */
  exact_rule (f, "BIG", 100000);
  exact_rule (f, "FINE", -100000);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  exact_village_tear_down (f);
}

static void
test_balance_past_32_bits (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tally = NULL;
  g_autoptr(CwPointTallyRow) row = NULL;
  gint64 balance;

  for (int i = 0; i < 3; i++)
    exact_enter_reviewed (f, f->a, "BIG", "2024-02-10", 10000);

  balance = cw_test_shop_balance (f->db, f->a);
  g_assert_cmpint (balance, ==, G_GINT64_CONSTANT (3000000000));

  tally = cw_point_tally_quarter (f->db, "household", "2024Q1", &error);
  g_assert_no_error (error);
  row = g_list_model_get_item (tally, 0);
  g_assert_cmpint (cw_point_tally_row_get_subject_id (row), ==, f->a);
  g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, G_GINT64_CONSTANT (3000000000));
  g_assert_cmpint (cw_point_tally_row_get_balance (row), ==, G_GINT64_CONSTANT (3000000000));
}

static void
test_negative_balance_buys_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) soap = cw_shop_goods_save (f->db, "肥皂", "块", 10, &error);
  CwShopLine line = { 0, 1 };

  g_assert_no_error (error);
  g_assert_true (cw_shop_goods_stock_in (f->db, cw_shop_goods_get_id (soap), 5, "2024-01-02", "", &error));
  g_assert_no_error (error);
  line.goods_id = cw_shop_goods_get_id (soap);

  /* −3 000 000 000 wrapped to +1 294 967 296 in 32 bits. */
  for (int i = 0; i < 3; i++)
    exact_enter_reviewed (f, f->b, "FINE", "2024-02-10", 10000);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->b), ==, G_GINT64_CONSTANT (-3000000000));

  g_assert_cmpint (cw_shop_redeem (f->db, f->b, &line, 1, "2024-03-01", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->b), ==, G_GINT64_CONSTANT (-3000000000));
}

static void
test_price_bounded_and_cost_exact (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) refused = cw_shop_goods_save (f->db, "电视机", "台", 1073741825, &error);
  g_autoptr(CwShopGoods) dear = NULL;
  g_autoptr(GListModel) redemptions = NULL;
  g_autoptr(CwShopRedemption) redemption = NULL;
  CwShopLine line = { 0, 4 };
  gint64 id;

  /* Refused with a message that names the field. */
  g_assert_null (refused);
  exact_assert_field (error, CW_ERROR_INVALID, "Points", "分值");
  g_clear_error (&error);

  /* The dearest goods allowed, four of them: exactly four times the price. */
  dear = cw_shop_goods_save (f->db, "冰箱", "台", 1000000, &error);
  g_assert_no_error (error);
  g_assert_true (cw_shop_goods_stock_in (f->db, cw_shop_goods_get_id (dear), 4, "2024-01-02", "", &error));
  g_assert_no_error (error);
  exact_enter_reviewed (f, f->a, "BIG", "2024-02-10", 10000);
  line.goods_id = cw_shop_goods_get_id (dear);
  id = cw_shop_redeem (f->db, f->a, &line, 1, "2024-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->a), ==, 1000000000 - 4000000);

  redemptions = cw_shop_redemption_list (f->db, f->a, NULL, &error);
  g_assert_no_error (error);
  redemption = g_list_model_get_item (redemptions, 0);
  g_assert_cmpint (cw_shop_redemption_get_points (redemption), ==, 4000000);

  /* A counter line past what one line takes is refused, not multiplied. */
  line.quantity = 1000000;
  g_assert_cmpint (cw_shop_redeem (f->db, f->a, &line, 1, "2024-03-01", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

static void
test_stock_bounded (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) soap = cw_shop_goods_save (f->db, "肥皂", "块", 10, &error);
  g_autoptr(CwShopGoods) reloaded = NULL;
  gint64 id = cw_shop_goods_get_id (soap);

  g_assert_no_error (error);
  for (int i = 0; i < 2; i++)
    {
      g_assert_false (cw_shop_goods_stock_in (f->db, id, G_MAXINT32, "2024-01-02", "", &error));
      exact_assert_field (error, CW_ERROR_INVALID, "Quantity", "数量");
      g_clear_error (&error);
    }

  /* Deliveries up to the shelf's bound, then one more is refused. */
  for (int i = 0; i < 100; i++)
    {
      g_assert_true (cw_shop_goods_stock_in (f->db, id, 100000, "2024-01-02", "", &error));
      g_assert_no_error (error);
    }
  g_assert_false (cw_shop_goods_stock_in (f->db, id, 1, "2024-01-02", "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "肥皂"));
  g_clear_error (&error);

  reloaded = cw_shop_goods_find (f->db, "肥皂", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_stock (reloaded), ==, 10000000);
}

static void
test_rule_bounded (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointRule) rule = cw_point_rule_new ();

  /* Set as an importer or the window sets it, then judged with a message
   * (GObject would have dropped it with a warning). */
  g_object_set (rule, "code", "HUGE", "category", "人居环境", "description", "过大", NULL);
  g_object_set (rule, "points", 1073741825, NULL);
  g_assert_false (cw_point_rule_add (f->db, rule, &error));
  exact_assert_field (error, CW_ERROR_INVALID, "Points", "分值");
  g_clear_error (&error);

  g_object_set (rule, "points", 5, "quarter-cap", 2000000000, NULL);
  g_assert_false (cw_point_rule_add (f->db, rule, &error));
  exact_assert_field (error, CW_ERROR_INVALID, "Cap", "季度上限");
}

/* The schema refuses what core refuses, whatever writes to the file, and
 * says which field in the clerk's words (cw-sqlite-error.c knows the
 * bounds of schema 4). */
static void
test_schema_bounds (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) soap = cw_shop_goods_save (f->db, "肥皂", "块", 10, &error);
  g_autofree char *price = g_strdup_printf ("UPDATE shop_goods SET price = 1073741825 WHERE id = %" G_GINT64_FORMAT,
                                            cw_shop_goods_get_id (soap));
  g_autofree char *stock = g_strdup_printf ("UPDATE shop_goods SET stock = 4294967294 WHERE id = %" G_GINT64_FORMAT,
                                            cw_shop_goods_get_id (soap));
  const struct { const char *sql; const char *english; const char *chinese; } cases[] = {
    { price, "Points", "分值" },
    { stock, "Stock", "库存" },
    { "UPDATE point_rule SET points = 1073741825 WHERE code = 'BIG'", "Points", "分值" },
    { "UPDATE point_rule SET quarter_cap = 2000000000 WHERE code = 'BIG'", "Cap", "季度上限" },
    { "INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, quarter, quantity, points, recorded_by) "
      "SELECT 'household', 1, id, '2024-02-10', '2024Q1', 1, 3000000000, 'x' FROM point_rule WHERE code = 'BIG'",
      "Points", "积分" },
    { "INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, quarter, quantity, points, recorded_by) "
      "SELECT 'household', 1, id, '2024-02-10', '2024Q1', 100000, 1, 'x' FROM point_rule WHERE code = 'BIG'",
      "Quantity", "数量" },
  };

  g_assert_no_error (error);
  /* Each in a transaction of its own, as core writes: the audit log has
   * its change, so the bound is all that can refuse. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (cw_database_begin (f->db, &error));
      g_assert_false (cw_database_exec (f->db, cases[i].sql, &error));
      exact_assert_field (error, CW_ERROR_INVALID, cases[i].english, cases[i].chinese);
      g_clear_error (&error);
      cw_database_rollback (f->db);
    }
}

/* The command line reads numbers strictly: 1e9 and 0x10 are not numbers,
 * 010 is ten, full-width digits are digits, and a number past 64 bits or
 * past the bounds is refused with a message naming the option. */
static void
test_cli_numbers (Fixture *f, gconstpointer data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) goods = NULL;
  const char *refused[][2] = {
    { "--points", "1e9" }, { "--points", "0x10" }, { "--points", "1073741825" },
    { "--points", "99999999999999999999" }, { "--points", "-5" }, { "--stock-in", "2147483647" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      cw_test_run_cunwu (&run, exact_lang (), "--db", f->path, "shop", "goods", "--name", "毛巾",
                         "--points", "12", refused[i][0], refused[i][1], NULL);
      g_assert_cmpint (run.status, !=, 0);
      g_assert_nonnull (strstr (run.err, refused[i][0]));
    }
  g_assert_null (cw_shop_goods_find (f->db, "毛巾", NULL));

  cw_test_run_cunwu (&run, exact_lang (), "--db", f->path, "shop", "goods", "--name", "毛巾",
                     "--points", "０１０", "--stock-in", "２４", NULL);
  g_assert_cmpint (run.status, ==, 0);
  goods = cw_shop_goods_find (f->db, "毛巾", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 10);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 24);

  cw_test_run_cunwu (&run, exact_lang (), "--db", f->path, "shop", "redeem", "--household", "0001",
                     "--goods", "毛巾", "--qty", "4294967297", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--qty"));
}

int
main (int argc, char **argv)
{
  exact_init (&argc, &argv);

  g_test_add ("/exact/points/balance-past-32-bits", Fixture, NULL, set_up, test_balance_past_32_bits, tear_down);
  g_test_add ("/exact/points/negative-balance-buys-nothing", Fixture, NULL, set_up,
              test_negative_balance_buys_nothing, tear_down);
  g_test_add ("/exact/points/price-bounded-cost-exact", Fixture, NULL, set_up,
              test_price_bounded_and_cost_exact, tear_down);
  g_test_add ("/exact/points/stock-bounded", Fixture, NULL, set_up, test_stock_bounded, tear_down);
  g_test_add ("/exact/points/rule-bounded", Fixture, NULL, set_up, test_rule_bounded, tear_down);
  g_test_add ("/exact/points/schema-bounds", Fixture, NULL, set_up, test_schema_bounds, tear_down);
  g_test_add ("/exact/points/cli-numbers", Fixture, NULL, set_up, test_cli_numbers, tear_down);

  return g_test_run ();
}
