/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/village/cw-summary.h"

G_BEGIN_DECLS

/* The grids register's part of the Overview (a section of cw-summary.c):
 * grids and open requests counted; households in no grid, grids without a
 * head and requests past their deadline as things needing attention. A
 * village with no grids is told nothing. */
gboolean cw_grid_summarize (CwSummary   *summary,
                            CwDatabase  *db,
                            GError     **error);

G_END_DECLS
