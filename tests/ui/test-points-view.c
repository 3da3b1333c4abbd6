/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-points-view"

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-household.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "core/common/cw-import-report.h"
#include "core/village/cw-summary.h"
#include "ui/shell/cw-application.h"
#include "ui/common/cw-import-dialog.h"
#include "core/common/cw-date.h"
#include "ui/households/cw-household-picker.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-review-page.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/points/cw-shop-counter-page.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/points/cw-shop-goods-page.h"
#include "ui/shell/cw-window.h"
#include "ui/common/cw-undo.h"

#include "cw-test-fixture.h"
#include "cw-test-input.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "points", CW_TYPE_POINTS_VIEW);
}

/* A household of the demo village with at least @min_balance points to
 * spend (its 户号, transfer full). */
static char *
household_with_balance (Fixture *f,
                        int      min_balance,
                        gint64  *id)
{
  g_autoptr(GListModel) households = cw_household_list (f->db, NULL);
  guint n = g_list_model_get_n_items (households);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (g_strcmp0 (cw_household_get_status (household), "active") == 0 &&
          cw_test_shop_balance (f->db, cw_household_get_id (household)) >= min_balance)
        {
          if (id != NULL)
            *id = cw_household_get_id (household);
          return g_strdup (cw_household_get_number (household));
        }
    }

  g_assert_not_reached ();
  return NULL;
}

static guint
count_entries (Fixture    *f,
               gint64      household_id,
               const char *state)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (f->db, CW_SCHEME_HOUSEHOLD, household_id, NULL, state, NULL);

  g_assert_nonnull (entries);

  return g_list_model_get_n_items (entries);
}

static void
test_subpages (Fixture       *f,
               gconstpointer  data)
{
  static const char * const names[] = { "entry", "review", "tally", "shop", "rules", "goods" };
  g_autoptr(CwSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *attention;
  gboolean pending_named = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *shot = g_strdup_printf ("points-%s", names[i]);

      cw_test_show_subpage (f->view, names[i]);
      cw_test_screenshot (GTK_WIDGET (f->window), shot);
    }

  /* The demo's rule book and goods are listed. */
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (cw_points_view_get_page (f->view, "rules")))), >=, 25);
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (cw_points_view_get_page (f->view, "goods")))), >=, 5);

  /* Alt+digit reaches the sub-pages too: the view's own bindings. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "points.show-subpage", "s", "entry"));

  /* The Overview names what waits for review and links to the page. */
  summary = cw_summary_load (f->db, &error);
  g_assert_no_error (error);
  attention = cw_summary_get_attention (summary);
  for (guint i = 0; i < attention->len; i++)
    {
      CwSummaryAttention *item = g_ptr_array_index (attention, i);

      if (g_strcmp0 (item->page, "points") == 0)
        pending_named = TRUE;
    }
  g_assert_true (pending_named);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-page", g_variant_new_string ("overview"));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "points-overview");
}

