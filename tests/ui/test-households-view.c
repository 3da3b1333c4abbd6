/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-households-view"

#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/households/cw-household.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/common/cw-pinyin.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "core/households/cw-vocabulary.h"
#include "ui/shell/cw-application.h"
#include "ui/households/cw-care-list-view.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-household-filter.h"
#include "ui/households/cw-households-view.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/households/cw-move-dialog.h"
#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-split-dialog.h"
#include "ui/households/cw-status-dialog.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-floor.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

static CwApplication *app;

typedef CwTestFixture Fixture;

typedef enum
{
  EMPTY_VILLAGE,
  DEMO_VILLAGE,
} Setup;

/* What was just typed or chosen is drawn first. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  cw_test_settle ();
  cw_test_screenshot (widget, name);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Setup setup = GPOINTER_TO_INT (data);

  cw_test_fixture_open_database (f, setup == DEMO_VILLAGE);

  if (setup == EMPTY_VILLAGE)
    {
      g_autoptr(CwVillage) village = cw_village_new ("新民村", "东岭镇", "");
      g_autoptr(CwVillageGroup) group = NULL;

      cw_village_create (f->db, village, &error);
      g_assert_no_error (error);
      group = cw_village_group_add (f->db, "第一村民小组", &error);
      g_assert_no_error (error);
    }
}

static CwWindow *
open_window_sized (Fixture *f,
                   int      width,
                   int      height)
{
  CwWindow *window = cw_test_window_new_sized (app, f->db, width, height);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

static CwWindow *
open_window (Fixture *f)
{
  return open_window_sized (f, 1100, 760);
}

static CwHouseholdsView *
show_households (CwWindow *window)
{
  return cw_test_show_view (window, "households", CW_TYPE_HOUSEHOLDS_VIEW);
}

static char *
valid_id (const char *first17)
{
  g_assert_cmpuint (strlen (first17), ==, 17);

  return g_strdup_printf ("%s%c", first17, cw_id_number_check_character (first17));
}

static guint
count_matches (GListModel *households,
               const char *query)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (g_str_equal (cw_household_get_status (household), "active") &&
          cw_household_matches (household, query))
        n++;
    }

  return n;
}

/* The most rows @shown held during a change. */
static void
peak_rows_cb (GListModel *shown,
              guint       position,
              guint       removed,
              guint       added,
              guint      *peak)
{
  *peak = MAX (*peak, g_list_model_get_n_items (shown));
}

static CwHousehold *
selected_household (CwHouseholdsView *view)
{
  GListModel *shown = cw_households_view_get_model (view);
  GtkColumnView *table = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
  GtkSelectionModel *selection = gtk_column_view_get_model (table);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      if (gtk_selection_model_is_selected (selection, i))
        return g_list_model_get_item (shown, i);
    }

  return NULL;
}

static void
select_member (CwHouseholdsView *view,
               const char       *name)
{
  GListModel *members = cw_households_view_get_members (view);

  g_assert_nonnull (members);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (g_str_equal (cw_person_get_name (person), name))
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (members), i);
          return;
        }
    }

  g_error ("%s is not a member", name);
}

static CwPerson *
find_member (CwHouseholdsView *view,
             const char       *name)
{
  GListModel *members = cw_households_view_get_members (view);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (g_str_equal (cw_person_get_name (person), name))
        return g_steal_pointer (&person);
    }

  return NULL;
}

static GtkColumnViewColumn *
find_column (GtkColumnView *table,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (table);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return g_steal_pointer (&column);
    }

  g_error ("No column “%s”", title);
  return NULL;
}

