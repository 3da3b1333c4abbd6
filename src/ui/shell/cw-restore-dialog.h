/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_RESTORE_DIALOG (cw_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwRestoreDialog, cw_restore_dialog, CW, RESTORE_DIALOG, AdwWindow)

/* "Restore from a Backup": the backups in the rotation of @db_path with
 * their date and size, newest first, and "Choose a File…" for one kept
 * elsewhere. Picking one hands it to cw_restore_flow_start(), which asks
 * before anything happens. */
GtkWidget *cw_restore_dialog_new (GtkWindow  *parent,
                                  const char *db_path);

/* A backup as a row: when it was made, its size and file name; activating
 * it runs "restore.pick" with its path. Settings lists the rotation so. */
GtkWidget *cw_restore_dialog_backup_row_new (const char *backup_path);

G_END_DECLS
