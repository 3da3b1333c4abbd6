/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/finance/cw-finance-entry.h"

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_REVIEW_DIALOG (cw_finance_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceReviewDialog, cw_finance_review_dialog, CW, FINANCE_REVIEW_DIALOG, AdwMessageDialog)

/* The supervision committee's review (监委会审核) of @month's pending
 * entries, or of one voucher's: who reviewed (a member of the committee on that day),
 * on what day, with what opinion. A review is final: the toast in
 * @owner's window has no Undo. */
CwFinanceReviewDialog *cw_finance_review_dialog_new (GtkWidget  *owner,
                                                     CwDatabase *db,
                                                     const char *month);
/* The same for one voucher (凭证): the pending entries of @entry's voucher
 * in its month, or @entry alone when it has no voucher number. NULL with
 * @error when none of them waits for review. */
CwFinanceReviewDialog *cw_finance_review_dialog_new_for_entry (GtkWidget       *owner,
                                                               CwDatabase      *db,
                                                               CwFinanceEntry  *entry,
                                                               GError         **error);

G_END_DECLS
