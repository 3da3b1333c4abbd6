/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-list-bases"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"
#include "core/village/cw-village.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/common/cw-register-view.h"
#include "ui/benefits/cw-award-editor.h"
#include "ui/benefits/cw-benefit-programme-editor.h"
#include "ui/finance/cw-finance-account-editor.h"
#include "ui/finance/cw-finance-entry-editor.h"
#include "ui/grids/cw-grid-editor.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-person-editor.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/notices/cw-notice-editor.h"
#include "ui/notices/cw-notice-item-editor.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

/* The list page and record editor bases, through the two pages and two
 * editors built on them: the rule book and the shop's goods; and the
 * register view base, through every register in the sidebar. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gboolean demo = GPOINTER_TO_INT (data) == 0;

  cw_test_fixture_open_database (f, demo);
  if (!demo)
    {
      /* A village just set up: no rule book, no goods. */
      g_autoptr(CwVillage) village = cw_village_new ("新民村", "东岭镇", "");
      g_autoptr(GError) error = NULL;

      g_assert_true (cw_village_create (f->db, village, &error));
      g_assert_no_error (error);
    }
  cw_test_fixture_open_window (f, app, "points", CW_TYPE_POINTS_VIEW);
}

static CwListPage *
show_list (Fixture    *f,
           const char *name)
{
  GtkWidget *page = cw_test_show_subpage (f->view, name);

  g_assert_true (CW_IS_LIST_PAGE (page));
  return CW_LIST_PAGE (page);
}

static CwPointRule *
item (CwListPage *page,
      guint       position)
{
  GListModel *items = cw_list_page_get_items (page);
  g_autoptr(CwPointRule) rule = g_list_model_get_item (items, position);

  g_assert_nonnull (rule);
  return rule;   /* the model keeps it */
}

static gboolean
shows_count (CwListPage *page,
             guint       n)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rule listed", "%u rules listed", n), n);

  return cw_test_has_label (GTK_WIDGET (page), text);
}

/* "list" or "empty": which the page's own stack shows. */
static const char *
visible_state (CwListPage *page)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  cw_test_collect (GTK_WIDGET (page), GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    {
      if (gtk_stack_get_child_by_name (stacks->pdata[i], "list") != NULL)
        return gtk_stack_get_visible_child_name (stacks->pdata[i]);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CwListPage *page = show_list (f, "rules");
  GListModel *items = cw_list_page_get_items (page);
  GtkEditable *entry = GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL));
  GtkDropDown *scheme = GTK_DROP_DOWN (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL));
  guint all = g_list_model_get_n_items (items);
  guint n;

  g_assert_cmpuint (all, >=, 25);
  g_assert_true (shows_count (page, all));

  /* Typed into the search entry, as the clerk types: pinyin initials of
   * 人居环境 find its rules, and only those. */
  gtk_editable_set_text (entry, "rjhj");
  cw_test_settle ();
  n = g_list_model_get_n_items (items);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (cw_point_rule_get_category (item (page, i)), ==, "人居环境");
  g_assert_true (shows_count (page, n));
  cw_test_screenshot (GTK_WIDGET (f->window), "bases-rules-search");

  /* A code, in any case; full pinyin; a word of a description. */
  cw_list_page_search (page, "hj0");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_assert_true (g_str_has_prefix (cw_point_rule_get_code (item (page, i)), "HJ0"));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  cw_list_page_search (page, "renju huanjing");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  cw_list_page_search (page, "垃圾");
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    g_assert_nonnull (strstr (cw_point_rule_get_description (item (page, i)), "垃圾"));

  /* Nothing matches: an empty state that says so, not "nothing yet". */
  cw_list_page_search (page, "zzzz");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_cmpstr (visible_state (page), ==, "empty");
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), _("No Rules Found")));
  g_assert_false (cw_test_has_label (GTK_WIDGET (page), _("No Rules Yet")));
  g_assert_true (shows_count (page, 0));
  cw_test_screenshot (GTK_WIDGET (f->window), "bases-rules-no-match");

  cw_list_page_search (page, "");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, all);
  g_assert_cmpstr (visible_state (page), ==, "list");

  /* The scheme drop-down narrows to party members' rules, with the
   * search. */
  g_assert_nonnull (scheme);
  gtk_drop_down_set_selected (scheme, 2);
  n = g_list_model_get_n_items (items);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (cw_point_rule_get_scheme (item (page, i)), ==, CW_SCHEME_PARTY);
  cw_list_page_search (page, "rjhj");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  cw_list_page_search (page, "");
  gtk_drop_down_set_selected (scheme, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, all);
}

