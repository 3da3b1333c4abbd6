/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-disclosure"

/* The disclosure's sums to the fen on a hand-computed ledger (reversals,
 * pending entries, a year across the two charts), its periods, and the
 * disclosure drafted as a notice. */

#include "config.h"

#include <string.h>

#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-notice.h"
#include "core/finance/cw-finance-period.h"
#include "core/notices/cw-notice-mask.h"
#include "core/village/cw-settings.h"

#include "finance-test-util.h"

static void
test_periods (void)
{
  g_autoptr(GError) error = NULL;
  CwFinancePeriod p;

  g_assert_true (cw_finance_period_parse ("2026Q3", &p, &error));
  g_assert_cmpstr (p.first, ==, "2026-07-01");
  g_assert_cmpstr (p.last, ==, "2026-09-30");
  g_assert_true (cw_finance_period_parse ("2024-2", &p, &error));
  g_assert_cmpstr (p.last, ==, "2024-02-29");
  g_assert_true (cw_finance_period_parse ("2026年7月", &p, &error));
  g_assert_cmpstr (p.first, ==, "2026-07-01");
  g_assert_no_error (error);
  g_assert_false (cw_finance_period_parse ("2026Q5", &p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_finance_period_parse ("2026-13", &p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

/* The hand-computed ledger: December 2023 on the 2004 chart, the first
 * half of 2024 on the 2023 chart.
 *
 *   2023-12-01  501   经营收入          1,000.00  reviewed
 *   2023-12-02  541   管理费用            300.25  reviewed
 *   2023-12-03  522   补助收入              5.00  pending: not counted
 *   → brought forward into 2024: 1,000.00 − 300.25 = 699.75
 *
 *   2024-01-05  50101 摊位租金        12,345.67
 *   2024-02-10  503  补助收入         50,000.00  (large)
 *   2024-02-15  513  管理费用          1,280.50
 *   2024-03-20  514  公益支出         60,000.00  (large)
 *   Q1: income 62,345.67, expense 61,280.50, carried 699.75 + 1,065.17 = 1,764.92
 *
 *   2024-04-02  50101 摊位租金        12,345.67
 *   2024-04-09  513  管理费用             99.99, reversed 2024-04-30 (−99.99)
 *   2024-05-01  515  其他支出              0.01  pending: not counted
 *   Q2: income 12,345.67, expense 0.00; year: income 74,691.34, expense 61,280.50;
 *   carried 1,764.92 + 12,345.67 = 14,110.59 */
static void
test_disclosure (FinanceFixture *f,
                 gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) dec = NULL;
  g_autoptr(CwFinanceDisclosure) q1 = NULL;
  g_autoptr(CwFinanceDisclosure) q2 = NULL;
  g_autoptr(CwFinanceDisclosure) april = NULL;
  g_autofree char *capitals = NULL;
  CwFinanceLargeItem *item;
  gint64 wrong, reversal;

  finance_test_review (f, finance_test_enter (f, "2023-12-01", "501", "摊位租金", 100000), "2023-12-31");
  finance_test_review (f, finance_test_enter (f, "2023-12-02", "管理费用", "办公用品", 30025), "2023-12-31");
  finance_test_enter (f, "2023-12-03", "522", "补助", 500);

  finance_test_review (f, finance_test_enter (f, "2024-01-05", "摊位租金", "一季度摊位租金", 1234567), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-02-10", "503", "上级补助", 5000000), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-02-15", "513", "办公用品", 128050), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-03-20", "514", "道路修缮", 6000000), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-04-02", "50101", "二季度摊位租金", 1234567), "2024-07-01");
  wrong = finance_test_enter (f, "2024-04-09", "513", "误记", 9999);
  finance_test_review (f, wrong, "2024-04-10");
  reversal = cw_finance_entry_reverse (f->db, wrong, "2024-04-30", "误记", &error);
  g_assert_no_error (error);
  finance_test_review (f, reversal, "2024-07-01");
  finance_test_enter (f, "2024-05-01", "515", "零钱", 1);

  dec = finance_test_disclose (f, "2023-12");
  g_assert_cmpstr (dec->system, ==, "2004");
  g_assert_cmpint (dec->income_period, ==, 100000);
  g_assert_cmpint (dec->expense_period, ==, 30025);
  g_assert_cmpint (dec->brought_forward, ==, 0);
  g_assert_cmpint (dec->carried, ==, 69975);
  g_assert_cmpuint (dec->pending, ==, 1);
  g_assert_cmpint (finance_test_row (dec, "511")->period, ==, 0);

  q1 = finance_test_disclose (f, "2024Q1");
  g_assert_cmpstr (q1->system, ==, "2023");
  /* Ten accounts and the sub-account. */
  g_assert_cmpuint (q1->rows->len, ==, 11);
  g_assert_cmpint (finance_test_row (q1, "501")->period, ==, 1234567);
  g_assert_cmpint (finance_test_row (q1, "50101")->period, ==, 1234567);
  g_assert_true (finance_test_row (q1, "50101")->sub_account);
  g_assert_cmpint (finance_test_row (q1, "503")->period, ==, 5000000);
  g_assert_cmpint (finance_test_row (q1, "514")->year, ==, 6000000);
  g_assert_cmpint (q1->income_period, ==, 6234567);
  g_assert_cmpint (q1->expense_period, ==, 6128050);
  g_assert_cmpint (q1->income_year, ==, 6234567);
  g_assert_cmpint (q1->brought_forward, ==, 69975);
  g_assert_cmpint (q1->carried, ==, 176492);
  g_assert_cmpuint (q1->pending, ==, 0);
  g_assert_false (q1->closed);
  g_assert_cmpuint (q1->large_items->len, ==, 2);
  item = g_ptr_array_index (q1->large_items, 1);
  g_assert_cmpstr (item->summary, ==, "道路修缮");
  g_assert_false (item->income);
  g_assert_cmpint (item->amount, ==, 6000000);
  g_assert_cmpuint (q1->reviewers->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (q1->reviewers, 0), ==, "李监督");
  /* The committee signs: its chair first. */
  g_assert_cmpuint (q1->supervisors->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (q1->supervisors, 0), "李监督"));
  g_assert_nonnull (strstr (g_ptr_array_index (q1->supervisors, 2), "钱委员"));
  capitals = cw_money_capitals (q1->income_period);
  g_assert_cmpstr (capitals, ==, "陆万贰仟叁佰肆拾伍元陆角柒分");

  q2 = finance_test_disclose (f, "2024Q2");
  g_assert_cmpint (q2->income_period, ==, 1234567);
  g_assert_cmpint (q2->expense_period, ==, 0);
  g_assert_cmpint (finance_test_row (q2, "513")->period, ==, 0);
  g_assert_cmpint (finance_test_row (q2, "513")->year, ==, 128050);
  g_assert_cmpint (q2->income_year, ==, 7469134);
  g_assert_cmpint (q2->expense_year, ==, 6128050);
  g_assert_cmpint (q2->brought_forward, ==, 176492);
  g_assert_cmpint (q2->carried, ==, 1411059);
  g_assert_cmpuint (q2->pending, ==, 1);
  g_assert_cmpuint (q2->large_items->len, ==, 0);

  /* A month, and the threshold as the office sets it. */
  g_assert_true (cw_settings_set_finance_large_item (f->db, 9999, &error));
  april = finance_test_disclose (f, "2024-04");
  g_assert_cmpint (april->expense_period, ==, 0);
  g_assert_cmpint (finance_test_row (april, "513")->period, ==, 0);
  g_assert_cmpuint (april->large_items->len, ==, 3);
  g_assert_cmpint (april->carried, ==, 176492 + 1234567);
}

