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
/* TRUE when published; the period is returned when asked for. */
gboolean cw_point_quarter_get_publication  (CwDatabase  *db,
                                            const char  *quarter,
                                            char       **publicity_from,
                                            char       **publicity_to);
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
