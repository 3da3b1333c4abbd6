/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-real-input"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "ui/households/cw-households-view.h"
#include "ui/points/cw-points-review-page.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/common/cw-job-bar.h"
#include "ui/shell/cw-welcome-page.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-input.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

/* The window driven by the X server's pointer and keyboard (xdotool), as
 * the clerk drives it: drop-downs opened and chosen from, text typed. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, NULL, G_TYPE_NONE);

  /* Keys go where the window manager puts the focus. */
  g_assert_true (gtk_window_is_active (GTK_WINDOW (f->window)));
}

/* Finding and watching */

static GtkDropDown *
find_dropdown (GtkWidget  *root,
               const char *tooltip)
{
  return GTK_DROP_DOWN (cw_test_find_dropdown (root, tooltip));
}

static gboolean
popover_open (GtkDropDown *dropdown)
{
  GtkWidget *popover = cw_test_find_widget (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER, NULL);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

/* Opens @dropdown with a click and clicks @item in its list. */
static void
choose (GtkDropDown *dropdown,
        const char  *item)
{
  cw_test_input_click (GTK_WIDGET (dropdown));
  g_assert_true (popover_open (dropdown));
  cw_test_input_click_label (GTK_WIDGET (dropdown), item);
}

/* Whether @dropdown shows @item, closed. */
static void
assert_shows (GtkDropDown *dropdown,
              const char  *item)
{
  g_assert_false (popover_open (dropdown));
  g_assert_nonnull (cw_test_input_find_label (GTK_WIDGET (dropdown), item));
}

typedef struct
{
  guint rows;
  guint models;
} Changes;

static void
rows_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 Changes    *changes)
{
  changes->rows++;
}

static void
model_changed_cb (GObject    *object,
                  GParamSpec *pspec,
                  Changes    *changes)
{
  changes->models++;
}

static gboolean
stop_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* A page that is done with a choice leaves its list and drop-downs alone:
 * none of them changes over half a second. */
static void
assert_idle (GListModel          *rows,
             GtkDropDown * const *dropdowns)
{
  Changes changes = { 0, 0 };
  gboolean stop = FALSE;

  g_signal_connect (rows, "items-changed", G_CALLBACK (rows_changed_cb), &changes);
  for (guint i = 0; dropdowns[i] != NULL; i++)
    g_signal_connect (dropdowns[i], "notify::model", G_CALLBACK (model_changed_cb), &changes);

  g_timeout_add (500, stop_cb, &stop);
  while (!stop)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handlers_disconnect_by_func (rows, rows_changed_cb, &changes);
  for (guint i = 0; dropdowns[i] != NULL; i++)
    g_signal_handlers_disconnect_by_func (dropdowns[i], model_changed_cb, &changes);

  g_assert_cmpuint (changes.rows, ==, 0);
  g_assert_cmpuint (changes.models, ==, 0);
}

/* A sub-page of the points view, reached with the mouse: the sidebar,
 * then the switcher's @title. */
static GtkWidget *
open_points (Fixture    *f,
             const char *name,
             const char *title)
{
  CwPointsView *view;

  cw_test_input_click_label (GTK_WIDGET (f->window), _("Points"));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "points");
  view = CW_POINTS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_POINTS_VIEW, NULL));
  cw_test_input_click_label (GTK_WIDGET (view), title);
  g_assert_cmpstr (cw_points_view_get_subpage (view), ==, name);

  return cw_points_view_get_page (view, name);
}

static CwPointsTallyPage *
open_tally (Fixture *f)
{
  return CW_POINTS_TALLY_PAGE (open_points (f, "tally", _("Tally")));
}

/* The quarter after @quarter in the drop-down's list (the one older). */
static char *
next_quarter (Fixture    *f,
              const char *quarter)
{
  g_auto(GStrv) quarters = cw_point_quarter_list (f->db);

  for (guint i = 0; quarters[i] != NULL; i++)
    if (g_str_equal (quarters[i], quarter))
      return g_strdup (quarters[i + 1]);

  g_assert_not_reached ();
  return NULL;
}

/* The page lists @quarter's tally of @scheme, as core computes it. */
static void
assert_tally (Fixture           *f,
              CwPointsTallyPage *page,
              const char        *scheme,
              const char        *quarter)
{
  g_autoptr(GListModel) expected = cw_point_tally_quarter (f->db, scheme, quarter, NULL);
  GListModel *rows = cw_points_tally_page_get_rows (page);
  guint n = g_list_model_get_n_items (expected);

  g_assert_cmpstr (cw_points_tally_page_get_quarter (page), ==, quarter);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) want = g_list_model_get_item (expected, i);
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpint (cw_point_tally_row_get_subject_id (row), ==, cw_point_tally_row_get_subject_id (want));
      g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, cw_point_tally_row_get_quarter_points (want));
    }
}

