/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-view"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-import-report.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-import.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-job-bar.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/common/cw-search-picker.h"
#include "core/village/cw-settings.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/households/cw-households-view.h"
#include "ui/mediation/cw-mediation-figures-page.h"
#include "ui/mediation/cw-mediation-household-cases.h"
#include "report/mediation/cw-mediation-figures.h"
#include "ui/mediation/cw-mediation-rows-group.h"
#include "ui/mediation/cw-mediation-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

static CwApplication *app;

/* The demo village (with its own cases) and two more of this year, whose
 * respondent 钱七 the demo never has: one settled with a written agreement
 * whose follow-up is late, one open and past its month. */
typedef struct
{
  CwTestDir        dir;
  CwDatabase      *db;
  CwWindow        *window;
  CwMediationView *view;
  CwMediationCase *settled;
  CwMediationCase *open;
} Fixture;

static CwMediationCase *
add_case (Fixture    *f,
          int         days_ago,
          const char *summary,
          gboolean    settle)
{
  g_autoptr(GError) error = NULL;
  CwMediationCase *c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) a = cw_mediation_party_from_text (f->db, "applicant", "赵六,男,45,青山村三组", NULL, &error);
  g_autoptr(CwMediationRow) b = cw_mediation_party_from_text (f->db, "respondent", "钱七,女,50", NULL, &error);
  GDate date;
  g_autofree char *intake = NULL;

  cw_date_today (&date);
  /* Both in this year, whatever today is: the year filter is tested. */
  g_date_subtract_days (&date, MIN ((guint) days_ago, g_date_get_day_of_year (&date) - 1));
  intake = cw_date_format (&date);
  cw_mediation_case_set (c, CW_CASE_INTAKE_DATE, intake);
  cw_mediation_case_set (c, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (c, CW_CASE_SUMMARY, summary);
  cw_mediation_case_add_row (c, a);
  cw_mediation_case_add_row (c, b);
  if (settle)
    {
      g_autoptr(CwMediationRow) term = cw_mediation_row_new (CW_MEDIATION_TERM);

      cw_mediation_row_set (term, CW_TERM_CONTENT, "钱七赔偿赵六 500 元");
      cw_mediation_case_add_row (c, term);
      cw_mediation_case_set (c, CW_CASE_AGREEMENT, "written");
      cw_mediation_case_set (c, CW_CASE_FACTS, "鸡啄菜地");
      cw_mediation_case_set (c, CW_CASE_ISSUES, "损失多少");
      cw_mediation_case_set (c, CW_CASE_EFFECTIVE_DATE, intake);
      cw_mediation_case_set (c, CW_CASE_OUTCOME, "success");
      cw_mediation_case_set (c, CW_CASE_CLOSED_ON, intake);
    }
  g_assert_true (cw_mediation_case_save (f->db, c, &error));
  g_assert_no_error (error);
  return c;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, TRUE);
  f->settled = add_case (f, 40, "鸡啄菜地纠纷", TRUE);
  f->open = add_case (f, 40, "宅基地边界争议", FALSE);
  f->window = cw_test_window_new (app, f->db);
  f->view = cw_test_show_view (f->window, "mediation", CW_TYPE_MEDIATION_VIEW);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->settled);
  g_clear_object (&f->open);
  cw_test_database_free (&f->db, &f->dir);
}

static CwListPage *
show (Fixture    *f,
      const char *name)
{
  return CW_LIST_PAGE (cw_test_show_subpage (f->view, name));
}

static guint
n_shown (CwListPage *page)
{
  return g_list_model_get_n_items (cw_list_page_get_items (page));
}

static CwMediationCaseEditor *
open_editor (CwListPage *page,
             gpointer    item)
{
  CwMediationCaseEditor *editor;

  cw_list_page_open_editor (page, item);
  cw_test_settle ();
  editor = CW_MEDIATION_CASE_EDITOR (cw_test_find_toplevel (CW_TYPE_MEDIATION_CASE_EDITOR));
  g_assert_nonnull (editor);
  return editor;
}

/* The list: both cases, searched by a party's pinyin, the number, the
 * type; narrowed by state. */
