/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The ledger's further sheets (cw-mediation-export.h), saved as CSV and
 * imported after its cases sheet (cw_mediation_case_importer): what the
 * cases sheet, one row per case, has no room for. Each row names its case
 * by 案号 (as printed or YEAR-N), which must be in the register. The whole
 * file or nothing, as the cases sheet: every row is checked first, and a
 * file with one bad row brings nothing in. Imported twice, a file goes in
 * once: what the register holds already is left as it is.
 *
 * 回访记录 (cw_mediation_followup_importer), one row per follow-up:
 * 序号 (not read), 案号, 回访日期, 回访人, 履行情况, 满意度 (required), 是否起诉
 * (是 or empty), 遗留风险, 采取措施. A follow-up the case has already (the
 * same date and visitor, as the cases sheet brings in its last one) keeps
 * what it has and gets what the file adds; the file may not contradict it.
 *
 * 信访与延期 (cw_mediation_clock_importer): 序号 (not read), 案号, 事项
 * (信访受理, 信访转送, 调解延期 or 信访延期), 日期 (decided or granted on), 延期至
 * and 理由 (an extension's). A petition keeps the decision it has; an
 * extension the case has already is not added twice. Every rule of the
 * register holds (a petition is extended once, by at most 30 days).
 *
 * Unit "cases": the cases whose rows the file holds. */
extern const CwImporter cw_mediation_followup_importer;
extern const CwImporter cw_mediation_clock_importer;

G_END_DECLS
