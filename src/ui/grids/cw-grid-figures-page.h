/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_FIGURES_PAGE (cw_grid_figures_page_get_type ())
G_DECLARE_FINAL_TYPE (CwGridFiguresPage, cw_grid_figures_page, CW, GRID_FIGURES_PAGE, CwListPage)

/* The figures of a period (a month by default, this month first) per grid
 * and rolled up to the village, as cw_grid_figures_compute() counts them:
 * for a month also 办结率 and 满意率 for the year to date. What leaves the
 * office is here too: the requests ledger and the grid roster as
 * workbooks, the grid board and the contact cards as PDF or printed.
 * Actions: figures.export-ledger, figures.export-roster, figures.board,
 * figures.cards, figures.print-board, subpage.reload. */
GtkWidget *cw_grid_figures_page_new        (CwDatabase        *db);
/* The period as the clerk types it (2026-03, 2026Q1, 2026); FALSE, and
 * the period kept, when it is none. */
gboolean   cw_grid_figures_page_set_period (CwGridFiguresPage *self,
                                            const char        *period);

G_END_DECLS