static void
test_cases_list (Fixture       *f,
                 gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  g_autoptr(GListModel) all = cw_mediation_case_list (f->db, 0, NULL, NULL);

  g_assert_cmpuint (n_shown (page), ==, g_list_model_get_n_items (all));
  g_assert_cmpuint (n_shown (page), >, 50);
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-cases");
  cw_list_page_search (page, "钱七");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 2);
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), cw_mediation_case_get (f->open, CW_CASE_NUMBER)));
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), "赵六 — 钱七"));

  cw_list_page_search (page, "qianqi");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 2);
  cw_list_page_search (page, "zl");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), >=, 2);
  cw_list_page_search (page, cw_mediation_case_get (f->open, CW_CASE_NUMBER));
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 1);
  cw_list_page_search (page, "钱七");
  cw_test_settle ();

  /* State: open (1), late (2), settled (3). */
  {
    GtkDropDown *state = GTK_DROP_DOWN (cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN));

    gtk_drop_down_set_selected (state, 1);
    cw_test_settle ();
    g_assert_cmpuint (n_shown (page), ==, 1);
    gtk_drop_down_set_selected (state, 3);
    cw_test_settle ();
    g_assert_cmpuint (n_shown (page), ==, 1);
    gtk_drop_down_set_selected (state, 2);
    cw_test_settle ();
    g_assert_cmpuint (n_shown (page), ==, 2);
    gtk_drop_down_set_selected (state, 0);
  }
}

static guint
choice_of (GtkDropDown *dropdown,
           const char  *text)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), text))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The type of dispute narrows the list, with the search and the other
 * drop-downs; a type added to the committee's list is offered at once,
 * and the type chosen stays chosen. */
static void
test_type_filter (Fixture       *f,
                  gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  GtkDropDown *type = GTK_DROP_DOWN (cw_test_find_dropdown (GTK_WIDGET (page), _("Type of dispute")));
  g_autoptr(GListModel) all = cw_mediation_case_list (f->db, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;
  guint neighbours = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwMediationCase) c = g_list_model_get_item (all, i);

      neighbours += g_str_equal (cw_mediation_case_get (c, CW_CASE_TYPE), "邻里");
    }
  g_assert_nonnull (type);
  g_assert_cmpuint (choice_of (type, "婚姻家庭"), !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (type, choice_of (type, "邻里"));
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, neighbours);
  g_assert_cmpuint (n_shown (page), <, g_list_model_get_n_items (all));
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-cases-by-type");
  cw_list_page_search (page, "钱七");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 2);
  gtk_drop_down_set_selected (type, choice_of (type, "合同"));
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 0);

  gtk_drop_down_set_selected (type, choice_of (type, "邻里"));
  g_assert_true (cw_mediation_type_add (f->db, "饲养动物", &error));
  g_assert_no_error (error);
  cw_test_settle ();
  g_assert_cmpuint (choice_of (type, "饲养动物"), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (gtk_drop_down_get_selected (type), ==, choice_of (type, "邻里"));
  g_assert_cmpuint (n_shown (page), ==, 2);
  gtk_drop_down_set_selected (type, 0);
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 2);
}

/* The board: 第2号's month and 第1号's follow-up are late; a line opens its
 * case. */
static void
test_board (Fixture       *f,
            gconstpointer  data)
{
  CwListPage *page = show (f, "deadlines");
  CwMediationCaseEditor *editor;

  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-board");
  cw_list_page_search (page, "钱七");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 2);
  editor = open_editor (page, g_list_model_get_item (cw_list_page_get_items (page), 0));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), !=, "");
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();
}

/* A case opened, changed, saved, and the change undone with Ctrl+Z. */
static void
test_edit_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  g_autoptr(CwMediationCase) item = NULL;
  g_autoptr(CwMediationCase) back = NULL;
  CwMediationCaseEditor *editor;
  GtkWidget *summary;

  cw_list_page_search (page, "鸡啄菜地");
  cw_test_settle ();
  item = g_list_model_get_item (cw_list_page_get_items (page), 0);
  editor = open_editor (page, item);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, cw_mediation_case_get (f->settled, CW_CASE_NUMBER));
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 1400);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "mediation-case-editor");

  summary = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Dispute"));
  gtk_editable_set_text (GTK_EDITABLE (summary), "鸡啄菜地，已赔偿");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  back = cw_mediation_case_load (f->db, cw_mediation_case_get_id (f->settled), NULL);
  g_assert_cmpstr (cw_mediation_case_get (back, CW_CASE_SUMMARY), ==, "鸡啄菜地，已赔偿");

  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_clear_object (&back);
  back = cw_mediation_case_load (f->db, cw_mediation_case_get_id (f->settled), NULL);
  g_assert_cmpstr (cw_mediation_case_get (back, CW_CASE_SUMMARY), ==, "鸡啄菜地纠纷");
}

