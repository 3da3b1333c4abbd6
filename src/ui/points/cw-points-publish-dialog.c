/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-publish-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-point-quarter.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-points-publish-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsPublishDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *owner;
  CwDatabase       *db;
  char             *quarter;

  /* Template widgets */
  AdwEntryRow      *from_row;
  AdwEntryRow      *to_row;
};

G_DEFINE_FINAL_TYPE (CwPointsPublishDialog, cw_points_publish_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
cw_points_publish_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  CwPointsPublishDialog *self = CW_POINTS_PUBLISH_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "confirm"))
    return;

  from_text = cw_ui_row_text (GTK_WIDGET (self->from_row));
  to_text = cw_ui_row_text (GTK_WIDGET (self->to_row));
  from = cw_date_normalize (from_text, &error);
  if (from != NULL)
    to = cw_date_normalize (to_text, &error);

  if (from == NULL || to == NULL ||
      !cw_point_quarter_publish (self->db, self->quarter, from, to, &error))
    {
      cw_window_show_message (self->owner, error->message);
      return;
    }

  label = cw_quarter_label (self->quarter);
  message = g_strdup_printf (_("%s published"), label);
  cw_window_show_message (self->owner, message);
}

GtkWidget *
cw_points_publish_dialog_new (GtkWidget  *owner,
                              CwDatabase *db,
                              const char *quarter)
{
  CwPointsPublishDialog *self;
  GtkRoot *root;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *from = cw_date_today_text ();
  g_autofree char *to = NULL;
  GDate date;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (CW_TYPE_POINTS_PUBLISH_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->quarter = g_strdup (quarter);

  label = cw_quarter_label (quarter);
  heading = g_strdup_printf (_("Publish %s?"), label);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  /* A week on the notice board is the common publicity period. */
  cw_date_today (&date);
  g_date_add_days (&date, 6);
  to = cw_date_format (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);

  return GTK_WIDGET (self);
}

static void
cw_points_publish_dialog_dispose (GObject *object)
{
  CwPointsPublishDialog *self = CW_POINTS_PUBLISH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_PUBLISH_DIALOG);

  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_publish_dialog_parent_class)->dispose (object);
}

static void
cw_points_publish_dialog_finalize (GObject *object)
{
  CwPointsPublishDialog *self = CW_POINTS_PUBLISH_DIALOG (object);

  g_free (self->quarter);

  G_OBJECT_CLASS (cw_points_publish_dialog_parent_class)->finalize (object);
}

static void
cw_points_publish_dialog_class_init (CwPointsPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_points_publish_dialog_dispose;
  object_class->finalize = cw_points_publish_dialog_finalize;
  dialog_class->response = cw_points_publish_dialog_response;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsPublishDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsPublishDialog, to_row);
}

static void
cw_points_publish_dialog_init (CwPointsPublishDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
