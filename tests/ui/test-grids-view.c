/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grids-view"

#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid-members.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "core/grids/cw-grid.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-record-editor.h"
#include "ui/grids/cw-grid-editor.h"
#include "ui/grids/cw-grid-figures-item.h"
#include "ui/grids/cw-grid-figures-page.h"
#include "ui/grids/cw-grid-panel.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/grids/cw-grid-requests-page.h"
#include "ui/grids/cw-grid-settings-group.h"
#include "ui/grids/cw-grid-tree-page.h"
#include "ui/grids/cw-grid-visit-item.h"
#include "ui/grids/cw-grid-visit-dialog.h"
#include "ui/grids/cw-party-link-dialog.h"
#include "ui/households/cw-households-view.h"
#include "ui/grids/cw-grids-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-floor.h"
#include "cw-test-run.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, "grids", CW_TYPE_GRIDS_VIEW);
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

/* Whether a mapped label below @root has @text in it. */
static gboolean
label_contains (GtkWidget  *root,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child)
          && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (label_contains (child, text))
        return TRUE;
    }
  return FALSE;
}

/* The number beside @title among the panel's figures. */
static const char *
panel_figure (CwGridPanel *panel,
              const char  *title)
{
  g_autoptr(GPtrArray) grids = g_ptr_array_new ();

  cw_test_collect (GTK_WIDGET (panel), GTK_TYPE_GRID, grids);
  for (guint i = 0; i < grids->len; i++)
    for (GtkWidget *child = gtk_widget_get_first_child (g_ptr_array_index (grids, i)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        int column, row;

        gtk_grid_query_child (g_ptr_array_index (grids, i), child, &column, &row, NULL, NULL);
        if (column == 0 && GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_text (GTK_LABEL (child)), title))
          return gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (g_ptr_array_index (grids, i), 1, row)));
      }
  g_assert_not_reached ();
}

static guint
panel_number (CwGridPanel *panel,
              const char  *title)
{
  return (guint) g_ascii_strtoull (panel_figure (panel, title), NULL, 10);
}