/* A new case: a party from the register in a few keystrokes, an outsider,
 * a refusal shown in the editor, then numbered when saved. */
static void
test_new_case (Fixture       *f,
               gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  CwMediationCaseEditor *editor = open_editor (page, NULL);
  CwSearchPicker *picker = CW_SEARCH_PICKER (cw_test_find_widget (GTK_WIDGET (editor), CW_TYPE_SEARCH_PICKER, NULL));
  CwMediationRowsGroup *parties = CW_MEDIATION_ROWS_GROUP (cw_test_find_widget (GTK_WIDGET (editor),
                                                                                CW_TYPE_MEDIATION_ROWS_GROUP, NULL));
  g_autoptr(GListModel) cases = NULL;
  GtkWidget *summary;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("New Case"));
  /* The demo's first household's head, by household number. */
  cw_search_picker_set_text (picker, "010001");
  cw_test_settle ();
  g_assert_true (cw_search_picker_pick_best (picker));
  cw_test_settle ();
  g_assert_cmpuint (cw_mediation_rows_group_get_n_rows (parties), ==, 1);
  gtk_widget_activate (cw_test_find_button (GTK_WIDGET (editor), _("Add _Outsider")));
  cw_test_settle ();
  g_assert_cmpuint (cw_mediation_rows_group_get_n_rows (parties), ==, 2);
  /* The outsider's name: the last Name field (the register person's is
   * the register's, read only). */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkWidget *name = NULL;

    cw_test_collect (GTK_WIDGET (parties), ADW_TYPE_ENTRY_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_str_equal (adw_preferences_row_get_title (rows->pdata[i]), _("Name")))
        {
          g_assert_true (name == NULL || !gtk_widget_get_sensitive (name));
          name = rows->pdata[i];
        }
    g_assert_true (gtk_widget_get_sensitive (name));
    gtk_editable_set_text (GTK_EDITABLE (name), "孙八");
  }

  /* The committee's members (the demo's 调委会) are offered first. */
  {
    g_auto(GStrv) members = cw_mediation_committee_members (f->db, NULL);
    GtkWidget *offer = cw_test_find_named (GTK_WIDGET (editor), "committee-members");
    GtkWidget *mediators = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Mediators"));
    GtkWidget *member;

    g_assert_cmpuint (g_strv_length (members), ==, 4);
    g_assert_nonnull (offer);
    gtk_menu_button_popup (GTK_MENU_BUTTON (offer));
    cw_test_settle ();
    member = cw_test_find_button (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (offer))), members[0]);
    g_assert_nonnull (member);
    gtk_widget_activate (member);
    cw_test_settle ();
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mediators)), ==, members[0]);
  }

  /* No summary yet: refused, the editor stays with the reason. */
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  summary = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Dispute"));
  g_assert_true (gtk_widget_has_css_class (summary, "error"));
  cw_test_screenshot (GTK_WIDGET (editor), "mediation-new-case");

  gtk_editable_set_text (GTK_EDITABLE (summary), "借用农具未还");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  cases = cw_mediation_case_list (f->db, 0, NULL, NULL);
  {
    g_autoptr(CwMediationCase) newest = g_list_model_get_item (cases, 0);

    g_assert_cmpint (cw_mediation_case_get_seq (newest), ==, cw_mediation_case_get_seq (f->open) + 1);
    g_assert_nonnull (strstr (cw_mediation_case_get (newest, CW_CASE_PARTIES), "孙八"));
  }
}

/* The agreement and the case file through the print dialog's code path,
 * for the case selected; the committee's short name from Settings. */