static GtkColumnViewColumn *
column_titled (GtkColumnView *view,
               const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;   /* the view keeps it */
    }

  return NULL;
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  CwListPage *page = show_list (f, "rules");
  GListModel *items = cw_list_page_get_items (page);
  GtkColumnView *view = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL));
  GtkColumnViewColumn *points = column_titled (view, _("Points"));
  GtkColumnViewColumn *code = column_titled (view, _("Code"));
  guint n = g_list_model_get_n_items (items);

  g_assert_nonnull (points);
  g_assert_nonnull (code);
  g_assert_nonnull (gtk_column_view_column_get_sorter (points));
  g_assert_null (gtk_column_view_column_get_sorter (column_titled (view, _("Description"))));

  /* As a click on the header does: figures as figures, −20 below +5. */
  gtk_column_view_sort_by_column (view, points, GTK_SORT_DESCENDING);
  cw_test_settle ();
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (cw_point_rule_get_points (item (page, i - 1)), >=, cw_point_rule_get_points (item (page, i)));
  g_assert_cmpint (cw_point_rule_get_points (item (page, n - 1)), <, 0);
  cw_test_screenshot (GTK_WIDGET (f->window), "bases-rules-sorted");

  gtk_column_view_sort_by_column (view, points, GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (cw_point_rule_get_points (item (page, i - 1)), <=, cw_point_rule_get_points (item (page, i)));

  /* Text columns as text; the selection stays with its record. */
  gtk_column_view_sort_by_column (view, code, GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_strcmp0 (cw_point_rule_get_code (item (page, i - 1)), cw_point_rule_get_code (item (page, i))), >, 0);
  g_assert_true (cw_list_page_select (page, "HJ01"));
  gtk_column_view_sort_by_column (view, code, GTK_SORT_ASCENDING);
  g_assert_cmpstr (cw_point_rule_get_code (cw_list_page_get_selected (page)), ==, "HJ01");
}

static void
test_reload_and_activate (Fixture       *f,
                          gconstpointer  data)
{
  CwListPage *page = show_list (f, "rules");
  GListModel *items = cw_list_page_get_items (page);
  GtkColumnView *view = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL));
  GtkCheckButton *retired = GTK_CHECK_BUTTON (cw_test_find_widget (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, NULL));
  g_autoptr(CwPointRule) rule = cw_point_rule_find (f->db, "HJ01", NULL);
  g_autoptr(GError) error = NULL;
  guint all = g_list_model_get_n_items (items);
  guint position;
  CwPointRuleEditor *editor;

  /* A change made elsewhere shows as soon as the page is idle. */
  g_assert_true (cw_point_rule_set_retired (f->db, cw_point_rule_get_id (rule), TRUE, &error));
  g_assert_no_error (error);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, all - 1);
  g_assert_false (cw_list_page_select (page, "HJ01"));

  /* Show retired reads them again, retired ones too. */
  g_assert_cmpstr (gtk_check_button_get_label (retired), ==, _("Show _retired"));
  gtk_check_button_set_active (retired, TRUE);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, all);
  g_assert_true (cw_list_page_select (page, "HJ01"));
  g_assert_true (cw_point_rule_get_retired (cw_list_page_get_selected (page)));

  /* Activating a row opens its record's editor. */
  cw_list_page_search (page, "HJ02");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  position = 0;
  g_signal_emit_by_name (view, "activate", position);
  cw_test_settle ();
  editor = CW_POINT_RULE_EDITOR (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (cw_point_rule_get_code (cw_record_editor_get_record (CW_RECORD_EDITOR (editor))), ==, "HJ02");
  g_assert_false (cw_record_editor_get_is_new (CW_RECORD_EDITOR (editor)));
  /* Nothing typed: it closes without asking. */
  gtk_window_close (GTK_WINDOW (editor));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR));
  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  CwListPage *page = show_list (f, "rules");

  /* A village without a rule book yet: said so, with what to do. */
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (page)), ==, 0);
  g_assert_cmpstr (visible_state (page), ==, "empty");
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), _("No Rules Yet")));
  g_assert_true (shows_count (page, 0));
  g_assert_nonnull (cw_test_find_button (GTK_WIDGET (page), _("_New Rule…")));
  cw_test_screenshot (GTK_WIDGET (f->window), "bases-rules-empty");

  /* Searching an empty book still says "nothing yet". */
  cw_list_page_search (page, "hj");
  cw_test_settle ();
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), _("No Rules Yet")));

  page = show_list (f, "goods");
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), _("No Goods Yet")));
}

