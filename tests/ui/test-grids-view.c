/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grids-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/grids/cw-grid-editor.h"
#include "ui/grids/cw-grid-figures-item.h"
#include "ui/grids/cw-grid-figures-page.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/grids/cw-grid-settings-group.h"
#include "ui/grids/cw-grid-tree-page.h"
#include "ui/grids/cw-grids-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-util.h"

static CwApplication *app;

typedef struct
{
  CwTestDir    dir;
  CwDatabase  *db;
  CwWindow    *window;
  CwGridsView *view;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, TRUE);
  f->window = cw_test_window_new (app, f->db);
  cw_test_show_page (f->window, "grids");
  f->view = CW_GRIDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_GRIDS_VIEW, NULL));
  g_assert_nonnull (f->view);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cw_test_database_free (&f->db, &f->dir);
}

static GtkWidget *
show_subpage (Fixture    *f,
              const char *name)
{
  GtkWidget *page = cw_grids_view_get_page (f->view, name);

  cw_grids_view_show_subpage (f->view, name);
  cw_test_settle ();
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* The editor's entry rows, in order. */
static GPtrArray *
entry_rows (GtkWidget *root)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *stack[128];
  guint depth = 0;

  stack[depth++] = root;
  while (depth > 0)
    {
      GtkWidget *widget = stack[--depth];

      if (ADW_IS_ENTRY_ROW (widget))
        {
          g_ptr_array_add (rows, widget);
          continue;
        }
      for (GtkWidget *child = gtk_widget_get_last_child (widget); child != NULL && depth < G_N_ELEMENTS (stack);
           child = gtk_widget_get_prev_sibling (child))
        stack[depth++] = child;
    }
  return rows;
}

static void
test_tree (Fixture       *f,
           gconstpointer  data)
{
  CwGridTreePage *tree_page = CW_GRID_TREE_PAGE (show_subpage (f, "grids"));
  GtkWidget *page = GTK_WIDGET (cw_grid_tree_page_get_list (tree_page));
  GListModel *tree = G_LIST_MODEL (cw_grid_tree_page_get_tree (tree_page));
  CwGridEditor *editor;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CwGrid) grid = NULL;
  g_autoptr(GtkTreeListRow) area = NULL;
  g_autofree char *toast = NULL;
  guint n = g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page)));
  guint n_area;

  /* The demo's 3 areas, 8 group grids and their central households. */
  g_assert_cmpuint (n, ==, 51);
  /* The tree opens on the village and its 3 areas, closed. */
  g_assert_cmpuint (g_list_model_get_n_items (tree), ==, 4);
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-tree");

  /* Opening an area shows its grids; picking one narrows the list to its
   * branch; closing it hides them again. */
  area = g_list_model_get_item (tree, 1);
  gtk_tree_list_row_set_expanded (area, TRUE);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (tree), >, 4);
  g_assert_true (cw_grid_tree_page_select (tree_page, "P1"));
  cw_test_settle ();
  n_area = g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page)));
  g_assert_cmpuint (n_area, >, 1);
  g_assert_cmpuint (n_area, <, n);
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-tree-branch");
  gtk_tree_list_row_set_expanded (area, FALSE);
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (tree), ==, 4);
  /* Picking a grid deep down opens the way to it. */
  g_assert_true (cw_grid_tree_page_select (tree_page, "G01"));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (tree), >, 4);
  g_assert_true (cw_grid_tree_page_select (tree_page, ""));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, n);

  /* Search by the head's name or the code. */
  cw_list_page_search (CW_LIST_PAGE (page), "G01");
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), <, n);
  cw_list_page_search (CW_LIST_PAGE (page), "");
  cw_test_settle ();

  /* A new grid under an area, with a township cadre as its head. */
  g_assert_true (gtk_widget_activate_action (page, "grids.new", NULL));
  cw_test_settle ();
  editor = CW_GRID_EDITOR (cw_test_find_toplevel (CW_TYPE_GRID_EDITOR));
  g_assert_nonnull (editor);
  rows = entry_rows (GTK_WIDGET (editor));
  g_assert_cmpuint (rows->len, ==, 6);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "g99");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "新村网格");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "网格");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "PX");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "刘乡干");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[5]), "13900002222");
  cw_test_settle ();
  /* An unknown parent is refused under its field; the editor stays. */
  g_assert_false (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "grids-editor-refused");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "P1");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "grids-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  toast = g_strdup_printf (_("Grid %s added"), "G99");
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), toast));

  grid = cw_grid_find (f->db, "G99", NULL);
  g_assert_nonnull (grid);
  g_assert_cmpstr (cw_grid_get_head_name (grid), ==, "刘乡干");
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), "G99"));

  /* Undo takes the grid and its head back together. */
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_clear_object (&grid);
  grid = cw_grid_find (f->db, "G99", NULL);
  g_assert_null (grid);
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, n);
}

static CwGridRequest *
newest_request (Fixture *f)
{
  g_autoptr(GListModel) all = cw_grid_request_list (f->db, NULL, NULL, NULL);

  return g_list_model_get_item (all, g_list_model_get_n_items (all) - 1);
}

static void
answer_text (const char *text)
{
  GtkWindow *dialog;
  g_autoptr(GPtrArray) rows = NULL;

  cw_test_settle ();
  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  rows = entry_rows (GTK_WIDGET (dialog));
  g_assert_cmpuint (rows->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), text);
  cw_test_respond ("confirm");
}

