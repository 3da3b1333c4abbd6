/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_GRIDS_VIEW (cw_grids_view_get_type ())
G_DECLARE_FINAL_TYPE (CwGridsView, cw_grids_view, CW, GRIDS_VIEW, CwRegisterView)

/* 网格: the grid tree, the visits due, the requests board and the
 * figures, one sub-page each ("grids", "visits", "requests", "figures").
 * Actions: grids.show-subpage (Alt+1 … Alt+4), page.reload. */
#define    cw_grids_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define    cw_grids_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS
