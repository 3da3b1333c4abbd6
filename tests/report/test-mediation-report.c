/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/common/cw-error.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-stats.h"
#include "core/village/cw-settings.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout.h"
#include "report/mediation/cw-mediation-case-file.h"
#include "report/mediation/cw-mediation-export.h"
#include "report/mediation/cw-mediation-print.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

#define N_TERMS 12

static const char * const parties[] = {
  "applicant", "王大山,男,52,青山村一组,13800001111",
  "applicant", "王小河,女,48,青山村一组",
  "respondent", "李石头,男,60,青山村二组,13900002222",
};

/* A settled case of three parties and twelve long terms, each due on its
 * own day in March 2030; a session and a follow-up. */
static CwMediationCase *
settled_case (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  CwMediationCase *c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) session = cw_mediation_row_new (CW_MEDIATION_SESSION);
  g_autoptr(CwMediationRow) followup = cw_mediation_row_new (CW_MEDIATION_FOLLOWUP);

  cw_mediation_case_set (c, CW_CASE_INTAKE_DATE, "2030-02-01");
  cw_mediation_case_set (c, CW_CASE_TYPE, "房屋宅基地");
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "宅基地界址及排水沟争议");
  cw_mediation_case_set (c, CW_CASE_MEDIATORS, "赵调解、钱调解");
  cw_mediation_case_set (c, CW_CASE_RECORDER, "孙记录");
  for (guint i = 0; i < G_N_ELEMENTS (parties); i += 2)
    {
      g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, parties[i], parties[i + 1], NULL, &error);

      g_assert_no_error (error);
      cw_mediation_case_add_row (c, party);
    }
  cw_mediation_row_set (session, CW_SESSION_HELD_ON, "2030-02-10");
  cw_mediation_row_set (session, CW_SESSION_PLACE, "村调解室");
  cw_mediation_row_set (session, CW_SESSION_RESULT, "达成一致");
  cw_mediation_case_add_row (c, session);
  for (guint i = 0; i < N_TERMS; i++)
    {
      g_autoptr(CwMediationRow) term = cw_mediation_row_new (CW_MEDIATION_TERM);
      g_autofree char *content = g_strdup_printf ("第%u项：李石头于期限内拆除越界搭建的围墙一段并恢复原状，"
                                                  "王大山、王小河配合清理排水沟，双方今后按原界址各自管理使用，"
                                                  "互不妨碍通行和排水（条款%u）", i + 1, i + 1);
      g_autofree char *deadline = g_strdup_printf ("2030-03-%02u", i + 10);

      cw_mediation_row_set (term, CW_TERM_CONTENT, content);
      cw_mediation_row_set (term, CW_TERM_MANNER, "现场履行");
      cw_mediation_row_set (term, CW_TERM_PLACE, "争议地块");
      cw_mediation_row_set (term, CW_TERM_DEADLINE, deadline);
      cw_mediation_case_add_row (c, term);
    }
  cw_mediation_case_set (c, CW_CASE_AGREEMENT, "written");
  cw_mediation_case_set (c, CW_CASE_FACTS, "双方宅基地相邻，因围墙越界及排水沟堵塞发生争执。");
  cw_mediation_case_set (c, CW_CASE_ISSUES, "围墙位置与排水沟清理责任。");
  cw_mediation_case_set (c, CW_CASE_RESPONSIBILITY, "李石头负主要责任。");
  cw_mediation_case_set (c, CW_CASE_EFFECTIVE_DATE, "2030-02-10");
  cw_mediation_case_set (c, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (c, CW_CASE_CLOSED_ON, "2030-02-10");
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITED_ON, "2030-03-25");
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITOR, "赵调解");
  cw_mediation_row_set (followup, CW_FOLLOWUP_PERFORMED, "full");
  cw_mediation_row_set (followup, CW_FOLLOWUP_SATISFACTION, "satisfied");
  cw_mediation_case_add_row (c, followup);
  g_assert_true (cw_mediation_case_save (db, c, &error));
  g_assert_no_error (error);
  return c;
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  /* pdftotext breaks wrapped cells and spaces words: compare without. */
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && *p != '\n' && *p != '\f')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The height poppler gives the first word holding @needle: its type's size. */
static double
word_height (GPtrArray  *words,
             const char *needle)
{
  for (guint i = 0; i < words->len; i++)
    {
      const CwReportWord *word = g_ptr_array_index (words, i);

      if (strstr (word->text, needle) != NULL)
        return word->y1 - word->y0;
    }
  g_error ("no word holds “%s”", needle);
}

