/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-panel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-visit.h"
#include "ui/common/cw-columns.h"
#include "ui/grids/cw-grid-panel.h"
#include "ui/grids/cw-grid-visit-item.h"
#include "ui/cw-ui-resources.h"

struct _CwGridPanel
{
  AdwBin         parent_instance;

  CwDatabase    *db;
  GListStore    *households;   /* CwGridVisitItem */
  char          *today;        /* the day the panel was read on */

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *path_label;
  GtkColumnView *households_view;
  GtkLabel      *workers_label;
  GtkLabel      *error_label;
  GtkGrid       *figures_grid;
};

G_DEFINE_FINAL_TYPE (CwGridPanel, cw_grid_panel, ADW_TYPE_BIN)

#define DUE(item) cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (item))

static char *
event_text (gpointer item)
{
  return g_strdup (DUE (item)->event);
}

static char *
due_text (gpointer item)
{
  return g_strdup (DUE (item)->due);
}

static const CwColumnInfo columns[] = {
  { NC_("column", "Household"), "column", cw_grid_visit_item_household_text, CW_COLUMN_TEXT, "household-number" },
  { N_("Head of Household"), NULL, cw_grid_visit_item_head_text,       CW_COLUMN_EXPAND, "head-name" },
  { N_("Grid"),              NULL, cw_grid_visit_item_grid_text,       CW_COLUMN_DIM,    "grid-code" },
  { N_("Last Visit"),        NULL, cw_grid_visit_item_since_text, CW_COLUMN_TEXT,   "since" },
  { NC_("panel", "Must Visit"), "panel", event_text, CW_COLUMN_TEXT,  "event" },
  { NC_("panel", "Next Visit Due"), "panel", due_text, CW_COLUMN_TEXT, "due" },
};

/* A cut name or path, whole in its tooltip. */
static gboolean
label_query_tooltip_cb (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  cw_ui_tooltip_set_text (tooltip, label, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

/* The head first, then each worker, a line each with the phone. */
static char *
workers_text (CwGridPanel *self,
              CwGrid      *grid,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_grid_worker_rows (self->db, error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      CwGridWorkerRow *row = g_ptr_array_index (rows, i);
      const char *role = g_str_equal (row->role, "head") ? _("Grid head") : _("Grid worker");

      if (row->grid_id != cw_grid_get_id (grid))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a line of a grid's panel: "网格长 张一 13800001111" */
      g_string_append_printf (text, _("%s %s %s"), role, row->name, row->phone);
    }
  if (text->len == 0)
    g_string_append (text, _("No head or worker yet"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_figure (CwGridPanel *self,
            guint        position,
            const char  *title,
            char        *value)     /* consumed */
{
  GtkWidget *name = gtk_label_new (title);
  GtkWidget *number = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (number, "numeric");
  gtk_grid_attach (self->figures_grid, name, 0, position, 1, 1);
  gtk_grid_attach (self->figures_grid, number, 1, position, 1, 1);
  g_free (value);
}

/* This year's figures of the grid (and the grids below it). */
static gboolean
show_figures (CwGridPanel *self,
              CwGrid      *grid,
              GError     **error)
{
  g_autofree char *from = g_strdup_printf ("%.4s-01-01", self->today);
  g_autoptr(GPtrArray) rows = cw_grid_figures_compute (self->db, from, self->today, error);
  const CwGridFigures *f = NULL;
  GtkWidget *child;

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len && f == NULL; i++)
    if (((CwGridFigures *) g_ptr_array_index (rows, i))->grid_id == cw_grid_get_id (grid))
      f = g_ptr_array_index (rows, i);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_grid))) != NULL)
    gtk_grid_remove (self->figures_grid, child);
  if (f == NULL)
    return TRUE;
  add_figure (self, 0, C_("figures", "Received"), g_strdup_printf ("%u", f->received));
  add_figure (self, 1, C_("figures", "Resolved"), g_strdup_printf ("%u", f->resolved));
  add_figure (self, 2, _("Resolution Rate"), cw_grid_format_rate (cw_grid_figures_resolution_rate (f)));
  add_figure (self, 3, _("Satisfaction Rate"), cw_grid_format_rate (cw_grid_figures_satisfaction_rate (f)));
  add_figure (self, 4, C_("figures", "Overdue"), g_strdup_printf ("%u", f->overdue));
  add_figure (self, 5, _("Visits"), g_strdup_printf ("%u", f->visits));
  add_figure (self, 6, _("Visited"), g_strdup_printf ("%u/%u", f->households_visited, f->households));
  add_figure (self, 7, C_("figures", "Must-Visits"), g_strdup_printf ("%u/%u", f->must_on_time, f->must_raised));
  add_figure (self, 8, _("Patrols"), g_strdup_printf ("%u", f->patrol_days));
  return TRUE;
}