/* The register as the clerk first sees it. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *shown = cw_households_view_get_model (view);
  GListModel *all = cw_households_view_get_households (view);
  g_autoptr(CwHousehold) first = NULL;
  g_autofree char *count = NULL;
  guint active = count_matches (all, "");

  /* About 450 households; those moved out are kept, but not shown until
   * asked for. */
  g_assert_cmpuint (g_list_model_get_n_items (all), >=, 400);
  g_assert_cmpuint (g_list_model_get_n_items (all), <=, 500);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, active);
  g_assert_cmpuint (active, <, g_list_model_get_n_items (all));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u household", "%u of %u households",
                                        g_list_model_get_n_items (all)),
                           active, g_list_model_get_n_items (all));
  g_assert_true (cw_test_has_label (GTK_WIDGET (view), count));

  /* The first household is chosen, and its members are shown. */
  first = selected_household (view);
  g_assert_nonnull (first);
  g_assert_nonnull (cw_households_view_get_members (view));
  g_assert_cmpuint (g_list_model_get_n_items (cw_households_view_get_members (view)), >=,
                    cw_household_get_member_count (first));

  /* Another household's members go into the same model, in place: a new
   * model on the members table would build all its rows again. */
  {
    GListModel *members = cw_households_view_get_members (view);
    g_autoptr(CwHousehold) second = g_list_model_get_item (shown, 1);
    g_autoptr(GListModel) expected = cw_person_list_for_household (f->db, cw_household_get_id (second), NULL);

    g_assert_true (cw_households_view_select (view, cw_household_get_id (second)));
    cw_test_settle ();
    g_assert_true (cw_households_view_get_members (view) == members);
    g_assert_cmpuint (g_list_model_get_n_items (members), ==, g_list_model_get_n_items (expected));
    /* The head first, chosen. */
    g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (members)), ==, 0);
    g_assert_true (cw_households_view_select (view, cw_household_get_id (first)));
    cw_test_settle ();
  }

  /* test-ui writes households-<lang>.png in its tour of the pages; both
   * suites run at once, so this one has a name of its own. */
  screenshot (GTK_WIDGET (window), "households-view");

  /* The shortcuts window has a Households section. */
  {
    GtkWindow *shortcuts;

    g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
    cw_test_settle ();
    shortcuts = cw_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
    g_assert_nonnull (shortcuts);
    g_object_set (shortcuts, "section-name", "households", NULL);
    screenshot (GTK_WIDGET (shortcuts), "shortcuts-households");
    gtk_window_close (shortcuts);
    cw_test_settle ();
  }

  /* Ctrl+F's action puts the clerk in the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.find", NULL));
  cw_test_settle ();
  g_assert_true (gtk_widget_has_focus (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_TEXT, NULL)));
}

/* Typing pinyin initials filters as cw_household_matches() says, both
 * when the query grows (only shown rows are looked at again) and when it
 * shrinks. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *shown = cw_households_view_get_model (view);
  GListModel *all = cw_households_view_get_households (view);
  g_autoptr(CwHousehold) sample = g_list_model_get_item (all, 17);
  g_autofree char *initials = cw_pinyin_initials (cw_household_get_head_name (sample));
  g_autofree char *full = cw_pinyin_full (cw_household_get_head_name (sample));
  const char *steps[8];
  guint n_steps = 0;
  g_autofree char *one = g_strndup (initials, 1);
  g_autofree char *two = g_strndup (initials, 2);

  g_assert_cmpuint (strlen (initials), >=, 2);

  steps[n_steps++] = one;
  steps[n_steps++] = two;
  steps[n_steps++] = initials;
  steps[n_steps++] = two;
  steps[n_steps++] = "";
  steps[n_steps++] = full;
  steps[n_steps++] = cw_household_get_number (sample);
  steps[n_steps++] = cw_household_get_head_name (sample);

  for (guint i = 0; i < n_steps; i++)
    {
      GtkWidget *entry = cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL);
      guint before = g_list_model_get_n_items (shown);
      guint peak = before;
      gulong handler = g_signal_connect (shown, "items-changed", G_CALLBACK (peak_rows_cb), &peak);

      /* As typed: the search entry reports it. */
      gtk_editable_set_text (GTK_EDITABLE (entry), steps[i]);
      cw_test_settle ();
      g_signal_handler_disconnect (shown, handler);
      g_test_message ("“%s”: %u households, at most %u on the way", steps[i], g_list_model_get_n_items (shown),
                      peak);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, count_matches (all, steps[i]));
      /* One query typed over another does not bring back every row for
       * the moment the entry is empty in between. */
      if (i > 0 && steps[i][0] != '\0' && steps[i - 1][0] != '\0')
        g_assert_cmpuint (peak, <=, MAX (before, g_list_model_get_n_items (shown)));
    }
  /* The search had narrowed the rows (else the above asked nothing). */
  g_assert_cmpuint (count_matches (all, two), <, count_matches (all, ""));

  /* Typed in an input method's full-width mode, or with the space before
   * a next word, the query finds what its plain form finds: the view
   * cleans it once a keystroke (the space alone does not refilter). */
  {
    g_autoptr(GString) wide = g_string_new (NULL);
    g_autofree char *spaced = g_strconcat (two, " ", NULL);
    guint plain;

    for (const char *p = two; *p != '\0'; p++)
      g_string_append_unichar (wide, 0xFF01 + (gunichar) (*p - '!'));
    cw_households_view_set_query (view, two);
    plain = g_list_model_get_n_items (shown);
    g_assert_cmpuint (plain, <, g_list_model_get_n_items (all));
    cw_households_view_set_query (view, "");
    cw_households_view_set_query (view, wide->str);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, plain);
    cw_households_view_set_query (view, spaced);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, plain);
  }

  /* A mobile typed with dashes (138-1234-5678) finds its household. */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (all) && !found; i++)
      {
        g_autoptr(CwHousehold) household = g_list_model_get_item (all, i);
        const char *phone = cw_household_get_phone (household);
        g_autofree char *dashed = NULL;

        if (strlen (phone) != 11 || phone[0] != '1')
          continue;
        dashed = g_strdup_printf ("%.3s-%.4s-%s", phone, phone + 3, phone + 7);
        cw_households_view_set_query (view, dashed);
        for (guint j = 0; j < g_list_model_get_n_items (shown) && !found; j++)
          {
            g_autoptr(CwHousehold) item = g_list_model_get_item (shown, j);

            found = cw_household_get_id (item) == cw_household_get_id (household);
          }
        g_assert_true (found);
      }
    g_assert_true (found);
  }

  /* The sample household is found by its head's initials. */
  cw_households_view_set_query (view, initials);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, g_list_model_get_n_items (all));
  g_assert_true (cw_households_view_select (view, cw_household_get_id (sample)));

  /* Filters: every status, then one group. */
  {
    GtkWidget *status = NULL;
    g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
    GtkWidget *group;

    for (GtkWidget *w = cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, NULL);
         w != NULL;
         w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_DROP_DOWN (w))
        g_ptr_array_add (dropdowns, w);
    g_assert_cmpuint (dropdowns->len, ==, 3);
    group = dropdowns->pdata[0];
    status = dropdowns->pdata[2];

    cw_households_view_set_query (view, "");
    gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 3);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (all));

    gtk_drop_down_set_selected (GTK_DROP_DOWN (group), 2);
    cw_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(CwHousehold) household = g_list_model_get_item (shown, i);

        g_assert_cmpint (cw_household_get_group_position (household), ==, 2);
      }
  }

  /* Sorting by a column header: the most members first. */
  {
    GtkColumnView *table = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
    g_autoptr(GtkColumnViewColumn) members = find_column (table, C_("column", "Members"));
    g_autoptr(CwHousehold) first = NULL;
    guint most = 0;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(CwHousehold) household = g_list_model_get_item (shown, i);

        most = MAX (most, cw_household_get_member_count (household));
      }
    gtk_column_view_sort_by_column (table, members, GTK_SORT_DESCENDING);
    cw_test_settle ();
    first = g_list_model_get_item (shown, 0);
    g_assert_cmpuint (cw_household_get_member_count (first), ==, most);
    screenshot (GTK_WIDGET (view), "households-sorted");
    gtk_column_view_sort_by_column (table, NULL, GTK_SORT_ASCENDING);
    cw_test_settle ();
  }

  cw_households_view_set_query (view, "不会有这样的人");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_true (cw_test_has_label (GTK_WIDGET (view), _("No Households Found")));
}

static CwPerson *
selected_member (CwHouseholdsView *view)
{
  GListModel *members = cw_households_view_get_members (view);
  gpointer person;

  g_assert_nonnull (members);
  person = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (members));
  return person != NULL ? g_object_ref (person) : NULL;
}

static gboolean
column_visible (gpointer column)
{
  return gtk_column_view_column_get_visible (column);
}

/* A search by a member who is not the head (name, ID number) shows in
 * the household's row whom it found, and that member is chosen in the
 * members pane; a search by the head shows nobody, and without a search
 * the column is not there. */