static void
test_requests (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page = show_subpage (f, "requests");
  CwGridRequestEditor *editor;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CwGridRequest) request = NULL;
  g_autofree char *key = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), >, 0);
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-requests");

  g_assert_true (gtk_widget_activate_action (page, "requests.new", NULL));
  cw_test_settle ();
  editor = CW_GRID_REQUEST_EDITOR (cw_test_find_toplevel (CW_TYPE_GRID_REQUEST_EDITOR));
  g_assert_nonnull (editor);
  rows = entry_rows (GTK_WIDGET (editor));
  g_assert_cmpuint (rows->len, ==, 5);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "010001");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "来访");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "路灯");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "村口路灯坏了三盏");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "grids-request-editor");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();

  request = newest_request (f);
  g_assert_cmpstr (cw_grid_request_get_text (request, "body"), ==, "村口路灯坏了三盏");
  g_assert_cmpstr (cw_grid_request_get_text (request, "state"), ==, "received");
  key = g_strdup (cw_grid_request_get_text (request, "number-text"));
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));

  /* Assign, resolve, and a resident not satisfied: open again. */
  g_assert_true (gtk_widget_activate_action (page, "requests.assign", NULL));
  answer_text ("李网格");
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));
  g_assert_true (gtk_widget_activate_action (page, "requests.resolve", NULL));
  answer_text ("换了灯泡");
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));
  g_assert_true (gtk_widget_activate_action (page, "requests.evaluate", NULL));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "grids-evaluate");
  cw_test_respond ("dissatisfied");
  g_clear_object (&request);
  request = newest_request (f);
  g_assert_cmpstr (cw_grid_request_get_text (request, "state"), ==, "assigned");
  g_assert_cmpstr (cw_grid_request_get_text (request, "evaluation"), ==, "dissatisfied");

  /* On hold with a reason, and Undo takes the hold back. */
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));
  g_assert_true (gtk_widget_activate_action (page, "requests.hold", NULL));
  answer_text ("等配件");
  g_clear_object (&request);
  request = newest_request (f);
  g_assert_cmpstr (cw_grid_request_get_text (request, "hold-reason"), ==, "等配件");
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-requests-held");
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  cw_test_settle ();
  g_clear_object (&request);
  request = newest_request (f);
  g_assert_cmpstr (cw_grid_request_get_text (request, "hold-since"), ==, "");
}

/* The window shows the figures core counts, which the ledger carries. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *page = show_subpage (f, "figures");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) month = cw_grid_figures_compute (f->db, "2026-03-01", "2026-03-31", &error);
  g_autoptr(CwGridFiguresItem) village = NULL;
  GListModel *items;
  g_autofree char *rate = NULL;

  g_assert_no_error (error);
  g_assert_false (cw_grid_figures_page_set_period (CW_GRID_FIGURES_PAGE (page), "March"));
  g_assert_true (cw_grid_figures_page_set_period (CW_GRID_FIGURES_PAGE (page), "2026-03"));
  cw_test_settle ();
  items = cw_list_page_get_items (CW_LIST_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, month->len);
  village = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
  g_assert_cmpuint (cw_grid_figures_item_get (village)->received, ==,
                    ((CwGridFigures *) g_ptr_array_index (month, month->len - 1))->received);
  g_assert_nonnull (cw_grid_figures_item_get_year (village));
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-figures");
  /* The first area's rate, on screen. */
  {
    g_autoptr(CwGridFiguresItem) area = g_list_model_get_item (items, 0);

    rate = cw_grid_format_rate (cw_grid_figures_resolution_rate (cw_grid_figures_item_get (area)));
    g_assert_true (cw_test_has_label (page, rate));
  }
}

/* A visit due, recorded from its row: the household leaves the list. */
static void
test_visits (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *page = show_subpage (f, "visits");
  GListModel *items = cw_list_page_get_items (CW_LIST_PAGE (page));
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GObject) first = NULL;
  g_autofree char *key = NULL;

  g_assert_cmpuint (n, >, 0);
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-visits");
  first = g_list_model_get_item (items, 0);
  g_object_get (first, "key", &key, NULL);
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));
  g_assert_true (gtk_widget_activate_action (page, "visits.record", NULL));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "grids-visit-record");
  answer_text ("李网格");
  /* Its must-visit and its routine visit, when both were due. */
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), <, n);
  g_assert_false (cw_list_page_select (CW_LIST_PAGE (page), key));
}

/* The register's settings on the Settings page, saved as they change. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *group;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  cw_test_show_page (f->window, "settings");
  group = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_GRID_SETTINGS_GROUP, NULL);
  g_assert_nonnull (group);
  cw_test_collect (group, GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 6);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[0]), ==, 30);
  gtk_spin_button_set_value (spins->pdata[1], 8);
  gtk_spin_button_set_value (spins->pdata[3], 2);
  cw_test_settle ();
  g_assert_cmpint (cw_grid_settings_get_link_max (f->db), ==, 8);
  g_assert_cmpint (cw_grid_settings_get_limit_days (f->db, "red"), ==, 2);
  gtk_widget_grab_focus (spins->pdata[0]);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-settings");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/grids/tree", Fixture, NULL, fixture_setup, test_tree, fixture_teardown);
  g_test_add ("/grids/requests", Fixture, NULL, fixture_setup, test_requests, fixture_teardown);
  g_test_add ("/grids/figures", Fixture, NULL, fixture_setup, test_figures, fixture_teardown);
  g_test_add ("/grids/settings", Fixture, NULL, fixture_setup, test_settings, fixture_teardown);
  g_test_add ("/grids/visits", Fixture, NULL, fixture_setup, test_visits, fixture_teardown);

  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return ret;
}
