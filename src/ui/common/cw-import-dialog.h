/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/common/cw-import-report.h"

G_BEGIN_DECLS

#define CW_TYPE_IMPORT_DIALOG (cw_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwImportDialog, cw_import_dialog, CW, IMPORT_DIALOG, AdwWindow)

/* Importing a roster CSV: a file is first checked (a dry run, nothing
 * written) and its report shown — encoding, counts, every problem by
 * line; "Import" then runs it for real, and the report stays. Both run
 * in a worker thread on a connection of its own, with progress and
 * Cancel; "busy" is TRUE meanwhile, so the window can hold back its own
 * writes. "imported" (gint64 change_id, guint households) follows a real
 * import; the window's connection has not seen it and must reload. */
CwImportDialog *cw_import_dialog_new        (GtkWindow      *parent,
                                             CwDatabase     *db);
/* Checks @file, as if it had been chosen. */
void            cw_import_dialog_open_file  (CwImportDialog *self,
                                             GFile          *file);
gboolean        cw_import_dialog_get_busy   (CwImportDialog *self);
/* The last report, or NULL. */
CwImportReport *cw_import_dialog_get_report (CwImportDialog *self);

G_END_DECLS