static void
test_print_and_settings (Fixture       *f,
                         gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  g_autofree char *agreement = g_build_filename (f->dir, "agreement.pdf", NULL);
  g_autofree char *file = g_build_filename (f->dir, "file.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *settings, *short_row;
  g_autofree char *number = NULL;

  g_assert_false (gtk_widget_is_sensitive (cw_test_find_button (GTK_WIDGET (page), _("_Agreement…"))));
  g_assert_true (cw_list_page_select (page, cw_mediation_case_get (f->settled, CW_CASE_NUMBER)));
  cw_test_settle ();
  g_assert_true (gtk_widget_is_sensitive (cw_test_find_button (GTK_WIDGET (page), _("_Agreement…"))));
  g_assert_true (cw_mediation_cases_page_print (CW_MEDIATION_CASES_PAGE (page), FALSE, agreement, &error));
  g_assert_no_error (error);
  g_assert_true (cw_mediation_cases_page_print (CW_MEDIATION_CASES_PAGE (page), TRUE, file, &error));
  g_assert_no_error (error);
  if (cw_test_have_program ("pdftotext"))
    {
      g_autofree char *text = cw_test_capture ((const char * const[]) { "pdftotext", agreement, "-", NULL });

      g_assert_nonnull (strstr (text, "钱七赔偿赵六 500 元"));
      g_assert_nonnull (strstr (text, cw_mediation_case_get (f->settled, CW_CASE_NUMBER)));
    }
  /* The open case has no agreement: said so, nothing written. */
  g_assert_true (cw_list_page_select (page, cw_mediation_case_get (f->open, CW_CASE_NUMBER)));
  cw_test_settle ();
  g_assert_false (cw_mediation_cases_page_print (CW_MEDIATION_CASES_PAGE (page), FALSE, agreement, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);

  cw_test_show_page (f->window, "settings");
  settings = GTK_WIDGET (f->window);
  short_row = cw_test_find_widget (settings, ADW_TYPE_ENTRY_ROW, _("Short Name in Case Numbers"));
  g_assert_nonnull (short_row);
  gtk_editable_set_text (GTK_EDITABLE (short_row), "青山");
  g_signal_emit_by_name (short_row, "apply");
  cw_test_settle ();
  number = cw_settings_get_mediation_short_name (f->db);
  g_assert_cmpstr (number, ==, "青山");
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-settings");
  cw_test_show_page (f->window, "mediation");
  cw_test_settle ();
  g_assert_true (cw_list_page_select (page, "（2025）青山人调字第1号"));
}

/* The figures page shows the ledger's statistics, line for line. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  CwMediationFiguresPage *page;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "mediation.show-subpage", "s", "figures"));
  cw_test_settle ();
  page = CW_MEDIATION_FIGURES_PAGE (cw_mediation_view_get_page (f->view, "figures"));
  cw_mediation_figures_page_set_year (page, 2025);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-figures");
  rows = cw_mediation_figures (f->db, 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 20);
  for (guint r = 0; r < rows->len; r++)
    for (guint c = 0; c < CW_MEDIATION_FIGURE_N_COLUMNS; c++)
      g_assert_cmpstr (cw_mediation_figures_page_get_cell (page, r + 1, c), ==, ((char **) rows->pdata[r])[c]);
  {
    g_autoptr(GListModel) cases = cw_mediation_case_list (f->db, 2025, NULL, NULL);

    g_assert_cmpint (atoi (cw_mediation_figures_page_get_cell (page, 1, 1)), ==, g_list_model_get_n_items (cases));
  }
}

/* A past ledger through the import dialog, saved by Excel in GBK: the
 * check shows the row with a day that does not exist, by its line, and
 * holds the whole file back; the corrected file goes in; Undo takes it
 * back. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  g_autofree char *bad_path = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *good_path = g_build_filename (f->dir, "good.csv", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  guint before = n_shown (page);
  CwImportDialog *dialog;
  CwImportReport *report;

  cw_test_write_file (bad_path,
                      "受理日期,纠纷类型,申请人,被申请人,纠纷简要情况,调解结果\n"
                      "2019/3/5,邻里,孙大,孙二,屋檐滴水纠纷,调解中\n"
                      "2019/2/30,合同,孙三,,货款,调解中\n",
                      "GB18030");
  /* With the numbers an exported ledger prints masked. */
  cw_test_write_file (good_path,
                      "受理日期,纠纷类型,申请人,申请人身份证号,申请人联系电话,被申请人,纠纷简要情况,调解结果\n"
                      "2019/3/5,邻里,孙大,4301**********1234,138****5678,孙二,屋檐滴水纠纷,调解中\n",
                      "GB18030");
  dialog = cw_mediation_cases_page_import (CW_MEDIATION_CASES_PAGE (page));
  cw_test_settle ();
  report = cw_test_import_check (dialog, bad);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 2);
  {
    const char *key = NULL, *message = NULL;

    g_assert_cmpuint (cw_import_report_get_problem (report, 1, &key, &message), ==, 3);
    g_assert_nonnull (strstr (message, "2019/2/30"));
  }
  cw_test_wait_drawn (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "mediation-import-report");

  /* Masked numbers hold nothing back; the report counts them apart. */
  cw_test_import_check (dialog, good);
  g_assert_cmpuint (cw_import_report_get_imported (cw_import_dialog_get_report (dialog)), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (cw_import_dialog_get_report (dialog), CW_MEDIATION_IMPORT_MASKED), ==,
                    2);
  cw_test_wait_drawn (dialog);
  g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), _("Masked ID numbers and phones, not to be stored")));
  cw_test_screenshot (GTK_WIDGET (dialog), "mediation-import-masked");
  cw_test_import_run (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, before + 1);
  cw_list_page_search (page, "屋檐");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 1);
  {
    g_autofree char *short_name = cw_mediation_short_name (f->db);
    g_autofree char *number = cw_mediation_format_number (short_name, 2019, 1);

    g_assert_true (cw_list_page_select (page, number));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.undo", NULL));
  cw_test_settle ();
  cw_list_page_search (page, "");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, before);
}