/* The households view's filter model against cw_household_matches()
 * asked of every household: the same households in the same order for
 * queries that grow, shrink and change (plain words, which it searches in
 * its own buffer, and the rest), and a list kept up to date by its
 * items-changed signals alone holds the same. */
typedef struct
{
  gboolean   active_only;
  GPtrArray *mirror;
} FilterCheck;

static gboolean
filter_check_passes (CwHousehold *household,
                     gpointer     user_data)
{
  FilterCheck *check = user_data;

  return !check->active_only || g_str_equal (cw_household_get_status (household), "active");
}

static void
filter_check_changed_cb (GListModel  *model,
                         guint        position,
                         guint        removed,
                         guint        added,
                         FilterCheck *check)
{
  g_assert_cmpuint (position + removed, <=, check->mirror->len);
  g_ptr_array_remove_range (check->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (check->mirror, (int) (position + i), g_list_model_get_item (model, position + i));
  g_assert_cmpuint (check->mirror->len, ==, g_list_model_get_n_items (model));
}

static void
assert_filtered (CwHouseholdFilter *filter,
                 GListModel        *source,
                 FilterCheck       *check,
                 const char        *query)
{
  GListModel *shown = G_LIST_MODEL (filter);
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (source, i);
      g_autoptr(CwHousehold) item = NULL;

      if (!filter_check_passes (household, check) || !cw_household_matches (household, query))
        continue;
      item = g_list_model_get_item (shown, k);
      if (item != household)
        g_error ("query “%s”: place %u shows %s, not %s", query, k,
                 item != NULL ? cw_household_get_number (item) : "nothing", cw_household_get_number (household));
      g_assert_true (g_ptr_array_index (check->mirror, k) == household);
      k++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, k);
  g_assert_cmpuint (check->mirror->len, ==, k);
}

static void
test_filter_model (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = cw_household_list (f->db, &error);
  g_autoptr(GListStore) store = g_list_store_new (CW_TYPE_HOUSEHOLD);
  g_autoptr(CwHouseholdFilter) filter = NULL;
  g_autoptr(CwHousehold) sample = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CwPerson) head = NULL;
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *initials = NULL;
  g_autofree char *id_number = NULL;
  FilterCheck check = { TRUE, g_ptr_array_new_with_free_func (g_object_unref) };
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, >, 100);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (list, i);

      g_list_store_append (store, household);
    }
  sample = g_list_model_get_item (list, 17);
  initials = cw_pinyin_initials (cw_household_get_head_name (sample));
  members = cw_person_list_for_household (f->db, cw_household_get_id (sample), &error);
  g_assert_no_error (error);
  head = g_list_model_get_item (members, 0);
  g_assert_nonnull (cw_person_get_id_number (head));
  id_number = g_strndup (cw_person_get_id_number (head), 10);

  filter = cw_household_filter_new (G_LIST_MODEL (store), filter_check_passes, &check);
  g_signal_connect (filter, "items-changed", G_CALLBACK (filter_check_changed_cb), &check);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filter)); i++)
    g_ptr_array_add (check.mirror, g_list_model_get_item (G_LIST_MODEL (filter), i));
  assert_filtered (filter, G_LIST_MODEL (store), &check, "");

  /* Growing (narrower), shrinking, cleared, replaced; pinyin, Chinese, 户号,
   * an ID number and its full-width form, two words, capitals, a dash. */
  g_ptr_array_add (queries, g_strndup (initials, 1));
  g_ptr_array_add (queries, g_strndup (initials, 2));
  g_ptr_array_add (queries, g_strndup (initials, 1));
  g_ptr_array_add (queries, g_strdup (""));
  g_ptr_array_add (queries, g_utf8_substring (cw_household_get_head_name (sample), 0, 1));
  g_ptr_array_add (queries, g_strdup (cw_household_get_head_name (sample)));
  g_ptr_array_add (queries, g_strdup (cw_household_get_number (sample)));
  g_ptr_array_add (queries, g_strdup (id_number));
  g_ptr_array_add (queries, g_strdup ("４３０"));
  g_ptr_array_add (queries, g_strdup_printf ("%c %s", initials[0], cw_household_get_number (sample)));
  g_ptr_array_add (queries, g_ascii_strup (initials, -1));
  g_ptr_array_add (queries, g_strdup ("138-"));
  g_ptr_array_add (queries, g_strdup ("zzzzzz"));
  g_ptr_array_add (queries, g_strdup (""));
  for (guint i = 0; i < queries->len; i++)
    {
      cw_household_filter_set_query (filter, g_ptr_array_index (queries, i));
      assert_filtered (filter, G_LIST_MODEL (store), &check, g_ptr_array_index (queries, i));
    }

  /* The other filters changed; then the source: a household gone, one
   * replaced by a fresh copy, the order reversed. */
  cw_household_filter_set_query (filter, g_ptr_array_index (queries, 0));
  check.active_only = FALSE;
  cw_household_filter_refilter (filter);
  assert_filtered (filter, G_LIST_MODEL (store), &check, g_ptr_array_index (queries, 0));
  g_list_store_remove (store, 17);
  assert_filtered (filter, G_LIST_MODEL (store), &check, g_ptr_array_index (queries, 0));
  {
    g_autoptr(CwHousehold) fresh = cw_household_load (f->db, cw_household_get_id (sample), &error);

    g_assert_no_error (error);
    g_list_store_insert (store, 17, fresh);
  }
  assert_filtered (filter, G_LIST_MODEL (store), &check, g_ptr_array_index (queries, 0));
  {
    g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);

    n = g_list_model_get_n_items (G_LIST_MODEL (store));
    for (guint i = n; i > 0; i--)
      g_ptr_array_add (reversed, g_list_model_get_item (G_LIST_MODEL (store), i - 1));
    g_list_store_splice (store, 0, n, reversed->pdata, reversed->len);
  }
  assert_filtered (filter, G_LIST_MODEL (store), &check, g_ptr_array_index (queries, 0));
  cw_household_filter_set_query (filter, "");
  assert_filtered (filter, G_LIST_MODEL (store), &check, "");

  g_signal_handlers_disconnect_by_data (filter, &check);
  g_ptr_array_unref (check.mirror);
}

/* A query that does not find the household the clerk is at shows what
 * it finds from the first, chosen and in sight; one that finds it keeps
 * it chosen where it is. */
