/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/common/cw-database.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The quarterly points announcement for the notice board (积分公示,
 * 张榜公示), a printed table (cw-print-table.h) in the notice style:
 * A4 portrait; the title "<village><year>年第三季度积分公示" and a line on
 * how to read it; one section per village group (head of household,
 * points this quarter, year to date, balance, rank within the group — the
 * rank is the group's, since the board is read group by group; the
 * township workbook has the village rank too), a group that runs over a
 * page continued under its name and "(续)"; after it the publicity
 * period (blank lines to fill in by hand while the quarter is not
 * published), where to raise an objection (the setting
 * "points-objection-place"), and the issuing committee with the date and
 * room for the seal; "第 N 页 共 M 页" at the foot of every page.
 *
 * Each group is on pages of its own, under the title and with the
 * publicity period and the committee after its rows, numbered among
 * themselves, so that it goes up on the group's own board. The groups run
 * together, one after the other with the closing lines once at the end,
 * when the table's "sections-apart" is set FALSE
 * (cw_print_table_set_sections_apart()).
 *
 * Names only: no ID number or phone number is ever read, let alone
 * printed. With the setting "mask-names-in-notices" = "true", names are
 * masked as 张*三 (cw_print_mask_name()). A name too long for its cell
 * ends in an ellipsis, never over the next cell. */

#define CW_TYPE_POINTS_ANNOUNCEMENT (cw_points_announcement_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsAnnouncement, cw_points_announcement, CW, POINTS_ANNOUNCEMENT, GObject)

/* Reads the quarter's tally (cw_point_tally_quarter()), the village, the
 * publication and the settings at once. @scheme is CW_SCHEME_HOUSEHOLD or
 * CW_SCHEME_PARTY; @quarter anything cw_quarter_parse() takes. */
CwPointsAnnouncement *cw_points_announcement_new          (CwDatabase            *db,
                                                           const char            *scheme,
                                                           const char            *quarter,
                                                           GError               **error);

/* The title the announcement of @quarter (canonical, "2026Q3") will have,
 * without reading the tally: "青山村2026年第三季度积分公示". */
char                 *cw_points_announcement_title        (CwDatabase            *db,
                                                           const char            *scheme,
                                                           const char            *quarter);

/* "青山村2026年第三季度积分公示". */
const char           *cw_points_announcement_get_title    (CwPointsAnnouncement  *self);
/* Households (or party members) listed. */
guint                 cw_points_announcement_get_n_rows   (CwPointsAnnouncement  *self);
/* What is printed: lay it out with CwPrintLayout (the PDF below, the print
 * dialog through ui/common/cw-print-operation.h). */
CwPrintTable         *cw_points_announcement_get_table    (CwPointsAnnouncement  *self);

/* Writes the announcement as an A4 PDF with its fonts embedded; the file
 * is replaced only when complete. @n_pages may be NULL. */
gboolean              cw_points_announcement_save_pdf     (CwPointsAnnouncement  *self,
                                                           const char            *path,
                                                           int                   *n_pages,
                                                           GError               **error);

/* The same in one call. */
gboolean              cw_points_announcement_write_pdf    (CwDatabase            *db,
                                                           const char            *scheme,
                                                           const char            *quarter,
                                                           const char            *path,
                                                           GError               **error);

G_END_DECLS
