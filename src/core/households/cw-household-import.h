/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The roster CSV (花名册), imported with cw_importer_import_file(): the
 * columns the roster export writes (cw_roster_columns in
 * cw-roster-rows.h: 户号, 村民小组, 姓名, 与户主关系, 性别, 身份证号, 出生日期,
 * 民族, 联系电话, 政治面貌, 人员状态, 标签, 住址) in any order, the first
 * four required, several under other names offices use too (身份证号码,
 * 电话, 家庭住址 …).
 *
 * Rows are gathered into households by 户号: a household is the unit.
 * Each row is checked by the person rules (cw_person_validate()), and
 * each household must have one present head, ID numbers unknown to the
 * register and not repeated in the file, one village group, and a 户号
 * not yet in the register (a household already there is left as it is,
 * reported once). A village group that does not exist yet is made for
 * the households that go in.
 *
 * The report's unit is "households"; it also counts the persons imported
 * and lists the village groups made. */
extern const CwImporter cw_household_importer;

#define CW_HOUSEHOLD_IMPORT_PERSONS        "persons"
#define CW_HOUSEHOLD_IMPORT_GROUPS_CREATED "groups created"

G_END_DECLS
