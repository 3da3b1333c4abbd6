/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-group-row"

#include "config.h"

#include "ui/points/cw-points-group-row.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsGroupRow
{
  GtkListBoxRow  parent_instance;

  gint64         group_id;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *count_label;
};

G_DEFINE_FINAL_TYPE (CwPointsGroupRow, cw_points_group_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
cw_points_group_row_new (gint64      group_id,
                         const char *name,
                         guint       n_households)
{
  CwPointsGroupRow *self = g_object_new (CW_TYPE_POINTS_GROUP_ROW, NULL);
  g_autofree char *count = g_strdup_printf ("%u", n_households);

  self->group_id = group_id;
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->count_label, count);

  return GTK_WIDGET (self);
}

gint64
cw_points_group_row_get_group_id (CwPointsGroupRow *self)
{
  g_return_val_if_fail (CW_IS_POINTS_GROUP_ROW (self), 0);

  return self->group_id;
}

static void
cw_points_group_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_POINTS_GROUP_ROW);

  G_OBJECT_CLASS (cw_points_group_row_parent_class)->dispose (object);
}

static void
cw_points_group_row_class_init (CwPointsGroupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_group_row_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-group-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsGroupRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsGroupRow, count_label);
}

static void
cw_points_group_row_init (CwPointsGroupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
