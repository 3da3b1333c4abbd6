/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-restore-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-restore-dialog.h"
#include "ui/shell/cw-restore-flow.h"

struct _CwRestoreDialog
{
  AdwWindow             parent_instance;

  char                 *db_path;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwPreferencesGroup  *backups_group;
};

G_DEFINE_FINAL_TYPE (CwRestoreDialog, cw_restore_dialog, ADW_TYPE_WINDOW)

GtkWidget *
cw_restore_dialog_backup_row_new (const char *path)
{
  g_autoptr(GDateTime) made = cw_backup_get_date (path);
  g_autofree char *when = made != NULL ? g_date_time_format (made, "%Y-%m-%d %H:%M") : g_path_get_basename (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GStatBuf buf;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  /* The file's name tells two backups of the same minute apart. */
  if (g_stat (path, &buf) == 0)
    {
      size = g_format_size (buf.st_size);
      subtitle = g_strdup_printf ("%s · %s", size, name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  gtk_widget_set_tooltip_text (row, path);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "restore.pick");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);

  return row;
}

static void
fill (CwRestoreDialog *self)
{
  g_autoptr(GPtrArray) backups = cw_backup_list (self->db_path);

  for (guint i = 0; i < backups->len; i++)
    adw_preferences_group_add (self->backups_group, cw_restore_dialog_backup_row_new (g_ptr_array_index (backups, i)));

  if (backups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups in the backup folder"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->backups_group, row);
    }
}

/* The dialog goes first: the question is asked over the window itself. */
static void
pick (CwRestoreDialog *self,
      const char      *backup)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *db_path = g_strdup (self->db_path);
  g_autofree char *chosen = g_strdup (backup);

  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    cw_restore_flow_start (parent, db_path, chosen);
}

static void
pick_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pick (CW_RESTORE_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
chooser_response_cb (CwRestoreDialog      *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  pick (self, path);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwRestoreDialog *self = CW_RESTORE_DIALOG (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = cw_restore_flow_chooser_new (GTK_WINDOW (self), _("Choose a Backup"), _("_Choose"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

GtkWidget *
cw_restore_dialog_new (GtkWindow  *parent,
                       const char *db_path)
{
  CwRestoreDialog *self;

  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (CW_TYPE_RESTORE_DIALOG, "transient-for", parent, NULL);
  self->db_path = g_strdup (db_path);
  fill (self);

  return GTK_WIDGET (self);
}

static void
cw_restore_dialog_dispose (GObject *object)
{
  CwRestoreDialog *self = CW_RESTORE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_RESTORE_DIALOG);

  G_OBJECT_CLASS (cw_restore_dialog_parent_class)->dispose (object);
}

static void
cw_restore_dialog_finalize (GObject *object)
{
  CwRestoreDialog *self = CW_RESTORE_DIALOG (object);

  g_free (self->db_path);

  G_OBJECT_CLASS (cw_restore_dialog_parent_class)->finalize (object);
}

static void
cw_restore_dialog_class_init (CwRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_restore_dialog_dispose;
  object_class->finalize = cw_restore_dialog_finalize;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwRestoreDialog, backups_group);

  gtk_widget_class_install_action (widget_class, "restore.pick", "s", pick_activated);
  gtk_widget_class_install_action (widget_class, "restore.choose-file", NULL, choose_file_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_restore_dialog_init (CwRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
