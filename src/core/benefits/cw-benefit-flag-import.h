/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* Person flags from a CSV file, a flag per row: 姓名 and 标记 (required),
 * 身份证号 (the person by ID number; the name must then be theirs),
 * 起始日期 (required: a flag holds from a day). A person is found by ID
 * number, or by a name only one person present on the day carries. A
 * flag the person holds already is counted unchanged; a bad row is
 * refused on its line, the good rows go in. */
extern const CwImporter cw_benefit_flag_importer;

G_END_DECLS