static GtkWidget *
open_new_rule (Fixture *f)
{
  CwListPage *page = show_list (f, "rules");
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "rules.new", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (cw_record_editor_get_is_new (CW_RECORD_EDITOR (editor)));

  return GTK_WIDGET (editor);
}

static GtkWidget *
entry_row (GtkWidget  *editor,
           const char *title)
{
  GtkWidget *row = cw_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *editor = open_new_rule (f);

  /* The defaults a new rule starts with are not changes. */
  g_assert_false (cw_record_editor_get_modified (CW_RECORD_EDITOR (editor)));

  gtk_editable_set_text (GTK_EDITABLE (entry_row (editor, _("Description"))), "清理河道");
  g_assert_true (cw_record_editor_get_modified (CW_RECORD_EDITOR (editor)));

  /* Closing asks first; keeping on leaves the typing as it was. */
  gtk_window_close (GTK_WINDOW (editor));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (gtk_widget_get_visible (editor));
  cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "bases-editor-discard");
  cw_test_respond ("keep");
  g_assert_true (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR) == GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (editor, _("Description")))), ==, "清理河道");

  /* Escape and Cancel ask too; Discard closes without saving. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.close", NULL));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  cw_test_respond ("discard");
  g_assert_null (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR));
  {
    g_autoptr(GListModel) rules = cw_point_rule_list (f->db, NULL, TRUE, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
      {
        g_autoptr(CwPointRule) rule = g_list_model_get_item (rules, i);

        g_assert_cmpstr (cw_point_rule_get_description (rule), !=, "清理河道");
      }
  }
}

/* Every record editor, opened for a new record and closed with Escape
 * before anything is typed, closes at once: the fields it starts with
 * (today's date, the first group, a suggested number …) are not changes. */
static void
test_untouched_escape (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *owner = GTK_WIDGET (f->window);
  GtkWidget *editors[] = {
    GTK_WIDGET (cw_household_editor_new (owner, f->db, NULL, NULL, 0)),
    GTK_WIDGET (cw_person_editor_new (owner, f->db, NULL, 1, "010001")),
    GTK_WIDGET (cw_grid_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_grid_request_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_point_rule_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_shop_goods_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_mediation_case_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_notice_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_notice_item_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_finance_entry_editor_new (owner, f->db, NULL, NULL)),
    GTK_WIDGET (cw_finance_account_editor_new (owner, f->db, NULL, 0)),
    GTK_WIDGET (cw_benefit_programme_editor_new (owner, f->db, NULL)),
    GTK_WIDGET (cw_award_editor_new (owner, f->db, NULL)),
  };

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GType type = G_OBJECT_TYPE (editors[i]);

      g_test_message ("%s", g_type_name (type));
      gtk_window_present (GTK_WINDOW (editors[i]));
      cw_test_settle ();
      g_assert_false (cw_record_editor_get_modified (CW_RECORD_EDITOR (editors[i])));

      /* Escape is the editor's close action. */
      g_assert_true (gtk_widget_activate_action (editors[i], "editor.close", NULL));
      cw_test_settle ();
      g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      g_assert_null (cw_test_find_toplevel (type));
    }
}

/* The row right under @row in its list, if it is an error row showing
 * @message. */
static gboolean
error_under (GtkWidget  *row,
             const char *message)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  return next != NULL && !ADW_IS_PREFERENCES_ROW (next) && cw_test_has_label (next, message);
}