/* The tally page */

static void
test_tally_quarter_mouse (Fixture       *f,
                          gconstpointer  data)
{
  CwPointsTallyPage *page = open_tally (f);
  GtkDropDown *quarter_dropdown = find_dropdown (GTK_WIDGET (page), _("Quarter"));
  g_autofree char *before = g_strdup (cw_points_tally_page_get_quarter (page));
  g_autofree char *after = next_quarter (f, before);
  g_autofree char *label = cw_quarter_label (after);

  /* The demo village's last quarter over is published, the one before
   * not: the page's status line says which it shows. */
  assert_tally (f, page, CW_SCHEME_HOUSEHOLD, before);
  g_assert_true (cw_test_quarter_published (f->db, before, NULL, NULL));
  g_assert_false (cw_test_quarter_published (f->db, after, NULL, NULL));
  g_assert_false (cw_test_has_label (GTK_WIDGET (page), _("Not yet published.")));

  cw_test_input_click (GTK_WIDGET (quarter_dropdown));
  g_assert_true (popover_open (quarter_dropdown));
  cw_test_input_screenshot ("input-tally-quarter-open");

  cw_test_input_click_label (GTK_WIDGET (quarter_dropdown), label);
  assert_shows (quarter_dropdown, label);
  assert_tally (f, page, CW_SCHEME_HOUSEHOLD, after);
  g_assert_true (cw_test_has_label (GTK_WIDGET (page), _("Not yet published.")));
  assert_idle (cw_points_tally_page_get_rows (page),
               (GtkDropDown *[]) { quarter_dropdown, find_dropdown (GTK_WIDGET (page), _("Village group")), NULL });
  cw_test_input_screenshot ("input-tally-quarter-chosen");
}

static void
test_tally_quarter_keyboard (Fixture       *f,
                             gconstpointer  data)
{
  CwPointsTallyPage *page = open_tally (f);
  GtkDropDown *quarter_dropdown = find_dropdown (GTK_WIDGET (page), _("Quarter"));
  g_autofree char *before = g_strdup (cw_points_tally_page_get_quarter (page));
  g_autofree char *after = next_quarter (f, before);
  g_autofree char *before_label = cw_quarter_label (before);
  g_autofree char *label = cw_quarter_label (after);
  GtkWidget *focus;

  /* Opened with the mouse and closed with Escape, the drop-down keeps its
   * quarter and has the focus. */
  cw_test_input_click (GTK_WIDGET (quarter_dropdown));
  g_assert_true (popover_open (quarter_dropdown));
  cw_test_input_key ("Escape");
  assert_shows (quarter_dropdown, before_label);
  g_assert_cmpstr (cw_points_tally_page_get_quarter (page), ==, before);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (quarter_dropdown)));

  /* Space opens the list with the focus on its first row (GTK 4.8 does
   * not start at the quarter shown): Down to the next quarter, Return. */
  cw_test_input_key ("space");
  g_assert_true (popover_open (quarter_dropdown));
  cw_test_input_screenshot ("input-tally-quarter-keyboard");
  {
    g_auto(GStrv) quarters = cw_point_quarter_list (f->db);
    g_autoptr(GString) keys = g_string_new (NULL);

    for (guint i = 0; quarters[i] != NULL && !g_str_equal (quarters[i], after); i++)
      g_string_append (keys, "Down ");
    g_string_append (keys, "Return");
    cw_test_input_key (keys->str);
  }
  assert_shows (quarter_dropdown, label);
  assert_tally (f, page, CW_SCHEME_HOUSEHOLD, after);
  assert_idle (cw_points_tally_page_get_rows (page),
               (GtkDropDown *[]) { quarter_dropdown, find_dropdown (GTK_WIDGET (page), _("Village group")), NULL });
}

