/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-entry.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-notice.h"
#include "core/common/cw-date.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-settings.h"
#include "core/common/cw-import-report.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/finance/cw-finance-account-editor.h"
#include "ui/finance/cw-finance-disclosure-page.h"
#include "ui/finance/cw-finance-entry-editor.h"
#include "ui/finance/cw-finance-ledger-page.h"
#include "ui/finance/cw-finance-review-dialog.h"
#include "ui/finance/cw-finance-view.h"
#include "ui/notices/cw-notices-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

static CwApplication *app;

/* The demo village: 2023 and 2024 booked, December 2024 waiting for its
 * review. */
typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "finance", CW_TYPE_FINANCE_VIEW);
}

static guint
pending_in (Fixture    *f,
            const char *month)
{
  g_autoptr(GListModel) entries = NULL;
  CwFinancePeriod period;
  guint n = 0;

  g_assert_true (cw_finance_period_parse (month, &period, NULL));
  entries = cw_finance_entry_list (f->db, period.first, period.last, 0, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CwFinanceEntry) entry = g_list_model_get_item (entries, i);

      n += !cw_finance_entry_is_reviewed (entry);
    }
  return n;
}

static void
choose_account (GtkWidget  *editor,
                const char *code)
{
  AdwComboRow *row = ADW_COMBO_ROW (cw_test_find_widget (editor, ADW_TYPE_COMBO_ROW, _("Account")));
  GListModel *model = adw_combo_row_get_model (row);
  g_autofree char *prefix = g_strconcat (code, " ", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), prefix))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_assert_not_reached ();
}

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "ledger");
  CwListPage *list = CW_LIST_PAGE (page);
  GtkWidget *editor;
  guint before, shown;
  gboolean closed = FALSE;

  /* The newest month (the demo's benefit payments are in the ledger too,
   * after the books of 2024); then December 2024, with what waits for
   * review. */
  {
    g_auto(GStrv) months = cw_finance_entry_list_months (f->db);

    g_assert_cmpstr (cw_finance_ledger_page_get_month (CW_FINANCE_LEDGER_PAGE (page)), ==, months[0]);
  }
  cw_finance_ledger_page_set_month (CW_FINANCE_LEDGER_PAGE (page), "2024-12");
  cw_test_settle ();
  before = g_list_model_get_n_items (cw_list_page_get_items (list));
  g_assert_cmpuint (before, >, 3);
  g_assert_cmpuint (pending_in (f, "2024-12"), ==, before);
  cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-ledger");
  g_assert_true (cw_test_has_label (page, "农贸市场摊位租金"));

  /* Search by summary and by account. */
  cw_list_page_search (list, "摊位");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, 1);
  cw_list_page_search (list, "管理费用");
  cw_test_settle ();
  shown = g_list_model_get_n_items (cw_list_page_get_items (list));
  g_assert_cmpuint (shown, >=, 2);
  g_assert_cmpuint (shown, <, before);
  cw_list_page_search (list, "");
  cw_test_settle ();

  /* The account drop-down: 管理费用 alone, then every account again. */
  {
    GtkDropDown *accounts = NULL;
    g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
    GListModel *model;

    cw_test_collect (page, GTK_TYPE_DROP_DOWN, dropdowns);
    for (guint i = 0; i < dropdowns->len; i++)
      {
        model = gtk_drop_down_get_model (dropdowns->pdata[i]);
        if (model != NULL && g_list_model_get_n_items (model) > 0 &&
            g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), _("All Accounts")) == 0)
          accounts = dropdowns->pdata[i];
      }
    g_assert_nonnull (accounts);
    model = gtk_drop_down_get_model (accounts);
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "513 "))
        gtk_drop_down_set_selected (accounts, i);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, shown);
    gtk_drop_down_set_selected (accounts, 0);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before);
  }

  /* A new entry: a bad amount is named under its field and nothing saved. */
  g_assert_true (gtk_widget_activate_action (page, "ledger.new", NULL));
  cw_test_settle ();
  editor = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_ENTRY_EDITOR));
  cw_test_set_row (editor, _("Date"), "2024-12-20");
  cw_test_set_row (editor, _("Voucher"), "记-12-099");
  choose_account (editor, "513");
  cw_test_set_row (editor, C_("ledger", "Summary"), "购买会议室桌椅");
  cw_test_set_row (editor, _("Handled by"), "李文书");
  cw_test_set_row (editor, _("Amount (yuan)"), "1,2.3");
  cw_test_settle ();
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before);
  g_assert_true (gtk_widget_get_visible (editor));
  cw_test_screenshot (editor, "finance-editor-refused");
  cw_test_set_row (editor, _("Amount (yuan)"), "¥3,280.00");
  cw_test_settle ();
  cw_test_screenshot (editor, "finance-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before + 1);
  g_assert_true (cw_test_has_label (page, "购买会议室桌椅"));
  g_assert_true (cw_test_has_label (page, "3,280.00"));

  /* Undo takes it back. */
  g_assert_true (gtk_widget_activate_action (page, "win.undo", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before);

  /* One voucher reviewed on its own: its lines, nothing else. */
  {
    g_autoptr(CwFinanceEntry) first = g_list_model_get_item (cw_list_page_get_items (list), 0);
    g_autofree char *key = g_strdup_printf ("%lld", (long long) cw_finance_entry_get_id (first));
    guint pending = pending_in (f, "2024-12");
    GtkWidget *dialog;

    g_assert_true (cw_list_page_select (list, key));
    cw_test_settle ();
    g_assert_true (gtk_widget_activate_action (page, "ledger.review-entry", NULL));
    cw_test_settle ();
    dialog = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_REVIEW_DIALOG));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                              cw_finance_entry_get_voucher (first)));
    cw_test_set_row (dialog, _("Reviewed on"), "2025-01-04");
    cw_test_set_row (dialog, _("Opinion"), "凭证齐全 同意");
    cw_test_settle ();
    cw_test_screenshot (dialog, "finance-review-voucher");
    cw_test_respond ("review");
    cw_test_settle ();
    g_assert_cmpuint (pending_in (f, "2024-12"), ==, pending - 1);
    g_clear_object (&first);
    first = cw_finance_entry_get (f->db, g_ascii_strtoll (key, NULL, 10), NULL);
    g_assert_true (cw_finance_entry_is_reviewed (first));
    g_assert_cmpstr (cw_finance_entry_get_review_opinion (first), ==, "凭证齐全 同意");
    /* Reviewed: no second review of it. */
    g_assert_true (cw_list_page_select (list, key));
    cw_test_settle ();
    gtk_widget_activate_action (page, "ledger.review-entry", NULL);
    cw_test_settle ();
    g_assert_null (cw_test_find_toplevel (CW_TYPE_FINANCE_REVIEW_DIALOG));
  }

  /* The supervision committee's review of the month, then its close. */
  g_assert_true (gtk_widget_activate_action (page, "ledger.review", NULL));
  cw_test_settle ();
  {
    GtkWidget *dialog = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_REVIEW_DIALOG));
    g_autoptr(GListModel) november = NULL;
    g_autoptr(CwFinanceEntry) reviewed = NULL;
    AdwComboRow *members;

    /* The committee of the day typed; November's reviewer is on it. */
    cw_test_set_row (dialog, _("Reviewed on"), "2025-01-05");
    november = cw_finance_entry_list (f->db, "2024-11-01", "2024-11-30", 0, NULL);
    reviewed = g_list_model_get_item (november, 0);
    members = ADW_COMBO_ROW (cw_test_find_widget (dialog, ADW_TYPE_COMBO_ROW, _("Reviewed by")));
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (members)), >=, 3);
    g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (members)), ==,
                     cw_finance_entry_get_reviewed_by (reviewed));
    cw_test_settle ();
    cw_test_screenshot (dialog, "finance-review");
    cw_test_respond ("review");
    cw_test_settle ();
  }
  g_assert_cmpuint (pending_in (f, "2024-12"), ==, 0);
  g_assert_true (gtk_widget_activate_action (page, "ledger.close-month", NULL));
  cw_test_settle ();
  cw_test_respond ("confirm");
  cw_test_settle ();
  g_assert_true (cw_finance_month_is_closed (f->db, "2024-12", &closed, NULL));
  g_assert_true (closed);
}