static void
test_entry (Fixture       *f,
            gconstpointer  data)
{
  CwPointsEntryPage *page = CW_POINTS_ENTRY_PAGE (cw_test_show_subpage (f->view, "entry"));
  g_autofree char *number = NULL;
  g_autofree char *other = NULL;
  gint64 id = 0, other_id = 0;
  guint before, other_before;

  {
    g_autoptr(CwHousehold) household = cw_test_household_free_for_rule (f->db, "ZF03");

    number = g_strdup (cw_household_get_number (household));
    id = cw_household_get_id (household);
  }
  before = count_entries (f, id, "pending");

  /* One household, one rule: the entry page's own action saves it and
   * clears the form for the next one. */
  g_assert_true (cw_points_entry_page_choose_household (page, number));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "points-entry-filled");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_points_entry_page_get_error (page));
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, before + 1);
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 0);

  /* The toast's Undo takes the entry back out. */
  {
    GtkWidget *undo = cw_test_find_button (GTK_WIDGET (f->window), _("_Undo"));

    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    cw_test_settle ();
    g_assert_cmpuint (count_entries (f, id, "pending"), ==, before);
  }

  /* From the keyboard: pinyin initials and Enter choose a household, the
   * field empties for the next one. */
  {
    GtkWidget *picker = cw_test_find_widget (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER, NULL);
    GtkWidget *entry = cw_test_find_widget (picker, GTK_TYPE_ENTRY, NULL);

    gtk_widget_grab_focus (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "z");
    cw_test_settle ();
    {
      GtkWidget *popover = cw_test_find_widget (picker, GTK_TYPE_POPOVER, NULL);

      /* The matches drop down under the field as one types. */
      g_assert_nonnull (popover);
      if (gtk_widget_get_visible (popover))
        cw_test_screenshot (popover, "points-entry-picker");
      else
        g_test_message ("The list of matches is not shown: the window has no focus under Xvfb?");
    }
    g_signal_emit_by_name (entry, "activate");
    cw_test_settle ();
    g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
    gtk_widget_activate_action (GTK_WIDGET (page), "entry.clear", NULL);
  }

  /* Again, for the cap below. */
  g_assert_true (cw_points_entry_page_choose_household (page, number));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, before + 1);

  /* Twice the same capped rule: ZF03 allows 2 points a quarter, and the
   * first entry took them. The refusal is shown, nothing is written, the
   * form keeps what was typed. */
  g_assert_true (cw_points_entry_page_choose_household (page, number));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  g_assert_nonnull (cw_points_entry_page_get_error (page));
  g_test_message ("Refused: %s", cw_points_entry_page_get_error (page));
  /* The rule stayed chosen: the refusal is the cap's, from core. */
  g_assert_cmpstr (cw_points_entry_page_get_error (page), !=,
                   _("Choose a rule: type its code or a word of its description."));
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, before + 1);
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);
  cw_test_screenshot (GTK_WIDGET (f->window), "points-entry-refused");

  /* A whole group at once, as after a group clean-up day. */
  gtk_widget_activate_action (GTK_WIDGET (page), "entry.clear", NULL);
  {
    GtkWidget *button = cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, NULL);
    GtkWidget *popover;
    GtkWidget *list;
    GtkListBoxRow *row;

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    cw_test_settle ();
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    list = cw_test_find_widget (popover, GTK_TYPE_LIST_BOX, NULL);
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_assert_nonnull (row);
    cw_test_screenshot (popover, "points-entry-groups");
    g_signal_emit_by_name (list, "row-activated", row);
    cw_test_settle ();
    g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), >, 12);
    g_assert_true (cw_points_entry_page_choose_rule (page, "HJ02"));
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (f->window), "points-entry-group");
    gtk_widget_activate_action (GTK_WIDGET (page), "entry.clear", NULL);
  }

  /* Several households for one rule. */
  {
    g_autoptr(GListModel) households = cw_household_list (f->db, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (households); i++)
      {
        g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

        if (cw_household_get_id (household) != id &&
            g_strcmp0 (cw_household_get_status (household), "active") == 0)
          {
            other = g_strdup (cw_household_get_number (household));
            other_id = cw_household_get_id (household);
            break;
          }
      }
  }
  g_assert_nonnull (other);
  before = count_entries (f, id, NULL);
  other_before = count_entries (f, other_id, NULL);
  g_assert_true (cw_points_entry_page_choose_household (page, number));
  g_assert_true (cw_points_entry_page_choose_household (page, other));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZY01"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  if (cw_points_entry_page_get_error (page) == NULL)
    {
      g_assert_cmpuint (count_entries (f, id, NULL), ==, before + 1);
      g_assert_cmpuint (count_entries (f, other_id, NULL), ==, other_before + 1);
    }
  else
    {
      /* All or nothing: a cap reached by one refuses both. */
      g_test_message ("Refused: %s", cw_points_entry_page_get_error (page));
      g_assert_cmpuint (count_entries (f, id, NULL), ==, before);
      g_assert_cmpuint (count_entries (f, other_id, NULL), ==, other_before);
    }
}

/* Entries from paper forms, typed into a CSV file: the entry page's
 * Import opens the import dialog; the check shows the bad row by line,
 * Import brings in the good one, and the toast's Undo takes it back.
 * Entries reviewed on paper already are reviewed on import. */