static gboolean
has_focus_in (GtkWidget *editor,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
saved_cb (CwRecordEditor *editor,
          GObject        *record,
          guint          *count)
{
  g_assert_true (CW_IS_POINT_RULE (record));
  (*count)++;
}

static void
test_field_errors (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *editor = open_new_rule (f);
  GtkWidget *code = entry_row (editor, _("Code"));
  GtkWidget *category = entry_row (editor, _("Category"));
  GtkWidget *description = entry_row (editor, _("Description"));
  GtkSpinButton *points = GTK_SPIN_BUTTON (cw_test_find_widget (editor, GTK_TYPE_SPIN_BUTTON, NULL));
  GtkWidget *points_row = gtk_widget_get_ancestor (GTK_WIDGET (points), ADW_TYPE_ACTION_ROW);
  g_autoptr(CwPointRule) existing = cw_point_rule_find (f->db, "HJ01", NULL);
  g_autoptr(CwPointRule) added = NULL;
  g_autofree char *taken = NULL;
  guint saved = 0;

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);

  /* A code already in the book: core says so, under the code, and the
   * cursor goes there. */
  gtk_editable_set_text (GTK_EDITABLE (code), "HJ01");
  gtk_editable_set_text (GTK_EDITABLE (category), "人居环境");
  gtk_editable_set_text (GTK_EDITABLE (description), "清理河道");
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  taken = g_strdup_printf (_("Code: there is already a rule %s (%s)."), "HJ01",
                           cw_point_rule_get_description (existing));
  g_assert_true (error_under (code, taken));
  g_assert_true (gtk_widget_has_css_class (code, "error"));
  g_assert_true (has_focus_in (editor, code));
  cw_test_screenshot (editor, "bases-editor-field-error");

  /* Another field's error moves it; the first field is clear again. */
  gtk_editable_set_text (GTK_EDITABLE (code), "HJ97");
  gtk_spin_button_set_value (points, 0);
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  g_assert_false (error_under (code, taken));
  g_assert_false (gtk_widget_has_css_class (code, "error"));
  g_assert_true (error_under (points_row, _("Points: a rule gives or takes points; 0 is not allowed.")));
  g_assert_true (has_focus_in (editor, GTK_WIDGET (points)));
  g_assert_cmpuint (saved, ==, 0);
  g_assert_null (cw_point_rule_find (f->db, "HJ97", NULL));

  /* An error about no field in particular stands above the fields. */
  {
    g_autoptr(GError) general = g_error_new_literal (CW_ERROR, CW_ERROR_NOT_FOUND, _("That rule no longer exists."));

    cw_record_editor_show_error (CW_RECORD_EDITOR (editor), general);
    cw_test_settle ();
    g_assert_false (error_under (points_row, _("Points: a rule gives or takes points; 0 is not allowed.")));
    g_assert_false (gtk_widget_has_css_class (points_row, "error"));
    g_assert_true (cw_test_has_label (editor, general->message));
    cw_test_screenshot (editor, "bases-editor-general-error");
    cw_record_editor_show_error (CW_RECORD_EDITOR (editor), NULL);
    cw_test_settle ();
    g_assert_false (cw_test_has_label (editor, general->message));
  }

  /* Put right, Enter in a field saves; it says so and closes. */
  gtk_spin_button_set_value (points, 2);
  g_signal_emit_by_name (cw_test_find_widget (description, GTK_TYPE_TEXT, NULL), "activate");
  cw_test_settle ();
  g_assert_cmpuint (saved, ==, 1);
  g_assert_null (cw_test_find_toplevel (CW_TYPE_POINT_RULE_EDITOR));
  added = cw_point_rule_find (f->db, "HJ97", NULL);
  g_assert_nonnull (added);
  g_assert_cmpint (cw_point_rule_get_points (added), ==, 2);
}

static void
test_goods_editor (Fixture       *f,
                   gconstpointer  data)
{
  CwListPage *page = show_list (f, "goods");
  GtkWidget *editor;
  GtkWidget *name;
  g_autofree char *message = NULL;
  g_autoptr(CwShopGoods) rice = cw_shop_goods_find (f->db, "大米", NULL);
  g_autoptr(CwShopGoods) after = NULL;
  int price = cw_shop_goods_get_price (rice);

  /* A name already on the shelf is refused under the name, not saved
   * over those goods. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "goods.new", NULL));
  cw_test_settle ();
  editor = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_SHOP_GOODS_EDITOR));
  g_assert_nonnull (editor);
  name = entry_row (editor, C_("goods", "Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), "大米");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cw_test_find_widget (editor, GTK_TYPE_SPIN_BUTTON, NULL)), price + 7);
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  message = g_strdup_printf (_("There are already goods called “%s”: edit them instead."), "大米");
  g_assert_true (error_under (name, message));
  g_assert_true (has_focus_in (editor, name));
  after = cw_shop_goods_find (f->db, "大米", NULL);
  g_assert_cmpint (cw_shop_goods_get_price (after), ==, price);

  /* Editing the goods themselves: the copy changes, the listed goods do
   * not until saved. */
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (cw_list_page_select (page, "大米"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "goods.edit", NULL));
  cw_test_settle ();
  editor = GTK_WIDGET (cw_test_find_toplevel (CW_TYPE_SHOP_GOODS_EDITOR));
  g_assert_false (gtk_widget_get_sensitive (entry_row (editor, C_("goods", "Name"))));
  g_assert_true (cw_record_editor_get_record (CW_RECORD_EDITOR (editor)) != cw_list_page_get_selected (page));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cw_test_find_widget (editor, GTK_TYPE_SPIN_BUTTON, NULL)), price + 7);
  g_assert_true (cw_record_editor_get_modified (CW_RECORD_EDITOR (editor)));
  g_assert_cmpint (cw_shop_goods_get_price (cw_list_page_get_selected (page)), ==, price);
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  g_clear_object (&after);
  after = cw_shop_goods_find (f->db, "大米", NULL);
  g_assert_cmpint (cw_shop_goods_get_price (after), ==, price + 7);
  g_assert_true (cw_list_page_select (page, "大米"));
  g_assert_cmpint (cw_shop_goods_get_price (cw_list_page_get_selected (page)), ==, price + 7);
}

