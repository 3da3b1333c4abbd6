/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_BOARD_PAGE (cw_mediation_board_page_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationBoardPage, cw_mediation_board_page, CW, MEDIATION_BOARD_PAGE, CwListPage)

/* The deadlines board: every case's obligation coming due within a week
 * or late, the most urgent first (cw_mediation_due_list()); a line opens
 * its case. */
GtkWidget *cw_mediation_board_page_new (CwDatabase *db);

G_END_DECLS
