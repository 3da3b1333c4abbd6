/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact-locked"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-tally.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"
#include "reliability-util.h"
#include "test-exact-util.h"

/* Issue 8, 2: a shop redemption dated in a published (locked) quarter was
 * accepted and changed the printed announcement. Everything dated in a
 * locked quarter is refused, in core with a message naming the quarter and
 * the day it was published, and by the schema whatever writes. */

typedef struct
{
  ExactVillage  v;
  gint64        soap;
  gint64        redemption;   /* dated 2024-03-01, in the quarter published */
  char         *published_on;
} Fixture;

static gint64
balance_in_announcement (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tally = cw_point_tally_quarter (f->v.db, "household", "2024Q1", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tally); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);

      if (cw_point_tally_row_get_subject_id (row) == f->v.a)
        return cw_point_tally_row_get_balance (row);
    }
  g_assert_not_reached ();
}

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) soap = NULL;
  CwShopLine line = { 0, 2 };
  GDate today;

  exact_village_set_up (&f->v);
  exact_rule (&f->v, "HJ01", 50);
  exact_enter_reviewed (&f->v, f->v.a, "HJ01", "2024-02-10", 2);

  soap = cw_shop_goods_save (f->v.db, "肥皂", "块", 10, &error);
  g_assert_no_error (error);
  f->soap = cw_shop_goods_get_id (soap);
  g_assert_true (cw_shop_goods_stock_in (f->v.db, f->soap, 20, "2024-01-02", "", &error));
  g_assert_no_error (error);
  line.goods_id = f->soap;
  f->redemption = cw_shop_redeem (f->v.db, f->v.a, &line, 1, "2024-03-01", &error);
  g_assert_no_error (error);

  exact_publish (&f->v, "2024Q1", "2024-04-01", "2024-04-07");
  cw_date_today (&today);
  f->published_on = cw_date_format (&today);
  g_assert_cmpint (balance_in_announcement (f), ==, 80);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  g_free (f->published_on);
  exact_village_tear_down (&f->v);
}

static void
assert_locked (Fixture      *f,
               const GError *error)
{
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "2024Q1"));
  g_assert_nonnull (strstr (error->message, f->published_on));
}

static void
test_redemption_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  CwShopLine line = { f->soap, 3 };

  g_assert_cmpint (cw_shop_redeem (f->v.db, f->v.a, &line, 1, "2024-03-15", &error), ==, 0);
  assert_locked (f, error);
  g_assert_cmpint (balance_in_announcement (f), ==, 80);
  g_assert_cmpint (cw_test_shop_balance (f->v.db, f->v.a), ==, 80);
  g_clear_error (&error);

  /* A day of an open quarter is the counter's ordinary business. */
  g_assert_cmpint (cw_shop_redeem (f->v.db, f->v.a, &line, 1, "2024-05-02", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (balance_in_announcement (f), ==, 80);
}

static void
test_void_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* Voiding would give 20 points back on 2024-03-01. */
  g_assert_false (cw_shop_void (f->v.db, f->redemption, "拿错商品", &error));
  assert_locked (f, error);
  g_assert_cmpint (balance_in_announcement (f), ==, 80);
}

static void
test_stock_in_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cw_shop_goods_stock_in (f->v.db, f->soap, 5, "2024-02-01", "补记", &error));
  assert_locked (f, error);
  g_clear_error (&error);
  g_assert_true (cw_shop_goods_stock_in (f->v.db, f->soap, 5, "2024-04-02", "", &error));
  g_assert_no_error (error);
}

static void
test_entry_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (cw_point_entry_add (f->v.db, "household", f->v.b, "HJ01", "2024-03-20", 1, "", "", &error), ==, 0);
  assert_locked (f, error);
}

/* Whatever writes to the file: the schema refuses too. */
static void
test_schema_refuses (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *redeem = g_strdup_printf (
    "INSERT INTO shop_redemption (household_id, redeemed_on, points, operator) "
    "VALUES (%" G_GINT64_FORMAT ", '2024-03-20', 10, 'x')", f->v.a);
  g_autofree char *line = g_strdup_printf (
    "INSERT INTO shop_redemption_line (redemption_id, goods_id, quantity, price) "
    "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1, 10)", f->redemption, f->soap);
  g_autofree char *voiding = g_strdup_printf (
    "UPDATE shop_redemption SET voided = 1, void_reason = 'x' WHERE id = %" G_GINT64_FORMAT, f->redemption);
  g_autofree char *stock = g_strdup_printf (
    "INSERT INTO shop_stock_in (goods_id, quantity, received_on) VALUES (%" G_GINT64_FORMAT ", 1, '2024-01-20')",
    f->soap);
  /* An entry that names an open quarter for a day of the locked one. */
  g_autofree char *entry = g_strdup_printf (
    "INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, quarter, quantity, points, recorded_by) "
    "SELECT 'household', %" G_GINT64_FORMAT ", id, '2024-03-20', '2024Q2', 1, 50, 'x' FROM point_rule",
    f->v.b);
  /* What each refusal says, in the clerk's words (cw-sqlite-error.c). */
  const struct { const char *sql; const char *english; const char *chinese; } cases[] = {
    { redeem, "locked", "锁定" },
    { line, "locked", "锁定" },
    { voiding, "locked", "锁定" },
    { stock, "locked", "锁定" },
    { entry, "quarter of its date", "所在的季度" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (cw_database_begin (f->v.db, &error));
      g_assert_false (cw_database_exec (f->v.db, cases[i].sql, &error));
      g_test_message ("%s → %s", cases[i].sql, error->message);
      g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
      g_assert_nonnull (strstr (error->message, rel_is_chinese () ? cases[i].chinese : cases[i].english));
      g_clear_error (&error);
      cw_database_rollback (f->v.db);
    }
  g_assert_cmpint (balance_in_announcement (f), ==, 80);
}

int
main (int argc, char **argv)
{
  exact_init (&argc, &argv);

  g_test_add ("/exact/locked/redemption", Fixture, NULL, set_up, test_redemption_refused, tear_down);
  g_test_add ("/exact/locked/void", Fixture, NULL, set_up, test_void_refused, tear_down);
  g_test_add ("/exact/locked/stock-in", Fixture, NULL, set_up, test_stock_in_refused, tear_down);
  g_test_add ("/exact/locked/entry", Fixture, NULL, set_up, test_entry_refused, tear_down);
  g_test_add ("/exact/locked/schema", Fixture, NULL, set_up, test_schema_refuses, tear_down);

  return g_test_run ();
}
