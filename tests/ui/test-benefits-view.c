/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefits-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-flag-row.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-entry.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "core/notices/cw-notice.h"
#include "ui/benefits/cw-award-editor.h"
#include "ui/benefits/cw-awards-page.h"
#include "ui/benefits/cw-beneficiaries-page.h"
#include "ui/benefits/cw-beneficiaries-window.h"
#include "ui/benefits/cw-benefit-flags-page.h"
#include "ui/benefits/cw-benefit-programme-editor.h"
#include "ui/benefits/cw-benefit-programmes-page.h"
#include "ui/benefits/cw-benefits-view.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/common/cw-search-picker.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-floor.h"
#include "cw-test-input.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

/* The benefits view on the demo village: a programme typed into its
 * editor, its list on the date, approval, payment and its undo; awards,
 * a second 文明卫生户 in a group refused in the editor; person flags
 * searched, sorted, added for a person found by typing, refused twice,
 * ended with a reason (the row stays) and both undone; the same with the
 * X server's keyboard and mouse, as the clerk does it; a flags file
 * checked, imported and undone. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "benefits", CW_TYPE_BENEFITS_VIEW);
}

/* Whether a drawn label below @root holds every one of the NULL-ended
 * pieces (the ledger line's entry number, date and amount, whatever the
 * language). */
static gboolean
has_label_with (GtkWidget *root,
                ...)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  va_list args;

  cw_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));
      const char *piece;
      gboolean all = gtk_widget_is_drawable (g_ptr_array_index (labels, i));

      va_start (args, root);
      while (all && (piece = va_arg (args, const char *)) != NULL)
        all = strstr (text, piece) != NULL;
      va_end (args);
      if (all)
        return TRUE;
    }
  return FALSE;
}

static CwListPage *
show_list (Fixture    *f,
           const char *name)
{
  return CW_LIST_PAGE (cw_test_show_subpage (f->view, name));
}

/* Every label drawn in @view's rows and headers is as wide as its text
 * (or cut with "…" and a tooltip) and lies inside @view: nothing cut at a
 * column's or the window's edge. */
static void
assert_labels_whole (GtkWidget *view,
                     GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && gtk_label_get_text (GTK_LABEL (child))[0] != '\0')
        {
          int natural;
          graphene_rect_t bounds;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          g_assert_true (gtk_widget_compute_bounds (child, view, &bounds));
          g_test_message ("“%s”: %d of %d px, ends at %.0f of %d", gtk_label_get_text (GTK_LABEL (child)),
                          gtk_widget_get_width (child), natural, bounds.origin.x + bounds.size.width,
                          gtk_widget_get_width (view));
          /* The expanding text column cuts on purpose, its whole text in
           * the tooltip. */
          if (gtk_label_get_ellipsize (GTK_LABEL (child)) != PANGO_ELLIPSIZE_NONE)
            g_assert_true (gtk_widget_get_has_tooltip (child));
          else
            g_assert_cmpint (gtk_widget_get_width (child), >=, natural);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (view) + 0.5);
        }
      assert_labels_whole (view, child);
    }
}

