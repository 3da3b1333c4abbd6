/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_ENTRY (cw_finance_entry_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceEntry, cw_finance_entry, CW, FINANCE_ENTRY, GObject)

/* One line of the ledger (收支明细). Properties: id, entry-date, voucher,
 * account-id, summary, amount (fen; income on an income account, expense
 * on an expense account, negative on a reversal), handled-by — these can
 * be set on a copy that an editor saves with cw_finance_entry_save() —
 * and, read-only, account-code, account-name, kind, recorded-by,
 * reviewed-by, reviewed-on, review-opinion, reverses-id, reversed-by
 * (the id of the reversal that corrects it, 0 when none), locked (its
 * month is closed), key (the id as text, for lists that keep a selection). */
CwFinanceEntry *cw_finance_entry_new               (void);
CwFinanceEntry *cw_finance_entry_copy              (CwFinanceEntry *self);
gint64          cw_finance_entry_get_id            (CwFinanceEntry *self);
const char     *cw_finance_entry_get_entry_date    (CwFinanceEntry *self);
const char     *cw_finance_entry_get_voucher       (CwFinanceEntry *self);
gint64          cw_finance_entry_get_account_id    (CwFinanceEntry *self);
const char     *cw_finance_entry_get_account_code  (CwFinanceEntry *self);
const char     *cw_finance_entry_get_account_name  (CwFinanceEntry *self);
const char     *cw_finance_entry_get_summary       (CwFinanceEntry *self);
gint64          cw_finance_entry_get_amount        (CwFinanceEntry *self);
/* The amount in its column: 0 for the other one. */
gint64          cw_finance_entry_get_income        (CwFinanceEntry *self);
gint64          cw_finance_entry_get_expense       (CwFinanceEntry *self);
const char     *cw_finance_entry_get_handled_by    (CwFinanceEntry *self);
const char     *cw_finance_entry_get_reviewed_by   (CwFinanceEntry *self);
const char     *cw_finance_entry_get_reviewed_on   (CwFinanceEntry *self);
const char     *cw_finance_entry_get_review_opinion (CwFinanceEntry *self);
gint64          cw_finance_entry_get_reverses_id   (CwFinanceEntry *self);
gint64          cw_finance_entry_get_reversed_by   (CwFinanceEntry *self);
gboolean        cw_finance_entry_is_reviewed       (CwFinanceEntry *self);
gboolean        cw_finance_entry_is_locked         (CwFinanceEntry *self);

/* Records an entry. Refused (a message naming the field): a date that is
 * no day, in the future or in a closed month; an account that is not of
 * that year's chart (cw_finance_system_for_year()); an empty summary; an
 * amount of 0, negative, or over CW_MONEY_MAX. Returns the new
 * entry's id, 0 on error. */
gint64          cw_finance_entry_add               (CwDatabase     *db,
                                                    const char     *date,
                                                    const char     *voucher,
                                                    gint64          account_id,
                                                    const char     *summary,
                                                    gint64          amount,
                                                    const char     *handled_by,
                                                    GError        **error);
/* The editor's save: adds @entry when its id is 0, else changes the
 * stored entry to it — refused once the entry is reviewed (correct it by
 * cw_finance_entry_reverse()) or its month closed. */
gboolean        cw_finance_entry_save              (CwDatabase     *db,
                                                    CwFinanceEntry *entry,
                                                    GError        **error);
/* Corrects a reviewed entry by a reversing one (红字冲销): the same
 * account, the amount negated, dated @date (NULL: today) in an open month
 * of the same year, its summary saying what it reverses and @reason. It
 * waits for review as any entry. Returns its id, 0 on error. */
gint64          cw_finance_entry_reverse           (CwDatabase     *db,
                                                    gint64          id,
                                                    const char     *date,
                                                    const char     *reason,
                                                    GError        **error);

/* Review (监委会审核) of pending entries on @date (NULL: today) by
 * @reviewer, a member (主任 or 委员) of the village affairs supervision
 * committee on that day (core/village/cw-village-role.h), with an opinion
 * ("" for none): @ids, or with @ids NULL every pending entry of @month
 * (YYYY-MM). The date is no earlier than any entry's and not in the
 * future. @n_reviewed (may be NULL) gets how many. */
gboolean        cw_finance_entry_review            (CwDatabase     *db,
                                                    const gint64   *ids,
                                                    guint           n_ids,
                                                    const char     *month,
                                                    const char     *reviewer,
                                                    const char     *date,
                                                    const char     *opinion,
                                                    guint          *n_reviewed,
                                                    GError        **error);

/* What one review of a voucher (凭证) covers: the entries of voucher
 * @voucher dated in @month (YYYY-MM) that wait for review, by id
 * (gint64). CW_ERROR_NOT_FOUND when none waits. */
GArray         *cw_finance_entry_voucher_pending   (CwDatabase     *db,
                                                    const char     *month,
                                                    const char     *voucher,
                                                    GError        **error);

/* The ledger from @first to @last (YYYY-MM-DD, inclusive), by date and
 * voucher; with @account_id not 0 only that account and its
 * sub-accounts. */
GListModel     *cw_finance_entry_list              (CwDatabase     *db,
                                                    const char     *first,
                                                    const char     *last,
                                                    gint64          account_id,
                                                    GError        **error);
CwFinanceEntry *cw_finance_entry_get               (CwDatabase     *db,
                                                    gint64          id,
                                                    GError        **error);
/* How many entries wait for review, in any month. */
guint           cw_finance_entry_count_pending     (CwDatabase     *db);
/* The months that have entries, newest first (NULL-terminated). */
char          **cw_finance_entry_list_months       (CwDatabase     *db);

G_END_DECLS
