/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefits-report"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"
#include "core/village/cw-village.h"
#include "report/benefits/cw-benefit-sign-sheet.h"
#include "report/benefits/cw-benefits-export.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* Sixty elders, each the head of a household of 一组 with an ID number and
 * a phone; a programme of ¥100.50 each for those 60 or over on
 * 2026-10-18, approved, the first paid. Sums by hand: 60 × 100.50 =
 * 6 030.00, 陆仟零叁拾元整. */
#define N_ELDERS 60

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      programme;
} Fixture;

static char *
elder_name (guint i)
{
  static const char * const given[] = { "建国", "秀英", "桂兰", "德明", "玉梅", "长生", "福林", "淑珍", "国华", "凤英" };
  static const char * const family[] = { "张", "王", "李", "赵", "刘", "陈" };

  return g_strdup_printf ("%s%s", family[i / 10], given[i % 10]);
}

/* A valid ID number (GB 11643) born on 1950-01-(i % 28 + 1), a man. */
static char *
elder_id (guint i)
{
  static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[] = "10X98765432";
  g_autofree char *body = g_strdup_printf ("110105195001%02u%03u", i % 28 + 1, i * 2 + 1);
  int sum = 0;

  for (guint k = 0; k < 17; k++)
    sum += (body[k] - '0') * weights[k];
  return g_strdup_printf ("%s%c", body, checks[sum % 11]);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("新民村", "东岭镇", "");
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(CwBeneficiary) first = NULL;
  g_autofree char *first_name = elder_name (0);

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  g_assert_true (cw_village_create (f->db, village, &error));
  group = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_ELDERS; i++)
    {
      g_autoptr(CwHousehold) h = cw_household_new ();
      g_autoptr(CwPerson) head = cw_person_new ();
      g_autofree char *number = g_strdup_printf ("01%04u", i + 1);
      g_autofree char *name = elder_name (i);
      g_autofree char *id = elder_id (i);
      g_autofree char *phone = g_strdup_printf ("1381234%04u", i);

      cw_household_set_text (h, "number", number);
      cw_household_set_group_id (h, cw_village_group_get_id (group));
      cw_person_set_text (head, "name", name);
      cw_person_set_text (head, "relation", "户主");
      cw_person_set_text (head, "id-number", id);
      cw_person_set_text (head, "phone", phone);
      g_assert_true (cw_household_add (f->db, h, head, &error));
      g_assert_no_error (error);
    }

  programme = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "重阳节慰问", "date", "2026-10-18",
                            "amount", (gint64) 10050, "min-age", 60, NULL);
  g_assert_true (cw_benefit_programme_add (f->db, programme, &error));
  f->programme = cw_benefit_programme_get_id (programme);
  g_assert_true (cw_benefit_programme_approve (f->db, f->programme, "2026-10-10", NULL, NULL, &error));
  first = cw_beneficiary_find (f->db, f->programme, first_name, &error);
  g_assert_no_error (error);
  g_assert_true (cw_beneficiary_pay (f->db, f->programme, cw_beneficiary_get_id (first), "2026-10-18", "", NULL,
                                     &error));
  g_assert_no_error (error);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->db);
  cw_test_dir_free (f->dir);
}

static guint
count (const char *text,
       const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + strlen (word), word))
    n++;
  return n;
}

