/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notices-view"

#include "config.h"

#include <time.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice-source.h"
#include "core/notices/cw-notice.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/common/cw-discard-dialog.h"
#include "ui/notices/cw-decision-dialog.h"
#include "ui/notices/cw-notice-calendar-row.h"
#include "ui/notices/cw-notice-editor.h"
#include "ui/notices/cw-notice-item-editor.h"
#include "ui/notices/cw-notice-settings-group.h"
#include "ui/notices/cw-notice-step-dialog.h"
#include "ui/notices/cw-notice-table-view.h"
#include "ui/notices/cw-notices-page.h"
#include "ui/notices/cw-notices-view.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-role.h"
#include "ui/shell/cw-application.h"
#include "ui/shell/cw-roles-group.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "notices", CW_TYPE_NOTICES_VIEW);
}

static guint
n_shown (GtkWidget *page)
{
  return g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page)));
}

/* The column view's headers read @header, in order. */
static void
assert_columns (GtkWidget          *view,
                const char * const *header)
{
  GtkWidget *columns = cw_test_find_widget (view, GTK_TYPE_COLUMN_VIEW, NULL);
  GListModel *list = gtk_column_view_get_columns (GTK_COLUMN_VIEW (columns));

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_strv_length ((char **) header));
  for (guint c = 0; header[c] != NULL; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (list, c);
      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, header[c]);
    }
}

static void
test_subpages (Fixture       *f,
               gconstpointer  data)
{
  static const char * const names[] = { "notices", "calendar", "decisions", "catalogue" };
  GtkWidget *notices;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *shot = g_strdup_printf ("notices-%s", names[i]);
      cw_test_show_subpage (f->view, names[i]);
      cw_test_screenshot (GTK_WIDGET (f->window), shot);
    }
  /* The demo's year: 36 notices, its calendar, three decisions, the
   * default catalogue of 20 items. */
  g_assert_cmpuint (n_shown (cw_notices_view_get_page (f->view, "notices")), ==, 36);
  g_assert_cmpuint (n_shown (cw_notices_view_get_page (f->view, "calendar")), >, 20);
  g_assert_cmpuint (n_shown (cw_notices_view_get_page (f->view, "decisions")), ==, 3);
  g_assert_cmpuint (n_shown (cw_notices_view_get_page (f->view, "catalogue")), ==, 20);

  /* Search as typed, by pinyin initials too (dbdx: 低保对象). */
  notices = cw_test_show_subpage (f->view, "notices");
  cw_list_page_search (CW_LIST_PAGE (notices), "低保");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (notices), ==, 4);
  cw_list_page_search (CW_LIST_PAGE (notices), "dbdx");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (notices), ==, 4);
  cw_test_screenshot (GTK_WIDGET (f->window), "notices-search");
  cw_list_page_search (CW_LIST_PAGE (notices), "");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (notices), ==, 36);
}

