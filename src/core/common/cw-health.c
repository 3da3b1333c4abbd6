/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-health"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health-private.h"
#include "core/common/cw-sqlite-error-private.h"

/* SQLite lists at most this many problems of one kind; so do we. */
#define MAX_PROBLEMS 20

struct _CwHealth
{
  GObject    parent_instance;

  char      *path;
  int        version;
  char      *village;
  GPtrArray *problems[CW_HEALTH_N_ASPECTS];
  char      *notes[CW_HEALTH_N_ASPECTS];
};

G_DEFINE_FINAL_TYPE (CwHealth, cw_health, G_TYPE_OBJECT)

static void
cw_health_finalize (GObject *object)
{
  CwHealth *self = CW_HEALTH (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->village, g_free);
  for (guint i = 0; i < CW_HEALTH_N_ASPECTS; i++)
    {
      g_clear_pointer (&self->problems[i], g_ptr_array_unref);
      g_clear_pointer (&self->notes[i], g_free);
    }

  G_OBJECT_CLASS (cw_health_parent_class)->finalize (object);
}

static void
cw_health_class_init (CwHealthClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_health_finalize;
}

static void
cw_health_init (CwHealth *self)
{
  for (guint i = 0; i < CW_HEALTH_N_ASPECTS; i++)
    self->problems[i] = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

static void
add_problem (CwHealth       *self,
             CwHealthAspect  aspect,
             const char     *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (CwHealth       *self,
             CwHealthAspect  aspect,
             const char     *format,
             ...)
{
  va_list args;

  if (self->problems[aspect]->len >= MAX_PROBLEMS)
    return;
  va_start (args, format);
  g_ptr_array_add (self->problems[aspect], g_strdup_vprintf (format, args));
  va_end (args);
}

/* The schema */

typedef struct
{
  char *type;
  char *name;
  char *table;
  char *sql;
} SchemaObject;

static void
schema_object_free (SchemaObject *object)
{
  g_free (object->type);
  g_free (object->name);
  g_free (object->table);
  g_free (object->sql);
  g_free (object);
}

/* Name → SchemaObject of everything but SQLite's own objects; NULL with
 * @rc set when the schema cannot be read. */
static GHashTable *
read_schema (sqlite3 *handle,
             int     *rc)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) schema_object_free);
  int result;

  result = sqlite3_prepare_v2 (handle,
                               "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                               -1, &stmt, NULL);
  if (result == SQLITE_OK)
    while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        SchemaObject *object = g_new0 (SchemaObject, 1);

        object->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        object->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        object->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
        object->sql = cw_sqlite_squeeze ((const char *) sqlite3_column_text (stmt, 3));
        g_hash_table_replace (objects, object->name, object);
      }
  if (result != SQLITE_DONE)
    {
      *rc = sqlite3_extended_errcode (handle);
      return NULL;
    }
  return g_steal_pointer (&objects);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The keys of @table sorted, so that reports come in a stable order. */
