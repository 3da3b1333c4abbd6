/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-backup"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health.h"
#include "core/common/cw-output.h"
#include "core/common/cw-sqlite-error-private.h"

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

  /* Able to write but not allowed to: a read-only connection would leave
   * an empty WAL and its index beside a file nobody else has open, where
   * this one, as the last to close, tidies up as SQLite always does. */
  rc = sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (source, "PRAGMA query_only=ON", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cw_sqlite_error (source, rc, db_path, error);
      goto out;
    }
  cw_database_wait_setup (source, CW_DATABASE_WAIT_COMMAND);

  rc = sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      cw_sqlite_error (target, rc, dest, error);
      goto out;
    }
  cw_database_wait_setup (target, CW_DATABASE_WAIT_COMMAND);

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      cw_sqlite_error (target, 0, dest, error);
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
      /* A failure to write is the destination's, one to read the source's. */
      if (sqlite3_errcode (target) != SQLITE_OK)
        cw_sqlite_error (target, 0, dest, error);
      else
        cw_sqlite_error (source, rc, db_path, error);
      goto out;
    }

  /* A backup should be one self-contained file that can be carried away on
   * a USB stick, so it leaves WAL mode; FULL sync makes it durable. */
  if (sqlite3_exec (target,
                    "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      cw_sqlite_error (target, 0, dest, error);
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_close (source);
  if (target != NULL && sqlite3_close (target) != SQLITE_OK)
    ok = FALSE;
  return ok;
}

/* Checked backups, so that the newest good one is named without reading it
 * all again: path → the file's size and time when it was checked. */
typedef struct
{
  goffset  size;
  gint64   mtime;
  gboolean healthy;
} Verdict;

static GMutex verdicts_lock;
static GHashTable *verdicts;

static gboolean
file_stamp (const char *path,
            Verdict    *stamp)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return FALSE;
  stamp->size = buf.st_size;
  stamp->mtime = (gint64) buf.st_mtim.tv_sec * G_USEC_PER_SEC + buf.st_mtim.tv_nsec / 1000;
  return TRUE;
}

static void
remember_verdict (const char *path,
                  gboolean    healthy)
{
  Verdict stamp = { 0 };

  if (!file_stamp (path, &stamp))
    return;
  stamp.healthy = healthy;

  g_mutex_lock (&verdicts_lock);
  if (verdicts == NULL)
    verdicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (verdicts, g_strdup (path), g_memdup2 (&stamp, sizeof stamp));
  g_mutex_unlock (&verdicts_lock);
}

/* -1 when not known for the file as it is now. */
static int
known_verdict (const char *path)
{
  Verdict stamp = { 0 };
  Verdict *known;
  int verdict = -1;

  if (!file_stamp (path, &stamp))
    return -1;

  g_mutex_lock (&verdicts_lock);
  known = verdicts != NULL ? g_hash_table_lookup (verdicts, path) : NULL;
  if (known != NULL && known->size == stamp.size && known->mtime == stamp.mtime)
    verdict = known->healthy;
  g_mutex_unlock (&verdicts_lock);
  return verdict;
}