static void
test_programme (Fixture       *f,
                gconstpointer  data)
{
  CwListPage *page = show_list (f, "programmes");
  g_autoptr(CwBenefitProgramme) stored = NULL;
  g_autoptr(GListModel) programmes = NULL;
  CwBeneficiariesWindow *window;
  GtkWidget *editor, *list;
  gint64 id;
  guint listed;

  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-programmes-demo");
  /* At the window's usual width every column shows its words whole, the
   * state (已审批) at the right edge too. */
  {
    GtkWidget *view = cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
    GtkWidget *scrolled = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);

    g_assert_nonnull (scrolled);
    assert_labels_whole (scrolled, view);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "programmes.new", NULL));
  cw_test_settle ();
  editor = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_BENEFIT_PROGRAMME_EDITOR));
  g_assert_nonnull (editor);
  cw_test_set_row (editor, C_("thing named", "Name"), "高龄慰问");
  cw_test_set_row (editor, _("Date"), "2026-10-18");
  cw_test_set_row (editor, _("Anyone Aged at Least"), "75");
  /* An amount that is not one is refused under its field. */
  cw_test_set_row (editor, _("Amount in Yuan"), "一百");
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  cw_test_screenshot (editor, "benefits-programme-editor-error");
  g_assert_true (gtk_widget_has_css_class (cw_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, _("Amount in Yuan")),
                                           "error"));
  cw_test_set_row (editor, _("Amount in Yuan"), "100");
  cw_test_settle ();
  /* Typing in the field takes its error away, before the next save:
   * the message was about what is no longer there. */
  g_assert_false (gtk_widget_has_css_class (cw_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, _("Amount in Yuan")),
                                            "error"));
  cw_test_screenshot (editor, "benefits-programme-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();

  /* The demo's programmes and the new one, newest first. */
  programmes = cw_benefit_programme_list (f->db, 0, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==,
                    g_list_model_get_n_items (programmes));
  for (guint i = 0; i < g_list_model_get_n_items (programmes) && stored == NULL; i++)
    {
      g_autoptr(CwBenefitProgramme) p = g_list_model_get_item (programmes, i);
      if (g_str_equal (cw_benefit_programme_get_name (p), "高龄慰问"))
        stored = g_steal_pointer (&p);
    }
  g_assert_nonnull (stored);
  id = cw_benefit_programme_get_id (stored);
  listed = cw_benefit_programme_get_listed (stored);
  g_assert_cmpuint (listed, ==, 0);   /* a draft's list is not stored */
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-programmes");

  /* Its list, computed on the date. */
  {
    g_autofree char *key = g_strdup_printf ("%lld", (long long) id);
    g_assert_true (cw_list_page_select (page, key));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "programmes.list", NULL));
  cw_test_settle ();
  window = CW_BENEFICIARIES_WINDOW (cw_test_find_toplevel (CW_TYPE_BENEFICIARIES_WINDOW));
  g_assert_nonnull (window);
  list = cw_beneficiaries_window_get_page (window);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_all_items (CW_LIST_PAGE (list))), >, 5);
  cw_test_screenshot (GTK_WIDGET (window), "benefits-list-draft");

  /* Approved: frozen, then everyone paid, then the payment undone. */
  g_assert_true (gtk_widget_activate_action (list, "persons.approve", NULL));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "benefits-approve");
  cw_test_respond ("confirm");
  cw_test_settle ();
  g_clear_object (&stored);
  stored = cw_benefit_programme_load (f->db, id, NULL);
  g_assert_cmpstr (cw_benefit_programme_get_state (stored), ==, CW_BENEFIT_STATE_APPROVED);
  listed = cw_benefit_programme_get_listed (stored);
  g_assert_cmpuint (listed, ==, g_list_model_get_n_items (cw_list_page_get_all_items (CW_LIST_PAGE (list))));

  g_assert_true (gtk_widget_activate_action (list, "persons.pay-all", NULL));
  cw_test_settle ();
  cw_test_respond ("confirm");
  cw_test_settle ();
  g_clear_object (&stored);
  stored = cw_benefit_programme_load (f->db, id, NULL);
  g_assert_cmpint (cw_benefit_programme_get_paid (stored), ==, (gint64) listed * 10000);
  /* The money is in the collective ledger, today, as the window says. */
  {
    g_autofree char *today = cw_date_today_text ();
    g_autoptr(GPtrArray) expenses = cw_benefit_expense_list (f->db, 0, id, NULL);
    g_autoptr(CwFinanceEntry) entry = NULL;
    g_autofree char *number = NULL;
    g_autofree char *amount = cw_money_format ((gint64) listed * 10000);
    CwBenefitExpense *expense;

    g_assert_cmpuint (expenses->len, ==, 1);
    expense = g_ptr_array_index (expenses, 0);
    entry = cw_finance_entry_get (f->db, expense->ledger_entry, NULL);
    g_assert_nonnull (entry);
    g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, (gint64) listed * 10000);
    g_assert_cmpstr (cw_finance_entry_get_entry_date (entry), ==, today);
    g_assert_cmpstr (cw_finance_entry_get_account_name (entry), ==, "公益支出");
    number = g_strdup_printf (" %lld ", (long long) expense->ledger_entry);
    g_assert_true (has_label_with (GTK_WIDGET (window), number, today, amount, "公益支出", NULL));
    cw_test_screenshot (GTK_WIDGET (window), "benefits-list-paid");

    /* Undo takes the payment and its ledger line back together. */
    g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
    cw_test_settle ();
    g_clear_object (&stored);
    stored = cw_benefit_programme_load (f->db, id, NULL);
    g_assert_cmpint (cw_benefit_programme_get_paid (stored), ==, 0);
    g_clear_object (&entry);
    entry = cw_finance_entry_get (f->db, expense->ledger_entry, NULL);
    g_assert_null (entry);
    g_assert_false (has_label_with (GTK_WIDGET (window), number, today, amount, NULL));
  }

  /* A person taken off the list, with the reason typed in the dialog. */
  {
    CwBeneficiary *first = g_list_model_get_item (cw_list_page_get_items (CW_LIST_PAGE (list)), 0);
    g_autofree char *key = g_strdup_printf ("%lld", (long long) cw_beneficiary_get_person_id (first));
    GtkWidget *dialog, *reason;

    g_object_unref (first);
    g_assert_true (cw_list_page_select (CW_LIST_PAGE (list), key));
    cw_test_settle ();
    g_assert_true (gtk_widget_activate_action (list, "persons.remove", NULL));
    cw_test_settle ();
    dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    reason = cw_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, _("Reason"));
    gtk_editable_set_text (GTK_EDITABLE (reason), "发放前死亡");
    cw_test_settle ();
    /* A day that does not exist is said in the dialog as it is typed,
     * and the dialog cannot be answered with it: nothing typed is lost
     * to a dialog that closed. */
    {
      const char *body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
      g_autofree char *kept = g_strdup (body);
      GtkWidget *date = cw_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, _("Date"));

      gtk_editable_set_text (GTK_EDITABLE (date), "2026-02-30");
      cw_test_settle ();
      g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
      g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), _("Date")));
      g_assert_true (gtk_widget_has_css_class (date, "error"));
      cw_test_screenshot (dialog, "benefits-take-off-bad-date");
      gtk_editable_set_text (GTK_EDITABLE (date), "2026-10-20");
      cw_test_settle ();
      g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
      g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, kept);
      g_assert_false (gtk_widget_has_css_class (date, "error"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, "发放前死亡");
    }
    cw_test_screenshot (dialog, "benefits-take-off");
    cw_test_respond ("confirm");
    cw_test_settle ();
    g_clear_object (&stored);
    stored = cw_benefit_programme_load (f->db, id, NULL);
    g_assert_cmpuint (cw_benefit_programme_get_listed (stored), ==, listed - 1);
  }

  /* A message from the list's own window stands over it, to be read
   * there: that window has no toasts, and the log is no place for it. */
  {
    AdwMessageDialog *shown;

    cw_window_show_message (list, "金额：“abc”不是金额。");
    cw_test_settle ();
    shown = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_nonnull (shown);
    g_assert_cmpstr (adw_message_dialog_get_body (shown), ==, "金额：“abc”不是金额。");
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shown)) == GTK_WINDOW (window));
    cw_test_screenshot (GTK_WIDGET (shown), "benefits-list-message");
    cw_test_respond ("close");
    cw_test_settle ();
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two present households of one village group. */
static void
two_of_a_group (Fixture  *f,
                char    **first,
                char    **second)
{
  g_autoptr(GListModel) households = cw_household_list (f->db, NULL);
  g_autoptr(CwHousehold) a = g_list_model_get_item (households, 0);

  for (guint i = 1; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) b = g_list_model_get_item (households, i);

      if (cw_household_get_group_id (b) == cw_household_get_group_id (a) &&
          g_str_equal (cw_household_get_status (b), "active"))
        {
          *first = g_strdup (cw_household_get_number (a));
          *second = g_strdup (cw_household_get_number (b));
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_awards (Fixture       *f,
             gconstpointer  data)
{
  CwListPage *page = show_list (f, "awards");
  g_autofree char *first = NULL, *second = NULL;
  GtkWidget *editor;

  two_of_a_group (f, &first, &second);
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-awards-demo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "awards.new", NULL));
  cw_test_settle ();
  editor = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_AWARD_EDITOR));
  cw_test_set_row (editor, _("Year"), "2026");
  cw_test_set_row (editor, _("Household Number"), first);
  cw_test_set_row (editor, _("Prize in Yuan"), "500");
  cw_test_set_row (editor, _("Prize in Kind"), "奖牌一块");
  cw_test_settle ();
  cw_test_screenshot (editor, "benefits-award-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();

  /* The same group again that year: refused, the reason under the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "awards.new", NULL));
  cw_test_settle ();
  editor = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_AWARD_EDITOR));
  cw_test_set_row (editor, _("Year"), "2026");
  cw_test_set_row (editor, _("Household Number"), second);
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  cw_test_screenshot (editor, "benefits-award-refused");
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_AWARD_EDITOR));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A star grade for the second. */
  {
    guint before = g_list_model_get_n_items (cw_list_page_get_items (page));

    g_assert_true (cw_award_set_stars (f->db, 2026, second, 4, "遵纪守法、卫生整洁", NULL, NULL));
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, before + 1);
  }
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-awards");

  /* The new 文明卫生户 approved (the committees today, the
   * representatives today), then its prize paid into the ledger. */
  {
    g_autofree char *today = cw_date_today_text ();
    g_autoptr(GListModel) awards = cw_award_list (f->db, 2026, FALSE, NULL);
    g_autoptr(CwAward) award = NULL;
    g_autoptr(CwAward) stored = NULL;
    g_autoptr(CwFinanceEntry) entry = NULL;
    g_autofree char *key = NULL;
    g_autofree char *paid = NULL;
    GtkWidget *dialog;

    for (guint i = 0; i < g_list_model_get_n_items (awards) && award == NULL; i++)
      {
        g_autoptr(CwAward) a = g_list_model_get_item (awards, i);
        if (g_str_equal (cw_award_get_household_number (a), first) &&
            g_str_equal (cw_award_get_kind (a), CW_AWARD_CIVILIZED))
          award = g_steal_pointer (&a);
      }
    g_assert_nonnull (award);
    /* The prize in kind beside the money, as typed. */
    g_assert_cmpstr (cw_award_get_in_kind (award), ==, "奖牌一块");
    key = g_strdup_printf ("%lld", (long long) cw_award_get_id (award));
    g_assert_true (cw_list_page_select (page, key));
    cw_test_settle ();
    /* Opened, a 文明卫生户 says it stays as named (a toast), rather than
     * open an editor that refuses only when saved. */
    cw_list_page_open_editor (page, award);
    cw_test_settle ();
    g_assert_null (cw_test_find_toplevel (CW_TYPE_AWARD_EDITOR));
    /* Not paid before approval. */
    g_assert_false (gtk_widget_get_sensitive (cw_test_find_actionable (GTK_WIDGET (page), "awards.pay")));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "awards.approve", NULL));
    cw_test_settle ();
    dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW,
                                                              _("Approved by the Representatives on (YYYY-MM-DD)"))),
                           today);
    cw_test_settle ();
    cw_test_screenshot (dialog, "benefits-award-approve");
    cw_test_respond ("confirm");
    cw_test_settle ();
    stored = cw_award_get (f->db, cw_award_get_id (award), NULL);
    g_assert_true (cw_award_is_approved (stored));
    g_clear_object (&stored);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "awards.pay", NULL));
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "benefits-award-pay");
    cw_test_respond ("confirm");
    cw_test_settle ();
    stored = cw_award_get (f->db, cw_award_get_id (award), NULL);
    g_assert_cmpstr (cw_award_get_paid_on (stored), ==, today);
    entry = cw_finance_entry_get (f->db, cw_award_get_ledger_entry (stored), NULL);
    g_assert_nonnull (entry);
    g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, 50000);
    paid = g_strdup_printf (_("%s, ledger entry %lld"), today, (long long) cw_award_get_ledger_entry (stored));
    /* The award's way is on the right of the list: scrolled to, as the
     * clerk does. */
    {
      GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (
        GTK_SCROLLED_WINDOW (cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW)));

      gtk_adjustment_set_value (across, gtk_adjustment_get_upper (across));
      cw_test_settle ();
    }
    cw_test_screenshot (GTK_WIDGET (f->window), "benefits-awards-paid");
    g_assert_true (cw_test_has_label (GTK_WIDGET (page), paid));

    /* Undo takes the payment and its ledger line back. */
    g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
    cw_test_settle ();
    g_clear_object (&entry);
    entry = cw_finance_entry_get (f->db, cw_award_get_ledger_entry (stored), NULL);
    g_assert_null (entry);
    g_clear_object (&stored);
    stored = cw_award_get (f->db, cw_award_get_id (award), NULL);
    g_assert_cmpstr (cw_award_get_paid_on (stored), ==, "");

    /* The approved awards of 2026 drafted as a notice, from today. */
    {
      g_autoptr(GListModel) before = cw_notice_list (f->db, 0, NULL);
      g_autoptr(GListModel) after = NULL;
      g_autoptr(CwNotice) notice = NULL;
      /* The village's record, in Chinese whatever the window's language. */
      g_autofree char *title = g_strdup_printf ("%d年度文明卫生户、星级文明户评选结果公示", 2026);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "awards.notice", NULL));
      cw_test_settle ();
      cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "benefits-award-notice");
      cw_test_respond ("confirm");
      cw_test_settle ();
      after = cw_notice_list (f->db, 0, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);
      for (guint i = 0; i < g_list_model_get_n_items (after) && notice == NULL; i++)
        {
          g_autoptr(CwNotice) n = g_list_model_get_item (after, i);
          if (g_str_equal (cw_notice_get_title (n), title))
            notice = g_steal_pointer (&n);
        }
      g_assert_nonnull (notice);
      g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
      g_assert_cmpstr (cw_notice_get_from (notice), ==, today);
      g_assert_cmpuint (cw_notice_get_table (notice)->len, ==, 2);
      cw_test_screenshot (GTK_WIDGET (f->window), "benefits-awards-notice-drafted");
    }
  }
}