static void
test_import_entries (Fixture       *f,
                     gconstpointer  data)
{
  CwPointsEntryPage *page = CW_POINTS_ENTRY_PAGE (cw_test_show_subpage (f->view, "entry"));
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *path = g_build_filename (f->dir, "entries.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *number = NULL;
  g_autofree char *csv = NULL;
  CwImportDialog *dialog;
  CwImportReport *report;
  GtkWidget *reviewed;
  gint64 id = 0;
  guint pending, done;

  number = household_with_balance (f, 0, &id);
  pending = count_entries (f, id, "pending");
  done = count_entries (f, id, "reviewed");
  csv = g_strdup_printf ("村务积分登记表\n"
                         "户号,规则编号,日期,数量,备注\n"
                         "%s,HJ04,%s,1,纸质登记\n"
                         "没有这户,HJ04,%s,1,\n",
                         number, today, today);
  g_assert_true (g_file_set_contents (path, csv, -1, NULL));

  g_assert_nonnull (cw_test_find_actionable (GTK_WIDGET (page), "entry.import"));
  dialog = cw_points_entry_page_import (page);
  cw_test_settle ();
  reviewed = cw_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_true (gtk_widget_get_visible (reviewed));
  cw_test_screenshot (GTK_WIDGET (dialog), "points-entries-import-start");

  report = cw_test_import_check (dialog, file);
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, NULL), ==, 4);
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, pending);
  cw_test_screenshot (GTK_WIDGET (dialog), "points-entries-import-report");

  cw_test_import_run (dialog);
  g_assert_false (cw_import_report_get_dry_run (cw_import_dialog_get_report (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, pending + 1);

  /* The import was written on the dialog's own connection; the toast's
   * Undo still takes it back. */
  {
    GtkWidget *undo = cw_test_find_button (GTK_WIDGET (f->window), _("_Undo"));

    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    cw_test_settle ();
    g_assert_cmpuint (count_entries (f, id, "pending"), ==, pending);
  }

  /* Reviewed on paper: they count at once. */
  dialog = cw_points_entry_page_import (page);
  cw_test_settle ();
  reviewed = cw_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (reviewed), TRUE);
  cw_test_import_check (dialog, file);
  report = cw_test_import_run (dialog);
  g_assert_cmpuint (cw_import_report_get_count (report, "reviewed"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  g_assert_cmpuint (count_entries (f, id, "reviewed"), ==, done + 1);
  g_assert_cmpuint (count_entries (f, id, "pending"), ==, pending);
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  CwPointsReviewPage *page = CW_POINTS_REVIEW_PAGE (cw_test_show_subpage (f->view, "review"));
  g_autoptr(GListModel) pending = cw_point_entry_list (f->db, CW_SCHEME_HOUSEHOLD, 0, NULL, "pending", NULL);
  g_autoptr(CwPointEntry) first = NULL;
  g_autoptr(CwPointEntry) second = NULL;
  g_autoptr(GListModel) after = NULL;
  guint n = g_list_model_get_n_items (pending);

  g_assert_cmpuint (n, >, 2);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, n);

  first = g_list_model_get_item (pending, 0);
  second = g_list_model_get_item (pending, 1);

  /* Review asks first, and "Cancel" changes nothing. */
  g_assert_true (cw_points_review_page_select (page, cw_point_entry_get_id (first)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.review", NULL));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "points-review-confirm");
  cw_test_respond ("cancel");
  g_assert_cmpuint (count_entries (f, 0, "pending"), ==, n);

  g_assert_true (cw_points_review_page_select (page, cw_point_entry_get_id (first)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.review", NULL));
  cw_test_respond ("confirm");
  g_assert_cmpuint (count_entries (f, 0, "pending"), ==, n - 1);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, n - 1);

  /* Rejected with a reason. */
  g_assert_true (cw_points_review_page_select (page, cw_point_entry_get_id (second)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.reject", NULL));
  cw_test_settle ();
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    GtkWidget *row = cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL);

    g_assert_nonnull (row);
    gtk_editable_set_text (GTK_EDITABLE (row), "重复录入");
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (dialog), "points-review-reject");
  }
  cw_test_respond ("confirm");
  g_assert_cmpuint (count_entries (f, 0, "rejected"), ==, 1);

  cw_points_review_page_set_filter (page, "rejected", NULL);
  cw_test_settle ();
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, 1);
  cw_test_screenshot (GTK_WIDGET (f->window), "points-review-rejected");

  /* The reviewed entry can be reversed with a reason, which counts at once. */
  cw_points_review_page_set_filter (page, "reviewed", cw_point_entry_get_quarter (first));
  cw_test_settle ();
  g_assert_true (cw_points_review_page_select (page, cw_point_entry_get_id (first)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "review.reverse", NULL));
  cw_test_settle ();
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (ADW_IS_ENTRY_ROW (child))
        g_ptr_array_add (rows, child);
    g_assert_cmpuint (rows->len, ==, 2);
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "户号录错");
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (dialog), "points-review-reverse");
  }
  cw_test_respond ("confirm");
  after = cw_point_entry_list (f->db, CW_SCHEME_HOUSEHOLD, cw_point_entry_get_subject_id (first), NULL, "reviewed", NULL);
  {
    gboolean reversed = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (after); i++)
      {
        g_autoptr(CwPointEntry) entry = g_list_model_get_item (after, i);

        if (cw_point_entry_get_reverses_id (entry) == cw_point_entry_get_id (first))
          {
            reversed = TRUE;
            g_assert_cmpint (cw_point_entry_get_points (entry), ==, -cw_point_entry_get_points (first));
          }
      }
    g_assert_true (reversed);
  }
}

