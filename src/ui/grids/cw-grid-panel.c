/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-panel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-visit.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/grids/cw-grid-panel.h"
#include "ui/grids/cw-grid-visit-item.h"
#include "ui/cw-ui-resources.h"

struct _CwGridPanel
{
  AdwBin         parent_instance;

  CwDatabase    *db;
  GListStore    *households;   /* CwGridVisitItem */
  char          *today;        /* the day the panel was read on */
  CwGrid        *grid;         /* the grid shown; NULL none */
  gint64         grid_id;      /* its id; 0 none */
  CwJob         *figures_job;  /* counting the year's figures; NULL when idle */
  gboolean       recount;      /* asked again while they were counted */
  CwLazyReload  *reloader;     /* a visit, a request … entered anywhere */

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

static void
clear_figures (CwGridPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_grid))) != NULL)
    gtk_grid_remove (self->figures_grid, child);
}

/* This year's figures of the grid shown and the grids below it. */
static void
show_figures (CwGridPanel         *self,
              const CwGridFigures *f)
{
  clear_figures (self);
  add_figure (self, 0, C_("figures", "Received"), g_strdup_printf ("%u", f->received));
  add_figure (self, 1, C_("figures", "Resolved"), g_strdup_printf ("%u", f->resolved));
  add_figure (self, 2, _("Resolution Rate"), cw_grid_format_rate (cw_grid_figures_resolution_rate (f)));
  add_figure (self, 3, _("Satisfaction Rate"), cw_grid_format_rate (cw_grid_figures_satisfaction_rate (f)));
  add_figure (self, 4, C_("figures", "Overdue"), g_strdup_printf ("%u", f->overdue));
  add_figure (self, 5, _("Visits"), g_strdup_printf ("%u", f->visits));
  add_figure (self, 6, _("Visited"), g_strdup_printf ("%u/%u", f->households_visited, f->households));
  add_figure (self, 7, C_("figures", "Must-Visits"), g_strdup_printf ("%u/%u", f->must_on_time, f->must_raised));
  add_figure (self, 8, _("Patrols"), g_strdup_printf ("%u", f->patrol_days));
}

/* The figures are one statement over the grid's branch: for a 片区 of a
 * township, a year of its visits and requests, some tenths of a second,
 * so a worker counts them and the panel shows the rest at once. */
typedef struct
{
  gint64         grid_id;
  char          *from;
  char          *to;
  CwGridFigures *figures;
} FiguresJob;

static void
figures_job_free (FiguresJob *job)
{
  g_free (job->from);
  g_free (job->to);
  g_clear_pointer (&job->figures, cw_grid_figures_free);
  g_free (job);
}

static gboolean
figures_work (CwDatabase     *db,
              gpointer        data,
              CwJobProgress  *progress,
              GCancellable   *cancellable,
              GError        **error)
{
  FiguresJob *job = data;

  job->figures = cw_grid_figures_compute_grid (db, job->grid_id, job->from, job->to, error);
  return job->figures != NULL;
}

static void count_figures (CwGridPanel *self);

static void
figures_done (GtkWidget    *owner,
              gpointer      data,
              const GError *error)
{
  CwGridPanel *self = CW_GRID_PANEL (owner);
  FiguresJob *job = data;

  g_clear_object (&self->figures_job);
  /* Another grid picked, something entered, or the day turned while they
   * were counted: those are not the figures to show. */
  if (self->recount || job->grid_id != self->grid_id || g_strcmp0 (job->to, self->today) != 0)
    {
      count_figures (self);
      return;
    }
  if (error != NULL)
    {
      clear_figures (self);
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  show_figures (self, job->figures);
}

static void
count_figures (CwGridPanel *self)
{
  FiguresJob *job;

  self->recount = FALSE;
  if (self->grid_id == 0)
    return;
  /* One count at a time: its end starts the next. */
  if (self->figures_job != NULL)
    {
      self->recount = TRUE;
      return;
    }
  job = g_new0 (FiguresJob, 1);
  job->grid_id = self->grid_id;
  job->from = g_strdup_printf ("%.4s-01-01", self->today);
  job->to = g_strdup (self->today);
  self->figures_job = cw_job_new (GTK_WIDGET (self), self->db, figures_work, job,
                                  (GDestroyNotify) figures_job_free);
  g_object_ref (self->figures_job);
  cw_job_set_endings (self->figures_job, NULL, NULL);
  cw_job_set_done (self->figures_job, figures_done);
  cw_job_run (self->figures_job);
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

/* Reads the grid shown again: its households with what is due, its head
 * and workers, and (in a worker) its figures. */
static void
read_grid (CwGridPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *workers = NULL;

  cw_lazy_reload_done (self->reloader);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->grid == NULL)
    return;
  g_free (self->today);
  self->today = cw_date_today_text ();

  gtk_label_set_text (self->name_label, cw_grid_get_name (self->grid));
  /* Translators: under a grid's name in its panel: its code, level and path */
  path = g_strdup_printf (_("%s · %s · %s"), cw_grid_get_code (self->grid), cw_grid_get_level (self->grid),
                          cw_grid_get_path (self->grid));
  gtk_label_set_text (self->path_label, path);
  if ((workers = workers_text (self, self->grid, &error)) != NULL)
    gtk_label_set_text (self->workers_label, workers);
  count_figures (self);
  if (workers == NULL || !show_households (self, self->grid, &error))
    {
      /* The panel is a view: a failure to read leaves it partly empty and
       * says why where the figures go. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
}

static void
reload (GtkWidget *panel)
{
  read_grid (CW_GRID_PANEL (panel));
}

/* Public */

GtkWidget *
cw_grid_panel_new (CwDatabase *db)
{
  static const char * const tables[] = {
    "grid", "grid_", "visit", "must_visit", "patrol", "request", "household", "person", NULL
  };
  CwGridPanel *self;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_GRID_PANEL, NULL);
  self->db = g_object_ref (db);
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), db, tables, reload);
  return GTK_WIDGET (self);
}

void
cw_grid_panel_show_grid (CwGridPanel *self,
                         CwGrid      *grid)
{
  g_return_if_fail (CW_IS_GRID_PANEL (self));
  g_return_if_fail (grid == NULL || CW_IS_GRID (grid));

  /* Another grid's figures go at once; the same grid's stay until its new
   * ones come. */
  if (grid == NULL || cw_grid_get_id (grid) != self->grid_id)
    {
      clear_figures (self);
      g_list_store_remove_all (self->households);
    }
  g_set_object (&self->grid, grid);
  self->grid_id = grid != NULL ? cw_grid_get_id (grid) : 0;
  read_grid (self);
}

gboolean
cw_grid_panel_get_busy (gpointer panel)
{
  g_return_val_if_fail (CW_IS_GRID_PANEL (panel), FALSE);

  return CW_GRID_PANEL (panel)->figures_job != NULL;
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
  if (self->figures_job != NULL)
    cw_job_cancel (self->figures_job);
  g_clear_object (&self->figures_job);
  g_clear_object (&self->reloader);
  g_clear_object (&self->grid);
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
