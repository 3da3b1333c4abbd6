/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* A line of the figures: what, then the year's and each quarter's. */
#define CW_MEDIATION_FIGURE_N_COLUMNS 6

/* The register's statistics of @year as the township's ledger and the
 * window show them, each line a GStrv of CW_MEDIATION_FIGURE_N_COLUMNS:
 * cases received, by type, by source, by outcome, 成功率, amounts agreed,
 * 防止民转刑 and 防止群体性上访 (cases and persons), follow-ups, petitions
 * with their 办结率 and 满意率 (cw_mediation_stats_for()). */
GPtrArray  *cw_mediation_figures      (CwDatabase  *db,
                                       int          year,
                                       GError     **error);
/* How the success rate is counted, for under the figures. */
const char *cw_mediation_figures_note (void);

G_END_DECLS