static void
test_tally (Fixture       *f,
            gconstpointer  data)
{
  CwPointsTallyPage *page = CW_POINTS_TALLY_PAGE (cw_test_show_subpage (f->view, "tally"));
  g_autofree char *pdf = NULL;
  g_autofree char *png_stem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *group = NULL;
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  GListModel *rows;
  guint n;

  /* The demo's published quarter. */
  g_assert_true (cw_points_tally_page_set_quarter (page, CW_SCHEME_HOUSEHOLD, "2026Q3"));
  cw_test_settle ();
  rows = cw_points_tally_page_get_rows (page);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, >, 100);

  /* Ranks as the notice board has them: equal points share a rank and
   * the next rank skips (1, 2, 2, 4). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);
      int better = 0, better_in_group = 0;

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CwPointTallyRow) other = g_list_model_get_item (rows, j);

          if (cw_point_tally_row_get_quarter_points (other) > cw_point_tally_row_get_quarter_points (row))
            {
              better++;
              if (g_strcmp0 (cw_point_tally_row_get_group_name (other), cw_point_tally_row_get_group_name (row)) == 0)
                better_in_group++;
            }
        }
      g_assert_cmpint (cw_point_tally_row_get_rank (row), ==, better + 1);
      g_assert_cmpint (cw_point_tally_row_get_group_rank (row), ==, better_in_group + 1);
      if (i == 0)
        group = g_strdup (cw_point_tally_row_get_group_name (row));
    }
  cw_test_screenshot (GTK_WIDGET (f->window), "points-tally-2026Q3");

  /* One group only. */
  cw_points_tally_page_set_group (page, group);
  cw_test_settle ();
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (cw_point_tally_row_get_group_name (row), ==, group);
    }
  cw_test_screenshot (GTK_WIDGET (f->window), "points-tally-group");
  cw_points_tally_page_set_group (page, NULL);

  /* The print operation, as the print dialog runs it, into a PDF. */
  pdf = g_build_filename (f->dir, "announcement.pdf", NULL);
  g_assert_true (cw_points_tally_page_print_to_pdf (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Page 1 of it, to be looked at. */
  png_stem = g_strdup_printf ("%s/points-announcement-%s", SCREENSHOT_DIR, cw_test_get_lang ());
  if (pdftoppm != NULL)
    {
      const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                             pdf, png_stem, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  /* The PDF and the workbook, each in a worker thread under the job bar. */
  {
    g_autofree char *saved_pdf = g_build_filename (f->dir, "saved.pdf", NULL);
    g_autofree char *xlsx = g_build_filename (f->dir, "points.xlsx", NULL);

    cw_points_tally_page_save_pdf (page, saved_pdf);
    g_assert_true (cw_points_tally_page_get_busy (page));
    while (cw_points_tally_page_get_busy (page))
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (g_file_test (saved_pdf, G_FILE_TEST_IS_REGULAR));

    cw_points_tally_page_export (page, xlsx);
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (f->window), "points-tally-export");
    while (cw_points_tally_page_get_busy (page))
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  }

  /* A quarter not over yet cannot be published: the action says so by
   * being off. */
  g_assert_true (cw_points_tally_page_set_quarter (page, CW_SCHEME_HOUSEHOLD, "2026Q4"));
  cw_test_settle ();
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "tally.publish", NULL) &&
                  cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);

  /* The quarter before the published one is over and reviewed: Publish…
   * asks for the publicity period, a week from today, and locks it. */
  {
    g_autofree char *open = cw_quarter_current ();
    g_autofree char *last = cw_quarter_previous (open);
    g_autofree char *quarter = cw_quarter_previous (last);
    g_autofree char *today = cw_date_today_text ();
    g_autofree char *from = NULL;
    g_autofree char *to = NULL;
    g_autoptr(GPtrArray) fields = g_ptr_array_new ();
    GtkWindow *dialog;

    g_assert_true (cw_points_tally_page_set_quarter (page, CW_SCHEME_HOUSEHOLD, quarter));
    cw_test_settle ();
    g_assert_false (cw_test_quarter_published (f->db, quarter, NULL, NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "tally.publish", NULL));
    cw_test_settle ();
    dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    cw_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, fields);
    g_assert_cmpuint (fields->len, ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fields->pdata[0])), ==, today);
    cw_test_screenshot (GTK_WIDGET (dialog), "points-publish");
    cw_test_respond ("confirm");
    g_assert_true (cw_test_quarter_published (f->db, quarter, &from, &to));
    g_assert_cmpstr (from, ==, today);
    g_assert_cmpstr (to, >, today);
    g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (page), "tally.publish")));
    cw_test_screenshot (GTK_WIDGET (f->window), "points-tally-published");
  }

  /* The party members' scheme has its own tally. */
  g_assert_true (cw_points_tally_page_set_quarter (page, CW_SCHEME_PARTY, "2026Q3"));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  cw_test_screenshot (GTK_WIDGET (f->window), "points-tally-party");
}

