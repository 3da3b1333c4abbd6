/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household-import.h"
#include "core/points/cw-point-import-report.h"

G_BEGIN_DECLS

/* CSV imports of the points register, by the households import's rules:
 * UTF-8 with or without BOM, GB18030/GBK as Excel saves it, or UTF-16 —
 * detected, not asked; any column order; a title row above the header is
 * skipped. A row is the unit: each bad row is reported with its line and
 * the reason and the others go in, together, in one transaction, each row
 * whole or not at all. With @dry_run all of it is done and then rolled
 * back, so the report is the one a real import would give.
 *
 * Both return NULL with @error set when the file cannot be used at all
 * (not found, not text, no header row: nothing was written), on an
 * unexpected database error (everything rolled back) and when cancelled.
 * Refused rows are not an error: they are in the report. */

/* The rule book: 编号, 积分类型, 类别, 内容, 分值 (required), 单位, 季度上限.
 * 积分类型 is 村民积分 or 党员积分 (empty: 村民积分); 分值 a whole number,
 * negative for a deduction; 季度上限 empty for none. A code already in the
 * rule book is left as it is: counted as unchanged when the row says the
 * same, reported otherwise (rules change in the window, never by a file,
 * so that nobody re-scores a village by accident). */
extern const char * const cw_point_rule_import_columns[];
extern const char * const cw_point_rule_import_required_columns[];

CwPointImportReport *cw_point_import_rules         (CwDatabase            *db,
                                                    const char            *path,
                                                    gboolean               dry_run,
                                                    GError               **error);
CwPointImportReport *cw_point_import_rules_bytes   (CwDatabase            *db,
                                                    GBytes                *bytes,
                                                    const char            *display_name,
                                                    gboolean               dry_run,
                                                    GError               **error);

/* Point entries: 户号, 规则编号, 日期, 数量, 备注. 规则编号 and 日期 are
 * required, 数量 defaults to 1, 备注 to empty.
 *
 * Who earned the points: for a rule of 村民积分, the household's 户号 in
 * the column 户号. For a rule of 党员积分, the party member: the column
 * 身份证号 or 姓名 may stand instead of (or beside) 户号, and the 户号
 * column may also hold the member's ID number (18 characters) or name. A
 * name must belong to exactly one present party member; otherwise the row
 * asks for the ID number.
 *
 * Every row goes through cw_point_entry_add(): retired rules, caps,
 * published quarters and future dates are refused there, row by row. A row
 * that repeats an entry already in the register (same household or
 * member, rule, date, quantity and note, not rejected or reversed) is
 * refused, so that importing a file twice does not count it twice. With
 * @reviewed the imported entries are reviewed at once (the paper forms
 * were reviewed already), by the database's operator. */
extern const char * const cw_point_entry_import_columns[];

CwPointImportReport *cw_point_import_entries       (CwDatabase            *db,
                                                    const char            *path,
                                                    gboolean               reviewed,
                                                    gboolean               dry_run,
                                                    CwImportProgressFunc   progress,
                                                    gpointer               user_data,
                                                    GCancellable          *cancellable,
                                                    GError               **error);
CwPointImportReport *cw_point_import_entries_bytes (CwDatabase            *db,
                                                    GBytes                *bytes,
                                                    const char            *display_name,
                                                    gboolean               reviewed,
                                                    gboolean               dry_run,
                                                    CwImportProgressFunc   progress,
                                                    gpointer               user_data,
                                                    GCancellable          *cancellable,
                                                    GError               **error);

/* A present party member by ID number (any case of the X) or by name.
 * Returns the person's id, or 0 with CW_ERROR_NOT_FOUND (nobody, or not a
 * present party member) or CW_ERROR_INVALID (a name that several members
 * share: the message asks for the ID number). */
gint64 cw_point_find_party_member (CwDatabase  *db,
                                   const char  *id_number_or_name,
                                   GError     **error);

G_END_DECLS
