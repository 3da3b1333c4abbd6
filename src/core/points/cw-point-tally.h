/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_TALLY_ROW (cw_point_tally_row_get_type ())
G_DECLARE_FINAL_TYPE (CwPointTallyRow, cw_point_tally_row, CW, POINT_TALLY_ROW, GObject)

/* One line of a quarter's tally. Properties: subject-id, number (户号; for
 * party members the household's), name (head of household, or the party
 * member), group-name, group-position, quarter-points, year-points,
 * balance, rank (in the village), group-rank. Only reviewed entries count;
 * balance = reviewed points up to the quarter's end − points redeemed (not
 * voided) up to then; party members have no shop, their balance is what
 * they earned. Equal points share a rank and the next rank skips. */
gint64       cw_point_tally_row_get_subject_id     (CwPointTallyRow *self);
const char  *cw_point_tally_row_get_number         (CwPointTallyRow *self);
const char  *cw_point_tally_row_get_name           (CwPointTallyRow *self);
const char  *cw_point_tally_row_get_group_name     (CwPointTallyRow *self);
int          cw_point_tally_row_get_group_position (CwPointTallyRow *self);
gint64       cw_point_tally_row_get_quarter_points (CwPointTallyRow *self);
gint64       cw_point_tally_row_get_year_points    (CwPointTallyRow *self);
gint64       cw_point_tally_row_get_balance        (CwPointTallyRow *self);
int          cw_point_tally_row_get_rank           (CwPointTallyRow *self);
int          cw_point_tally_row_get_group_rank     (CwPointTallyRow *self);

/* The tally of a quarter ("2026Q3"): every household in the register
 * during the quarter (or party member), ordered by group then rank in the
 * group. */
GListModel  *cw_point_tally_quarter (CwDatabase  *db,
                                     const char  *scheme,
                                     const char  *quarter,
                                     GError     **error);
/* The same for a whole year (quarter-points then hold the year's points). */
GListModel  *cw_point_tally_year    (CwDatabase  *db,
                                     const char  *scheme,
                                     int          year,
                                     GError     **error);

/* Reviewed points of a scheme in a quarter, all subjects together, in
 * *@total: what the overview shows, without building the tally. FALSE
 * with @error when they cannot be read. */
gboolean     cw_point_tally_total   (CwDatabase  *db,
                                     const char  *scheme,
                                     const char  *quarter,
                                     gint64      *total,
                                     GError     **error);

G_END_DECLS
