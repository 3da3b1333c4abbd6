/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_VIEW (cw_points_view_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsView, cw_points_view, CW, POINTS_VIEW, AdwBin)

/* The points register (积分): entry, review, the quarter's tally and
 * announcement, the points shop's counter, the rule book and the goods,
 * each a sub-page. Actions: points.show-subpage (s: "entry", "review",
 * "tally", "shop", "rules", "goods"), page.reload. */
GtkWidget  *cw_points_view_new            (CwDatabase   *db);
void        cw_points_view_show_subpage   (CwPointsView *self,
                                           const char   *name);
const char *cw_points_view_get_subpage    (CwPointsView *self);
/* The sub-page widget called @name (transfer none). */
GtkWidget  *cw_points_view_get_page       (CwPointsView *self,
                                           const char   *name);

G_END_DECLS
