/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-cli"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "cw-test-core.h"
#include "cw-test-run.h"

/* A village with one person, 李监督, who chairs the supervision committee
 * since 2020, made as a clerk would with the program. */
static char *
village (const char *dir)
{
  g_auto(CwTestRun) r = { 0 };
  char *db = g_build_filename (dir, "village.db", NULL);
  g_autofree char *roster = g_build_filename (dir, "roster.csv", NULL);

  cw_test_run_cunwu (&r, "C.UTF-8", "--db", db, "init", "--village", "青山村", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_write_file (roster, "户号,村民小组,姓名,与户主关系\n0001,一组,李监督,户主\n", NULL);
  cw_test_run_cunwu (&r, "C.UTF-8", "--db", db, "import", "households", roster, NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, "C.UTF-8", "--db", db, "role", "set", "--person", "李监督", "--role", "监委会主任",
                     "--from", "2020-01-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  return db;
}

static const char ledger[] =
  "日期,凭证号,科目,摘要,收入,支出,经办人\n"
  "2024-07-02,记-1,501,摊位租金,\"1,234.50\",,王会计\n"
  "2024-07-02,记-1,管理费用,办公用品,,1234.5,王会计\n"
  "2024-07-05,记-2,补助收入,上级补助,\"¥50,000.00\",,\n"
  "2024-07-06,记-3,9999,无此科目,10,,\n"
  "2024-07-07,记-4,501,两列都有,10,20,\n"
  "2024-07-08,记-5,501,坏金额,\"1,2.3\",,\n";

static void
test_ledger (gconstpointer data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village (dir);
  g_autofree char *csv = g_build_filename (dir, "ledger.csv", NULL);
  g_auto(CwTestRun) r = { 0 };

  /* A sub-account of the 2024 chart. */
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "account", "--under", "经营收入", "--code", "50101",
                     "--name", "摊位租金", "--year", "2024", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "account", "--under", "经营收入", "--code", "5002",
                     "--name", "其他", "--year", "2024", NULL);
  g_assert_cmpint (r.status, ==, 1);

  cw_test_write_file (csv, ledger, "GB18030");
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "finance", csv, NULL);
  /* Refused rows: status 1, each on its line; the good vouchers went in. */
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, zh ? "第 5 行" : "line 5"));
  g_assert_nonnull (strstr (r.out, "9999"));
  g_assert_nonnull (strstr (r.out, zh ? "第 6 行" : "line 6"));
  g_assert_nonnull (strstr (r.out, zh ? "第 7 行" : "line 7"));
  g_assert_nonnull (strstr (r.out, "1,2.3"));
  g_assert_nonnull (strstr (r.out, zh ? "导入了 2 张凭证（3 行账目）" : "Imported 2 vouchers (3 ledger lines)"));

  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "close", "--month", "2024-07", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "3"));

  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "review", "--month", "2024-07", "--by", "无此人",
                     "--date", "2024-08-01", NULL);
  g_assert_cmpint (r.status, ==, 1);
  /* Voucher 记-1 alone (its two lines), then what is left of the month. */
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "review", "--month", "2024-07", "--voucher", "记-1",
                     "--by", "李监督", "--date", "2024-08-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "已审核 记-1 的 2 条账目" : "Reviewed 2 entries of 记-1"));
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "review", "--month", "2024-07", "--voucher", "记-1",
                     "--by", "李监督", "--date", "2024-08-01", NULL);
  g_assert_cmpint (r.status, ==, 1);
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "review", "--month", "2024-07", "--by", "李监督",
                     "--date", "2024-08-01", "--opinion", "同意", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "已审核 2024-07 的 1 条账目" : "Reviewed 1 entry of 2024-07"));

  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "close", "--month", "2024-07", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "close", "--month", "2024-07", NULL);
  g_assert_cmpint (r.status, ==, 1);

  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "show", "--quarter", "2024Q3", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "501 经营收入\t1,234.50\t1,234.50"));
  g_assert_nonnull (strstr (r.out, "503 补助收入\t50,000.00\t50,000.00"));
  g_assert_nonnull (strstr (r.out, "\t51,234.50\t51,234.50"));
  g_assert_nonnull (strstr (r.out, "伍万壹仟贰佰叁拾肆元伍角"));
  g_assert_nonnull (strstr (r.out, "壹仟贰佰叁拾肆元伍角"));

  /* The printout and the workbook of the quarter. */
  {
    g_autofree char *pdf = g_build_filename (dir, "disclosure.pdf", NULL);
    g_autofree char *xlsx = g_build_filename (dir, "disclosure.xlsx", NULL);
    g_autofree char *text = NULL;

    cw_test_run_cunwu (&r, lang, "--db", db, "print", "finance", "--quarter", "2024Q3", pdf, "--posted", "2024-10-08",
                       NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, zh ? "青山村2024年第3季度财务公开" : "青山村 2024 Q3: financial disclosure"));
    if (cw_test_have_program ("pdftotext"))
      {
        text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL });
        g_assert_nonnull (strstr (text, "51,234.50"));
        g_assert_nonnull (strstr (text, "伍万壹仟贰佰叁拾肆元伍角"));
        g_assert_nonnull (strstr (text, "李监督"));
        g_assert_nonnull (strstr (text, zh ? "会计代理中心" : "Bookkeeping agency"));
      }
    cw_test_run_cunwu (&r, lang, "--db", db, "print", "finance", "--quarter", "2024Q3", pdf, "--paper", "A3", NULL);
    g_assert_cmpint (r.status, ==, 0);
    if (cw_test_have_program ("pdfinfo"))
      {
        g_autofree char *info = cw_test_capture ((const char * const[]) { "pdfinfo", pdf, NULL });

        g_assert_nonnull (strstr (info, "(A3)"));
      }
    cw_test_run_cunwu (&r, lang, "--db", db, "print", "finance", "--quarter", "2024Q3", pdf, "--paper", "B5", NULL);
    g_assert_cmpint (r.status, ==, 2);
    cw_test_run_cunwu (&r, lang, "--db", db, "export", "finance", "--month", "2024-07", xlsx, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_EXISTS));
    cw_test_run_cunwu (&r, lang, "--db", db, "print", "finance", pdf, NULL);
    g_assert_cmpint (r.status, ==, 2);
    cw_test_run_cunwu (&r, lang, "--db", db, "export", "finance", "--month", "2024-07", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }

  /* The month drafted as a 财务 notice, once; its printout masks nothing
   * it should not show and has the figures. */
  {
    g_autofree char *pdf = g_build_filename (dir, "notice.pdf", NULL);
    g_autofree char *text = NULL;

    cw_test_run_cunwu (&r, lang, "--db", db, "finance", "notice", "--month", "2024-07", "--date", "2024-08-05", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "2024-001"));
    g_assert_nonnull (strstr (r.out, "2024-08-31"));
    cw_test_run_cunwu (&r, lang, "--db", db, "finance", "notice", "--month", "2024-07", "--date", "2024-08-06", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "2024-001"));
    cw_test_run_cunwu (&r, lang, "--db", db, "notice", "show", "2024-001", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, zh ? "财务" : "Financial affairs"));
    cw_test_run_cunwu (&r, lang, "--db", db, "print", "notice", "2024-001", pdf, NULL);
    g_assert_cmpint (r.status, ==, 0);
    if (cw_test_have_program ("pdftotext"))
      {
        text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL });
        g_assert_nonnull (strstr (text, "51,234.50"));
        g_assert_nonnull (strstr (text, "伍万壹仟贰佰叁拾肆元伍角"));
      }
    cw_test_run_cunwu (&r, lang, "--db", db, "finance", "notice", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }

  /* Usage errors: status 2. */
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "show", "--quarter", "2024Q5", NULL);
  g_assert_cmpint (r.status, ==, 2);
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "review", "--month", "2024-07", NULL);
  g_assert_cmpint (r.status, ==, 2);
  cw_test_run_cunwu (&r, lang, "--db", db, "finance", "close", NULL);
  g_assert_cmpint (r.status, ==, 2);
}