gboolean
cw_backup_verify (const char  *backup_path,
                  GError     **error)
{
  g_autoptr(CwHealth) health = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean healthy;

  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (known_verdict (backup_path) == TRUE)
    return TRUE;

  health = cw_health_check_file (backup_path, &local_error);
  if (health == NULL)
    {
      /* Busy says nothing about the file itself. */
      if (!g_error_matches (local_error, CW_ERROR, CW_ERROR_BUSY))
        remember_verdict (backup_path, FALSE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  healthy = cw_health_to_error (health, error);
  remember_verdict (backup_path, healthy);
  return healthy;
}

GDateTime *
cw_backup_get_date (const char *backup_path)
{
  g_autofree char *name = g_path_get_basename (backup_path);
  int y, mo, d, h, mi, sec;
  GStatBuf buf;

  if (sscanf (name, BACKUP_PREFIX "%4d%2d%2d-%2d%2d%2d", &y, &mo, &d, &h, &mi, &sec) == 6)
    {
      GDateTime *date = g_date_time_new_local (y, mo, d, h, mi, sec);
      if (date != NULL)
        return date;
    }
  if (g_stat (backup_path, &buf) != 0)
    return NULL;
  return g_date_time_new_from_unix_local (buf.st_mtime);
}

char *
cw_backup_damage_advice (const char *db_path)
{
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *backup = db_path != NULL ? cw_backup_newest_good (db_path, &made) : NULL;
  g_autofree char *when = NULL;

  if (backup == NULL)
    return g_strdup (_("There is no good backup of it. Keep the file as it is, do not delete it, and ask for help."));

  when = g_date_time_format (made, "%Y-%m-%d %H:%M");
  /* Translators: %1$s is the date and time of the backup, %2$s its file */
  return g_strdup_printf (_("The newest good backup was made on %1$s (“%2$s”). Restore it in Settings → "
                            "Restore from a Backup…, or with “cunwu restore FILE”; the damaged file is kept."),
                          when, backup);
}

/* What a damaged source is told: no backup, and where the last good one is. */
static void
refuse_damaged (const char  *db_path,
                GError     **error)
{
  g_autofree char *advice = cw_backup_damage_advice (db_path);

  g_set_error (error, CW_ERROR, CW_ERROR_CORRUPT,
               /* Translators: %1$s is the database, %2$s where its last good backup is and what to do */
               _("“%1$s” is damaged, so no backup was made: a copy of a damaged record is no backup. "
                 "%2$s “cunwu check” shows what is damaged."),
               db_path, advice);
}

/* A backup never replaces a file, not even an older backup. */
static gboolean
refuse_existing (const char  *target,
                 GError     **error)
{
  if (!g_file_test (target, G_FILE_TEST_EXISTS))
    return TRUE;
  g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
               _("“%s” already exists; a backup never overwrites a file. Choose another name."),
               target);
  return FALSE;
}

char *
cw_backup_copy (const char  *db_path,
                const char  *dest,
                GError     **error)
{
  g_autofree char *target = NULL;
  g_autoptr(CwOutput) output = NULL;
  g_autoptr(GError) check_error = NULL;
  const char *tmp;

  g_return_val_if_fail (db_path != NULL && dest != NULL, NULL);

  if (g_file_test (dest, G_FILE_TEST_IS_DIR))
    target = timestamped_path (dest);
  else
    target = g_strdup (dest);

  /* No existing file, the record's included; nor its side files, nor
   * another village's backup folder (its own is the rotation's). Written
   * beside the name and renamed when checked: a backup that fails or is
   * killed leaves no file that looks like one. */
  if (!refuse_existing (target, error))
    return NULL;
  output = cw_output_new (db_path, target, CW_OUTPUT_OWN_BACKUP_FOLDER, error);
  if (output == NULL)
    return NULL;
  tmp = cw_output_get_temp_path (output);
  if (!copy_database (db_path, tmp, target, error))
    return NULL;

  /* The copy is checked, not the source: the copy is what a restore would
   * bring back, and reading it leaves the live file to the window. */
  if (!cw_backup_verify (tmp, &check_error))
    {
      if (g_error_matches (check_error, CW_ERROR, CW_ERROR_CORRUPT))
        refuse_damaged (db_path, error);
      else
        g_propagate_error (error, g_steal_pointer (&check_error));
      return NULL;
    }

  if (!refuse_existing (target, error) || !cw_output_commit (output, error))
    return NULL;
  remember_verdict (target, TRUE);
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
cw_backup_newest_good (const char  *db_path,
                       GDateTime  **made)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  backups = cw_backup_list (db_path);
  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);

      if (!cw_backup_verify (path, NULL))
        continue;
      if (made != NULL)
        *made = cw_backup_get_date (path);
      return g_strdup (path);
    }
  return NULL;
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

  /* A refused (damaged) copy never joins the rotation, and then nothing is
   * removed: the good backups stay for the restore. */
  made = cw_backup_copy (db_path, folder, error);
  if (made == NULL)
    return NULL;

  /* Only our own timestamped files are ever removed, oldest first. The one
   * just made is the newest and it is good, so the last good backup is
   * never among them. */
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