static void
test_tree (Fixture       *f,
           gconstpointer  data)
{
  CwGridTreePage *tree_page = CW_GRID_TREE_PAGE (cw_test_show_subpage (f->view, "grids"));
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
  /* Picking a grid deep down opens the way to it, and shows its own
   * panel: its households, its head with the phone, its figures. */
  g_assert_true (cw_grid_tree_page_select (tree_page, "G01"));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (tree), >, 4);
  {
    CwGridPanel *panel = cw_grid_tree_page_get_panel (tree_page);
    /* The list's record, which counts the households. */
    CwGrid *g01 = cw_list_page_get_selected (CW_LIST_PAGE (page));
    g_autofree char *head = g_strdup_printf (_("%s %s %s"), _("Grid head"), cw_grid_get_head_name (g01),
                                             cw_grid_get_head_phone (g01));

    g_assert_cmpstr (cw_grid_get_code (g01), ==, "G01");
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
    g_assert_cmpuint (cw_grid_get_households (g01), >, 0);
    g_assert_cmpstr (cw_grid_get_head_phone (g01), !=, "");
    g_assert_true (label_contains (GTK_WIDGET (panel), head));
    /* The households and the figures are read in workers. */
    cw_test_wait_while (cw_grid_panel_get_busy, panel);
    g_assert_cmpuint (g_list_model_get_n_items (cw_grid_panel_get_households (panel)), ==,
                      cw_grid_get_households (g01));
    g_assert_true (cw_test_has_label (GTK_WIDGET (panel), C_("figures", "Received")));
    g_assert_true (cw_test_has_label (GTK_WIDGET (panel), cw_grid_get_name (g01)));
    cw_test_screenshot (GTK_WIDGET (f->window), "grids-tree-panel");

    /* A request and a visit entered for one of its households (from the
     * command line, the households register …): the panel follows. */
    {
      g_autoptr(GObject) item = g_list_model_get_item (cw_grid_panel_get_households (panel), 0);
      g_autoptr(GObject) other = g_list_model_get_item (cw_grid_panel_get_households (panel), 1);
      const CwVisitDue *due = cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (item));
      gboolean other_kept = FALSE;
      g_autofree char *today = cw_date_today_text ();
      g_autoptr(GError) error = NULL;
      guint received = panel_number (panel, C_("figures", "Received"));
      guint visits = panel_number (panel, _("Visits"));
      gint64 household = due->household_id;
      gint64 number = 0;

      g_assert_true (cw_grid_request_add (f->db, household, today, "走访", "道路", "路灯坏了", "蓝", FALSE, &number,
                                          &error));
      g_assert_no_error (error);
      g_assert_true (cw_visit_add (f->db, household, today, "网格员", "", "", TRUE, NULL, &error));
      g_assert_no_error (error);
      cw_test_settle ();
      cw_test_wait_while (cw_grid_panel_get_busy, panel);
      g_assert_cmpuint (panel_number (panel, C_("figures", "Received")), ==, received + 1);
      g_assert_cmpuint (panel_number (panel, _("Visits")), ==, visits + 1);
      /* Its row reads the visit. */
      for (guint i = 0; i < g_list_model_get_n_items (cw_grid_panel_get_households (panel)); i++)
        {
          g_autoptr(GObject) now = g_list_model_get_item (cw_grid_panel_get_households (panel), i);

          if (cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (now))->household_id == household)
            g_assert_cmpstr (cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (now))->since, ==, today);
          other_kept |= now == other;
        }
      /* A household read again as it was keeps its row (and its widgets). */
      g_assert_cmpint (cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (other))->household_id, !=, household);
      g_assert_true (other_kept);
    }
  }
  g_assert_true (cw_grid_tree_page_select (tree_page, ""));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, n);

  /* A filter that leaves nothing says the filters hide it all, not that
   * a search found nothing, and offers no import or new grid. */
  {
    GtkWidget *dropdown = cw_test_find_mapped (page, GTK_TYPE_DROP_DOWN);
    AdwStatusPage *status = ADW_STATUS_PAGE (cw_test_find_widget (page, ADW_TYPE_STATUS_PAGE, NULL));

    g_assert_nonnull (dropdown);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
    cw_test_settle ();
    if (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))) == 0)
      {
        g_assert_cmpstr (adw_status_page_get_title (status), ==, _("Nothing Passes the Filters"));
        g_assert_false (gtk_widget_get_visible (adw_status_page_get_child (status)));
        cw_test_screenshot (GTK_WIDGET (f->window), "grids-filtered-empty");
      }
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
    cw_test_settle ();
  }

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
  g_assert_cmpuint (rows->len, ==, 7);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "g99");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "新村网格");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "网格");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "PX");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "刘乡干");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[5]), "13900002222");
  /* Its workers, one from outside the register with a phone. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[6]), "赵网格 13900003333");
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
  g_assert_cmpstr (cw_grid_get_workers (grid), ==, "赵网格");
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
  GtkWidget *page = cw_test_show_subpage (f->view, "requests");
  GListModel *shown;
  g_autoptr(GListModel) grids = cw_grid_list (f->db, TRUE, NULL);
  guint n_all;
  CwGridRequestEditor *editor;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CwGridRequest) request = NULL;
  g_autofree char *key = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), >, 0);
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-requests");

  /* The board of one area: its group grids' requests only. */
  n_all = g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page)));
  g_assert_true (cw_grid_requests_page_set_grid (CW_GRID_REQUESTS_PAGE (page), "P1"));
  cw_test_settle ();
  shown = cw_list_page_get_items (CW_LIST_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CwGridRequest) r = g_list_model_get_item (shown, i);
      gboolean in_area = FALSE;

      for (guint g = 0; g < g_list_model_get_n_items (grids); g++)
        {
          g_autoptr(CwGrid) grid = g_list_model_get_item (grids, g);

          if (g_str_equal (cw_grid_get_code (grid), cw_grid_request_get_text (r, "grid-code")))
            in_area = g_str_has_prefix (cw_grid_get_path (grid), "东片");
        }
      g_assert_true (in_area);
    }
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-requests-area");
  g_assert_true (cw_grid_requests_page_set_grid (CW_GRID_REQUESTS_PAGE (page), ""));
  cw_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (cw_list_page_get_items (CW_LIST_PAGE (page))), ==, n_all);

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
  GtkWidget *page = cw_test_show_subpage (f->view, "figures");
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

/* The title of @page's column @index: a column of households reads 户,
 * not the household editor's 户信息. */
static void
assert_column_title (GtkWidget  *page,
                     guint       index,
                     const char *english,
                     const char *chinese)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (cw_test_find_widget (page, GTK_TYPE_COLUMN_VIEW, NULL));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), index);
  const char *expected = g_str_equal (cw_test_get_lang (), "zh_CN") ? chinese : english;

  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, expected);
}

/* The village's visits made on @day, as the figures count them. */
static guint
village_visits (Fixture    *f,
                const char *day)
{
  g_autoptr(GPtrArray) figures = cw_grid_figures_compute (f->db, day, day, NULL);
  const CwGridFigures *village = g_ptr_array_index (figures, figures->len - 1);

  g_assert_cmpint (village->grid_id, ==, 0);
  return village->visits;
}

