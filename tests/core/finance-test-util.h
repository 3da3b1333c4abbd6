/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/finance/cw-finance-disclosure.h"

#include "cw-test-core.h"

G_BEGIN_DECLS

/* What the finance tests share (test-finance-ledger, -disclosure,
 * -import): a village whose supervision committee is 李监督 (its chair, of
 * the register) and two members from outside it, since 2020; 王五 of the
 * register is on no committee. And a sub-account 50101 摊位租金 under
 * 501 经营收入 of the 2023 chart. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  const char *reviewer;
} FinanceFixture;

void                     finance_fixture_set_up    (FinanceFixture *f,
                                                    gconstpointer   data);
void                     finance_fixture_tear_down (FinanceFixture *f,
                                                    gconstpointer   data);

/* The id of the account @text (a code or a name) of @year's chart. */
gint64                   finance_test_account      (FinanceFixture *f,
                                                    int             year,
                                                    const char     *text);
/* An entry on voucher 记-1, handled by 王会计; its id. */
gint64                   finance_test_enter        (FinanceFixture *f,
                                                    const char     *date,
                                                    const char     *account_text,
                                                    const char     *summary,
                                                    gint64          fen);
/* The entry @id reviewed by the fixture's reviewer on @date. */
void                     finance_test_review       (FinanceFixture *f,
                                                    gint64          id,
                                                    const char     *date);
/* The disclosure of @period_text ("2024Q1", "2024-04"). */
CwFinanceDisclosure     *finance_test_disclose     (FinanceFixture *f,
                                                    const char     *period_text);
/* The line of @d for the account @code; there must be one. */
CwFinanceDisclosureRow  *finance_test_row          (CwFinanceDisclosure *d,
                                                    const char          *code);

G_END_DECLS
