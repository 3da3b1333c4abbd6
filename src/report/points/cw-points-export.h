/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "report/households/cw-roster-export.h"

G_BEGIN_DECLS

/* The quarter's points for the township, one workbook (the look of
 * cw-workbook.h: title row, frozen header, borders, A4, page numbers):
 *
 *   汇总       per village group: households (or party members), points
 *              issued (reviewed entries above 0), points deducted (the
 *              size of those below 0), net, points redeemed in the shop in
 *              the quarter (households only); a 合计 line
 *   <group>    one ranking sheet per group in the tally's order: 户号, 户主
 *              (or 党员), points this quarter, year to date, balance,
 *              village rank, group rank
 *   积分明细   every reviewed entry of the quarter: date, 户号, name,
 *              group, rule code, rule, quantity, points, note, reviewer
 *
 * The figures are the tally's (cw_point_tally_quarter()), the same the
 * window and the printed announcement show. Rows are streamed: a
 * township's quarter costs a few megabytes whatever its size. @scheme is
 * CW_SCHEME_HOUSEHOLD or CW_SCHEME_PARTY; @quarter anything
 * cw_quarter_parse() takes. @progress counts ranking rows and entries. */
gboolean cw_points_export_quarter (CwDatabase            *db,
                                   const char            *scheme,
                                   const char            *quarter,
                                   const char            *path,
                                   CwExportProgressFunc   progress,
                                   gpointer               user_data,
                                   GCancellable          *cancellable,
                                   GError               **error);

G_END_DECLS
