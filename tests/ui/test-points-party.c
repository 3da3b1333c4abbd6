/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-points-party"

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/cw-database.h"
#include "core/cw-demo.h"
#include "core/cw-error.h"
#include "core/cw-household.h"
#include "core/cw-person.h"
#include "core/cw-person-query.h"
#include "core/cw-point-entry.h"
#include "core/cw-point-objection.h"
#include "core/cw-point-quarter.h"
#include "core/cw-point-rule.h"
#include "core/cw-point-tally.h"
#include "ui/cw-application.h"
#include "ui/cw-household-picker.h"
#include "ui/cw-points-helpers.h"
#include "ui/cw-search-picker.h"
#include "ui/cw-points-entry-page.h"
#include "ui/cw-points-review-page.h"
#include "ui/cw-points-tally-page.h"
#include "ui/cw-points-view.h"
#include "ui/cw-window.h"

static CwApplication *app;
static const char *lang;

typedef struct
{
  char       *dir;
  char       *path;
  CwDatabase *db;
  CwWindow   *window;
  CwPointsView *view;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (250, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_assert_cmpint (g_mkdir_with_parents (SCREENSHOT_DIR, 0755), ==, 0);
  file = g_strdup_printf ("%s/%s-%s.png", SCREENSHOT_DIR, name, lang);
  g_assert_true (gdk_texture_save_to_png (texture, file));
  g_test_message ("Screenshot: %s", file);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The dialog asking for confirmation: answered as the clerk would. */
static void
respond (const char *response)
{
  AdwMessageDialog *dialog;

  settle ();
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cunwu-points-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "village.db", NULL);
  f->db = cw_database_open (f->path, &error);
  g_assert_no_error (error);
  cw_database_set_operator (f->db, "测试员");

  cw_demo_fill (f->db, NULL, &error);
  g_assert_no_error (error);

  f->window = cw_window_new (app, f->db);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  settle ();

  /* The page is reached as the sidebar and <Control>digit reach it. */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-page", g_variant_new_string ("points"));
  settle ();
  g_assert_cmpstr (cw_window_get_visible_page (f->window), ==, "points");

  f->view = CW_POINTS_VIEW (find_widget (GTK_WIDGET (f->window), CW_TYPE_POINTS_VIEW));
  g_assert_nonnull (f->view);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window;

  while ((window = find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (window);
  settle ();

  g_clear_object (&f->db);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWidget *
show_subpage (Fixture    *f,
              const char *name)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "points.show-subpage", "s", name));
  settle ();
  g_assert_cmpstr (cw_points_view_get_subpage (f->view), ==, name);

  page = cw_points_view_get_page (f->view, name);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  return page;
}

/* The demo village's published quarter, publicity 2026-10-08..2026-10-14. */
#define PUBLISHED "2026Q3"

static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static int
subject_quarter_points (Fixture    *f,
                        const char *scheme,
                        const char *quarter,
                        gint64      subject_id)
{
  g_autoptr(GListModel) rows = cw_point_tally_quarter (f->db, scheme, quarter, NULL);
  guint n = rows != NULL ? g_list_model_get_n_items (rows) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

      if (cw_point_tally_row_get_subject_id (row) == subject_id)
        return cw_point_tally_row_get_quarter_points (row);
    }

  return 0;
}

/* A present party member with room under DY04's cap (12 a quarter) this
 * quarter, and an ID number to find by (transfer full). */