static gboolean
holds (Fixture    *f,
       gint64      person_id,
       const char *flag)
{
  g_auto(GStrv) flags = cw_benefit_flag_list (f->db, person_id, NULL, NULL);

  return g_strv_contains ((const char * const *) flags, flag);
}

/* A present person with an ID number and no flag. */
static CwPerson *
person_without_flags (Fixture *f)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = cw_person_query_run (f->db, &query, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);
      g_auto(GStrv) flags = cw_benefit_flag_list (f->db, cw_person_get_id (person), NULL, NULL);

      if (flags[0] == NULL && cw_person_get_id_number (person)[0] != '\0')
        return g_steal_pointer (&person);
    }
  g_assert_not_reached ();
}

/* The add dialog, answered for the person with @id_number. */
static void
add_flag (Fixture    *f,
          CwListPage *page,
          const char *id_number,
          const char *flag,
          const char *screenshot)
{
  GtkWidget *dialog, *picker;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "flags.new", NULL));
  cw_test_settle ();
  dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  picker = cw_test_find_widget (dialog, CW_TYPE_SEARCH_PICKER, NULL);
  g_assert_true (cw_test_focus_is_in (dialog, picker));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  gtk_editable_set_text (GTK_EDITABLE (cw_search_picker_get_entry (CW_SEARCH_PICKER (picker))), id_number);
  cw_test_settle ();
  g_assert_true (cw_search_picker_pick_best (CW_SEARCH_PICKER (picker)));
  cw_test_set_row (dialog, _("Flag (such as 参与土地分配)"), flag);
  cw_test_settle ();
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  if (screenshot != NULL)
    cw_test_screenshot (dialog, screenshot);
  cw_test_respond ("confirm");
  cw_test_settle ();
}

