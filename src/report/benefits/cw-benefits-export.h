/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The township's workbook of a year's benefits and awards: the
 * programmes with their amounts due, paid and unpaid; every person on
 * their lists (names, groups and households, no ID or phone); the money
 * paid as expenses by account; the awards. Amounts are real numbers in
 * yuan. The file is replaced only when complete. */
gboolean cw_benefits_export (CwDatabase  *db,
                             int          year,
                             const char  *path,
                             GError     **error);

G_END_DECLS