/* The agency's file through the import dialog: the check shows the bad
 * voucher by line, Import brings in the good one, Undo takes it back. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "ledger");
  g_autofree char *path = g_build_filename (f->dir, "ledger.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CwImportDialog *dialog;
  CwImportReport *report;
  guint before;

  /* December 2024, the month the agency's file is of (the newest month
   * holds the demo's benefit payments). */
  cw_finance_ledger_page_set_month (CW_FINANCE_LEDGER_PAGE (page), "2024-12");
  cw_test_settle ();
  before = g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page)));

  cw_test_write_file (path,
                      "日期,凭证号,科目,摘要,收入,支出\n"
                      "2024-12-28,记-12-101,513,会议茶水,,¥268.00\n"
                      "2024-12-28,记-12-102,9999,无此科目,10,\n",
                      "GB18030");
  dialog = cw_finance_ledger_page_import (CW_FINANCE_LEDGER_PAGE (page));
  cw_test_settle ();
  report = cw_test_import_check (dialog, file);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, NULL), ==, 3);
  cw_test_screenshot (cw_test_wait_drawn (dialog), "finance-import-report");

  cw_test_import_run (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, before + 1);
  g_assert_true (cw_test_has_label (page, "会议茶水"));

  g_assert_true (gtk_widget_activate_action (page, "win.undo", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, before);
}

