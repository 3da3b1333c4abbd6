/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_VIEW (cw_finance_view_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceView, cw_finance_view, CW, FINANCE_VIEW, CwRegisterView)

/* Collective finance (财务公开): the ledger, the disclosure and the chart
 * of accounts, each a sub-page. Actions: finance.show-subpage (s:
 * "ledger", "disclosure", "accounts"; Alt+1 … Alt+3), page.reload. */
#define    cw_finance_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define    cw_finance_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS
