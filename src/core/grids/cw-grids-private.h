/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/core/grids only: what the register's files share. */

#include "core/common/cw-database-private.h"

G_BEGIN_DECLS

/* Runs @stmt as one change of its own (or as part of the open one),
 * then tells the window that @table changed. */
gboolean  cw_grids_step_change   (CwDatabase    *db,
                                  sqlite3_stmt  *stmt,
                                  const char    *table,
                                  GError       **error);
/* A date as typed, as "YYYY-MM-DD"; "" and NULL are today. The error
 * names @field. */
char     *cw_grids_date          (const char    *text,
                                  const char    *field,
                                  GError       **error);
/* The open household with this 户号 (cleaned as the households register
 * cleans it), or 0 with @error set. */
gint64    cw_grids_household_id  (CwDatabase    *db,
                                  const char    *number,
                                  GError       **error);

/* The items of a list as offices write one ("王五、赵六", "王五,赵六",
 * "王五/赵六"), each cleaned, empty ones left out; NULL-terminated. */
char    **cw_grids_split_list    (const char    *text);

G_END_DECLS