static void
test_search_from_top (Fixture       *f,
                      gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *shown = cw_households_view_get_model (view);
  GListModel *all = cw_households_view_get_households (view);
  GtkColumnView *table = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (table));
  guint last = g_list_model_get_n_items (all) - 1;
  g_autoptr(CwHousehold) far = g_list_model_get_item (all, last);
  g_autoptr(CwHousehold) chosen = NULL;
  g_autoptr(CwHousehold) first = NULL;
  g_autofree char *surname = NULL;
  const char *query = NULL;

  /* The clerk is at the last household, the list scrolled to it. */
  g_assert_true (cw_households_view_select (view, cw_household_get_id (far)));
  cw_test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);

  /* The surname of an early household's head that the last one's search
   * text does not hold: more rows than the window shows, none of them the
   * last household. */
  for (guint i = 1; i < last && query == NULL; i++)
    {
      g_autoptr(CwHousehold) candidate = g_list_model_get_item (all, i);
      const char *name = cw_household_get_head_name (candidate);

      g_free (surname);
      surname = g_strndup (name, g_utf8_next_char (name) - name);
      if (!cw_household_matches (far, surname) && count_matches (all, surname) > 40)
        query = surname;
    }
  g_assert_nonnull (query);

  cw_households_view_set_query (view, query);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  first = g_list_model_get_item (shown, 0);
  chosen = selected_household (view);
  g_assert_true (chosen == first);
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
  screenshot (GTK_WIDGET (window), "households-search-from-top");

  /* Cleared, the search keeps the household chosen: the first it found. */
  cw_households_view_set_query (view, "");
  cw_test_settle ();
  g_clear_object (&chosen);
  chosen = selected_household (view);
  g_assert_true (chosen == first);
}

/* Households of every status that match @query. */
static guint
count_matches_any_status (GListModel *households,
                          const char *query)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      n += cw_household_matches (household, query);
    }
  return n;
}

/* The head's full pinyin or the 户号 of a household that moved out finds
 * no registered household: the empty result says how many it finds under
 * the other statuses, and its button shows them. */
static void
test_search_other_status (Fixture       *f,
                          gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *shown = cw_households_view_get_model (view);
  GListModel *all = cw_households_view_get_households (view);
  AdwStatusPage *none = NULL;
  GtkWidget *button = NULL;
  g_autofree char *query = NULL;
  g_autofree char *expected = NULL;
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all) && query == NULL; i++)
    {
      g_autoptr(CwHousehold) candidate = g_list_model_get_item (all, i);
      g_autofree char *full = NULL;

      if (!g_str_equal (cw_household_get_status (candidate), "moved_out"))
        continue;
      full = cw_pinyin_full (cw_household_get_head_name (candidate));
      if (count_matches (all, full) == 0)
        query = g_steal_pointer (&full);
      else if (count_matches (all, cw_household_get_number (candidate)) == 0)
        query = g_strdup (cw_household_get_number (candidate));
    }
  g_assert_nonnull (query);
  found = count_matches_any_status (all, query);
  g_assert_cmpuint (found, >, 0);

  cw_households_view_set_query (view, query);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  none = ADW_STATUS_PAGE (cw_test_find_mapped (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (none);
  g_assert_cmpstr (adw_status_page_get_title (none), ==, _("No Households Found"));
  expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household that moved out matches.",
                                           "%u households that moved out match.", found),
                              found);
  g_assert_cmpstr (adw_status_page_get_description (none), ==, expected);
  button = cw_test_find_widget (GTK_WIDGET (none), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  screenshot (GTK_WIDGET (window), "households-search-other-status");

  /* The button shows every status: the households it spoke of. */
  g_signal_emit_by_name (button, "clicked");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, found);

  /* Words that find nothing anywhere say so, with no button. */
  cw_households_view_set_query (view, "zzzzqqqq");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (adw_status_page_get_description (none), ==,
                   _("Try other words, or another group, tag or status."));
  g_assert_false (gtk_widget_get_visible (button));
}

static void
test_search_member (Fixture       *f,
                    gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *all = cw_households_view_get_households (view);
  GtkColumnView *table = GTK_COLUMN_VIEW (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
  g_autoptr(GtkColumnViewColumn) found_column = find_column (table, C_("column", "Found Member"));
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(CwPerson) member = NULL;
  g_autofree char *found = NULL;
  const char *queries[2];

  g_assert_false (gtk_column_view_column_get_visible (found_column));

  /* A registered household with a present member who has an ID number
   * and a name the head's does not contain. */
  for (guint i = 20; i < g_list_model_get_n_items (all) && member == NULL; i++)
    {
      g_autoptr(CwHousehold) candidate = g_list_model_get_item (all, i);
      g_autoptr(GListModel) members = cw_person_list_for_household (f->db, cw_household_get_id (candidate), NULL);

      if (!g_str_equal (cw_household_get_status (candidate), "active"))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (members) && member == NULL; j++)
        {
          g_autoptr(CwPerson) person = g_list_model_get_item (members, j);

          if (!g_str_equal (cw_person_get_relation (person), "户主") && cw_person_is_present (person) &&
              cw_person_get_id_number (person)[0] != '\0' &&
              strstr (cw_household_get_head_name (candidate), cw_person_get_name (person)) == NULL)
            {
              member = g_steal_pointer (&person);
              household = g_object_ref (candidate);
            }
        }
    }
  g_assert_nonnull (member);
  found = g_strdup_printf (_("%s (%s)"), cw_person_get_name (member), cw_person_get_relation (member));

  queries[0] = cw_person_get_name (member);
  queries[1] = cw_person_get_id_number (member);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(CwPerson) chosen = NULL;

      g_test_message ("query “%s”", queries[i]);
      cw_households_view_set_query (view, "");
      cw_test_settle ();
      /* As typed: the search entry reports it. */
      gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL)),
                             queries[i]);
      cw_test_settle ();
      g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
      cw_test_settle ();

      g_assert_true (gtk_column_view_column_get_visible (found_column));
      g_assert_nonnull (cw_test_find_cell (GTK_WIDGET (table), found));
      chosen = selected_member (view);
      g_assert_nonnull (chosen);
      g_assert_cmpint (cw_person_get_id (chosen), ==, cw_person_get_id (member));
      if (i == 0)
        screenshot (GTK_WIDGET (window), "households-found-member");
    }

  /* By the head: the row shows the head, no found member. */
  cw_households_view_set_query (view, cw_household_get_head_name (household));
  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_cell (GTK_WIDGET (table), cw_household_get_head_name (household)));
  g_assert_null (cw_test_find_cell (GTK_WIDGET (table), found));

  /* Without a search, the column goes (once the search has stayed empty
   * a moment: the clerk often clears it to type the next name). */
  cw_households_view_set_query (view, "");
  cw_test_settle ();
  cw_test_wait_while (column_visible, found_column);
  g_assert_false (gtk_column_view_column_get_visible (found_column));
}

