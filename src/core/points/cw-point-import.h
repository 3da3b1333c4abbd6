/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The CSV imports of the points register, imported with
 * cw_importer_import_file(). A row is the unit: each bad row is reported
 * with its line and the reason and the others go in, each row whole or
 * not at all. */

/* The rule book: 编号, 积分类型, 类别, 内容, 分值 (required), 单位, 季度上限.
 * 积分类型 is 村民积分 or 党员积分 (empty: 村民积分); 分值 a whole number,
 * negative for a deduction; 季度上限 empty for none. A code already in the
 * rule book is left as it is: counted as unchanged when the row says the
 * same (CW_IMPORT_REPORT_UNCHANGED), reported otherwise (rules change in
 * the window, never by a file, so that nobody re-scores a village by
 * accident). The report's unit is "rules". */
extern const CwImporter cw_point_rule_importer;

/* Point entries: 户号, 规则编号, 日期, 数量, 备注. 规则编号 and 日期 are
 * required, 数量 defaults to 1, 备注 to empty.
 *
 * Who earned the points: for a rule of 村民积分, the household's 户号 in
 * the column 户号. For a rule of 党员积分, the party member: the column
 * 身份证号 or 姓名 may stand instead of (or beside) 户号, and the 户号
 * column may also hold the member's ID number (18 characters) or name. A
 * name must belong to exactly one present party member; otherwise the row
 * asks for the ID number. A file with none of the three columns is
 * refused.
 *
 * Every row goes through cw_point_entry_add(): retired rules, caps,
 * published quarters and future dates are refused there, row by row. A row
 * that repeats an entry already in the register (same household or
 * member, rule, date, quantity and note, not rejected or reversed) is
 * refused, so that importing a file twice does not count it twice. With
 * CW_POINT_IMPORT_REVIEWED the imported entries are reviewed at once (the
 * paper forms were reviewed already), by the database's operator, and
 * counted as CW_POINT_IMPORT_REVIEWED_COUNT. The report's unit is
 * "entries". */
extern const CwImporter cw_point_entry_importer;

#define CW_POINT_IMPORT_REVIEWED       CW_IMPORT_REGISTER_FLAG (0)
#define CW_POINT_IMPORT_REVIEWED_COUNT "reviewed"

/* A present party member by ID number (any case of the X) or by name.
 * Returns the person's id, or 0 with CW_ERROR_NOT_FOUND (nobody, or not a
 * present party member) or CW_ERROR_INVALID (a name that several members
 * share: the message asks for the ID number). */
gint64 cw_point_find_party_member (CwDatabase  *db,
                                   const char  *id_number_or_name,
                                   GError     **error);

G_END_DECLS