static void
test_shop (Fixture       *f,
           gconstpointer  data)
{
  CwShopCounterPage *page = CW_SHOP_COUNTER_PAGE (cw_test_show_subpage (f->view, "shop"));
  g_autoptr(CwShopGoods) rice = NULL;
  g_autoptr(CwShopGoods) soap = NULL;
  g_autoptr(GListModel) redemptions = NULL;
  g_autofree char *number = NULL;
  gint64 id = 0;
  int balance, rice_stock, soap_stock;
  guint n_redemptions;

  number = household_with_balance (f, 20, &id);
  g_assert_true (cw_shop_counter_page_set_household (page, number));
  cw_test_settle ();
  balance = cw_test_shop_balance (f->db, id);
  g_assert_cmpint (cw_shop_counter_page_get_balance (page), ==, balance);

  rice = cw_shop_goods_find (f->db, "大米", NULL);
  soap = cw_shop_goods_find (f->db, "洗洁精", NULL);
  g_assert_nonnull (rice);
  g_assert_nonnull (soap);
  rice_stock = cw_shop_goods_get_stock (rice);
  soap_stock = cw_shop_goods_get_stock (soap);
  redemptions = cw_shop_redemption_list (f->db, id, NULL, NULL);
  n_redemptions = g_list_model_get_n_items (redemptions);
  g_clear_object (&redemptions);

  /* More rice than the balance pays for: the balance after shows it before
   * anything happens; confirming is refused whole and changes nothing. */
  g_assert_true (cw_shop_counter_page_add_line (page, "洗洁精", 1));
  g_assert_true (cw_shop_counter_page_add_line (page, "大米", balance / 50 + 1));
  g_assert_cmpint (cw_shop_counter_page_get_balance_after (page), <, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shop.confirm", NULL));
  cw_test_settle ();
  g_assert_nonnull (cw_shop_counter_page_get_error (page));
  g_test_message ("Refused: %s", cw_shop_counter_page_get_error (page));
  cw_test_screenshot (GTK_WIDGET (f->window), "points-shop-refused");

  g_assert_cmpint (cw_test_shop_balance (f->db, id), ==, balance);
  g_clear_object (&rice);
  g_clear_object (&soap);
  rice = cw_shop_goods_find (f->db, "大米", NULL);
  soap = cw_shop_goods_find (f->db, "洗洁精", NULL);
  g_assert_cmpint (cw_shop_goods_get_stock (rice), ==, rice_stock);
  g_assert_cmpint (cw_shop_goods_get_stock (soap), ==, soap_stock);
  redemptions = cw_shop_redemption_list (f->db, id, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (redemptions), ==, n_redemptions);
  g_clear_object (&redemptions);

  /* Without the rice it goes through: 15 points and one bottle. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shop.remove-line", "u", 1));
  g_assert_cmpint (cw_shop_counter_page_get_balance_after (page), ==, balance - 15);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "points-shop-counter");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shop.confirm", NULL));
  cw_test_settle ();
  g_assert_null (cw_shop_counter_page_get_error (page));
  g_assert_cmpint (cw_test_shop_balance (f->db, id), ==, balance - 15);
  g_assert_cmpint (cw_shop_counter_page_get_balance (page), ==, balance - 15);
  g_clear_object (&soap);
  soap = cw_shop_goods_find (f->db, "洗洁精", NULL);
  g_assert_cmpint (cw_shop_goods_get_stock (soap), ==, soap_stock - 1);
  cw_test_screenshot (GTK_WIDGET (f->window), "points-shop-redeemed");

  /* A mistake at the counter: voided with a reason, the points and the
   * bottle come back. */
  {
    GtkWidget *view = cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL);
    GtkSelectionModel *model = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
    g_autoptr(CwShopRedemption) newest = g_list_model_get_item (G_LIST_MODEL (model), 0);
    AdwMessageDialog *dialog;

    g_assert_false (cw_shop_redemption_get_voided (newest));
    gtk_selection_model_select_item (model, 0, TRUE);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "shop.void", NULL));
    cw_test_settle ();
    dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL)), "拿错了");
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (dialog), "points-shop-void");
    cw_test_respond ("confirm");
    g_assert_cmpint (cw_test_shop_balance (f->db, id), ==, balance);
    g_clear_object (&soap);
    soap = cw_shop_goods_find (f->db, "洗洁精", NULL);
    g_assert_cmpint (cw_shop_goods_get_stock (soap), ==, soap_stock);
    g_assert_cmpint (cw_shop_counter_page_get_balance (page), ==, balance);
  }
}

