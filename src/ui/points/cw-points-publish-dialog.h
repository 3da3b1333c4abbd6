/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_PUBLISH_DIALOG (cw_points_publish_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsPublishDialog, cw_points_publish_dialog, CW, POINTS_PUBLISH_DIALOG, AdwMessageDialog)

/* 张榜公示: asks for the publicity period of @quarter ("2026Q3"; from
 * today, for a week) and, confirmed, publishes it, which locks it. What
 * came of it is told in @owner's window. */
GtkWidget *cw_points_publish_dialog_new (GtkWidget  *owner,
                                         CwDatabase *db,
                                         const char *quarter);

G_END_DECLS
