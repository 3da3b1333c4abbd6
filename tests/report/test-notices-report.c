/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notices-report"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-error.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-role.h"
#include "report/notices/cw-notice-print.h"
#include "report/notices/cw-notices-export.h"
#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* The demo village (roles, a year of notices, three decisions). */
static CwTestDir   dir;
static CwDatabase *db;

static char *
chair_on (const char *date)
{
  g_autoptr(GListModel) chairs = cw_village_role_holders (db, CW_ROLE_SUPERVISION_CHAIR, date, NULL);
  g_autoptr(CwVillageRole) chair = g_list_model_get_item (chairs, 0);

  return g_strdup (cw_village_role_get_name (chair));
}

/* A 低保 list as it comes pasted from Excel: 300 rows with the ID numbers
 * and mobile numbers in full, posted through the whole way. */
static CwNotice *
long_list_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "2026年第二季度低保对象名单（全表）",
                                              "2026-04-10", "2026-04-20");
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "序号", "户主姓名", "身份证号", "联系电话", "保障人数", NULL };
  g_autofree char *chair = chair_on ("2026-04-08");
  gint64 id;

  g_ptr_array_add (rows, g_strdupv ((char **) header));
  for (guint i = 1; i <= 300; i++)
    {
      char **row = g_new0 (char *, 6);
      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("张%u", i);
      row[2] = g_strdup_printf ("43042119700101%04u", i);
      row[3] = g_strdup_printf ("138%08u", i);
      row[4] = g_strdup_printf ("%u", i % 5 + 1);
      g_ptr_array_add (rows, row);
    }
  cw_notice_set_table (notice, rows);
  cw_notice_set_body (notice, "经评议审核，以下家庭纳入低保，现予公示。咨询电话0731-88888888，"
                              "联系人手机13912345678。");
  id = cw_notice_add (db, notice, &error);
  g_assert_no_error (error);
  g_assert_true (cw_notice_review (db, id, chair, "2026-04-08", "同意", &error));
  g_assert_true (cw_notice_settle (db, id, "2026-04-09", &error));
  g_assert_true (cw_notice_post (db, id, "2026-04-10", "村务公开栏", &error));
  g_assert_no_error (error);
  return cw_notice_load (db, id, &error);
}

static void
assert_no_personal_numbers (const char *text)
{
  g_autoptr(GRegex) id = g_regex_new ("[0-9]{17}[0-9X]|[0-9]{15}", 0, 0, NULL);
  g_autoptr(GRegex) mobile = g_regex_new ("(?<![0-9])1[3-9][0-9]{9}(?![0-9])", 0, 0, NULL);

  g_assert_false (g_regex_match (id, text, 0, NULL));
  g_assert_false (g_regex_match (mobile, text, 0, NULL));
}

static void
test_print_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *chair = chair_on ("2026-04-08");
  int pages = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;
  notice = long_list_notice ();
  pdf = g_build_filename (dir, "notice.pdf", NULL);
  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, pdf, &pages, &error));
  g_assert_no_error (error);
  /* 300 rows do not fit one A4 page at the board's type. */
  g_assert_cmpint (pages, >=, 5);

  all = cw_report_test_text (pdf, 0);
  g_assert_nonnull (strstr (all, "2026年第二季度低保对象名单"));
  g_assert_nonnull (strstr (all, "2026-04-10 to 2026-04-20 (11 days)"));
  g_assert_nonnull (strstr (all, chair));
  g_assert_nonnull (strstr (all, "No. "));
  /* Masked as the board may show them; the office's landline stays. */
  g_assert_nonnull (strstr (all, "430421********0001"));
  g_assert_nonnull (strstr (all, "138****0001"));
  g_assert_nonnull (strstr (all, "139****5678"));
  g_assert_nonnull (strstr (all, "0731-88888888"));
  assert_no_personal_numbers (all);

  /* The header on every page, and the last row on the last. */
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *text = cw_report_test_text (pdf, page);
      g_assert_nonnull (strstr (text, "户主姓名"));
      g_assert_nonnull (strstr (text, "身份证号"));
      if (page == pages)
        g_assert_nonnull (strstr (text, "张300"));
    }
  cw_report_test_assert_cjk_embedded (pdf);
  cw_report_test_assert_no_overlap (pdf);

  /* A3 for a large board: fewer pages. */
  {
    int a3_pages = 0;
    g_autofree char *a3 = g_build_filename (dir, "notice-a3.pdf", NULL);
    g_assert_true (cw_notice_print_pdf (db, notice, TRUE, a3, &a3_pages, &error));
    g_assert_cmpint (a3_pages, <, pages);
  }
}

