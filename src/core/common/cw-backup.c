/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-backup"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"

#define BACKUP_PREFIX "cunwu-"
#define BACKUP_SUFFIX ".db"

char *
cw_backup_folder (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autofree char *folder = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  folder = g_strconcat (base, "-backups", NULL);
  return g_build_filename (dir, folder, NULL);
}

/* cunwu-20261123-081500-123.db: sorts as the time does, and two backups
 * in the same second still get different names. */
static char *
timestamped_path (const char *folder)
{
  for (;;)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf (BACKUP_PREFIX "%s-%03d" BACKUP_SUFFIX, stamp,
                                               g_date_time_get_microsecond (now) / 1000);
      char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
      g_usleep (1000);
    }
}

static gboolean
sqlite_failed (sqlite3     *handle,
               const char  *what,
               GError     **error)
{
  g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
               _("Backup to “%s” failed: %s"), what,
               handle != NULL ? sqlite3_errmsg (handle) : g_strerror (ENOMEM));
  return FALSE;
}

/* Copies through SQLite's backup API in one step, which holds one read
 * transaction: in WAL mode a writer in another process goes on undisturbed
 * and the copy is the database as of one moment. */
static gboolean
copy_database (const char  *db_path,
               const char  *tmp,
               const char  *dest,
               GError     **error)
{
  sqlite3 *source = NULL, *target = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  if (sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite_failed (source, dest, error);
      goto out;
    }
  sqlite3_busy_timeout (source, 10000);

  if (sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      sqlite_failed (target, dest, error);
      goto out;
    }

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      sqlite_failed (target, dest, error);
      goto out;
    }
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      sqlite_failed (target, dest, error);
      goto out;
    }

  /* A backup should be one self-contained file that can be carried away on
   * a USB stick, so it leaves WAL mode; FULL sync makes it durable. */
  if (sqlite3_exec (target,
                    "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      sqlite_failed (target, dest, error);
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_close (source);
  if (target != NULL && sqlite3_close (target) != SQLITE_OK)
    ok = FALSE;
  return ok;
}

char *
cw_backup_copy (const char  *db_path,
                const char  *dest,
                GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (db_path != NULL && dest != NULL, NULL);

  if (g_file_test (dest, G_FILE_TEST_IS_DIR))
    target = timestamped_path (dest);
  else
    target = g_strdup (dest);

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("“%s” already exists; a backup never overwrites a file. Choose another name."),
                   target);
      return NULL;
    }

  tmp = g_strconcat (target, ".part", NULL);
  g_unlink (tmp);
  if (!copy_database (db_path, tmp, target, error))
    {
      g_unlink (tmp);
      return NULL;
    }
  if (g_rename (tmp, target) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Backup to “%s” failed: %s"), target, g_strerror (saved));
      return NULL;
    }
  return g_steal_pointer (&target);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
cw_backup_list (const char *db_path)
{
  g_autofree char *folder = cw_backup_folder (db_path);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return backups;

  /* The timestamp in the name sorts as the time does. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, BACKUP_PREFIX) && g_str_has_suffix (name, BACKUP_SUFFIX))
      g_ptr_array_add (backups, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

char *
cw_backup_rotate (const char  *db_path,
                  GError     **error)
{
  g_autofree char *folder = cw_backup_folder (db_path);
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the backup folder “%s”: %s"), folder, g_strerror (saved));
      return NULL;
    }

  made = cw_backup_copy (db_path, folder, error);
  if (made == NULL)
    return NULL;

  /* Only our own timestamped files are ever removed, oldest first. */
  backups = cw_backup_list (db_path);
  for (guint i = CW_BACKUP_KEEP; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));

  return g_steal_pointer (&made);
}

char *
cw_backup_daily (const char  *db_path,
                 GError     **error)
{
  g_autoptr(GPtrArray) backups = cw_backup_list (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, BACKUP_PREFIX "%Y%m%d-");

  if (backups->len > 0)
    {
      g_autofree char *newest = g_path_get_basename (g_ptr_array_index (backups, 0));
      if (g_str_has_prefix (newest, today))
        return NULL;
    }
  return cw_backup_rotate (db_path, error);
}