/* A household typed in from the keyboard: a wrong ID number keeps Save
 * insensitive and says what is wrong under the row; the right one fills
 * birth date and sex, saves, shows a toast; Undo takes it back. */
static void
test_add_household (Fixture       *f,
                    gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *all = cw_households_view_get_households (view);
  guint before = g_list_model_get_n_items (all);
  g_autofree char *good = valid_id ("43042119800101123");
  g_autofree char *bad = g_strdup (good);
  g_autofree char *number = NULL;
  g_autofree char *toast = NULL;
  g_autoptr(CwPerson) probe = cw_person_new ();
  g_autoptr(GError) expected = NULL;
  g_autoptr(CwHousehold) saved = NULL;
  g_autoptr(CwHousehold) selected = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;
  GtkWidget *save;
  GtkWidget *birth;
  GtkWidget *message;

  /* The wrong check character. */
  bad[17] = bad[17] == '0' ? '1' : '0';
  cw_person_set_text (probe, "name", "测试户主");
  cw_person_set_text (probe, "relation", "户主");
  cw_person_set_text (probe, "id-number", bad);
  g_assert_false (cw_person_validate (probe, &expected));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR);
  g_assert_nonnull (editor);

  /* The next free number of the group is suggested. */
  number = g_strdup (gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                                         _("Household number")))));
  g_assert_cmpstr (number, !=, "");
  g_assert_null (cw_household_find_by_number (f->db, number, NULL));

  save = cw_test_find_actionable (GTK_WIDGET (editor), "editor.save");
  g_assert_nonnull (save);
  /* An empty form cannot be saved, and says why without shouting. */
  g_assert_false (gtk_widget_is_sensitive (save));

  cw_test_set_row (GTK_WIDGET (editor), _("Address"), "青山路99号");
  cw_test_set_row (GTK_WIDGET (editor), _("Name"), "测试户主");
  cw_test_set_row (GTK_WIDGET (editor), _("ID number"), bad);
  cw_test_settle ();
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (cw_test_has_label (GTK_WIDGET (editor), expected->message));
  screenshot (GTK_WIDGET (editor), "household-editor");

  /* Fixed: birth date and sex come from the number, Save is possible. */
  cw_test_set_row (GTK_WIDGET (editor), _("ID number"), good);
  cw_test_settle ();
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (cw_test_has_label (GTK_WIDGET (editor), expected->message));
  birth = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Birth date"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth)), ==, "1980-01-01");
  screenshot (GTK_WIDGET (editor), "household-editor-valid");

  /* A 户号 that is taken is told while typing. */
  cw_test_set_row (GTK_WIDGET (editor), _("Household number"), "010001");
  cw_test_settle ();
  g_assert_false (gtk_widget_is_sensitive (save));
  cw_test_set_row (GTK_WIDGET (editor), _("Household number"), number);
  cw_test_settle ();

  /* Enter in the last field saves, as Ctrl+S does. */
  message = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Notes"));
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_HOUSEHOLD_EDITOR));

  saved = cw_household_find_by_number (f->db, number, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_head_name (saved), ==, "测试户主");
  g_assert_cmpstr (cw_household_get_address (saved), ==, "青山路99号");
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, before + 1);
  selected = selected_household (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (cw_household_get_id (selected), ==, cw_household_get_id (saved));

  toast = g_strdup_printf (_("Added household %s"), number);
  g_assert_true (cw_test_has_label (GTK_WIDGET (window), toast));

  /* Undo: gone again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  g_assert_null (cw_household_find_by_number (f->db, number, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, before);
}

/* The action a shortcut of @widget's controllers runs for @trigger
 * (as gtk_shortcut_trigger_to_string() writes it), or NULL; @scope is
 * set to its controller's scope. */
static char *
shortcut_action (GtkWidget        *widget,
                 const char       *trigger,
                 GtkShortcutScope *scope)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            {
              *scope = gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller));
              return gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
            }
        }
    }

  return NULL;
}

/* The page's keys, wherever the focus is in the window; the members
 * list's menu key. */
static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *trigger; const char *action; } page[] = {
    { "<Control>f", "action(households.find)" },
    { "<Control>l", "action(households.toggle-care-lists)" },
    { "<Control>n", "action(households.add)" },
    { "<Control>m", "action(households.add-member)" },
    { "<Control>e", "action(households.edit)" },
    { "<Control>i", "action(households.import)" },
    { "<Shift><Control>e", "action(households.export)" },
    { "<Control>p", "action(households.print)" },
  };
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GtkPaned *paned = GTK_PANED (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_PANED, NULL));
  GtkWidget *members;
  GtkShortcutScope scope;

  for (guint i = 0; i < G_N_ELEMENTS (page); i++)
    {
      g_autofree char *action = shortcut_action (GTK_WIDGET (view), page[i].trigger, &scope);

      g_assert_cmpstr (action, ==, page[i].action);
      g_assert_cmpint (scope, ==, GTK_SHORTCUT_SCOPE_GLOBAL);
    }

  /* Below the households, the chosen one's members. */
  members = cw_test_find_widget (gtk_paned_get_end_child (paned), GTK_TYPE_COLUMN_VIEW, NULL);
  g_assert_nonnull (members);
  {
    g_autofree char *action = shortcut_action (members, "<Shift>F10|Menu", &scope);

    g_assert_cmpstr (action, ==, "action(households.member-menu)");
    g_assert_cmpint (scope, ==, GTK_SHORTCUT_SCOPE_LOCAL);
  }
}

/* Escape with text typed asks first; nothing is thrown away unasked. */
static void
test_editor_discard (Fixture       *f,
                     gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GtkWindow *editor;
  GtkWindow *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add-member", NULL));
  cw_test_settle ();
  editor = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);
  cw_test_set_row (GTK_WIDGET (editor), _("Name"), "半途");
  cw_test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  cw_test_settle ();
  question = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR));
  screenshot (GTK_WIDGET (question), "discard-question");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "keep");
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, _("Name")))),
                   ==, "半途");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close", NULL));
  cw_test_settle ();
  question = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "discard");
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR));
}