static GPtrArray *
sorted_names (GHashTable *table)
{
  GPtrArray *names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* One line per column: name, type, NOT NULL, default, key; NULL when
 * they cannot be read (not columns missing). */
static GHashTable *
table_columns (sqlite3    *handle,
               const char *table)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  if (sqlite3_prepare_v2 (handle, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_replace (columns,
                          g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                          g_strdup_printf ("%s|%d|%s|%d",
                                           (const char *) sqlite3_column_text (stmt, 1),
                                           sqlite3_column_int (stmt, 2),
                                           sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                           ? "" : (const char *) sqlite3_column_text (stmt, 3),
                                           sqlite3_column_int (stmt, 4)));
  return rc == SQLITE_DONE ? g_steal_pointer (&columns) : NULL;
}

static void
compare_table (CwHealth     *self,
               sqlite3      *actual_handle,
               sqlite3      *expected_handle,
               SchemaObject *expected,
               SchemaObject *actual)
{
  g_autoptr(GHashTable) want = table_columns (expected_handle, expected->name);
  g_autoptr(GHashTable) have = table_columns (actual_handle, actual->name);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) extra = NULL;
  guint before = self->problems[CW_HEALTH_SCHEMA]->len;

  if (want == NULL || have == NULL)
    {
      add_problem (self, CW_HEALTH_SCHEMA, _("the columns of table “%s” could not be read"), expected->name);
      return;
    }
  names = sorted_names (want);
  extra = sorted_names (have);

  for (guint i = 0; i < names->len; i++)
    {
      const char *column = g_ptr_array_index (names, i);
      const char *found = g_hash_table_lookup (have, column);

      if (found == NULL)
        add_problem (self, CW_HEALTH_SCHEMA, _("table “%s” has no column “%s”"), expected->name, column);
      else if (!g_str_equal (found, g_hash_table_lookup (want, column)))
        add_problem (self, CW_HEALTH_SCHEMA, _("column “%s” of table “%s” is defined differently"),
                     column, expected->name);
    }
  for (guint i = 0; i < extra->len; i++)
    if (!g_hash_table_contains (want, g_ptr_array_index (extra, i)))
      add_problem (self, CW_HEALTH_SCHEMA, _("table “%s” has an unexpected column “%s”"),
                   expected->name, (const char *) g_ptr_array_index (extra, i));

  /* Same columns, other text: a CHECK rule or a reference differs. */
  if (self->problems[CW_HEALTH_SCHEMA]->len == before && !g_str_equal (expected->sql, actual->sql))
    add_problem (self, CW_HEALTH_SCHEMA, _("table “%s” has other rules than this program writes"),
                 expected->name);
}

/* The audit log's triggers (audit_<table>_insert … and the log's own
 * guards) are the audit aspect; every other object is the schema's. */
static CwHealthAspect
aspect_of (const SchemaObject *object)
{
  return g_str_equal (object->type, "trigger") && g_str_has_prefix (object->name, "audit_")
         ? CW_HEALTH_AUDIT : CW_HEALTH_SCHEMA;
}

static void
report_missing (CwHealth     *self,
                SchemaObject *expected)
{
  if (g_str_equal (expected->type, "table"))
    add_problem (self, CW_HEALTH_SCHEMA, _("table “%s” is missing"), expected->name);
  else if (g_str_equal (expected->type, "index"))
    add_problem (self, CW_HEALTH_SCHEMA, _("index “%s” of table “%s” is missing"), expected->name, expected->table);
  else if (aspect_of (expected) == CW_HEALTH_AUDIT)
    add_problem (self, CW_HEALTH_AUDIT, _("changes to “%s” are not written to the audit log (trigger “%s” is missing)"),
                 expected->table, expected->name);
  else
    add_problem (self, CW_HEALTH_SCHEMA, _("the rule of trigger “%s” on table “%s” is missing"),
                 expected->name, expected->table);
}

static void
report_different (CwHealth     *self,
                  SchemaObject *object)
{
  if (g_str_equal (object->type, "index"))
    add_problem (self, CW_HEALTH_SCHEMA, _("index “%s” is defined differently"), object->name);
  else
    add_problem (self, aspect_of (object), _("trigger “%s” is defined differently"), object->name);
}

static void
report_unexpected (CwHealth     *self,
                   SchemaObject *object)
{
  if (g_str_equal (object->type, "table"))
    add_problem (self, CW_HEALTH_SCHEMA, _("unexpected table “%s” (not made by this program)"), object->name);
  else if (g_str_equal (object->type, "index"))
    add_problem (self, CW_HEALTH_SCHEMA, _("unexpected index “%s” (not made by this program)"), object->name);
  else if (g_str_equal (object->type, "view"))
    add_problem (self, CW_HEALTH_SCHEMA, _("unexpected view “%s” (not made by this program)"), object->name);
  else
    add_problem (self, aspect_of (object), _("unexpected trigger “%s” on table “%s” (not made by this program)"),
                 object->name, object->table);
}

/* Compares with the schema the migrations build for the file's version, in
 * a database of its own in memory. */
static void
compare_schemas (CwHealth   *self,
                 sqlite3    *handle,
                 GHashTable *actual)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) extra = sorted_names (actual);
  g_autoptr(GError) error = NULL;
  sqlite3 *memory = NULL;
  int rc = SQLITE_OK;

  if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      cw_database_build_schema (memory, self->version, &error))
    expected = read_schema (memory, &rc);
  if (expected == NULL)
    {
      g_critical ("Cannot build the schema of version %d: %s", self->version,
                  error != NULL ? error->message : sqlite3_errmsg (memory));
      sqlite3_close (memory);
      return;
    }

  names = sorted_names (expected);
  for (guint i = 0; i < names->len; i++)
    {
      SchemaObject *want = g_hash_table_lookup (expected, g_ptr_array_index (names, i));
      SchemaObject *have = g_hash_table_lookup (actual, want->name);

      /* A missing table is one problem, not one more per trigger on it. */
      if (have == NULL && !g_str_equal (want->type, "table") && !g_hash_table_contains (actual, want->table))
        continue;
      if (have == NULL || !g_str_equal (have->type, want->type))
        report_missing (self, want);
      else if (g_str_equal (want->type, "table"))
        compare_table (self, handle, memory, want, have);
      else if (!g_str_equal (want->sql, have->sql))
        report_different (self, want);
    }

  for (guint i = 0; i < extra->len; i++)
    {
      SchemaObject *have = g_hash_table_lookup (actual, g_ptr_array_index (extra, i));

      if (!g_hash_table_contains (expected, have->name))
        report_unexpected (self, have);
    }

  sqlite3_close (memory);
}