/* A voucher goes in whole: one wrong line refuses its three, and the
 * count says the three lines listed, not the one voucher. */
static void
test_voucher_refused_count (gconstpointer data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village (dir);
  g_autofree char *csv = g_build_filename (dir, "ledger.csv", NULL);
  g_auto(CwTestRun) r = { 0 };

  cw_test_write_file (csv,
                      "日期,凭证号,科目,摘要,收入,支出,经办人\n"
                      "2024-07-02,记-1,501,摊位租金,30,,王会计\n"
                      "2024-07-02,记-1,9999,无此科目,,10,王会计\n"
                      "2024-07-02,记-1,管理费用,办公用品,,20,王会计\n"
                      "2024-07-05,记-2,补助收入,上级补助,50,,\n",
                      NULL);
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "finance", csv, "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, zh ? "第 2 行" : "line 2"));
  g_assert_nonnull (strstr (r.out, zh ? "第 3 行" : "line 3"));
  g_assert_nonnull (strstr (r.out, zh ? "第 4 行" : "line 4"));
  g_assert_nonnull (strstr (r.out, zh ? "将拒绝 3 行" : "Would refuse 3 rows"));
  g_assert_null (strstr (r.out, zh ? "将拒绝 1 行" : "Would refuse 1 row"));

  cw_test_run_cunwu (&r, lang, "--db", db, "import", "finance", csv, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, zh ? "已拒绝 3 行" : "Refused 3 rows"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/finance-cli/ledger/C", "C.UTF-8", test_ledger);
  g_test_add_data_func ("/finance-cli/ledger/zh_CN", "zh_CN.UTF-8", test_ledger);
  g_test_add_data_func ("/finance-cli/voucher-refused-count/C", "C.UTF-8", test_voucher_refused_count);
  g_test_add_data_func ("/finance-cli/voucher-refused-count/zh_CN", "zh_CN.UTF-8", test_voucher_refused_count);

  return g_test_run ();
}