/* The life of a household: a member added, leaving and undone, a new
 * head, a move to another household, a split. */
static void
test_members (Fixture       *f,
              gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(CwHousehold) other = NULL;
  g_autoptr(CwPerson) member = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id_number = valid_id ("43042120100101203");
  g_autofree char *spouse = NULL;
  guint members;
  GtkWindow *dialog;

  household = cw_household_find_by_number (f->db, "010001", &error);
  g_assert_no_error (error);
  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  cw_test_settle ();
  members = g_list_model_get_n_items (cw_households_view_get_members (view));

  /* A new member, keyboard-first: name, ID number, relation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add-member", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  g_assert_nonnull (dialog);
  cw_test_set_row (GTK_WIDGET (dialog), _("Name"), "周小明");
  cw_test_set_row (GTK_WIDGET (dialog), _("ID number"), id_number);
  cw_test_settle ();
  /* No relation yet: Save waits. */
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (dialog), "editor.save")));
  cw_test_choose_word (GTK_WIDGET (dialog), _("Relation to the head"), "子");
  cw_test_settle ();
  screenshot (GTK_WIDGET (dialog), "person-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (cw_households_view_get_members (view)), ==, members + 1);
  member = find_member (view, "周小明");
  g_assert_nonnull (member);
  g_assert_cmpstr (cw_person_get_sex (member), ==, "M");
  g_assert_cmpstr (cw_person_get_birth_date (member), ==, "2010-01-01");
  g_clear_object (&member);

  /* The same ID number a second time is refused; the editor stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add-member", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  cw_test_set_row (GTK_WIDGET (dialog), _("Name"), "重复");
  cw_test_set_row (GTK_WIDGET (dialog), _("ID number"), id_number);
  cw_test_choose_word (GTK_WIDGET (dialog), _("Relation to the head"), "女");
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.save", NULL));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Name")))),
                   ==, "重复");
  gtk_window_destroy (dialog);
  cw_test_settle ();

  /* He moves out; Ctrl+Z brings him back. */
  select_member (view, "周小明");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.member-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);
  cw_test_choose_word (GTK_WIDGET (dialog), _("New status"),
                       cw_vocabulary_status_label (CW_PERSON_STATUS_MOVED_OUT));
  cw_test_set_row (GTK_WIDGET (dialog), _("Reason"), "考上大学");
  screenshot (GTK_WIDGET (dialog), "status-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();
  member = find_member (view, "周小明");
  g_assert_cmpstr (cw_person_get_status (member), ==, "moved_out");
  g_clear_object (&member);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  member = find_member (view, "周小明");
  g_assert_cmpstr (cw_person_get_status (member), ==, "active");
  g_clear_object (&member);

  /* The spouse becomes head; the old head's new relation is asked. */
  {
    GListModel *list = cw_households_view_get_members (view);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(CwPerson) person = g_list_model_get_item (list, i);

        if (g_str_equal (cw_person_get_relation (person), "配偶"))
          spouse = g_strdup (cw_person_get_name (person));
      }
  }
  g_assert_nonnull (spouse);
  select_member (view, spouse);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.make-head", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  screenshot (GTK_WIDGET (dialog), "make-head-dialog");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "make-head");
  cw_test_settle ();
  g_clear_object (&household);
  household = cw_household_find_by_number (f->db, "010001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_head_name (household), ==, spouse);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  g_clear_object (&household);
  household = cw_household_find_by_number (f->db, "010001", &error);
  g_assert_cmpstr (cw_household_get_head_name (household), !=, spouse);

  /* 周小明 moves to household 010002, found by its number. */
  select_member (view, "周小明");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.move-member", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_MOVE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, NULL)), "010002");
  cw_test_settle ();
  cw_test_choose_word (GTK_WIDGET (dialog), _("Relation to the head"), "侄子");
  screenshot (GTK_WIDGET (dialog), "move-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_MOVE_DIALOG));
  g_assert_null (find_member (view, "周小明"));
  other = cw_household_find_by_number (f->db, "010002", &error);
  g_assert_no_error (error);
  g_assert_true (cw_households_view_select (view, cw_household_get_id (other)));
  cw_test_settle ();
  member = find_member (view, "周小明");
  g_assert_nonnull (member);
  g_assert_cmpstr (cw_person_get_relation (member), ==, "侄子");

  /* 010002 splits: 周小明 heads a household of his own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.split", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_SPLIT_DIALOG);
  g_assert_nonnull (dialog);
  {
    GtkWidget *row = cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "周小明");

    g_assert_nonnull (row);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (cw_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL)), TRUE);
  }
  cw_test_settle ();
  screenshot (GTK_WIDGET (dialog), "split-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();
  g_assert_null (cw_test_find_toplevel (CW_TYPE_SPLIT_DIALOG));
  {
    g_autoptr(CwHousehold) created = selected_household (view);

    g_assert_nonnull (created);
    g_assert_cmpstr (cw_household_get_head_name (created), ==, "周小明");
    g_assert_cmpint (cw_household_get_group_id (created), ==, cw_household_get_group_id (other));
  }

  /* And the split is undone as one change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  member = find_member (view, "周小明");
  g_assert_nonnull (member);
}

static GtkWidget *
find_view_of (GtkWidget  *root,
              GListModel *model)
{
  if (GTK_IS_COLUMN_VIEW (root) && G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (root))) == model)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_view_of (child, model);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A member added to a big household (a newborn in a family of sixteen) is
 * the one chosen, and the members list scrolls down to show it. */
static void
test_member_added_in_sight (Fixture       *f,
                            gconstpointer  data)
{
  CwWindow *window;
  CwHouseholdsView *view;
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id_number = valid_id ("43042120260301102");
  GtkAdjustment *scroll;
  GListModel *members;
  GtkWindow *dialog;

  household = cw_household_find_by_number (f->db, "010001", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr(CwPerson) person = cw_person_new ();
      g_autofree char *name = g_strdup_printf ("周亲属%u", i + 1);

      cw_person_set_household_id (person, cw_household_get_id (household));
      cw_person_set_text (person, "name", name);
      cw_person_set_text (person, "relation", "其他");
      g_assert_true (cw_person_add (f->db, person, &error));
      g_assert_no_error (error);
    }
  window = open_window (f);
  view = show_households (window);
  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  cw_test_settle ();
  members = cw_households_view_get_members (view);
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_view_of (GTK_WIDGET (view), members)));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll), >, gtk_adjustment_get_page_size (scroll));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.add-member", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_PERSON_EDITOR);
  cw_test_set_row (GTK_WIDGET (dialog), _("Name"), "周新生");
  cw_test_set_row (GTK_WIDGET (dialog), _("ID number"), id_number);
  cw_test_choose_word (GTK_WIDGET (dialog), _("Relation to the head"), "孙子");
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.save", NULL));
  cw_test_settle ();

  members = cw_households_view_get_members (view);
  {
    CwPerson *chosen = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (members));

    g_assert_nonnull (chosen);
    g_assert_cmpstr (cw_person_get_name (chosen), ==, "周新生");
  }
  scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_view_of (GTK_WIDGET (view), members)));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);
  screenshot (GTK_WIDGET (window), "member-added-in-sight");
}