/* A visit due, recorded from its row: the household leaves the list. */
static void
test_visits (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *page = cw_test_show_subpage (f->view, "visits");
  GListModel *items = cw_list_page_get_items (CW_LIST_PAGE (page));
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GObject) first = NULL;
  g_autofree char *key = NULL;

  g_assert_cmpuint (n, >, 0);
  assert_column_title (page, 0, "Household", "户");
  assert_column_title (cw_test_show_subpage (f->view, "requests"), 2, "Household", "户");
  cw_test_show_subpage (f->view, "visits");
  cw_test_screenshot (GTK_WIDGET (f->window), "grids-visits");
  first = g_list_model_get_item (items, 0);
  g_object_get (first, "key", &key, NULL);
  g_assert_true (cw_list_page_select (CW_LIST_PAGE (page), key));
  g_assert_true (gtk_widget_activate_action (page, "visits.record", NULL));
  cw_test_settle ();
  /* The whole visit dialog, its day changeable: yesterday's walk is
   * typed in today. */
  {
    CwGridVisitDialog *dialog = CW_GRID_VISIT_DIALOG (cw_test_find_toplevel (CW_TYPE_GRID_VISIT_DIALOG));
    g_autoptr(GPtrArray) rows = NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) before = g_date_time_add_days (now, -1);
    g_autofree char *yesterday = g_date_time_format (before, "%Y-%m-%d");
    guint visits;

    g_assert_nonnull (dialog);
    visits = village_visits (f, yesterday);
    rows = entry_rows (GTK_WIDGET (dialog));
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), yesterday);
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "李网格");
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (dialog), "grids-visit-record");
    g_assert_true (cw_grid_visit_dialog_save (dialog));
    cw_test_settle ();
    g_assert_cmpuint (village_visits (f, yesterday), ==, visits + 1);
  }
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


/* From a household of the households register: a visit that raised a
 * request, the request (its household and source filled in), and a
 * must-visit raised by hand, each in the grids register. */
static void
test_from_household (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *today = cw_date_today_text ();
  CwHouseholdsView *households;
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(CwGridRequest) request = NULL;
  CwGridVisitDialog *dialog;
  CwGridRequestEditor *editor;
  GtkSwitch *raised;
  guint visits = village_visits (f, today);
  gboolean open_must_visit = FALSE;

  cw_test_show_page (f->window, "households");
  households = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  household = g_list_model_get_item (cw_households_view_get_households (households), 0);
  g_assert_true (cw_households_view_select (households, cw_household_get_id (household)));
  cw_test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (households), "households.record-visit", NULL));
  cw_test_settle ();
  dialog = CW_GRID_VISIT_DIALOG (cw_test_find_toplevel (CW_TYPE_GRID_VISIT_DIALOG));
  g_assert_nonnull (dialog);
  rows = entry_rows (GTK_WIDGET (dialog));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[0]), ==, today);
  /* The party member looking after it, or its grid's head, visits. */
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[1]), !=, "");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "老人腿脚不便");
  raised = GTK_SWITCH (cw_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, NULL));
  gtk_switch_set_active (raised, TRUE);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "grids-visit-dialog");
  /* A day that is no day is refused in the window; what was typed stays. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "2026-13-45");
  g_assert_false (cw_grid_visit_dialog_save (dialog));
  cw_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[2]), ==, "老人腿脚不便");
  cw_test_screenshot (GTK_WIDGET (dialog), "grids-visit-dialog-refused");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), today);
  g_assert_true (cw_grid_visit_dialog_save (dialog));
  cw_test_settle ();
  g_assert_cmpuint (village_visits (f, today), ==, visits + 1);

  /* It raised a request: the editor opens on it, the household and the
   * source filled in, the cursor on the category. */
  editor = CW_GRID_REQUEST_EDITOR (cw_test_find_toplevel (CW_TYPE_GRID_REQUEST_EDITOR));
  g_assert_nonnull (editor);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = entry_rows (GTK_WIDGET (editor));
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[0]), ==, cw_household_get_number (household));
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[2]), ==, "走访");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "医疗");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[4]), "想办慢病卡");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (editor), "grids-request-from-household");
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
  request = newest_request (f);
  g_assert_cmpstr (cw_grid_request_get_text (request, "household-number"), ==, cw_household_get_number (household));
  g_assert_cmpstr (cw_grid_request_get_text (request, "source"), ==, "走访");
  g_assert_cmpstr (cw_grid_request_get_text (request, "body"), ==, "想办慢病卡");

  /* A must-visit raised by hand stays due until a visit answers it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (households), "households.raise-must-visit", NULL));
  cw_test_settle ();
  dialog = CW_GRID_VISIT_DIALOG (cw_test_find_toplevel (CW_TYPE_GRID_VISIT_DIALOG));
  g_assert_nonnull (dialog);
  cw_test_screenshot (GTK_WIDGET (dialog), "grids-must-visit-dialog");
  g_assert_true (cw_grid_visit_dialog_save (dialog));
  cw_test_settle ();
  due = cw_visits_due (f->db, today, 0, NULL);
  for (guint i = 0; i < due->len; i++)
    {
      CwVisitDue *row = g_ptr_array_index (due, i);

      if (row->household_id == cw_household_get_id (household) && g_str_equal (row->event, cw_grid_must_visit_events[0]))
        open_must_visit = TRUE;
    }
  g_assert_true (open_must_visit);
}

/* 党员联户 by typing: a member past the usual maximum is warned of and
 * linked; the same link again is refused in the window. */
