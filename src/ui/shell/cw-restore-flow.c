/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-restore-flow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-restore.h"
#include "ui/shell/cw-restore-dialog.h"
#include "ui/shell/cw-restore-flow.h"
#include "ui/shell/cw-window.h"

/* How long the record may take to be let go once its windows are closed
 * (a daily backup still reading it, say) before the restore is tried. */
#define RELEASE_WAIT_MS 10000
#define RELEASE_POLL_MS 50

typedef struct
{
  GApplication *app;
  GtkWindow    *parent;
  GtkWidget    *progress;
  AdwStatusPage *progress_page;
  char         *db_path;
  char         *backup;
  char         *when;
  char         *kept;
  gboolean      checked;    /* the backup passed cw_restore_verify() */
  GObject      *database;   /* watched until it is finalized */
  gboolean      released;
  guint         waited_ms;
} Flow;

static void
flow_free (Flow *flow)
{
  if (flow->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (flow->progress));
  g_clear_object (&flow->parent);
  g_application_release (flow->app);
  g_clear_object (&flow->app);
  g_free (flow->db_path);
  g_free (flow->backup);
  g_free (flow->when);
  g_free (flow->kept);
  g_free (flow);
}

static void
tell (GtkWindow  *parent,
      const char *heading,
      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* While the window is gone, this is what the clerk sees. */
static void
show_progress (Flow       *flow,
               const char *title)
{
  if (flow->progress == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = adw_header_bar_new ();
      GtkWidget *spinner = gtk_spinner_new ();

      flow->progress = adw_window_new ();
      gtk_window_set_title (GTK_WINDOW (flow->progress), _("Village Affairs"));
      gtk_window_set_default_size (GTK_WINDOW (flow->progress), 480, 320);
      gtk_window_set_deletable (GTK_WINDOW (flow->progress), FALSE);
      gtk_window_set_modal (GTK_WINDOW (flow->progress), TRUE);
      gtk_window_set_transient_for (GTK_WINDOW (flow->progress), flow->parent);

      adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
      gtk_widget_add_css_class (header, "flat");
      gtk_box_append (GTK_BOX (box), header);

      gtk_spinner_start (GTK_SPINNER (spinner));
      gtk_widget_set_size_request (spinner, 32, 32);
      flow->progress_page = ADW_STATUS_PAGE (adw_status_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (flow->progress_page), TRUE);
      adw_status_page_set_child (flow->progress_page, spinner);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (flow->progress_page));
      adw_window_set_content (ADW_WINDOW (flow->progress), box);
    }
  adw_status_page_set_title (flow->progress_page, title);
  gtk_window_present (GTK_WINDOW (flow->progress));
}

/* First the check of the backup, then (with the windows closed) the
 * restore itself: both read whole files, so neither runs on the main loop. */
static void
work_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Flow *flow = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = flow->checked
                ? cw_restore (flow->db_path, flow->backup, &flow->kept, &error)
                : cw_restore_verify (flow->db_path, flow->backup, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
run_in_thread (Flow                *flow,
               GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, done, flow);

  g_task_set_source_tag (task, run_in_thread);
  g_task_set_task_data (task, flow, NULL);
  g_task_run_in_thread (task, work_thread);
}

static void
restore_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Flow *flow = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkWindow *window;

  g_task_propagate_boolean (G_TASK (result), &error);
  gtk_window_destroy (GTK_WINDOW (flow->progress));
  flow->progress = NULL;

  /* The window opens on whatever is in place now: the backup, or on
   * failure the record as it was. */
  g_application_activate (flow->app);
  window = gtk_application_get_active_window (GTK_APPLICATION (flow->app));

  if (error != NULL)
    tell (window, _("The Backup Was Not Restored"), error->message);
  else if (flow->kept != NULL)
    {
      body = g_strdup_printf (_("The village record is now as it was on %s. The previous file is kept as “%s”."),
                              flow->when, flow->kept);
      tell (window, _("Backup Restored"), body);
    }
  else
    {
      body = g_strdup_printf (_("The village record is now as it was on %s."), flow->when);
      tell (window, _("Backup Restored"), body);
    }
  flow_free (flow);
}

