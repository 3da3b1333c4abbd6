/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every file the program writes goes through here (DESIGN.md, Storage and
 * Privacy): nothing it writes may replace a village's record, and nothing
 * half-written is ever left at a name a person chose.
 *
 * A destination is refused (CW_ERROR_REFUSED, a message that says to
 * choose another name) when, however its path is spelled (relative, "..",
 * symbolic or hard links):
 *
 *   - it holds a Cunwu database: the record itself, another village's, or
 *     any backup (the first 100 bytes are read: SQLite's header and the
 *     application id, the file is never opened as a database);
 *   - it is the database's -wal, -shm or -journal, existing or not (a
 *     stray -journal beside a database is taken for a hot journal);
 *   - it lies in the backup folder beside a database (<name>-backups), the
 *     rotation's alone;
 *   - it is, or is a side file of, a database this process has open or
 *     the @db_path the caller names (compared by device and inode, so a
 *     hard link to the WAL is recognised too).
 *
 * A CwOutput writes under a temporary name in the destination's folder,
 * syncs the file, renames it into place and syncs the folder: an existing
 * file keeps its old contents until the new one is complete, and a failed
 * or cancelled write leaves nothing behind. A killed process cannot remove
 * its temporary file; the name says what it is (.cunwu-tmp-XXXXXX), and
 * any such file older than a day is removed the next time a file is
 * written in that folder. */

typedef enum
{
  CW_OUTPUT_DEFAULT           = 0,
  /* A backup of @db_path may go into @db_path's own backup folder: what is
   * kept there is the rotation's business. */
  CW_OUTPUT_OWN_BACKUP_FOLDER = 1 << 0,
} CwOutputFlags;

/* Temporary files are named with this prefix. */
#define CW_OUTPUT_TEMP_PREFIX ".cunwu-tmp-"

/* Whether something may be written at @path; @db_path (may be NULL) is
 * the village record the caller works on, in addition to the databases
 * this process has open. A missing folder is not this check's concern. */
gboolean    cw_output_check_destination  (const char     *db_path,
                                          const char     *path,
                                          CwOutputFlags   flags,
                                          GError        **error);

/* Databases this process has open, protected by identity. CwDatabase
 * calls these; counted, so several connections to one file are fine. */
void        cw_output_protect_database   (const char     *db_path);
void        cw_output_forget_database    (const char     *db_path);

/* A new empty file CW_OUTPUT_TEMP_PREFIX "XXXXXX" in @folder, after the
 * stale ones there are removed. Returns its descriptor (the caller closes
 * it) and its path in @temp_path; -1 with @error naming @destination, the
 * file it is for. */
int         cw_output_make_temp          (const char     *folder,
                                          const char     *destination,
                                          char          **temp_path,
                                          GError        **error);
/* Makes a rename in the folder of @path durable. */
void        cw_output_sync_folder        (const char     *path);

typedef struct _CwOutput CwOutput;

/* Checks @path (missing folder, a folder, a read-only file, then
 * cw_output_check_destination()) and makes the temporary file. */
CwOutput   *cw_output_new                (const char     *db_path,
                                          const char     *path,
                                          CwOutputFlags   flags,
                                          GError        **error);
/* The destination, as given. */
const char *cw_output_get_path           (CwOutput       *self);
/* Where the contents go until cw_output_commit(): write it through
 * cw_output_write(), or hand it to a library that opens it by name. */
const char *cw_output_get_temp_path      (CwOutput       *self);
/* A folder of the output's own beside the destination, for a library's
 * scratch files (libxlsxwriter's): made on the first call, named as the
 * temporary files are, and removed with everything in it when the output
 * is committed or freed, when the process exits, or — after a kill — a day
 * later like a temporary file. NULL with @error when it cannot be made. */
const char *cw_output_get_scratch_folder (CwOutput       *self,
                                          GError        **error);
gboolean    cw_output_write              (CwOutput       *self,
                                          const void     *data,
                                          gsize           length,
                                          GError        **error);
/* Syncs the temporary file, checks the destination once more and renames
 * the file into place. On failure the temporary file is removed by
 * cw_output_free() and the destination is as it was. */
gboolean    cw_output_commit             (CwOutput       *self,
                                          GError        **error);
/* Removes the temporary file unless it was committed. */
void        cw_output_free               (CwOutput       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwOutput, cw_output_free)

/* The GError for a failed write of @path with @saved_errno: a full disk
 * (or a file too large for it) is CW_ERROR_DISK_FULL, a file or folder
 * that may not be written CW_ERROR_READ_ONLY. Returns FALSE. */
gboolean    cw_output_set_error          (const char     *path,
                                          int             saved_errno,
                                          GError        **error);

G_END_DECLS
