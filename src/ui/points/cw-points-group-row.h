/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_POINTS_GROUP_ROW (cw_points_group_row_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsGroupRow, cw_points_group_row, CW, POINTS_GROUP_ROW, GtkListBoxRow)

/* A village group in the entry page's Whole Group list: its name and how
 * many households it has. */
GtkWidget *cw_points_group_row_new          (gint64            group_id,
                                             const char       *name,
                                             guint             n_households);
gint64     cw_points_group_row_get_group_id (CwPointsGroupRow *self);

G_END_DECLS
