/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-job"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/common/cw-output.h"
#include "ui/common/cw-files.h"
#include "ui/common/cw-job.h"
#include "ui/shell/cw-window.h"

struct _CwJob
{
  GObject         parent_instance;

  /* Set on the main thread before the work starts; the worker only reads
   * db_path, operator_name, func, data and progress. */
  GWeakRef        owner;
  GWeakRef        bar;
  char           *db_path;
  char           *operator_name;
  CwJobFunc       func;
  gpointer        data;
  GDestroyNotify  data_free;
  CwJobDoneFunc   done;
  char           *path;
  char           *done_message;
  char           *refusal_heading;
  GCancellable   *cancellable;
  CwJobProgress  *progress;
  gulong          destroy_handler;
  gboolean        running;
};

G_DEFINE_FINAL_TYPE (CwJob, cw_job, G_TYPE_OBJECT)

static CwDatabase *
open_worker (const char  *path,
             const char  *operator_name,
             GError     **error)
{
  CwDatabase *worker = cw_database_open (path, error);

  if (worker != NULL)
    cw_database_set_operator (worker, operator_name);

  return worker;
}

CwDatabase *
cw_ui_open_worker_database (CwDatabase  *db,
                            GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return open_worker (cw_database_get_path (db), cw_database_get_operator (db), error);
}

