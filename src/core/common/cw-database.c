/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-audit-private.h"
#include "core/cw-core-resources.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health-private.h"
#include "core/common/cw-output.h"
#include "core/common/cw-sqlite-error-private.h"
#include "core/common/cw-text-private.h"
#include "core/village/cw-settings.h"

#define MIGRATIONS_PATH "/org/cunwu/Cunwu/core/migrations"

struct _CwDatabase
{
  GObject   parent_instance;

  sqlite3  *handle;
  char     *path;
  char     *operator_name;
  int       schema_version;
  /* Nesting depth of cw_database_begin(): the outermost level is a real
   * transaction, inner levels are savepoints, so core functions compose. */
  guint     depth;
  /* The change the open transaction belongs to (see audit_log.change_id),
   * and the last one committed: what Undo reverts. */
  gint64    change_id;
  gint64    last_change_id;
  guint     wait_ms;
  /* Audit batches (cw-audit-private.h) not yet finished, and the depth of
   * the first: their triggers are dropped, so nothing may commit. */
  guint     held;
  guint     held_depth;
  /* The thread that opened the connection, the only one that may use it
   * (it is opened without SQLite's locking: cw_database_open()). */
  GThread  *thread;
};

G_DEFINE_FINAL_TYPE (CwDatabase, cw_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cw_database_finalize (GObject *object)
{
  CwDatabase *self = (CwDatabase *)object;

  if (self->handle != NULL)
    {
      /* Closing the last connection checkpoints the WAL into the file. */
      if (sqlite3_close (self->handle) != SQLITE_OK)
        g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->handle));
    }
  if (self->path != NULL)
    cw_output_forget_database (self->path);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->operator_name, g_free);

  G_OBJECT_CLASS (cw_database_parent_class)->finalize (object);
}

static void
cw_database_class_init (CwDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_database_finalize;

  /**
   * CwDatabase::changed:
   * @table: the table that changed
   *
   * Emitted after a change to @table has been committed, so that views can
   * reload what they show.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cw_database_init (CwDatabase *self)
{
  self->wait_ms = CW_DATABASE_WAIT_COMMAND;
}

char *
cw_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cunwu", "cunwu.db", NULL);
}

/* Migrations are data/migrations/NNNN-name.sql, compiled into the program;
 * the number is the schema version the file brings the database to. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char **
list_migrations (void)
{
  /* Asking our own resource (not the global list) also makes the linker
   * keep it when the core is linked as a static library. */
  g_auto(GStrv) names = g_resource_enumerate_children (cw_core_get_resource (), MIGRATIONS_PATH, 0, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  if (names != NULL)
    for (guint i = 0; names[i] != NULL; i++)
      g_ptr_array_add (sorted, g_strdup (names[i]));
  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&sorted), FALSE);
}

/* Numbers may skip (branches reserve theirs before they land), but they
 * only ever grow: the schema version is the number of the last file. */
int
cw_database_latest_schema_version (void)
{
  g_auto(GStrv) names = list_migrations ();
  guint n = g_strv_length (names);

  return n == 0 ? 0 : (int) g_ascii_strtoll (names[n - 1], NULL, 10);
}

/**
 * cw_database_wait_setup:
 * @handle: any connection core opens
 * @timeout_ms: how long a statement waits for another connection's lock
 *
 * The one place that says how a connection waits for a lock, so the
 * window, the command line, backups, checks and probes all wait alike:
 * SQLite retries with short sleeps until @timeout_ms have passed, then the
 * statement fails with SQLITE_BUSY, which cw_sqlite_error() words as
 * "busy, try again".
 */
void
cw_database_wait_setup (sqlite3 *handle,
                        guint    timeout_ms)
{
  sqlite3_extended_result_codes (handle, 1);
  sqlite3_busy_timeout (handle, (int) MIN (timeout_ms, G_MAXINT));
}

gboolean
cw_database_fail (CwDatabase  *self,
                  GError     **error)
{
  return cw_sqlite_error (self->handle, 0, self->path, error);
}

static gboolean
exec_on (sqlite3     *handle,
         const char  *path,
         const char  *sql,
         GError     **error)
{
  int rc = sqlite3_exec (handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return cw_sqlite_error (handle, 0, path, error);
  return TRUE;
}

/* -1 when it cannot be read; then @rc says why. */
static gint64
pragma_int (sqlite3    *handle,
            const char *pragma,
            int        *rc)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  int result = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);

  if (result == SQLITE_OK && (result = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != NULL)
    *rc = sqlite3_extended_errcode (handle);
  return -1;
}

