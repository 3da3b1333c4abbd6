/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_LEDGER_PAGE (cw_finance_ledger_page_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceLedgerPage, cw_finance_ledger_page, CW, FINANCE_LEDGER_PAGE, CwListPage)

/* 收支明细: one month of the ledger at a time (the newest month with
 * entries at first), searched by summary, account, voucher and who
 * handled it, narrowed to pending or reviewed, income or expense. Entries
 * are added and changed in an editor until reviewed, then corrected by a
 * reversing entry; the supervision committee's review of the selected
 * entry's voucher or of the month's pending entries, the month's close,
 * the agency's CSV import. Actions: ledger.new, ledger.edit,
 * ledger.reverse, ledger.review-entry, ledger.review, ledger.close-month,
 * ledger.import, subpage.reload. Listed by entry id
 * (cw_list_page_select() takes it as text). */
GtkWidget      *cw_finance_ledger_page_new       (CwDatabase          *db);
/* The month shown, YYYY-MM. */
const char     *cw_finance_ledger_page_get_month (CwFinanceLedgerPage *self);
void            cw_finance_ledger_page_set_month (CwFinanceLedgerPage *self,
                                                  const char          *month);
CwImportDialog *cw_finance_ledger_page_import    (CwFinanceLedgerPage *self);

G_END_DECLS