/* Every party, every term with its deadline, the copy count and a line to
 * sign per party; twelve long terms run over pages and the last of them
 * stays with the signatures. */
static void
test_agreement (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) c = settled_case (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPrintTable) table = cw_mediation_agreement_table (db, c, &error);
  g_autoptr(CwPrintLayout) layout = NULL;
  g_autofree char *pdf = g_build_filename (dir, "agreement.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *last_page = NULL;
  int n_pages = 0;

  g_assert_no_error (error);
  if (!cw_test_have_program ("pdftotext"))
    return;
  layout = cw_print_layout_new (table);
  g_assert_true (cw_print_layout_save_pdf (layout, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, >=, 2);
  /* The signatures are never alone: the last term is on the last page. */
  g_assert_cmpint (cw_print_layout_get_row_page (layout, N_TERMS - 1), ==, n_pages - 1);

  text = cw_report_test_text (pdf, 0);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, "People’sMediationAgreement"));
  g_assert_nonnull (strstr (flat, "（2030）"));
  for (guint i = 1; i < G_N_ELEMENTS (parties); i += 2)
    {
      g_auto(GStrv) fields = g_strsplit (parties[i], ",", -1);

      g_assert_nonnull (strstr (flat, fields[0]));
    }
  g_assert_nonnull (strstr (flat, "13900002222"));
  for (guint i = 0; i < N_TERMS; i++)
    {
      g_autofree char *term = g_strdup_printf ("（条款%u）", i + 1);
      g_autofree char *deadline = g_strdup_printf ("2030-03-%02u", i + 10);

      g_assert_nonnull (strstr (flat, term));
      g_assert_nonnull (strstr (flat, deadline));
    }
  g_assert_nonnull (strstr (flat, "4copies"));
  last_page = cw_report_test_text (pdf, n_pages);
  g_clear_pointer (&flat, g_free);
  flat = squeeze (last_page);
  g_assert_nonnull (strstr (flat, "Applicant王大山:"));
  g_assert_nonnull (strstr (flat, "Applicant王小河:"));
  g_assert_nonnull (strstr (flat, "Respondent李石头:"));
  g_assert_nonnull (strstr (flat, "Mediator:"));
  g_assert_nonnull (strstr (flat, "Recorder:"));
  g_assert_nonnull (strstr (flat, "（条款12）"));
  /* The parties' lines are in the type of the terms, not smaller. */
  {
    g_autoptr(GPtrArray) words = cw_report_test_words (pdf);

    g_assert_cmpfloat_with_epsilon (word_height (words, "13900002222"), word_height (words, "2030-03-10"), 0.5);
  }
  cw_report_test_assert_cjk_embedded (pdf);
  cw_report_test_assert_no_overlap (pdf);
}

/* No agreement, nothing to print: said so. */
static void
test_no_agreement (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, "applicant", "张三", NULL, NULL);
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GError) error = NULL;

  cw_mediation_case_set (c, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "噪音");
  cw_mediation_case_add_row (c, party);
  g_assert_true (cw_mediation_case_save (db, c, &error));
  table = cw_mediation_agreement_table (db, c, &error);
  g_assert_null (table);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
}

/* The page each document starts on, as the contents list says, is the page
 * that carries that number at its top and the document's title. */
static void
assert_starts_on (const char *pdf,
                  int         page,
                  const char *heading)
{
  g_autofree char *text = cw_report_test_text (pdf, page);
  g_autofree char *flat = squeeze (text);
  g_autofree char *number = g_strdup_printf ("%d", page);

  g_assert_true (g_str_has_prefix (flat, number));
  if (strstr (flat, heading) == NULL)
    g_error ("page %d does not hold “%s”: %s", page, heading, text);
}

