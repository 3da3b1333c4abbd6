/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "report/common/cw-print-table.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICES_PAGE (cw_notices_page_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticesPage, cw_notices_page, CW, NOTICES_PAGE, CwListPage)

/* The notices, newest first, with their state as of today. Actions:
 * notices.new, notices.edit (a draft), notices.review, notices.settle,
 * notices.post, notices.withdraw, notices.next (whichever comes next;
 * each opens CwNoticeStepDialog; only the
 * next step of the selected notice is enabled), notices.print (the print
 * dialog), notices.export (the year's ledger), notices.ask and
 * notices.answer (a villager's question on a posted notice). */
GtkWidget *cw_notices_page_new (CwDatabase *db);

/* @table through the print dialog over @widget's window; without a
 * table, @error (why there is none) said in the window. */
void       cw_notices_page_print (GtkWidget    *widget,
                                  CwPrintTable *table,
                                  const GError *error);

/* Writes the ledger of this year (cw_notices_export_ledger_full()) to
 * @path in a worker, its progress and Cancel on the page's bar; a toast
 * says where it went. Nothing when an export already runs. */
void       cw_notices_page_export_ledger (CwNoticesPage *self,
                                          const char    *path);
gboolean   cw_notices_page_get_exporting (CwNoticesPage *self);

G_END_DECLS
