/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-tally-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-point-objection.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "report/points/cw-points-announcement.h"
#include "report/points/cw-points-export.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-print-operation.h"
#include "ui/points/cw-points-correction-dialog.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-objection-dialog.h"
#include "ui/points/cw-points-objections-window.h"
#include "ui/points/cw-points-publish-dialog.h"
#include "ui/points/cw-points-tally-page-private.h"
#include "ui/points/cw-points-view.h"
#include "ui/shell/cw-window.h"

/* What the tally page's buttons do: publish the quarter, record and
 * decide objections, print the announcement, save it as PDF and export
 * the township's workbook. */

void
_cw_points_tally_page_update_actions (CwPointsTallyPage *self)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  gboolean running = cw_job_bar_get_running (self->job_bar);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.publish",
                                 quarter != NULL && !self->published && _cw_points_tally_quarter_is_over (quarter));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.objection",
                                 quarter != NULL && self->published && _cw_points_tally_page_get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.objections", quarter != NULL && self->published);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.print", quarter != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.save-pdf", quarter != NULL && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.export", quarter != NULL && !running);
}

/* Publishing */

static void
publish_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (widget);
  const char *quarter = cw_points_tally_page_get_quarter (self);

  if (quarter != NULL)
    gtk_window_present (GTK_WINDOW (cw_points_publish_dialog_new (widget, self->db, quarter)));
}

/* Objections: recorded during the publicity period, decided then or
 * later (异议复核) */

static void
objection_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (widget);
  CwPointTallyRow *row = _cw_points_tally_page_get_selected (self);
  const char *quarter = cw_points_tally_page_get_quarter (self);

  if (row == NULL || quarter == NULL)
    return;

  gtk_window_present (GTK_WINDOW (cw_points_objection_dialog_new (widget, self->db, quarter,
                                                                  _cw_points_tally_page_get_scheme (self), row)));
}

/* Into the Entry page, with the scheme and the subject of the objection
 * chosen: the correction goes into the open quarter. */
static void
open_entry_for (CwPointsTallyPage *self,
                const char        *scheme,
                const char        *number,
                const char        *name)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), CW_TYPE_POINTS_VIEW);
  CwPointsEntryPage *entry;

  if (self->objections_window != NULL)
    gtk_window_destroy (self->objections_window);
  if (view == NULL)
    return;

  cw_points_view_show_subpage (CW_POINTS_VIEW (view), "entry");
  entry = CW_POINTS_ENTRY_PAGE (cw_points_view_get_page (CW_POINTS_VIEW (view), "entry"));
  cw_points_entry_page_set_scheme (entry, scheme);
  if (g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0)
    cw_points_entry_page_choose_party_member (entry, name);
  else
    cw_points_entry_page_choose_household (entry, number);
}

static void
correction_response_cb (CwPointsTallyPage        *self,
                        const char               *response,
                        CwPointsCorrectionDialog *dialog)
{
  CwPointObjection *objection = cw_points_correction_dialog_get_objection (dialog);

  if (g_str_equal (response, "entry"))
    open_entry_for (self,
                    cw_point_objection_get_scheme (objection),
                    cw_point_objection_get_household_number (objection),
                    cw_point_objection_get_subject_name (objection));
}

/* An upheld objection changes nothing by itself: the published quarter is
 * locked, so the clerk is told where the correction goes. */
static void
remind_correction (CwPointsTallyPage *self,
                   CwPointObjection  *objection)
{
  /* On the main window: Open Entry Page closes the objections window. */
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = cw_points_correction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, objection);

  g_signal_connect_object (dialog, "response", G_CALLBACK (correction_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static CwPointObjection *
find_objection (CwPointsTallyPage *self,
                gint64             id)
{
  g_autoptr(GListModel) all = cw_point_objection_list (self->db, NULL, NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointObjection) objection = g_list_model_get_item (all, i);

      if (cw_point_objection_get_id (objection) == id)
        return g_steal_pointer (&objection);
    }

  return NULL;
}

gboolean
cw_points_tally_page_decide_objection (CwPointsTallyPage  *self,
                                       gint64              id,
                                       const char         *outcome,
                                       const char         *note,
                                       const char         *decided_on,
                                       GError            **error)
{
  g_autoptr(CwPointObjection) objection = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  day = cw_date_normalize (decided_on, error);
  if (day == NULL)
    return FALSE;
  if (!cw_point_quarter_decide_objection (self->db, id, outcome, note, day, error))
    return FALSE;

  objection = find_objection (self, id);
  if (objection != NULL && g_str_equal (outcome, "upheld"))
    remind_correction (self, objection);
  else
    cw_window_show_message (GTK_WIDGET (self), _("Objection dismissed"));

  return TRUE;
}

static void
decide_cb (CwPointsTallyPage *self,
           CwPointObjection  *objection,
           const char        *outcome,
           const char        *note,
           const char        *decided_on,
           GtkWindow         *window)
{
  g_autoptr(GError) error = NULL;

  if (!cw_points_tally_page_decide_objection (self, cw_point_objection_get_id (objection),
                                              outcome, note, decided_on, &error))
    cw_window_show_message (GTK_WIDGET (self), error->message);
}

GListModel *
cw_points_tally_page_get_objections (CwPointsTallyPage *self)
{
  const char *quarter;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  quarter = cw_points_tally_page_get_quarter (self);
  return cw_point_objection_list (self->db, quarter, NULL);
}

GtkWindow *
cw_points_tally_page_show_objections (CwPointsTallyPage *self)
{
  const char *quarter;
  GtkRoot *root;
  GtkWidget *window;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  quarter = cw_points_tally_page_get_quarter (self);
  if (quarter == NULL)
    return NULL;

  if (self->objections_window != NULL)
    gtk_window_destroy (self->objections_window);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = cw_points_objections_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db, quarter);
  g_signal_connect_object (window, "decide", G_CALLBACK (decide_cb), self, G_CONNECT_SWAPPED);
  self->objections_window = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->objections_window);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
