/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-entry.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_REVERSE_DIALOG (cw_points_reverse_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsReverseDialog, cw_points_reverse_dialog, CW, POINTS_REVERSE_DIALOG, AdwMessageDialog)

/* 冲销: reverses a reviewed entry (@described says which) with a dated
 * reversing entry and a reason; Reverse stays off until the reason is
 * given. What came of it is told in @owner's window. */
GtkWidget *cw_points_reverse_dialog_new (GtkWidget    *owner,
                                         CwDatabase   *db,
                                         CwPointEntry *entry,
                                         const char   *described);

G_END_DECLS
