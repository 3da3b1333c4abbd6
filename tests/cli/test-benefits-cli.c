/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefits-cli"

#include "config.h"

#include <string.h>

#include "core/finance/cw-finance-entry.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"
#include "cw-test-run.h"

/* A village of two households in one group: 张老汉 (60 on 2026-10-18),
 * 李婶 (55 on it) and 李伯 (60 the day after). */
typedef struct
{
  CwTestDir  dir;
  char      *db;
} Fixture;

static void
add_household (CwDatabase *db,
               gint64      group,
               const char *number,
               const char *head_name,
               const char *sex,
               const char *birth,
               const char *spouse,
               const char *spouse_birth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  cw_person_set_text (head, "sex", sex);
  cw_person_set_text (head, "birth-date", birth);
  cw_person_set_text (head, "phone", "13812345678");
  g_assert_true (cw_household_add (db, h, head, &error));
  if (spouse != NULL)
    {
      g_autoptr(CwPerson) other = cw_person_new ();

      cw_person_set_household_id (other, cw_household_get_id (h));
      cw_person_set_text (other, "name", spouse);
      cw_person_set_text (other, "relation", "配偶");
      cw_person_set_text (other, "sex", "F");
      cw_person_set_text (other, "birth-date", spouse_birth);
      cw_person_add (db, other, &error);
    }
  g_assert_no_error (error);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwVillageGroup) two = NULL;

  f->dir = cw_test_dir_new ();
  db = cw_test_database_new (f->dir, FALSE);
  one = cw_village_group_add (db, "一组", &error);
  two = cw_village_group_add (db, "二组", &error);
  g_assert_no_error (error);
  add_household (db, cw_village_group_get_id (one), "0001", "张老汉", "M", "1966-10-18", NULL, NULL);
  add_household (db, cw_village_group_get_id (one), "0002", "李伯", "M", "1966-10-19", "李婶", "1971-10-18");
  add_household (db, cw_village_group_get_id (two), "0003", "王五", "M", "1990-01-01", NULL, NULL);
  f->db = g_strdup (cw_database_get_path (db));
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_free (f->db);
  cw_test_dir_free (f->dir);
}

/* The last line of @text. */
static char *
last_line (const char *text)
{
  g_autofree char *chomped = g_strchomp (g_strdup (text));
  const char *last = strrchr (chomped, '\n');

  return g_strdup (last != NULL ? last + 1 : chomped);
}

