/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "report/households/cw-roster-export.h"

G_BEGIN_DECLS

/* The township's mediation ledger (人民调解台账) of @year as .xlsx: a sheet
 * with one row per case (its dates, parties and outcome; ID numbers and
 * phones masked unless @full), and a sheet of the statistics by year and
 * quarter: received, by type, by source, by outcome, 成功率, amounts
 * agreed, 防止民转刑 and 防止群体性上访 (cases and persons), follow-ups,
 * petitions with their 办结率 and 满意率 — the figures of
 * cw_mediation_stats_for(); then a sheet with every follow-up (回访记录)
 * and one with the petitions' acceptance and every extension (信访与延期),
 * keyed by the case number, since the cases sheet has room for the last
 * follow-up only (read back by cw-mediation-record-import.h). @n_cases
 * (may be NULL) gets the cases written. */
gboolean cw_mediation_export_ledger (CwDatabase  *db,
                                     int          year,
                                     gboolean     full,
                                     const char  *path,
                                     guint       *n_cases,
                                     GError     **error);
/* The same, telling @progress (may be NULL) how many of the year's cases
 * are written now and then; cancelling gives CW_ERROR_CANCELLED and
 * leaves no file behind (nor harms an older one of that name). For the
 * window's job. */
gboolean cw_mediation_export_ledger_full (CwDatabase            *db,
                                          int                    year,
                                          gboolean               full,
                                          const char            *path,
                                          CwExportProgressFunc   progress,
                                          gpointer               user_data,
                                          GCancellable          *cancellable,
                                          guint                 *n_cases,
                                          GError               **error);

G_END_DECLS
