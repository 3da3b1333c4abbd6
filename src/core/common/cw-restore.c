/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-restore"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-output.h"
#include "core/common/cw-restore.h"
#include "core/common/cw-sqlite-error-private.h"

/* SQLite's lock bytes (os_unix.c): PENDING, RESERVED and the SHARED range. */
#define LOCK_BYTES_START 0x40000000
#define LOCK_BYTES_LENGTH (2 + 510)

static const char * const side_suffixes[] = { "-wal", "-shm", "-journal" };

static gboolean
file_error (const char  *format,
            const char  *path,
            int          saved,
            GError     **error)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), format, path, g_strerror (saved));
  return FALSE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
cw_restore_verify (const char  *db_path,
                   const char  *backup_path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no backup file “%s”."), backup_path);
      return FALSE;
    }
  if (same_file (db_path, backup_path))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is the village record itself, not a backup of it."), backup_path);
      return FALSE;
    }
  if (cw_backup_verify (backup_path, &local_error))
    return TRUE;

  if (g_error_matches (local_error, CW_ERROR, CW_ERROR_CORRUPT))
    g_set_error (error, CW_ERROR, CW_ERROR_CORRUPT,
                 _("The backup “%s” is damaged itself and cannot be restored; choose another one. "
                   "Nothing was changed."),
                 backup_path);
  else
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("This backup cannot be restored: "));
  return FALSE;
}

/* A plain copy into @out, a new file beside the database @to (the name
 * errors give), on disk before it is renamed. Closes @out. */
static gboolean
copy_synced (const char  *from,
             int          out,
             const char  *to,
             GError     **error)
{
  char buffer[64 * 1024];
  int in;
  ssize_t n = 0;
  gboolean ok = TRUE;

  in = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      int saved = errno;
      close (out);
      return file_error (_("Cannot read “%s”: %s"), from, saved, error);
    }

  while (ok && (n = read (in, buffer, sizeof buffer)) > 0)
    {
      char *p = buffer;

      while (n > 0)
        {
          ssize_t written = write (out, p, (size_t) n);
          if (written < 0 && errno == EINTR)
            continue;
          if (written <= 0)
            {
              ok = file_error (_("Cannot write “%s”: %s"), to, errno, error);
              break;
            }
          p += written;
          n -= written;
        }
    }
  if (ok && n < 0)
    ok = file_error (_("Cannot read “%s”: %s"), from, errno, error);
  if (ok && fsync (out) != 0)
    ok = file_error (_("Cannot write “%s”: %s"), to, errno, error);
  close (in);
  if (close (out) != 0 && ok)
    ok = file_error (_("Cannot write “%s”: %s"), to, errno, error);
  return ok;
}