/* A household that moves out leaves the default list. */
static void
test_household_status (Fixture       *f,
                       gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *shown = cw_households_view_get_model (view);
  g_autoptr(CwHousehold) household = cw_household_find_by_number (f->db, "010003", NULL);
  guint before = g_list_model_get_n_items (shown);
  GtkWindow *dialog;

  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.household-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (CW_TYPE_STATUS_DIALOG);
  g_assert_nonnull (dialog);
  cw_test_choose_word (GTK_WIDGET (dialog), _("New status"),
                       cw_vocabulary_status_label (CW_HOUSEHOLD_STATUS_MOVED_OUT));
  cw_test_set_row (GTK_WIDGET (dialog), _("Reason"), "全家迁往县城");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before - 1);
  g_clear_object (&household);
  household = cw_household_find_by_number (f->db, "010003", NULL);
  g_assert_cmpstr (cw_household_get_status (household), ==, "moved_out");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before);
}

/* No households yet: the page says how to begin. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);

  g_assert_true (cw_test_has_label (GTK_WIDGET (view), _("No Households Yet")));
  screenshot (GTK_WIDGET (window), "households-empty");
}

/* The register's list takes the height a bigger window gives it (a
 * maximised one on a 1280×900 screen here); the chosen household's
 * members below keep theirs. The view is first laid out at the window's
 * full size, as when the program opens maximised. */
static void
test_tall_window (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { int width, height; } sizes[] = { { 1100, 760 }, { 1280, 900 } };
  int list[G_N_ELEMENTS (sizes)];
  int members[G_N_ELEMENTS (sizes)];
  int both[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      CwWindow *window = open_window_sized (f, sizes[i].width, sizes[i].height);
      CwHouseholdsView *view;
      GtkPaned *paned;

      if (i == 1)
        {
          /* Without a window manager (Xvfb) this is only asked for; the
           * size is the screen's all the same. */
          gtk_window_maximize (GTK_WINDOW (window));
          cw_test_settle ();
        }
      view = show_households (window);
      paned = GTK_PANED (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_PANED, NULL));
      g_assert_nonnull (paned);
      list[i] = gtk_widget_get_height (gtk_paned_get_start_child (paned));
      members[i] = gtk_widget_get_height (gtk_paned_get_end_child (paned));
      both[i] = gtk_widget_get_height (GTK_WIDGET (paned));
      g_test_message ("%d×%d: list %d px, members %d px", sizes[i].width, sizes[i].height, list[i], members[i]);
      if (i == 1)
        screenshot (GTK_WIDGET (window), "households-maximised");
      gtk_window_destroy (GTK_WINDOW (window));
      cw_test_settle ();
    }

  g_assert_cmpint (both[1], >, both[0] + 100);
  g_assert_cmpint (list[1] - list[0], ==, both[1] - both[0]);
  g_assert_cmpint (members[1], ==, members[0]);
}

/* A roster with one good household and one bad row: the dry run reports
 * the bad row by line; Import brings in the good one and the view shows
 * it; Undo takes the import back. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  CwWindow *window = open_window (f);
  CwHouseholdsView *view = show_households (window);
  GListModel *all = cw_households_view_get_households (view);
  guint before = g_list_model_get_n_items (all);
  g_autofree char *head = valid_id ("43042119700505101");
  g_autofree char *csv = g_strdup_printf ("户号,村民小组,姓名,与户主关系,性别,身份证号\n"
                                          "990001,第九村民小组,新来户,户主,男,%s\n"
                                          "990002,第一村民小组,错号人,户主,男,430421197005051019\n",
                                          head);
  g_autofree char *path = g_build_filename (f->dir, "roster.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CwHousehold) imported = NULL;
  g_autofree char *roster = g_build_filename (f->dir, "roster.xlsx", NULL);
  CwImportDialog *dialog;
  CwImportReport *report;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));

  dialog = cw_households_view_import (view);
  cw_test_settle ();
  cw_import_dialog_open_file (dialog, file);
  /* The view holds back its own writes while the file is read. */
  g_assert_true (cw_import_dialog_get_busy (dialog));
  g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (view), "households.add")));
  cw_test_wait_while (cw_test_import_busy, dialog);

  report = cw_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_true (cw_import_report_get_dry_run (report));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), >=, 1);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, NULL, NULL), ==, 3);
  /* Nothing written yet. */
  g_assert_null (cw_household_find_by_number (f->db, "990001", NULL));
  screenshot (GTK_WIDGET (dialog), "import-report");

  report = cw_test_import_run (dialog);
  g_assert_false (cw_import_report_get_dry_run (report));
  screenshot (GTK_WIDGET (dialog), "import-done");
  gtk_window_destroy (GTK_WINDOW (dialog));
  cw_test_settle ();

  imported = cw_household_find_by_number (f->db, "990001", NULL);
  g_assert_nonnull (imported);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, before + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "win.undo", NULL));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, before);

  /* The roster export, with its progress in the view. */
  cw_households_view_export_roster (view, roster, TRUE);
  g_assert_true (cw_households_view_get_exporting (view));
  cw_test_wait_while (cw_test_households_exporting, view);
  g_assert_true (g_file_test (roster, G_FILE_TEST_IS_REGULAR));
}