static gboolean
show_households (CwGridPanel *self,
                 CwGrid      *grid,
                 GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_visit_sheet_rows (self->db, self->today, cw_grid_get_id (grid), error);
  g_autoptr(GPtrArray) items = NULL;

  if (rows == NULL)
    return FALSE;
  /* The rows move into the items, which free them. */
  g_ptr_array_set_free_func (rows, NULL);
  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, cw_grid_visit_item_new (g_ptr_array_index (rows, i)));
  g_list_store_splice (self->households, 0, g_list_model_get_n_items (G_LIST_MODEL (self->households)),
                       items->pdata, items->len);
  return TRUE;
}

/* Public */

GtkWidget *
cw_grid_panel_new (CwDatabase *db)
{
  CwGridPanel *self;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_GRID_PANEL, NULL);
  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}

void
cw_grid_panel_show_grid (CwGridPanel *self,
                         CwGrid      *grid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *workers = NULL;

  g_return_if_fail (CW_IS_GRID_PANEL (self));

  g_list_store_remove_all (self->households);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (grid == NULL)
    return;
  g_free (self->today);
  self->today = cw_date_today_text ();

  gtk_label_set_text (self->name_label, cw_grid_get_name (grid));
  /* Translators: under a grid's name in its panel: its code, level and path */
  path = g_strdup_printf (_("%s · %s · %s"), cw_grid_get_code (grid), cw_grid_get_level (grid),
                          cw_grid_get_path (grid));
  gtk_label_set_text (self->path_label, path);
  if ((workers = workers_text (self, grid, &error)) != NULL)
    gtk_label_set_text (self->workers_label, workers);
  if (workers == NULL || !show_households (self, grid, &error) || !show_figures (self, grid, &error))
    {
      /* The panel is a view: a failure to read leaves it partly empty and
       * says why where the figures go. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
}

GListModel *
cw_grid_panel_get_households (CwGridPanel *self)
{
  g_return_val_if_fail (CW_IS_GRID_PANEL (self), NULL);

  return G_LIST_MODEL (self->households);
}

static void
cw_grid_panel_dispose (GObject *object)
{
  CwGridPanel *self = CW_GRID_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_GRID_PANEL);
  g_clear_object (&self->households);
  g_clear_object (&self->db);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (cw_grid_panel_parent_class)->dispose (object);
}

static void
cw_grid_panel_class_init (CwGridPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_grid_panel_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, path_label);
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, households_view);
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, workers_label);
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, CwGridPanel, figures_grid);
  gtk_widget_class_bind_template_callback (widget_class, label_query_tooltip_cb);
}

static void
cw_grid_panel_init (CwGridPanel *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->households = g_list_store_new (CW_TYPE_GRID_VISIT_ITEM);
  cw_ui_columns_append (self->households_view, CW_TYPE_GRID_VISIT_ITEM, columns, G_N_ELEMENTS (columns));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->households)),
                                    g_object_ref (gtk_column_view_get_sorter (self->households_view)));
  gtk_column_view_set_model (self->households_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)))));
}