objections_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cw_points_tally_page_show_objections (CW_POINTS_TALLY_PAGE (widget));
}

/* Printing: the announcement's printed table, through the print dialog
 * with the same layout that writes the PDF. */

/* Offered in the print dialog and beside the PDF's file name, ticked: each
 * group's pages go up on its own board. */
#define GROUPS_APART_LABEL N_("Each village group on pages of its own")
#define GROUPS_APART_CHOICE "groups-apart"

static GtkPrintOperation *
create_print_operation (CwPointsTallyPage  *self,
                        GError            **error)
{
  g_autoptr(CwPointsAnnouncement) announcement = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);
  GtkPrintOperation *operation;
  CwPrintTable *table;

  if (quarter == NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no quarter to print."));
      return NULL;
    }

  announcement = cw_points_announcement_new (self->db, _cw_points_tally_page_get_scheme (self), quarter, error);
  if (announcement == NULL)
    return NULL;
  table = cw_points_announcement_get_table (announcement);
  operation = cw_print_operation_new_for_table (table);
  cw_print_operation_add_option (operation, _("Announcement"), _(GROUPS_APART_LABEL),
                                 _("Each group’s pages have the title above its rows and the publicity period "
                                   "and the committee after them, to go up on the group’s own board. Unticked, "
                                   "the groups run on one after the other."),
                                 table, "sections-apart");
  return operation;
}

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  if (error != NULL)
    cw_window_show_message (widget, error->message);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = create_print_operation (CW_POINTS_TALLY_PAGE (widget), &error);
  if (operation == NULL || !cw_print_operation_run_dialog (operation, widget, print_done, &error))
    cw_window_show_message (widget, error->message);
}

gboolean
cw_points_tally_page_print_to_pdf (CwPointsTallyPage  *self,
                                   const char         *path,
                                   GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  operation = create_print_operation (self, error);
  return operation != NULL && cw_print_operation_export (operation, path, error);
}

/* Saving the PDF and the workbook: in a worker thread, with the job bar */

typedef enum
{
  JOB_PDF,
  JOB_WORKBOOK,
} JobKind;

typedef struct
{
  JobKind               kind;
  gboolean              groups_apart;
  CwPointsAnnouncement *announcement;
  char                 *scheme;
  char                 *quarter;
  char                 *path;
} Job;

static void
job_free (gpointer user_data)
{
  Job *job = user_data;

  g_clear_object (&job->announcement);
  g_free (job->scheme);
  g_free (job->quarter);
  g_free (job->path);
  g_free (job);
}

static gboolean
job_work (CwDatabase     *db,
          gpointer        data,
          CwJobProgress  *progress,
          GCancellable   *cancellable,
          GError        **error)
{
  Job *job = data;

  if (job->kind == JOB_PDF)
    return cw_points_announcement_save_pdf (job->announcement, job->path, NULL, error);

  return cw_points_export_quarter (db, job->scheme, job->quarter, job->path,
                                   cw_job_progress_cb, progress, cancellable, error);
}

static void
job_done (GtkWidget    *owner,
          gpointer      data,
          const GError *error)
{
  _cw_points_tally_page_update_actions (CW_POINTS_TALLY_PAGE (owner));
}