/* The ledger's further sheets through their dialogs: an extension of an
 * open case goes in and moves its settle date; a follow-up of a case
 * without an agreement is refused by its line, in the register's words. */
static void
test_import_records (Fixture       *f,
                     gconstpointer  data)
{
  CwListPage *page = show (f, "cases");
  g_autofree char *extensions_path = g_build_filename (f->dir, "extensions.csv", NULL);
  g_autofree char *followups_path = g_build_filename (f->dir, "followups.csv", NULL);
  g_autoptr(GFile) extensions = g_file_new_for_path (extensions_path);
  g_autoptr(GFile) followups = g_file_new_for_path (followups_path);
  g_autoptr(GListModel) cases = cw_mediation_case_list (f->db, 0, NULL, NULL);
  g_autoptr(CwMediationCase) open_case = NULL;
  g_autoptr(CwMediationCase) stored = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *until = NULL;
  CwImportDialog *dialog;
  CwImportReport *report;

  for (guint i = 0; i < g_list_model_get_n_items (cases) && open_case == NULL; i++)
    {
      g_autoptr(CwMediationCase) item = g_list_model_get_item (cases, i);

      if (cw_mediation_case_get (item, CW_CASE_OUTCOME)[0] == '\0' &&
          g_str_equal (cw_mediation_case_get (item, CW_CASE_AGREEMENT), "") &&
          !g_str_equal (cw_mediation_case_get (item, CW_CASE_SOURCE), "petition"))
        open_case = cw_mediation_case_load (f->db, cw_mediation_case_get_id (item), NULL);
    }
  g_assert_nonnull (open_case);
  {
    GDate day;

    g_assert_true (cw_date_parse (cw_mediation_case_get (open_case, CW_CASE_SETTLE_BY), &day, NULL));
    g_date_add_days (&day, 20);
    until = cw_date_format (&day);
  }
  csv = g_strdup_printf ("序号,案号,事项,日期,延期至,理由\n1,%s,调解延期,%s,%s,双方当事人同意延长调解期限\n",
                         cw_mediation_case_get (open_case, CW_CASE_NUMBER),
                         cw_mediation_case_get (open_case, CW_CASE_INTAKE_DATE), until);
  cw_test_write_file (extensions_path, csv, "UTF-8");
  g_free (csv);
  csv = g_strdup_printf ("序号,案号,回访日期,回访人,履行情况,满意度,是否起诉,遗留风险,采取措施\n"
                         "1,%s,%s,沈明,全部履行,满意,,,定期回访\n",
                         cw_mediation_case_get (open_case, CW_CASE_NUMBER), until);
  cw_test_write_file (followups_path, csv, "UTF-8");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cases.import-extensions", NULL));
  cw_test_settle ();
  dialog = CW_IMPORT_DIALOG (cw_test_find_toplevel (CW_TYPE_IMPORT_DIALOG));
  cw_import_dialog_open_file (dialog, extensions);
  cw_test_wait_while (cw_test_import_busy, dialog);
  report = cw_import_dialog_get_report (dialog);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 0);
  cw_test_wait_drawn (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "mediation-import-extensions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));
  cw_test_wait_while (cw_test_import_busy, dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  stored = cw_mediation_case_load (f->db, cw_mediation_case_get_id (open_case), NULL);
  g_assert_cmpstr (cw_mediation_case_get (stored, CW_CASE_SETTLE_BY), ==, until);

  dialog = cw_mediation_cases_page_import_records (CW_MEDIATION_CASES_PAGE (page), TRUE);
  cw_test_settle ();
  cw_import_dialog_open_file (dialog, followups);
  cw_test_wait_while (cw_test_import_busy, dialog);
  report = cw_import_dialog_get_report (dialog);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  {
    const char *key = NULL, *message = NULL;

    g_assert_cmpuint (cw_import_report_get_problem (report, 0, &key, &message), ==, 2);
    g_assert_nonnull (strstr (message, _("Follow-up: a follow-up checks an agreement; this case has none.")));
  }
  cw_test_wait_drawn (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "mediation-import-followups-refused");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
}

/* A household of the register whose member (*@member) is a party to a
 * demo case. */
static gint64
household_with_case (Fixture *f,
                     gint64  *member)
{
  g_autoptr(GListModel) cases = cw_mediation_case_list (f->db, 0, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CwMediationCase) item = g_list_model_get_item (cases, i);
      g_autoptr(CwMediationCase) full = cw_mediation_case_load (f->db, cw_mediation_case_get_id (item), NULL);
      GPtrArray *parties = cw_mediation_case_get_rows (full, CW_MEDIATION_PARTY);

      for (guint p = 0; p < parties->len; p++)
        {
          const char *person_id = cw_mediation_row_get (parties->pdata[p], CW_PARTY_PERSON_ID);
          g_autoptr(CwPerson) person = NULL;

          if (person_id[0] == '\0')
            continue;
          person = cw_person_load (f->db, g_ascii_strtoll (person_id, NULL, 10), NULL);
          if (person == NULL)
            continue;
          *member = cw_person_get_id (person);
          return cw_person_get_household_id (person);
        }
    }
  g_assert_not_reached ();
}

