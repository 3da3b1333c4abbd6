/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-figures-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-figures.h"
#include "report/common/cw-print-layout.h"
#include "report/grids/cw-grid-export.h"
#include "report/grids/cw-grid-print.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-print-operation.h"
#include "ui/grids/cw-grid-figures-item.h"
#include "ui/grids/cw-grid-figures-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwGridFiguresPage
{
  CwListPage  parent_instance;

  char       *from;
  char       *to;
  char       *year_from;   /* for a month; else NULL */

  /* Template widgets */
  GtkEntry   *period_entry;
};

G_DEFINE_FINAL_TYPE (CwGridFiguresPage, cw_grid_figures_page, CW_TYPE_LIST_PAGE)

#define FIGURES(item) cw_grid_figures_item_get (CW_GRID_FIGURES_ITEM (item))

static char *
grid_text (gpointer item)
{
  const CwGridFigures *f = FIGURES (item);
  g_autofree char *indent = g_strnfill (f->depth * 4, ' ');

  return g_strconcat (indent, f->name, NULL);
}

#define COUNT_TEXT(field)                               \
  static char *                                         \
  field##_text (gpointer item)                          \
  {                                                     \
    return g_strdup_printf ("%u", FIGURES (item)->field); \
  }

COUNT_TEXT (received)
COUNT_TEXT (resolved)
COUNT_TEXT (overdue)
COUNT_TEXT (visits)
COUNT_TEXT (patrol_days)

static char *
resolution_text (gpointer item)
{
  return cw_grid_format_rate (cw_grid_figures_resolution_rate (FIGURES (item)));
}

static char *
satisfaction_text (gpointer item)
{
  return cw_grid_format_rate (cw_grid_figures_satisfaction_rate (FIGURES (item)));
}

static char *
year_resolution_text (gpointer item)
{
  const CwGridFigures *year = cw_grid_figures_item_get_year (item);

  return year != NULL ? cw_grid_format_rate (cw_grid_figures_resolution_rate (year)) : g_strdup ("");
}

static char *
coverage_text (gpointer item)
{
  return g_strdup_printf ("%u/%u", FIGURES (item)->households_visited, FIGURES (item)->households);
}

static char *
must_text (gpointer item)
{
  return g_strdup_printf ("%u/%u", FIGURES (item)->must_on_time, FIGURES (item)->must_raised);
}

/* Short titles: eleven figures share the width with the grid's name. */
static const CwColumnInfo columns[] = {
  { N_("Grid"),               NULL,      grid_text,            CW_COLUMN_EXPAND,  "path" },
  { NC_("figures", "Received"), "figures", received_text,      CW_COLUMN_NUMERIC, "received" },
  { NC_("figures", "Resolved"), "figures", resolved_text,      CW_COLUMN_NUMERIC, "resolved" },
  { N_("Resolution Rate"),    NULL,      resolution_text,      CW_COLUMN_NUMERIC, NULL },
  { N_("Satisfaction Rate"),  NULL,      satisfaction_text,    CW_COLUMN_NUMERIC, NULL },
  { NC_("figures", "Overdue"), "figures", overdue_text,        CW_COLUMN_NUMERIC, "overdue" },
  { N_("Year to Date"),       NULL,      year_resolution_text, CW_COLUMN_NUMERIC, NULL },
  { N_("Visits"),             NULL,      visits_text,          CW_COLUMN_NUMERIC, "visits" },
  { N_("Visited"),            NULL,      coverage_text,        CW_COLUMN_NUMERIC, NULL },
  { NC_("figures", "Must-Visits"), "figures", must_text,            CW_COLUMN_NUMERIC, NULL },
  { N_("Patrols"),            NULL,      patrol_days_text,     CW_COLUMN_NUMERIC, NULL },
};

