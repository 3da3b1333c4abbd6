/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-reverse-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-points-reverse-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsReverseDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *owner;
  CwDatabase       *db;
  gint64            entry_id;

  /* Template widgets */
  AdwEntryRow      *date_row;
  AdwEntryRow      *reason_row;
};

G_DEFINE_FINAL_TYPE (CwPointsReverseDialog, cw_points_reverse_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
reason_changed_cb (CwPointsReverseDialog *self)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (self->reason_row));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "confirm", text[0] != '\0');
}

static void
cw_points_reverse_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  CwPointsReverseDialog *self = CW_POINTS_REVERSE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "confirm"))
    return;

  text = cw_ui_row_text (GTK_WIDGET (self->date_row));
  date = cw_date_normalize (text, &error);
  reason = cw_ui_row_text (GTK_WIDGET (self->reason_row));

  if (date == NULL ||
      cw_point_entry_reverse (self->db, self->entry_id, date, reason, &error) == 0)
    {
      cw_window_show_message (self->owner, error->message);
      return;
    }

  cw_window_show_message (self->owner, _("Entry reversed"));
}

/* The date is today's; the reason is what the clerk types. */
static void
cw_points_reverse_dialog_show (GtkWidget *widget)
{
  CwPointsReverseDialog *self = CW_POINTS_REVERSE_DIALOG (widget);

  GTK_WIDGET_CLASS (cw_points_reverse_dialog_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
}

GtkWidget *
cw_points_reverse_dialog_new (GtkWidget    *owner,
                              CwDatabase   *db,
                              CwPointEntry *entry,
                              const char   *described)
{
  CwPointsReverseDialog *self;
  GtkRoot *root;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *body = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_POINT_ENTRY (entry), NULL);
  g_return_val_if_fail (described != NULL, NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (CW_TYPE_POINTS_REVERSE_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->entry_id = cw_point_entry_get_id (entry);

  body = g_strdup_printf (_("%s\n\nThe entry stays as it is; a reversing entry with the opposite points is added and "
                            "counts at once. In a published quarter the reversal goes into the open quarter."),
                          described);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  return GTK_WIDGET (self);
}

static void
cw_points_reverse_dialog_dispose (GObject *object)
{
  CwPointsReverseDialog *self = CW_POINTS_REVERSE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_REVERSE_DIALOG);

  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_reverse_dialog_parent_class)->dispose (object);
}

static void
cw_points_reverse_dialog_class_init (CwPointsReverseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_points_reverse_dialog_dispose;
  widget_class->show = cw_points_reverse_dialog_show;
  dialog_class->response = cw_points_reverse_dialog_response;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-reverse-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsReverseDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsReverseDialog, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
}

static void
cw_points_reverse_dialog_init (CwPointsReverseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