static void
test_tally_scheme_and_group (Fixture       *f,
                             gconstpointer  data)
{
  CwPointsTallyPage *page = open_tally (f);
  GtkDropDown *scheme_dropdown = find_dropdown (GTK_WIDGET (page), _("Points scheme"));
  GtkDropDown *group_dropdown = find_dropdown (GTK_WIDGET (page), _("Village group"));
  GtkDropDown *dropdowns[] = { scheme_dropdown, find_dropdown (GTK_WIDGET (page), _("Quarter")),
                               group_dropdown, NULL };
  g_autofree char *quarter = g_strdup (cw_points_tally_page_get_quarter (page));
  g_autofree char *group = NULL;
  GListModel *rows = cw_points_tally_page_get_rows (page);
  guint n;

  choose (scheme_dropdown, _("Party Member Points"));
  assert_shows (scheme_dropdown, _("Party Member Points"));
  assert_tally (f, page, CW_SCHEME_PARTY, quarter);
  assert_idle (rows, dropdowns);

  choose (scheme_dropdown, _("Household Points"));
  assert_shows (scheme_dropdown, _("Household Points"));
  assert_tally (f, page, CW_SCHEME_HOUSEHOLD, quarter);
  assert_idle (rows, dropdowns);

  /* The last group of the list: the rows are of it alone. */
  n = g_list_model_get_n_items (rows);
  {
    g_autoptr(CwPointTallyRow) last = g_list_model_get_item (rows, n - 1);

    group = g_strdup (cw_point_tally_row_get_group_name (last));
  }
  choose (group_dropdown, group);
  assert_shows (group_dropdown, group);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, n);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (cw_point_tally_row_get_group_name (row), ==, group);
    }
  assert_idle (rows, dropdowns);
  cw_test_input_screenshot ("input-tally-group");

  choose (group_dropdown, _("All Groups"));
  assert_shows (group_dropdown, _("All Groups"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  assert_idle (rows, dropdowns);
}

/* Typing: the clerk searches the tally for a name, in Chinese, and for a
 * household number. */
static void
assert_found (GListModel *rows,
              guint       all,
              const char *(*field) (CwPointTallyRow *),
              const char *text)
{
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      g_assert_nonnull (strstr (field (row), text));
    }
}

static void
test_tally_search_typed (Fixture       *f,
                         gconstpointer  data)
{
  CwPointsTallyPage *page = open_tally (f);
  GtkWidget *entry = cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  GListModel *rows = cw_points_tally_page_get_rows (page);
  guint n = g_list_model_get_n_items (rows);
  g_autoptr(CwPointTallyRow) first = g_list_model_get_item (rows, 0);
  g_autofree char *name = g_strdup (cw_point_tally_row_get_name (first));
  g_autofree char *number = g_strdup (cw_point_tally_row_get_number (first));

  cw_test_input_click (entry);
  cw_test_input_type (name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, name);
  assert_found (rows, n, cw_point_tally_row_get_name, name);
  cw_test_input_screenshot ("input-tally-search");

  /* Select all and delete: every row again. */
  cw_test_input_key ("ctrl+a BackSpace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);

  cw_test_input_type (number);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, number);
  assert_found (rows, n, cw_point_tally_row_get_number, number);
}

/* The review page */

static guint
count_entries (Fixture    *f,
               const char *quarter,
               const char *state)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (f->db, NULL, 0, quarter, state, NULL);

  return g_list_model_get_n_items (entries);
}

static void
test_review_quarter (Fixture       *f,
                     gconstpointer  data)
{
  CwPointsReviewPage *page = CW_POINTS_REVIEW_PAGE (open_points (f, "review", _("Review")));
  GtkDropDown *state_dropdown = find_dropdown (GTK_WIDGET (page), _("Which entries to list"));
  GtkDropDown *quarter_dropdown = find_dropdown (GTK_WIDGET (page), _("Quarter"));
  GtkDropDown *dropdowns[] = { state_dropdown, find_dropdown (GTK_WIDGET (page), _("Points scheme")),
                               quarter_dropdown, NULL };
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (cw_test_find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW))));
  g_auto(GStrv) quarters = cw_point_quarter_list (f->db);
  const char *quarter = NULL;
  g_autofree char *label = NULL;
  g_autofree char *first_label = cw_quarter_label (quarters[0]);

  /* Waiting for review, all quarters; then a quarter that has entries
   * waiting. */
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, count_entries (f, NULL, "pending"));
  for (guint i = 0; quarters[i] != NULL && quarter == NULL; i++)
    if (count_entries (f, quarters[i], "pending") > 0)
      quarter = quarters[i];
  g_assert_nonnull (quarter);
  label = cw_quarter_label (quarter);

  choose (quarter_dropdown, label);
  assert_shows (quarter_dropdown, label);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, count_entries (f, quarter, "pending"));
  assert_idle (rows, dropdowns);

  choose (state_dropdown, _("Reviewed"));
  assert_shows (state_dropdown, _("Reviewed"));
  assert_shows (quarter_dropdown, label);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, count_entries (f, quarter, "reviewed"));
  assert_idle (rows, dropdowns);

  /* An older quarter: other entries. */
  g_assert_nonnull (quarters[1]);
  g_assert_cmpuint (count_entries (f, quarters[1], "reviewed"), !=, count_entries (f, quarter, "reviewed"));
  g_clear_pointer (&label, g_free);
  label = cw_quarter_label (quarters[1]);
  choose (quarter_dropdown, label);
  assert_shows (quarter_dropdown, label);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, count_entries (f, quarters[1], "reviewed"));
  assert_idle (rows, dropdowns);

  /* Every reviewed entry ever is too long a list: All Quarters gives the
   * newest quarter. */
  choose (quarter_dropdown, _("All Quarters"));
  assert_shows (quarter_dropdown, first_label);
  g_assert_cmpuint (cw_points_review_page_get_n_items (page), ==, count_entries (f, quarters[0], "reviewed"));
  assert_idle (rows, dropdowns);
  cw_test_input_screenshot ("input-review-quarter");
}