static void
test_rules_and_goods (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *rules = cw_test_show_subpage (f->view, "rules");
  GtkWidget *goods = NULL;
  CwPointRuleEditor *editor;
  CwShopGoodsEditor *goods_editor;
  g_autoptr(CwPointRule) rule = NULL;
  g_autoptr(CwShopGoods) towel = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int stock;

  g_assert_true (gtk_widget_activate_action (rules, "rules.new", NULL));
  cw_test_settle ();
  editor = CW_POINT_RULE_EDITOR (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR));
  g_assert_nonnull (editor);

  /* Code, category, description, unit: the entry rows in order. */
  {
    GtkWidget *stack[64];
    guint depth = 0;

    stack[depth++] = GTK_WIDGET (editor);
    while (depth > 0)
      {
        GtkWidget *widget = stack[--depth];
        GtkWidget *child;

        if (ADW_IS_ENTRY_ROW (widget))
          {
            g_ptr_array_add (rows, widget);
            continue;
          }
        /* Depth first, in order: push the children last to first. */
        for (child = gtk_widget_get_last_child (widget); child != NULL && depth < G_N_ELEMENTS (stack);
             child = gtk_widget_get_prev_sibling (child))
          stack[depth++] = child;
      }
  }
  g_assert_cmpuint (rows->len, ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "HJ99");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "人居环境");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "清理房前屋后沟渠");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "次");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "points-rule-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  /* The editor base's toast, in the words of the rule editor. */
  {
    g_autofree char *toast = g_strdup_printf (_("Rule %s added"), "HJ99");

    g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), toast));
    g_assert_nonnull (cw_test_find_button (GTK_WIDGET (f->window), _("_Undo")));
  }

  rule = cw_point_rule_find (f->db, "HJ99", &error);
  g_assert_no_error (error);
  g_assert_nonnull (rule);
  g_assert_cmpstr (cw_point_rule_get_description (rule), ==, "清理房前屋后沟渠");
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (rules), "HJ99"));

  /* Retired, and back. */
  g_assert_true (gtk_widget_activate_action (rules, "rules.retire", NULL));
  cw_test_settle ();
  g_clear_object (&rule);
  rule = cw_point_rule_find (f->db, "HJ99", NULL);
  g_assert_true (cw_point_rule_get_retired (rule));

  /* A rule book from a CSV file as Excel on Chinese Windows saves it: one
   * good row, one bad, through the import dialog. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "rules.csv", NULL);
    const char *utf8 = "编号,积分类型,类别,内容,分值,单位,季度上限\n"
                       "HJ98,村民积分,人居环境,清理河道垃圾,3,次,9\n"
                       "HJ97,村民积分,人居环境,没有分值的一行,,次,\n";
    g_autofree char *gbk = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
    g_autoptr(GFile) file = g_file_new_for_path (csv);
    g_autoptr(CwPointRule) imported = NULL;
    CwImportDialog *dialog;
    CwImportReport *report;

    g_assert_true (g_file_set_contents (csv, gbk, -1, NULL));
    dialog = cw_point_rules_page_import (CW_POINT_RULES_PAGE (rules));
    cw_test_settle ();
    report = cw_test_import_check (dialog, file);
    g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "GB18030");
    g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
    g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, NULL), ==, 3);
    g_assert_null (cw_point_rule_find (f->db, "HJ98", NULL));
    cw_test_import_run (dialog);
    cw_test_screenshot (GTK_WIDGET (dialog), "points-rules-import");
    gtk_window_destroy (GTK_WINDOW (dialog));
    cw_test_settle ();

    imported = cw_point_rule_find (f->db, "HJ98", NULL);
    g_assert_nonnull (imported);
    g_assert_cmpint (cw_point_rule_get_points (imported), ==, 3);
    g_assert_null (cw_point_rule_find (f->db, "HJ97", NULL));
    /* The page heard of it on the window's connection. */
    g_assert_true (cw_list_page_select (CW_LIST_PAGE (rules), "HJ98"));
  }

  /* Goods: new goods through the editor, then stock received. */
  goods = cw_test_show_subpage (f->view, "goods");
  g_assert_true (gtk_widget_activate_action (goods, "goods.new", NULL));
  cw_test_settle ();
  goods_editor = CW_SHOP_GOODS_EDITOR (cw_test_find_toplevel (CW_TYPE_SHOP_GOODS_EDITOR));
  g_assert_nonnull (goods_editor);
  gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (goods_editor), ADW_TYPE_ENTRY_ROW, NULL)), "肥皂");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (goods_editor), "points-goods-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (goods_editor)));
  cw_test_settle ();
  /* Its toast waits behind the rule's; Undo takes back the goods. */
  g_assert_cmpint (cw_undo_get_last_change (cw_window_get_undo (f->window)), ==,
                   cw_database_get_last_change (f->db));
  towel = cw_shop_goods_find (f->db, "肥皂", &error);
  g_assert_no_error (error);
  g_assert_nonnull (towel);
  stock = cw_shop_goods_get_stock (towel);

  g_assert_true (cw_list_page_select (CW_LIST_PAGE (goods), "肥皂"));
  g_assert_true (gtk_widget_activate_action (goods, "goods.stock-in", NULL));
  cw_test_settle ();
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL)), "24");
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (dialog), "points-goods-stock-in");
  }
  cw_test_respond ("confirm");
  g_clear_object (&towel);
  towel = cw_shop_goods_find (f->db, "肥皂", NULL);
  g_assert_cmpint (cw_shop_goods_get_stock (towel), ==, stock + 24);
  cw_test_screenshot (GTK_WIDGET (f->window), "points-goods-after");

  /* Taken off sale (the list page's retire action): the goods leave the
   * list until "Show goods off sale" is ticked; then the button puts them
   * back, stock cannot come in; Undo returns them to sale. */
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (goods), "肥皂"));
  g_assert_nonnull (cw_test_find_button (goods, _("Take _Off Sale")));
  g_assert_true (gtk_widget_activate_action (goods, "goods.retire", NULL));
  cw_test_settle ();
  g_clear_object (&towel);
  towel = cw_shop_goods_find (f->db, "肥皂", NULL);
  g_assert_true (cw_shop_goods_get_retired (towel));
  {
    g_autofree char *toast = g_strdup_printf (_("%s taken off sale"), "肥皂");

    g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), toast));
  }
  g_assert_false (cw_list_page_select (CW_LIST_PAGE (goods), "肥皂"));
  {
    GtkCheckButton *off_sale = GTK_CHECK_BUTTON (cw_test_find_widget (goods, GTK_TYPE_CHECK_BUTTON, NULL));

    g_assert_cmpstr (gtk_check_button_get_label (off_sale), ==, _("Show goods _off sale"));
    gtk_check_button_set_active (off_sale, TRUE);
    cw_test_settle ();
  }
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (goods), "肥皂"));
  g_assert_nonnull (cw_test_find_button (goods, _("Put Back on _Sale")));
  g_assert_null (cw_test_find_button (goods, _("Take _Off Sale")));
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (goods, "goods.stock-in")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  cw_test_settle ();
  g_clear_object (&towel);
  towel = cw_shop_goods_find (f->db, "肥皂", NULL);
  g_assert_false (cw_shop_goods_get_retired (towel));
}

