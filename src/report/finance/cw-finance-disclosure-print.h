/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-disclosure.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The disclosure (阳光晒账) as the notice board shows it: the village and
 * the period in the title, the date posted, income and expense by account
 * with 本期 and 本年累计 and their totals, the balance brought forward and
 * carried, each total also in capitals (大写), the large items one by one,
 * and lines to sign and seal for the villagers' committee, each member of
 * the supervision committee on the period's last day (three blank lines
 * when the register of roles names none) and the bookkeeping agency. @posted is the
 * day it goes up (YYYY-MM-DD; NULL: a blank to fill in by hand). */
CwPrintTable *cw_finance_disclosure_table   (CwDatabase                *db,
                                             const CwFinanceDisclosure *disclosure,
                                             const char                *posted);
/* The disclosure's paper in points: A4 portrait, or A3 portrait for a
 * large notice board, on which the A4 page is printed enlarged
 * (cw-enlarged-layout.h). */
void          cw_finance_disclosure_paper    (gboolean                  a3,
                                              double                   *width,
                                              double                   *height);
/* @table (cw_finance_disclosure_table()) as a PDF on that paper. */
gboolean      cw_finance_disclosure_table_save_pdf (CwPrintTable       *table,
                                                    gboolean            a3,
                                                    const char         *path,
                                                    int                *n_pages,
                                                    GError            **error);
/* The same, computed and written. */
gboolean      cw_finance_disclosure_save_pdf (CwDatabase               *db,
                                              const CwFinancePeriod    *period,
                                              const char               *posted,
                                              gboolean                  a3,
                                              const char               *path,
                                              int                      *n_pages,
                                              GError                  **error);

G_END_DECLS
