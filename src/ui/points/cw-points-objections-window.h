/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_OBJECTIONS_WINDOW (cw_points_objections_window_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsObjectionsWindow, cw_points_objections_window, CW, POINTS_OBJECTIONS_WINDOW, AdwWindow)

/* The objections to the totals of a published quarter (异议复核), each
 * with its state, open ones first; it follows the database. Decide… on an
 * open one asks for the decision and emits "decide" (the
 * CwPointObjection, the outcome "upheld" or "dismissed", the note, the
 * day as typed), which the opener records. Action: objections.decide
 * (x: the objection's id). */
GtkWidget *cw_points_objections_window_new (GtkWindow  *parent,
                                            CwDatabase *db,
                                            const char *quarter);

G_END_DECLS
