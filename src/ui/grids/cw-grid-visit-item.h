/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/grids/cw-grid-visit.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_VISIT_ITEM (cw_grid_visit_item_get_type ())
G_DECLARE_FINAL_TYPE (CwGridVisitItem, cw_grid_visit_item, CW, GRID_VISIT_ITEM, GObject)

/* One visit due, for the visits page: string properties key (户号 and
 * event, one row's own), household-number, head-name, grid-code, event,
 * since, due. */
CwGridVisitItem  *cw_grid_visit_item_new (CwVisitDue      *due);
const CwVisitDue *cw_grid_visit_item_get (CwGridVisitItem *self);

/* Column texts (CwColumnTextFunc) of an item, for the tables that show
 * households due a visit: 户号, the head, the grid's code, and the last
 * visit ("never visited" when none). */
char *cw_grid_visit_item_household_text (gpointer item);
char *cw_grid_visit_item_head_text      (gpointer item);
char *cw_grid_visit_item_grid_text      (gpointer item);
char *cw_grid_visit_item_since_text     (gpointer item);

G_END_DECLS