/* The first page of @pdf as SCREENSHOT_DIR/@name-1.png, to be looked at. */
static void
look_at (const char *pdf,
         const char *name)
{
  g_autofree char *stem = g_build_filename (SCREENSHOT_DIR, name, NULL);
  const char *argv[] = { "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, stem, NULL };
  g_autofree char *out = NULL;

  if (!cw_test_have_program ("pdftoppm"))
    return;
  g_mkdir_with_parents (SCREENSHOT_DIR, 0755);
  out = cw_test_capture (argv);
}

/* The summary (摘要) of the collective ledger's entry @id, as the
 * village's book holds it. */
static char *
ledger_summary (Fixture *f,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (f->db, &error);
  g_autoptr(CwFinanceEntry) entry = NULL;

  g_assert_no_error (error);
  entry = cw_finance_entry_get (db, id, &error);
  g_assert_no_error (error);
  return g_strdup (cw_finance_entry_get_summary (entry));
}

static void
test_programme (Fixture       *f,
                gconstpointer  data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *number = NULL;

  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "add", "--name", "重阳节慰问", "--date", "2026-10-18",
                     "--amount", "100", "--min-age-male", "60", "--min-age-female", "55", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);
  g_assert_cmpstr (number, ==, "1");

  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "list", number, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "张老汉"));
  g_assert_nonnull (strstr (run.out, "李婶"));
  g_assert_null (strstr (run.out, "李伯"));
  g_assert_nonnull (strstr (run.out, "200.00"));
  g_assert_nonnull (strstr (run.out, "贰佰元整"));
  g_assert_null (strstr (run.out, "13812345678"));

  /* Not paid before approval; approval freezes. */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "pay", number, "--date", "2026-10-18", "--all", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, zh ? "尚未审批" : "not approved"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "approve", number, "--reviewed", "2026-10-10", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Usage: --all or --person. */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "pay", number, "--date", "2026-10-18", NULL);
  g_assert_cmpint (run.status, ==, 2);

  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "pay", number, "--date", "2026-10-18", "--person", "李婶",
                     NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The money is the collective ledger's first entry. */
  g_assert_nonnull (strstr (run.out, zh ? "¥100.00 已记入集体账目：第 1 号账目" : "¥100.00 entered in the collective "
                                                                         "ledger: entry 1."));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "pay", number, "--date", "2026-10-19", "--person", "李婶",
                     NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, zh ? "不能重复发放" : "nobody is paid twice"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "pay", number, "--date", "2026-10-19", "--all", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "第 2 号账目" : "entry 2."));
  /* The finance register has both, waiting for the supervision committee. */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "finance", "show", "--month", "2026-10", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, zh ? "本期有 2 条账目尚待审核" : "2 entries of the period wait for review"));
  /* Whoever paid, in English or in Chinese, the village's book says it in
   * Chinese: it is printed on the disclosure. */
  {
    g_autofree char *first = ledger_summary (f, 1);
    g_autofree char *second = ledger_summary (f, 2);

    g_assert_cmpstr (first, ==, "重阳节慰问:发放1人");
    g_assert_cmpstr (second, ==, "重阳节慰问:发放1人");
  }

  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "已审批" : "Approved"));
  g_assert_nonnull (strstr (run.out, "200.00\t200.00"));

  /* The signature sheet and the workbook. */
  {
    g_autofree char *pdf = g_build_filename (f->dir, "sheet.pdf", NULL);
    g_autofree char *xlsx = g_build_filename (f->dir, "benefits.xlsx", NULL);

    cw_test_run_cunwu (&run, lang, "--db", f->db, "print", "sign-sheet", number, pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, zh ? "签领表" : "signature sheet"));
    if (cw_test_have_program ("pdftotext"))
      {
        const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
        g_autofree char *text = cw_test_capture (argv);

        g_assert_nonnull (strstr (text, "张老汉"));
        g_assert_nonnull (strstr (text, "李婶"));
        g_assert_nonnull (strstr (text, "贰佰元整"));
        g_assert_nonnull (strstr (text, zh ? "签名或手印" : "Signature or Thumbprint"));
        g_assert_null (strstr (text, "13812345678"));
      }
    look_at (pdf, zh ? "sign-sheet-zh_CN" : "sign-sheet-en");
    cw_test_run_cunwu (&run, lang, "--db", f->db, "print", "sign-sheet", "99", pdf, NULL);
    g_assert_cmpint (run.status, ==, 1);
    cw_test_run_cunwu (&run, lang, "--db", f->db, "export", "benefits", "--year", "2026", xlsx, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
    cw_test_run_cunwu (&run, lang, "--db", f->db, "export", "benefits", xlsx, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

static void
test_awards (Fixture       *f,
             gconstpointer  data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_auto(CwTestRun) run = { 0 };

  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "add", "--kind", "文明卫生户", "--year", "2026",
                     "--household", "0001", "--amount", "500", "--date", "2026-11-10", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "add", "--kind", "文明卫生户", "--year", "2026",
                     "--household", "0002", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, zh ? "每组每年只评一户" : "One household per group a year"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "stars", "--year", "2026", "--household", "0002",
                     "--stars", "4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "stars", "--year", "2026", "--household", "0002",
                     "--stars", "9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "list", "--year", "2026", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "文明卫生户" : "Civilized and Clean Household"));
  g_assert_nonnull (strstr (run.out, "李伯"));

  /* The prize is paid once approved: the committees' review, then the
   * representatives (recorded among the village's roles). */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "pay", "1", "--date", "2026-11-30", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, zh ? "尚未审批" : "not approved"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "approve", "1", "--reviewed", "2026-11-20", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "role", "set", "--person", "张老汉", "--role", "村民代表",
                     "--from", "2026-01-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "approve", "1", "--reviewed", "2026-11-20",
                     "--representatives", "2026-11-25", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "pay", "1", "--date", "2026-11-30", "--by", "张会计", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "¥500.00 已记入集体账目：第 1 号账目" : "¥500.00 entered in the collective "
                                                                         "ledger: entry 1."));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "pay", "1", "--date", "2026-11-30", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, zh ? "不能重复发放" : "nobody is paid twice"));
  {
    g_autofree char *summary = ledger_summary (f, 1);

    g_assert_cmpstr (summary, ==, "文明卫生户(2026年)奖金:0001户(张老汉)");
  }
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "list", "--year", "2026", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2026-11-25\t2026-11-30"));

  /* The board as a notice draft: names and household numbers, no phone
   * (every head has one) and no ID number. */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "notice", "--year", "2026", "--from", "2026-12-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autofree char *number = last_line (run.out);

    g_autofree char *pdf = g_build_filename (f->dir, "award-notice.pdf", NULL);

    g_assert_cmpstr (number, ==, "2026-001");
    cw_test_run_cunwu (&run, lang, "--db", f->db, "notice", "show", number, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "2026-12-08"));
    cw_test_run_cunwu (&run, lang, "--db", f->db, "print", "notice", number, pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    look_at (pdf, zh ? "award-notice-zh_CN" : "award-notice-en");
    if (cw_test_have_program ("pdftotext"))
      {
        const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
        g_autofree char *text = cw_test_capture (argv);

        g_assert_nonnull (strstr (text, "张老汉"));
        g_assert_nonnull (strstr (text, "0001"));
        g_assert_null (strstr (text, "13812345678"));
        g_assert_null (strstr (text, "5678"));
      }
  }
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "notice", "--year", "2025", NULL);
  g_assert_cmpint (run.status, ==, 1);
  {
    g_autofree char *pdf = g_build_filename (f->dir, "board.pdf", NULL);

    cw_test_run_cunwu (&run, lang, "--db", f->db, "print", "award-board", "--year", "2026", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    look_at (pdf, zh ? "award-board-zh_CN" : "award-board-en");
  }
}

