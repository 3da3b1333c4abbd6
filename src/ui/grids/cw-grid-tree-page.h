/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/grids/cw-grid-panel.h"
#include "ui/grids/cw-grids-page.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_TREE_PAGE (cw_grid_tree_page_get_type ())
G_DECLARE_FINAL_TYPE (CwGridTreePage, cw_grid_tree_page, CW, GRID_TREE_PAGE, AdwBin)

/* The grid tree in a side pane (the village at its root, each grid with
 * the households in it and below it, opened and closed a branch at a
 * time) beside the grids list (CwGridsPage), which shows the branch of
 * the grid picked in the tree, and under it the picked grid's own panel
 * (CwGridPanel: its households, workers and figures; hidden while the
 * whole village is picked). The tree follows the list's records, and
 * keeps what was open and picked when they are read again. Has a
 * construct-only "database" property and a "subpage.reload" action. */
GtkWidget      *cw_grid_tree_page_new        (CwDatabase     *db);
CwGridsPage    *cw_grid_tree_page_get_list   (CwGridTreePage *self);
CwGridPanel    *cw_grid_tree_page_get_panel  (CwGridTreePage *self);
/* The tree's rows as shown (GtkTreeListRow items, each holding a CwGrid;
 * the first is the village's, code ""). Transfer none. */
GtkTreeListModel *cw_grid_tree_page_get_tree (CwGridTreePage *self);
/* Picks the grid coded @code in the tree, opening its ancestors ("" the
 * whole village); FALSE when there is no such grid in the list. */
gboolean        cw_grid_tree_page_select     (CwGridTreePage *self,
                                              const char     *code);

G_END_DECLS