/* Figures at township scale (30 000 households), when CUNWU_BENCH_DB
 * names such a database: building the model and first showing the view,
 * and search keystrokes. */
static void
test_benchmark (void)
{
  const char *path = g_getenv ("CUNWU_BENCH_DB");
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  CwHouseholdsView *view;
  GListModel *shown;
  GListModel *all;
  gint64 start, built, drawn, cpu_start, cpu_built, cpu_drawn;
  const char *typed[] = { "z", "zh", "zha", "zhan", "zhang", "zhan", "zh", "z", "",
                          "l", "li", "lx", "", "4304", "430421", "43042119", "", "王", "王秀", "",
                          "02", "020", "0200", "", "138", "" };
  double worst = 0, sum = 0, cpu_worst = 0, cpu_sum = 0;
  guint before = 0, fewest = G_MAXUINT;
  CwTestFloor floor;

  if (path == NULL)
    {
      g_test_skip ("Set CUNWU_BENCH_DB to a database made by “cunwu demo --households 30000”.");
      return;
    }

  db = cw_database_open (path, &error);
  g_assert_no_error (error);

  /* The view on its own: the window's other pages are theirs to time. */
  start = g_get_monotonic_time ();
  cpu_start = cw_test_thread_cpu_usec ();
  view = CW_HOUSEHOLDS_VIEW (cw_households_view_new (db));
  built = g_get_monotonic_time ();
  cpu_built = cw_test_thread_cpu_usec ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 860, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)) || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
  drawn = g_get_monotonic_time ();
  cpu_drawn = cw_test_thread_cpu_usec ();

  shown = cw_households_view_get_model (view);
  all = cw_households_view_get_households (view);
  g_printerr ("\n%u households (%u registered)\n", g_list_model_get_n_items (all), g_list_model_get_n_items (shown));
  g_printerr ("model (cw_household_list into the store): %.0f ms\n", cw_households_view_get_load_time (view) / 1000.0);
  g_printerr ("view built (model, sort, filter, columns): %.0f ms (CPU %.0f ms)\n",
              (built - start) / 1000.0, (cpu_built - cpu_start) / 1000.0);
  g_printerr ("view built and first shown:               %.0f ms (CPU %.0f ms)\n",
              (drawn - start) / 1000.0, (cpu_drawn - cpu_start) / 1000.0);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      gint64 c0 = cw_test_thread_cpu_usec ();
      double ms, cpu_ms;

      /* The filter runs in cw_household_filter_set_query(); then the
       * rows on screen are rebound and drawn. */
      cw_households_view_set_query (view, typed[i]);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      cpu_ms = (cw_test_thread_cpu_usec () - c0) / 1000.0;
      sum += ms;
      worst = MAX (worst, ms);
      cpu_sum += cpu_ms;
      cpu_worst = MAX (cpu_worst, cpu_ms);
      g_printerr ("keystroke “%s”: %u shown, %.1f ms (CPU %.1f ms)\n", typed[i],
                  g_list_model_get_n_items (shown), ms, cpu_ms);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, count_matches (all, typed[i]));
      /* The keystrokes that cost most take the list down to a few rows
       * or back from them. */
      if (before >= 200 && g_list_model_get_n_items (shown) < 200)
        fewest = MIN (fewest, g_list_model_get_n_items (shown));
      before = g_list_model_get_n_items (shown);
    }
  g_printerr ("keystrokes: mean %.1f ms, worst %.1f ms (CPU: mean %.1f ms, worst %.1f ms)\n",
              sum / G_N_ELEMENTS (typed), worst, cpu_sum / G_N_ELEMENTS (typed), cpu_worst);

  /* What GTK alone costs for the same change of rows: the floor under the
   * worst keystroke, whatever the view does. */
  if (fewest != G_MAXUINT)
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (
        cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL)));

      cw_test_column_view_floor (g_list_model_get_n_items (columns), g_list_model_get_n_items (all), fewest,
                                 860, 700, 3, &floor);
      g_printerr ("GTK alone (a bare column view of %u inscription columns, %u rows): down to %u rows "
                  "%.1f ms (CPU %.1f ms), back up %.1f ms (CPU %.1f ms)\n",
                  g_list_model_get_n_items (columns), g_list_model_get_n_items (all), fewest,
                  floor.shrink_ms, floor.shrink_cpu_ms, floor.grow_ms, floor.grow_cpu_ms);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  cw_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_auto(CwTestDir) app_dir = NULL;
  g_autofree char *app_db = NULL;

  cw_test_init (&argc, &argv);

  /* The application is only there for the accelerators and the window
   * list; its own database is never opened. */
  app_dir = cw_test_dir_new ();
  app_db = g_build_filename (app_dir, "unused.db", NULL);
  app = cw_test_application_new (app_db);

  g_test_add ("/households/list", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_list, cw_test_fixture_teardown);
  g_test_add ("/households/search", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_search, cw_test_fixture_teardown);
  g_test_add ("/households/filter-model", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_filter_model, cw_test_fixture_teardown);
  g_test_add ("/households/search-from-top", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_search_from_top, cw_test_fixture_teardown);
  g_test_add ("/households/search-other-status", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_search_other_status, cw_test_fixture_teardown);
  g_test_add ("/households/search-member", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_search_member, cw_test_fixture_teardown);
  g_test_add ("/households/add", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_add_household, cw_test_fixture_teardown);
  g_test_add ("/households/shortcuts", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_shortcuts, cw_test_fixture_teardown);
  g_test_add ("/households/editor-discard", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_editor_discard, cw_test_fixture_teardown);
  g_test_add ("/households/members", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_members, cw_test_fixture_teardown);
  g_test_add ("/households/member-added-in-sight", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_member_added_in_sight, cw_test_fixture_teardown);
  g_test_add ("/households/household-status", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_household_status, cw_test_fixture_teardown);
  g_test_add ("/households/tall-window", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_tall_window, cw_test_fixture_teardown);
  g_test_add ("/households/empty", Fixture, GINT_TO_POINTER (EMPTY_VILLAGE),
              fixture_setup, test_empty, cw_test_fixture_teardown);
  g_test_add ("/households/import", Fixture, GINT_TO_POINTER (DEMO_VILLAGE),
              fixture_setup, test_import, cw_test_fixture_teardown);
  g_test_add_func ("/households/benchmark", test_benchmark);

  return cw_test_application_run (&app);
}
