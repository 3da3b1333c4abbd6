/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_ACCOUNT (cw_finance_account_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceAccount, cw_finance_account, CW, FINANCE_ACCOUNT, GObject)

/* The two charts of accounts (会计科目) a ledger year uses: the 2004 system
 * (财会〔2004〕12号) for years before 2024, the 2023 system
 * (财会〔2023〕14号) from 2024-01-01. */
#define CW_FINANCE_SYSTEM_2004 "2004"
#define CW_FINANCE_SYSTEM_2023 "2023"

#define CW_FINANCE_INCOME  "income"
#define CW_FINANCE_EXPENSE "expense"

/* The system of @year's ledger (a static string). */
const char       *cw_finance_system_for_year     (int          year);
/* "2004 system (财会〔2004〕12号)", translated. */
const char       *cw_finance_system_label        (const char  *system);

/* An income or expense account of a system: a preset account or a
 * sub-account (明细科目) under one. Properties: id, retired, kind,
 * full-name ("经营收入/摊位租金"), key ("2023:50101", one account of
 * both charts) as stored; system, code, name and parent-id, which an
 * editor sets on a copy (cw_finance_account_save()). */
CwFinanceAccount *cw_finance_account_new           (void);
CwFinanceAccount *cw_finance_account_copy          (CwFinanceAccount *self);
gint64            cw_finance_account_get_id        (CwFinanceAccount *self);
/* A retired sub-account takes no new entries; its entries stay in the
 * sums. */
gboolean          cw_finance_account_get_retired   (CwFinanceAccount *self);
const char       *cw_finance_account_get_system    (CwFinanceAccount *self);
const char       *cw_finance_account_get_code      (CwFinanceAccount *self);
const char       *cw_finance_account_get_name      (CwFinanceAccount *self);
const char       *cw_finance_account_get_kind      (CwFinanceAccount *self);
gint64            cw_finance_account_get_parent_id (CwFinanceAccount *self);
const char       *cw_finance_account_get_full_name (CwFinanceAccount *self);
gboolean          cw_finance_account_is_income     (CwFinanceAccount *self);

/* The accounts of @system in chart order: by code, income first, each
 * preset account followed by its sub-accounts. */
GListModel       *cw_finance_account_list          (CwDatabase  *db,
                                                    const char  *system,
                                                    GError     **error);
/* The account of @system that @text names: its code (501, 50101) or its
 * name (经营收入, or a sub-account's own name when only one has it, or
 * 经营收入/摊位租金). CW_ERROR_NOT_FOUND saying which system's chart was
 * searched; CW_ERROR_INVALID when a name fits several sub-accounts. */
CwFinanceAccount *cw_finance_account_find          (CwDatabase  *db,
                                                    const char  *system,
                                                    const char  *text,
                                                    GError     **error);
/* The accounts of both charts, the 2023 system's first, each in chart
 * order; the retired sub-accounts too when @retired. */
GListModel       *cw_finance_account_list_all      (CwDatabase  *db,
                                                    gboolean     retired,
                                                    GError     **error);
CwFinanceAccount *cw_finance_account_get           (CwDatabase  *db,
                                                    gint64       id,
                                                    GError     **error);
/* Adds a sub-account under the preset account @parent_id: its code starts
 * with the parent's code and adds two digits (50101), its name is new
 * under that parent. Returns the new account's id, 0 on error. */
gint64            cw_finance_account_add_sub       (CwDatabase  *db,
                                                    gint64       parent_id,
                                                    const char  *code,
                                                    const char  *name,
                                                    GError     **error);

/* The first code free under the account of the chart @parent_id: its
 * code and 01, 02 …; "" when all 99 are taken or it is no such account. */
char             *cw_finance_account_next_code     (CwDatabase        *db,
                                                    gint64             parent_id);
/* Saves a sub-account edited on a copy: a new one (id 0) is added under
 * its parent-id with its code and name, as cw_finance_account_add_sub()
 * does; a stored one is renamed (its code and account never change; an
 * account of the chart keeps the law's name: CW_ERROR_REFUSED). @account
 * then holds what was stored. */
gboolean          cw_finance_account_save          (CwDatabase        *db,
                                                    CwFinanceAccount  *account,
                                                    GError           **error);
/* Retires a sub-account (it leaves the chart for new entries; its entries
 * stay in the sums) or brings it back; refused for an account of the
 * chart. */
gboolean          cw_finance_account_set_retired   (CwDatabase        *db,
                                                    gint64             id,
                                                    gboolean           retired,
                                                    GError           **error);

G_END_DECLS