/* The database header stores its integers big-endian. */
static gint64
header_int (const guchar *header,
            guint         offset)
{
  return ((guint32) header[offset] << 24) | ((guint32) header[offset + 1] << 16) |
         ((guint32) header[offset + 2] << 8) | (guint32) header[offset + 3];
}

/**
 * cw_database_identify:
 * @path: an existing file
 * @version: (out): its schema version
 *
 * Everything that can be said about a file without changing a byte of it:
 * is it a Cunwu database, and one this program knows? Reads the header; only
 * when a WAL beside it may hold a newer first page does it ask SQLite, with
 * a read-only connection that waits for locks like any other.
 */
gboolean
cw_database_identify (const char  *path,
                      int         *version,
                      GError     **error)
{
  struct stat st;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guchar header[100];
  gint64 application_id, user_version;
  int fd;
  ssize_t n;
  int latest = cw_database_latest_schema_version ();

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_SQLITE,
                   _("“%s” is a folder, not a Cunwu database."), path);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EMPTY_FILE,
                   _("“%s” is an empty file, not a Cunwu database."), path);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);
  if (n != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_SQLITE,
                   _("“%s” is not a Cunwu database: it is not a database file at all."), path);
      return FALSE;
    }

  application_id = header_int (header, 68);
  user_version = header_int (header, 60);

  /* A WAL left behind by a crash may hold a newer first page than the file;
   * only then ask SQLite, read-only. Without a WAL the header is the truth,
   * and not opening the file at all guarantees no file appears beside it. */
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      sqlite3 *probe = NULL;
      int rc = sqlite3_open_v2 (path, &probe, SQLITE_OPEN_READONLY, NULL);

      if (rc == SQLITE_OK)
        {
          cw_database_wait_setup (probe, CW_DATABASE_WAIT_COMMAND);
          application_id = pragma_int (probe, "application_id", &rc);
          if (application_id != -1)
            user_version = pragma_int (probe, "user_version", &rc);
        }
      /* Busy is not "not ours": the window or a command is writing. */
      if (application_id == -1 || user_version == -1 || rc != SQLITE_OK)
        {
          int kind = rc & 0xff;

          if (kind == SQLITE_BUSY || kind == SQLITE_LOCKED || kind == SQLITE_CORRUPT || kind == SQLITE_IOERR)
            cw_sqlite_error (probe, rc, path, error);
          else
            g_set_error (error, CW_ERROR, CW_ERROR_NOT_SQLITE,
                         _("“%s” is not a Cunwu database: it cannot be read as a database."), path);
          sqlite3_close (probe);
          return FALSE;
        }
      sqlite3_close (probe);
    }

  if (application_id != CW_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not a Cunwu database."), path);
      return FALSE;
    }
  if (user_version > latest)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Village Affairs "
                     "(database version %d; this program knows up to %d). "
                     "Update the program to open it; the file was not changed."),
                   path, (int) user_version, latest);
      return FALSE;
    }

  if (version != NULL)
    *version = (int) user_version;
  return TRUE;
}

/* What opening for work needs beyond cw_database_identify(): writing to
 * the file and beside it. A refused file is left exactly as it was. */
static gboolean
check_existing_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  if (!cw_database_identify (path, NULL, error))
    return FALSE;

  /* Root can write a file without write permission bits; a file marked
   * read-only is still meant to stay as it is (an archived copy, say). */
  if (g_stat (path, &st) != 0 || g_access (path, W_OK) != 0 || (st.st_mode & 0222) == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_READ_ONLY,
                   _("“%s” is read-only. Village Affairs needs to write to its database: "
                     "copy the file somewhere else or allow writing to it."), path);
      return FALSE;
    }
  /* WAL mode keeps two files beside the database. */
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only. Village Affairs needs to write beside its database."),
                   dir);
      return FALSE;
    }

  return TRUE;
}