static void
test_case_file (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) c = settled_case (db);
  g_autoptr(CwMediationCaseFile) file = cw_mediation_case_file_new (db, c);
  g_autofree char *pdf = g_build_filename (dir, "file.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const headings[] = {
    "IntakeRecord", "RightsandDuties", "Identity", "SessionRecord", "People’sMediationAgreement",
    "Follow-upRecord", "NoteontheFile",
  };
  int n_pages = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_true (cw_mediation_case_file_save_pdf (file, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_mediation_case_file_get_n_documents (file), ==, G_N_ELEMENTS (headings));

  contents = cw_report_test_text (pdf, 2);
  g_assert_nonnull (strstr (contents, "Contents"));
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      int first = 0;
      const char *title = cw_mediation_case_file_get_document (file, i, &first);
      g_autofree char *line = NULL;
      g_autofree char *flat_contents = squeeze (contents);
      g_autofree char *flat_title = squeeze (title);

      g_assert_cmpint (first, >, 2);
      /* The contents list names the document with its page. */
      line = g_strdup_printf ("%u%s%d", i + 1, flat_title, first);
      if (strstr (flat_contents, line) == NULL)
        g_error ("the contents list lacks “%s”: %s", line, contents);
      assert_starts_on (pdf, first, headings[i]);
    }
  /* The agreement runs over two pages: the follow-up starts two later. */
  {
    int agreement = 0, followup = 0;

    cw_mediation_case_file_get_document (file, 4, &agreement);
    cw_mediation_case_file_get_document (file, 5, &followup);
    g_assert_cmpint (followup, ==, agreement + 2);
  }
  assert_starts_on (pdf, n_pages, "NoteontheFile");
  /* The note on the file counts the pages as their feet do, the cover
   * too. */
  {
    g_autofree char *note = cw_report_test_text (pdf, n_pages);
    g_autofree char *flat = squeeze (note);
    g_autofree char *count = g_strdup_printf ("Pagesinthefile%dpages", n_pages);

    if (strstr (flat, count) == NULL)
      g_error ("the note on the file does not say “%s”: %s", count, note);
  }

  /* Every footer counts the file's pages, as the contents list and the
   * numbers at the top right do, not its own document's. */
  g_assert_cmpint (n_pages, >, 3);
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = cw_report_test_text (pdf, page);
      g_autofree char *flat = squeeze (text);
      g_autofree char *footer = g_strdup_printf ("Page%dof%d", page, n_pages);

      if (strstr (flat, footer) == NULL)
        g_error ("page %d does not say “%s” at its foot: %s", page, footer, text);
    }
}

/* 立卷人 on the cover is the clerk the settings name, or a blank to sign
 * by hand: never the computer's login name. */
static void
test_case_file_filed_by (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) c = settled_case (db);
  g_autofree char *pdf = g_build_filename (dir, "file.pdf", NULL);
  g_autofree char *login = g_strdup_printf ("Filedby%s", g_get_user_name ());
  g_autoptr(GError) error = NULL;

  if (!cw_test_have_program ("pdftotext"))
    return;
  /* As the program starts when no clerk's name was saved. */
  cw_database_set_operator (db, g_get_user_name ());
  for (guint named = 0; named < 2; named++)
    {
      g_autoptr(CwMediationCaseFile) file = NULL;
      g_autofree char *cover = NULL;
      g_autofree char *flat = NULL;

      if (named)
        g_assert_true (cw_settings_set_operator (db, "周文书", &error));
      g_assert_no_error (error);
      file = cw_mediation_case_file_new (db, c);
      g_assert_true (cw_mediation_case_file_save_pdf (file, pdf, NULL, &error));
      g_assert_no_error (error);
      cover = cw_report_test_text (pdf, 1);
      flat = squeeze (cover);
      g_assert_nonnull (strstr (flat, "Filedby"));
      g_assert_null (strstr (flat, login));
      g_assert_true ((strstr (flat, "Filedby周文书") != NULL) == named);
    }
}

/* A required document the case lacks is on the contents list as missing. */
static void
test_case_file_missing (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, "applicant", "张三", NULL, NULL);
  g_autoptr(CwMediationCaseFile) file = NULL;
  g_autofree char *pdf = g_build_filename (dir, "file.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GError) error = NULL;

  if (!cw_test_have_program ("pdftotext"))
    return;
  cw_mediation_case_set (c, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "噪音");
  cw_mediation_case_add_row (c, party);
  g_assert_true (cw_mediation_case_save (db, c, &error));
  file = cw_mediation_case_file_new (db, c);
  g_assert_true (cw_mediation_case_file_save_pdf (file, pdf, NULL, &error));
  contents = cw_report_test_text (pdf, 2);
  flat = squeeze (contents);
  g_assert_nonnull (strstr (flat, "4Sessionrecord—Missing"));
  g_assert_nonnull (strstr (flat, "5Mediationagreement—Missing"));
}

static const char *
figure (GPtrArray  *rows,
        const char *label,
        guint       column)
{
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      if (g_strcmp0 (row[0], label) == 0)
        return row[column];
    }
  g_error ("no line “%s” in the statistics", label);
  return NULL;
}

/* The ledger read by LibreOffice holds the figures core computes (the
 * window's), and the phones masked. */
