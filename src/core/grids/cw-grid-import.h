/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The grids register's CSV imports (cw_importer_import_file()), each all
 * or nothing: every row is checked before anything is written, and a file
 * with one bad row (reported by its line) brings nothing in; its other
 * rows are reported as not imported because of it.
 *
 * Grids: 网格编号, 网格名称 (required), 上级网格编号, 层级, 网格长, 网格员,
 * 联系电话. A parent is a grid of the register or of the same file (before
 * or after its children); a loop, or a parent that is neither, is
 * refused. 网格长 and 网格员 name a person of the register by ID number or
 * by a name only one present person has, or somebody from outside it by
 * name; several workers are parted by 、. 联系电话 holds the head's phone,
 * or several parted by 、 for the head and then each worker. A grid
 * already in the register as the file has it is unchanged. Unit "grids". */
extern const CwImporter cw_grid_importer;

/* Households into grids: 户号, 网格编号 (required), 日期 (the day of the
 * move; empty: today). A grid with grids below it is refused. Unit
 * "households". */
extern const CwImporter cw_grid_household_importer;

/* 党员联户: 党员 (the member's ID number, or the name when one present
 * party member has it), 户号 (required), 日期. A link that stands already
 * is unchanged. Unit "links". */
extern const CwImporter cw_party_link_importer;

G_END_DECLS