static void
test_link_member (Fixture       *f,
                  gconstpointer  data)
{
  CwGridTreePage *tree_page = CW_GRID_TREE_PAGE (cw_test_show_subpage (f->view, "grids"));
  GtkWidget *page = GTK_WIDGET (cw_grid_tree_page_get_list (tree_page));
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CwPerson) member = NULL;
  g_autoptr(GListModel) households = cw_household_list (f->db, NULL);
  g_autoptr(CwHousehold) household = g_list_model_get_item (households, g_list_model_get_n_items (households) - 1);
  g_autofree char *toast = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(CwGrid) grid = NULL;
  CwPartyLinkDialog *dialog;
  CwGridVisitDialog *patrol;
  g_autofree char *sheet = NULL;
  guint before;

  query.party_members = TRUE;
  members = cw_person_query_run (f->db, &query, NULL);
  /* A member who looks after households already, at the usual maximum. */
  for (guint i = 0; member == NULL || cw_party_link_count (f->db, cw_person_get_id (member)) == 0; i++)
    {
      g_clear_object (&member);
      member = g_list_model_get_item (members, i);
    }
  before = cw_party_link_count (f->db, cw_person_get_id (member));
  g_assert_true (cw_grid_settings_set_days (f->db, CW_SETTING_GRID_LINK_MAX, (int) before, NULL));

  g_assert_true (gtk_widget_activate_action (page, "grids.link-member", NULL));
  cw_test_settle ();
  dialog = CW_PARTY_LINK_DIALOG (cw_test_find_toplevel (CW_TYPE_PARTY_LINK_DIALOG));
  g_assert_nonnull (dialog);
  /* Nothing picked: told so, nothing linked. */
  g_assert_false (cw_party_link_dialog_save (dialog));
  cw_party_link_dialog_search (dialog, cw_person_get_id_number (member), cw_household_get_number (household));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "grids-link-member");
  g_assert_true (cw_party_link_dialog_save (dialog));
  cw_test_settle ();
  g_assert_cmpuint (cw_party_link_count (f->db, cw_person_get_id (member)), ==, before + 1);
  toast = g_strdup_printf (_("%s now looks after %u households, more than the usual %d"),
                           cw_person_get_name (member), before + 1, (int) before);
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), toast));

  /* The same link again: refused, the window stays with what was typed. */
  g_assert_true (gtk_widget_activate_action (page, "grids.link-member", NULL));
  cw_test_settle ();
  dialog = CW_PARTY_LINK_DIALOG (cw_test_find_toplevel (CW_TYPE_PARTY_LINK_DIALOG));
  cw_party_link_dialog_search (dialog, cw_person_get_name (member), cw_household_get_number (household));
  cw_test_settle ();
  g_assert_false (cw_party_link_dialog_save (dialog));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (dialog), "grids-link-member-refused");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpuint (cw_party_link_count (f->db, cw_person_get_id (member)), ==, before + 1);

  /* A patrol of the grid picked, by its head at first. */
  g_assert_true (cw_grid_tree_page_select (tree_page, "G01"));
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (page, "grids.patrol", NULL));
  cw_test_settle ();
  patrol = CW_GRID_VISIT_DIALOG (cw_test_find_toplevel (CW_TYPE_GRID_VISIT_DIALOG));
  g_assert_nonnull (patrol);
  rows = entry_rows (GTK_WIDGET (patrol));
  g_assert_cmpuint (rows->len, ==, 3);
  grid = cw_grid_find (f->db, "G01", NULL);
  g_assert_cmpstr (gtk_editable_get_text (rows->pdata[1]), ==, cw_grid_get_head_name (grid));
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "村口垃圾已清运");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (patrol), "grids-patrol-dialog");
  g_assert_true (cw_grid_visit_dialog_save (patrol));
  cw_test_settle ();
  figures = cw_grid_figures_compute (f->db, today, today, NULL);
  for (guint i = 0; i < figures->len; i++)
    {
      const CwGridFigures *row = g_ptr_array_index (figures, i);

      if (g_str_equal (row->code, "G01"))
        g_assert_cmpuint (row->patrol_days, ==, 1);
    }

  /* The grid's visit sheet as PDF, a page of it kept beside the
   * screenshots to look at. */
  sheet = g_build_filename (f->dir, "sheet.pdf", NULL);
  cw_grids_page_save_visit_sheet (CW_GRIDS_PAGE (page), sheet);
  cw_test_wait_while (cw_test_no_file, sheet);
  g_assert_true (g_file_test (sheet, G_FILE_TEST_IS_REGULAR));
  if (cw_test_have_program ("pdftoppm"))
    {
      g_autofree char *png = g_strdup_printf ("%s/grids-visit-sheet-%s", SCREENSHOT_DIR, cw_test_get_lang ());
      const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", sheet, png, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                                   NULL));
    }
}

