/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "report/households/cw-roster-export.h"

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
/* The same, telling @progress how many rows of how many are written
 * (notices, calendar periods, meetings) and stopping with
 * CW_ERROR_CANCELLED when @cancellable is cancelled; nothing is left
 * behind then, and a file already there stays as it was. */
gboolean cw_notices_export_ledger_full (CwDatabase            *db,
                                        int                    year,
                                        const char            *on,
                                        const char            *path,
                                        CwExportProgressFunc   progress,
                                        gpointer               user_data,
                                        GCancellable          *cancellable,
                                        GError               **error);

G_END_DECLS