static void
test_notice_way (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "notices");
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  CwRecordEditor *editor;
  GtkWindow *dialog;
  GtkWidget *text;

  /* A new notice, drafted in its editor. */
  g_assert_true (gtk_widget_activate_action (page, "notices.new", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  g_assert_nonnull (editor);
  cw_test_set_row (GTK_WIDGET (editor), _("Title"), "关于村道维修的公示");
  text = cw_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)),
                            "村道维修费用共计3.2万元，联系人电话13812345678。", -1);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "notices-editor-new");
  /* It corrects a notice that does not exist: said under the field. */
  cw_test_set_row (GTK_WIDGET (editor), _("Corrects Notice No. (empty: none)"), "2026-999");
  g_assert_false (cw_record_editor_save (editor));
  cw_test_settle ();
  cw_test_set_row (GTK_WIDGET (editor), _("Corrects Notice No. (empty: none)"), "2026-032");
  g_assert_true (cw_record_editor_save (editor));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_button (GTK_WIDGET (f->window), _("_Undo")));

  notice = cw_notice_find (f->db, "2026-037", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
  {
    g_autoptr(CwNotice) old = cw_notice_find (f->db, "2026-032", NULL);
    g_assert_cmpint (cw_notice_get_corrects_id (notice), ==, cw_notice_get_id (old));
  }
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), "2026-037"));
  cw_test_settle ();

  /* Posting and settling wait for the review. */
  gtk_widget_activate_action (page, "notices.post", NULL);
  gtk_widget_activate_action (page, "notices.settle", NULL);
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG));
  /* The next step is the review, on the button that takes it. */
  g_assert_nonnull (cw_test_find_button (page, _("_Review…")));

  g_assert_true (gtk_widget_activate_action (page, "notices.next", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG);
  g_assert_nonnull (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "notices-review");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("Review")), "clicked");
  cw_test_settle ();
  g_clear_object (&notice);
  notice = cw_notice_find (f->db, "2026-037", NULL);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_REVIEWED);

  g_assert_nonnull (cw_test_find_button (page, _("_Settle…")));
  g_assert_true (gtk_widget_activate_action (page, "notices.next", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG);
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("Settle")), "clicked");
  cw_test_settle ();

  /* Posted after the period's end: refused, the dialog says why. */
  g_assert_true (gtk_widget_activate_action (page, "notices.post", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG);
  cw_test_set_row (GTK_WIDGET (dialog), _("Date"), "2099-01-01");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("Post")), "clicked");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "notices-post-refused");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  cw_test_set_row (GTK_WIDGET (dialog), _("Date"), today);
  cw_test_set_row (GTK_WIDGET (dialog), _("Posted At"), "村委会公开栏");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("Post")), "clicked");
  cw_test_settle ();
  g_clear_object (&notice);
  notice = cw_notice_find (f->db, "2026-037", NULL);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_POSTED);
  g_assert_cmpstr (cw_notice_get_posted_place (notice), ==, "村委会公开栏");

  /* A villager's question, then its answer. */
  g_assert_true (gtk_widget_activate_action (page, "notices.ask", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG);
  cw_test_set_row (GTK_WIDGET (dialog), _("Asked By"), "李秀英");
  cw_test_set_row (GTK_WIDGET (dialog), _("Question"), "维修费用明细能否公开？");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("_Record")), "clicked");
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (page, "notices.answer", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_NOTICE_STEP_DIALOG);
  cw_test_set_row (GTK_WIDGET (dialog), _("Answer"), "明细已附于公示之后。");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "notices-answer");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("Answer")), "clicked");
  cw_test_settle ();
  {
    g_autoptr(GPtrArray) questions = cw_notice_question_list (f->db, cw_notice_get_id (notice), NULL);
    g_assert_cmpuint (questions->len, ==, 1);
    g_assert_cmpstr (((CwNoticeQuestion *) g_ptr_array_index (questions, 0))->answer, ==, "明细已附于公示之后。");
  }

  /* A posted notice opens as it stands, with its way. */
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), "2026-014"));
  g_assert_true (gtk_widget_activate_action (page, "notices.edit", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Title"))));
  cw_test_screenshot (GTK_WIDGET (editor), "notices-notice");
  /* Its table (the 低保 list) as posted, below the body, before its way. */
  {
    g_autoptr(CwNotice) posted = cw_notice_find (f->db, "2026-014", NULL);
    GtkWidget *view = cw_test_find_widget (GTK_WIDGET (editor), CW_TYPE_NOTICE_TABLE_VIEW, NULL);
    GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    GPtrArray *table = cw_notice_get_table (posted);

    g_assert_nonnull (table);
    g_assert_cmpuint (cw_notice_table_view_get_n_rows (CW_NOTICE_TABLE_VIEW (view)), ==, table->len - 1);
    assert_columns (view, g_ptr_array_index (table, 0));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    cw_test_settle ();
    g_assert_nonnull (cw_test_find_cell (view, ((char **) g_ptr_array_index (table, 1))[1]));
    cw_test_screenshot (GTK_WIDGET (editor), "notices-notice-table");
  }
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "decisions");
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(CwDecision) hall = NULL;
  GtkWindow *dialog;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  /* Nothing typed: Escape closes it at once. */
  g_assert_true (gtk_widget_activate_action (page, "decisions.new", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_DECISION_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_close (dialog);
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_DECISION_DIALOG));
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (gtk_widget_activate_action (page, "decisions.new", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_DECISION_DIALOG);
  g_assert_nonnull (dialog);
  cw_test_set_row (GTK_WIDGET (dialog), _("Matter"), "村集体林地流转");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "notices-decision-new");
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("_Record")), "clicked");
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 4);

  /* The hall (2026-03) has had steps 1 and 2: step 3 is next, its due
   * count from the register, its verdict as the counts are typed. */
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), "2026-03"));
  g_assert_true (gtk_widget_activate_action (page, "decisions.edit", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_DECISION_DIALOG);
  cw_test_set_row (GTK_WIDGET (dialog), _("Date"), today);
  cw_test_collect (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 6);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[0]), >, 0);
  g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), _("No quorum: the meeting is not valid.")));
  gtk_spin_button_set_value (spins->pdata[1], gtk_spin_button_get_value (spins->pdata[0]));
  gtk_spin_button_set_value (spins->pdata[2], gtk_spin_button_get_value (spins->pdata[0]));
  cw_test_settle ();
  g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), _("Valid, and it passes.")));
  cw_test_screenshot (GTK_WIDGET (dialog), "notices-decision-step");
  /* Escape with counts typed asks first; keeping them keeps the dialog
   * as it was. */
  {
    int present = gtk_spin_button_get_value_as_int (spins->pdata[1]);

    gtk_window_close (dialog);
    cw_test_settle ();
    g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), CW_TYPE_DISCARD_DIALOG));
    cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "notices-decision-discard");
    cw_test_respond ("keep");
    g_assert_true (cw_test_find_toplevel (CW_TYPE_DECISION_DIALOG) == dialog);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[1]), ==, present);
  }
  g_signal_emit_by_name (cw_test_find_button (GTK_WIDGET (dialog), _("_Record Step")), "clicked");
  cw_test_settle ();
  hall = cw_decision_find (f->db, "2026-03", NULL);
  g_assert_cmpuint (cw_decision_get_progress (hall), ==, 3);
}

