/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/common/cw-output.h"

/* A temporary file this old belonged to a program that was killed. */
#define STALE_AFTER_SECONDS (24 * 60 * 60)
/* As many links as the kernel follows. */
#define MAX_LINKS 40

static const char * const side_suffixes[] = { "-wal", "-shm", "-journal" };

/* Open databases: canonical path → how many connections. */
static GMutex protected_lock;
static GHashTable *protected;

void
cw_output_protect_database (const char *db_path)
{
  g_autofree char *key = g_canonicalize_filename (db_path, NULL);

  g_mutex_lock (&protected_lock);
  if (protected == NULL)
    protected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_replace (protected, g_strdup (key),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (protected, key)) + 1));
  g_mutex_unlock (&protected_lock);
}

void
cw_output_forget_database (const char *db_path)
{
  g_autofree char *key = g_canonicalize_filename (db_path, NULL);
  guint count;

  g_mutex_lock (&protected_lock);
  count = protected != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (protected, key)) : 0;
  if (count > 1)
    g_hash_table_replace (protected, g_strdup (key), GUINT_TO_POINTER (count - 1));
  else if (count == 1)
    g_hash_table_remove (protected, key);
  g_mutex_unlock (&protected_lock);
}

/* The caller's database first, then the open ones. */
static GPtrArray *
protected_databases (const char *db_path)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  if (db_path != NULL)
    g_ptr_array_add (paths, g_strdup (db_path));
  g_mutex_lock (&protected_lock);
  if (protected != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, protected);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (paths, g_strdup (key));
    }
  g_mutex_unlock (&protected_lock);
  return paths;
}

/* What a name stands for: the folder it is in and its last part, after
 * every symbolic link is followed; the file, if there is one. */
typedef struct
{
  char        *folder;     /* absolute, without links or ".." */
  char        *base;
  struct stat  folder_st;
  gboolean     exists;
  struct stat  st;
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->folder, g_free);
  g_clear_pointer (&place->base, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Place, place_clear)

static char *
follow_links (const char *path)
{
  char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *folder = NULL;

      if (target == NULL)
        break;
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (folder, target, NULL);
    }
  return current;
}

/* FALSE when the folder does not exist: nothing there can be replaced. */
static gboolean
place_init (Place      *place,
            const char *path)
{
  g_autofree char *target = follow_links (path);
  g_autofree char *folder = g_path_get_dirname (target);
  char *real = realpath (folder, NULL);

  memset (place, 0, sizeof *place);
  if (real == NULL)
    return FALSE;
  place->folder = g_strdup (real);
  free (real);
  place->base = g_path_get_basename (target);
  if (stat (place->folder, &place->folder_st) != 0)
    return FALSE;
  place->exists = g_stat (target, &place->st) == 0;
  return TRUE;
}

