/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRIDS_VIEW (cw_grids_view_get_type ())
G_DECLARE_FINAL_TYPE (CwGridsView, cw_grids_view, CW, GRIDS_VIEW, AdwBin)

/* 网格: the grid tree, the visits due, the requests board and the
 * figures, one sub-page each ("grids", "visits", "requests", "figures").
 * Action: subpage.reload. */
GtkWidget *cw_grids_view_new          (CwDatabase  *db);
void       cw_grids_view_show_subpage (CwGridsView *self,
                                       const char  *name);
GtkWidget *cw_grids_view_get_page     (CwGridsView *self,
                                       const char  *name);

G_END_DECLS