/* Whether another process holds one of SQLite's locks on @path. */
static gboolean
locked_by_others (const char *path)
{
  struct flock lock = { 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean locked;

  if (fd < 0)
    return FALSE;
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = LOCK_BYTES_START;
  lock.l_len = LOCK_BYTES_LENGTH;
  locked = fcntl (fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  close (fd);
  return locked;
}

static gboolean
refuse_in_use (const char  *db_path,
               GError     **error)
{
  g_set_error (error, CW_ERROR, CW_ERROR_BUSY,
               _("“%s” is open in another program (another Village Affairs window, or a command that is "
                 "still running). Close it and restore again; nothing was changed."),
               db_path);
  return FALSE;
}

/* Makes sure nobody has the database open, this process included (SQLite
 * keeps count of its own connections), and folds a WAL into the file so
 * that the file kept is whole on its own. A file too damaged for SQLite to
 * lock is only checked for other processes' locks. */
static gboolean
settle_current (const char  *db_path,
                GError     **error)
{
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (db_path, &handle, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      /* A command that is finishing gets a moment; a window does not end. */
      cw_database_wait_setup (handle, 1000);
      rc = sqlite3_exec (handle,
                         "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;",
                         NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      int kind = sqlite3_extended_errcode (handle) & 0xff;

      sqlite3_close (handle);
      if (kind == SQLITE_BUSY || kind == SQLITE_LOCKED || locked_by_others (db_path))
        return refuse_in_use (db_path, error);
      return TRUE;
    }

  /* Leaving WAL mode under the exclusive lock checkpoints every commit
   * into the file and removes the WAL. A damaged file may refuse; its WAL
   * then goes along with it. */
  sqlite3_exec (handle, "PRAGMA journal_mode=DELETE;", NULL, NULL, NULL);
  sqlite3_close (handle);
  return TRUE;
}

static gboolean
any_exists (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);

      if (g_file_test (side, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* cunwu.db → cunwu-before-restore-20261123-081500.db, beside it; a name
 * free with its side files, so that keeping replaces nothing. */
static char *
kept_name (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  const char *dot = strrchr (base, '.');
  g_autofree char *stem = g_strndup (base, dot != NULL && dot != base ? (gsize) (dot - base) : strlen (base));
  const char *extension = dot != NULL && dot != base ? dot : "";

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1
        ? g_strdup_printf ("%s-before-restore-%s%s", stem, stamp, extension)
        : g_strdup_printf ("%s-before-restore-%s-%u%s", stem, stamp, n, extension);
      char *path = g_build_filename (dir, name, NULL);

      if (!any_exists (path))
        return path;
      g_free (path);
    }
}

/* The current file goes to @kept, its side files with it; a hard link keeps
 * the database's own name valid until the restored file replaces it. */
static gboolean
keep_current (const char  *db_path,
              const char  *kept,
              GError     **error)
{
  if (!cw_output_check_destination (db_path, kept, CW_OUTPUT_DEFAULT, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *to = g_strconcat (kept, side_suffixes[i], NULL);

      if (!cw_output_check_destination (db_path, to, CW_OUTPUT_DEFAULT, error))
        return FALSE;
    }

  /* Renamed only where there are no hard links (a USB stick): a name taken
   * meanwhile is an error, never replaced. */
  if (link (db_path, kept) != 0 && (errno == EEXIST || g_rename (db_path, kept) != 0))
    return file_error (_("Cannot keep the current file as “%s”: %s"), kept, errno, error);

  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (db_path, side_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, side_suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        return file_error (_("Cannot keep the current file as “%s”: %s"), kept, errno, error);
    }
  return TRUE;
}

gboolean
cw_restore (const char  *db_path,
            const char  *backup_path,
            char       **kept_path,
            GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GError) check_error = NULL;
  gboolean had_file;
  int fd;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  if (!cw_restore_verify (db_path, backup_path, error))
    return FALSE;

  /* The copy is checked again where it lies: that is what will be used. */
  folder = g_path_get_dirname (db_path);
  fd = cw_output_make_temp (folder, db_path, &tmp, error);
  if (fd < 0)
    return FALSE;
  if (!copy_synced (backup_path, fd, db_path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (!cw_backup_verify (tmp, &check_error))
    {
      g_unlink (tmp);
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("The copy of “%s” beside the village record came out damaged (is the disk failing?). "
                     "Nothing was changed."),
                   backup_path);
      return FALSE;
    }

  had_file = g_file_test (db_path, G_FILE_TEST_EXISTS);
  if (had_file && !settle_current (db_path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  /* From here to the rename nothing waits on the disk: no other program
   * gets a chance to open the file in between. */
  if (had_file)
    {
      kept = kept_name (db_path);
      if (!keep_current (db_path, kept, error))
        {
          g_unlink (tmp);
          return FALSE;
        }
    }
  if (g_rename (tmp, db_path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      /* Without a hard link the current file was renamed: it goes back. */
      if (kept != NULL && !g_file_test (db_path, G_FILE_TEST_EXISTS))
        g_rename (kept, db_path);
      return file_error (_("Cannot put the backup in place of “%s”: %s"), db_path, saved, error);
    }
  cw_output_sync_folder (db_path);

  g_debug ("Restored %s from %s; the previous file is kept as %s", db_path, backup_path,
             kept != NULL ? kept : "(none)");
  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;
}