/* The households register: its group filter is made again only when the
 * village's groups change, never from a choice in it. */
static void
test_households_group (Fixture       *f,
                       gconstpointer  data)
{
  CwHouseholdsView *view;
  GtkDropDown *group_dropdown;
  GtkDropDown *dropdowns[4];
  GListModel *rows;
  g_autofree char *group = NULL;
  guint n;

  cw_test_input_click_label (GTK_WIDGET (f->window), _("Households"));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  rows = cw_households_view_get_model (view);
  n = g_list_model_get_n_items (rows);
  group_dropdown = find_dropdown (GTK_WIDGET (view), _("Village Group"));
  dropdowns[0] = group_dropdown;
  dropdowns[1] = find_dropdown (GTK_WIDGET (view), _("Care Tag"));
  dropdowns[2] = find_dropdown (GTK_WIDGET (view), _("Household Status"));
  dropdowns[3] = NULL;

  {
    g_autoptr(CwHousehold) last = g_list_model_get_item (rows, n - 1);

    group = g_strdup (cw_household_get_group_name (last));
  }
  choose (group_dropdown, group);
  assert_shows (group_dropdown, group);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, n);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (rows, i);

      g_assert_cmpstr (cw_household_get_group_name (household), ==, group);
    }
  assert_idle (rows, dropdowns);
  cw_test_input_screenshot ("input-households-group");

  choose (group_dropdown, _("All Groups"));
  assert_shows (group_dropdown, _("All Groups"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  assert_idle (rows, dropdowns);
}

/* The households search, typed: a member's name with a full-width space
 * between surname and given name, as a Chinese input method types it,
 * finds the household; the row says whom it found; a click on the row
 * shows that member chosen among the members. */
static void
test_households_search_member (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GListModel) households = cw_household_list (f->db, NULL);
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(CwPerson) member = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *found = NULL;
  CwHouseholdsView *view;
  GtkWidget *table, *cell;
  GListModel *members;
  CwPerson *chosen;

  /* A registered household with a present member whose two-character
   * given name the head's name does not contain. */
  for (guint i = 30; i < g_list_model_get_n_items (households) && member == NULL; i++)
    {
      g_autoptr(CwHousehold) candidate = g_list_model_get_item (households, i);
      g_autoptr(GListModel) persons = cw_person_list_for_household (f->db, cw_household_get_id (candidate), NULL);

      for (guint j = 0; j < g_list_model_get_n_items (persons) && member == NULL; j++)
        {
          g_autoptr(CwPerson) person = g_list_model_get_item (persons, j);
          const char *name = cw_person_get_name (person);

          if (g_str_equal (cw_household_get_status (candidate), "active") &&
              !g_str_equal (cw_person_get_relation (person), "户主") && cw_person_is_present (person) &&
              g_utf8_strlen (name, -1) == 3 &&
              strstr (cw_household_get_head_name (candidate), g_utf8_next_char (name)) == NULL)
            {
              member = g_steal_pointer (&person);
              household = g_object_ref (candidate);
            }
        }
    }
  g_assert_nonnull (member);
  /* 李　小红 */
  typed = g_strdup_printf ("%.*s\u3000%s", (int) (g_utf8_next_char (cw_person_get_name (member)) - cw_person_get_name (member)),
                           cw_person_get_name (member), g_utf8_next_char (cw_person_get_name (member)));
  found = g_strdup_printf (_("%s (%s)"), cw_person_get_name (member), cw_person_get_relation (member));

  cw_test_input_click_label (GTK_WIDGET (f->window), _("Households"));
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  cw_test_input_click (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL));
  cw_test_input_type (typed);
  /* The search entry waits a moment after the last key. */
  cw_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL))),
                   ==, typed);
  g_assert_cmpuint (g_list_model_get_n_items (cw_households_view_get_model (view)), >, 0);

  table = cw_test_find_mapped (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
  cell = cw_test_find_cell (table, found);
  g_assert_nonnull (cell);
  cw_test_input_click (cell);

  members = cw_households_view_get_members (view);
  g_assert_nonnull (members);
  chosen = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (members));
  g_assert_nonnull (chosen);
  g_assert_cmpint (cw_person_get_id (chosen), ==, cw_person_get_id (member));
  g_assert_cmpint (cw_person_get_household_id (chosen), ==, cw_household_get_id (household));
  cw_test_input_screenshot ("input-households-found-member");
}