static gboolean
same_inode (const struct stat *a,
            const struct stat *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Whether @path names what @place names: the same file, or (when there is
 * none yet) the same name in the same folder. */
static gboolean
place_is (const Place *place,
          const char  *path)
{
  g_auto(Place) other = { 0 };

  if (!place_init (&other, path))
    return FALSE;
  if (place->exists && other.exists)
    return same_inode (&place->st, &other.st);
  return same_inode (&place->folder_st, &other.folder_st) && g_str_equal (place->base, other.base);
}

/* Reads the first 100 bytes; the file is never opened as a database, so
 * nothing appears beside it and nothing waits for its locks. */
static gboolean
holds_cunwu_database (const char *path)
{
  static const guchar magic[16] = "SQLite format 3";
  guchar header[100];
  struct stat st;
  gboolean ours = FALSE;
  int fd;

  /* Non-blocking: a named pipe at the name must not hang the check. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) &&
      read (fd, header, sizeof header) == sizeof header &&
      memcmp (header, magic, sizeof magic) == 0)
    {
      guint32 application_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
                               ((guint32) header[70] << 8) | (guint32) header[71];

      ours = application_id == CW_DATABASE_APPLICATION_ID;
    }
  close (fd);
  return ours;
}

static gboolean
refuse_database (const char  *path,
                 GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
               _("“%s” is a village database; choose another file name."), display);
  return FALSE;
}

/* @format names @path, then the database it belongs to. */
static gboolean
refuse_beside (const char  *format,
               const char  *path,
               const char  *db_path,
               GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *db_display = g_filename_display_name (db_path);

  g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, format, display, db_display);
  return FALSE;
}

static gboolean
refuse_side_file (const char  *path,
                  const char  *db_path,
                  GError     **error)
{
  /* Translators: %1$s is a file such as village.db-wal, %2$s the database */
  return refuse_beside (_("“%1$s” belongs to the village database “%2$s”; choose another file name."),
                        path, db_path, error);
}

static gboolean
refuse_backup_folder (const char  *path,
                      const char  *db_path,
                      GError     **error)
{
  /* Translators: %1$s is the file chosen, %2$s the database */
  return refuse_beside (_("“%1$s” is in the backup folder of the village database “%2$s”; choose another folder."),
                        path, db_path, error);
}

static gboolean
is_own_backup_folder (const Place   *place,
                      const char    *db_path,
                      CwOutputFlags  flags)
{
  g_autofree char *folder = NULL;
  struct stat st;

  if (!(flags & CW_OUTPUT_OWN_BACKUP_FOLDER) || db_path == NULL)
    return FALSE;
  folder = cw_backup_folder (db_path);
  return g_stat (folder, &st) == 0 && same_inode (&st, &place->folder_st);
}

/* The databases this process knows: by identity, their side files by
 * name, their backup folders. */
static gboolean
check_protected (const Place    *place,
                 const char     *path,
                 const char     *db_path,
                 CwOutputFlags   flags,
                 GError        **error)
{
  g_autoptr(GPtrArray) databases = protected_databases (db_path);

  for (guint i = 0; i < databases->len; i++)
    {
      const char *database = g_ptr_array_index (databases, i);
      g_autofree char *folder = cw_backup_folder (database);
      struct stat st;

      if (place_is (place, database))
        return refuse_database (path, error);
      for (guint j = 0; j < G_N_ELEMENTS (side_suffixes); j++)
        {
          g_autofree char *side = g_strconcat (database, side_suffixes[j], NULL);

          if (place_is (place, side))
            return refuse_side_file (path, database, error);
        }
      if (g_stat (folder, &st) == 0 && same_inode (&st, &place->folder_st) &&
          !is_own_backup_folder (place, db_path, flags))
        return refuse_backup_folder (path, database, error);
    }
  return TRUE;
}

/* village.db-journal beside village.db, whoever's it is. */
static gboolean
check_side_file (const Place  *place,
                 const char   *path,
                 GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *database = NULL;

      if (!g_str_has_suffix (place->base, side_suffixes[i]))
        continue;
      name = g_strndup (place->base, strlen (place->base) - strlen (side_suffixes[i]));
      database = g_build_filename (place->folder, name, NULL);
      if (holds_cunwu_database (database))
        return refuse_side_file (path, database, error);
    }
  return TRUE;
}

/* A folder named <name>-backups with a database <name>.* beside it. */
static gboolean
check_backup_folder (const Place    *place,
                     const char     *path,
                     const char     *db_path,
                     CwOutputFlags   flags,
                     GError        **error)
{
  g_autofree char *name = g_path_get_basename (place->folder);
  g_autofree char *parent = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  if (!g_str_has_suffix (name, "-backups") || is_own_backup_folder (place, db_path, flags))
    return TRUE;

  parent = g_path_get_dirname (place->folder);
  dir = g_dir_open (parent, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *database = g_build_filename (parent, entry, NULL);
      g_autofree char *folder = cw_backup_folder (database);

      if (g_str_equal (folder, place->folder) && holds_cunwu_database (database))
        return refuse_backup_folder (path, database, error);
    }
  return TRUE;
}