gboolean
cw_health_schema_matches (sqlite3 *handle,
                          int      version)
{
  g_autoptr(CwHealth) health = g_object_new (CW_TYPE_HEALTH, NULL);
  g_autoptr(GHashTable) actual = NULL;
  int rc = SQLITE_OK;

  actual = read_schema (handle, &rc);
  if (actual == NULL)
    return FALSE;
  health->version = version;
  compare_schemas (health, handle, actual);
  return health->problems[CW_HEALTH_SCHEMA]->len == 0 && health->problems[CW_HEALTH_AUDIT]->len == 0;
}

/* References and pages */

static void
check_references (CwHealth *self,
                  sqlite3  *handle)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      add_problem (self, CW_HEALTH_REFERENCES, _("row %lld of table %s points at a missing %s"),
                   (long long) sqlite3_column_int64 (stmt, 1),
                   (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 2));
  if (rc != SQLITE_DONE)
    add_problem (self, CW_HEALTH_REFERENCES, _("the references could not be followed: the file is damaged"));
}

static void
check_integrity (CwHealth *self,
                 sqlite3  *handle)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* A row that breaks one of the schema's CHECK rules is no damage to
   * the file. Schema 4 (data/migrations/0004-exact.sql) bounded the points
   * register's figures and carried the rows written before the bounds
   * over as they were, so that no office is locked out of its register;
   * such a row takes a value within the bounds when it is next changed.
   * SQLite loads CHECK rules only on a connection that can write, so the
   * read-only check of `cunwu check` and of the backups never sees them;
   * the working connection's (cw_database_check()) would count each such
   * row as a finding, and is told not to here. A connection flag: nothing
   * in the file changes. */
  sqlite3_exec (handle, "PRAGMA ignore_check_constraints=ON", NULL, NULL, NULL);
  rc = sqlite3_prepare_v2 (handle, "PRAGMA integrity_check(20)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *text = (const char *) sqlite3_column_text (stmt, 0);
        g_auto(GStrv) lines = NULL;

        if (g_strcmp0 (text, "ok") == 0)
          continue;
        /* SQLite's own words are all there is; they tell a helper where. */
        lines = g_strsplit (text, "\n", -1);
        for (guint i = 0; lines[i] != NULL; i++)
          if (lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "*** in database"))
            add_problem (self, CW_HEALTH_INTEGRITY, _("damaged: %s"), lines[i]);
      }
  if (rc != SQLITE_DONE)
    add_problem (self, CW_HEALTH_INTEGRITY, _("the file is too damaged to be read through (%s)"),
                 sqlite3_errstr (sqlite3_extended_errcode (handle)));
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_exec (handle, "PRAGMA ignore_check_constraints=OFF", NULL, NULL, NULL);
}