/* Every sub-page at the office's 1280×900, to look at long names. */
/* Whether @widget, or what holds it below @root, shows a tooltip. */
static gboolean
has_tooltip_within (GtkWidget *widget,
                    GtkWidget *root)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (gtk_widget_get_has_tooltip (widget))
        return TRUE;
      if (widget == root)
        break;
    }
  return FALSE;
}

/* The size @widget was given with its margins, as gtk_widget_measure()
 * counts them. */
static int
outer_width (GtkWidget *widget)
{
  return gtk_widget_get_width (widget) + gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
}

static int
outer_height (GtkWidget *widget)
{
  return gtk_widget_get_height (widget) + gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
}

static const char *
widget_words (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  return gtk_widget_get_css_name (widget);
}

/* The drawn widgets below @parent, each within @area: what a scrollable
 * (a viewport, a list) holds may lie beyond it, as it scrolls, so each of
 * its children is checked against itself. */
static void
check_fits (GtkWidget *area,
            GtkWidget *parent,
            GString   *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int width = gtk_widget_get_width (area), height = gtk_widget_get_height (area);
      graphene_rect_t bounds;

      /* A popover is a window of its own; a scrollbar's slider may be
       * drawn over the edge. */
      if (!gtk_widget_get_mapped (child) || GTK_IS_NATIVE (child) || GTK_IS_SCROLLBAR (parent))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, area, &bounds));
      /* Half a pixel for rounding. */
      if (!GTK_IS_SCROLLABLE (parent) && bounds.size.width > 0 && bounds.size.height > 0 &&
          (bounds.origin.x < -0.5 || bounds.origin.y < -0.5 ||
           bounds.origin.x + bounds.size.width > width + 0.5 ||
           bounds.origin.y + bounds.size.height > height + 0.5))
        g_string_append_printf (problems, "%s “%s” at %.0f,%.0f %.0f×%.0f is outside its %s of %d×%d\n",
                                G_OBJECT_TYPE_NAME (child), widget_words (child), bounds.origin.x,
                                bounds.origin.y, bounds.size.width, bounds.size.height, G_OBJECT_TYPE_NAME (area),
                                width, height);
      if (GTK_IS_LABEL (child))
        {
          GtkLabel *label = GTK_LABEL (child);
          int min_width, min_height;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, outer_width (child), &min_height, NULL, NULL, NULL);
          /* Cut without a word: narrower or lower than its text needs. */
          if (outer_width (child) < min_width || outer_height (child) < min_height)
            g_string_append_printf (problems, "label “%s” is cut: %d×%d for %d×%d\n", gtk_label_get_text (label),
                                    outer_width (child), outer_height (child), min_width, min_height);
          /* Cut on purpose, with the whole text in a tooltip. */
          if (pango_layout_is_ellipsized (gtk_label_get_layout (label)) && !has_tooltip_within (child, area))
            g_string_append_printf (problems, "label “%s” is cut with no tooltip\n", gtk_label_get_text (label));
        }
      check_fits (GTK_IS_SCROLLABLE (parent) ? child : area, child, problems);
    }
}

/* Whether everything drawn in @widget fits: it got at least the width it
 * asks for (a pane cut short clips its right edge away); nothing in it
 * lies outside it, or outside the content of the scrolled window holding
 * it; no label is narrower or lower than its text; a label cut short on
 * purpose has its whole text in a tooltip. */
static char *
fit_problems (GtkWidget *widget)
{
  GString *problems = g_string_new (NULL);
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > outer_width (widget))
    g_string_append_printf (problems, "%s is %d px wide for its %d\n", G_OBJECT_TYPE_NAME (widget),
                            outer_width (widget), minimum);
  check_fits (widget, widget, problems);
  return g_string_free (problems, FALSE);
}