/* A body as long as a by-law: sixty articles, one paragraph running
 * over a page by itself, then a table. It runs on page after page, each
 * line once, in order, nothing over anything; the table follows it. */
static void
test_long_body (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "村规民约（修订稿）公示", "2026-05-01",
                                              "2026-05-10");
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *pdf = g_build_filename (dir, "long-body.pdf", NULL);
  g_autofree char *all = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "序号", "户主姓名", "意见", NULL };
  const char *previous = NULL;
  int pages = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;
  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (body, "第%u条　村民应当遵守本村村规民约，爱护公共设施，维护邻里和睦，"
                                  "如有异议请向村务监督委员会反映，联系电话13812345678。\n", i);
  g_string_append (body, "长段开始");
  for (guint i = 0; i < 160; i++)
    g_string_append_printf (body, "本段第%u句，说明修订的缘由和经过。", i + 1);
  g_string_append (body, "长段结束");
  cw_notice_set_body (notice, body->str);
  g_ptr_array_add (rows, g_strdupv ((char **) header));
  for (guint i = 1; i <= 30; i++)
    {
      char **row = g_new0 (char *, 4);
      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("李%u", i);
      row[2] = g_strdup ("同意");
      g_ptr_array_add (rows, row);
    }
  cw_notice_set_table (notice, rows);
  g_assert_cmpint (cw_notice_add (db, notice, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, pdf, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, >=, 4);
  all = cw_report_test_text (pdf, 0);
  /* Every article once, in order; the long paragraph whole. */
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *article = g_strdup_printf ("第%u条", i);
      const char *at = strstr (all, article);

      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, article));
      g_assert_true (previous == NULL || at > previous);
      previous = at;
    }
  /* The long paragraph, its lines joined again: each sentence once, in
   * order, whichever page it is on. */
  {
    g_autoptr(GRegex) breaks = g_regex_new ("\\s+(Page \\d+ of \\d+\\s+村规民约（修订稿）公示\\s+)?", 0, 0, NULL);
    g_autofree char *joined = g_regex_replace_literal (breaks, strstr (all, "长段开始"), -1, 0, "", 0, NULL);
    const char *at = joined;

    for (guint i = 1; i <= 160; i++)
      {
        g_autofree char *sentence = g_strdup_printf ("本段第%u句，", i);
        g_assert_nonnull ((at = strstr (at, sentence)));
      }
    g_assert_nonnull (strstr (at, "长段结束"));
  }
  g_assert_true (strstr (all, "长段开始") > previous);
  g_assert_true (strstr (all, "户主姓名") > strstr (all, "长段开始"));
  g_assert_nonnull (strstr (all, "李30"));
  assert_no_personal_numbers (all);
  g_assert_nonnull (strstr (all, "138****5678"));
  /* The title and the first article open the first page; the closing
   * lines end the last. */
  first = cw_report_test_text (pdf, 1);
  g_assert_nonnull (strstr (first, "村规民约（修订稿）公示"));
  g_assert_nonnull (strstr (first, "第1条"));
  last = cw_report_test_text (pdf, pages);
  g_assert_nonnull (strstr (last, "2026-05-01 to 2026-05-10"));
  cw_report_test_assert_no_overlap (pdf);

  /* Each page drawn: pdftoppm renders every one of them. */
  if (cw_test_have_program ("pdftoppm"))
    {
      g_autofree char *stem = g_build_filename (dir, "long-body", NULL);
      const char *argv[] = { "pdftoppm", "-r", "30", "-png", pdf, stem, NULL };
      g_autofree char *out = cw_test_capture (argv);

      for (int page = 1; page <= pages; page++)
        {
          g_autofree char *png = g_strdup_printf ("%s-%d.png", stem, page);
          g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
        }
    }
}