/* The shortcut of @widget's own (its class's included) for the key. */
static GtkShortcut *
find_shortcut (GtkWidget      *widget,
               guint           keyval,
               GdkModifierType modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      for (guint i = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) &&
                        i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return shortcut;   /* the widget's class keeps it */
        }
    }
  return NULL;
}

/* Each register's view: Alt+1 … shows its sub-pages in switcher order
 * through <register>.show-subpage (the name of its sidebar page), each
 * page made with the window's database, and page.reload reaches it. */
static void
test_register_views (Fixture       *f,
                     gconstpointer  data)
{
  const char *registers[] = { "grids", "points", "mediation", "notices", "finance", "benefits" };

  for (guint r = 0; r < G_N_ELEMENTS (registers); r++)
    {
      g_autofree char *action_name = g_strconcat (registers[r], ".show-subpage", NULL);
      CwRegisterViewClass *klass;
      CwRegisterView *view;

      cw_test_show_page (f->window, registers[r]);
      view = CW_REGISTER_VIEW (cw_window_get_page (f->window, registers[r]));
      klass = CW_REGISTER_VIEW_GET_CLASS (view);
      g_assert_cmpuint (klass->n_subpages, >=, 2);
      g_assert_true (cw_register_view_get_database (view) == f->db);

      /* Last to first, so that each key moves away from the page shown. */
      for (guint i = klass->n_subpages; i-- > 0;)
        {
          const CwSubpage *info = &klass->subpages[i];
          GtkWidget *page = cw_register_view_get_page (view, info->name);
          GtkShortcut *shortcut = find_shortcut (GTK_WIDGET (view), GDK_KEY_1 + i, GDK_ALT_MASK);
          GtkShortcutAction *action;
          g_autoptr(CwDatabase) db = NULL;

          g_assert_nonnull (shortcut);
          action = gtk_shortcut_get_action (shortcut);
          g_assert_true (GTK_IS_NAMED_ACTION (action));
          g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, action_name);
          g_assert_cmpstr (g_variant_get_string (gtk_shortcut_get_arguments (shortcut), NULL), ==, info->name);

          g_assert_true (gtk_shortcut_action_activate (action, GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (view),
                                                       gtk_shortcut_get_arguments (shortcut)));
          cw_test_settle ();
          g_assert_cmpstr (cw_register_view_get_subpage (view), ==, info->name);
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, info->get_type ()));
          g_assert_true (gtk_widget_get_mapped (page));
          g_object_get (page, "database", &db, NULL);
          g_assert_true (db == f->db);
        }

      cw_register_view_show_subpage (view, "no-such-page");
      g_assert_cmpstr (cw_register_view_get_subpage (view), ==, klass->subpages[0].name);
      g_assert_null (cw_register_view_get_page (view, "no-such-page"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.reload", NULL));
      cw_test_settle ();
    }
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);

  app = cw_test_application_new (NULL);

  g_test_add ("/list-page/search", Fixture, GINT_TO_POINTER (0), fixture_setup, test_search, cw_test_fixture_teardown);
  g_test_add ("/list-page/sort", Fixture, GINT_TO_POINTER (0), fixture_setup, test_sort, cw_test_fixture_teardown);
  g_test_add ("/list-page/reload-and-activate", Fixture, GINT_TO_POINTER (0), fixture_setup,
              test_reload_and_activate, cw_test_fixture_teardown);
  g_test_add ("/list-page/empty", Fixture, GINT_TO_POINTER (1), fixture_setup, test_empty, cw_test_fixture_teardown);
  g_test_add ("/record-editor/discard", Fixture, GINT_TO_POINTER (0), fixture_setup, test_discard, cw_test_fixture_teardown);
  g_test_add ("/record-editor/untouched-escape", Fixture, GINT_TO_POINTER (0), fixture_setup,
              test_untouched_escape, cw_test_fixture_teardown);
  g_test_add ("/record-editor/field-errors", Fixture, GINT_TO_POINTER (0), fixture_setup,
              test_field_errors, cw_test_fixture_teardown);
  g_test_add ("/record-editor/goods", Fixture, GINT_TO_POINTER (0), fixture_setup, test_goods_editor, cw_test_fixture_teardown);
  g_test_add ("/register-view/every-register", Fixture, GINT_TO_POINTER (0), fixture_setup,
              test_register_views, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
