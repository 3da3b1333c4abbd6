/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-period.h"

G_BEGIN_DECLS

/* The disclosure of a month or a quarter as a workbook: the sheet of the
 * notice board (accounts with 本期 and 本年累计, totals, the balance and
 * the capitals), the large items, and every ledger line of the period with
 * its review. Amounts are numbers of yuan to the fen ("#,##0.00"), so the
 * township's sums work. */
gboolean cw_finance_export_disclosure (CwDatabase             *db,
                                       const CwFinancePeriod  *period,
                                       const char             *posted,
                                       const char             *path,
                                       GError                **error);

G_END_DECLS