static void
test_ledger (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) settled = settled_case (db);
  g_autoptr(CwMediationCase) open = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, "applicant", "周一,男,30,,13712345678", NULL, NULL);
  g_autoptr(CwMediationStats) year = NULL;
  g_autoptr(CwMediationStats) q2 = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autofree char *rate = NULL;
  g_autoptr(GError) error = NULL;
  guint n_cases = 0;

  if (!cw_test_have_program ("soffice"))
    return;
  cw_mediation_case_set (open, CW_CASE_INTAKE_DATE, "2030-05-02");
  cw_mediation_case_set (open, CW_CASE_TYPE, "合同");
  cw_mediation_case_set (open, CW_CASE_SUMMARY, "欠款");
  cw_mediation_case_add_row (open, party);
  g_assert_true (cw_mediation_case_save (db, open, &error));
  g_assert_true (cw_mediation_export_ledger (db, 2030, FALSE, xlsx, &n_cases, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_cases, ==, 2);

  cases = cw_test_soffice_read_sheet (xlsx, 1);
  /* Title, header, two cases. */
  g_assert_cmpuint (cases->len, ==, 4);
  g_assert_cmpstr (((char **) cases->pdata[2])[1], ==, cw_mediation_case_get (settled, CW_CASE_NUMBER));
  /* 王小河 gave no phone: the list keeps her place. */
  g_assert_cmpstr (((char **) cases->pdata[2])[10], ==, "138****1111、");
  g_assert_cmpstr (((char **) cases->pdata[3])[10], ==, "137****5678");

  year = cw_mediation_stats_for (db, 2030, 0, &error);
  q2 = cw_mediation_stats_for (db, 2030, 2, &error);
  figures = cw_test_soffice_read_sheet (xlsx, 2);
  g_assert_cmpint (atoi (figure (figures, "Cases received", 1)), ==, year->received);
  g_assert_cmpint (atoi (figure (figures, "Cases received", 1)), ==, 2);
  g_assert_cmpint (atoi (figure (figures, "Cases received", 2)), ==, 1);
  g_assert_cmpint (atoi (figure (figures, "Cases received", 3)), ==, q2->received);
  g_assert_cmpint (atoi (figure (figures, "of which 房屋宅基地", 1)), ==, 1);
  g_assert_cmpint (atoi (figure (figures, "of which 合同", 3)), ==, 1);
  g_assert_cmpint (atoi (figure (figures, "Settled", 1)), ==, year->success);
  rate = cw_mediation_format_rate (cw_mediation_stats_success_rate (year));
  g_assert_cmpstr (figure (figures, "Success rate", 1), ==, rate);
  g_assert_cmpstr (figure (figures, "Success rate", 1), ==, "100.0%");
  g_assert_cmpstr (figure (figures, "Success rate", 3), ==, "—");
  g_assert_cmpint (atoi (figure (figures, "Settled cases followed up", 1)), ==, 1);
}

static void
count_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  last[0] = done;
  last[1] = total;
}

/* The window's job: progress up to the whole, and a cancel that leaves
 * no file, nor harms the one exported before. */
static void
test_ledger_job (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwMediationCase) settled = settled_case (db);
  g_autofree char *xlsx = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gsize before_length = 0, after_length = 0;
  guint last[2] = { 0, 0 };
  guint n_cases = 0;

  g_assert_true (cw_mediation_export_ledger_full (db, 2030, FALSE, xlsx, count_progress, last, NULL, &n_cases,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_cases, ==, 1);
  g_assert_cmpuint (last[0], ==, last[1]);
  g_assert_cmpuint (last[1], >, 0);
  g_assert_true (g_file_get_contents (xlsx, &before, &before_length, NULL));

  g_cancellable_cancel (cancellable);
  g_assert_false (cw_mediation_export_ledger_full (db, 2030, TRUE, xlsx, NULL, NULL, cancellable, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (xlsx, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mediation-report/agreement", test_agreement);
  g_test_add_func ("/mediation-report/no-agreement", test_no_agreement);
  g_test_add_func ("/mediation-report/case-file", test_case_file);
  g_test_add_func ("/mediation-report/case-file-missing", test_case_file_missing);
  g_test_add_func ("/mediation-report/case-file-filed-by", test_case_file_filed_by);
  g_test_add_func ("/mediation-report/ledger", test_ledger);
  g_test_add_func ("/mediation-report/ledger-job", test_ledger_job);

  return g_test_run ();
}
