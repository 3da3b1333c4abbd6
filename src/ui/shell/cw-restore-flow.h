/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Restoring a backup from the window, as Settings and the damaged-record
 * window offer it: asks in plain words, checks the backup off the main
 * loop, closes the application's windows so that nothing holds the record
 * open, puts the backup in place (cw_restore()) and opens the window again
 * on it, saying where the previous file is kept. @parent is a window of a
 * CwApplication. */
void cw_restore_flow_start (GtkWindow  *parent,
                            const char *db_path,
                            const char *backup_path);

/* Says that the record @db_path is damaged (@heading, @body) and offers
 * "Restore from a Backup…" (CwRestoreDialog) beside "Close". */
void cw_restore_flow_offer (GtkWindow  *parent,
                            const char *db_path,
                            const char *heading,
                            const char *body);

/* A modal chooser for a village record (*.db) to open or restore. */
GtkFileChooserNative *cw_restore_flow_chooser_new (GtkWindow  *parent,
                                                   const char *title,
                                                   const char *accept_label);

G_END_DECLS
