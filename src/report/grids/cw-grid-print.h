/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The grids register's printouts, for the PDF and the print dialog alike.
 *
 * The contact cards (党员联系卡): for each household a party member looks
 * after, the member's name and phone, the grid and its head with the
 * head's phone, one row each, a section per member — to cut out and hand
 * to the household. Only of the grid @grid_id and those below it, unless
 * 0. A household's own ID numbers and phones are never on them.
 *
 * The grid board (网格公示牌) for the notice board: every grid with its
 * level, head and workers and their phones, and its households counted.
 *
 * The visit sheet (走访登记表) of the grid @grid_id and those below it
 * (0: every grid) on the day @on: each household with its head, what is
 * due (the open must-visits, a routine visit and since when), the last
 * visit, and room to write the day, the visitor, what was found and a
 * request — to take on a walk and type back in once. A section per grid.
 * No ID number or phone is on it. */
CwPrintTable *cw_grid_contact_cards_table (CwDatabase  *db,
                                           gint64       grid_id,
                                           GError     **error);
CwPrintTable *cw_grid_board_table         (CwDatabase  *db,
                                           GError     **error);
CwPrintTable *cw_grid_visit_sheet_table   (CwDatabase  *db,
                                           gint64       grid_id,
                                           const char  *on,
                                           GError     **error);

G_END_DECLS
