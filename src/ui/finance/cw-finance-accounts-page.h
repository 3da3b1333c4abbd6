/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_ACCOUNTS_PAGE (cw_finance_accounts_page_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceAccountsPage, cw_finance_accounts_page, CW, FINANCE_ACCOUNTS_PAGE, CwListPage)

/* The chart of accounts (会计科目) of both systems: the accounts the law
 * gives and the sub-accounts (明细科目) the office adds under them, each
 * under its account. Actions: accounts.new (a sub-account under the
 * selected account), accounts.edit (a sub-account's name; an account of
 * the chart is shown as it is), accounts.retire (a sub-account, or back). */
GtkWidget *cw_finance_accounts_page_new (CwDatabase *db);

G_END_DECLS
