/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-import"

/* The bookkeeping agency's CSV, as every import is read: both encodings,
 * each refusal on its line, a voucher in or out whole, nothing doubled. */

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-import-report.h"
#include "core/common/cw-importer.h"
#include "core/finance/cw-finance-import.h"

#include "finance-test-util.h"

/* The agency's file, every refusal on its line, in both encodings. */
static const char agency_csv[] =
  "日期,凭证号,科目,摘要,收入,支出,经办人\n"
  "2024-07-02,记-1,50101,摊位租金,\"1,234.50\",,王会计\n"          /* line 2 */
  "2024-07-02,记-1,管理费用,办公用品,,1234.5,王会计\n"               /* 3 */
  "2024/7/5,记-2,503,上级补助,\"¥1,234.50\",0.00,\n"             /* 4 */
  "2024-07-06,记-3,9999,无此科目,10,,\n"                           /* 5: unknown account */
  "2024-07-07,记-4,501,两列都有,10,20,\n"                         /* 6: both */
  "2024-07-08,记-5,501,坏金额,\"1,2.3\",,\n"                     /* 7: bad amount */
  "2024-07-08,记-5,513,同凭证,,5,\n"                              /* 8: skipped with 7 */
  "2024-07-09,记-6,513,收入在支出科目,5,,\n"                      /* 9: wrong column */
  "2024-07-09,记-7,发包及上交收入,旧科目,5,,\n"                     /* 10: the 2004 chart's */
  "2023-07-09,记-8,发包及上交收入,承包费,500,,\n"                   /* 11: fine in 2023 */
  "2024-07-10,记-9,501,无金额,,,\n"                               /* 12: neither */
  "2024-07-11,记-10,502,合作社分红,800,,\n";                      /* 13: 502 投资收益, an income */

static void
check_agency_report (CwImportReport *report)
{
  static const struct { guint line; const char *words; } refused[] = {
    { 5, "9999" }, { 6, "both income" }, { 7, "1,2.3" }, { 8, "line 7" }, { 9, "expense account" },
    { 10, "发包及上交收入" }, { 12, "no amount" },
  };

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 4);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_FINANCE_IMPORT_LINES), ==, 5);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, G_N_ELEMENTS (refused));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *message = NULL;

      g_assert_cmpuint (cw_import_report_get_problem (report, i, NULL, &message), ==, refused[i].line);
      g_assert_nonnull (strstr (message, refused[i].words));
    }
}

static void
test_import (FinanceFixture *f,
             gconstpointer   data)
{
  const char *charset = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) again = NULL;
  g_autoptr(CwFinanceDisclosure) july = NULL;
  g_autofree char *path = g_build_filename (f->dir, "ledger.csv", NULL);
  g_autofree char *changed_path = g_build_filename (f->dir, "changed.csv", NULL);
  gint64 before = cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1);

  cw_test_write_file (path, agency_csv, charset);

  /* A dry run says the same and writes nothing. */
  dry = cw_importer_import_file (&cw_finance_importer, f->db, path, CW_IMPORT_DRY_RUN, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_agency_report (dry);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before);

  report = cw_importer_import_file (&cw_finance_importer, f->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_agency_report (report);
  /* Voucher 记-5 stays out whole: its good line 8 too. */
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before + 5);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry WHERE voucher = '记-5'", -1),
                   ==, 0);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT sum(amount) FROM finance_entry WHERE voucher = '记-2'", -1),
                   ==, 123450);
  /* The agency's 502 is the 会计科目表's: 投资收益. */
  g_assert_cmpint (cw_database_query_int (f->db,
                                          "SELECT count(*) FROM finance_entry e "
                                          "JOIN finance_account a ON a.id = e.account_id "
                                          "WHERE e.voucher = '记-10' AND a.name = '投资收益' AND e.amount = 80000",
                                          -1), ==, 1);

  /* Imported again: the vouchers are there already, nothing doubles. */
  again = cw_importer_import_file (&cw_finance_importer, f->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
  g_assert_cmpuint (cw_import_report_get_count (again, CW_IMPORT_REPORT_UNCHANGED), ==, 4);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before + 5);

  /* A voucher in the ledger with other lines is refused, not doubled. */
  g_clear_object (&again);
  cw_test_write_file (changed_path,
                      "日期,凭证号,科目,摘要,收入,支出\n2024-07-02,记-1,50101,摊位租金,1234.51,\n", charset);
  again = cw_importer_import_file (&cw_finance_importer, f->db, changed_path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (again), ==, 1);

  /* Imported entries wait for review: the disclosure counts none yet. */
  july = finance_test_disclose (f, "2024-07");
  g_assert_cmpint (july->income_period, ==, 0);
  g_assert_cmpuint (july->pending, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/finance/import/utf-8", FinanceFixture, NULL, finance_fixture_set_up, test_import,
              finance_fixture_tear_down);
  g_test_add ("/finance/import/gb18030", FinanceFixture, "GB18030", finance_fixture_set_up, test_import,
              finance_fixture_tear_down);

  return g_test_run ();
}