/* A notice without a table prints its body alone, across the page. */
static void
test_print_prose (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_find (db, "2026-001", &error);
  g_autofree char *pdf = g_build_filename (dir, "prose.pdf", NULL);
  g_autofree char *text = NULL;
  int pages = 0;

  g_assert_no_error (error);
  g_assert_null (cw_notice_get_table (notice));
  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, pdf, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, ==, 1);
  if (!cw_test_have_program ("pdftotext"))
    return;
  text = cw_report_test_text (pdf, 0);
  g_assert_nonnull (strstr (text, cw_notice_get_title (notice)));
  g_assert_nonnull (strstr (text, "本月村集体收入、支出已经村务监督委员会审核"));
  g_assert_nonnull (strstr (text, "Publicity period"));
}

/* A notice printed before it is posted says so under its title; a
 * posted one does not. */
static void
test_print_draft (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notices = cw_notice_list (db, 2026, &error);
  g_autoptr(CwNotice) draft = NULL;
  g_autoptr(CwNotice) posted = cw_notice_find (db, "2026-001", &error);
  g_autofree char *pdf = g_build_filename (dir, "draft.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (notices) && draft == NULL; i++)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i);

      if (cw_notice_get_state (notice) == CW_NOTICE_DRAFT)
        draft = g_steal_pointer (&notice);
    }
  g_assert_nonnull (draft);
  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_true (cw_notice_print_pdf (db, draft, FALSE, pdf, NULL, &error));
  g_assert_no_error (error);
  text = cw_report_test_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Not posted yet"));
  g_clear_pointer (&text, g_free);
  g_assert_true (cw_notice_print_pdf (db, posted, FALSE, pdf, NULL, &error));
  text = cw_report_test_text (pdf, 0);
  g_assert_null (strstr (text, "Not posted yet"));
}

static void
test_print_again (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_find (db, "2026-014", &error);
  g_autofree char *first = g_build_filename (dir, "again-1.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "again-2.pdf", NULL);
  g_autofree char *text1 = NULL;
  g_autofree char *text2 = NULL;

  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_no_error (error);
  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, first, NULL, &error));
  /* The posted text cannot change; what prints is what was posted. */
  cw_notice_set_title (notice, "改过的标题");
  g_assert_false (cw_notice_update (db, notice, &error));
  g_clear_error (&error);
  g_clear_object (&notice);
  notice = cw_notice_find (db, "2026-014", &error);
  g_assert_true (cw_notice_print_pdf (db, notice, FALSE, second, NULL, &error));
  text1 = cw_report_test_text (first, 0);
  text2 = cw_report_test_text (second, 0);
  g_assert_cmpstr (text1, ==, text2);
  g_assert_null (strstr (text2, "改过的标题"));
}

static void
test_print_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDecision) decision = cw_decision_find (db, "2026-02", &error);
  g_autofree char *pdf = g_build_filename (dir, "decision.pdf", NULL);
  g_autofree char *text = NULL;

  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_no_error (error);
  g_assert_true (cw_decision_print_pdf (db, decision, pdf, NULL, &error));
  g_assert_no_error (error);
  text = cw_report_test_text (pdf, 0);
  g_assert_nonnull (strstr (text, "村集体鱼塘发包方案"));
  g_assert_nonnull (strstr (text, "Party members’ meeting"));
  g_assert_nonnull (strstr (text, "2026-05-15"));
  g_assert_nonnull (strstr (text, "Step 3 had no quorum on 2026-05-15"));
}

static GHashTable *
read_workbook (const char *xlsx)
{
  g_autofree char *outdir = g_build_filename (dir, "csv", NULL);
  g_auto(CwTestRun) run = { 0 };
  g_autoptr(GDir) folder = NULL;
  GHashTable *sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  const char *name;

  g_mkdir_with_parents (outdir, 0700);
  cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           outdir);
  folder = g_dir_open (outdir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, "ledger-") && g_str_has_suffix (name, ".csv"))
      {
        g_autofree char *file = g_build_filename (outdir, name, NULL);
        g_hash_table_insert (sheets, g_strndup (name + 7, strlen (name) - 11), cw_test_read_csv (file));
      }
  if (g_hash_table_size (sheets) == 0)
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);
  return sheets;
}

/* The row whose first cells are @a (and @b), or NULL. */
static char **
find_row (GPtrArray  *rows,
          const char *a,
          const char *b)
{
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      if (g_strv_length (row) > 3 && g_str_equal (row[0], a) && (b == NULL || g_str_equal (row[3], b)))
        return row;
    }
  return NULL;
}