/* The year drop-down's choice that shows @mediation_case. */
static guint
year_choice_of (CwMediationCase *mediation_case)
{
  GDate today;
  int age;

  cw_date_today (&today);
  age = g_date_get_year (&today) - cw_mediation_case_get_year (mediation_case);
  return age == 0 ? 1 : age == 1 ? 2 : 3;
}

/* The household page lists the household's cases (those core finds for
 * it) and a case chosen there opens on the mediation page. */
static void
test_household_cases (Fixture       *f,
                      gconstpointer  data)
{
  gint64 member = 0;
  gint64 household_id = household_with_case (f, &member);
  g_autoptr(GListModel) expected = cw_mediation_case_list_for_household (f->db, household_id, NULL);
  g_autoptr(CwMediationCase) first = g_list_model_get_item (expected, 0);
  CwHouseholdsView *households;
  CwMediationHouseholdCases *cases;
  GListModel *shown;
  GtkWindow *editor;
  CwListPage *page = show (f, "cases");
  GtkDropDown *state = GTK_DROP_DOWN (cw_test_find_dropdown (GTK_WIDGET (page), _("State")));
  GtkDropDown *year = GTK_DROP_DOWN (cw_test_find_dropdown (GTK_WIDGET (page), _("Year received")));
  GtkDropDown *type = GTK_DROP_DOWN (cw_test_find_dropdown (GTK_WIDGET (page), _("Type of dispute")));
  guint year_choice = year_choice_of (first);
  CwMediationCase *selected;

  /* The clerk left the list searched and narrowed to what hides the case:
   * another state and another type; the year is the case's own. */
  gtk_drop_down_set_selected (state, choice_of (state, cw_mediation_case_is_open (first) ? _("Settled") : _("Open")));
  gtk_drop_down_set_selected (year, year_choice);
  gtk_drop_down_set_selected (type, choice_of (type, g_str_equal (cw_mediation_case_get (first, CW_CASE_TYPE), "合同")
                                                     ? "邻里" : "合同"));
  cw_list_page_search (page, "没有这样的人");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 0);

  cw_test_show_page (f->window, "households");
  households = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  g_assert_true (cw_households_view_select (households, household_id));
  cw_test_settle ();
  cases = CW_MEDIATION_HOUSEHOLD_CASES (cw_test_find_mapped (GTK_WIDGET (households),
                                                             CW_TYPE_MEDIATION_HOUSEHOLD_CASES));
  g_assert_nonnull (cases);
  shown = cw_mediation_household_cases_get_cases (cases);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (expected));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  {
    g_autofree char *label = g_strdup_printf (_("Mediation (%u)"), g_list_model_get_n_items (shown));

    GtkMenuButton *button = GTK_MENU_BUTTON (cw_test_find_widget (GTK_WIDGET (cases), GTK_TYPE_MENU_BUTTON, NULL));

    g_assert_cmpstr (gtk_menu_button_get_label (button), ==, label);
    gtk_menu_button_popup (button);
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (f->window), "mediation-household-cases");
    cw_test_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (button)), "mediation-household-cases-list");
  }

  /* A case saved elsewhere shows at once. */
  {
    g_autoptr(CwMediationCase) more = cw_mediation_case_new ();
    g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);
    g_autofree char *person_id = g_strdup_printf ("%" G_GINT64_FORMAT, member);
    g_autoptr(GError) error = NULL;
    guint before = g_list_model_get_n_items (shown);

    cw_mediation_row_set (party, CW_PARTY_SIDE, "applicant");
    cw_mediation_row_set (party, CW_PARTY_PERSON_ID, person_id);
    cw_mediation_case_add_row (more, party);
    cw_mediation_case_set (more, CW_CASE_TYPE, "邻里");
    cw_mediation_case_set (more, CW_CASE_SUMMARY, "院墙渗水");
    g_assert_true (cw_mediation_case_save (f->db, more, &error));
    g_assert_no_error (error);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (cw_mediation_household_cases_get_cases (cases)), ==, before + 1);
  }

  cw_mediation_household_cases_open (cases, first);
  cw_test_settle ();
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "mediation");
  editor = cw_test_find_toplevel (CW_TYPE_MEDIATION_CASE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, cw_mediation_case_get (first, CW_CASE_NUMBER));
  gtk_window_destroy (editor);
  cw_test_settle ();

  /* The filters that hid the case are back to every state and type; the
   * year, which showed it, stays; the case is selected in the list. */
  g_assert_cmpuint (gtk_drop_down_get_selected (state), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (type), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (year), ==, year_choice);
  selected = cw_list_page_get_selected (page);
  g_assert_nonnull (selected);
  g_assert_cmpstr (cw_mediation_case_get (selected, CW_CASE_NUMBER), ==, cw_mediation_case_get (first, CW_CASE_NUMBER));
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-household-jump-filters-cleared");
}