gboolean
cw_output_check_destination (const char     *db_path,
                             const char     *path,
                             CwOutputFlags   flags,
                             GError        **error)
{
  g_auto(Place) place = { 0 };
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!place_init (&place, path))
    return TRUE;

  target = g_build_filename (place.folder, place.base, NULL);
  if (place.exists && holds_cunwu_database (target))
    return refuse_database (path, error);

  return check_protected (&place, path, db_path, flags, error) &&
         check_side_file (&place, path, error) &&
         check_backup_folder (&place, path, db_path, flags, error);
}

gboolean
cw_output_set_error (const char  *path,
                     int          saved_errno,
                     GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, CW_ERROR, CW_ERROR_DISK_FULL,
                   _("Cannot save “%s”: the disk is full. Nothing was written under that name; "
                     "free some space or choose another disk."),
                   display);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
    case EBUSY:
      g_set_error (error, CW_ERROR, CW_ERROR_READ_ONLY,
                   _("Cannot save “%s”: %s"), display, g_strerror (saved_errno));
      break;
    default:
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Cannot save “%s”: %s"), display, g_strerror (saved_errno));
      break;
    }
  return FALSE;
}

/* A temporary file, or a scratch folder with the regular files in it
 * (a library's own scratch files; nothing else is ever put there). */
static void
remove_temp (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (!g_file_test (file, G_FILE_TEST_IS_DIR) || g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        g_unlink (file);
    }
  g_rmdir (path);
}

/* A program killed while writing leaves its temporary file; after a day
 * nobody is still writing it. Only regular files of this user are
 * removed, and only by that name. */
static void
remove_stale_temps (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!g_str_has_prefix (name, CW_OUTPUT_TEMP_PREFIX))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (lstat (path, &st) == 0 && (S_ISREG (st.st_mode) || S_ISDIR (st.st_mode)) &&
          st.st_uid == geteuid () && now - (gint64) st.st_mtime > STALE_AFTER_SECONDS)
        {
          g_debug ("Removing %s, left by a program that did not finish", path);
          remove_temp (path);
        }
    }
}

int
cw_output_make_temp (const char  *folder,
                     const char  *destination,
                     char       **temp_path,
                     GError     **error)
{
  g_autofree char *template = g_build_filename (folder, CW_OUTPUT_TEMP_PREFIX "XXXXXX", NULL);
  int fd;

  remove_stale_temps (folder);

  /* Mode 0666 lets the umask decide, as for any new file. */
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      cw_output_set_error (destination, errno, error);
      return -1;
    }
  *temp_path = g_steal_pointer (&template);
  return fd;
}

void
cw_output_sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Outputs being written, by temporary path. A window closed while a job
 * writes (the daily backup of a township's file takes a minute) ends the
 * process with the worker thread still at work and its CwOutput never
 * freed; at exit its temporary file is removed rather than left for a day
 * beside the real ones. A commit holds the lock across its rename, so a
 * file is either renamed whole or removed, never both. */
static GMutex writing_lock;
static GHashTable *writing;

static void
remove_unfinished_outputs (void)
{
  GHashTableIter iter;
  gpointer temp_path;

  g_mutex_lock (&writing_lock);
  g_hash_table_iter_init (&iter, writing);
  while (g_hash_table_iter_next (&iter, &temp_path, NULL))
    {
      /* A backup is written through SQLite, which keeps a journal beside. */
      static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *path = g_strconcat (temp_path, suffixes[i], NULL);

          remove_temp (path);
        }
    }
  g_hash_table_remove_all (writing);
  g_mutex_unlock (&writing_lock);
}

static void
writing_add (const char *temp_path)
{
  g_mutex_lock (&writing_lock);
  if (writing == NULL)
    {
      writing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      atexit (remove_unfinished_outputs);
    }
  g_hash_table_add (writing, g_strdup (temp_path));
  g_mutex_unlock (&writing_lock);
}

struct _CwOutput
{
  char          *db_path;
  char          *path;
  char          *temp_path;
  char          *scratch_folder;
  CwOutputFlags  flags;
  int            fd;
  gboolean       committed;
};

