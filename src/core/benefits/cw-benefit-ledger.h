/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database.h"
#include "core/finance/cw-finance-account.h"

G_BEGIN_DECLS

/* The expense account of the collective ledger that @account (a
 * programme's account: a code or a name, 公益支出 by default) names in the
 * chart of @day's year. The 2004 chart has no 公益支出: there the default
 * is booked as 其他支出, as offices did before 2024. Refused, naming the
 * account and the chart: an account the chart does not hold, an income
 * account. */
CwFinanceAccount *cw_benefit_ledger_account (CwDatabase          *db,
                                             const char          *account,
                                             const char          *day,
                                             GError             **error);

/* The one place where paying a programme becomes an expense of the
 * collective: @amount fen paid to @persons on @date, handed out by
 * @paid_by, entered in the finance ledger (finance_entry) under the
 * programme's account, waiting for the supervision committee's review as
 * any entry. Called inside the payment's transaction, so the payment and
 * its ledger entry are one change (one Undo takes both back).
 *
 * Payments of one programme on one day make one ledger line: while that
 * line is unreviewed and as it was entered, a later payment of the day is
 * added to it; otherwise (reviewed, its month closed, changed by the
 * bookkeeper) it gets a line of its own. The date is refused as the
 * ledger refuses it (in the future, in a closed month). @ledger_entry
 * gets the ledger entry's id; 0 when @amount is 0 (a gift in kind only
 * is no money of the ledger, and nothing is written). */
gboolean cw_benefit_ledger_record_expense (CwDatabase          *db,
                                           CwBenefitProgramme  *programme,
                                           const char          *date,
                                           gint64               amount,
                                           guint                persons,
                                           const char          *paid_by,
                                           gint64              *ledger_entry,
                                           GError             **error);

/* An award's prize @amount paid on @date by @paid_by: one ledger line of
 * 公益支出 (其他支出 before 2024) saying @summary, waiting for review.
 * Called inside the payment's transaction. Returns the entry's id, 0 on
 * error. */
gint64   cw_benefit_ledger_record_prize   (CwDatabase          *db,
                                           const char          *date,
                                           gint64               amount,
                                           const char          *summary,
                                           const char          *paid_by,
                                           GError             **error);

/* One expense as kept: date, account, amount (fen), persons, paid_by, the
 * programme's id, name and what it gives in kind beside the money ("" for
 * nothing), and its line in the ledger (ledger_entry, 0 for none) with the
 * voucher the bookkeeper gave it ("" for none yet) and whether the
 * supervision committee has reviewed it. */
typedef struct
{
  gint64    programme_id;
  char     *programme_name;
  char     *date;
  char     *account;
  gint64    amount;
  guint     persons;
  char     *paid_by;
  gint64    ledger_entry;
  char     *voucher;
  gboolean  reviewed;
  char     *in_kind;
} CwBenefitExpense;

void     cw_benefit_expense_free          (CwBenefitExpense    *expense);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwBenefitExpense, cw_benefit_expense_free)

/* The expenses of programmes dated in @year (0: all), or of the programme
 * @programme_id (0: every one), by date: a GPtrArray of CwBenefitExpense. */
GPtrArray *cw_benefit_expense_list        (CwDatabase          *db,
                                           int                  year,
                                           gint64               programme_id,
                                           GError             **error);

G_END_DECLS