static void
assert_fits (GtkWidget *widget)
{
  g_autofree char *problems = fit_problems (widget);

  g_assert_cmpstr (problems, ==, "");
}

/* Puts the overlay's label past its right edge (an overlay's size is its
 * main child's, whatever it lays over it). */
static gboolean
place_beyond_cb (GtkOverlay   *overlay,
                 GtkWidget    *widget,
                 GdkRectangle *allocation,
                 gpointer      user_data)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  *allocation = (GdkRectangle) { gtk_widget_get_width (GTK_WIDGET (overlay)) + GPOINTER_TO_INT (user_data), 0, 30,
                                 height };
  return TRUE;
}

/* What assert_fits() catches: a label cut with no tooltip, a label put
 * beyond the edge. */
static void
test_fits_catches (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *cut = gtk_label_new ("张家湾屋场党员中心户（含原柳树湾村三组、四组）");
  GtkWidget *beyond = gtk_label_new ("外");
  g_autofree char *problems = NULL;
  gulong handler;

  gtk_label_set_ellipsize (GTK_LABEL (cut), PANGO_ELLIPSIZE_END);
  gtk_widget_set_size_request (box, 200, 100);
  gtk_label_set_max_width_chars (GTK_LABEL (cut), 4);
  gtk_widget_set_halign (cut, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), cut);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), box);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), beyond);
  handler = g_signal_connect (overlay, "get-child-position", G_CALLBACK (place_beyond_cb), GINT_TO_POINTER (20));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();
  problems = fit_problems (overlay);
  g_assert_nonnull (strstr (problems, "is cut with no tooltip"));
  g_assert_nonnull (strstr (problems, "“外”"));
  g_assert_nonnull (strstr (problems, "is outside"));
  /* The same label with its text in a tooltip, nothing beyond: it fits. */
  gtk_widget_set_has_tooltip (cut, TRUE);
  g_signal_handler_disconnect (overlay, handler);
  g_signal_connect (overlay, "get-child-position", G_CALLBACK (place_beyond_cb), GINT_TO_POINTER (-40));
  gtk_widget_queue_allocate (overlay);
  cw_test_settle ();
  assert_fits (overlay);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 1090 px, the demo's grid names whole in the list: none cut with "…",
 * the name column as wide as the longest of them (indent and all) needs. */
static void
test_names_whole (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  CwDatabase *db = cw_test_database_new (dir, TRUE);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(PangoLayout) layout = NULL;
  CwWindow *window = cw_test_window_new_sized (app, db, 1090, 800);
  CwGridsView *view;
  CwListPage *list;
  GListModel *all;
  int needed = 0, name_width = -1;
  guint shown = 0;

  cw_test_show_page (window, "grids");
  view = CW_GRIDS_VIEW (cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_GRIDS_VIEW, NULL));
  list = CW_LIST_PAGE (cw_grid_tree_page_get_list (CW_GRID_TREE_PAGE (cw_grids_view_get_page (view, "grids"))));
  cw_test_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1090);
  all = cw_list_page_get_all_items (list);
  g_assert_cmpuint (g_list_model_get_n_items (all), >, 20);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (list), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (all, i);
      g_autofree char *indent = g_strnfill (cw_grid_get_depth (grid) * 2, ' ');
      /* As the list shows it: two spaces a level. */
      g_autofree char *text = g_strconcat (indent, cw_grid_get_name (grid), NULL);
      int width;

      g_hash_table_add (names, g_strdup (cw_grid_get_name (grid)));
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      needed = MAX (needed, width);
    }

  cw_test_collect (GTK_WIDGET (cw_list_page_get_column_view (list)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      g_autofree char *name = g_strstrip (g_strdup (gtk_label_get_text (label)));

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || !g_hash_table_contains (names, name))
        continue;
      shown++;
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        g_error ("grid name “%s” is cut at %d px", name, gtk_widget_get_width (GTK_WIDGET (label)));
      name_width = gtk_widget_get_width (GTK_WIDGET (label));
    }
  g_assert_cmpuint (shown, >, 10);
  g_assert_cmpint (name_width, >=, needed);

  /* And every column beside them, none scrolled off to the right: the
   * table is no wider than the window it scrolls in. */
  {
    GtkWidget *table = GTK_WIDGET (cw_list_page_get_column_view (list));
    GtkWidget *scroller = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_assert_cmpfloat (gtk_adjustment_get_upper (across), <=, gtk_adjustment_get_page_size (across));
  }
  cw_test_screenshot (GTK_WIDGET (window), "grids-names-1090");
  cw_test_database_free (&db, &dir);
}