static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  CwListPage *page = show_list (f, "flags");
  g_autoptr(GListModel) held = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_autoptr(CwPerson) person = person_without_flags (f);
  g_autoptr(CwBenefitFlagRow) first = NULL;
  guint n_held = g_list_model_get_n_items (held);
  GtkColumnView *view;
  GListModel *shown;

  /* The demo's holders of 参与土地分配, all of them. */
  g_assert_cmpuint (n_held, >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-flags");

  /* Sorted by the day a flag began, newest first, from its header. */
  view = GTK_COLUMN_VIEW (cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  {
    g_autoptr(GtkColumnViewColumn) since = g_list_model_get_item (gtk_column_view_get_columns (view), 4);
    g_autoptr(CwBenefitFlagRow) top = NULL;
    g_autoptr(CwBenefitFlagRow) bottom = NULL;

    g_assert_cmpstr (gtk_column_view_column_get_title (since), ==, _("Since"));
    gtk_column_view_sort_by_column (view, since, GTK_SORT_DESCENDING);
    cw_test_settle ();
    shown = cw_list_page_get_items (page);
    top = g_list_model_get_item (shown, 0);
    bottom = g_list_model_get_item (shown, g_list_model_get_n_items (shown) - 1);
    g_assert_cmpstr (cw_benefit_flag_row_get_since (top), >=, cw_benefit_flag_row_get_since (bottom));
    gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  }

  /* Searched by a holder's name. */
  first = g_list_model_get_item (held, 0);
  cw_list_page_search (page, cw_benefit_flag_row_get_name (first));
  cw_test_settle ();
  shown = cw_list_page_get_items (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_held);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwBenefitFlagRow) row = g_list_model_get_item (shown, i);
      g_assert_cmpstr (cw_benefit_flag_row_get_name (row), ==, cw_benefit_flag_row_get_name (first));
    }
  cw_list_page_search (page, "");
  cw_test_settle ();

  /* A flag added for a person found by their ID number, then undone. */
  add_flag (f, page, cw_person_get_id_number (person), "五保户", "benefits-flag-add");
  g_assert_true (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held + 1);
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), "五保户"));
  /* The row the change made is the one chosen. */
  g_assert_cmpint (cw_benefit_flag_row_get_person_id (cw_list_page_get_selected (page)), ==, cw_person_get_id (person));
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-flag-added");
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_assert_false (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);

  /* A flag the person holds already is refused, and nothing changes. */
  {
    g_autoptr(CwPerson) holder = cw_person_load (f->db, cw_benefit_flag_row_get_person_id (first), NULL);

    if (cw_person_get_id_number (holder)[0] != '\0')
      {
        add_flag (f, page, cw_person_get_id_number (holder), cw_benefit_flag_row_get_flag (first), NULL);
        g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);
        cw_test_screenshot (GTK_WIDGET (f->window), "benefits-flag-refused");
      }
  }

  /* Ended on a day for a reason: gone from the flags held, kept among
   * the ended ones with the day and the reason; undo holds it again. */
  {
    g_autofree char *key = g_strdup_printf ("%lld", (long long) cw_benefit_flag_row_get_id (first));
    GtkWidget *dialog;
    GtkCheckButton *ended;

    g_assert_true (cw_list_page_select (page, key));
    cw_test_settle ();
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "flags.end", NULL));
    cw_test_settle ();
    dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
    cw_test_set_row (dialog, _("Until"), "2026-06-30");
    cw_test_set_row (dialog, _("Reason"), "迁出本村");
    cw_test_settle ();
    cw_test_screenshot (dialog, "benefits-flag-end");
    cw_test_respond ("confirm");
    cw_test_settle ();
    g_assert_false (holds (f, cw_benefit_flag_row_get_person_id (first), cw_benefit_flag_row_get_flag (first)));
    g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held - 1);

    ended = GTK_CHECK_BUTTON (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, NULL));
    gtk_check_button_set_active (ended, TRUE);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);
    g_assert_true (cw_test_has_label (GTK_WIDGET (page), "迁出本村"));
    g_assert_true (cw_test_has_label (GTK_WIDGET (page), "2026-06-30"));
    g_assert_true (cw_list_page_select (page, key));
    cw_test_settle ();
    g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (page), "flags.end")));
    cw_test_screenshot (GTK_WIDGET (f->window), "benefits-flags-ended");

    g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
    cw_test_settle ();
    g_assert_true (holds (f, cw_benefit_flag_row_get_person_id (first), cw_benefit_flag_row_get_flag (first)));
  }
}