static gboolean
apply_pragmas (sqlite3     *handle,
               const char  *path,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  cw_database_wait_setup (handle, CW_DATABASE_WAIT_COMMAND);

  if (sqlite3_prepare_v2 (handle, "PRAGMA journal_mode=WAL", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return cw_sqlite_error (handle, 0, path, error);
  if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Database “%s” cannot be switched to write-ahead logging: %s"),
                   path, (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }

  /* synchronous=FULL: a committed change is on disk, even across a power cut.
   * temp_store=MEMORY: every audited write keeps a statement journal, which
   * would otherwise go through a temporary file, many writes a row. */
  return exec_on (handle, path,
                  "PRAGMA synchronous=FULL;"
                  "PRAGMA foreign_keys=ON;"
                  "PRAGMA temp_store=MEMORY;",
                  error);
}

static gint64
new_change_id (void)
{
  /* Random rather than counted: the command line may write beside the
   * window, and their changes must never share a number. */
  return ((gint64) g_random_int_range (1, G_MAXINT32) << 31) ^ g_random_int ();
}

static gboolean
check_foreign_keys (sqlite3     *handle,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    return cw_sqlite_error (handle, 0, path, error);
  /* A check that could not read the tables has not passed. */
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW && rc != SQLITE_DONE)
    return cw_sqlite_error (handle, 0, path, error);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("row %lld of table %s points at a missing %s"),
                   (long long) sqlite3_column_int64 (stmt, 1),
                   (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 2));
      return FALSE;
    }
  return TRUE;
}

/* Brings the database up to schema version @target, one migration per
 * transaction. */
static gboolean
migrate_to (sqlite3     *handle,
            const char  *path,
            guint        target,
            gint64      *change_id,
            GError     **error)
{
  g_auto(GStrv) names = list_migrations ();
  int rc = SQLITE_OK;
  gint64 current = pragma_int (handle, "user_version", &rc);
  gboolean ok = TRUE;

  if (current < 0)
    return cw_sqlite_error (handle, rc, path, error);
  if (current >= target || current >= cw_database_latest_schema_version ())
    return TRUE;

  /* A migration may rebuild a table (SQLite cannot alter a CHECK): with
   * foreign keys enforced, dropping the old table would fail for every row
   * that points at it. They are checked as a whole before each commit. */
  if (!exec_on (handle, path, "PRAGMA foreign_keys=OFF", error))
    return FALSE;
  for (guint i = 0, previous = 0; ok && names[i] != NULL; i++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *finish = NULL;
      int version = (int) g_ascii_strtoll (names[i], NULL, 10);

      if (version <= (int) previous)
        g_error ("Migration %s is out of sequence: its number must be above %u", names[i], previous);
      previous = (guint) version;
      if (version <= current)
        continue;
      if ((guint) version > target)
        break;
      resource = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);

      bytes = g_resource_lookup_data (cw_core_get_resource (), resource, 0, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      if (!exec_on (handle, path, "BEGIN IMMEDIATE", error))
        {
          ok = FALSE;
          break;
        }
      *change_id = new_change_id ();

      finish = g_strdup_printf ("PRAGMA application_id=%d; PRAGMA user_version=%d;",
                                CW_DATABASE_APPLICATION_ID, version);
      if (!exec_on (handle, path, sql, error) ||
          !cw_audit_install_triggers (handle, error) ||
          !check_foreign_keys (handle, path, error) ||
          !exec_on (handle, path, finish, error) ||
          !exec_on (handle, path, "COMMIT", error))
        {
          g_prefix_error (error, _("Upgrading the database to version %d failed: "), version);
          exec_on (handle, path, "ROLLBACK", NULL);
          ok = FALSE;
        }
      *change_id = 0;
    }

  exec_on (handle, path, "PRAGMA foreign_keys=ON; PRAGMA ignore_check_constraints=OFF", NULL);
  return ok;
}

static gboolean
migrate (sqlite3     *handle,
         const char  *path,
         gint64      *change_id,
         GError     **error)
{
  return migrate_to (handle, path, G_MAXUINT, change_id, error);
}

/**
 * cw_database_build_schema:
 * @handle: an empty database, e.g. ":memory:"
 * @version: the schema version to build
 *
 * Builds the schema exactly as the migrations and the audit log make it for
 * @version: what `cunwu check` compares a file with.
 */
gboolean
cw_database_build_schema (sqlite3     *handle,
                          int          version,
                          GError     **error)
{
  gint64 change_id = 0;

  /* The SQL functions that the migrations and the audit triggers call, as
   * cw_database_open() registers them: SQLite looks them up when it
   * prepares a statement, even one on an empty table. Nothing is audited
   * here, so the change id stays NULL. */
  cw_audit_register_operator (handle, NULL);
  cw_audit_register_change_id (handle, NULL);
  cw_text_register_sql_functions (handle);
  return migrate_to (handle, ":memory:", (guint) MAX (version, 0), &change_id, error);
}