static void
test_disclosure (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "disclosure");
  CwFinanceDisclosurePage *disclosure = CW_FINANCE_DISCLOSURE_PAGE (page);
  g_autofree char *pdf = g_build_filename (f->dir, "disclosure.pdf", NULL);
  g_autofree char *text = NULL;

  /* The newest quarter first (the demo's benefit payments are the newest
   * entries), drawn as it prints. */
  {
    g_auto(GStrv) months = cw_finance_entry_list_months (f->db);
    int month = (int) g_ascii_strtoll (months[0] + 5, NULL, 10);
    g_autofree char *newest = g_strdup_printf ("%.4sQ%d", months[0], (month + 2) / 3);

    g_assert_cmpstr (cw_finance_disclosure_page_get_period (disclosure), ==, newest);
  }
  g_assert_cmpint (cw_finance_disclosure_page_get_n_pages (disclosure), >=, 1);
  cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-disclosure");

  cw_finance_disclosure_page_set_period (disclosure, "2023Q4");
  cw_test_settle ();
  g_assert_cmpstr (cw_finance_disclosure_page_get_period (disclosure), ==, "2023Q4");
  cw_finance_disclosure_page_save_pdf (disclosure, pdf);
  cw_test_wait_while ((gboolean (*) (gpointer)) cw_finance_disclosure_page_get_busy, disclosure);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  if (!cw_test_have_program ("pdftotext"))
    return;
  text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  /* The 2004 chart's accounts, and the totals in capitals. */
  g_assert_nonnull (strstr (text, "发包及上交收入"));
  g_assert_nonnull (strstr (text, "人民币"));

  /* A3 for a large board: kept as the village's choice, shown and saved
   * on it, the A4 pages enlarged. */
  {
    int a4_pages = cw_finance_disclosure_page_get_n_pages (disclosure);
    GtkDropDown *paper = GTK_DROP_DOWN (cw_test_find_dropdown (page, _("A4, or A3 for a large notice board")));
    g_autofree char *a3 = g_build_filename (f->dir, "disclosure-a3.pdf", NULL);
    g_autofree char *info = NULL;

    g_assert_nonnull (paper);
    g_assert_false (cw_settings_get_finance_a3 (f->db));
    gtk_drop_down_set_selected (paper, 1);
    cw_test_settle ();
    g_assert_true (cw_settings_get_finance_a3 (f->db));
    g_assert_cmpint (cw_finance_disclosure_page_get_n_pages (disclosure), ==, a4_pages);
    cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-disclosure-a3");
    cw_finance_disclosure_page_save_pdf (disclosure, a3);
    cw_test_wait_while ((gboolean (*) (gpointer)) cw_finance_disclosure_page_get_busy, disclosure);
    if (!cw_test_have_program ("pdfinfo"))
      return;
    info = cw_test_capture ((const char * const[]) { "pdfinfo", a3, NULL });
    g_assert_nonnull (strstr (info, "841.89 x 1190.55 pts (A3)"));
    g_assert_nonnull (strstr (info, "Pages:"));
    g_assert_cmpint (g_ascii_strtoll (strstr (info, "Pages:") + 6, NULL, 10), ==, a4_pages);
  }
}