/* The flags page driven as the clerk drives it, by the X server's mouse
 * and keyboard (xdotool): the page reached with clicks, a holder's name
 * typed into the search (Chinese, through GTK's own Unicode entry), the
 * holder's row clicked and its flag ended with a typed reason, Ctrl+Z;
 * then Ctrl+N, a person found by typing their ID number and picked with
 * Enter, the flag typed, Add clicked, and Ctrl+Z again. */
static gboolean
holds_flag_shown (gpointer page)
{
  return g_list_model_get_n_items (cw_list_page_get_items (page)) > 0;
}

static void
test_flags_real_input (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListModel) held = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_autoptr(CwBenefitFlagRow) first = g_list_model_get_item (held, 0);
  g_autoptr(CwPerson) person = person_without_flags (f);
  g_autofree char *name = g_strdup (cw_benefit_flag_row_get_name (first));
  g_autofree char *flag = g_strdup (cw_benefit_flag_row_get_flag (first));
  gint64 holder = cw_benefit_flag_row_get_person_id (first);
  guint n_held = g_list_model_get_n_items (held);
  CwBenefitsView *view;
  CwListPage *page;
  GtkWidget *search, *dialog, *picker;
  GListModel *shown;

  if (!cw_test_input_available ())
    {
      g_test_skip ("real input needs an X display and xdotool");
      return;
    }
  g_assert_true (gtk_window_is_active (GTK_WINDOW (f->window)));

  /* Reached with the mouse: the sidebar, then the switcher. */
  cw_test_input_click_label (GTK_WIDGET (f->window), _("Benefits"));
  view = CW_BENEFITS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_BENEFITS_VIEW, NULL));
  cw_test_input_click_label (GTK_WIDGET (view), _("Person Flags"));
  page = CW_LIST_PAGE (cw_benefits_view_get_page (view, "flags"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  cw_test_wait_drawn (page);
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);

  /* The holder's name typed into the search: their rows only. */
  search = cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  cw_test_input_click (search);
  cw_test_input_type (name);
  cw_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, name);
  cw_test_input_wait_until (holds_flag_shown, page, "the rows found");
  shown = cw_list_page_get_items (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_held);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwBenefitFlagRow) row = g_list_model_get_item (shown, i);
      g_assert_cmpstr (cw_benefit_flag_row_get_name (row), ==, name);
    }
  cw_test_input_screenshot ("benefits-input-flags-search");

  /* The row clicked, End Flag clicked, the reason typed, End clicked. */
  cw_test_input_click_text (GTK_WIDGET (page), name);
  g_assert_cmpint (cw_benefit_flag_row_get_person_id (cw_list_page_get_selected (page)), ==, holder);
  cw_test_input_click_action (GTK_WIDGET (page), "flags.end");
  cw_test_settle ();
  dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  cw_test_wait_drawn (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  cw_test_input_click (cw_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, _("Reason")));
  cw_test_input_type ("迁出本村");
  cw_test_settle ();
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  cw_test_input_screenshot ("benefits-input-flag-end");
  cw_test_input_click_text (dialog, _("_End Flag"));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (holds (f, holder, flag));
  cw_test_input_screenshot ("benefits-input-flag-ended");

  /* Ctrl+Z: held again, whatever field the focus is in. */
  cw_test_input_key ("ctrl+z");
  cw_test_settle ();
  g_assert_true (holds (f, holder, flag));

  /* The search emptied from the keyboard: every holder again. */
  cw_test_input_click (search);
  cw_test_input_key ("ctrl+a BackSpace");
  cw_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);

  /* Ctrl+N: the picker has the focus; the ID number typed, Enter picks,
   * the focus goes on to the flag, typed over; Add clicked. */
  cw_test_input_key ("ctrl+n");
  cw_test_settle ();
  dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  cw_test_wait_drawn (dialog);
  picker = cw_test_find_widget (dialog, CW_TYPE_SEARCH_PICKER, NULL);
  g_assert_true (cw_test_focus_is_in (dialog, picker));
  cw_test_input_type (cw_person_get_id_number (person));
  cw_test_settle ();
  cw_test_input_key ("Return");
  cw_test_settle ();
  g_assert_cmpstr (cw_search_picker_get_text (CW_SEARCH_PICKER (picker)), ==, cw_person_get_name (person));
  g_assert_true (cw_test_focus_is_in (dialog, cw_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW,
                                                                   _("Flag (such as 参与土地分配)"))));
  cw_test_input_key ("ctrl+a BackSpace");
  cw_test_input_type ("五保户");
  cw_test_settle ();
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  cw_test_input_screenshot ("benefits-input-flag-add");
  cw_test_input_click_text (dialog, _("_Add"));
  cw_test_settle ();
  g_assert_true (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held + 1);
  g_assert_cmpint (cw_benefit_flag_row_get_person_id (cw_list_page_get_selected (page)), ==, cw_person_get_id (person));
  cw_test_input_screenshot ("benefits-input-flag-added");

  cw_test_input_key ("ctrl+z");
  cw_test_settle ();
  g_assert_false (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, n_held);
}

