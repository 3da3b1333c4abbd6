/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_VIEW (cw_points_view_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsView, cw_points_view, CW, POINTS_VIEW, CwRegisterView)

/* The points register (积分): entry, review, the quarter's tally and
 * announcement, the points shop's counter, the rule book and the goods,
 * each a sub-page. Actions: points.show-subpage (s: "entry", "review",
 * "tally", "shop", "rules", "goods"), page.reload. */
#define     cw_points_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define     cw_points_view_get_subpage(self)        cw_register_view_get_subpage (CW_REGISTER_VIEW (self))
#define     cw_points_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS
