/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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

G_END_DECLS