static void
test_catalogue (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "catalogue");
  g_autoptr(CwNoticeItem) item = NULL;
  CwRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (page, "items.new", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_ITEM_EDITOR));
  g_assert_nonnull (editor);
  cw_test_set_row (GTK_WIDGET (editor), C_("thing named", "Name"), "村规民约修订");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "notices-item-editor");
  g_assert_true (cw_record_editor_save (editor));
  cw_test_settle ();
  item = cw_notice_item_find (f->db, "村规民约修订", NULL);
  g_assert_nonnull (item);
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), "村规民约修订"));
  g_assert_true (gtk_widget_activate_action (page, "items.retire", NULL));
  cw_test_settle ();
  g_assert_cmpuint (n_shown (page), ==, 20);
}

/* The year's ledger is a job: its bar with Cancel, a cancel leaving no
 * file, then written to the end with a toast saying where. */
static gboolean
exporting (gpointer page)
{
  return cw_notices_page_get_exporting (page);
}

static void
test_export_job (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "notices");
  g_autofree char *xlsx = g_build_filename (f->dir, "ledger.xlsx", NULL);
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *saved = g_strdup_printf (_("The notices ledger of %d is in “%s”."),
                                            (int) g_ascii_strtoll (today, NULL, 10), xlsx);
  GtkWidget *bar;

  cw_notices_page_export_ledger (CW_NOTICES_PAGE (page), xlsx);
  g_assert_true (cw_notices_page_get_exporting (CW_NOTICES_PAGE (page)));
  bar = cw_test_find_widget (page, CW_TYPE_JOB_BAR, NULL);
  g_assert_true (cw_job_bar_get_running (CW_JOB_BAR (bar)));
  /* A second export waits for the first. */
  gtk_widget_activate_action (page, "notices.export", NULL);
  g_assert_null (cw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  /* Cancelled: no file and nothing said. On a machine busy enough the
   * worker may be done before the click; it then says where the file
   * went, and never that it failed. (test-notices-report cancels at a
   * row, without the race.) */
  g_signal_emit_by_name (cw_test_find_button (bar, _("_Cancel")), "clicked");
  cw_test_wait_while (exporting, page);
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  if (g_file_test (xlsx, G_FILE_TEST_EXISTS))
    {
      g_test_message ("the export ended before its cancel");
      g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), saved));
      g_assert_no_errno (g_unlink (xlsx));
    }
  else
    g_assert_false (cw_test_has_label (GTK_WIDGET (f->window), saved));

  cw_notices_page_export_ledger (CW_NOTICES_PAGE (page), xlsx);
  cw_test_screenshot (GTK_WIDGET (f->window), "notices-export-running");
  cw_test_wait_while (exporting, page);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), saved));
  cw_test_screenshot (GTK_WIDGET (f->window), "notices-export-done");
}