/* A new database is built under a temporary name and renamed into place only
 * when complete, so a crash during creation never leaves a half-made file
 * that would later be mistaken for a foreign one. */
static gboolean
create_new (const char  *path,
            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = NULL;
  g_autofree char *tmp_wal = NULL;
  g_autofree char *tmp_shm = NULL;
  sqlite3 *handle = NULL;
  gint64 change_id = 0;
  gboolean ok;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  /* A name of its own, so that no file already there is removed. */
  fd = cw_output_make_temp (dir, path, &tmp, error);
  if (fd < 0)
    return FALSE;
  close (fd);
  tmp_wal = g_strconcat (tmp, "-wal", NULL);
  tmp_shm = g_strconcat (tmp, "-shm", NULL);

  if (sqlite3_open_v2 (tmp, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Cannot create the database “%s”: %s"), path, sqlite3_errmsg (handle));
      sqlite3_close (handle);
      g_unlink (tmp);
      return FALSE;
    }

  cw_audit_register_operator (handle, NULL);
  cw_audit_register_change_id (handle, &change_id);
  cw_text_register_sql_functions (handle);
  ok = apply_pragmas (handle, path, error) && migrate (handle, path, &change_id, error);
  if (sqlite3_close (handle) != SQLITE_OK && ok)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Cannot create the database “%s”."), path);
      ok = FALSE;
    }

  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the database “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    {
      g_unlink (tmp);
      g_unlink (tmp_wal);
      g_unlink (tmp_shm);
      return FALSE;
    }

  /* The rename is only durable once the folder is synced. */
  cw_output_sync_folder (path);

  return TRUE;
}

/**
 * cw_database_open:
 * @path: the database file; created (with its folder) when it does not exist
 * @error: set, naming the file, when it cannot be used
 *
 * Opens the village's database: one writer connection in WAL mode with
 * synchronous=FULL and foreign keys, upgraded to the newest schema. A file
 * that is not ours, is newer than us, is empty or read-only is refused and
 * left untouched.
 */
/* SQLite keeps a count of its memory, under a global mutex taken at every
 * allocation: a lock and an unlock for each of the dozens of allocations
 * an insert makes, a few percent of an import. Nothing here reads the
 * count. Only possible before SQLite's first use in the process (later it
 * fails, harmlessly). */
static void
configure_sqlite (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

CwDatabase *
cw_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(CwDatabase) self = NULL;
  g_autofree char *operator_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  configure_sqlite ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_new (path, error))
    return NULL;

  if (!check_existing_file (path, error))
    return NULL;

  self = g_object_new (CW_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->thread = g_thread_self ();
  /* No export or backup of this process may be written over it. */
  cw_output_protect_database (path);

  /* A connection belongs to the thread that opened it (a job, the import's
   * writer, the window each open their own, and the import's checking
   * thread reads no database), so SQLite need not lock it on every call:
   * in its default serialized mode each step, bind and column read takes
   * and gives back a mutex, a tenth of the instructions of reading a
   * tally or writing an export. */
  if (sqlite3_open_v2 (path, &self->handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      cw_sqlite_error (self->handle, 0, path, error);
      return NULL;
    }

  cw_audit_register_operator (self->handle, (const char **) &self->operator_name);
  cw_audit_register_change_id (self->handle, &self->change_id);
  cw_text_register_sql_functions (self->handle);

  /* Reading the whole schema costs little and finds a damaged table of
   * contents now, with advice, and before anything is written (WAL mode
   * is), rather than on the first page shown. A damaged data page is
   * found by the daily backup's check or when it is read. */
  cw_database_wait_setup (self->handle, CW_DATABASE_WAIT_COMMAND);
  if (!exec_on (self->handle, path, "SELECT count(*) FROM sqlite_schema", error) ||
      !apply_pragmas (self->handle, path, error) ||
      !migrate (self->handle, path, &self->change_id, error))
    return NULL;

  self->schema_version = (int) pragma_int (self->handle, "user_version", NULL);

  operator_name = cw_settings_get_operator (self);
  self->operator_name = operator_name != NULL ? g_steal_pointer (&operator_name) : g_strdup (g_get_user_name ());

  return g_steal_pointer (&self);
}

/**
 * cw_database_set_wait:
 * @timeout_ms: how long a statement waits for another program's lock
 *
 * A connection opens with %CW_DATABASE_WAIT_COMMAND. The window's
 * connection runs on the main loop and takes %CW_DATABASE_WAIT_WINDOW, so a
 * busy file costs a moment and a "busy, try again", never a frozen window.
 */
void
cw_database_set_wait (CwDatabase *self,
                      guint       timeout_ms)
{
  g_return_if_fail (CW_IS_DATABASE (self));

  self->wait_ms = timeout_ms;
  cw_database_wait_setup (self->handle, timeout_ms);
}

guint
cw_database_get_wait (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), 0);
  return self->wait_ms;
}

