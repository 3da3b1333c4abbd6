/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-period.h"

G_BEGIN_DECLS

/* One account's line of a disclosure: a preset account (its sums include
 * its sub-accounts') or a sub-account under it. */
typedef struct
{
  gint64    account_id;
  char     *code;
  char     *name;
  gboolean  income;
  gboolean  sub_account;
  gint64    period;      /* 本期, fen */
  gint64    year;        /* 本年累计: from 1 January to the period's end */
} CwFinanceDisclosureRow;

/* An entry listed one by one (大额收支). */
typedef struct
{
  gint64    id;
  char     *date;
  char     *voucher;
  char     *account;
  char     *summary;
  gboolean  income;
  gint64    amount;
} CwFinanceLargeItem;

/* The disclosure (阳光晒账) of a month or a quarter, computed from the
 * ledger's reviewed entries in the accounts of the year's chart: income
 * and expense by account, 本期 and 本年累计, the totals, and the balance
 * brought forward and carried. Every figure is fen, summed in 64 bits. */
typedef struct
{
  CwFinancePeriod  period;
  const char      *system;
  /* Income accounts first, then expense, in chart order. */
  GPtrArray       *rows;           /* of CwFinanceDisclosureRow */
  gint64           income_period;
  gint64           income_year;
  gint64           expense_period;
  gint64           expense_year;
  /* The balance of every reviewed entry before the period (结余), and
   * after it: brought_forward + income_period − expense_period. */
  gint64           brought_forward;
  gint64           carried;
  /* Entries of at least large_item_from (the setting), by date. */
  gint64           large_item_from;
  GPtrArray       *large_items;    /* of CwFinanceLargeItem */
  /* Entries of the period not yet reviewed: not in the figures. */
  guint            pending;
  /* Every month of the period is closed. */
  gboolean         closed;
  /* Who reviewed the period's entries, in the order they first did. */
  GPtrArray       *reviewers;      /* of char* */
  /* The supervision committee on the period's last day (today, for a
   * period not over), the chair first: "村务监督委员会主任 张三", to sign. */
  GPtrArray       *supervisors;    /* of char* */
} CwFinanceDisclosure;

CwFinanceDisclosure *cw_finance_disclosure_compute (CwDatabase             *db,
                                                    const CwFinancePeriod  *period,
                                                    GError                **error);
void                 cw_finance_disclosure_free    (CwFinanceDisclosure    *self);

/* "青山村2026年第3季度财务公开": the printout's, the workbook's and the
 * notice's title. */
char                *cw_finance_disclosure_title   (CwDatabase             *db,
                                                    const CwFinancePeriod  *period);
/* The lines under the table, as the printout, the workbook and the notice
 * write them: the balance brought forward and carried, then the totals and
 * the balance in figures and in capitals (NULL-terminated). */
char               **cw_finance_disclosure_balance_lines (const CwFinanceDisclosure *disclosure);
/* The income (or expense) accounts' lines of the table: code, name
 * ("其中：…" under its account for a sub-account), 本期 and 本年累计 as
 * 1,234.50; the total last, with no code. A GPtrArray of GStrv. */
GPtrArray           *cw_finance_disclosure_table_rows    (const CwFinanceDisclosure *disclosure,
                                                          gboolean                   income);
/* "Chart of accounts: … Amounts in yuan. …", said above the table. */
char                *cw_finance_disclosure_chart_line    (const CwFinanceDisclosure *disclosure);
/* The large items: a heading (or that none reached the threshold), then
 * one line each (NULL-terminated). */
char               **cw_finance_disclosure_large_item_lines (const CwFinanceDisclosure *disclosure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwFinanceDisclosure, cw_finance_disclosure_free)

G_END_DECLS
