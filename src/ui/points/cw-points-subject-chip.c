/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-subject-chip"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/points/cw-points-subject-chip.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsSubjectChip
{
  GtkBox     parent_instance;

  /* Template widgets */
  GtkLabel  *label;
  GtkWidget *remove_button;
};

G_DEFINE_FINAL_TYPE (CwPointsSubjectChip, cw_points_subject_chip, GTK_TYPE_BOX)

GtkWidget *
cw_points_subject_chip_new (const char *text,
                            gint64      id)
{
  CwPointsSubjectChip *self;
  g_autofree char *tooltip = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (CW_TYPE_POINTS_SUBJECT_CHIP, NULL);
  tooltip = g_strdup_printf (_("Remove %s"), text);

  gtk_label_set_text (self->label, text);
  gtk_widget_set_tooltip_text (self->remove_button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "entry.remove-household");

  return GTK_WIDGET (self);
}

static void
cw_points_subject_chip_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_POINTS_SUBJECT_CHIP);

  G_OBJECT_CLASS (cw_points_subject_chip_parent_class)->dispose (object);
}

static void
cw_points_subject_chip_class_init (CwPointsSubjectChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_subject_chip_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-subject-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsSubjectChip, label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsSubjectChip, remove_button);
}

static void
cw_points_subject_chip_init (CwPointsSubjectChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
