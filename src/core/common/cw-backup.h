/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many automatic backups are kept beside the database. */
#define CW_BACKUP_KEEP 7

/* Consistent copy of the database at db_path into dest, made with SQLite's
 * backup API from a separate read connection, so it works while another
 * process (the window) is writing. dest may be a folder: the copy is then
 * named after the time. An existing file is never overwritten, nor written
 * where cw_output_check_destination() refuses (the record's side files,
 * another village's backup folder). The copy is a
 * self-contained file (rollback journal, not WAL), and it counts only once
 * the check of `cunwu check` finds it healthy: a damaged database is refused
 * (CW_ERROR_CORRUPT) with a message naming the last good backup. Returns
 * the path written. */
char      *cw_backup_copy          (const char  *db_path,
                                    const char  *dest,
                                    GError     **error);

/* The rotation folder beside the database: "<dir>/<name>-backups". */
char      *cw_backup_folder        (const char  *db_path);

/* Backups in the rotation folder, newest first (full paths). */
GPtrArray *cw_backup_list          (const char  *db_path);

/* Makes a backup into the rotation folder now and keeps the newest
 * CW_BACKUP_KEEP. Only a healthy copy joins the rotation and only then are
 * old ones removed, so the newest good backup is never pushed out. Returns
 * the new file's path. */
char      *cw_backup_rotate        (const char  *db_path,
                                    GError     **error);

/* Once a day: does cw_backup_rotate() unless a backup from today exists.
 * Returns the new file's path, or NULL (without error) when none was due. */
char      *cw_backup_daily         (const char  *db_path,
                                    GError     **error);

/* When the backup was made: from its name in the rotation, else the time
 * the file was last written; NULL if it cannot be read. */
GDateTime *cw_backup_get_date      (const char  *backup_path);

/* Whether @backup_path is a healthy Cunwu database this program can use
 * (no newer than it); the answer is kept while the file stays unchanged. */
gboolean   cw_backup_verify        (const char  *backup_path,
                                    GError     **error);

/* The newest healthy backup in the rotation of @db_path and, in @made, when
 * it was made; NULL when there is none. */
char      *cw_backup_newest_good   (const char  *db_path,
                                    GDateTime  **made);

/* What to do about the damaged database @db_path, in a sentence or two:
 * when its newest good backup was made, where it is and how to restore it;
 * or that there is none. */
char      *cw_backup_damage_advice (const char  *db_path);

G_END_DECLS
