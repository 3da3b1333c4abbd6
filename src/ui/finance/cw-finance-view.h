/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_VIEW (cw_finance_view_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceView, cw_finance_view, CW, FINANCE_VIEW, AdwBin)

/* Collective finance (财务公开): the ledger, the disclosure and the chart
 * of accounts, each a sub-page. Actions: finance.show-subpage (s:
 * "ledger", "disclosure", "accounts"; Alt+1 … Alt+3), page.reload. */
GtkWidget  *cw_finance_view_new          (CwDatabase    *db);
void        cw_finance_view_show_subpage (CwFinanceView *self,
                                          const char    *name);
/* The sub-page widget called @name (transfer none). */
GtkWidget  *cw_finance_view_get_page     (CwFinanceView *self,
                                          const char    *name);

G_END_DECLS
