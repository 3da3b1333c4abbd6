/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The one place where paying a programme becomes an expense of the
 * collective: @amount fen paid to @persons on @date by @paid_by, in the
 * programme's account (公益支出 unless it names another). Called inside
 * the payment's transaction, so the payment and its expense are one
 * change (one Undo).
 *
 * Until the finance register exists, the expense is kept in
 * benefit_expense (ledger_entry NULL), listed by cw_benefit_expense_list()
 * and in the township workbook; wiring the ledger means writing its
 * voucher here and keeping its id in ledger_entry. */
gboolean cw_benefit_ledger_record_expense (CwDatabase          *db,
                                           CwBenefitProgramme  *programme,
                                           const char          *date,
                                           gint64               amount,
                                           guint                persons,
                                           const char          *paid_by,
                                           GError             **error);

/* One expense as kept: date, account, amount (fen), persons, paid_by, and
 * the programme's id and name. */
typedef struct
{
  gint64  programme_id;
  char   *programme_name;
  char   *date;
  char   *account;
  gint64  amount;
  guint   persons;
  char   *paid_by;
} CwBenefitExpense;

void     cw_benefit_expense_free          (CwBenefitExpense    *expense);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwBenefitExpense, cw_benefit_expense_free)

/* The expenses of programmes dated in @year (0: all), by date: a
 * GPtrArray of CwBenefitExpense. */
GPtrArray *cw_benefit_expense_list        (CwDatabase          *db,
                                           int                  year,
                                           GError             **error);

G_END_DECLS