/* The account of @system named @name (a sub-account: its full name) among
 * what @list reads. */
static CwFinanceAccount *
account_named (CwListPage *list,
               const char *system,
               const char *name)
{
  GListModel *all = cw_list_page_get_all_items (list);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwFinanceAccount) account = g_list_model_get_item (all, i);

      if (g_str_equal (cw_finance_account_get_system (account), system) &&
          g_str_equal (cw_finance_account_get_full_name (account), name))
        return account;
    }
  return NULL;
}

static gboolean
save_sensitive (GtkWidget *editor)
{
  GtkWidget *button = cw_test_find_actionable (editor, "editor.save");

  return button != NULL && gtk_widget_is_sensitive (button);
}

/* Sub-accounts in the window: seen under their account, added under the
 * one selected with the next code offered, renamed, retired and back;
 * the chart's own accounts shown, never changed. */
static void
test_accounts (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "accounts");
  CwListPage *list = CW_LIST_PAGE (page);
  CwFinanceAccount *account;
  GtkWidget *editor;
  guint before;
  gint64 id;

  before = g_list_model_get_n_items (cw_list_page_get_items (list));
  /* Nine and ten accounts of the charts and the demo's sub-accounts. */
  g_assert_cmpuint (before, >, 19);
  g_assert_nonnull (account_named (list, "2023", "经营收入/摊位租金"));
  cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-accounts");

  /* An account of the chart: shown, its name not to be changed. */
  account = account_named (list, "2023", "公益支出");
  g_assert_nonnull (account);
  {
    g_autofree char *key = g_strdup_printf ("2023:%s", cw_finance_account_get_code (account));

    g_assert_true (cw_list_page_select (list, key));
  }
  cw_test_settle ();
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (page, "accounts.retire")));
  cw_list_page_open_editor (list, account);
  cw_test_settle ();
  editor = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_ACCOUNT_EDITOR));
  g_assert_false (save_sensitive (editor));
  cw_test_screenshot (editor, "finance-account-of-chart");
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();

  /* A new sub-account under the account selected, the next code offered. */
  g_assert_true (gtk_widget_activate_action (page, "accounts.new", NULL));
  cw_test_settle ();
  editor = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_ACCOUNT_EDITOR));
  {
    GtkWidget *code = cw_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, C_("account field", "Code"));
    g_autofree char *prefix = g_strdup (cw_finance_account_get_code (account));

    g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (code)), prefix));
    g_assert_cmpuint (strlen (gtk_editable_get_text (GTK_EDITABLE (code))), ==, strlen (prefix) + 2);
  }
  cw_test_set_row (editor, C_("account field", "Name"), "村道亮化");
  cw_test_settle ();
  cw_test_screenshot (editor, "finance-account-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before + 1);
  account = account_named (list, "2023", "公益支出/村道亮化");
  g_assert_nonnull (account);
  id = cw_finance_account_get_id (account);

  /* Renamed; a name its account has already is refused under the field. */
  cw_list_page_open_editor (list, account);
  cw_test_settle ();
  editor = cw_test_wait_drawn (cw_test_find_toplevel (CW_TYPE_FINANCE_ACCOUNT_EDITOR));
  cw_test_set_row (editor, C_("account field", "Name"), "村道路灯");
  cw_test_settle ();
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  account = account_named (list, "2023", "公益支出/村道路灯");
  g_assert_nonnull (account);
  g_assert_cmpint (cw_finance_account_get_id (account), ==, id);

  /* Retired: gone from the list and the entry editor's accounts; Undo
   * brings it back. */
  {
    g_autofree char *key = g_strdup_printf ("2023:%s", cw_finance_account_get_code (account));

    g_assert_true (cw_list_page_select (list, key));
  }
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (page, "accounts.retire", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before);
  g_assert_true (gtk_widget_activate_action (page, "win.undo", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (list)), ==, before + 1);
}

