/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/notices/cw-notice.h"

G_BEGIN_DECLS

/* The disclosure as a draft notice of kind 财务 in the notices register,
 * which takes it through the supervision committee's review, the joint
 * meeting and the posting like any notice. Its table is the disclosure's
 * (code, account, 本期, 本年累计, the totals); its body the chart, the
 * balance and the totals in capitals, the large items and who reviewed
 * the entries, with anything shaped like an ID, mobile or bank number in
 * a summary masked. It belongs to the catalogue's 财务收支明细 (else the
 * first finance item published monthly or quarterly, else none); it is
 * up from @on to the end of the month (quarter, for a quarterly item) it
 * is posted in, and at least the item's days: until the next one is due
 * (村民委员会组织法 art. 30; DOMAIN.md). */
CwNotice *cw_finance_disclosure_notice     (CwDatabase                *db,
                                            const CwFinanceDisclosure *disclosure,
                                            const char                *on,
                                            GError                   **error);
/* Computes the disclosure of @period and adds its notice, drafted on @on
 * (YYYY-MM-DD). Refused (CW_ERROR_REFUSED, saying why) while the period
 * is not over on @on and while an entry of it waits for review;
 * CW_ERROR_EXISTS while a notice of the same title stands (not withdrawn).
 * Returns the notice's id, 0 on error. */
gint64    cw_finance_disclosure_add_notice (CwDatabase                *db,
                                            const CwFinancePeriod     *period,
                                            const char                *on,
                                            GError                   **error);

G_END_DECLS