/* A cell cut short shows its whole text in a tooltip as wide as the text:
 * a name of three characters on one line, not one character a line
 * (GTK 4.8 sizes its own tooltips for Latin letters). The pointer is the
 * X server's, as the clerk's is. */
static GtkWidget *
find_cut_cell (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) && gtk_widget_get_has_tooltip (child) &&
          gtk_label_get_ellipsize (GTK_LABEL (child)) != PANGO_ELLIPSIZE_NONE &&
          gtk_label_get_text (GTK_LABEL (child))[0] != '\0')
        return child;

      found = find_cut_cell (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label of the tooltip on screen that reads @text. */
static GtkWidget *
find_tooltip_label (GtkWidget  *window,
                    const char *text)
{
  GType tooltip_type = g_type_from_name ("GtkTooltipWindow");

  for (GtkWidget *child = gtk_widget_get_first_child (window);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (tooltip_type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (child, tooltip_type) && gtk_widget_get_mapped (child))
        {
          GtkLabel *label = cw_test_input_find_label (child, text);

          if (label != NULL)
            return GTK_WIDGET (label);
        }
    }

  return NULL;
}

static void
point_at (GtkWidget *widget,
          double     x,
          double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double dx, dy;
  g_autofree char *command = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  command = g_strdup_printf ("xdotool mousemove --sync --window %lu %d %d",
                             (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                             (int) (point.x + dx), (int) (point.y + dy));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  cw_test_settle ();
}

static void
test_tooltips (Fixture       *f,
               gconstpointer  data)
{
  CwPointsTallyPage *page = CW_POINTS_TALLY_PAGE (cw_test_show_subpage (f->view, "tally"));
  GtkWidget *cell;
  GtkWidget *shown = NULL;
  PangoLayout *layout;
  const char *text;
  int width;

  if (!cw_test_input_available ())
    {
      g_test_skip ("No xdotool or no X display: the pointer cannot be moved");
      return;
    }

  g_assert_true (cw_points_tally_page_set_quarter (page, CW_SCHEME_HOUSEHOLD, "2026Q3"));
  cw_test_settle ();
  cell = find_cut_cell (GTK_WIDGET (page));
  g_assert_nonnull (cell);
  text = gtk_label_get_text (GTK_LABEL (cell));
  g_assert_cmpint (g_utf8_strlen (text, -1), >=, 2);

  /* Into the cell, then a little within it: the tooltip follows a pause. */
  point_at (cell, 4, 4);
  point_at (cell, 6, 5);
  for (guint i = 0; i < 30 && shown == NULL; i++)
    {
      g_usleep (100000);
      cw_test_settle ();
      shown = find_tooltip_label (GTK_WIDGET (f->window), text);
    }
  g_assert_nonnull (shown);

  layout = gtk_widget_create_pango_layout (shown, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (layout);
  g_assert_cmpint (gtk_widget_get_width (shown), >=, width);
  cw_test_input_screenshot ("points-tooltip");
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  /* An application with no database of its own: the windows here are
   * opened on the fixtures' demo villages. */
  app = cw_test_application_new (NULL);

  g_test_add ("/points/subpages", Fixture, NULL, fixture_setup, test_subpages, cw_test_fixture_teardown);
  g_test_add ("/points/entry", Fixture, NULL, fixture_setup, test_entry, cw_test_fixture_teardown);
  g_test_add ("/points/import-entries", Fixture, NULL, fixture_setup, test_import_entries, cw_test_fixture_teardown);
  g_test_add ("/points/review", Fixture, NULL, fixture_setup, test_review, cw_test_fixture_teardown);
  g_test_add ("/points/tally", Fixture, NULL, fixture_setup, test_tally, cw_test_fixture_teardown);
  g_test_add ("/points/shop", Fixture, NULL, fixture_setup, test_shop, cw_test_fixture_teardown);
  g_test_add ("/points/rules-and-goods", Fixture, NULL, fixture_setup, test_rules_and_goods, cw_test_fixture_teardown);
  g_test_add ("/points/tooltips", Fixture, NULL, fixture_setup, test_tooltips, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