static void
start_job (CwPointsTallyPage *self,
           JobKind            kind,
           gboolean           groups_apart,
           const char        *path)
{
  g_autoptr(CwJob) job = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);
  Job *data;

  if (quarter == NULL || cw_job_bar_get_running (self->job_bar))
    return;

  data = g_new0 (Job, 1);
  data->kind = kind;
  data->groups_apart = groups_apart;
  data->scheme = g_strdup (_cw_points_tally_page_get_scheme (self));
  data->quarter = g_strdup (quarter);
  data->path = g_strdup (path);

  /* The announcement reads everything at once, here; the worker only lays
   * it out. The workbook streams its rows on a connection of its own. */
  if (kind == JOB_PDF)
    {
      g_autoptr(GError) error = NULL;

      data->announcement = cw_points_announcement_new (self->db, data->scheme, data->quarter, &error);
      if (data->announcement == NULL)
        {
          cw_window_show_message (GTK_WIDGET (self), error->message);
          job_free (data);
          return;
        }
      cw_print_table_set_sections_apart (cw_points_announcement_get_table (data->announcement), groups_apart);
    }

  job = cw_job_new (GTK_WIDGET (self), kind == JOB_PDF ? NULL : self->db, job_work, data, job_free);
  cw_job_set_file (job, path);
  if (kind == JOB_PDF)
    {
      cw_job_show_progress (job, self->job_bar, _("Saving the announcement…"), FALSE);
      cw_job_set_endings (job, _("Announcement saved as %s"), _("The Announcement Could Not Be Saved"));
    }
  else
    {
      cw_job_show_progress (job, self->job_bar, _("Exporting the workbook…"), TRUE);
      cw_job_set_endings (job, _("Workbook saved as %s"), _("The Workbook Could Not Be Exported"));
    }
  cw_job_set_done (job, job_done);
  cw_job_run (job);
  _cw_points_tally_page_update_actions (self);
}

void
cw_points_tally_page_save_pdf (CwPointsTallyPage *self,
                               const char        *path)
{
  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));
  g_return_if_fail (path != NULL);

  start_job (self, JOB_PDF, TRUE, path);
}

void
cw_points_tally_page_export (CwPointsTallyPage *self,
                             const char        *path)
{
  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));
  g_return_if_fail (path != NULL);

  start_job (self, JOB_WORKBOOK, FALSE, path);
}

gboolean
cw_points_tally_page_get_busy (CwPointsTallyPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
file_chosen (GtkWidget  *owner,
             const char *path,
             gpointer    data)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (owner);
  const char *apart = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (self->chooser), GROUPS_APART_CHOICE);

  if (path != NULL)
    start_job (self, GPOINTER_TO_INT (data), g_strcmp0 (apart, "false") != 0, path);
  g_clear_object (&self->chooser);
}

static void
choose_file (CwPointsTallyPage *self,
             JobKind            kind)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *label = NULL;
  g_autofree char *stem = NULL;

  if (quarter == NULL || self->chooser != NULL)
    return;

  label = cw_quarter_label (quarter);
  if (kind == JOB_PDF)
    {
      /* Named as the print dialog names it: the notice's title. */
      stem = cw_points_announcement_title (self->db, _cw_points_tally_page_get_scheme (self), quarter);
      self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Save the Announcement as PDF"),
                                          stem, "pdf", _("PDF documents"),
                                          file_chosen, GINT_TO_POINTER (kind));
      /* A check box beside the file name; the dialog GTK draws itself shows
       * it at once, a desktop portal leaves it out and the groups apart. */
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), GROUPS_APART_CHOICE, _(GROUPS_APART_LABEL),
                                   NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), GROUPS_APART_CHOICE, "true");
    }
  else
    {
      stem = g_strdup_printf (_("%s Points"), label);
      self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Export the Workbook"),
                                          stem, "xlsx", _("Excel workbooks"),
                                          file_chosen, GINT_TO_POINTER (kind));
    }
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (CW_POINTS_TALLY_PAGE (widget), JOB_PDF);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_file (CW_POINTS_TALLY_PAGE (widget), JOB_WORKBOOK);
}

void
_cw_points_tally_page_actions_dispose (CwPointsTallyPage *self)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->objections_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->objections_window), (gpointer *) &self->objections_window);
      gtk_window_destroy (self->objections_window);
      self->objections_window = NULL;
    }
}

void
_cw_points_tally_page_class_actions_init (CwPointsTallyPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "tally.publish", NULL, publish_activated);
  gtk_widget_class_install_action (widget_class, "tally.objection", NULL, objection_activated);
  gtk_widget_class_install_action (widget_class, "tally.objections", NULL, objections_activated);
  gtk_widget_class_install_action (widget_class, "tally.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "tally.save-pdf", NULL, save_pdf_activated);
  gtk_widget_class_install_action (widget_class, "tally.export", NULL, export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "tally.print", NULL);
}
