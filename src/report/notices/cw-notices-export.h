/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The notices ledger (公开台账) of @year as an .xlsx workbook: every notice
 * whose publicity starts that year with its dates and state (as on @on),
 * the calendar's compliance per catalogue item and period, and the
 * decisions raised that year with every meeting of their steps. */
gboolean cw_notices_export_ledger (CwDatabase  *db,
                                   int          year,
                                   const char  *on,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