/* The cells of @notice's table row whose first cell is @code, or whose
 * second is @name. */
static GStrv
notice_row (CwNotice   *notice,
            const char *code,
            const char *name)
{
  GPtrArray *rows = cw_notice_get_table (notice);

  for (guint i = 0; i < rows->len; i++)
    {
      GStrv cells = g_ptr_array_index (rows, i);

      if ((code != NULL && g_str_equal (cells[0], code)) || (name != NULL && g_str_equal (cells[1], name)))
        return cells;
    }
  g_assert_not_reached ();
}

static void
test_disclosure_notice (FinanceFixture *f,
                        gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(CwNotice) february = NULL;
  g_autoptr(GListModel) notices = NULL;
  g_autofree char *title = NULL;
  CwFinancePeriod q1, feb;
  GPtrArray *rows;
  GStrv cells;
  gint64 pending, id;

  g_assert_true (cw_finance_period_parse ("2024Q1", &q1, NULL));
  g_assert_true (cw_finance_period_parse ("2024-02", &feb, NULL));
  finance_test_review (f, finance_test_enter (f, "2024-01-05", "摊位租金", "一季度摊位租金", 1234567), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-02-10", "补助收入", "上级补助", 5000000), "2024-04-01");
  finance_test_review (f, finance_test_enter (f, "2024-02-15", "管理费用", "办公用品", 128050), "2024-04-01");
  /* A payee's mobile and ID number typed into a summary. */
  finance_test_review (f,
                       finance_test_enter (f, "2024-03-20", "公益支出", "付张三13812345678(11010519491231002X)道路修缮",
                                           6000000),
                       "2024-04-01");
  pending = finance_test_enter (f, "2024-03-30", "管理费用", "茶水", 5000);

  /* Not before the quarter is over, nor while an entry waits. */
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-03-31", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-08", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "1 entry"));
  g_clear_error (&error);
  finance_test_review (f, pending, "2024-04-02");

  id = cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-08", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  notice = cw_notice_load (f->db, id, &error);
  g_assert_no_error (error);
  title = cw_finance_disclosure_title (f->db, &q1);
  g_assert_cmpstr (cw_notice_get_title (notice), ==, title);
  g_assert_cmpint (cw_notice_get_kind (notice), ==, CW_NOTICE_KIND_FINANCE);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
  /* Posted under 财务收支明细 (monthly) in April, up to the month's end. */
  g_assert_cmpstr (cw_notice_get_item_name (notice), ==, "财务收支明细");
  g_assert_cmpstr (cw_notice_get_period (notice), ==, "2024-04");
  g_assert_cmpstr (cw_notice_get_from (notice), ==, "2024-04-08");
  g_assert_cmpstr (cw_notice_get_to (notice), ==, "2024-04-30");

  /* The disclosure's figures, to the fen: 62 345.67 in, 61 330.50 out. */
  rows = cw_notice_get_table (notice);
  g_assert_cmpuint (rows->len, ==, 1 + 2 + 2 + 11);
  cells = notice_row (notice, "50101", NULL);
  g_assert_cmpstr (cells[2], ==, "12,345.67");
  cells = notice_row (notice, NULL, "Total income");
  g_assert_cmpstr (cells[2], ==, "62,345.67");
  g_assert_cmpstr (cells[3], ==, "62,345.67");
  cells = notice_row (notice, NULL, "Total expense");
  g_assert_cmpstr (cells[2], ==, "61,330.50");
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "人民币陆万贰仟叁佰肆拾伍元陆角柒分"));
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "李监督"));

  /* Nothing on it gives an ID or a mobile number. */
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "138****5678"));
  g_assert_null (strstr (cw_notice_get_body (notice), "13812345678"));
  g_assert_null (strstr (cw_notice_get_body (notice), "19491231"));
  g_assert_false (cw_notice_text_is_masked (cw_notice_get_body (notice)));
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      for (guint c = 0; row[c] != NULL; c++)
        g_assert_false (cw_notice_text_is_masked (row[c]));
    }

  /* In the notices register; once only. */
  notices = cw_notice_list (f->db, 2024, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-09", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Late in a month it stays up the item's seven days. */
  id = cw_finance_disclosure_add_notice (f->db, &feb, "2024-03-28", &error);
  g_assert_no_error (error);
  february = cw_notice_load (f->db, id, &error);
  g_assert_cmpstr (cw_notice_get_to (february), ==, "2024-04-03");
  g_assert_cmpstr (cw_notice_get_period (february), ==, "2024-03");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/finance/periods", test_periods);
  g_test_add ("/finance/disclosure", FinanceFixture, NULL, finance_fixture_set_up, test_disclosure,
              finance_fixture_tear_down);
  g_test_add ("/finance/disclosure-notice", FinanceFixture, NULL, finance_fixture_set_up, test_disclosure_notice,
              finance_fixture_tear_down);

  return g_test_run ();
}