/* A new notice's table drafted from the care list: picked in the editor,
 * read by core, names only. */
static void
test_table_from_register (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "notices");
  g_autoptr(GPtrArray) expected = cw_notice_source_table (f->db, CW_NOTICE_SOURCE_CARE, "低保", NULL);
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  CwRecordEditor *editor;
  GtkWidget *button;
  GMenuModel *menu;
  GPtrArray *table;

  g_assert_true (gtk_widget_activate_action (page, "notices.new", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  button = cw_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  /* The care list (a submenu of tags), the grid board, the points. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);

  /* The 低保 list: the table, and the title and item it suggests. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "notice.table-from", "s", "care:低保"));
  cw_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                                             _("Title")))), ==, "低保名单公示");
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (cw_test_find_widget (GTK_WIDGET (editor),
                                                                                         ADW_TYPE_COMBO_ROW,
                                                                                         _("Catalogue Item"))))),
                   ==, "低保对象名单");
  /* The table's row, at the foot of the editor, in view. */
  {
    GtkWidget *scrolled = cw_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, NULL);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    cw_test_settle ();
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  }
  /* The rows drafted, under their header, before anything is saved. */
  {
    GtkWidget *view = cw_test_find_widget (GTK_WIDGET (editor), CW_TYPE_NOTICE_TABLE_VIEW, NULL);
    char **header = g_ptr_array_index (expected, 0);
    char **first = g_ptr_array_index (expected, 1);

    g_assert_cmpuint (cw_notice_table_view_get_n_rows (CW_NOTICE_TABLE_VIEW (view)), ==, expected->len - 1);
    assert_columns (view, (const char * const *) header);
    cw_test_settle ();
    g_assert_nonnull (cw_test_find_cell (view, first[3]));
  }
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "notices-editor-from-register");
  g_assert_true (cw_record_editor_save (editor));
  cw_test_settle ();

  notice = cw_notice_find (f->db, "2026-037", &error);
  g_assert_no_error (error);
  table = cw_notice_get_table (notice);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->len, ==, expected->len);
  g_assert_cmpuint (table->len, >, 1);
  for (guint r = 0; r < table->len; r++)
    {
      g_autofree char *row = g_strjoinv ("|", g_ptr_array_index (table, r));
      g_autofree char *want = g_strjoinv ("|", g_ptr_array_index (expected, r));
      g_assert_cmpstr (row, ==, want);
      g_assert_false (cw_notice_text_is_masked (row));
    }
  g_assert_cmpstr (cw_notice_get_item_name (notice), ==, "低保对象名单");

  /* Not a register: said under the table's row, nothing changes. */
  g_assert_true (gtk_widget_activate_action (page, "notices.new", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "notice.table-from", "s", "points:2026Q9"));
  cw_test_settle ();
  g_assert_null (cw_notice_get_table (CW_NOTICE (cw_record_editor_get_record (editor))));
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();
}

