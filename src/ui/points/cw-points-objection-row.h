/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/points/cw-point-objection.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_OBJECTION_ROW (cw_points_objection_row_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsObjectionRow, cw_points_objection_row, CW, POINTS_OBJECTION_ROW, AdwActionRow)

/* One objection in the objections window: whose total, what it says, who
 * raised it when, its state; an open one has Decide…, which activates
 * objections.decide (x: the objection's id). */
GtkWidget *cw_points_objection_row_new (CwPointObjection *objection);

G_END_DECLS