static void
read_village (CwHealth *self,
              sqlite3  *handle)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (handle, "SELECT name FROM village WHERE id = 1", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    self->village = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

CwHealth *
cw_health_check_connection (sqlite3     *handle,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(CwHealth) self = g_object_new (CW_TYPE_HEALTH, NULL);
  g_autoptr(GHashTable) actual = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int latest = cw_database_latest_schema_version ();
  int rc = SQLITE_OK;

  self->path = g_strdup (path);

  if (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      cw_sqlite_error (handle, 0, path, error);
      return NULL;
    }
  self->version = sqlite3_column_int (stmt, 0);
  if (self->version < latest)
    self->notes[CW_HEALTH_VERSION] =
      g_strdup_printf (_("version %d; this program writes version %d and upgrades the file "
                         "when it is next opened for work"),
                       self->version, latest);

  actual = read_schema (handle, &rc);
  if (actual == NULL)
    {
      int kind = rc & 0xff;

      if (kind == SQLITE_BUSY || kind == SQLITE_LOCKED)
        {
          cw_sqlite_error (handle, rc, path, error);
          return NULL;
        }
      /* Without its table of contents nothing else can be looked at. */
      add_problem (self, CW_HEALTH_INTEGRITY, _("the table of contents (schema) is damaged: %s"),
                   sqlite3_errstr (rc));
      for (CwHealthAspect aspect = CW_HEALTH_SCHEMA; aspect < CW_HEALTH_INTEGRITY; aspect++)
        add_problem (self, aspect, _("not checked: the file is damaged"));
      return g_steal_pointer (&self);
    }

  compare_schemas (self, handle, actual);
  check_references (self, handle);
  check_integrity (self, handle);
  read_village (self, handle);

  return g_steal_pointer (&self);
}

/* A read-only connection to a WAL file makes -wal and -shm beside it when
 * they are not there, and cannot remove them as it closes. They hold
 * nothing; a connection that cannot write (query_only) reads once and
 * closes, and SQLite, as the last one out, removes them. If another program
 * has the file open meanwhile, they are its and stay. */
static void
tidy_side_files (const char *path)
{
  sqlite3 *tidy = NULL;

  if (sqlite3_open_v2 (path, &tidy, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      cw_database_wait_setup (tidy, 0);
      sqlite3_exec (tidy, "PRAGMA query_only=ON; PRAGMA schema_version;", NULL, NULL, NULL);
    }
  sqlite3_close (tidy);
}

/**
 * cw_health_check_file:
 *
 * What `cunwu check` does: see cw-health.h.
 */
CwHealth *
cw_health_check_file (const char  *path,
                      GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gboolean had_side_files;
  sqlite3 *handle = NULL;
  CwHealth *health = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!cw_database_identify (path, NULL, error))
    return NULL;

  had_side_files = g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS);
  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      cw_database_wait_setup (handle, CW_DATABASE_WAIT_COMMAND);
      health = cw_health_check_connection (handle, path, error);
    }
  else
    cw_sqlite_error (handle, rc, path, error);
  sqlite3_close (handle);

  if (!had_side_files && (g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS)))
    tidy_side_files (path);

  return health;
}

const char *
cw_health_get_path (CwHealth *self)
{
  g_return_val_if_fail (CW_IS_HEALTH (self), NULL);
  return self->path;
}

gboolean
cw_health_is_healthy (CwHealth *self)
{
  g_return_val_if_fail (CW_IS_HEALTH (self), FALSE);

  for (guint i = 0; i < CW_HEALTH_N_ASPECTS; i++)
    if (self->problems[i]->len > 0)
      return FALSE;
  return TRUE;
}

int
cw_health_get_schema_version (CwHealth *self)
{
  g_return_val_if_fail (CW_IS_HEALTH (self), 0);
  return self->version;
}

const char *
cw_health_get_village (CwHealth *self)
{
  g_return_val_if_fail (CW_IS_HEALTH (self), NULL);
  return self->village;
}

const char *
cw_health_aspect_title (CwHealthAspect aspect)
{
  switch (aspect)
    {
    case CW_HEALTH_VERSION:
      return _("Database version");
    case CW_HEALTH_SCHEMA:
      return _("Tables, columns, indexes and rules");
    case CW_HEALTH_AUDIT:
      return _("Audit log triggers");
    case CW_HEALTH_REFERENCES:
      return _("References between records");
    case CW_HEALTH_INTEGRITY:
      return _("Integrity of the file");
    case CW_HEALTH_N_ASPECTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char * const *
cw_health_get_problems (CwHealth       *self,
                        CwHealthAspect  aspect)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (CW_IS_HEALTH (self), NULL);
  g_return_val_if_fail (aspect < CW_HEALTH_N_ASPECTS, NULL);

  /* An empty array may have no storage at all. */
  if (self->problems[aspect]->pdata == NULL)
    return none;
  return (const char * const *) self->problems[aspect]->pdata;
}

const char *
cw_health_get_note (CwHealth       *self,
                    CwHealthAspect  aspect)
{
  g_return_val_if_fail (CW_IS_HEALTH (self), NULL);
  g_return_val_if_fail (aspect < CW_HEALTH_N_ASPECTS, NULL);

  return self->notes[aspect];
}

gboolean
cw_health_to_error (CwHealth  *self,
                    GError   **error)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  g_return_val_if_fail (CW_IS_HEALTH (self), FALSE);

  if (cw_health_is_healthy (self))
    return TRUE;

  for (guint i = 0; i < CW_HEALTH_N_ASPECTS; i++)
    for (guint j = 0; j < self->problems[i]->len; j++)
      g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "",
                              (const char *) g_ptr_array_index (self->problems[i], j));

  g_set_error (error, CW_ERROR, CW_ERROR_CORRUPT, _("“%s” is damaged: %s"), self->path, problems->str);
  return FALSE;
}
