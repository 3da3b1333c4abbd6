/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The bookkeeping agency's ledger (会计代理中心的收支明细), imported with
 * cw_importer_import_file(): 日期, 凭证号, 科目, 摘要, 收入, 支出 (required),
 * 经办人. A voucher (凭证号) is the unit: its lines go in together or not
 * at all.
 *
 * 科目 is an account's code or name in the chart of the row's year
 * (cw_finance_account_find()); an amount stands in 收入 for an income
 * account or in 支出 for an expense account, written as offices write it
 * (cw_money_parse(): 1,234.50, 1234.5, ¥1,234.50); the other
 * column is empty or 0. Refused, by line: an unknown account, a row with
 * both income and expense or neither, an amount in the wrong column, a
 * bad amount (1,2.3), a date that is no day, in the future or in a closed
 * month. A voucher already in the ledger with the same lines is counted
 * unchanged, so that a file imported twice counts once; with other lines,
 * it is refused. Entries come in waiting for review. The report's unit is
 * "vouchers"; the lines imported are counted as CW_FINANCE_IMPORT_LINES. */
extern const CwImporter cw_finance_importer;

#define CW_FINANCE_IMPORT_LINES "lines"

G_END_DECLS