/* One action drafts the disclosure as a 财务 notice, which the notices
 * register then lists; a quarter with entries waiting is refused. */
static void
test_disclosure_notice (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "disclosure");
  CwFinanceDisclosurePage *disclosure = CW_FINANCE_DISCLOSURE_PAGE (page);
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_date_today_text ();
  GtkWidget *notices_view, *notices;
  gint64 id;

  /* December 2024 waits for its review: nothing is drafted, the clerk is
   * told. (The newest quarter is the benefits' payments, also waiting.) */
  cw_finance_disclosure_page_set_period (disclosure, "2024Q4");
  cw_test_settle ();
  g_assert_cmpstr (cw_finance_disclosure_page_get_period (disclosure), ==, "2024Q4");
  g_assert_nonnull (cw_test_find_actionable (page, "disclosure.notice"));
  g_assert_true (gtk_widget_activate_action (page, "disclosure.notice", NULL));
  cw_test_settle ();
  cw_test_screenshot (cw_test_wait_drawn (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "finance-notice-refused");
  cw_test_respond ("close");
  cw_test_settle ();

  cw_finance_disclosure_page_set_period (disclosure, "2024Q3");
  cw_test_settle ();
  id = cw_finance_disclosure_page_post_notice (disclosure);
  g_assert_cmpint (id, >, 0);
  cw_test_settle ();
  cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-notice-drafted");
  notice = cw_notice_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_notice_get_kind (notice), ==, CW_NOTICE_KIND_FINANCE);
  g_assert_cmpstr (cw_notice_get_from (notice), ==, today);
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "人民币"));

  /* The notices register lists it, with its title. */
  cw_test_show_page (f->window, "notices");
  notices_view = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_NOTICES_VIEW, NULL);
  g_assert_true (gtk_widget_activate_action (notices_view, "notices.show-subpage", "s", "notices"));
  cw_test_settle ();
  notices = cw_notices_view_get_page (CW_NOTICES_VIEW (notices_view), "notices");
  cw_list_page_search (CW_LIST_PAGE (notices), cw_notice_get_number (notice));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (notices))), ==, 1);
  cw_test_screenshot (cw_test_wait_drawn (f->window), "finance-notice-in-notices");
  g_assert_true (cw_test_find_cell (notices, cw_notice_get_title (notice)) != NULL ||
                 cw_test_has_label (notices, cw_notice_get_title (notice)));

  /* Undo takes the draft back. */
  g_assert_true (gtk_widget_activate_action (notices, "win.undo", NULL));
  cw_test_settle ();
  g_clear_object (&notice);
  notice = cw_notice_load (f->db, id, NULL);
  g_assert_null (notice);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/finance/ledger", Fixture, NULL, fixture_setup, test_ledger, cw_test_fixture_teardown);
  g_test_add ("/finance/import", Fixture, NULL, fixture_setup, test_import, cw_test_fixture_teardown);
  g_test_add ("/finance/disclosure", Fixture, NULL, fixture_setup, test_disclosure, cw_test_fixture_teardown);
  g_test_add ("/finance/accounts", Fixture, NULL, fixture_setup, test_accounts, cw_test_fixture_teardown);
  g_test_add ("/finance/disclosure-notice", Fixture, NULL, fixture_setup, test_disclosure_notice,
              cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