/* A flags file through the import dialog: the check shows the row naming
 * nobody by its line, the good row goes in, Undo takes it back. */
static void
test_flag_import (Fixture       *f,
                  gconstpointer  data)
{
  CwListPage *page = show_list (f, "flags");
  g_autoptr(CwPerson) person = person_without_flags (f);
  g_autofree char *path = g_build_filename (f->dir, "flags.csv", NULL);
  g_autofree char *csv = g_strdup_printf ("姓名,身份证号,标记,起始日期\n%s,%s,五保户,2020-01-01\n查无此人,,五保户,2020-01-01\n",
                                          cw_person_get_name (person), cw_person_get_id_number (person));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint before = g_list_model_get_n_items (cw_list_page_get_items (page));
  CwImportDialog *dialog;
  CwImportReport *report;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  dialog = cw_benefit_flags_page_import (CW_BENEFIT_FLAGS_PAGE (page));
  cw_test_settle ();
  report = cw_test_import_check (dialog, file);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, NULL), ==, 3);
  g_assert_false (holds (f, cw_person_get_id (person), "五保户"));
  cw_test_wait_drawn (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "benefits-flag-import");

  cw_test_import_run (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();
  g_assert_true (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, before + 1);
  cw_test_screenshot (GTK_WIDGET (f->window), "benefits-flags-imported");

  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_assert_false (holds (f, cw_person_get_id (person), "五保户"));
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, before);
}