static const CwListPageInfo info = {
  .item_type = cw_grid_figures_item_get_type,
  .key = "path",
  .tables = (const char * const []) { "request", "visit", "must_visit", "patrol", "grid", "grid_household", NULL },
  .actions = "figures",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .search_placeholder = N_("Search grid"),
  .empty_icon_name = "x-office-spreadsheet-symbolic",
  .empty_title = N_("No Grids Yet"),
  .empty_description = N_("The figures are counted per grid once the village is divided into grids."),
  .no_match_title = N_("No Grids Found"),
  .no_match_description = N_("No grid matches the search."),
  .load_when_shown = TRUE,
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  CwGridFiguresPage *self = CW_GRID_FIGURES_PAGE (page);
  g_autoptr(GPtrArray) period = cw_grid_figures_compute (db, self->from, self->to, error);
  g_autoptr(GPtrArray) year = NULL;
  GListStore *store;

  if (period == NULL)
    return NULL;
  if (self->year_from != NULL && (year = cw_grid_figures_compute (db, self->year_from, self->to, error)) == NULL)
    return NULL;
  /* The rows move into the items, which free them. */
  g_ptr_array_set_free_func (period, NULL);
  if (year != NULL)
    g_ptr_array_set_free_func (year, NULL);
  store = g_list_store_new (CW_TYPE_GRID_FIGURES_ITEM);
  for (guint i = 0; i < period->len; i++)
    {
      g_autoptr(CwGridFiguresItem) item =
        cw_grid_figures_item_new (g_ptr_array_index (period, i), year != NULL ? g_ptr_array_index (year, i) : NULL);
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", FIGURES (item)->code, FIGURES (item)->path, NULL);
}

/* Figures are counted, never typed: there is nothing to edit. */
static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return NULL;
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  CwGridFiguresPage *self = CW_GRID_FIGURES_PAGE (page);

  /* Translators: "2026-03-01 to 2026-03-31" above the figures */
  return g_strdup_printf (_("%s to %s"), self->from, self->to);
}

gboolean
cw_grid_figures_page_set_period (CwGridFiguresPage *self,
                                 const char        *period)
{
  g_autofree char *from = NULL, *to = NULL, *year_from = NULL;

  g_return_val_if_fail (CW_IS_GRID_FIGURES_PAGE (self), FALSE);

  if (!cw_grid_period_parse (period, &from, &to, &year_from, NULL))
    return FALSE;
  g_free (self->from);
  self->from = g_steal_pointer (&from);
  g_free (self->to);
  self->to = g_steal_pointer (&to);
  g_free (self->year_from);
  self->year_from = g_steal_pointer (&year_from);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->period_entry)), period) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->period_entry), period);
  cw_list_page_reload (CW_LIST_PAGE (self));
  return TRUE;
}

static void
period_activate_cb (CwGridFiguresPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->period_entry));

  if (cw_grid_figures_page_set_period (self, text))
    gtk_widget_remove_css_class (GTK_WIDGET (self->period_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->period_entry), "error");
}

/* What leaves the office, written by a job. */

typedef enum { OUT_LEDGER, OUT_ROSTER, OUT_BOARD, OUT_CARDS } Output;

typedef struct
{
  Output        output;
  char         *from, *to, *year_from;
  char         *path;
  CwPrintTable *table;   /* read on the window's connection; the job lays it out */
} OutputJob;

static void
output_job_free (gpointer data)
{
  OutputJob *job = data;

  g_free (job->from);
  g_free (job->to);
  g_free (job->year_from);
  g_free (job->path);
  g_clear_object (&job->table);
  g_free (job);
}

static gboolean
output_work (CwDatabase     *db,
             gpointer        data,
             CwJobProgress  *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  OutputJob *job = data;

  switch (job->output)
    {
    case OUT_LEDGER:
      return cw_grid_export_requests (db, job->from, job->to, job->year_from, job->path, error);
    case OUT_ROSTER:
      return cw_grid_export_roster (db, job->path, error);
    default:
      return cw_print_table_save_pdf (job->table, job->path, NULL, error);
    }
}

