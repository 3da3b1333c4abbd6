/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-points"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/common/cw-importer.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village.h"

#include "cw-test-core.h"

/* Four households in two groups; the hand-computed figures below follow
 * from what each test enters. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      a, b, c, d;   /* households 0001, 0002 (一组), 0003, 0004 (二组) */
  gint64      party_member;
} Fixture;

static gint64
household (Fixture    *f,
           const char *number,
           gint64      group,
           const char *head_name,
           gboolean    party)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  if (party)
    cw_person_set_text (head, "political", "中共党员");
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  if (party)
    f->party_member = cw_person_get_id (head);
  return cw_household_get_id (h);
}

static void
rule (Fixture    *f,
      const char *code,
      const char *scheme,
      int         points,
      int         cap)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointRule) r = g_object_new (CW_TYPE_POINT_RULE, "code", code, "scheme", scheme,
                                           "category", "人居环境", "description", code,
                                           "points", points, "quarter-cap", cap, NULL);
  g_assert_true (cw_point_rule_add (f->db, r, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwVillageGroup) two = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  one = cw_village_group_add (f->db, "一组", &error);
  two = cw_village_group_add (f->db, "二组", &error);
  f->a = household (f, "0001", cw_village_group_get_id (one), "张三", TRUE);
  f->b = household (f, "0002", cw_village_group_get_id (one), "李四", FALSE);
  f->c = household (f, "0003", cw_village_group_get_id (two), "王五", FALSE);
  f->d = household (f, "0004", cw_village_group_get_id (two), "赵六", FALSE);

  rule (f, "HJ01", "村民积分", 5, 10);   /* capped at 10 a quarter */
  rule (f, "ZY01", "household", 3, 0);
  rule (f, "WG01", "household", -4, 0);   /* a deduction */
  rule (f, "DY01", "党员积分", 2, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static gint64
enter (Fixture    *f,
       gint64      subject,
       const char *code,
       const char *date,
       int         quantity)
{
  g_autoptr(GError) error = NULL;
  gint64 id = cw_point_entry_add (f->db, "household", subject, code, date, quantity, "", "", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
review (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_point_entry_review (f->db, &id, 1, &error));
  g_assert_no_error (error);
}

static CwPointTallyRow *
row_for (GListModel *tally,
         gint64      subject)
{
  for (guint i = 0; i < g_list_model_get_n_items (tally); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      if (cw_point_tally_row_get_subject_id (row) == subject)
        return g_steal_pointer (&row);
    }
  g_assert_not_reached ();
}

static void
assert_row (GListModel *tally,
            gint64      subject,
            int         quarter_points,
            int         year_points,
            int         balance,
            int         rank,
            int         group_rank)
{
  g_autoptr(CwPointTallyRow) row = row_for (tally, subject);

  g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, quarter_points);
  g_assert_cmpint (cw_point_tally_row_get_year_points (row), ==, year_points);
  g_assert_cmpint (cw_point_tally_row_get_balance (row), ==, balance);
  g_assert_cmpint (cw_point_tally_row_get_rank (row), ==, rank);
  g_assert_cmpint (cw_point_tally_row_get_group_rank (row), ==, group_rank);
}

static void
test_quarters (void)
{
  g_autofree char *q = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *of = cw_quarter_of_date ("2026-08-31");
  g_autofree char *previous = cw_quarter_previous ("2026Q1");
  const char *good[] = { "2026Q3", "2026q3", "2026-Q3", "2026-3", "2026年第三季度", "2026年第3季度" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *parsed = NULL;
      g_assert_true (cw_quarter_parse (good[i], &parsed, &error));
      g_assert_cmpstr (parsed, ==, "2026Q3");
    }
  g_assert_false (cw_quarter_parse ("2026Q5", &q, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_cmpstr (of, ==, "2026Q3");
  g_assert_cmpstr (previous, ==, "2025Q4");
  cw_quarter_bounds ("2026Q2", &first, &last);
  g_assert_cmpstr (first, ==, "2026-04-01");
  g_assert_cmpstr (last, ==, "2026-06-30");
}

static void
test_tally_and_ranking (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tally = NULL;
  gint64 b_volunteer, d_pending;

  review (f, enter (f, f->a, "ZY01", "2026-05-10", 1));    /* Q2: A +3 */
  review (f, enter (f, f->a, "HJ01", "2026-08-01", 1));    /* Q3: A +5 */
  review (f, enter (f, f->a, "HJ01", "2026-08-02", 1));    /* A +5: the cap of 10 reached */
  g_assert_cmpint (cw_point_entry_add (f->db, "household", f->a, "HJ01", "2026-08-03", 1, "", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "10"));
  g_clear_error (&error);
  review (f, enter (f, f->a, "ZY01", "2026-08-04", 2));    /* A +6 → 16 */

  review (f, enter (f, f->b, "HJ01", "2026-08-01", 2));    /* B +10 (cap exactly) */
  b_volunteer = enter (f, f->b, "ZY01", "2026-08-05", 2);  /* B +6 → 16, a tie with A */
  review (f, b_volunteer);

  review (f, enter (f, f->c, "ZY01", "2026-08-01", 1));    /* C +3 */
  review (f, enter (f, f->c, "WG01", "2026-08-02", 1));    /* C −4 → −1 */

  d_pending = enter (f, f->d, "ZY01", "2026-08-01", 3);    /* D +9, never reviewed */

  /* Rejected entries count neither toward the tally nor the cap. */
  {
    gint64 rejected = enter (f, f->d, "HJ01", "2026-08-02", 2);
    g_assert_true (cw_point_entry_reject (f->db, rejected, "照片不清楚", &error));
    g_assert_no_error (error);
    g_assert_cmpint (enter (f, f->d, "HJ01", "2026-08-03", 2), >, 0);
  }

  tally = cw_point_tally_quarter (f->db, "household", "2026Q3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tally), ==, 4);
  /*                 quarter year balance rank group-rank */
  assert_row (tally, f->a, 16, 19, 19, 1, 1);
  assert_row (tally, f->b, 16, 16, 16, 1, 1);   /* tie: shares rank 1 */
  assert_row (tally, f->d, 0, 0, 0, 3, 1);      /* unreviewed: nothing; the next rank skips to 3 */
  assert_row (tally, f->c, -1, -1, -1, 4, 2);
  g_clear_object (&tally);

  /* Ordered by group, then rank within the group. */
  tally = cw_point_tally_quarter (f->db, "household", "2026Q3", &error);
  {
    g_autoptr(CwPointTallyRow) first = g_list_model_get_item (tally, 0);
    g_autoptr(CwPointTallyRow) last = g_list_model_get_item (tally, 3);
    g_assert_cmpstr (cw_point_tally_row_get_group_name (first), ==, "一组");
    g_assert_cmpstr (cw_point_tally_row_get_name (last), ==, "王五");
  }
  g_clear_object (&tally);

  /* A reversal breaks the tie: B loses the 6 points. */
  g_assert_cmpint (cw_point_entry_reverse (f->db, b_volunteer, "2026-09-01", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_point_entry_reverse (f->db, b_volunteer, "2026-09-01", "重复录入", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (cw_point_entry_reverse (f->db, b_volunteer, "2026-09-02", "again", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* A pending entry is rejected, not reversed. */
  g_assert_cmpint (cw_point_entry_reverse (f->db, d_pending, "2026-09-01", "x", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  tally = cw_point_tally_quarter (f->db, "household", "2026Q3", &error);
  assert_row (tally, f->a, 16, 19, 19, 1, 1);
  assert_row (tally, f->b, 10, 10, 10, 2, 2);
  g_clear_object (&tally);

  /* The year: Q2 and Q3 together. */
  tally = cw_point_tally_year (f->db, "household", 2026, &error);
  assert_row (tally, f->a, 19, 19, 19, 1, 1);
}

static void
test_immutable_and_locked (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 q2 = enter (f, f->a, "ZY01", "2026-05-10", 1);
  gint64 pending_q3 = enter (f, f->b, "ZY01", "2026-08-10", 1);
  gint64 id;

  /* Not before the quarter is over, not with entries still pending. */
  g_assert_false (cw_point_quarter_publish (f->db, "2026Q4", "2027-01-01", "2027-01-07", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_point_quarter_publish (f->db, "2026Q2", "2026-07-01", "2026-07-07", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  review (f, q2);
  /* A reviewed entry never changes, whatever writes to the file. */
  g_assert_true (cw_database_begin (f->db, &error));
  g_assert_false (cw_database_exec (f->db, "UPDATE point_entry SET points = 100 WHERE id = 1", &error));
  g_assert_nonnull (strstr (error->message, "cannot be changed"));
  g_clear_error (&error);
  g_assert_false (cw_database_exec (f->db, "DELETE FROM point_entry WHERE id = 1", &error));
  g_assert_nonnull (strstr (error->message, "cannot be deleted"));
  g_clear_error (&error);
  cw_database_rollback (f->db);
  /* Review is not undone quietly either. */
  g_assert_false (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_clear_error (&error);

  g_assert_true (cw_point_quarter_publish (f->db, "2026Q2", "2026-07-01", "2026-07-07", &error));
  g_assert_no_error (error);
  g_assert_true (cw_test_quarter_published (f->db, "2026Q2", NULL, NULL));
  g_assert_false (cw_point_quarter_publish (f->db, "2026Q2", "2026-07-01", "2026-07-07", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Locked: no entry dated in it, no reversal dated in it. */
  g_assert_cmpint (cw_point_entry_add (f->db, "household", f->a, "ZY01", "2026-06-01", 1, "", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_point_entry_reverse (f->db, q2, "2026-06-30", "错录", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* The correction goes into the open quarter and names the old one. */
  id = cw_point_entry_reverse (f->db, q2, "2026-08-20", "错录", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry WHERE corrects_quarter = '2026Q2' AND quarter = '2026Q3'", 0), ==, 1);
  g_assert_cmpint (id, >, 0);
  /* Even raw SQL cannot touch the locked quarter. */
  g_assert_true (cw_database_begin (f->db, &error));
  g_assert_false (cw_database_exec (f->db, "DELETE FROM point_quarter", &error));
  g_assert_nonnull (strstr (error->message, "cannot be withdrawn"));
  g_clear_error (&error);
  g_assert_false (cw_database_exec (f->db, "INSERT INTO point_entry (scheme, household_id, rule_id, entry_date, "
                                           "quarter, points, recorded_by) VALUES ('household', 1, 1, '2026-05-01', "
                                           "'2026Q2', 50, 'x')", &error));
  g_assert_nonnull (strstr (error->message, "locked"));
  g_clear_error (&error);
  cw_database_rollback (f->db);

  /* Objections only during the publicity period. */
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, "2026Q2", "household", f->a, "2026-07-03",
                                                   "张三", "漏记志愿服务", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, "2026Q2", "household", f->a, "2026-07-08",
                                                   "张三", "太晚了", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, "2026Q3", "household", f->a, "2026-10-03",
                                                   "张三", "未公示", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_point_quarter_decide_objection (f->db, 1, "upheld", "已在第三季度更正", "2026-07-10", &error));
  g_assert_no_error (error);
  g_assert_false (cw_point_quarter_decide_objection (f->db, 1, "dismissed", "", "2026-07-11", &error));
  g_clear_error (&error);

  /* Pending entries can still be entered and undone in an open quarter. */
  g_assert_cmpint (pending_q3, >, 0);
  id = enter (f, f->c, "ZY01", "2026-08-11", 1);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry WHERE household_id = 3", -1), ==, 0);

  /* Dates in the future, retired rules, rules of the other scheme. */
  g_assert_cmpint (cw_point_entry_add (f->db, "household", f->a, "ZY01", "2099-01-01", 1, "", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_point_entry_add (f->db, "household", f->a, "DY01", "2026-08-01", 1, "", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
}

static void
test_shop (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) powder = cw_shop_goods_save (f->db, "洗衣粉", "袋", 10, &error);
  g_autoptr(CwShopGoods) paste = cw_shop_goods_save (f->db, "牙膏", "支", 4, &error);
  g_autoptr(CwShopGoods) reloaded = NULL;
  CwShopLine one_powder[] = { { cw_shop_goods_get_id (powder), 1 } };
  CwShopLine too_much[] = { { cw_shop_goods_get_id (powder), 4 }, { cw_shop_goods_get_id (powder), 2 } };
  gint64 redemption;

  g_assert_no_error (error);
  g_assert_true (cw_shop_goods_stock_in (f->db, cw_shop_goods_get_id (powder), 5, "2026-08-01", "乡里配送", &error));
  g_assert_true (cw_shop_goods_stock_in (f->db, cw_shop_goods_get_id (paste), 3, NULL, NULL, &error));
  g_assert_no_error (error);

  review (f, enter (f, f->a, "ZY01", "2026-08-04", 4));   /* A +12 */
  enter (f, f->a, "ZY01", "2026-08-05", 10);              /* +30 pending: does not count */
  g_assert_cmpint (cw_test_shop_balance (f->db, f->a), ==, 12);

  redemption = cw_shop_redeem (f->db, f->a, one_powder, 1, "2026-09-10", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->a), ==, 2);

  /* Overdraw: refused whole, nothing changed, the message says why. */
  g_assert_cmpint (cw_shop_redeem (f->db, f->a, one_powder, 1, "2026-09-11", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "8"));   /* 8 short */
  g_clear_error (&error);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->a), ==, 2);
  reloaded = cw_shop_goods_find (f->db, "洗衣粉", &error);
  g_assert_cmpint (cw_shop_goods_get_stock (reloaded), ==, 4);
  g_clear_object (&reloaded);

  /* Voiding restores points and stock. */
  g_assert_false (cw_shop_void (f->db, redemption, " ", &error));
  g_clear_error (&error);
  g_assert_true (cw_shop_void (f->db, redemption, "拿错了", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->a), ==, 12);
  reloaded = cw_shop_goods_find (f->db, "洗衣粉", &error);
  g_assert_cmpint (cw_shop_goods_get_stock (reloaded), ==, 5);
  g_assert_false (cw_shop_void (f->db, redemption, "again", &error));
  g_clear_error (&error);

  /* Stock short (two lines of the same goods count together). */
  review (f, enter (f, f->b, "ZY01", "2026-08-04", 30));   /* B +90 */
  g_assert_cmpint (cw_shop_redeem (f->db, f->b, too_much, 2, "2026-09-11", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "洗衣粉"));
  g_clear_error (&error);
  g_assert_cmpint (cw_test_shop_balance (f->db, f->b), ==, 90);

  /* The tally's balance at the quarter's end counts redemptions up to then. */
  {
    CwShopLine paste_line[] = { { cw_shop_goods_get_id (paste), 2 } };
    g_autoptr(GListModel) tally = NULL;

    g_assert_cmpint (cw_shop_redeem (f->db, f->b, paste_line, 1, "2026-09-30", &error), >, 0);
    g_assert_cmpint (cw_shop_redeem (f->db, f->b, paste_line, 0, "2026-10-02", &error), ==, 0);
    g_clear_error (&error);
    tally = cw_point_tally_quarter (f->db, "household", "2026Q3", &error);
    assert_row (tally, f->b, 90, 90, 82, 1, 1);
  }
}

static void
test_party_scheme (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tally = NULL;
  gint64 id;

  id = cw_point_entry_add (f->db, "party", f->party_member, "DY01", "2026-08-01", 3, "学习强国", "", &error);
  g_assert_no_error (error);
  review (f, id);
  /* Only party members earn party points. */
  g_assert_cmpint (cw_point_entry_add (f->db, "party", f->party_member + 1, "DY01", "2026-08-01", 1, "", "", &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  tally = cw_point_tally_quarter (f->db, "party", "2026Q3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tally), ==, 1);
  assert_row (tally, f->party_member, 6, 6, 6, 1, 1);
}

static void
test_bulk_entry (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 everyone[] = { f->a, f->b, f->c };

  /* One over its cap: nothing entered, and the message names it. */
  enter (f, f->b, "HJ01", "2026-08-01", 2);
  g_assert_false (cw_point_entry_add_many (f->db, "household", everyone, 3, "HJ01", "2026-08-08", 1, "清洁日", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "0002"));
  g_clear_error (&error);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry", 0), ==, 1);

  g_assert_true (cw_point_entry_add_many (f->db, "household", everyone, 3, "ZY01", "2026-08-08", 1, "清洁日", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry", 0), ==, 4);
  {
    guint n = 0;
    g_assert_true (cw_point_entry_review_quarter (f->db, "2026Q3", NULL, &n, &error));
    g_assert_cmpuint (n, ==, 4);
  }
}

/* An import's entries count toward a rule's cap as they go in, beside
 * those already entered, and a rejected entry counts for nothing. */
static void
test_import_within_cap (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, "entries.csv", NULL);
  g_autoptr(CwVillage) village = cw_village_new ("青山村", NULL, NULL);
  gint64 rejected = enter (f, f->a, "HJ01", "2026-07-03", 2);
  const char *message = NULL;

  g_assert_true (cw_village_create (f->db, village, &error));

  g_assert_true (cw_point_entry_reject (f->db, rejected, "重复登记", &error));
  g_assert_no_error (error);
  enter (f, f->b, "HJ01", "2026-07-03", 1);
  g_assert_true (g_file_set_contents (path,
                                      "户号,身份证号,姓名,规则编号,日期,数量,备注\n"
                                      "0001,,,HJ01,2026-08-01,1,\n"     /* A 5 */
                                      "0002,,,HJ01,2026-08-01,1,\n"     /* B 5 + 5 */
                                      "0001,,,HJ01,2026-08-02,1,\n"     /* A 10 */
                                      "0002,,,HJ01,2026-08-02,1,\n"     /* B 15: over */
                                      "0001,,,HJ01,2026-08-03,1,\n"     /* A 15: over */
                                      "0001,,,HJ01,2026-10-03,1,\n",    /* A, Q4: 5 */
                                      -1, &error));
  report = cw_importer_import_file (&cw_point_entry_importer, f->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 4);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, &message), ==, 5);
  g_assert_nonnull (strstr (message, "HJ01"));
  g_assert_cmpuint (cw_import_report_get_problem (report, 1, NULL, &message), ==, 6);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT sum(points) FROM point_entry "
                                          "WHERE rule_id = (SELECT id FROM point_rule WHERE code = 'HJ01') "
                                          "AND quarter = '2026Q3' AND state <> 'rejected'", 0), ==, 20);
}

/* Each on its own: the two the rules refuse are skipped and named, the
 * rest saved in one change that one Undo takes back. */
static void
test_each_entry (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  gint64 everyone[] = { f->a, f->b, f->c, f->d };
  CwPointSkipped *skip;
  gint64 before;
  guint saved = 99;

  /* 0002 already has the cap's 10 points; 0003 has moved out. */
  enter (f, f->b, "HJ01", "2026-08-01", 2);
  g_assert_true (cw_household_set_status (f->db, f->c, "moved_out", "2026-08-02", "迁往县城", &error));
  g_assert_no_error (error);
  before = cw_database_get_last_change (f->db);

  skipped = cw_point_entry_add_each (f->db, "household", everyone, 4, "HJ01", "2026-08-08", 1, "清洁日",
                                     &saved, &error);
  g_assert_no_error (error);
  g_assert_nonnull (skipped);
  g_assert_cmpuint (saved, ==, 2);
  g_assert_cmpuint (skipped->len, ==, 2);
  skip = g_ptr_array_index (skipped, 0);
  g_assert_cmpint (skip->subject_id, ==, f->b);
  g_assert_nonnull (strstr (skip->reason, "0002"));
  g_assert_nonnull (strstr (skip->reason, "HJ01"));
  skip = g_ptr_array_index (skipped, 1);
  g_assert_cmpint (skip->subject_id, ==, f->c);
  g_assert_nonnull (strstr (skip->reason, "0003"));
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry WHERE note = '清洁日'", 0), ==, 2);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM point_entry WHERE note = '清洁日' "
                                            "AND household_id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                            f->b, f->c);

    g_assert_cmpint (cw_database_query_int (f->db, sql, 0), ==, 0);
  }

  /* One change: one Undo takes both back. */
  g_assert_cmpint (cw_database_get_last_change (f->db), !=, before);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry WHERE note = '清洁日'", 0), ==, 0);

  /* Everybody refused: nothing written, no change to undo. */
  g_clear_pointer (&skipped, g_ptr_array_unref);
  before = cw_database_get_last_change (f->db);
  skipped = cw_point_entry_add_each (f->db, "household", (gint64[]) { f->b, f->c }, 2, "HJ01", "2026-08-08", 1,
                                     "清洁日", &saved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved, ==, 0);
  g_assert_cmpuint (skipped->len, ==, 2);
  g_assert_cmpint (cw_database_get_last_change (f->db), ==, before);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM point_entry WHERE note = '清洁日'", 0), ==, 0);

  /* What refuses the whole batch refuses it before anyone is looked at. */
  g_clear_pointer (&skipped, g_ptr_array_unref);
  skipped = cw_point_entry_add_each (f->db, "household", everyone, 4, "DY01", "2026-08-08", 1, "", &saved, &error);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_null (skipped);
  g_assert_cmpuint (saved, ==, 0);
  g_clear_error (&error);
  skipped = cw_point_entry_add_each (f->db, "household", everyone, 4, "ZY01", "2999-01-01", 1, "", &saved, &error);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_null (skipped);
}

/* `shop goods` with a price and stock: one change, both or neither. */
static void
test_goods_with_stock (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) goods = NULL;

  goods = cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 3, 10, "2026-08-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_shop_goods_get_unit (goods), ==, "件");
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 3);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 10);
  g_clear_object (&goods);

  /* The stock is refused (no such day): the new goods are not added. */
  g_assert_null (cw_shop_goods_save_with_stock (f->db, "毛巾", "条", 6, 5, "2026-02-30", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (cw_shop_goods_find (f->db, "毛巾", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nor does a new price stay when its stock is refused. */
  g_assert_null (cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 4, -1, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  goods = cw_shop_goods_find (f->db, "肥皂", &error);
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 3);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 10);
  g_clear_object (&goods);
  g_assert_false (cw_database_in_transaction (f->db));

  /* What is not given stays as it was. */
  goods = cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 0, 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 3);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 15);
  g_clear_object (&goods);
  goods = cw_shop_goods_save_with_stock (f->db, "肥皂", "块", 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_shop_goods_get_unit (goods), ==, "块");
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 3);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 15);
  g_clear_object (&goods);

  /* New goods need a price. */
  g_assert_null (cw_shop_goods_save_with_stock (f->db, "香皂", NULL, 0, 1, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* A new price and stock are one change, though both write the same
   * goods: one Undo takes back both. */
  goods = cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 5, 2, "2026-08-02", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 5);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 17);
  g_clear_object (&goods);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  goods = cw_shop_goods_find (f->db, "肥皂", &error);
  g_assert_cmpint (cw_shop_goods_get_price (goods), ==, 3);
  g_assert_cmpint (cw_shop_goods_get_stock (goods), ==, 15);
  g_assert_cmpstr (cw_shop_goods_get_unit (goods), ==, "块");
  g_clear_object (&goods);

  /* And a change made after it still stops an Undo. */
  goods = cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 6, 0, NULL, &error);
  g_clear_object (&goods);
  {
    gint64 priced = cw_database_get_last_change (f->db);

    goods = cw_shop_goods_save_with_stock (f->db, "肥皂", NULL, 0, 1, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (cw_audit_undo (f->db, priced, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/points/quarters", test_quarters);
  g_test_add ("/points/tally-and-ranking", Fixture, NULL, fixture_set_up, test_tally_and_ranking, fixture_tear_down);
  g_test_add ("/points/immutable-and-locked", Fixture, NULL, fixture_set_up, test_immutable_and_locked, fixture_tear_down);
  g_test_add ("/points/shop", Fixture, NULL, fixture_set_up, test_shop, fixture_tear_down);
  g_test_add ("/points/goods-with-stock", Fixture, NULL, fixture_set_up, test_goods_with_stock, fixture_tear_down);
  g_test_add ("/points/party-scheme", Fixture, NULL, fixture_set_up, test_party_scheme, fixture_tear_down);
  g_test_add ("/points/bulk-entry", Fixture, NULL, fixture_set_up, test_bulk_entry, fixture_tear_down);
  g_test_add ("/points/import-within-cap", Fixture, NULL, fixture_set_up, test_import_within_cap, fixture_tear_down);
  g_test_add ("/points/each-entry", Fixture, NULL, fixture_set_up, test_each_entry, fixture_tear_down);

  return g_test_run ();
}
