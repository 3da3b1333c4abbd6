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
 * them (and the English headers of the ledger export): 序号 (not read),
 * 案号, 受理日期, 案件来源, 纠纷类型, 风险等级, 民转刑风险, 群体性上访风险, 申请人,
 * 申请人身份证号, 申请人联系电话, 被申请人, 被申请人身份证号, 被申请人联系电话,
 * 纠纷简要情况, 申请事项, 调解员, 记录人, 涉及金额, 调解结果, 结案日期, 协议形式,
 * 协议生效日期, 协议内容, 履行期限, 协议金额, 后续处理, 备注, 回访日期, 回访人,
 * 履行情况, 满意度, 申请司法确认日期 (also 司法确认材料), 确认法院, 确认结果.
 * Required: 受理日期, 纠纷类型, 申请人, 纠纷简要情况. A ledger exported by
 * cw_mediation_export_ledger() and saved as CSV has them all, and imports
 * back as the same cases with the same figures.
 *
 * - Dates as spreadsheets write them (cw_date_parse_cell()).
 * - 案号 as printed or as YEAR-N: the case keeps the ledger's number,
 *   which must be of its intake year and free in the register; a row
 *   without one gets the next number of its year, in file order.
 * - Parties parted by 、 or ；, each as the command line takes one
 *   (cw_mediation_party_from_text()): 户号:姓名 or an ID number for a
 *   person of the register, a name (with ,性别,年龄,住址,电话) for another.
 * - A side's ID numbers and phones one per party, in the same order (an
 *   empty place for none). A masked one (4301**********1234, 138****5678)
 *   is read as masked and never stored, counted under
 *   CW_MEDIATION_IMPORT_MASKED; a whole ID number makes the party that
 *   person of the register (the same name), a whole phone is an
 *   outsider's or the register's own.
 * - 案件来源 empty is 当事人申请; 调解结果 empty (or 调解中) leaves the case
 *   open; 成功 / 不成功 / 终止 and the other words ledgers use are read.
 * - A settled case needs 协议内容 (its terms, parted by ；); its agreement
 *   is oral unless 协议形式 says 书面 (then 纠纷简要情况 states the facts
 *   and 申请事项 the issues), and takes effect on 协议生效日期 or else
 *   结案日期, with 履行期限 as every term's deadline. An open case may have
 *   its agreement too. An unsettled one needs 后续处理, a terminated one
 *   its reason in 备注.
 * - 回访日期 with 回访人, 履行情况 and 满意度 records a follow-up (none of
 *   them made up when missing); 申请司法确认日期 with 确认法院 and 确认结果
 *   the 司法确认 (无 or 未申请 for none).
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
