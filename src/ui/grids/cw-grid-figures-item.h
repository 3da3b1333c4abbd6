/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/grids/cw-grid-figures.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_FIGURES_ITEM (cw_grid_figures_item_get_type ())
G_DECLARE_FINAL_TYPE (CwGridFiguresItem, cw_grid_figures_item, CW, GRID_FIGURES_ITEM, GObject)

/* One row of the figures page: a grid's figures for the period and, for a
 * month, for the year to date. Properties for sorting: path, received,
 * resolved, overdue, visits. */
CwGridFiguresItem   *cw_grid_figures_item_new      (CwGridFigures     *period,
                                                    CwGridFigures     *year);
const CwGridFigures *cw_grid_figures_item_get      (CwGridFiguresItem *self);
/* NULL when the period is not a month. */
const CwGridFigures *cw_grid_figures_item_get_year (CwGridFiguresItem *self);

G_END_DECLS
