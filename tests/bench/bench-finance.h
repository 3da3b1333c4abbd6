/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-period.h"

G_BEGIN_DECLS

/* The collective ledger at a township's size for the township benchmark's
 * finance rows (issue 14), and the same work done bare beside them. */

/* Adds @entries reviewed entries dated over @year (on the 2023 chart) to
 * @db, written bare: every preset account in turn, up to ¥20 000 each but
 * for one of ¥80 000 in every 2 500 (the large items). Nothing when the
 * year has entries already. */
void       bench_finance_fill_year   (CwDatabase            *db,
                                      int                    year,
                                      guint                  entries);

/* The period's figures (本期 and 本年累计 by account) in one GROUP BY over
 * the reviewed entries; @year_total gets the year's income and expense
 * summed, to check the program's figures against. Milliseconds. */
double     bench_finance_bare_figures (CwDatabase            *db,
                                       const CwFinancePeriod *period,
                                       gint64                *year_total);

/* The disclosure as a notice, bare: the same GROUP BY, its rows as the
 * notice's tab-separated table, one INSERT. Milliseconds. */
double     bench_finance_bare_notice (CwDatabase            *db,
                                      const CwFinancePeriod *period);

/* The cells the disclosure workbook writes (the disclosure, its large
 * items, the period's ledger), read with plain SQL, as BareSheets. */
GPtrArray *bench_finance_bare_sheets (CwDatabase            *db,
                                      const CwFinancePeriod *period,
                                      const char            *title,
                                      const char            *note);

G_END_DECLS