static void
test_ledger (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autoptr(GHashTable) sheets = NULL;
  g_autoptr(GListModel) notices = NULL;
  GPtrArray *rows;
  char **row;

  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_true (cw_notices_export_ledger (db, 2026, "2026-11-01", xlsx, &error));
  g_assert_no_error (error);
  sheets = read_workbook (xlsx);

  /* Every notice of the year, with the dates and the state the window
   * shows (cw_notice_get_state_on () for the same day). */
  rows = g_hash_table_lookup (sheets, "Notices");
  g_assert_nonnull (rows);
  notices = cw_notice_list (db, 2026, &error);
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i);
      const char *posted = cw_notice_get_posted_date (notice);

      row = find_row (rows, cw_notice_get_number (notice), NULL);
      g_assert_nonnull (row);
      g_assert_cmpstr (row[5], ==, cw_notice_get_from (notice));
      g_assert_cmpstr (row[6], ==, cw_notice_get_to (notice));
      g_assert_cmpstr (row[9], ==, posted != NULL ? posted : "");
      g_assert_cmpstr (row[11], ==, cw_notice_state_name (cw_notice_get_state_on (notice, "2026-11-01")));
    }
  row = find_row (rows, "2026-032", NULL);
  g_assert_cmpstr (row[11], ==, "Withdrawn");
  g_assert_cmpstr (row[12], ==, "2026-04-24");

  /* The calendar: March's finance late, April's missing. */
  rows = g_hash_table_lookup (sheets, "Calendar");
  g_assert_nonnull (rows);
  row = find_row (rows, "财务收支明细", "2026-03");
  g_assert_cmpstr (row[5], ==, "Late");
  g_assert_cmpstr (row[4], ==, "2026-03-20");
  row = find_row (rows, "财务收支明细", "2026-04");
  g_assert_cmpstr (row[5], ==, "Not posted");

  /* The fish pond's party members' meeting: no quorum. */
  rows = g_hash_table_lookup (sheets, "Decisions");
  g_assert_nonnull (rows);
  row = find_row (rows, "2026-02", "3 Party members’ meeting");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[12], ==, "No");
}

/* The ledger counts its rows as it writes them, and a cancel leaves
 * the file that was there as it was. */
typedef struct
{
  guint calls;
  guint done;
  guint total;
  GCancellable *cancel_at_first;
} Progress;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  g_assert_cmpuint (done, >=, progress->done);
  g_assert_cmpuint (done, <=, total);
  progress->done = done;
  progress->total = total;
  if (done > 0 && progress->cancel_at_first != NULL)
    g_cancellable_cancel (progress->cancel_at_first);
}

static void
test_ledger_progress (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "ledger-progress.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) notices = cw_notice_list (db, 2026, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  Progress counted = { 0 };
  Progress cancelled = { 0 };

  g_assert_true (cw_notices_export_ledger_full (db, 2026, "2026-11-01", xlsx, progress_cb, &counted, NULL, &error));
  g_assert_no_error (error);
  /* Each notice, each period of the calendar, each meeting: more rows
   * than notices, the last call at the end. */
  g_assert_cmpuint (counted.calls, >=, 3);
  g_assert_cmpuint (counted.total, >, g_list_model_get_n_items (notices));
  g_assert_cmpuint (counted.done, ==, counted.total);

  g_assert_true (g_file_get_contents (xlsx, &before, &before_length, NULL));
  cancelled.cancel_at_first = cancellable;
  g_assert_false (cw_notices_export_ledger_full (db, 2026, "2026-11-02", xlsx, progress_cb, &cancelled,
                                                 cancellable, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpuint (cancelled.done, <, counted.total);
  g_assert_true (g_file_get_contents (xlsx, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, before_length);
}

int
main (int    argc,
      char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  dir = cw_test_dir_new ();
  db = cw_test_database_new (dir, TRUE);

  g_test_add_func ("/notices-report/print-notice", test_print_notice);
  g_test_add_func ("/notices-report/print-again", test_print_again);
  g_test_add_func ("/notices-report/print-draft", test_print_draft);
  g_test_add_func ("/notices-report/long-body", test_long_body);
  g_test_add_func ("/notices-report/print-prose", test_print_prose);
  g_test_add_func ("/notices-report/print-decision", test_print_decision);
  g_test_add_func ("/notices-report/ledger", test_ledger);
  g_test_add_func ("/notices-report/ledger-progress", test_ledger_progress);

  status = g_test_run ();
  g_clear_object (&db);
  cw_test_dir_free (dir);
  return status;
}