CwOutput *
cw_output_new (const char     *db_path,
               const char     *path,
               CwOutputFlags   flags,
               GError        **error)
{
  g_autoptr(CwOutput) self = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  display = g_filename_display_name (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *folder_display = g_filename_display_name (folder);

      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("Cannot save “%s”: the folder “%s” does not exist."), display, folder_display);
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Cannot save “%s”: it is a folder."), display);
      return NULL;
    }
  /* The rename could replace it, but a file marked read-only (or held
   * by another program on a shared folder) was meant to stay. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_READ_ONLY,
                   _("Cannot save “%s”: the file is read-only or open in another program."), display);
      return NULL;
    }
  if (!cw_output_check_destination (db_path, path, flags, error))
    return NULL;

  self = g_new0 (CwOutput, 1);
  self->db_path = g_strdup (db_path);
  self->path = g_strdup (path);
  self->flags = flags;
  self->fd = cw_output_make_temp (folder, path, &self->temp_path, error);
  if (self->fd < 0)
    return NULL;
  writing_add (self->temp_path);
  return g_steal_pointer (&self);
}

const char *
cw_output_get_path (CwOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

const char *
cw_output_get_temp_path (CwOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

const char *
cw_output_get_scratch_folder (CwOutput  *self,
                              GError   **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *template = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->scratch_folder != NULL)
    return self->scratch_folder;
  folder = g_path_get_dirname (self->path);
  template = g_build_filename (folder, CW_OUTPUT_TEMP_PREFIX "XXXXXX", NULL);
  if (g_mkdtemp_full (template, 0700) == NULL)
    {
      cw_output_set_error (self->path, errno, error);
      return NULL;
    }
  writing_add (template);
  self->scratch_folder = g_steal_pointer (&template);
  return self->scratch_folder;
}

static void
remove_scratch_folder (CwOutput *self)
{
  if (self->scratch_folder == NULL)
    return;
  g_mutex_lock (&writing_lock);
  g_hash_table_remove (writing, self->scratch_folder);
  remove_temp (self->scratch_folder);
  g_mutex_unlock (&writing_lock);
  g_clear_pointer (&self->scratch_folder, g_free);
}

gboolean
cw_output_write (CwOutput    *self,
                 const void  *data,
                 gsize        length,
                 GError     **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize written = write (self->fd, p, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return cw_output_set_error (self->path, written < 0 ? errno : ENOSPC, error);
      p += written;
      length -= (gsize) written;
    }
  return TRUE;
}

gboolean
cw_output_commit (CwOutput  *self,
                  GError   **error)
{
  int fd;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);

  /* On disk before it has the name: after a power cut the name holds
   * either the old file or the whole new one. */
  fd = self->fd;
  self->fd = -1;
  if (fsync (fd) != 0)
    {
      int saved = errno;

      close (fd);
      return cw_output_set_error (self->path, saved, error);
    }
  if (close (fd) != 0)
    return cw_output_set_error (self->path, errno, error);

  /* The work may have taken minutes: the name is checked again. */
  if (!cw_output_check_destination (self->db_path, self->path, self->flags, error))
    return FALSE;

  g_mutex_lock (&writing_lock);
  if (!g_hash_table_contains (writing, self->temp_path))
    {
      /* The process is ending: the file was removed, nothing is saved. */
      g_mutex_unlock (&writing_lock);
      return cw_output_set_error (self->path, ENOENT, error);
    }
  if (g_rename (self->temp_path, self->path) != 0)
    {
      int saved = errno;

      g_mutex_unlock (&writing_lock);
      return cw_output_set_error (self->path, saved, error);
    }
  g_hash_table_remove (writing, self->temp_path);
  g_mutex_unlock (&writing_lock);
  self->committed = TRUE;
  remove_scratch_folder (self);
  cw_output_sync_folder (self->path);
  return TRUE;
}

void
cw_output_free (CwOutput *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  remove_scratch_folder (self);
  if (!self->committed && self->temp_path != NULL)
    {
      g_mutex_lock (&writing_lock);
      g_hash_table_remove (writing, self->temp_path);
      g_unlink (self->temp_path);
      g_mutex_unlock (&writing_lock);
    }
  g_free (self->db_path);
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}
