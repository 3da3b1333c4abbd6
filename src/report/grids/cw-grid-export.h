/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The grids register's workbooks for the township.
 *
 * The grid roster: every grid with its path, level, head, workers and
 * their phones, households, persons and party members in it and below;
 * a second sheet with every party member and the households they look
 * after.
 *
 * The requests ledger for @from to @to: every request received then with
 * the date of each step; a summary sheet with one row per grid (its path)
 * and the village's row, columns 网格, 受理, 已办结, 办结率, 满意率, 逾期 as
 * cw_grid_figures_compute() counts them; with @year_from (a month's
 * ledger) the same again from @year_from, 当月 and 累计 side by side. */
gboolean cw_grid_export_roster   (CwDatabase  *db,
                                  const char  *path,
                                  GError     **error);
gboolean cw_grid_export_requests (CwDatabase  *db,
                                  const char  *from,
                                  const char  *to,
                                  const char  *year_from,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
