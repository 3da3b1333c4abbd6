/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* A month or a quarter of the ledger: what a disclosure covers. */
typedef struct
{
  int      year;
  /* 1–12 for a month, 0 for a quarter. */
  int      month;
  /* 1–4 for a quarter, 0 for a month. */
  int      quarter;
  /* Its first and last day, YYYY-MM-DD. */
  char     first[11];
  char     last[11];
} CwFinancePeriod;

/* "2026-07" (also 2026-7, 2026年7月) or "2026Q3" (also 2026q3). */
gboolean  cw_finance_period_parse     (const char             *text,
                                       CwFinancePeriod        *out,
                                       GError                **error);
/* The month of @date (YYYY-MM-DD). */
void      cw_finance_period_for_month (int                     year,
                                       int                     month,
                                       CwFinancePeriod        *out);
/* "2026-07" or "2026Q3": the form parse reads. */
char     *cw_finance_period_key       (const CwFinancePeriod  *period);
/* "July 2026", "Q3 2026" (2026年7月, 2026年第3季度). */
char     *cw_finance_period_label     (const CwFinancePeriod  *period);

/* A month (YYYY-MM) closed (月结): its entries are locked, as a published
 * points quarter is. Refused while an entry of it waits for review, for a
 * month not yet over, and for a month closed already. */
gboolean  cw_finance_month_close      (CwDatabase             *db,
                                       const char             *month,
                                       GError                **error);
/* Whether the month of @month (2026-07 or a day of it) is closed, in
 * *@closed; FALSE with @error when that cannot be read. */
gboolean  cw_finance_month_is_closed  (CwDatabase             *db,
                                       const char             *month,
                                       gboolean               *closed,
                                       GError                **error);
/* FALSE with CW_ERROR_REFUSED when the month of @date is closed. */
gboolean  cw_finance_month_check_open (CwDatabase             *db,
                                       const char             *date,
                                       GError                **error);
/* The closed months, newest first (NULL-terminated). */
char    **cw_finance_month_list_closed (CwDatabase            *db);

G_END_DECLS