/* Every cell built below @root, each checked: nothing in it an ID or mobile
 * number in full. Returns how many there are. */
static guint
count_cells (GtkWidget *root)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  cw_test_collect (root, GTK_TYPE_INSCRIPTION, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = gtk_inscription_get_text (g_ptr_array_index (cells, i));

      if (text != NULL)
        g_assert_false (cw_notice_text_is_masked (text));
    }
  return cells->len;
}

static double
cpu_seconds (void)
{
  return (double) clock () / CLOCKS_PER_SEC;
}

/* A notice of 300 rows with ID and mobile numbers in them, as a 低保 list
 * pasted from Excel comes: its editor shows the header and the rows as
 * they will be posted, masked, in a list that builds the rows in view,
 * scrolls to the last one, and masks the names too when Settings ask. */
static void
test_table_preview (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const header[] = { "序号", "姓名", "身份证号", "联系电话", "救助金额（元）", NULL };
  GtkWidget *page = cw_test_show_subpage (f->view, "notices");
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(CwNotice) notice = cw_notice_new_draft (f->db, today);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *count = NULL;
  CwRecordEditor *editor;
  GtkWidget *view, *scrolled;
  GtkAdjustment *adjustment;
  g_autoptr(GTimer) timer = g_timer_new ();
  double cpu;
  guint cells;

  g_ptr_array_add (rows, g_strdupv ((char **) header));
  for (guint i = 1; i <= 300; i++)
    {
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("村民%03u", i);
      row[2] = g_strdup_printf ("43042119800101%04u", i);
      row[3] = g_strdup_printf ("1380000%04u", i);
      row[4] = g_strdup_printf ("%u.00", 200 + i);
      g_ptr_array_add (rows, row);
    }
  cw_notice_set_title (notice, "2026年临时救助对象名单公示");
  cw_notice_set_table (notice, rows);
  g_assert_cmpint (cw_notice_add (f->db, notice, &error), !=, 0);
  g_assert_no_error (error);
  cw_test_settle ();

  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), cw_notice_get_number (notice)));
  g_timer_start (timer);
  cpu = cpu_seconds ();
  g_assert_true (gtk_widget_activate_action (page, "notices.edit", NULL));
  cw_test_settle ();
  g_test_message ("editor with a 300-row table open: %.3f s wall, %.3f s CPU", g_timer_elapsed (timer, NULL),
                  cpu_seconds () - cpu);
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  g_assert_nonnull (editor);
  view = cw_test_find_widget (GTK_WIDGET (editor), CW_TYPE_NOTICE_TABLE_VIEW, NULL);
  g_assert_true (gtk_widget_get_visible (view));
  g_assert_cmpuint (cw_notice_table_view_get_n_rows (CW_NOTICE_TABLE_VIEW (view)), ==, 300);
  assert_columns (view, header);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row under the header, as it will be posted",
                                        "%u rows under the header, as they will be posted", 300), 300);
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), count));

  /* The table in view at the foot of the editor: the first rows drawn,
   * masked as the printout masks them. */
  scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_cell (view, "村民001"));
  g_assert_nonnull (cw_test_find_cell (view, "430421********0001"));
  g_assert_nonnull (cw_test_find_cell (view, "138****0001"));
  g_assert_null (cw_test_find_cell (view, "430421198001010001"));
  g_assert_null (cw_test_find_cell (view, "13800000001"));
  cw_test_screenshot (GTK_WIDGET (editor), "notices-editor-table");
  /* Rows are built for the view, not 300 × 5 cells at once. */
  cells = count_cells (view);
  g_test_message ("cells built for 300 rows × 5 columns: %u", cells);
  g_assert_cmpuint (cells, <, 300 * 5);

  /* Scrolled to the last row within its own window. */
  scrolled = cw_test_find_widget (view, GTK_TYPE_SCROLLED_WINDOW, NULL);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_timer_start (timer);
  cpu = cpu_seconds ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cw_test_settle ();
  g_test_message ("scrolled to the last row: %.3f s wall, %.3f s CPU", g_timer_elapsed (timer, NULL),
                  cpu_seconds () - cpu);
  g_assert_nonnull (cw_test_find_cell (view, "村民300"));
  g_assert_nonnull (cw_test_find_cell (view, "430421********0300"));
  g_assert_cmpuint (count_cells (view), <, 300 * 5);
  cw_test_screenshot (GTK_WIDGET (editor), "notices-editor-table-end");
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();

  /* Names masked on the board: masked here too. */
  g_assert_true (cw_settings_set_mask_names (f->db, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (page, "notices.edit", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  view = cw_test_find_widget (GTK_WIDGET (editor), CW_TYPE_NOTICE_TABLE_VIEW, NULL);
  scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_cell (view, "村***1"));
  g_assert_null (cw_test_find_cell (view, "村民001"));
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();
}

/* Settings: the posting day, the days a new notice stays up and the
 * board, which the calendar, a new notice and a posting then follow. */
static void
test_posting_settings (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *until = cw_notice_date_add_days (today, 9);
  g_autofree char *place = NULL;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *page;
  CwRecordEditor *editor;

  cw_test_show_page (f->window, "settings");
  group = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_NOTICE_SETTINGS_GROUP, NULL);
  g_assert_nonnull (group);
  cw_test_collect (group, GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 1)), ==, 7);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 15);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 10);
  row = cw_test_find_widget (group, ADW_TYPE_ENTRY_ROW, _("Posted At"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "村务公开栏");
  gtk_editable_set_text (GTK_EDITABLE (row), "二组公告栏");
  g_signal_emit_by_name (row, "apply");
  /* The last row in view, the group above it. */
  gtk_widget_grab_focus (row);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "settings-notices");
  g_assert_cmpuint (cw_settings_get_notice_day (f->db), ==, 15);
  g_assert_cmpuint (cw_settings_get_notice_days (f->db), ==, 10);
  place = cw_settings_get_notice_place (f->db);
  g_assert_cmpstr (place, ==, "二组公告栏");

  /* A new notice stays up the ten days. */
  cw_test_show_page (f->window, "notices");
  page = cw_test_show_subpage (f->view, "notices");
  g_assert_true (gtk_widget_activate_action (page, "notices.new", NULL));
  cw_test_settle ();
  editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
  row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Publicity To"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, until);
  gtk_window_destroy (GTK_WINDOW (editor));
  cw_test_settle ();

  /* The calendar says a quarter's notices are due by the 15th. */
  page = cw_test_show_subpage (f->view, "calendar");
  {
    g_autoptr(GPtrArray) entries = cw_notice_calendar (f->db, 2026, today, NULL);
    for (guint i = 0; i < entries->len; i++)
      {
        CwCalendarEntry *entry = g_ptr_array_index (entries, i);
        if (entry->due[0] != '\0')
          g_assert_cmpstr (entry->due + 8, ==, "15");
      }
  }

  /* A period with nothing posted opens a new notice for its item and
   * period, which is what the clerk came to write; untouched, it closes
   * without asking. */
  {
    GListModel *rows = cw_list_page_get_items (CW_LIST_PAGE (page));
    gpointer missing = NULL;
    CwNotice *draft;

    for (guint i = 0; i < g_list_model_get_n_items (rows) && missing == NULL; i++)
      {
        gpointer row = g_list_model_get_item (rows, i);

        if (cw_notice_calendar_row_get_entry (row)->number[0] == '\0')
          missing = row;
        else
          g_object_unref (row);
      }
    g_assert_nonnull (missing);
    cw_list_page_open_editor (CW_LIST_PAGE (page), missing);
    cw_test_settle ();
    editor = CW_RECORD_EDITOR (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
    g_assert_nonnull (editor);
    g_assert_true (cw_record_editor_get_is_new (editor));
    g_assert_false (cw_record_editor_get_modified (editor));
    draft = cw_record_editor_get_record (editor);
    g_assert_cmpint (cw_notice_get_item_id (draft), ==,
                     cw_notice_item_get_id (cw_notice_calendar_row_get_entry (missing)->item));
    row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                               _("Period (2026-03, 2026Q1 or 2026; empty: from the start)"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, cw_notice_calendar_row_get_entry (missing)->period);
    cw_test_screenshot (GTK_WIDGET (editor), "notices-calendar-new");
    gtk_window_close (GTK_WINDOW (editor));
    cw_test_settle ();
    g_assert_null (cw_test_find_toplevel (CW_TYPE_NOTICE_EDITOR));
    g_object_unref (missing);
  }
}