static CwPerson *
party_member_with_room (Fixture    *f,
                        const char *quarter)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) members = NULL;
  guint n;

  query.party_members = TRUE;
  members = cw_person_query_run (f->db, &query, NULL);
  g_assert_nonnull (members);
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);
      g_autoptr(GListModel) entries = NULL;
      int used = 0;

      if (cw_person_get_id_number (person)[0] == '\0')
        continue;
      entries = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (person), quarter, NULL, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, j);

          if (g_strcmp0 (cw_point_entry_get_rule_code (entry), "DY04") == 0 &&
              g_strcmp0 (cw_point_entry_get_state (entry), "rejected") != 0)
            used += cw_point_entry_get_points (entry);
        }
      if (used + 3 <= 12)
        return g_steal_pointer (&person);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_party_entry (Fixture       *f,
                  gconstpointer  data)
{
  CwPointsEntryPage *page = CW_POINTS_ENTRY_PAGE (show_subpage (f, "entry"));
  g_autofree char *quarter = cw_points_current_quarter ();
  g_autoptr(CwPerson) member = party_member_with_room (f, quarter);
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(CwPointEntry) entry = NULL;
  CwPointsReviewPage *review;
  CwPointsTallyPage *tally;
  GtkWidget *toggle;
  GtkWidget *picker;
  GtkWidget *text;
  gint64 entry_id;
  int before;

  before = subject_quarter_points (f, CW_SCHEME_PARTY, quarter, cw_person_get_id (member));
  g_assert_cmpstr (cw_points_entry_page_get_scheme (page), ==, CW_SCHEME_HOUSEHOLD);

  /* The scheme is a pair of toggles, reached by Tab or Alt+Y. */
  toggle = find_button (GTK_WIDGET (page), _("Part_y Member Points"));
  g_assert_nonnull (toggle);
  g_assert_true (gtk_widget_get_focusable (toggle));
  gtk_widget_activate (toggle);
  settle ();
  g_assert_cmpstr (cw_points_entry_page_get_scheme (page), ==, CW_SCHEME_PARTY);

  /* Household rules are not offered under party points; party rules are. */
  g_assert_false (cw_points_entry_page_choose_rule (page, "ZF03"));

  /* The member is found by the ID number typed in the picker, Enter picks. */
  picker = find_mapped (GTK_WIDGET (page), CW_TYPE_SEARCH_PICKER);
  g_assert_nonnull (picker);
  g_assert_null (find_mapped (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER));
  text = cw_search_picker_get_entry (CW_SEARCH_PICKER (picker));
  gtk_widget_grab_focus (text);
  gtk_editable_set_text (GTK_EDITABLE (text), cw_person_get_id_number (member));
  settle ();
  g_assert_true (cw_search_picker_get_best (CW_SEARCH_PICKER (picker)) != NULL);
  g_assert_cmpint (cw_person_get_id (cw_search_picker_get_best (CW_SEARCH_PICKER (picker))), ==,
                   cw_person_get_id (member));
  g_signal_emit_by_name (text, "activate");
  settle ();
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);

  /* By the 户号 of the member's household as well. */
  gtk_editable_set_text (GTK_EDITABLE (text), cw_person_get_household_number (member));
  settle ();
  g_assert_nonnull (cw_search_picker_get_best (CW_SEARCH_PICKER (picker)));
  gtk_editable_set_text (GTK_EDITABLE (text), "");

  g_assert_true (cw_points_entry_page_choose_rule (page, "DY04"));
  settle ();

  screenshot (GTK_WIDGET (f->window), "points-party-entry");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  settle ();
  g_assert_null (cw_points_entry_page_get_error (page));
  g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 0);

  pending = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (member), NULL, "pending", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pending), >=, 1);
  entry = g_list_model_get_item (pending, 0);
  g_assert_cmpstr (cw_point_entry_get_rule_code (entry), ==, "DY04");
  g_assert_cmpstr (cw_point_entry_get_scheme (entry), ==, CW_SCHEME_PARTY);
  entry_id = cw_point_entry_get_id (entry);

  /* Switching back offers households again. */
  cw_points_entry_page_set_scheme (page, CW_SCHEME_HOUSEHOLD);
  settle ();
  g_assert_nonnull (find_mapped (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER));
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  gtk_widget_activate_action (GTK_WIDGET (page), "entry.clear", NULL);

  /* Review: both schemes are listed by default; the party one is reviewed. */
  settle ();
  review = CW_POINTS_REVIEW_PAGE (show_subpage (f, "review"));
  cw_points_review_page_set_filter (review, "pending", NULL);
  settle ();
  g_assert_true (cw_points_review_page_select (review, entry_id));
  cw_points_review_page_set_filter_full (review, CW_SCHEME_HOUSEHOLD, "pending", NULL);
  settle ();
  g_assert_false (cw_points_review_page_select (review, entry_id));
  cw_points_review_page_set_filter_full (review, CW_SCHEME_PARTY, "pending", NULL);
  settle ();
  g_assert_true (cw_points_review_page_select (review, entry_id));
  settle ();
  screenshot (GTK_WIDGET (f->window), "points-party-review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.review", NULL));
  respond ("confirm");
  g_clear_object (&pending);
  pending = cw_point_entry_list (f->db, CW_SCHEME_PARTY, cw_person_get_id (member), NULL, "reviewed", NULL);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (pending); i++)
      {
        g_autoptr(CwPointEntry) e = g_list_model_get_item (pending, i);

        found |= cw_point_entry_get_id (e) == entry_id;
      }
    g_assert_true (found);
  }

  /* The party tally of the quarter has the member's 3 more points. */
  tally = CW_POINTS_TALLY_PAGE (show_subpage (f, "tally"));
  g_assert_true (cw_points_tally_page_set_quarter (tally, CW_SCHEME_PARTY, quarter));
  settle ();
  g_assert_true (cw_points_tally_page_select (tally, cw_person_get_id (member)));
  settle ();
  {
    GListModel *rows = cw_points_tally_page_get_rows (tally);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(CwPointTallyRow) row = g_list_model_get_item (rows, i);

        if (cw_point_tally_row_get_subject_id (row) == cw_person_get_id (member))
          {
            g_assert_cmpint (cw_point_tally_row_get_quarter_points (row), ==, before + 3);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  screenshot (GTK_WIDGET (f->window), "points-party-tally");
}

static void
test_objections (Fixture       *f,
                 gconstpointer  data)
{
  CwPointsTallyPage *tally = CW_POINTS_TALLY_PAGE (show_subpage (f, "tally"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(CwPointObjection) first = NULL;
  g_autoptr(CwPointTallyRow) party_row = NULL;
  g_autoptr(GListModel) party_rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_points_today ();
  CwPointTallyRow *selected;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  GtkWidget *decide;
  gint64 household_id;

  /* During the publicity period: recorded from the tally, still open. */
  g_assert_true (cw_points_tally_page_set_quarter (tally, CW_SCHEME_HOUSEHOLD, PUBLISHED));
  settle ();
  selected = g_list_model_get_item (cw_points_tally_page_get_rows (tally), 0);
  household_id = cw_point_tally_row_get_subject_id (selected);
  g_assert_true (cw_points_tally_page_select (tally, household_id));
  g_object_unref (selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tally), "tally.objection", NULL));
  settle ();
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, >=, 3);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "2026-10-10");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "王桂英");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 2)), "9月清扫积分漏记一次");
  respond ("confirm");

  /* One of a party member too, by core. */
  party_rows = cw_point_tally_quarter (f->db, CW_SCHEME_PARTY, PUBLISHED, &error);
  g_assert_no_error (error);
  party_row = g_list_model_get_item (party_rows, 0);
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, PUBLISHED, CW_SCHEME_PARTY,
                                                   cw_point_tally_row_get_subject_id (party_row),
                                                   "2026-10-12", cw_point_tally_row_get_name (party_row),
                                                   "党员活动日签到未计", &error), >, 0);
  g_assert_no_error (error);

  objections = cw_points_tally_page_get_objections (tally);
  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 2);
  first = g_list_model_get_item (objections, 0);
  g_assert_cmpint (cw_point_objection_get_subject_id (first), ==, household_id);
  g_assert_true (cw_point_objection_is_open (first));
  g_clear_object (&objections);

  /* Decided later, from the list: upheld, with a note. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tally), "tally.objections", NULL));
  settle ();
  window = find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (window);
  decide = find_named (GTK_WIDGET (window), "decide-objection");
  g_assert_nonnull (decide);
  g_signal_emit_by_name (decide, "clicked");
  settle ();
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "核实属实，第四季度补记");
  adw_message_dialog_response (dialog, "confirm");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();

  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 1);
  g_assert_cmpint (cw_point_objection_get_subject_id (first), ==, household_id);
  g_assert_cmpstr (cw_point_objection_get_outcome (first), ==, "upheld");
  g_assert_cmpstr (cw_point_objection_get_outcome_note (first), ==, "核实属实，第四季度补记");
  g_assert_cmpstr (cw_point_objection_get_decided_on (first), ==, today);
  g_clear_object (&objections);

  /* The reminder: the correction goes into the open quarter. Later, first,
   * to see the list with both states. */
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  screenshot (GTK_WIDGET (dialog), "points-objection-upheld");
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();

  window = find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_nonnull (find_named (GTK_WIDGET (window), "decide-objection"));
  screenshot (GTK_WIDGET (window), "points-objections");

  /* Dismissing the other one changes nothing else. */
  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 0);
  g_assert_true (cw_point_objection_is_open (first));
  g_assert_true (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "dismissed",
                                                        "已核实，签到表无记录", today, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_null (find_named (GTK_WIDGET (window), "decide-objection"));
  g_assert_false (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "upheld",
                                                         "", today, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_clear_object (&objections);

  /* An upheld one of the party scheme offers the Entry page with the
   * member chosen under party points. */
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, PUBLISHED, CW_SCHEME_PARTY,
                                                   cw_point_tally_row_get_subject_id (party_row),
                                                   "2026-10-13", "村民代表", "志愿服务漏记", &error), >, 0);
  g_assert_no_error (error);
  objections = cw_points_tally_page_get_objections (tally);
  g_clear_object (&first);
  first = g_list_model_get_item (objections, 0);
  g_assert_true (cw_point_objection_is_open (first));
  g_assert_true (cw_points_tally_page_decide_objection (tally, cw_point_objection_get_id (first), "upheld",
                                                        "补记", today, &error));
  settle ();
  respond ("entry");
  g_assert_cmpstr (cw_points_view_get_subpage (f->view), ==, "entry");
  {
    CwPointsEntryPage *entry = CW_POINTS_ENTRY_PAGE (cw_points_view_get_page (f->view, "entry"));

    g_assert_cmpstr (cw_points_entry_page_get_scheme (entry), ==, CW_SCHEME_PARTY);
    g_assert_cmpuint (cw_points_entry_page_get_n_chosen (entry), ==, 1);
  }
  /* The objections window made way for the Entry page. */
  g_assert_null (find_toplevel (ADW_TYPE_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *messages;
  int ret;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  messages = setlocale (LC_MESSAGES, NULL);
  lang = messages != NULL && g_str_has_prefix (messages, "zh") ? "zh_CN" : "en";

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = cw_application_new (NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add ("/points-party/entry-review-tally", Fixture, NULL, fixture_setup, test_party_entry, fixture_teardown);
  g_test_add ("/points-party/objections", Fixture, NULL, fixture_setup, test_objections, fixture_teardown);

  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return ret;
}