static void
test_sign_sheet (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "sheet.pdf", NULL);
  g_autofree char *text = NULL;
  int n_pages = 0;
  guint n_rows = 0;
  g_autofree char *second_name = elder_name (1);
  g_autoptr(CwBeneficiary) second = cw_beneficiary_find (f->db, f->programme, second_name, &error);

  /* The second did not come for it. */
  g_assert_no_error (error);
  g_assert_true (cw_beneficiary_set_not_collected (f->db, cw_beneficiary_get_id (second), "2026-10-20", "外出未归",
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (cw_benefit_sign_sheet_save_pdf (f->db, f->programme, pdf, &n_pages, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, N_ELDERS);
  if (!cw_test_have_program ("pdftotext"))
    return;

  text = cw_report_test_text (pdf, 0);
  for (guint i = 0; i < N_ELDERS; i++)
    {
      g_autofree char *name = elder_name (i);
      g_assert_nonnull (strstr (text, name));
    }
  /* Each row's amount, the standard under the title, and the paid and
   * the not collected under the total. */
  g_assert_cmpuint (count (text, "100.50"), ==, N_ELDERS + 3);
  g_assert_nonnull (strstr (text, "6,030.00"));
  g_assert_nonnull (strstr (text, "陆仟零叁拾元整"));
  /* The first was paid: the day stands in its row. */
  g_assert_cmpuint (count (text, "2026-10-18"), >=, 2);
  /* The second is marked where the signature would be, with the reason,
   * and the sheet says what was paid, and what was not, under the
   * list's total. */
  g_assert_cmpuint (count (text, "Not collected (外出未归)"), ==, 1);
  {
    g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
    g_autofree char *flat = g_strjoinv ("", words);

    if (strstr (flat, "Ofthese:collected1(¥100.50,壹佰元零伍角);notcollected1(¥100.50);stilltocollect" "58.") == NULL)
      g_error ("no paid line: %s", text);
  }
  /* No ID number, no phone, no birth date, in any form. */
  g_assert_null (strstr (text, "110105"));
  g_assert_null (strstr (text, "1381234"));
  g_assert_null (strstr (text, "1950"));

  /* Rows tall enough to sign run over pages, each with the header. */
  g_assert_cmpint (n_pages, >=, 3);
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = cw_report_test_text (pdf, page);
      g_assert_nonnull (strstr (page_text, "Signature or Thumbprint"));
    }
  cw_report_test_assert_cjk_embedded (pdf);
  cw_report_test_assert_no_overlap (pdf);

  if (cw_test_have_program ("pdftoppm"))
    {
      g_autofree char *stem = g_build_filename (f->dir, "sheet", NULL);
      g_autofree char *png = g_build_filename (f->dir, "sheet-1.png", NULL);
      const char *argv[] = { "pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", pdf, stem, NULL };
      g_autofree char *out = cw_test_capture (argv);
      GStatBuf st;

      if (!g_file_test (png, G_FILE_TEST_EXISTS))
        {
          g_free (png);
          png = g_build_filename (f->dir, "sheet-01.png", NULL);
        }
      g_assert_cmpint (g_stat (png, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 1000);
    }
}

static void
test_award_board (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "board.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *civilized = elder_name (1);
  g_autofree char *starred = elder_name (2);
  int n_pages = 0;

  g_assert_true (cw_award_add_civilized (f->db, 2026, "010002", 50000, NULL, NULL, &error));
  g_assert_true (cw_award_set_stars (f->db, 2026, "010003", 4, "", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cw_benefit_award_board_save_pdf (f->db, 2026, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);
  if (!cw_test_have_program ("pdftotext"))
    return;
  text = cw_report_test_text (pdf, 0);
  g_assert_nonnull (strstr (text, civilized));
  g_assert_nonnull (strstr (text, starred));
  g_assert_nonnull (strstr (text, "★★★★"));
  g_assert_nonnull (strstr (text, "新民村"));
  g_assert_null (strstr (text, "1381234"));
  g_assert_null (strstr (text, "110105"));
}

/* Every sheet of the workbook as LibreOffice reads it: name → records. */
static GHashTable *
read_workbook (const char *dir,
               const char *xlsx)
{
  g_autofree char *outdir = g_build_filename (dir, "csv", NULL);
  g_auto(CwTestRun) run = { 0 };
  g_autoptr(GDir) listing = NULL;
  GHashTable *sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  const char *name;

  g_mkdir_with_parents (outdir, 0700);
  cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           outdir);
  listing = g_dir_open (outdir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (outdir, name, NULL);
      const char *dash = strrchr (name, '-');

      if (dash != NULL && g_str_has_suffix (name, ".csv"))
        g_hash_table_insert (sheets, g_strndup (dash + 1, strlen (dash + 1) - 4), cw_test_read_csv (file));
    }
  if (g_hash_table_size (sheets) == 0)
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);
  return sheets;
}

static gboolean
sheet_has (GPtrArray  *records,
           const char *text)
{
  for (guint r = 0; r < records->len; r++)
    for (GStrv fields = g_ptr_array_index (records, r); *fields != NULL; fields++)
      if (strstr (*fields, text) != NULL)
        return TRUE;
  return FALSE;
}

static gboolean
sheet_has_cell (GPtrArray  *records,
                const char *text)
{
  for (guint r = 0; r < records->len; r++)
    for (GStrv fields = g_ptr_array_index (records, r); *fields != NULL; fields++)
      if (g_str_equal (*fields, text))
        return TRUE;
  return FALSE;
}

/* The first record with a cell reading @text exactly. */
static char **
row_with_cell (GPtrArray  *records,
               const char *text)
{
  for (guint r = 0; r < records->len; r++)
    {
      char **fields = g_ptr_array_index (records, r);

      if (g_strv_contains ((const char * const *) fields, text))
        return fields;
    }
  g_error ("no row reads %s", text);
  return NULL;
}

/* The column of the header row (the second) that reads @header. */
static guint
column_of (GPtrArray  *records,
           const char *header)
{
  char **fields = g_ptr_array_index (records, 1);

  for (guint c = 0; fields[c] != NULL; c++)
    if (g_str_equal (fields[c], header))
      return c;
  g_error ("no column %s", header);
  return 0;
}

static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->dir, "benefits.xlsx", NULL);
  g_autoptr(GHashTable) sheets = NULL;
  GPtrArray *programmes, *persons, *expenses;

  g_autofree char *first = elder_name (0);
  g_autoptr(CwBeneficiary) paid = cw_beneficiary_find (f->db, f->programme, first, NULL);
  g_autoptr(CwVillageRole) representative = cw_village_role_new (CW_ROLE_REPRESENTATIVE,
                                                                 cw_beneficiary_get_person_id (paid), NULL,
                                                                 "2020-01-01", NULL);
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(CwAward) award = NULL;
  gint64 prize_entry = 0;
  char **line;

  /* A 文明卫生户's ¥500 prize, approved and paid into the ledger; a star
   * grade with no prize. */
  g_assert_cmpint (cw_village_role_add (f->db, representative, &error), >, 0);
  g_assert_true (cw_award_add_civilized (f->db, 2026, "010002", 50000, NULL, "2026-11-10", &error));
  g_assert_true (cw_award_set_stars (f->db, 2026, "010003", 3, "", "2026-11-10", &error));
  g_assert_no_error (error);
  awards = cw_award_list (f->db, 2026, FALSE, &error);
  award = g_list_model_get_item (awards, 0);
  g_assert_cmpstr (cw_award_get_kind (award), ==, CW_AWARD_CIVILIZED);
  g_assert_true (cw_award_approve (f->db, cw_award_get_id (award), "2026-11-20", NULL, "2026-11-25", &error));
  g_assert_no_error (error);
  g_assert_true (cw_award_pay (f->db, cw_award_get_id (award), "2026-11-30", "张会计", &prize_entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prize_entry, >, 0);
  g_assert_true (cw_benefits_export (f->db, 2026, xlsx, &error));
  g_assert_no_error (error);
  if (!cw_test_have_program ("soffice"))
    return;
  sheets = read_workbook (f->dir, xlsx);
  programmes = g_hash_table_lookup (sheets, "Programmes");
  persons = g_hash_table_lookup (sheets, "Persons");
  expenses = g_hash_table_lookup (sheets, "Expenses");
  g_assert_nonnull (programmes);
  g_assert_nonnull (persons);
  g_assert_nonnull (expenses);
  g_assert_nonnull (g_hash_table_lookup (sheets, "Awards"));
  /* Due 6 030.00, paid 100.50, unpaid 5 929.50: numbers, which the CSV
   * writes bare ("6030", not the text "6030.00"). */
  g_assert_true (sheet_has_cell (programmes, "6030"));
  g_assert_true (sheet_has_cell (programmes, "100.5"));
  g_assert_true (sheet_has_cell (programmes, "5929.5"));
  g_assert_true (sheet_has_cell (expenses, "100.5"));
  g_assert_true (sheet_has (expenses, "公益支出"));
  /* Each payment with the collective ledger's entry it made, where the
   * township finds it in the village's book; the award with its prize. */
  line = row_with_cell (expenses, "2026-10-18");
  g_assert_cmpstr (line[column_of (expenses, "Paid For")], ==, "重阳节慰问");
  g_assert_cmpstr (line[column_of (expenses, "Amount")], ==, "100.5");
  g_assert_cmpstr (line[column_of (expenses, "Ledger Entry")], ==, "1");
  g_assert_cmpstr (line[column_of (expenses, "Reviewed")], ==, "No");
  line = row_with_cell (expenses, "2026-11-30");
  g_assert_nonnull (strstr (line[column_of (expenses, "Paid For")], "010002"));
  g_assert_cmpstr (line[column_of (expenses, "Amount")], ==, "500");
  g_assert_cmpstr (line[column_of (expenses, "Prize or In Kind")], ==, "¥500.00");
  g_assert_cmpstr (line[column_of (expenses, "Account")], ==, "公益支出");
  g_assert_cmpstr (line[column_of (expenses, "Handled by")], ==, "张会计");
  {
    g_autofree char *number = g_strdup_printf ("%lld", (long long) prize_entry);

    g_assert_cmpstr (line[column_of (expenses, "Ledger Entry")], ==, number);
  }
  /* Total paid: the programme's ¥100.50 and the prize. */
  g_assert_true (sheet_has (expenses, "600.50"));
  /* The star grade has no prize: an empty cell, not 0. */
  {
    GPtrArray *awards_sheet = g_hash_table_lookup (sheets, "Awards");
    char **stars = row_with_cell (awards_sheet, "010003");

    g_assert_cmpstr (stars[column_of (awards_sheet, "Prize")], ==, "");
  }
  for (guint i = 0; i < N_ELDERS; i++)
    {
      g_autofree char *name = elder_name (i);
      g_assert_true (sheet_has (persons, name));
    }
  g_assert_false (sheet_has (persons, "1381234"));
  g_assert_false (sheet_has (persons, "110105"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/benefits-report/sign-sheet", Fixture, NULL, set_up, test_sign_sheet, tear_down);
  g_test_add ("/benefits-report/award-board", Fixture, NULL, set_up, test_award_board, tear_down);
  g_test_add ("/benefits-report/workbook", Fixture, NULL, set_up, test_workbook, tear_down);

  return g_test_run ();
}