/* Settings: the offices held today, and a new holder added there. */
static void
test_roles (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *today = cw_date_today_text ();
  GtkWidget *group;
  GtkWidget *outsider;
  GtkWidget *combo;

  cw_test_show_page (f->window, "settings");
  group = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_ROLES_GROUP, NULL);
  g_assert_nonnull (group);
  g_assert_true (cw_test_has_label (group, cw_role_kind_name (CW_ROLE_SUPERVISION_CHAIR)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cw_test_find_widget (group, ADW_TYPE_EXPANDER_ROW, NULL)), TRUE);
  combo = cw_test_find_widget (group, ADW_TYPE_COMBO_ROW, _("Office"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), CW_ROLE_MEDIATOR);
  cw_test_set_row (group, _("Who (a name or an ID number)"), "驻村工作队员");
  outsider = adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (cw_test_find_widget (group, ADW_TYPE_ACTION_ROW, _("Not in the Register"))));
  gtk_switch_set_active (GTK_SWITCH (outsider), TRUE);
  cw_test_settle ();
  gtk_widget_grab_focus (combo);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "settings-roles");
  g_signal_emit_by_name (cw_test_find_button (group, _("_Add")), "clicked");
  cw_test_settle ();
  {
    g_autoptr(GListModel) mediators = cw_village_role_holders (f->db, CW_ROLE_MEDIATOR, today, NULL);
    gboolean found = FALSE;
    for (guint i = 0; i < g_list_model_get_n_items (mediators); i++)
      {
        g_autoptr(CwVillageRole) role = g_list_model_get_item (mediators, i);
        found |= g_str_equal (cw_village_role_get_name (role), "驻村工作队员");
      }
    g_assert_true (found);
  }
  /* A second secretary is refused in core's words, under the fields. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cw_test_find_widget (group, ADW_TYPE_EXPANDER_ROW, NULL)), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), CW_ROLE_PARTY_SECRETARY);
  cw_test_set_row (group, _("Who (a name or an ID number)"), "另一位书记");
  g_signal_emit_by_name (cw_test_find_button (group, _("_Add")), "clicked");
  cw_test_settle ();
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_PARTY_SECRETARY, today), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/notices/subpages", Fixture, NULL, fixture_setup, test_subpages, cw_test_fixture_teardown);
  g_test_add ("/notices/notice-way", Fixture, NULL, fixture_setup, test_notice_way, cw_test_fixture_teardown);
  g_test_add ("/notices/decisions", Fixture, NULL, fixture_setup, test_decisions, cw_test_fixture_teardown);
  g_test_add ("/notices/catalogue", Fixture, NULL, fixture_setup, test_catalogue, cw_test_fixture_teardown);
  g_test_add ("/notices/roles", Fixture, NULL, fixture_setup, test_roles, cw_test_fixture_teardown);
  g_test_add ("/notices/table-from-register", Fixture, NULL, fixture_setup, test_table_from_register,
              cw_test_fixture_teardown);
  g_test_add ("/notices/table-preview", Fixture, NULL, fixture_setup, test_table_preview, cw_test_fixture_teardown);
  g_test_add ("/notices/export-job", Fixture, NULL, fixture_setup, test_export_job, cw_test_fixture_teardown);
  g_test_add ("/notices/posting-settings", Fixture, NULL, fixture_setup, test_posting_settings, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
