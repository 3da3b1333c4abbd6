/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Publishing a quarter (张榜公示): fixes the publicity period and locks the
 * quarter — no entry dated in it can be added, reviewed or reversed from
 * then on. Refused while entries of the quarter are still pending, for a
 * quarter not yet over, and for one already published. */
gboolean cw_point_quarter_publish          (CwDatabase  *db,
                                            const char  *quarter,
                                            const char  *publicity_from,
                                            const char  *publicity_to,
                                            GError     **error);
/* Whether @quarter is published, in *@published, and its period when
 * asked for; FALSE with @error when that cannot be read. */
gboolean cw_point_quarter_get_publication  (CwDatabase  *db,
                                            const char  *quarter,
                                            gboolean    *published,
                                            char       **publicity_from,
                                            char       **publicity_to,
                                            GError     **error);
/* Refuses (CW_ERROR_REFUSED, FALSE) when @quarter_or_day — a quarter
 * "2026Q3" or a day "2026-08-01" — lies in a published quarter: the
 * message names the quarter and the day it was published. Whatever
 * changes what a published announcement shows asks this first: point
 * entries, reviews and reversals, redemptions and their voiding, stock
 * received. The schema refuses the same by triggers. */
gboolean cw_point_quarter_check_open       (CwDatabase  *db,
                                            const char  *quarter_or_day,
                                            GError     **error);
/* Quarters that have entries or are published, newest first. */
GStrv    cw_point_quarter_list             (CwDatabase  *db);

/* 异议: an objection against a subject's total of a published quarter,
 * raised within its publicity period. Returns the objection's id. */
gint64   cw_point_quarter_add_objection    (CwDatabase  *db,
                                            const char  *quarter,
                                            const char  *scheme,
                                            gint64       subject_id,
                                            const char  *raised_on,
                                            const char  *raised_by,
                                            const char  *content,
                                            GError     **error);
/* outcome "upheld" (the correction then goes into the open quarter as a
 * reversal or a new entry) or "dismissed", with a note and a date. */
gboolean cw_point_quarter_decide_objection (CwDatabase  *db,
                                            gint64       objection_id,
                                            const char  *outcome,
                                            const char  *note,
                                            const char  *decided_on,
                                            GError     **error);

G_END_DECLS