static gboolean
exporting (gpointer page)
{
  return cw_mediation_figures_page_get_exporting (page);
}

/* The ledger exported from the figures page, as a job on its bar, opens
 * in LibreOffice with a row per case of the year and the same figures as
 * the window shows. */
static void
test_export_ledger (Fixture       *f,
                    gconstpointer  data)
{
  CwMediationFiguresPage *page;
  g_autofree char *xlsx = g_build_filename (f->dir, "ledger.xlsx", NULL);
  g_autoptr(GListModel) cases = cw_mediation_case_list (f->db, 2025, NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) figures = NULL;

  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "mediation.show-subpage", "s", "figures"));
  cw_test_settle ();
  page = CW_MEDIATION_FIGURES_PAGE (cw_mediation_view_get_page (f->view, "figures"));
  cw_mediation_figures_page_set_year (page, 2025);
  cw_test_settle ();
  cw_mediation_figures_page_export_ledger (page, xlsx, FALSE);
  g_assert_true (cw_mediation_figures_page_get_exporting (page));
  cw_test_wait_while (exporting, page);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-ledger-exported");

  rows = cw_test_soffice_read_sheet (xlsx, 1);
  /* Title, header, a row per case of 2025. */
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (cases) + 2);
  figures = cw_test_soffice_read_sheet (xlsx, 2);
  /* Title and header, then the lines the page shows, figure for figure. */
  for (guint r = 1; cw_mediation_figures_page_get_cell (page, r, 0) != NULL; r++)
    {
      char **line = figures->pdata[r + 1];

      g_assert_cmpuint (figures->len, >, r + 1);
      for (guint c = 0; c < CW_MEDIATION_FIGURE_N_COLUMNS; c++)
        g_assert_cmpstr (line[c], ==, cw_mediation_figures_page_get_cell (page, r, c));
    }
}

