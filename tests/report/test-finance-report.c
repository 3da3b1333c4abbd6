/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-report"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "core/common/cw-error.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-period.h"
#include "core/households/cw-household.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* 2024 Q1 of a small ledger, reviewed by the committee's chair:
 *
 *   2024-01-05  501  经营收入   12,345.67
 *   2024-02-10  503  补助收入   50,000.00   (a large item)
 *   2024-02-15  513  管理费用    1,280.50
 *   2024-03-20  514  公益支出   60,000.05   (a large item)
 *
 * income 62,345.67 (陆万贰仟叁佰肆拾伍元陆角柒分), expense 61,280.55
 * (陆万壹仟贰佰捌拾元零伍角伍分), carried 1,065.12 (壹仟零陆拾伍元壹角贰分). */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} Fixture;

static void
enter (Fixture    *f,
       const char *date,
       const char *code,
       const char *summary,
       gint64      fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) account = cw_finance_account_find (f->db, "2023", code, &error);
  gint64 id = cw_finance_entry_add (f->db, date, "记-1", cw_finance_account_get_id (account), summary, fen, "", &error);

  g_assert_no_error (error);
  g_assert_true (cw_finance_entry_review (f->db, &id, 1, NULL, "李监督", "2024-04-02", "同意", NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwVillageRole) chair = NULL;
  g_autoptr(CwVillageRole) member = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  g_assert_true (cw_village_create (f->db, village, &error));
  group = cw_village_group_add (f->db, "一组", &error);
  cw_household_set_text (household, "number", "0001");
  cw_household_set_group_id (household, cw_village_group_get_id (group));
  cw_person_set_text (head, "name", "李监督");
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (f->db, household, head, &error));
  chair = cw_village_role_new (CW_ROLE_SUPERVISION_CHAIR, cw_person_get_id (head), NULL, "2020-01-01", NULL);
  member = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, "赵委员", "2020-01-01", NULL);
  g_assert_cmpint (cw_village_role_add (f->db, chair, &error), >, 0);
  g_assert_cmpint (cw_village_role_add (f->db, member, &error), >, 0);
  g_assert_no_error (error);

  enter (f, "2024-01-05", "501", "摊位租金", 1234567);
  enter (f, "2024-02-10", "503", "上级补助", 5000000);
  enter (f, "2024-02-15", "513", "办公用品", 128050);
  enter (f, "2024-03-20", "514", "道路修缮", 6000005);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

/* Every account of the 2023 chart with its 本期 and 本年累计 (Q1: the same). */
static const struct { const char *code; const char *figures; } q1_rows[] = {
  { "501", "12,345.67" }, { "502", "0.00" }, { "503", "50,000.00" }, { "504", "0.00" },
  { "511", "0.00" }, { "512", "0.00" }, { "513", "1,280.50" }, { "514", "60,000.05" },
  { "515", "0.00" }, { "521", "0.00" },
};

static gboolean
line_has (const char *text,
          const char *first,
          const char *second,
          guint       times)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *at = strstr (lines[i], first);
      guint seen = 0;

      if (at == NULL)
        continue;
      for (const char *p = strstr (at, second); p != NULL; p = strstr (p + 1, second))
        seen++;
      if (seen >= times)
        return TRUE;
    }
  return FALSE;
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "disclosure.pdf", NULL);
  g_autofree char *text = NULL;
  CwFinancePeriod period;
  int n_pages = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_true (cw_finance_period_parse ("2024Q1", &period, &error));
  g_assert_true (cw_finance_disclosure_save_pdf (f->db, &period, "2024-04-08", FALSE, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);
  cw_report_test_assert_cjk_embedded (pdf);
  cw_report_test_assert_no_overlap (pdf);
  cw_report_test_assert_nothing_elided (pdf);
  text = cw_report_test_text (pdf, 0);

  /* Each account on its line, 本期 and 累计. */
  for (guint i = 0; i < G_N_ELEMENTS (q1_rows); i++)
    g_assert_true (line_has (text, q1_rows[i].code, q1_rows[i].figures, 2));
  /* The 2023 chart: no 发包及上交收入. */
  g_assert_null (strstr (text, "发包"));
  /* The totals, in figures and in capitals, the balance, the large items. */
  g_assert_true (line_has (text, "Total income", "62,345.67", 2));
  g_assert_true (line_has (text, "Total expense", "61,280.55", 2));
  g_assert_nonnull (strstr (text, "陆万贰仟叁佰肆拾伍元陆角柒分"));
  g_assert_nonnull (strstr (text, "陆万壹仟贰佰捌拾元零伍角伍分"));
  g_assert_nonnull (strstr (text, "壹仟零陆拾伍元壹角贰分"));
  g_assert_nonnull (strstr (text, "1,065.12"));
  g_assert_nonnull (strstr (text, "上级补助"));
  g_assert_nonnull (strstr (text, "道路修缮"));
  /* Signed and sealed: the committee by name, the agency, the date posted. */
  g_assert_nonnull (strstr (text, "李监督"));
  g_assert_nonnull (strstr (text, "赵委员"));
  g_assert_nonnull (strstr (text, "Bookkeeping agency"));
  g_assert_nonnull (strstr (text, "青山村"));
  g_assert_nonnull (strstr (text, "2024-04-08"));
}

