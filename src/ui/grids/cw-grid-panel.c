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
  GtkSortListModel *sorted;    /* them, as the column headers sort them */
  char          *today;        /* the day the panel was read on */
  CwGrid        *grid;         /* the grid shown; NULL none */
  gint64         grid_id;      /* its id; 0 none */
  CwJob         *jobs[2];      /* reading the households, counting the figures;
                                * NULL when idle */
  gboolean       again[2];     /* asked again while it ran */
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

/* Puts @items (CwGridVisitItem; NULL: none) in the list in place of the
 * households shown. A new store each time: the sort model takes it as one
 * change, where emptying and refilling the store it watches costs a
 * 片区's 10 000 rows some 100 ms each way on the main loop (GTK 4.8). */
static void
set_households (CwGridPanel *self,
                GPtrArray   *items)
{
  g_autoptr(GListStore) store = g_list_store_new (CW_TYPE_GRID_VISIT_ITEM);

  if (items == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->households)) == 0)
    return;
  if (items != NULL)
    g_list_store_splice (store, 0, 0, items->pdata, items->len);
  g_set_object (&self->households, store);
  gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (store));
}

static gboolean
same_due (const CwVisitDue *a,
          const CwVisitDue *b)
{
  return a->household_id == b->household_id && g_str_equal (a->household_number, b->household_number) &&
         g_str_equal (a->head_name, b->head_name) && g_str_equal (a->grid_code, b->grid_code) &&
         g_str_equal (a->event, b->event) && g_str_equal (a->since, b->since) && g_str_equal (a->due, b->due);
}

/* A household read again as it was keeps its item in @items, and with it
 * its row's widgets: the list builds widgets only for items it has not
 * shown (some 50–100 ms for its first 200 rows of five cells in GTK 4.8),
 * and any visit or request entered reads the panel again. */
static void
keep_unchanged (CwGridPanel *self,
                GPtrArray   *items)
{
  GListModel *shown = G_LIST_MODEL (self->households);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwGridVisitItem) item = g_list_model_get_item (shown, i);

      /* The store holds it. */
      g_hash_table_insert (by_id, (gpointer) &cw_grid_visit_item_get (item)->household_id, item);
    }
  for (guint i = 0; i < items->len && n > 0; i++)
    {
      const CwVisitDue *due = cw_grid_visit_item_get (g_ptr_array_index (items, i));
      CwGridVisitItem *old = g_hash_table_lookup (by_id, &due->household_id);

      if (old != NULL && same_due (cw_grid_visit_item_get (old), due))
        {
          g_object_unref (g_ptr_array_index (items, i));
          items->pdata[i] = g_object_ref (old);
        }
    }
}

/* What the panel reads in a worker, each on its own connection: the
 * households with what is due (for a 片区 of a township, 10 000 rows read
 * in some tenths of a second, for a grid of 300 some tens of ms) and the
 * year's figures (one statement over the grid's branch, some tenths of a
 * second), so that picking a grid leaves the main loop at once. The
 * households come first, without waiting for the figures. */
typedef enum
{
  READ_HOUSEHOLDS,
  READ_FIGURES,
} PanelRead;

typedef struct
{
  PanelRead      what;
  gint64         grid_id;
  char          *from;
  char          *to;
  GPtrArray     *items;     /* CwGridVisitItem, READ_HOUSEHOLDS */
  CwGridFigures *figures;   /* READ_FIGURES */
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_free (job->from);
  g_free (job->to);
  g_clear_pointer (&job->items, g_ptr_array_unref);
  g_clear_pointer (&job->figures, cw_grid_figures_free);
  g_free (job);
}