/* The first start, with the mouse: Load Demo Village writes the demo in
 * a worker, its progress under the buttons, the window answering the
 * mouse meanwhile; Cancel leaves nothing; a second try ends on the
 * Overview. Another connection holds the write lock at first, so that
 * the demo is still running when Cancel is clicked. */
static void
welcome_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open_database (f, FALSE);
  /* The window's size on a first start (the settings' default). */
  f->window = cw_test_window_new_sized (app, f->db, 1100, 720);
  g_assert_true (gtk_window_is_active (GTK_WINDOW (f->window)));
}

/* Whether @widget is within what its scrolled window shows. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  g_assert_nonnull (scrolled);
  g_assert_true (gtk_widget_compute_bounds (widget, scrolled, &bounds));
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

static void
test_welcome_demo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) other = cw_database_open (cw_database_get_path (f->db), &error);
  GtkWidget *welcome = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_WELCOME_PAGE, NULL);
  GtkWidget *load = cw_test_find_actionable (welcome, "welcome.load-demo");
  GtkWidget *job_bar = cw_test_find_widget (welcome, CW_TYPE_JOB_BAR, NULL);
  GtkWidget *cancel;

  g_assert_no_error (error);
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (job_bar));

  g_assert_true (cw_database_begin (other, &error));
  cw_test_input_click (load);
  g_assert_true (cw_welcome_page_get_busy (CW_WELCOME_PAGE (welcome)));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (job_bar));
  /* Where the clerk looks: in the window, not below its edge. */
  g_assert_true (in_view (job_bar));
  g_assert_false (gtk_widget_is_sensitive (load));
  cw_test_input_screenshot ("welcome-demo-loading");

  cancel = cw_test_find_button (job_bar, _("_Cancel"));
  g_assert_nonnull (cancel);
  cw_test_input_click (cancel);
  cw_database_rollback (other);
  cw_test_wait_while (cw_test_welcome_busy, welcome);
  g_assert_false (cw_village_exists (f->db));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (job_bar));
  g_assert_true (gtk_widget_is_sensitive (load));
  g_assert_true (gtk_widget_get_mapped (load));
  /* A cancel is no error. */
  g_assert_null (cw_test_input_find_label (welcome, _("Loading the demo village was cancelled; nothing was written.")));

  cw_test_input_click (load);
  cw_test_wait_while (cw_test_welcome_busy, welcome);
  g_assert_true (cw_village_exists (f->db));
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "overview");
}

int
main (int   argc,
      char *argv[])
{
  /* Chinese is typed through GTK's own Unicode entry, not an input
   * method the machine may have (cw_test_input_type()). */
  g_setenv ("GTK_IM_MODULE", "gtk-im-context-simple", TRUE);
  cw_test_init (&argc, &argv);
  g_assert_true (cw_test_input_available ());

  /* An application with no database of its own: the windows here are
   * opened on the fixtures' demo villages. */
  app = cw_test_application_new (NULL);

  g_test_add ("/input/tally/quarter-mouse", Fixture, NULL, fixture_setup, test_tally_quarter_mouse, cw_test_fixture_teardown);
  g_test_add ("/input/tally/quarter-keyboard", Fixture, NULL, fixture_setup, test_tally_quarter_keyboard, cw_test_fixture_teardown);
  g_test_add ("/input/tally/scheme-and-group", Fixture, NULL, fixture_setup, test_tally_scheme_and_group, cw_test_fixture_teardown);
  g_test_add ("/input/tally/search-typed", Fixture, NULL, fixture_setup, test_tally_search_typed, cw_test_fixture_teardown);
  g_test_add ("/input/review/quarter", Fixture, NULL, fixture_setup, test_review_quarter, cw_test_fixture_teardown);
  g_test_add ("/input/households/group", Fixture, NULL, fixture_setup, test_households_group, cw_test_fixture_teardown);
  g_test_add ("/input/households/search-member", Fixture, NULL, fixture_setup, test_households_search_member,
              cw_test_fixture_teardown);
  g_test_add ("/input/welcome/demo", Fixture, NULL, welcome_setup, test_welcome_demo, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
