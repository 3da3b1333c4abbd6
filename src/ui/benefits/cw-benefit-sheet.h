/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* What leaves the office from the window, for @owner (a page): the
 * signature sheet and the award board through the print dialog (its
 * "Print to File" writes the PDF), and the year's workbook through a save
 * dialog and a worker job. Failures are told in a toast or a refusal. */
void cw_benefit_sheet_print  (GtkWidget  *owner,
                              CwDatabase *db,
                              gint64      programme_id);
void cw_benefit_board_print  (GtkWidget  *owner,
                              CwDatabase *db,
                              int         year);
void cw_benefit_sheet_export (GtkWidget  *owner,
                              CwDatabase *db,
                              int         year);

G_END_DECLS