static void
database_released_cb (gpointer  user_data,
                      GObject  *where_the_object_was)
{
  Flow *flow = user_data;

  flow->released = TRUE;
}

static gboolean
wait_for_release_cb (gpointer user_data)
{
  Flow *flow = user_data;

  flow->waited_ms += RELEASE_POLL_MS;
  if (!flow->released && flow->waited_ms < RELEASE_WAIT_MS)
    return G_SOURCE_CONTINUE;
  if (!flow->released)
    g_object_weak_unref (flow->database, database_released_cb, flow);

  /* Something still holding it makes core refuse with "in use", which is
   * then the truth. */
  run_in_thread (flow, restore_done);
  return G_SOURCE_REMOVE;
}

/* Every window of the application goes, so that no connection of this
 * process keeps the record open: the record is let go when the last page
 * holding it is finalized. */
static void
close_windows (Flow *flow)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (flow->app)));

  flow->released = TRUE;
  if (CW_IS_WINDOW (flow->parent))
    {
      flow->released = FALSE;
      flow->database = G_OBJECT (cw_window_get_database (CW_WINDOW (flow->parent)));
      g_object_weak_ref (flow->database, database_released_cb, flow);
    }

  gtk_window_set_transient_for (GTK_WINDOW (flow->progress), NULL);
  show_progress (flow, _("Restoring the Backup…"));

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != (gpointer) flow->progress)
      gtk_window_destroy (l->data);
  g_list_free (windows);
  g_clear_object (&flow->parent);

  g_timeout_add (RELEASE_POLL_MS, wait_for_release_cb, flow);
}

static void
verify_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Flow *flow = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Nothing was closed: the clerk goes on where they were. */
      gtk_window_destroy (GTK_WINDOW (flow->progress));
      flow->progress = NULL;
      tell (flow->parent, _("This Backup Cannot Be Restored"), error->message);
      flow_free (flow);
      return;
    }
  flow->checked = TRUE;
  close_windows (flow);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  Flow *flow = user_data;

  if (!g_str_equal (response, "restore"))
    {
      flow_free (flow);
      return;
    }

  show_progress (flow, _("Checking the Backup…"));
  run_in_thread (flow, verify_done);
}

void
cw_restore_flow_start (GtkWindow  *parent,
                       const char *db_path,
                       const char *backup_path)
{
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  Flow *flow;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (GTK_IS_APPLICATION (gtk_window_get_application (parent)));
  g_return_if_fail (db_path != NULL && backup_path != NULL);

  flow = g_new0 (Flow, 1);
  flow->app = G_APPLICATION (g_object_ref (gtk_window_get_application (parent)));
  /* The application stays while its windows are closed and reopened. */
  g_application_hold (flow->app);
  flow->parent = g_object_ref (parent);
  flow->db_path = g_strdup (db_path);
  flow->backup = g_strdup (backup_path);
  made = cw_backup_get_date (backup_path);
  flow->when = made != NULL ? g_date_time_format (made, "%Y-%m-%d %H:%M") : g_path_get_basename (backup_path);

  /* Translators: %s is the date and time the backup was made */
  heading = g_strdup_printf (_("Restore the Backup of %s?"), flow->when);
  body = g_strdup_printf (_("The village record will be as it was on %s. Whatever was entered after that "
                            "will not be in it and must be entered again.\n\n"
                            "The current file is not deleted: it is kept beside the record, renamed with "
                            "today’s date and time.\n\n"
                            "The window closes and opens again on the restored record."),
                          flow->when);
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), flow);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  const char *db_path = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "restore") && parent != NULL)
    gtk_window_present (GTK_WINDOW (cw_restore_dialog_new (parent, db_path)));
}

void
cw_restore_flow_offer (GtkWindow  *parent,
                       const char *db_path,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (db_path != NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "restore", _("Restore from a Backup…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  g_signal_connect_data (dialog, "response", G_CALLBACK (offer_response_cb),
                         g_strdup (db_path), (GClosureNotify) G_CALLBACK (g_free), 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkFileChooserNative *
cw_restore_flow_chooser_new (GtkWindow  *parent,
                             const char *title,
                             const char *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Village records (*.db)"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}