const char *
cw_database_get_path (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
cw_database_get_handle (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), NULL);
  return self->handle;
}

int
cw_database_get_schema_version (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), 0);
  return self->schema_version;
}

const char *
cw_database_get_operator (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), NULL);
  return self->operator_name;
}

/**
 * cw_database_set_operator:
 *
 * Sets the name that audit rows of this connection carry from now on. It is
 * not saved; cw_settings_set_operator() also keeps it for later starts.
 */
void
cw_database_set_operator (CwDatabase *self,
                          const char *operator_name)
{
  g_return_if_fail (CW_IS_DATABASE (self));
  g_return_if_fail (operator_name != NULL);

  g_free (self->operator_name);
  self->operator_name = g_strstrip (g_strdup (operator_name));
}

gboolean
cw_database_exec (CwDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);
  g_warn_if_fail (self->thread == g_thread_self ());
  return exec_on (self->handle, self->path, sql, error);
}

static gboolean
schema_is_damaged (CwDatabase *self)
{
  return !cw_health_schema_matches (self->handle, self->schema_version);
}

sqlite3_stmt *
cw_database_prepare (CwDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (self), NULL);
  /* Every statement starts here: a connection shared between threads
   * would corrupt SQLite's state silently, so say so loudly (a test
   * fails on the warning). */
  g_warn_if_fail (self->thread == g_thread_self ());

  if (sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      /* A statement that does not prepare on a sound file is a bug in our
       * SQL, not a person's mistake; still, report rather than abort. A
       * damaged or busy file is the person's news, not a bug. */
      if (sqlite3_errcode (self->handle) == SQLITE_ERROR && !schema_is_damaged (self))
        g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));
      cw_sqlite_error (self->handle, 0, self->path, error);
      return NULL;
    }
  return stmt;
}

/* See the header: SQLITE_ROW, SQLITE_DONE, or SQLITE_ERROR with @error
 * in the person's words (cw_sqlite_error()). */
int
cw_database_step_one (CwDatabase    *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;
  cw_database_fail (self, error);
  return SQLITE_ERROR;
}

/* Steps a statement that returns no rows; a failure becomes a GError in
 * the person's words (cw_sqlite_error()). */
gboolean
cw_database_step_done (CwDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  return cw_database_step_one (self, stmt, error) != SQLITE_ERROR;
}

void
cw_database_warn (CwDatabase *self,
                  const char *what)
{
  g_warning ("Cannot read %s from “%s”: %s", what, self->path, sqlite3_errmsg (self->handle));
}

