/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-tally.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_OBJECTION_DIALOG (cw_points_objection_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsObjectionDialog, cw_points_objection_dialog, CW, POINTS_OBJECTION_DIALOG, AdwMessageDialog)

/* 异议: an objection to @row's total in the published @quarter of
 * @scheme, raised during the publicity period: when, by whom, what it
 * says, and its outcome if the committee decided at once. Record stays
 * off until who and what are given. What came of it is told in @owner's
 * window. */
GtkWidget *cw_points_objection_dialog_new (GtkWidget       *owner,
                                           CwDatabase      *db,
                                           const char      *quarter,
                                           const char      *scheme,
                                           CwPointTallyRow *row);

G_END_DECLS