void
cw_ui_show_refusal (GtkWidget  *owner,
                    const char *heading,
                    const char *message)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_cancel (const GError *error)
{
  return g_error_matches (error, CW_ERROR, CW_ERROR_CANCELLED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The file's name in @format, or @format as it is. */
static char *
with_file (const char *format,
           const char *file)
{
  if (file == NULL || strstr (format, "%s") == NULL)
    return g_strdup (format);

  return g_strdup_printf (format, file);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  CwJob *self = task_data;
  g_autoptr(CwDatabase) db = NULL;
  GError *error = NULL;

  if (self->db_path != NULL)
    {
      db = open_worker (self->db_path, self->operator_name, &error);
      if (db == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  if (self->func (db, self->data, self->progress, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CwJob) self = user_data;
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&self->owner);
  g_autoptr(CwJobBar) bar = g_weak_ref_get (&self->bar);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  self->running = FALSE;
  g_clear_pointer (&self->progress, cw_job_progress_unref);
  if (bar != NULL)
    cw_job_bar_finish (bar);

  /* The owner went away meanwhile: nobody to tell. */
  if (owner == NULL)
    return;
  g_clear_signal_handler (&self->destroy_handler, owner);

  if (self->done != NULL)
    self->done (owner, self->data, error);

  if (error == NULL && self->done_message != NULL)
    {
      g_autofree char *message = with_file (self->done_message, self->path);

      cw_window_show_message (owner, message);
    }
  else if (error != NULL && !is_cancel (error) && self->refusal_heading != NULL)
    cw_ui_show_refusal (owner, self->refusal_heading, error->message);
}

static void
owner_destroyed_cb (CwJob     *self,
                    GtkWidget *owner)
{
  self->destroy_handler = 0;
  g_cancellable_cancel (self->cancellable);
}

CwJob *
cw_job_new (GtkWidget      *owner,
            CwDatabase     *db,
            CwJobFunc       func,
            gpointer        data,
            GDestroyNotify  data_free)
{
  CwJob *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (db == NULL || CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (CW_TYPE_JOB, NULL);
  g_weak_ref_set (&self->owner, owner);
  if (db != NULL)
    {
      self->db_path = g_strdup (cw_database_get_path (db));
      self->operator_name = g_strdup (cw_database_get_operator (db));
    }
  self->func = func;
  self->data = data;
  self->data_free = data_free;

  return self;
}

void
cw_job_set_file (CwJob      *self,
                 const char *path)
{
  g_return_if_fail (CW_IS_JOB (self));
  g_return_if_fail (!self->running);

  g_free (self->path);
  self->path = g_strdup (path);
}

void
cw_job_show_progress (CwJob      *self,
                      CwJobBar   *bar,
                      const char *label,
                      gboolean    can_cancel)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (CW_IS_JOB (self));
  g_return_if_fail (CW_IS_JOB_BAR (bar));
  g_return_if_fail (!self->running);

  name = self->path != NULL ? g_path_get_basename (self->path) : NULL;
  text = with_file (label, name);
  g_weak_ref_set (&self->bar, bar);
  g_clear_pointer (&self->progress, cw_job_progress_unref);
  self->progress = cw_job_bar_start (bar, text, can_cancel ? self->cancellable : NULL);
}

void
cw_job_set_endings (CwJob      *self,
                    const char *done_message,
                    const char *refusal_heading)
{
  g_return_if_fail (CW_IS_JOB (self));

  g_free (self->done_message);
  self->done_message = g_strdup (done_message);
  g_free (self->refusal_heading);
  self->refusal_heading = g_strdup (refusal_heading);
}

void
cw_job_set_done (CwJob         *self,
                 CwJobDoneFunc  done)
{
  g_return_if_fail (CW_IS_JOB (self));

  self->done = done;
}

void
cw_job_run (CwJob *self)
{
  g_autoptr(GtkWidget) owner = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CW_IS_JOB (self));
  g_return_if_fail (!self->running);

  owner = g_weak_ref_get (&self->owner);
  g_return_if_fail (owner != NULL);

  self->running = TRUE;
  self->destroy_handler = g_signal_connect_swapped (owner, "destroy", G_CALLBACK (owner_destroyed_cb), self);

  /* The job itself is the callback's data rather than the task's source
   * object, so that its last reference is never dropped in the worker
   * while the owner might still be reached from it. Whether the work
   * finished is what counts, not whether Cancel came too late. */
  task = g_task_new (NULL, self->cancellable, job_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, cw_job_run);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_object_ref (self), g_object_unref);
  g_task_run_in_thread (task, job_thread);
}

void
cw_job_cancel (CwJob *self)
{
  g_return_if_fail (CW_IS_JOB (self));

  g_cancellable_cancel (self->cancellable);
}

gboolean
cw_job_get_running (CwJob *self)
{
  g_return_val_if_fail (CW_IS_JOB (self), FALSE);

  return self->running;
}

static void
cw_job_finalize (GObject *object)
{
  CwJob *self = CW_JOB (object);

  g_weak_ref_clear (&self->owner);
  g_weak_ref_clear (&self->bar);
  g_free (self->db_path);
  g_free (self->operator_name);
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_free (self->path);
  g_free (self->done_message);
  g_free (self->refusal_heading);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, cw_job_progress_unref);

  G_OBJECT_CLASS (cw_job_parent_class)->finalize (object);
}

static void
cw_job_class_init (CwJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_job_finalize;
}

static void
cw_job_init (CwJob *self)
{
  g_weak_ref_init (&self->owner, NULL);
  g_weak_ref_init (&self->bar, NULL);
  self->cancellable = g_cancellable_new ();
}

/* Choosing where to save */

typedef struct
{
  CwJobFileFunc func;
  gpointer      data;
} ChooseFile;

static void
chooser_response_cb (GtkFileChooserNative *chooser,
                     int                   response,
                     GtkWidget            *owner)
{
  ChooseFile *choose = g_object_get_data (G_OBJECT (chooser), "cw-choose-file");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autoptr(GError) error = NULL;

      path = g_file_get_path (file);
      if (path == NULL)
        cw_window_show_message (owner, _("Choose a place on this computer or on a USB stick."));
      /* The writer refuses it too, but only after the clerk has waited for
       * the job: said now, the name can be changed at once. */
      else if (!cw_output_check_destination (NULL, path, CW_OUTPUT_DEFAULT, &error))
        {
          cw_ui_show_refusal (owner, _("Choose Another File"), error->message);
          g_clear_pointer (&path, g_free);
        }
    }

  choose->func (owner, path, choose->data);
}

GtkFileChooserNative *
cw_job_choose_file (GtkWidget     *owner,
                    const char    *title,
                    const char    *stem,
                    const char    *suffix,
                    const char    *filter_name,
                    CwJobFileFunc  func,
                    gpointer       data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *extension = g_strconcat (".", suffix, NULL);
  g_autofree char *name = cw_ui_file_name (stem, extension);
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkFileChooserNative *chooser;
  ChooseFile *choose;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, suffix);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  choose = g_new0 (ChooseFile, 1);
  choose->func = func;
  choose->data = data;
  g_object_set_data_full (G_OBJECT (chooser), "cw-choose-file", choose, g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), owner, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));

  return chooser;
}
