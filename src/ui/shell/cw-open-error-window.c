/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-open-error-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-error.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-open-error-window.h"
#include "ui/shell/cw-restore-dialog.h"
#include "ui/shell/cw-restore-flow.h"

struct _CwOpenErrorWindow
{
  AdwApplicationWindow  parent_instance;

  char                 *db_path;
  char                 *newest_backup;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwStatusPage        *status_page;
  GtkButton            *restore_button;
  GtkButton            *choose_backup_button;
};

G_DEFINE_FINAL_TYPE (CwOpenErrorWindow, cw_open_error_window, ADW_TYPE_APPLICATION_WINDOW)

/* A file that is there but cannot be read as the record: damage, or
 * something written over it. Restoring a backup is the remedy. */
static gboolean
is_damage (const GError *error)
{
  return g_error_matches (error, CW_ERROR, CW_ERROR_CORRUPT) ||
         g_error_matches (error, CW_ERROR, CW_ERROR_NOT_SQLITE) ||
         g_error_matches (error, CW_ERROR, CW_ERROR_EMPTY_FILE);
}

static char *
describe (CwOpenErrorWindow *self,
          const GError      *error)
{
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *what = NULL;
  g_autofree char *todo = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (!is_damage (error))
    {
      text = g_strdup_printf ("%s\n\n%s", error->message,
                              _("The file has not been changed. Open another file, or quit."));
      return g_markup_escape_text (text, -1);
    }

  /* Core's message for a damaged file carries advice for Settings, which
   * this window does not have; it says it in its own words. */
  if (g_error_matches (error, CW_ERROR, CW_ERROR_CORRUPT))
    what = g_strdup_printf (_("“%s” is damaged: parts of it cannot be read, perhaps after a power cut "
                              "or because the disk or USB stick is failing."),
                            self->db_path);
  else
    what = g_strdup (error->message);

  self->newest_backup = cw_backup_newest_good (self->db_path, &made);
  if (self->newest_backup != NULL)
    {
      when = g_date_time_format (made, "%Y-%m-%d %H:%M");
      /* Translators: %1$s is when the backup was made, %2$s its file */
      todo = g_strdup_printf (_("The newest good backup was made on %1$s (“%2$s”). Restoring it brings the "
                                "record back as it was then; what was entered after that must be entered "
                                "again. The damaged file is kept beside it, not deleted."),
                              when, self->newest_backup);
    }
  else
    todo = g_strdup (_("There is no good backup of it in the backup folder. Keep the file as it is, do not "
                       "delete it, and ask for help. If there is a copy elsewhere, such as on a USB stick, "
                       "choose it as the backup to restore, or open it."));

  text = g_strdup_printf ("%s %s\n\n%s", what, _("The file has not been changed."), todo);
  return g_markup_escape_text (text, -1);
}

static void
restore_newest_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CwOpenErrorWindow *self = CW_OPEN_ERROR_WINDOW (widget);

  if (self->newest_backup != NULL)
    cw_restore_flow_start (GTK_WINDOW (self), self->db_path, self->newest_backup);
}

static void
choose_backup_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CwOpenErrorWindow *self = CW_OPEN_ERROR_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (cw_restore_dialog_new (GTK_WINDOW (self), self->db_path)));
}

static void
chooser_response_cb (CwOpenErrorWindow    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL || app == NULL)
    return;

  /* The application opens whatever its db-path names, as at start-up. */
  g_application_hold (app);
  g_object_set (app, "db-path", path, NULL);
  gtk_window_destroy (GTK_WINDOW (self));
  g_application_activate (app);
  g_application_release (app);
}

static void
open_other_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwOpenErrorWindow *self = CW_OPEN_ERROR_WINDOW (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = cw_restore_flow_chooser_new (GTK_WINDOW (self), _("Open a Village Record"), _("_Open"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

GtkWidget *
cw_open_error_window_new (CwApplication *app,
                          const char    *db_path,
                          const GError  *error)
{
  CwOpenErrorWindow *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (CW_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (db_path != NULL && error != NULL, NULL);

  self = g_object_new (CW_TYPE_OPEN_ERROR_WINDOW, "application", app, NULL);
  self->db_path = g_strdup (db_path);

  description = describe (self, error);
  adw_status_page_set_title (self->status_page,
                             g_error_matches (error, CW_ERROR, CW_ERROR_CORRUPT)
                             ? _("The Village Record Is Damaged")
                             : _("Cannot Open the Village Record"));
  adw_status_page_set_description (self->status_page, description);

  gtk_widget_set_visible (GTK_WIDGET (self->choose_backup_button), is_damage (error));
  if (self->newest_backup != NULL)
    {
      g_autoptr(GDateTime) made = cw_backup_get_date (self->newest_backup);
      g_autofree char *when = g_date_time_format (made, "%Y-%m-%d %H:%M");
      /* Translators: a button; %s is when the backup was made */
      g_autofree char *label = g_strdup_printf (_("_Restore the Backup of %s"), when);

      gtk_button_set_label (self->restore_button, label);
      gtk_widget_set_visible (GTK_WIDGET (self->restore_button), TRUE);
      gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->restore_button));
    }

  return GTK_WIDGET (self);
}

static void
cw_open_error_window_dispose (GObject *object)
{
  CwOpenErrorWindow *self = CW_OPEN_ERROR_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_OPEN_ERROR_WINDOW);

  G_OBJECT_CLASS (cw_open_error_window_parent_class)->dispose (object);
}

static void
cw_open_error_window_finalize (GObject *object)
{
  CwOpenErrorWindow *self = CW_OPEN_ERROR_WINDOW (object);

  g_free (self->db_path);
  g_free (self->newest_backup);

  G_OBJECT_CLASS (cw_open_error_window_parent_class)->finalize (object);
}

static void
cw_open_error_window_class_init (CwOpenErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_open_error_window_dispose;
  object_class->finalize = cw_open_error_window_finalize;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-open-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwOpenErrorWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, CwOpenErrorWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, CwOpenErrorWindow, choose_backup_button);

  gtk_widget_class_install_action (widget_class, "error.restore-newest", NULL, restore_newest_activated);
  gtk_widget_class_install_action (widget_class, "error.choose-backup", NULL, choose_backup_activated);
  gtk_widget_class_install_action (widget_class, "error.open-other", NULL, open_other_activated);
}

static void
cw_open_error_window_init (CwOpenErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