/* @text without its white space: a line wrapped anywhere reads the same. */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* A balance in the billions: the total under the table, the disclosure's
 * longest line, is printed whole in either language, wrapped in its box
 * rather than cut short. The window's disclosure page draws the same
 * layout. */
static void
test_print_long_totals (Fixture       *f,
                        gconstpointer  data)
{
  static const struct { const char *lang; const char *format; } langs[] = {
    { "C.UTF-8", "Balance brought forward %s + income %s − expense %s = balance carried forward %s" },
    { "zh_CN.UTF-8", "上期结余 %s + 本期收入 %s − 本期支出 %s = 期末结余 %s" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) old_income = cw_finance_account_find (f->db, "2004", "经营收入", &error);
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  g_autofree char *brought = NULL, *income = NULL, *expense = NULL, *carried = NULL;
  CwFinancePeriod period;
  gint64 id;

  if (!cw_test_have_program ("pdftotext"))
    return;
  id = cw_finance_entry_add (f->db, "2023-12-01", "记-1", cw_finance_account_get_id (old_income), "土地出让分成",
                             888888888888, "", &error);
  g_assert_no_error (error);
  g_assert_true (cw_finance_entry_review (f->db, &id, 1, NULL, "李监督", "2024-01-02", "同意", NULL, &error));
  g_assert_no_error (error);
  enter (f, "2024-02-20", "503", "征地补偿", 777777777777);
  enter (f, "2024-03-25", "513", "安置房工程款", 123456789012);
  g_assert_true (cw_finance_period_parse ("2024Q1", &period, &error));
  disclosure = cw_finance_disclosure_compute (f->db, &period, &error);
  g_assert_no_error (error);
  brought = cw_money_format (disclosure->brought_forward);
  income = cw_money_format (disclosure->income_period);
  expense = cw_money_format (disclosure->expense_period);
  carried = cw_money_format (disclosure->carried);
  g_assert_cmpstr (carried, ==, "15,432,099,841.65");

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_auto(CwTestRun) run = { 0 };
      g_autofree char *pdf = g_strdup_printf ("%s/long-%u.pdf", f->dir, i);
      g_autofree char *line = g_strdup_printf (langs[i].format, brought, income, expense, carried);
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      g_autofree char *flat_line = squeezed (line);

      cw_test_run_cunwu (&run, langs[i].lang, "--db", cw_database_get_path (f->db), "print", "finance", "--quarter",
                         "2024Q1", pdf, NULL);
      g_assert_cmpint (run.status, ==, 0);
      cw_report_test_assert_no_overlap (pdf);
      cw_report_test_assert_nothing_elided (pdf);
      text = cw_report_test_text (pdf, 0);
      flat = squeezed (text);
      if (strstr (flat, flat_line) == NULL)
        g_error ("The total line “%s” is not whole in:\n%s", line, text);
    }
}

/* The height of the first word on the first page of @pdf, in points. */
static double
first_word_height (const char *pdf)
{
  g_autofree char *html = cw_test_capture ((const char * const[]) { "pdftotext", "-bbox", "-f", "1", "-l", "1", pdf,
                                                                    "-", NULL });
  const char *word = strstr (html, "<word ");
  double y_min, y_max;

  g_assert_nonnull (word);
  g_assert_cmpint (sscanf (strstr (word, "yMin=\"") + 6, "%lf", &y_min), ==, 1);
  g_assert_cmpint (sscanf (strstr (word, "yMax=\"") + 6, "%lf", &y_max), ==, 1);
  return y_max - y_min;
}

/* For a large board: the same disclosure on one A3 page, the A4 page
 * enlarged (its type √2 as large). */
