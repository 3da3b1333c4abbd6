/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The office's past case ledger (人民调解案件登记台账, as Excel or WPS saves
 * it as CSV), imported with cw_importer_import_file(), the whole file or
 * nothing: every row is checked first, and a file with one bad row (its
 * problem reported by its line) brings nothing in; its other rows are
 * reported as not imported because of it.
 *
 * Columns, in any order, by these names or the other names ledgers give
 * them: 序号 (not read), 案号, 受理日期, 案件来源, 纠纷类型, 申请人, 被申请人,
 * 纠纷简要情况, 申请事项, 调解员, 记录人, 涉及金额, 调解结果, 结案日期, 协议形式,
 * 协议内容, 履行期限, 协议金额, 后续处理, 备注. Required: 受理日期, 纠纷类型,
 * 申请人, 纠纷简要情况.
 *
 * - Dates as spreadsheets write them (cw_date_parse_cell()).
 * - 案号 as printed or as YEAR-N: the case keeps the ledger's number,
 *   which must be of its intake year and free in the register; a row
 *   without one gets the next number of its year, in file order.
 * - Parties parted by 、 or ；, each as the command line takes one
 *   (cw_mediation_party_from_text()): 户号:姓名 or an ID number for a
 *   person of the register, a name (with ,性别,年龄,住址,电话) for another.
 * - 案件来源 empty is 当事人申请; 调解结果 empty (or 调解中) leaves the case
 *   open; 成功 / 不成功 / 终止 and the other words ledgers use are read.
 * - A settled case needs 协议内容 (its terms, parted by ；); its agreement
 *   is oral unless 协议形式 says 书面 (then 纠纷简要情况 states the facts
 *   and 申请事项 the issues), and takes effect on 结案日期, with 履行期限
 *   as every term's deadline. An unsettled one needs 后续处理, a
 *   terminated one its reason in 备注.
 * - Every rule of the register holds (cw_mediation_case_validate()); a
 *   row that breaks one is refused with the register's own words.
 *
 * A case already in the register (the same number, or without a number
 * the same intake date, type and summary) with the same intake date, type
 * and summary is unchanged, so that a file imported twice goes in once.
 * Unit "cases". */
extern const CwImporter cw_mediation_case_importer;

/* The report's counter of ID numbers and phones the ledger printed masked
 * (4301**********1234, 138****5678): read, and not stored, since they name
 * nobody; the parties are kept by their names. */
#define CW_MEDIATION_IMPORT_MASKED "masked"

G_END_DECLS
