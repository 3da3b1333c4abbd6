/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/finance/cw-finance-entry.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_ENTRY_EDITOR (cw_finance_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceEntryEditor, cw_finance_entry_editor, CW, FINANCE_ENTRY_EDITOR, CwRecordEditor)

/* A ledger entry in a window: date, voucher, the account of that year's
 * chart, summary, amount (as offices write it: 1,234.50), who handled it.
 * A new entry is dated today, or the last day of @month when that month
 * is over. A reviewed entry is shown as it is: it is corrected by a
 * reversing entry, never changed. */
CwFinanceEntryEditor *cw_finance_entry_editor_new (GtkWidget      *owner,
                                                   CwDatabase     *db,
                                                   CwFinanceEntry *entry,
                                                   const char     *month);

G_END_DECLS