static void
test_print_a3 (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "disclosure-a3.pdf", NULL);
  g_autofree char *a4 = g_build_filename (f->dir, "disclosure-a4.pdf", NULL);
  double ratio;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  CwFinancePeriod period;
  int n_pages = 0;

  if (!cw_test_have_program ("pdftotext") || !cw_test_have_program ("pdfinfo"))
    return;
  g_assert_true (cw_finance_period_parse ("2024Q1", &period, &error));
  g_assert_true (cw_finance_disclosure_save_pdf (f->db, &period, "2024-04-08", TRUE, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);
  info = cw_test_capture ((const char * const[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "841.89 x 1190.55 pts (A3)"));
  cw_report_test_assert_cjk_embedded (pdf);
  cw_report_test_assert_no_overlap (pdf);
  cw_report_test_assert_nothing_elided (pdf);
  text = cw_report_test_text (pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (q1_rows); i++)
    g_assert_true (line_has (text, q1_rows[i].code, q1_rows[i].figures, 2));
  g_assert_true (line_has (text, "Total income", "62,345.67", 2));
  g_assert_nonnull (strstr (text, "陆万贰仟叁佰肆拾伍元陆角柒分"));
  g_assert_nonnull (strstr (text, "Bookkeeping agency"));

  g_assert_true (cw_finance_disclosure_save_pdf (f->db, &period, "2024-04-08", FALSE, a4, NULL, &error));
  ratio = first_word_height (pdf) / first_word_height (a4);
  g_assert_cmpfloat_with_epsilon (ratio, G_SQRT2, 0.02);
}

/* LibreOffice's CSV of the workbook's first sheet, as the cells show (token 9). */
static GPtrArray *
read_first_sheet (Fixture    *f,
                  const char *xlsx)
{
  g_autofree char *outdir = g_build_filename (f->dir, "csv", NULL);
  g_autofree char *csv = g_build_filename (outdir, "disclosure.csv", NULL);
  g_auto(CwTestRun) run = { 0 };

  g_mkdir_with_parents (outdir, 0700);
  cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false",
                           outdir);
  if (!g_file_test (csv, G_FILE_TEST_EXISTS))
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);
  return cw_test_read_csv (csv);
}

static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->dir, "disclosure.xlsx", NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  CwFinancePeriod period;
  guint found = 0;

  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_true (cw_finance_period_parse ("2024Q1", &period, &error));
  /* One more entry the committee has not reviewed: left out of the
   * disclosure, and marked in the ledger sheet. */
  {
    g_autoptr(CwFinanceAccount) account = cw_finance_account_find (f->db, "2023", "513", &error);

    g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-28", "记-9", cw_finance_account_get_id (account),
                                           "打印纸", 12000, "", &error), >, 0);
    g_assert_no_error (error);
  }
  g_assert_true (cw_finance_export_disclosure (f->db, &period, "2024-04-08", xlsx, &error));
  g_assert_no_error (error);
  records = read_first_sheet (f, xlsx);

  for (guint r = 0; r < records->len; r++)
    {
      GStrv fields = g_ptr_array_index (records, r);

      for (guint c = 0; fields[c] != NULL; c++)
        g_string_append_printf (all, "%s\t", fields[c]);
      g_string_append_c (all, '\n');
      for (guint i = 0; i < G_N_ELEMENTS (q1_rows); i++)
        if (g_strv_length (fields) >= 4 && g_str_equal (fields[0], q1_rows[i].code))
          {
            g_assert_cmpstr (fields[2], ==, q1_rows[i].figures);
            g_assert_cmpstr (fields[3], ==, q1_rows[i].figures);
            found++;
          }
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (q1_rows));
  g_assert_true (line_has (all->str, "Total income", "62,345.67", 2));
  g_assert_true (line_has (all->str, "Total expense", "61,280.55", 2));
  g_assert_nonnull (strstr (all->str, "陆万贰仟叁佰肆拾伍元陆角柒分"));
  g_assert_nonnull (strstr (all->str, "壹仟零陆拾伍元壹角贰分"));

  /* The ledger sheet (the third) marks the entry waiting for review in
   * its row and says under the table that the disclosure leaves it out. */
  {
    g_autofree char *outdir = g_build_filename (f->dir, "ledger", NULL);
    g_autofree char *csv = g_build_filename (outdir, "disclosure-Ledger.csv", NULL);
    g_autoptr(GPtrArray) ledger = NULL;
    g_auto(CwTestRun) run = { 0 };
    gboolean marked = FALSE, said = FALSE;

    g_mkdir_with_parents (outdir, 0700);
    cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,3",
                             outdir);
    if (!g_file_test (csv, G_FILE_TEST_EXISTS))
      g_error ("soffice did not convert the ledger sheet of %s: %s %s", xlsx, run.out, run.err);
    ledger = cw_test_read_csv (csv);
    for (guint r = 0; r < ledger->len; r++)
      {
        GStrv fields = g_ptr_array_index (ledger, r);

        if (g_strv_length (fields) >= 9 && g_str_equal (fields[4], "打印纸"))
          marked = g_str_equal (fields[8], "Not reviewed");
        said |= fields[0] != NULL && strstr (fields[0], "1 entry is not reviewed yet") != NULL;
      }
    g_assert_true (marked);
    g_assert_true (said);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/finance-report/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);
  g_test_add ("/finance-report/print-a3", Fixture, NULL, fixture_set_up, test_print_a3, fixture_tear_down);
  g_test_add ("/finance-report/print-long-totals", Fixture, NULL, fixture_set_up, test_print_long_totals,
              fixture_tear_down);
  g_test_add ("/finance-report/workbook", Fixture, NULL, fixture_set_up, test_workbook, fixture_tear_down);

  return g_test_run ();
}