static gboolean
read_work (CwDatabase     *db,
           gpointer        data,
           CwJobProgress  *progress,
           GCancellable   *cancellable,
           GError        **error)
{
  ReadJob *job = data;
  g_autoptr(GPtrArray) rows = NULL;

  if (job->what == READ_FIGURES)
    {
      job->figures = cw_grid_figures_compute_grid (db, job->grid_id, job->from, job->to, error);
      return job->figures != NULL;
    }
  rows = cw_visit_sheet_rows (db, job->to, job->grid_id, error);
  if (rows == NULL)
    return FALSE;
  /* The rows move into the items, which free them. */
  g_ptr_array_set_free_func (rows, NULL);
  job->items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (job->items, cw_grid_visit_item_new (g_ptr_array_index (rows, i)));
  return TRUE;
}

static void start_read (CwGridPanel *self,
                        PanelRead    what);

static void
read_done (GtkWidget    *owner,
           gpointer      data,
           const GError *error)
{
  CwGridPanel *self = CW_GRID_PANEL (owner);
  ReadJob *job = data;

  g_clear_object (&self->jobs[job->what]);
  /* Another grid picked, something entered, or the day turned while they
   * were read: not what to show. */
  if (self->again[job->what] || job->grid_id != self->grid_id || g_strcmp0 (job->to, self->today) != 0)
    {
      start_read (self, job->what);
      return;
    }
  if (error != NULL)
    {
      /* The panel is a view: a failure to read leaves it partly empty and
       * says why where the figures go. */
      if (job->what == READ_FIGURES)
        clear_figures (self);
      else
        set_households (self, NULL);
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  if (job->what == READ_FIGURES)
    show_figures (self, job->figures);
  else
    {
      keep_unchanged (self, job->items);
      set_households (self, job->items);
    }
}

static void
start_read (CwGridPanel *self,
            PanelRead    what)
{
  ReadJob *job;

  self->again[what] = FALSE;
  if (self->grid_id == 0)
    return;
  /* One of each at a time: its end starts the next. */
  if (self->jobs[what] != NULL)
    {
      self->again[what] = TRUE;
      return;
    }
  job = g_new0 (ReadJob, 1);
  job->what = what;
  job->grid_id = self->grid_id;
  job->from = g_strdup_printf ("%.4s-01-01", self->today);
  job->to = g_strdup (self->today);
  self->jobs[what] = cw_job_new (GTK_WIDGET (self), self->db, read_work, job, (GDestroyNotify) read_job_free);
  g_object_ref (self->jobs[what]);
  cw_job_set_endings (self->jobs[what], NULL, NULL);
  cw_job_set_done (self->jobs[what], read_done);
  cw_job_run (self->jobs[what]);
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
  else
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  start_read (self, READ_HOUSEHOLDS);
  start_read (self, READ_FIGURES);
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
      set_households (self, NULL);
    }
  g_set_object (&self->grid, grid);
  self->grid_id = grid != NULL ? cw_grid_get_id (grid) : 0;
  read_grid (self);
}

gboolean
cw_grid_panel_get_busy (gpointer panel)
{
  g_return_val_if_fail (CW_IS_GRID_PANEL (panel), FALSE);

  return CW_GRID_PANEL (panel)->jobs[READ_HOUSEHOLDS] != NULL || CW_GRID_PANEL (panel)->jobs[READ_FIGURES] != NULL;
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
  for (guint i = 0; i < G_N_ELEMENTS (self->jobs); i++)
    {
      if (self->jobs[i] != NULL)
        cw_job_cancel (self->jobs[i]);
      g_clear_object (&self->jobs[i]);
    }
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
  gtk_widget_init_template (GTK_WIDGET (self));

  self->households = g_list_store_new (CW_TYPE_GRID_VISIT_ITEM);
  cw_ui_columns_append (self->households_view, CW_TYPE_GRID_VISIT_ITEM, columns, G_N_ELEMENTS (columns));
  /* The selection model owns the sort model; the panel keeps a pointer
   * to hand it new stores. */
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->households)),
                                          g_object_ref (gtk_column_view_get_sorter (self->households_view)));
  gtk_column_view_set_model (self->households_view, GTK_SELECTION_MODEL (gtk_no_selection_new (
                                                      G_LIST_MODEL (self->sorted))));
}