/* Figures at township scale, when CUNWU_BENCH_DB names a township
 * database (tests/bench/township.db of a build): nine in ten present
 * persons given 参与土地分配 inside a transaction rolled back at the end,
 * then the flags page built and first shown, search keystrokes, and the
 * Add Flag dialog opened — all on the main loop, wall and CPU time. */
static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_flags_benchmark (void)
{
  const char *path = g_getenv ("CUNWU_BENCH_DB");
  const char *typed[] = { "陈", "陈英", "", "0100", "010002", "", "参与", "", "五保", "" };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *page, *dialog;
  gint64 t0, c0;
  double worst = 0, cpu_worst = 0;

  if (path == NULL)
    {
      g_test_skip ("Set CUNWU_BENCH_DB to a township database (tests/bench/township.db of a build).");
      return;
    }
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db,
                                   "INSERT INTO benefit_person_flag (person_id, flag, since) "
                                   "SELECT id, '参与土地分配', '2000-01-01' FROM person "
                                   "WHERE status IN ('active', 'migrant') AND id % 10 <> 0 "
                                   "AND id NOT IN (SELECT person_id FROM benefit_person_flag)",
                                   &error));
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  c0 = cw_test_thread_cpu_usec ();
  page = cw_benefit_flags_page_new (db);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page) || g_list_model_get_n_items (cw_list_page_get_all_items (CW_LIST_PAGE (page))) == 0)
    g_main_context_iteration (NULL, TRUE);
  drain ();
  g_printerr ("\n%u flags held\n", g_list_model_get_n_items (cw_list_page_get_all_items (CW_LIST_PAGE (page))));
  g_printerr ("flags page built, read and first shown: %.0f ms (CPU %.0f ms)\n",
              (g_get_monotonic_time () - t0) / 1000.0, (cw_test_thread_cpu_usec () - c0) / 1000.0);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      double ms, cpu_ms;

      t0 = g_get_monotonic_time ();
      c0 = cw_test_thread_cpu_usec ();
      cw_list_page_search (CW_LIST_PAGE (page), typed[i]);
      drain ();
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      cpu_ms = (cw_test_thread_cpu_usec () - c0) / 1000.0;
      worst = MAX (worst, ms);
      cpu_worst = MAX (cpu_worst, cpu_ms);
      g_printerr ("search “%s”: %u shown, %.0f ms (CPU %.0f ms)\n", typed[i],
                  g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ms, cpu_ms);
    }
  g_printerr ("search keystrokes: worst %.0f ms (CPU %.0f ms)\n", worst, cpu_worst);

  t0 = g_get_monotonic_time ();
  c0 = cw_test_thread_cpu_usec ();
  g_assert_true (gtk_widget_activate_action (page, "flags.new", NULL));
  dialog = GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  while (!gtk_widget_get_mapped (dialog))
    g_main_context_iteration (NULL, TRUE);
  drain ();
  g_printerr ("Add Flag dialog opened (its picker's persons read): %.0f ms (CPU %.0f ms)\n",
              (g_get_monotonic_time () - t0) / 1000.0, (cw_test_thread_cpu_usec () - c0) / 1000.0);
  cw_test_respond ("cancel");
  cw_test_settle ();

  gtk_window_destroy (GTK_WINDOW (window));
  cw_test_settle ();
  cw_database_rollback (db);
}

int
main (int   argc,
      char *argv[])
{
  /* Chinese is typed through GTK's own Unicode entry, not an input
   * method the machine may have (cw_test_input_type()). */
  g_setenv ("GTK_IM_MODULE", "gtk-im-context-simple", TRUE);
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/benefits/programme", Fixture, NULL, fixture_setup, test_programme, cw_test_fixture_teardown);
  g_test_add ("/benefits/awards", Fixture, NULL, fixture_setup, test_awards, cw_test_fixture_teardown);
  g_test_add ("/benefits/flags", Fixture, NULL, fixture_setup, test_flags, cw_test_fixture_teardown);
  g_test_add ("/benefits/flags-real-input", Fixture, NULL, fixture_setup, test_flags_real_input, cw_test_fixture_teardown);
  g_test_add_func ("/benefits/flags-benchmark", test_flags_benchmark);
  g_test_add ("/benefits/flag-import", Fixture, NULL, fixture_setup, test_flag_import, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
