/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/finance/cw-finance-account.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_ACCOUNT_EDITOR (cw_finance_account_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceAccountEditor, cw_finance_account_editor, CW, FINANCE_ACCOUNT_EDITOR, CwRecordEditor)

/* A sub-account (明细科目): a new one chooses its chart, the account it
 * goes under (@under, an account of the chart, first; 0: the 2023
 * system's first) and its code (the next free one offered); a stored
 * one changes its name only. An account of the chart is shown as it is,
 * not to be changed. */
CwFinanceAccountEditor *cw_finance_account_editor_new (GtkWidget        *owner,
                                                       CwDatabase       *db,
                                                       CwFinanceAccount *account,
                                                       gint64            under);

G_END_DECLS