/* At 1280×900, with a grid and a worker of very long names: the tree and
 * the lists cut them (whole in the tooltip) and nothing is pushed out. */
static void
test_wide (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  CwDatabase *db = cw_test_database_new (dir, TRUE);
  const char *long_name = "张家湾屋场党员中心户（含原柳树湾村三组、四组合并后搬入集镇安置小区的十一户）";
  const char *long_worker = "阿卜杜热合曼·买买提依明·乡党委驻村第一书记";
  g_autoptr(CwGrid) grid = cw_grid_find (db, "G01-01", NULL);
  g_autoptr(GError) error = NULL;
  CwWindow *window;
  const char *names[] = { "grids", "visits", "requests", "figures" };
  CwGridsView *view;

  g_assert_nonnull (grid);
  cw_grid_set_text (grid, "name", long_name);
  g_assert_true (cw_grid_update (db, grid, &error));
  g_assert_true (cw_grid_add_worker (db, cw_grid_get_id (grid), 0, long_worker, "13900002222", "2026-01-01",
                                     &error));
  g_assert_no_error (error);
  window = cw_test_window_new_sized (app, db, 1280, 900);
  cw_test_show_page (window, "grids");
  view = CW_GRIDS_VIEW (cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_GRIDS_VIEW, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_strdup_printf ("grids-wide-%s", names[i]);

      cw_grids_view_show_subpage (view, names[i]);
      cw_test_settle ();
      if (i == 0)
        {
          CwGridTreePage *tree_page = CW_GRID_TREE_PAGE (cw_grids_view_get_page (view, "grids"));
          int width = gtk_widget_get_width (GTK_WIDGET (window));

          g_assert_cmpint (width, <=, 1280);
          cw_grid_tree_page_select (tree_page, "G01-01");
          cw_test_settle ();
          /* The long names did not make the window grow. */
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
          /* The name as stored (cleaned: its brackets are NFKC's). */
          g_assert_true (cw_test_has_label (GTK_WIDGET (tree_page), cw_grid_get_name (grid)));
          g_assert_cmpuint (g_utf8_strlen (cw_grid_get_name (grid), -1), ==, g_utf8_strlen (long_name, -1));
          /* The pane holding the list and the panel: a paned cuts a child
           * short without a word. */
          assert_fits (gtk_widget_get_parent (GTK_WIDGET (cw_grid_tree_page_get_list (tree_page))));
          assert_fits (GTK_WIDGET (cw_grid_tree_page_get_list (tree_page)));
          assert_fits (GTK_WIDGET (cw_grid_tree_page_get_panel (tree_page)));
          g_assert_true (label_contains (GTK_WIDGET (cw_grid_tree_page_get_panel (tree_page)), long_worker));
        }
      /* Nothing cut or pushed out on any sub-page. */
      assert_fits (GTK_WIDGET (view));
      cw_test_screenshot (GTK_WIDGET (window), name);
    }
  cw_test_database_free (&db, &dir);
}

/* CPU time of this thread (the main loop's), and of the whole process
 * (with the workers'), which a busy machine leaves as they are. */
static double
thread_cpu_ms (void)
{
  return cw_test_thread_cpu_usec () / 1000.0;
}

static double
process_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct
{
  gint64 wall;
  double thread_cpu;
  double process_cpu;
} Stopwatch;

static Stopwatch
stopwatch_start (void)
{
  return (Stopwatch) { g_get_monotonic_time (), thread_cpu_ms (), process_cpu_ms () };
}

static void
stopwatch_print (const Stopwatch *watch,
                 const char      *what)
{
  g_printerr ("%s: %.0f ms (CPU %.0f ms on the main loop, %.0f ms in all)\n", what,
              (g_get_monotonic_time () - watch->wall) / 1000.0, thread_cpu_ms () - watch->thread_cpu,
              process_cpu_ms () - watch->process_cpu);
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
}

/* The grids view opened at township scale, when CUNWU_BENCH_DB names the
 * benchmark's grids township (build-release/tests/bench/township-grids.db,
 * 30 000 households in 2 600 grids, a year with 100 000 requests and
 * 300 000 visits): built and first shown on its grid tree (target ≤ 1 s),
 * then a branch opened and a grid picked, with its panel and its figures
 * (counted in a worker), and the panel read again when the database
 * changes. Reads only. */
