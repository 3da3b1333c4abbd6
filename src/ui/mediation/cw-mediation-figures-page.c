/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-figures-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "report/mediation/cw-mediation-export.h"
#include "report/mediation/cw-mediation-figures.h"
#include "ui/common/cw-job.h"
#include "ui/mediation/cw-mediation-figures-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationFiguresPage
{
  AdwBin          parent_instance;

  CwDatabase     *db;
  gboolean        stale;
  GtkFileChooserNative *chooser;   /* while the clerk chooses where to export */

  /* Template widgets */
  GtkSpinButton  *year_spin;
  GtkGrid        *grid;
  GtkLabel       *note_label;
  CwJobBar       *job_bar;
};

G_DEFINE_FINAL_TYPE (CwMediationFiguresPage, cw_mediation_figures_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_cell (CwMediationFiguresPage *self,
          const char             *text,
          guint                   row,
          guint                   column)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0f : 1.0f);
  gtk_widget_set_hexpand (label, column == 0);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->grid, label, (int) column, (int) row, 1, 1);
}

static void
refresh (CwMediationFiguresPage *self)
{
  static const char * const headers[CW_MEDIATION_FIGURE_N_COLUMNS] = {
    N_("Item"), N_("Whole year"), N_("Q1"), N_("Q2"), N_("Q3"), N_("Q4"),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *child;

  self->stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  rows = cw_mediation_figures (self->db, gtk_spin_button_get_value_as_int (self->year_spin), &error);
  if (rows == NULL)
    {
      gtk_label_set_text (self->note_label, error->message);
      return;
    }
  for (guint c = 0; c < CW_MEDIATION_FIGURE_N_COLUMNS; c++)
    add_cell (self, _(headers[c]), 0, c);
  for (guint r = 0; r < rows->len; r++)
    for (guint c = 0; c < CW_MEDIATION_FIGURE_N_COLUMNS; c++)
      add_cell (self, ((char **) rows->pdata[r])[c], r + 1, c);
  gtk_label_set_text (self->note_label, cw_mediation_figures_note ());
}

static void
year_changed_cb (CwMediationFiguresPage *self)
{
  /* The window makes every page at its start: figures are read when
   * first shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
database_changed_cb (CwMediationFiguresPage *self,
                     const char             *table)
{
  if (table != NULL && !g_str_has_prefix (table, "mediation_"))
    return;
  /* Read again when shown, not at every change made elsewhere. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  database_changed_cb (CW_MEDIATION_FIGURES_PAGE (widget), NULL);
}

static void
cw_mediation_figures_page_map (GtkWidget *widget)
{
  CwMediationFiguresPage *self = CW_MEDIATION_FIGURES_PAGE (widget);

  GTK_WIDGET_CLASS (cw_mediation_figures_page_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

/* Exporting the ledger */

static void
update_actions (CwMediationFiguresPage *self)
{
  gboolean idle = !cw_mediation_figures_page_get_exporting (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figures.export-ledger", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "figures.export-ledger-full", idle);
}

typedef struct
{
  int       year;
  gboolean  full;
  char     *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job);
}

static gboolean
export_work (CwDatabase     *db,
             gpointer        data,
             CwJobProgress  *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  ExportJob *job = data;

  return cw_mediation_export_ledger_full (db, job->year, job->full, job->path, cw_job_progress_cb, progress,
                                          cancellable, NULL, error);
}

static void
export_done (GtkWidget    *owner,
             gpointer      data,
             const GError *error)
{
  update_actions (CW_MEDIATION_FIGURES_PAGE (owner));
  /* The bar is gone: say the Cancel was heard, and that nothing is left
   * half written. */
  if (g_error_matches (error, CW_ERROR, CW_ERROR_CANCELLED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    cw_window_show_message (owner, _("The export was cancelled; no file was written."));
}

void
cw_mediation_figures_page_export_ledger (CwMediationFiguresPage *self,
                                         const char             *path,
                                         gboolean                full)
{
  ExportJob *job;
  CwJob *run;

  g_return_if_fail (CW_IS_MEDIATION_FIGURES_PAGE (self));
  g_return_if_fail (path != NULL);

  if (cw_job_bar_get_running (self->job_bar))
    return;
  job = g_new0 (ExportJob, 1);
  job->year = gtk_spin_button_get_value_as_int (self->year_spin);
  job->full = full;
  job->path = g_strdup (path);
  run = cw_job_new (GTK_WIDGET (self), self->db, export_work, job, export_job_free);
  cw_job_set_file (run, path);
  cw_job_show_progress (run, self->job_bar, _("Exporting %s…"), TRUE);
  cw_job_set_endings (run, _("Mediation ledger saved as %s"), _("The Ledger Could Not Be Exported"));
  cw_job_set_done (run, export_done);
  cw_job_run (run);
  update_actions (self);
}

gboolean
cw_mediation_figures_page_get_exporting (CwMediationFiguresPage *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_FIGURES_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar) || self->chooser != NULL;
}

static void
file_chosen_cb (GtkWidget  *owner,
                const char *path,
                gpointer    data)
{
  CwMediationFiguresPage *self = CW_MEDIATION_FIGURES_PAGE (owner);

  g_clear_object (&self->chooser);
  update_actions (self);
  if (path != NULL)
    cw_mediation_figures_page_export_ledger (self, path, GPOINTER_TO_INT (data));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwMediationFiguresPage *self = CW_MEDIATION_FIGURES_PAGE (widget);
  gboolean full = g_str_has_suffix (action_name, "-full");
  /* Translators: the file name offered for the ledger; %d is the year */
  g_autofree char *stem = g_strdup_printf (_("Mediation ledger %d"), gtk_spin_button_get_value_as_int (self->year_spin));

  if (cw_mediation_figures_page_get_exporting (self))
    return;
  self->chooser = cw_job_choose_file (widget, _("Export the Mediation Ledger"), stem, ".xlsx", _("Excel workbooks"),
                                      file_chosen_cb, GINT_TO_POINTER (full));
  update_actions (self);
}

GtkWidget *
cw_mediation_figures_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_MEDIATION_FIGURES_PAGE, "database", db, NULL);
}

void
cw_mediation_figures_page_set_year (CwMediationFiguresPage *self,
                                    int                     year)
{
  g_return_if_fail (CW_IS_MEDIATION_FIGURES_PAGE (self));

  gtk_spin_button_set_value (self->year_spin, year);
}

const char *
cw_mediation_figures_page_get_cell (CwMediationFiguresPage *self,
                                    guint                   row,
                                    guint                   column)
{
  GtkWidget *label;

  g_return_val_if_fail (CW_IS_MEDIATION_FIGURES_PAGE (self), NULL);

  label = gtk_grid_get_child_at (self->grid, (int) column, (int) row);
  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static void
cw_mediation_figures_page_constructed (GObject *object)
{
  CwMediationFiguresPage *self = CW_MEDIATION_FIGURES_PAGE (object);
  GDate today;

  G_OBJECT_CLASS (cw_mediation_figures_page_parent_class)->constructed (object);

  g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  cw_date_today (&today);
  gtk_spin_button_set_value (self->year_spin, g_date_get_year (&today));
}

static void
cw_mediation_figures_page_dispose (GObject *object)
{
  CwMediationFiguresPage *self = CW_MEDIATION_FIGURES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MEDIATION_FIGURES_PAGE);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_mediation_figures_page_parent_class)->dispose (object);
}

static void
cw_mediation_figures_page_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  if (prop_id == PROP_DATABASE)
    g_value_set_object (value, CW_MEDIATION_FIGURES_PAGE (object)->db);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_mediation_figures_page_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  if (prop_id == PROP_DATABASE)
    CW_MEDIATION_FIGURES_PAGE (object)->db = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_mediation_figures_page_class_init (CwMediationFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_mediation_figures_page_constructed;
  object_class->dispose = cw_mediation_figures_page_dispose;
  object_class->get_property = cw_mediation_figures_page_get_property;
  object_class->set_property = cw_mediation_figures_page_set_property;
  widget_class->map = cw_mediation_figures_page_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-figures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMediationFiguresPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CwMediationFiguresPage, grid);
  gtk_widget_class_bind_template_child (widget_class, CwMediationFiguresPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, CwMediationFiguresPage, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "figures.export-ledger", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "figures.export-ledger-full", NULL, export_activated);
}

static void
cw_mediation_figures_page_init (CwMediationFiguresPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