/* A held export stops at a progress report of its own (cw_job_bar_set_held()). */
typedef struct
{
  CwJobBar *bar;
  guint     report;
} Held;

static gboolean
not_held_yet (gpointer data)
{
  Held *held = data;

  return cw_job_bar_get_waiting (held->bar) != held->report;
}

static gboolean
bar_empty (gpointer bar)
{
  return gtk_progress_bar_get_fraction (bar) <= 0.0;
}

/* The names in @folder, sorted, joined by spaces. */
static char *
folder_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The ledger export cancelled as the clerk does it: Cancel pressed on the
 * page's bar while the job runs (held at its last report, every row
 * written and the file not yet saved). Nothing is left in the folder,
 * not even the workbook's temporary files; the window says the export
 * was cancelled, not that it failed or was saved. The next export runs
 * to the end. */
static void
test_export_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "exports", NULL);
  g_autofree char *xlsx = g_build_filename (folder, "ledger.xlsx", NULL);
  g_autofree char *running = g_strdup_printf (_("Exporting %s…"), "ledger.xlsx");
  g_autofree char *saved = g_strdup_printf (_("Mediation ledger saved as %s"), xlsx);
  g_autofree char *listing = NULL;
  CwMediationFiguresPage *page;
  CwJobBar *bar;
  GtkWidget *cancel;
  Held held;

  g_assert_no_errno (g_mkdir (folder, 0700));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "mediation.show-subpage", "s", "figures"));
  cw_test_settle ();
  page = CW_MEDIATION_FIGURES_PAGE (cw_mediation_view_get_page (f->view, "figures"));
  cw_mediation_figures_page_set_year (page, 2025);
  cw_test_settle ();
  bar = CW_JOB_BAR (cw_test_find_widget (GTK_WIDGET (page), CW_TYPE_JOB_BAR, NULL));
  g_assert_nonnull (bar);

  cw_job_bar_set_held (bar, TRUE);
  cw_mediation_figures_page_export_ledger (page, xlsx, FALSE);
  g_assert_true (cw_mediation_figures_page_get_exporting (page));
  /* Its first report, before the workbook; then past it to the last. */
  held = (Held) { bar, 1 };
  cw_test_wait_while (not_held_yet, &held);
  cw_job_bar_step (bar);
  held.report = 2;
  cw_test_wait_while (not_held_yet, &held);
  cw_test_wait_while (bar_empty, cw_test_find_widget (GTK_WIDGET (bar), GTK_TYPE_PROGRESS_BAR, NULL));
  g_assert_true (cw_test_has_label (GTK_WIDGET (bar), running));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-ledger-export-running");

  cancel = cw_test_find_button (GTK_WIDGET (bar), _("_Cancel"));
  g_assert_nonnull (cancel);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  g_assert_true (gtk_widget_activate (cancel));
  cw_test_wait_while (exporting, page);

  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==, "");
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), _("The export was cancelled; no file was written.")));
  g_assert_false (cw_test_has_label (GTK_WIDGET (f->window), saved));
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  cw_test_screenshot (GTK_WIDGET (f->window), "mediation-ledger-export-cancelled");

  cw_job_bar_set_held (bar, FALSE);
  cw_mediation_figures_page_export_ledger (page, xlsx, FALSE);
  cw_test_wait_while (exporting, page);
  g_clear_pointer (&listing, g_free);
  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==, "ledger.xlsx");
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), saved));
}

int
main (int argc, char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

#define ADD(path, fn) g_test_add ("/mediation-view/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("cases-list", test_cases_list);
  ADD ("board", test_board);
  ADD ("edit-and-undo", test_edit_and_undo);
  ADD ("new-case", test_new_case);
  ADD ("print-and-settings", test_print_and_settings);
  ADD ("figures", test_figures);
  ADD ("import", test_import);
  ADD ("import-records", test_import_records);
  ADD ("household-cases", test_household_cases);
  ADD ("type-filter", test_type_filter);
  ADD ("export-ledger", test_export_ledger);
  ADD ("export-cancel", test_export_cancel);
#undef ADD

  return cw_test_application_run (&app);
}
