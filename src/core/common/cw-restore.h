/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @backup_path can be restored: a healthy Cunwu database, no newer
 * than this program (an older one is upgraded when it is next opened), and
 * not the database itself. Reads the file without changing it. */
gboolean cw_restore_verify (const char  *db_path,
                            const char  *backup_path,
                            GError     **error);

/* Puts the backup at @backup_path in the place of the database at @db_path.
 * The backup is verified, copied beside the database and synced, and
 * renamed into place; the current file (with its -wal and -shm) is kept
 * beside it under a name with the time (@kept_path), never deleted. Nothing
 * may have the database open, this process included: a database in use is
 * refused (CW_ERROR_BUSY) and left alone. On failure nothing has changed. */
gboolean cw_restore        (const char  *db_path,
                            const char  *backup_path,
                            char       **kept_path,
                            GError     **error);

G_END_DECLS