static void
test_benchmark (void)
{
  const char *path = g_getenv ("CUNWU_BENCH_DB");
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(CwGrid) area = NULL;
  g_autofree char *line = NULL;
  GtkWidget *window;
  GtkWidget *view;
  CwGridTreePage *page;
  CwGridPanel *panel;
  GListModel *tree;
  Stopwatch watch;

  if (path == NULL)
    {
      g_test_skip ("Set CUNWU_BENCH_DB to the benchmark's township-grids.db.");
      return;
    }
  db = cw_database_open (path, &error);
  g_assert_no_error (error);

  watch = stopwatch_start ();
  view = g_object_new (CW_TYPE_GRIDS_VIEW, "database", db, NULL);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  page = CW_GRID_TREE_PAGE (cw_grids_view_get_page (CW_GRIDS_VIEW (view), "grids"));
  while (!gtk_widget_get_mapped (GTK_WIDGET (page)) || g_main_context_pending (NULL) ||
         g_list_model_get_n_items (G_LIST_MODEL (cw_grid_tree_page_get_tree (page))) < 2)
    g_main_context_iteration (NULL, TRUE);
  line = g_strdup_printf ("\n%u grids; the grids view built and first shown on its tree",
                          g_list_model_get_n_items (
                            cw_list_page_get_all_items (CW_LIST_PAGE (cw_grid_tree_page_get_list (page)))));
  stopwatch_print (&watch, line);

  tree = G_LIST_MODEL (cw_grid_tree_page_get_tree (page));
  panel = cw_grid_tree_page_get_panel (page);
  row = g_list_model_get_item (tree, 1);
  area = gtk_tree_list_row_get_item (row);
  watch = stopwatch_start ();
  gtk_tree_list_row_set_expanded (row, TRUE);
  g_assert_true (cw_grid_tree_page_select (page, cw_grid_get_code (area)));
  run_pending ();
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("a 片区 (%s, %u households) opened and picked, its panel shown", cw_grid_get_code (area),
                          cw_grid_get_households (area));
  stopwatch_print (&watch, line);
  cw_test_wait_while (cw_grid_panel_get_busy, panel);
  stopwatch_print (&watch, "and its households and year's figures, read in workers");

  /* A grid one level down: its own panel (households, workers, figures). */
  {
    g_autoptr(GtkTreeListRow) child_row = g_list_model_get_item (tree, 2);
    g_autoptr(CwGrid) child = gtk_tree_list_row_get_item (child_row);

    watch = stopwatch_start ();
    g_assert_true (cw_grid_tree_page_select (page, cw_grid_get_code (child)));
    run_pending ();
    g_clear_pointer (&line, g_free);
    line = g_strdup_printf ("grid %s (%u households) picked, its panel shown", cw_grid_get_code (child),
                            cw_grid_get_households (child));
    stopwatch_print (&watch, line);
    cw_test_wait_while (cw_grid_panel_get_busy, panel);
    g_clear_pointer (&line, g_free);
    line = g_strdup_printf ("and its %u households and year's figures, read in workers, the households drawn",
                            g_list_model_get_n_items (cw_grid_panel_get_households (panel)));
    run_pending ();
    stopwatch_print (&watch, line);
    g_assert_cmpuint (g_list_model_get_n_items (cw_grid_panel_get_households (panel)), ==,
                      cw_grid_get_households (child));
  }

  /* What a visit entered anywhere costs the panel shown: it reads again. */
  watch = stopwatch_start ();
  cw_database_emit_changed (db, "visit");
  run_pending ();
  cw_test_wait_while (cw_grid_panel_get_busy, panel);
  stopwatch_print (&watch, "the panel read again on the database's \"changed\", figures and all");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/grids/tree", Fixture, NULL, fixture_setup, test_tree, cw_test_fixture_teardown);
  g_test_add ("/grids/requests", Fixture, NULL, fixture_setup, test_requests, cw_test_fixture_teardown);
  g_test_add ("/grids/figures", Fixture, NULL, fixture_setup, test_figures, cw_test_fixture_teardown);
  g_test_add ("/grids/settings", Fixture, NULL, fixture_setup, test_settings, cw_test_fixture_teardown);
  g_test_add ("/grids/visits", Fixture, NULL, fixture_setup, test_visits, cw_test_fixture_teardown);
  g_test_add ("/grids/from-household", Fixture, NULL, fixture_setup, test_from_household, cw_test_fixture_teardown);
  g_test_add ("/grids/link-member", Fixture, NULL, fixture_setup, test_link_member, cw_test_fixture_teardown);
  g_test_add_func ("/grids/fits-catches", test_fits_catches);
  g_test_add_func ("/grids/names-whole", test_names_whole);
  g_test_add_func ("/grids/wide", test_wide);
  g_test_add_func ("/grids/benchmark", test_benchmark);

  return cw_test_application_run (&app);
}
