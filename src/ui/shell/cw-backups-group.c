/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-backups-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-error.h"
#include "core/village/cw-village.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-backups-group.h"
#include "ui/shell/cw-restore-dialog.h"
#include "ui/shell/cw-restore-flow.h"
#include "ui/shell/cw-window.h"

struct _CwBackupsGroup
{
  AdwPreferencesGroup   parent_instance;

  CwDatabase           *db;
  GFileMonitor         *monitor;
  guint                 refresh_source;
  GtkFileChooserNative *save_chooser;
  GPtrArray            *rows;

  /* Template widgets */
  AdwActionRow         *backup_folder_row;
  GtkListBox           *backups_list;
};

G_DEFINE_FINAL_TYPE (CwBackupsGroup, cw_backups_group, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
has_file (CwBackupsGroup *self)
{
  const char *path = self->db != NULL ? cw_database_get_path (self->db) : NULL;

  return path != NULL && *path != '\0' && !g_str_equal (path, ":memory:");
}

static GtkWindow *
parent_window (CwBackupsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
cw_backups_group_refresh (CwBackupsGroup *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *folder = NULL;

  g_return_if_fail (CW_IS_BACKUPS_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->backups_list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (!has_file (self))
    return;

  folder = cw_backup_folder (cw_database_get_path (self->db));
  adw_action_row_set_subtitle (self->backup_folder_row, folder);

  backups = cw_backup_list (cw_database_get_path (self->db));
  for (guint i = 0; i < backups->len; i++)
    g_ptr_array_add (self->rows, cw_restore_dialog_backup_row_new (g_ptr_array_index (backups, i)));

  if (self->rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      g_ptr_array_add (self->rows, row);
    }

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_append (self->backups_list, g_ptr_array_index (self->rows, i));
}

/* Back Up Now */

static void
back_up_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  char *written = cw_backup_rotate (task_data, &error);

  if (written != NULL)
    g_task_return_pointer (task, written, g_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
back_up_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = g_task_propagate_pointer (G_TASK (result), &error);

  /* The group may have gone with its window meanwhile. */
  if (self->db == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", TRUE);

  /* A damaged record: more than a toast can say, and a way out. */
  if (g_error_matches (error, CW_ERROR, CW_ERROR_CORRUPT) && parent_window (self) != NULL)
    cw_restore_flow_offer (parent_window (self), cw_database_get_path (self->db),
                           _("No Backup Was Made"), error->message);
  else if (error != NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);
  else
    {
      cw_backups_group_refresh (self);
      cw_window_show_message (GTK_WIDGET (self), _("Backup made"));
    }
}

/* The copy is read through for its check: off the main loop. */
static void
back_up_now_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (widget);
  g_autoptr(GTask) task = NULL;

  if (!has_file (self))
    return;

  gtk_widget_action_set_enabled (widget, "backups.back-up-now", FALSE);
  task = g_task_new (self, NULL, back_up_done, NULL);
  g_task_set_source_tag (task, back_up_now_activated);
  g_task_set_task_data (task, g_strdup (cw_database_get_path (self->db)), g_free);
  g_task_run_in_thread (task, back_up_thread);
}

static void
open_folder_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (widget);
  g_autofree char *folder = NULL;
  g_autofree char *uri = NULL;

  if (!has_file (self))
    return;

  folder = cw_backup_folder (cw_database_get_path (self->db));
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      cw_window_show_message (widget, _("No backups have been made yet."));
      return;
    }

  uri = g_filename_to_uri (folder, NULL, NULL);
  if (uri != NULL)
    gtk_show_uri (parent_window (self), uri, GDK_CURRENT_TIME);
}

/* Restore */

static void
pick_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (widget);

  if (has_file (self) && parent_window (self) != NULL)
    cw_restore_flow_start (parent_window (self), cw_database_get_path (self->db),
                           g_variant_get_string (parameter, NULL));
}

static void
restore_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (widget);

  if (has_file (self) && parent_window (self) != NULL)
    gtk_window_present (GTK_WINDOW (cw_restore_dialog_new (parent_window (self), cw_database_get_path (self->db))));
}

/* Save a Copy */

static void
save_copy_response_cb (CwBackupsGroup       *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = NULL;
  g_autofree char *written = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->save_chooser);

  if (file == NULL)
    return;

  dest = g_file_get_path (file);
  if (dest == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self),
                              _("Choose a place on this computer or on a USB stick."));
      return;
    }

  written = cw_backup_copy (cw_database_get_path (self->db), dest, &error);
  if (written == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (_("Copy saved as %s"), written);
  cw_window_show_message (GTK_WIDGET (self), message);
}

static void
save_copy_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (widget);
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (!has_file (self) || self->save_chooser != NULL)
    return;

  village = cw_village_load (self->db, NULL);
  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("%s-%s.db", village != NULL ? cw_village_get_name (village) : "cunwu", date);
  g_strdelimit (name, "/\\:", '-');

  self->save_chooser = gtk_file_chooser_native_new (_("Save a Copy of the Village Record"),
                                                    parent_window (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Save"),
                                                    _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);
  g_signal_connect_object (self->save_chooser, "response",
                           G_CALLBACK (save_copy_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

/* Following the folder: the daily backup is written by a thread, a
 * command-line backup by another program. */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CwBackupsGroup *self = user_data;

  self->refresh_source = 0;
  cw_backups_group_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
folder_changed_cb (CwBackupsGroup    *self,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   GFileMonitor      *monitor)
{
  if ((event == G_FILE_MONITOR_EVENT_CREATED ||
       event == G_FILE_MONITOR_EVENT_DELETED ||
       event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT) &&
      self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

void
cw_backups_group_set_database (CwBackupsGroup *self,
                               CwDatabase     *db)
{
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (CW_IS_BACKUPS_GROUP (self));
  g_return_if_fail (CW_IS_DATABASE (db));
  g_return_if_fail (self->db == NULL);

  self->db = g_object_ref (db);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", has_file (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.save-copy", has_file (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.open-folder", has_file (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore", has_file (self));

  if (has_file (self))
    {
      folder = cw_backup_folder (cw_database_get_path (db));
      file = g_file_new_for_path (folder);
      self->monitor = g_file_monitor_directory (file, G_FILE_MONITOR_NONE, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (folder_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  cw_backups_group_refresh (self);
}

static void
cw_backups_group_dispose (GObject *object)
{
  CwBackupsGroup *self = CW_BACKUPS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_BACKUPS_GROUP);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_backups_group_parent_class)->dispose (object);
}

static void
cw_backups_group_class_init (CwBackupsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_backups_group_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-backups-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CwBackupsGroup, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, CwBackupsGroup, backups_list);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL, back_up_now_activated);
  gtk_widget_class_install_action (widget_class, "backups.save-copy", NULL, save_copy_activated);
  gtk_widget_class_install_action (widget_class, "backups.open-folder", NULL, open_folder_activated);
  gtk_widget_class_install_action (widget_class, "backups.restore", NULL, restore_activated);
  /* The backup rows are the restore dialog's: picking one restores it. */
  gtk_widget_class_install_action (widget_class, "restore.pick", "s", pick_activated);
}

static void
cw_backups_group_init (CwBackupsGroup *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