/* A 文明卫生户 whose prize is a quilt: listed, approved and handed over
 * without a ledger entry, shown on the board and in the workbook in
 * place of an amount. */
static void
test_award_in_kind (Fixture       *f,
                    gconstpointer  data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_autofree char *pdf = g_build_filename (f->dir, "board.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "benefits.xlsx", NULL);
  g_auto(CwTestRun) run = { 0 };

  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "add", "--kind", "文明卫生户", "--year", "2026",
                     "--household", "0003", "--in-kind", "一床被子", "--date", "2026-11-10", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "add", "--kind", "文明卫生户", "--year", "2026",
                     "--household", "0001", "--amount", "300", "--in-kind", "奖牌一块", "--date", "2026-11-10",
                     NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "list", "--year", "2026", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "奖品或实物" : "Prize or In Kind"));
  g_assert_nonnull (strstr (run.out, "\t一床被子\n"));
  g_assert_nonnull (strstr (run.out, "\t¥300.00 + 奖牌一块\n"));

  cw_test_run_cunwu (&run, lang, "--db", f->db, "role", "set", "--person", "张老汉", "--role", "村民代表",
                     "--from", "2026-01-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (const char * const *id = (const char * const []) { "1", "2", NULL }; *id != NULL; id++)
    {
      cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "approve", *id, "--reviewed", "2026-11-20",
                         "--representatives", "2026-11-25", NULL);
      g_assert_cmpint (run.status, ==, 0);
    }
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "pay", "1", "--date", "2026-11-30", "--by", "张会计", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "一床被子：实物奖品已发放，不记入集体账目" : "一床被子: handed over in kind"));
  g_assert_null (strstr (run.out, zh ? "已记入集体账目" : "entered in the collective ledger:"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "award", "pay", "2", "--date", "2026-11-30", "--by", "张会计", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, zh ? "¥300.00 已记入集体账目：第 1 号账目" : "¥300.00 entered in the collective "
                                                                         "ledger: entry 1."));
  g_assert_nonnull (strstr (run.out, "奖牌一块"));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwDatabase) db = cw_database_open (f->db, &error);

    g_autoptr(GListModel) entries = NULL;

    g_assert_no_error (error);
    /* The money alone is an expense. */
    entries = cw_finance_entry_list (db, "2026-01-01", "2026-12-31", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  }

  cw_test_run_cunwu (&run, lang, "--db", f->db, "print", "award-board", "--year", "2026", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  look_at (pdf, zh ? "award-board-in-kind-zh_CN" : "award-board-in-kind-en");
  if (cw_test_have_program ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *text = cw_test_capture (argv);

      g_assert_nonnull (strstr (text, "一床被子"));
      g_assert_nonnull (strstr (text, "¥300.00 + 奖牌一块"));
    }

  cw_test_run_cunwu (&run, lang, "--db", f->db, "export", "benefits", "--year", "2026", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  if (cw_test_have_program ("soffice"))
    {
      g_autoptr(GPtrArray) expenses = cw_test_soffice_read_sheet (xlsx, 3);
      g_autoptr(GPtrArray) awards = cw_test_soffice_read_sheet (xlsx, 4);
      gboolean quilt_paid = FALSE, quilt_listed = FALSE;

      /* Expenses: the quilt handed over with no amount and no entry. */
      for (guint i = 0; i < expenses->len; i++)
        {
          char **row = expenses->pdata[i];

          if (g_strv_length (row) > 7 && g_str_equal (row[5], "一床被子"))
            {
              g_assert_cmpstr (row[4], ==, "");
              g_assert_cmpstr (row[7], ==, "");
              quilt_paid = TRUE;
            }
        }
      /* Awards: the prize column empty, the prize in kind beside it. */
      for (guint i = 0; i < awards->len; i++)
        {
          char **row = awards->pdata[i];

          if (g_strv_length (row) > 7 && g_str_equal (row[2], "0003"))
            {
              g_assert_cmpstr (row[6], ==, "");
              g_assert_cmpstr (row[7], ==, "一床被子");
              quilt_listed = TRUE;
            }
        }
      g_assert_true (quilt_paid);
      g_assert_true (quilt_listed);
    }
}

/* Person flags from a file: a dry run writes nothing, the good row goes
 * in, the row naming nobody is refused by its line, the flag held is
 * told apart on a second run. */
static void
test_flag_import (Fixture       *f,
                  gconstpointer  data)
{
  const char *lang = data;
  gboolean zh = g_str_has_prefix (lang, "zh");
  g_autofree char *csv = g_build_filename (f->dir, "flags.csv", NULL);
  g_auto(CwTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (csv, "姓名,标记,起始日期\n李婶,参与土地分配,2000-01-01\n"
                                           "查无此人,参与土地分配,2000-01-01\n", -1, NULL));
  /* A refused row makes the status 1, as every import's. */
  cw_test_run_cunwu (&run, lang, "--db", f->db, "import", "benefit-flags", csv, "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, zh ? "第 3 行" : "line 3"));
  g_assert_nonnull (strstr (run.out, "查无此人"));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "benefit", "flag", "--person", "李婶", "--flag", "参与土地分配",
                     "--clear", "--until", "2026-01-01", "--reason", "x", NULL);
  g_assert_cmpint (run.status, !=, 0);

  cw_test_run_cunwu (&run, lang, "--db", f->db, "import", "benefit-flags", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, zh ? "已导入 1 个标记" : "Imported 1 flag."));
  cw_test_run_cunwu (&run, lang, "--db", f->db, "import", "benefit-flags", csv, NULL);
  g_assert_nonnull (strstr (run.out, zh ? "1 个标记此前已有" : "1 flag was held already."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/benefits-cli/programme/en", Fixture, "C.UTF-8", set_up, test_programme, tear_down);
  g_test_add ("/benefits-cli/programme/zh_CN", Fixture, "zh_CN.UTF-8", set_up, test_programme, tear_down);
  g_test_add ("/benefits-cli/awards/en", Fixture, "C.UTF-8", set_up, test_awards, tear_down);
  g_test_add ("/benefits-cli/awards/zh_CN", Fixture, "zh_CN.UTF-8", set_up, test_awards, tear_down);
  g_test_add ("/benefits-cli/award-in-kind/en", Fixture, "C.UTF-8", set_up, test_award_in_kind, tear_down);
  g_test_add ("/benefits-cli/award-in-kind/zh_CN", Fixture, "zh_CN.UTF-8", set_up, test_award_in_kind, tear_down);
  g_test_add ("/benefits-cli/flag-import/en", Fixture, "C.UTF-8", set_up, test_flag_import, tear_down);
  g_test_add ("/benefits-cli/flag-import/zh_CN", Fixture, "zh_CN.UTF-8", set_up, test_flag_import, tear_down);

  return g_test_run ();
}