static void
file_chosen_cb (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  CwGridFiguresPage *self = CW_GRID_FIGURES_PAGE (owner);
  OutputJob *job = g_new0 (OutputJob, 1);
  g_autoptr(GError) error = NULL;
  CwJob *run;

  job->output = GPOINTER_TO_INT (data);
  job->from = g_strdup (self->from);
  job->to = g_strdup (self->to);
  job->year_from = g_strdup (self->year_from);
  job->path = g_strdup (path);
  if (job->output == OUT_BOARD || job->output == OUT_CARDS)
    {
      CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));

      job->table = job->output == OUT_BOARD ? cw_grid_board_table (db, &error)
                                            : cw_grid_contact_cards_table (db, 0, &error);
      if (job->table == NULL)
        {
          cw_window_show_message (owner, error->message);
          output_job_free (job);
          return;
        }
    }
  run = cw_job_new (owner, job->table != NULL ? NULL : cw_list_page_get_database (CW_LIST_PAGE (self)),
                    output_work, job, output_job_free);
  cw_job_set_file (run, path);
  cw_job_set_endings (run, _("Saved as %s"), _("The File Could Not Be Saved"));
  cw_job_run (run);
}

static void
output_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  static const struct { const char *action, *title, *stem, *suffix, *filter; Output output; } outputs[] = {
    { "figures.export-ledger", N_("Export the Requests Ledger"), N_("Requests ledger"), ".xlsx",
      N_("Excel workbooks"), OUT_LEDGER },
    { "figures.export-roster", N_("Export the Grid Roster"), N_("Grid roster"), ".xlsx",
      N_("Excel workbooks"), OUT_ROSTER },
    { "figures.board", N_("Save the Grid Board"), N_("Grid board"), ".pdf", N_("PDF documents"), OUT_BOARD },
    { "figures.cards", N_("Save the Contact Cards"), N_("Contact cards"), ".pdf", N_("PDF documents"), OUT_CARDS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    if (g_str_equal (action_name, outputs[i].action))
      cw_job_choose_file (widget, _(outputs[i].title), _(outputs[i].stem), outputs[i].suffix,
                          _(outputs[i].filter), file_chosen_cb, GINT_TO_POINTER (outputs[i].output));
}

static void
print_board_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPrintTable) table = cw_grid_board_table (cw_list_page_get_database (CW_LIST_PAGE (widget)), &error);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (table == NULL)
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  operation = cw_print_operation_new_for_table (table);
  if (!cw_print_operation_run_dialog (operation, widget, NULL, &error))
    cw_window_show_message (widget, error->message);
}

GtkWidget *
cw_grid_figures_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_FIGURES_PAGE, "database", db, NULL);
}

static void
cw_grid_figures_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRID_FIGURES_PAGE);

  G_OBJECT_CLASS (cw_grid_figures_page_parent_class)->dispose (object);
}

static void
cw_grid_figures_page_finalize (GObject *object)
{
  CwGridFiguresPage *self = CW_GRID_FIGURES_PAGE (object);

  g_free (self->from);
  g_free (self->to);
  g_free (self->year_from);
  G_OBJECT_CLASS (cw_grid_figures_page_parent_class)->finalize (object);
}

static void
cw_grid_figures_page_class_init (CwGridFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_grid_figures_page_dispose;
  object_class->finalize = cw_grid_figures_page_finalize;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-figures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridFiguresPage, period_entry);
  gtk_widget_class_bind_template_callback (widget_class, period_activate_cb);

  gtk_widget_class_install_action (widget_class, "figures.export-ledger", NULL, output_activated);
  gtk_widget_class_install_action (widget_class, "figures.export-roster", NULL, output_activated);
  gtk_widget_class_install_action (widget_class, "figures.board", NULL, output_activated);
  gtk_widget_class_install_action (widget_class, "figures.cards", NULL, output_activated);
  gtk_widget_class_install_action (widget_class, "figures.print-board", NULL, print_board_activated);
}

static void
cw_grid_figures_page_init (CwGridFiguresPage *self)
{
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *month = g_strndup (today, 7);

  cw_grid_period_parse (month, &self->from, &self->to, &self->year_from, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_set_text (GTK_EDITABLE (self->period_entry), month);
}