gint64
cw_database_query_int (CwDatabase *self,
                       const char *sql,
                       gint64      fallback)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (self, sql, NULL);
  int rc;

  if (stmt == NULL)
    return fallback;
  if ((rc = cw_database_step_one (self, stmt, NULL)) != SQLITE_ROW)
    {
      if (rc == SQLITE_ERROR)
        cw_database_warn (self, "a figure");
      return fallback;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* A statement left stepping holds a read transaction, and SQLite cannot
 * wait for the write lock from inside one: BEGIN IMMEDIATE would fail at
 * once with "busy" whenever another program writes, however long the wait.
 * Such a statement is a bug (reset or finalize it before the change). */
static void
warn_pending_statements (CwDatabase *self)
{
  for (sqlite3_stmt *stmt = sqlite3_next_stmt (self->handle, NULL);
       stmt != NULL;
       stmt = sqlite3_next_stmt (self->handle, stmt))
    if (sqlite3_stmt_busy (stmt))
      g_critical ("A statement is still reading when a change begins; reset it first: %s",
                  sqlite3_sql (stmt));
}

gboolean
cw_database_begin (CwDatabase  *self,
                   GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);

  /* IMMEDIATE takes the write lock now, so a second process (the command
   * line beside the window) waits at the start instead of failing midway. */
  if (self->depth == 0)
    {
      warn_pending_statements (self);
      sql = g_strdup ("BEGIN IMMEDIATE");
      self->change_id = new_change_id ();
    }
  else
    sql = g_strdup_printf ("SAVEPOINT cw_%u", self->depth);

  if (!exec_on (self->handle, self->path, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
cw_database_commit (CwDatabase  *self,
                    GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1 && self->held > 0)
    {
      g_critical ("A change commits with %u audit batches unfinished", self->held);
      cw_database_rollback (self);
      g_set_error_literal (error, CW_ERROR, CW_ERROR_FAILED,
                           _("The change was not saved: its audit rows were not written."));
      return FALSE;
    }

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE cw_%u", self->depth - 1);

  if (!exec_on (self->handle, self->path, sql, error))
    {
      cw_database_rollback (self);
      return FALSE;
    }
  self->depth--;
  if (self->depth == 0)
    {
      self->last_change_id = self->change_id;
      self->change_id = 0;
    }
  return TRUE;
}

/* For cw-audit.c: an audit batch holds (or no longer holds) the commit. */
void
cw_database_hold_commit (CwDatabase *self,
                         gboolean    hold)
{
  g_return_if_fail (CW_IS_DATABASE (self));

  if (hold && self->held++ == 0)
    self->held_depth = self->depth;
  else if (!hold && self->held > 0)
    self->held--;
}

/**
 * cw_database_get_last_change:
 *
 * The change (audit_log.change_id) of the last transaction this connection
 * committed; 0 before any. Pass it to cw_audit_undo() to revert it.
 */
gint64
cw_database_get_last_change (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), 0);
  return self->last_change_id;
}

void
cw_database_rollback (CwDatabase *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (CW_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO cw_%u; RELEASE cw_%u", self->depth - 1, self->depth - 1);

  /* After some errors SQLite has already rolled back by itself. */
  if (self->depth > 1 || !sqlite3_get_autocommit (self->handle))
    exec_on (self->handle, self->path, sql, NULL);
  /* Taking back the level a batch began in brings its trigger back. */
  if (self->held > 0 && self->depth <= self->held_depth)
    self->held = 0;
  self->depth--;
  if (self->depth == 0)
    self->change_id = 0;
}

gboolean
cw_database_in_transaction (CwDatabase *self)
{
  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);
  return self->depth > 0;
}

char *
cw_database_get_setting (CwDatabase *self,
                         const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (self), NULL);

  stmt = cw_database_prepare (self, "SELECT value FROM setting WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  /* A setting's getters have no error to show and fall back to the
   * default: a failed read is logged rather than passed off as unset. */
  if ((rc = cw_database_step_one (self, stmt, NULL)) != SQLITE_ROW)
    {
      if (rc == SQLITE_ERROR)
        cw_database_warn (self, "a setting");
      return NULL;
    }
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
cw_database_set_setting (CwDatabase  *self,
                         const char  *key,
                         const char  *value,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);

  stmt = cw_database_prepare (self,
                              "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = ?2 WHERE value IS NOT ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  if (!cw_database_begin (self, error))
    return FALSE;
  if (!cw_database_step_done (self, stmt, error))
    {
      cw_database_rollback (self);
      return FALSE;
    }
  if (!cw_database_commit (self, error))
    return FALSE;

  cw_database_emit_changed (self, "setting");
  return TRUE;
}

/**
 * cw_database_check:
 *
 * The checks of `cunwu check` (see CwHealth) on this connection: schema,
 * audit triggers, references and integrity.
 */
gboolean
cw_database_check (CwDatabase  *self,
                   GError     **error)
{
  g_autoptr(CwHealth) health = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (self), FALSE);

  health = cw_health_check_connection (self->handle, self->path, error);
  if (health == NULL)
    return FALSE;
  if (self->schema_version != cw_database_latest_schema_version ())
    {
      g_autofree char *problem = g_strdup_printf (_("database version %d, expected %d"),
                                                  self->schema_version,
                                                  cw_database_latest_schema_version ());
      g_set_error (error, CW_ERROR, CW_ERROR_CORRUPT, _("“%s” is damaged: %s"), self->path, problem);
      return FALSE;
    }
  return cw_health_to_error (health, error);
}

void
cw_database_emit_changed (CwDatabase *self,
                          const char *table)
{
  g_return_if_fail (CW_IS_DATABASE (self));

  /* Views reload on commit, not on every statement of an open transaction. */
  if (self->depth > 0)
    return;
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}
