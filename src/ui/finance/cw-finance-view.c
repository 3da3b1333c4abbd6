/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/finance/cw-finance-accounts-page.h"
#include "ui/finance/cw-finance-disclosure-page.h"
#include "ui/finance/cw-finance-ledger-page.h"
#include "ui/finance/cw-finance-view.h"

static const CwSubpage subpages[] = {
  { "ledger",     N_("Ledger"),     "accessories-calculator-symbolic", cw_finance_ledger_page_get_type },
  { "disclosure", N_("Disclosure"), "x-office-document-symbolic",      cw_finance_disclosure_page_get_type },
  { "accounts",   N_("Accounts"),   "view-list-symbolic",              cw_finance_accounts_page_get_type },
};

struct _CwFinanceView
{
  CwRegisterView  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwFinanceView, cw_finance_view, CW_TYPE_REGISTER_VIEW)

static void
cw_finance_view_class_init (CwFinanceViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  /* A sub-page wider than a narrow window scrolls sideways instead of
   * making the whole window wider (and folding its sidebar away). */
  register_class->scroll_sideways = TRUE;
  cw_register_view_class_set_subpages (register_class, "finance", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_finance_view_init (CwFinanceView *self)
{
}
