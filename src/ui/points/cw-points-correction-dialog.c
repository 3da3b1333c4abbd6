/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-correction-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-quarter.h"
#include "ui/points/cw-points-correction-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsCorrectionDialog
{
  AdwMessageDialog  parent_instance;

  CwPointObjection *objection;
};

G_DEFINE_FINAL_TYPE (CwPointsCorrectionDialog, cw_points_correction_dialog, ADW_TYPE_MESSAGE_DIALOG)

GtkWidget *
cw_points_correction_dialog_new (GtkWindow        *parent,
                                 CwPointObjection *objection)
{
  CwPointsCorrectionDialog *self;
  g_autofree char *open_quarter = cw_quarter_current ();
  g_autofree char *open_label = cw_quarter_label (open_quarter);
  g_autofree char *old_label = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CW_IS_POINT_OBJECTION (objection), NULL);

  self = g_object_new (CW_TYPE_POINTS_CORRECTION_DIALOG, "transient-for", parent, NULL);
  self->objection = g_object_ref (objection);

  old_label = cw_quarter_label (cw_point_objection_get_quarter (objection));
  /* Translators: subject name, the locked quarter, the open quarter */
  body = g_strdup_printf (_("The objection of %s is upheld. %s is published and locked: the correction goes into "
                            "the open quarter, %s — a new entry for what was missed, or a reversal of the wrong "
                            "entry on the Review page, with the objection as its reason."),
                          cw_point_objection_get_subject_name (objection), old_label, open_label);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  return GTK_WIDGET (self);
}

CwPointObjection *
cw_points_correction_dialog_get_objection (CwPointsCorrectionDialog *self)
{
  g_return_val_if_fail (CW_IS_POINTS_CORRECTION_DIALOG (self), NULL);

  return self->objection;
}

static void
cw_points_correction_dialog_dispose (GObject *object)
{
  CwPointsCorrectionDialog *self = CW_POINTS_CORRECTION_DIALOG (object);

  g_clear_object (&self->objection);

  G_OBJECT_CLASS (cw_points_correction_dialog_parent_class)->dispose (object);
}

static void
cw_points_correction_dialog_class_init (CwPointsCorrectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_correction_dialog_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-correction-dialog.ui");
}

static void
cw_points_correction_dialog_init (CwPointsCorrectionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
