/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_TABLE_VIEW (cw_notice_table_view_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeTableView, cw_notice_table_view, CW, NOTICE_TABLE_VIEW, AdwBin)

/* A notice's table as the board will show it, read-only, in the notice's
 * editor: its header and every row, in a list that scrolls within a
 * few hundred pixels and builds only the rows in view, so that a table
 * of a thousand rows opens as fast as one of three. */
GtkWidget *cw_notice_table_view_new       (void);

/* Shows the columns and rows of @table (cw_notice_print_table(): masked
 * as the printout is, no ID or phone number in full), or nothing when
 * @table is NULL or has no columns. */
void       cw_notice_table_view_set_table (CwNoticeTableView *self,
                                           CwPrintTable      *table);
/* The rows shown, the header not counted. */
guint      cw_notice_table_view_get_n_rows (CwNoticeTableView *self);

G_END_DECLS
