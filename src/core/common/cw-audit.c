/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"

static void
operator_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char **operator_name = sqlite3_user_data (context);

  if (operator_name != NULL && *operator_name != NULL && **operator_name != '\0')
    sqlite3_result_text (context, *operator_name, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_text (context, g_get_user_name (), -1, SQLITE_TRANSIENT);
}

/**
 * cw_audit_register_operator:
 * @operator_name: (nullable): where the current operator's name is kept;
 *   read at every call, so changing the name takes effect at once
 *
 * The audit triggers call cw_operator(). A connection without it (the
 * sqlite3 shell, say) cannot change an audited table, which is what we want:
 * the register is not edited behind the program's back. It is innocuous (no
 * side effects) so that triggers may call it with trusted_schema off.
 */
void
cw_audit_register_operator (sqlite3     *db,
                            const char **operator_name)
{
  sqlite3_create_function_v2 (db, "cw_operator", 0,
                              SQLITE_UTF8 | SQLITE_INNOCUOUS,
                              (void *) operator_name,
                              operator_function, NULL, NULL, NULL);
}

/* SQL quoting: doubles the quote character inside, as SQL wants. */
static char *
quote_with (const char *name,
            char        quote)
{
  g_autoptr(GString) quoted = g_string_new (NULL);

  g_string_append_c (quoted, quote);
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == quote)
        g_string_append_c (quoted, quote);
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, quote);
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

static void
change_id_function (sqlite3_context  *context,
                    int               argc,
                    sqlite3_value   **argv)
{
  gint64 *change_id = sqlite3_user_data (context);

  if (change_id != NULL && *change_id != 0)
    sqlite3_result_int64 (context, *change_id);
  else
    sqlite3_result_null (context);
}

void
cw_audit_register_change_id (sqlite3 *db,
                             gint64  *change_id)
{
  sqlite3_create_function_v2 (db, "cw_change_id", 0,
                              SQLITE_UTF8 | SQLITE_INNOCUOUS,
                              change_id, change_id_function, NULL, NULL, NULL);
}

static char *
quote_identifier (const char *name)
{
  return quote_with (name, '"');
}

static char *
quote_literal (const char *text)
{
  return quote_with (text, '\'');
}

/* json_object('col', PREFIX.col, …) over every column of the table;
 * a column in @instead (column → SQL expression) has that expression. */
static char *
json_of_columns_instead (GPtrArray  *columns,
                         const char *prefix,
                         GHashTable *instead)
{
  g_autoptr(GString) json = g_string_new ("json_object(");

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);
      const char *value = instead != NULL ? g_hash_table_lookup (instead, column) : NULL;
      g_autofree char *quoted = quote_identifier (column);
      g_autofree char *literal = quote_literal (column);

      if (value != NULL)
        g_string_append_printf (json, "%s%s, %s", i ? ", " : "", literal, value);
      else
        g_string_append_printf (json, "%s%s, %s.%s", i ? ", " : "", literal, prefix, quoted);
    }
  g_string_append_c (json, ')');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static char *
json_of_columns (GPtrArray  *columns,
                 const char *prefix)
{
  return json_of_columns_instead (columns, prefix, NULL);
}

/* An update's image: a JSON object of only those of @columns the update
 * changed, each with its value in @side (an SQL expression prefix, "OLD"
 * or "NEW"), compared with @other; "{}" when nothing changed. A column
 * in @side_instead or @other_instead (column → SQL expression) has that
 * expression on that side.
 *
 * Images of the whole row made every update cost its row twice over:
 * the review of a year's million point entries wrote 700 MB of images of
 * columns no review touches. What the row held beside the change is in
 * the images before it (its insert, the updates since), so nothing is
 * lost, and an undo puts back exactly the columns the change changed.
 * Built by concatenation rather than json_object(), which cannot leave
 * a key out: json_quote() writes each value as json_object() would. */
static char *
json_of_changed_columns (GPtrArray  *columns,
                         const char *side,
                         GHashTable *side_instead,
                         const char *other,
                         GHashTable *other_instead)
{
  g_autoptr(GString) json = g_string_new ("'{' || substr(''");

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);
      const char *mine = side_instead != NULL ? g_hash_table_lookup (side_instead, column) : NULL;
      const char *theirs = other_instead != NULL ? g_hash_table_lookup (other_instead, column) : NULL;
      g_autofree char *quoted = quote_identifier (column);
      g_autofree char *literal = quote_literal (column);
      g_autofree char *this_value = NULL;
      g_autofree char *other_value = NULL;

      this_value = mine != NULL ? g_strdup (mine) : g_strdup_printf ("%s.%s", side, quoted);
      other_value = theirs != NULL ? g_strdup (theirs) : g_strdup_printf ("%s.%s", other, quoted);
      g_string_append_printf (json,
                              " || CASE WHEN %1$s IS NOT %2$s THEN ',' || json_quote(%3$s) || ':' || json_quote(%1$s) "
                              "ELSE '' END",
                              this_value, other_value, literal);
    }
  g_string_append (json, ", 2) || '}'");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gboolean
list_columns (sqlite3    *db,
              const char *table,
              GPtrArray  *columns)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?)", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  /* Some of the columns would make a trigger that logs part of a row. */
  return rc == SQLITE_DONE && columns->len > 0;
}

static gboolean
install_for_table (sqlite3     *db,
                   const char  *table,
                   GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *quoted = quote_identifier (table);
  g_autofree char *literal = quote_literal (table);
  g_autofree char *json_old = NULL;
  g_autofree char *json_new = NULL;
  g_autofree char *changed_old = NULL;
  g_autofree char *changed_new = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;

  if (!list_columns (db, table, columns))
    goto sqlite_failed;

  json_old = json_of_columns (columns, "OLD");
  json_new = json_of_columns (columns, "NEW");
  changed_old = json_of_changed_columns (columns, "OLD", NULL, "NEW", NULL);
  changed_new = json_of_changed_columns (columns, "NEW", NULL, "OLD", NULL);

  sql = g_strdup_printf (
    "DROP TRIGGER IF EXISTS \"audit_%1$s_insert\";"
    "DROP TRIGGER IF EXISTS \"audit_%1$s_update\";"
    "DROP TRIGGER IF EXISTS \"audit_%1$s_delete\";"
    "CREATE TRIGGER \"audit_%1$s_insert\" AFTER INSERT ON %2$s BEGIN "
    "  INSERT INTO audit_log (change_id, operator, table_name, row_id, action, after) "
    "  VALUES (cw_change_id(), cw_operator(), %3$s, NEW.rowid, 'insert', %5$s); END;"
    "CREATE TRIGGER \"audit_%1$s_update\" AFTER UPDATE ON %2$s BEGIN "
    "  INSERT INTO audit_log (change_id, operator, table_name, row_id, action, before, after) "
    "  VALUES (cw_change_id(), cw_operator(), %3$s, NEW.rowid, 'update', %6$s, %7$s); END;"
    "CREATE TRIGGER \"audit_%1$s_delete\" AFTER DELETE ON %2$s BEGIN "
    "  INSERT INTO audit_log (change_id, operator, table_name, row_id, action, before) "
    "  VALUES (cw_change_id(), cw_operator(), %3$s, OLD.rowid, 'delete', %4$s); END;",
    table, quoted, literal, json_old, json_new, changed_old, changed_new);

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    goto sqlite_failed;
  return TRUE;

sqlite_failed:
  g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
               _("Cannot set up the audit log for table %s: %s"),
               table, message != NULL ? message : sqlite3_errmsg (db));
  sqlite3_free (message);
  return FALSE;
}

gboolean
cw_audit_install_triggers (sqlite3  *db,
                           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  int rc = SQLITE_ERROR;

  /* pragma_table_list tells real tables from virtual ones and from the
   * shadow tables of full-text indexes, which are derived data. */
  if (sqlite3_prepare_v2 (db,
                          "SELECT name FROM pragma_table_list "
                          "WHERE schema = 'main' AND type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                          "AND name NOT LIKE 'cache\\_%' ESCAPE '\\' "
                          "AND name <> 'audit_log' ORDER BY name",
                          -1, &stmt, NULL) == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  /* Tables left out would change with no entry in the log. */
  if (stmt == NULL || rc != SQLITE_DONE)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Cannot set up the audit log: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  for (guint i = 0; i < tables->len; i++)
    if (!install_for_table (db, g_ptr_array_index (tables, i), error))
      return FALSE;

  return TRUE;
}

/* The column names of a JSON row image, quoted for SQL; NULL when they
 * cannot be read: part of them would put back part of the row. */
static GPtrArray *
columns_of (sqlite3    *db,
            const char *json)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT key FROM json_each(?)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return rc == SQLITE_DONE ? g_steal_pointer (&columns) : NULL;
}

/* json_extract(?1, '$."col"') for a column: the value as SQL had it. */
static char *
extract_column (const char *column)
{
  g_autofree char *path = g_strdup_printf ("$.\"%s\"", column);
  g_autofree char *literal = quote_literal (path);

  return g_strdup_printf ("json_extract(?1, %s)", literal);
}

static gboolean
revert_row (CwDatabase   *db,
            const char   *table,
            gint64        row_id,
            const char   *action,
            const char   *before,
            GError      **error)
{
  sqlite3 *handle = cw_database_get_handle (db);
  g_autofree char *quoted = quote_identifier (table);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (g_str_equal (action, "insert"))
    g_string_printf (sql, "DELETE FROM %s WHERE rowid = ?2", quoted);
  else
    {
      columns = columns_of (handle, before);
      if (columns == NULL)
        return cw_database_fail (db, error);
      /* An update that changed nothing has nothing to put back. */
      if (g_str_equal (action, "update") && columns->len == 0)
        return TRUE;
      if (g_str_equal (action, "update"))
        {
          g_string_printf (sql, "UPDATE %s SET ", quoted);
          for (guint i = 0; i < columns->len; i++)
            {
              g_autofree char *column = quote_identifier (g_ptr_array_index (columns, i));
              g_autofree char *value = extract_column (g_ptr_array_index (columns, i));
              g_string_append_printf (sql, "%s%s = %s", i ? ", " : "", column, value);
            }
          g_string_append (sql, " WHERE rowid = ?2");
        }
      else
        {
          g_autoptr(GString) values = g_string_new (NULL);

          g_string_printf (sql, "INSERT INTO %s (rowid", quoted);
          for (guint i = 0; i < columns->len; i++)
            {
              g_autofree char *column = quote_identifier (g_ptr_array_index (columns, i));
              g_autofree char *value = extract_column (g_ptr_array_index (columns, i));
              g_string_append_printf (sql, ", %s", column);
              g_string_append_printf (values, ", %s", value);
            }
          g_string_append_printf (sql, ") VALUES (?2%s)", values->str);
        }
    }

  stmt = cw_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, before, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, row_id);
  return cw_database_step_done (db, stmt, error);
}

gboolean
cw_audit_undo (CwDatabase  *db,
               gint64       change_id,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  g_autoptr(sqlite3_stmt) later = NULL;
  g_autoptr(sqlite3_stmt) last = NULL;
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint reverted = 0;
  gint64 newest;
  int rc;

  /* Reverting writes audit rows too; those are not "changed again since".
   * A change that wrote a row twice (goods priced, then stocked) would
   * otherwise refuse its own Undo. */
  last = cw_database_prepare (db, "SELECT coalesce(max(id), 0) FROM audit_log", error);
  if (last == NULL)
    return FALSE;
  /* max() always has its row; a failed read would make every later change
   * look absent and let Undo wipe it out. */
  if (cw_database_step_one (db, last, error) != SQLITE_ROW)
    return FALSE;
  newest = sqlite3_column_int64 (last, 0);
  g_clear_pointer (&last, sqlite3_finalize);
  rows = cw_database_prepare (db,
                              "SELECT table_name, row_id, action, before, "
                              "       (SELECT max(id) FROM audit_log WHERE change_id = ?1) "
                              "FROM audit_log WHERE change_id = ?1 ORDER BY id DESC",
                              error);
  later = cw_database_prepare (db,
                               "SELECT count(*) FROM audit_log "
                               "WHERE table_name = ?1 AND row_id = ?2 AND id > ?3 AND id <= ?4",
                               error);
  if (rows == NULL || later == NULL)
    return FALSE;
  sqlite3_bind_int64 (rows, 1, change_id);

  if (!cw_database_begin (db, error))
    return FALSE;
  /* The rows go back newest audit row first, which is not always an order
   * the foreign keys take: an import's batch (cw_audit_batch_finish())
   * writes its households' audit rows after those of the must-visits its
   * births raised, which point at them. What the change leaves must hold
   * together, so the keys are checked at the commit instead (no key
   * cascades, so nothing else changes). */
  if (!cw_database_exec (db, "PRAGMA defer_foreign_keys = ON", error))
    {
      cw_database_rollback (db);
      return FALSE;
    }

  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (rows, 0);
      gint64 row_id = sqlite3_column_int64 (rows, 1);
      const char *action = (const char *) sqlite3_column_text (rows, 2);
      const char *before = (const char *) sqlite3_column_text (rows, 3);
      gint64 last_id = sqlite3_column_int64 (rows, 4);

      /* Undo must never wipe out what someone did afterwards. */
      sqlite3_reset (later);
      sqlite3_bind_text (later, 1, table, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (later, 2, row_id);
      sqlite3_bind_int64 (later, 3, last_id);
      sqlite3_bind_int64 (later, 4, newest);
      /* count(*) always has its row: anything else is a failed read,
       * never "nobody changed it since". */
      if (cw_database_step_one (db, later, error) != SQLITE_ROW)
        {
          cw_database_rollback (db);
          return FALSE;
        }
      if (sqlite3_column_int64 (later, 0) > 0)
        {
          cw_database_rollback (db);
          g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                               _("This cannot be undone: the same record has been changed again since."));
          return FALSE;
        }

      if (!revert_row (db, table, row_id, action, before, error))
        {
          cw_database_rollback (db);
          g_prefix_error (error, _("Undo failed: "));
          return FALSE;
        }
      g_hash_table_add (tables, g_strdup (table));
      reverted++;
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_rollback (db);
      return cw_database_fail (db, error);
    }
  if (reverted == 0)
    {
      cw_database_rollback (db);
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, _("There is nothing to undo."));
      return FALSE;
    }
  /* The foreign keys, checked now: a row added since that points at one
   * the change added refuses the Undo, and nothing is reverted. */
  if (!cw_database_commit (db, error))
    {
      g_prefix_error (error, _("Undo failed: "));
      return FALSE;
    }

  {
    GHashTableIter iter;
    const char *table;

    g_hash_table_iter_init (&iter, tables);
    while (g_hash_table_iter_next (&iter, (gpointer *) &table, NULL))
      cw_database_emit_changed (db, table);
  }
  return TRUE;
}

/* Bulk work */

struct _CwAuditBatch
{
  CwDatabase *db;
  char       *table;
  char       *action;        /* "insert" or "update" */
  char       *trigger_sql;   /* its text, to create it again as it was */
  gint64      after_rowid;   /* the rows audited have a larger rowid */
  /* cw_audit_batch_set_inserted_as(): column → SQL value it was inserted
   * with, as far as the audit log tells; NULL when none. */
  GHashTable *inserted_as;
  gboolean    per_row;       /* cw_audit_set_per_row(): the trigger audits */
  gboolean    finished;
};

#define PER_ROW_KEY "cw-audit-per-row"

void
cw_audit_set_per_row (CwDatabase *db,
                      gboolean    per_row)
{
  g_object_set_data (G_OBJECT (db), PER_ROW_KEY, GINT_TO_POINTER (per_row));
}

static CwAuditBatch *
batch_begin (CwDatabase  *db,
             const char  *table,
             const char  *action,
             gint64       after_rowid,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_strdup_printf ("audit_%s_%s", table, action);
  g_autofree char *quoted = quote_identifier (name);
  g_autofree char *drop = g_strconcat ("DROP TRIGGER ", quoted, NULL);
  g_autoptr(CwAuditBatch) batch = NULL;
  int rc;

  g_return_val_if_fail (cw_database_in_transaction (db), NULL);

  stmt = cw_database_prepare (db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_FAILED, _("Cannot set up the audit log for table %s: %s"),
                     table, _("its trigger is missing"));
      return NULL;
    }

  batch = g_new0 (CwAuditBatch, 1);
  batch->db = g_object_ref (db);
  batch->table = g_strdup (table);
  batch->action = g_strdup (action);
  batch->trigger_sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  batch->after_rowid = after_rowid;
  batch->per_row = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (db), PER_ROW_KEY));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (batch->per_row)
    return g_steal_pointer (&batch);
  if (!cw_database_exec (db, drop, error))
    return NULL;
  cw_database_hold_commit (db, TRUE);
  return g_steal_pointer (&batch);
}

CwAuditBatch *
cw_audit_batch_inserts (CwDatabase  *db,
                        const char  *table,
                        GError     **error)
{
  g_autofree char *quoted = quote_identifier (table);
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(rowid), 0) FROM %s", quoted);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return batch_begin (db, table, "insert", sqlite3_column_int64 (stmt, 0), error);
}

void
cw_audit_batch_set_inserted_as (CwAuditBatch       *batch,
                                const char * const *columns,
                                const char * const *values)
{
  g_return_if_fail (batch != NULL && g_str_equal (batch->action, "insert"));
  g_return_if_fail (!batch->finished);

  if (batch->inserted_as == NULL)
    batch->inserted_as = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; columns[i] != NULL; i++)
    g_hash_table_insert (batch->inserted_as, g_strdup (columns[i]), g_strdup (values[i]));
}

/* A batch's rows are written at one moment, so they carry one time: an
 * uncorrelated subquery, which SQLite works out once per statement, where
 * audit_log.at's default is worked out again for each of 110 000 rows. */
#define BATCH_MOMENT "(SELECT strftime('%%Y-%%m-%%dT%%H:%%M:%%f', 'now', 'localtime'))"

/* The audit rows, as the triggers write them (install_for_table()), in
 * the order of the rows: with cw_audit_batch_set_inserted_as(), each
 * row's insert as the image it declared, then each row's update from it
 * to what the row holds. */
static gboolean
write_batch (CwAuditBatch  *batch,
             GPtrArray     *columns,
             GError       **error)
{
  g_autofree char *quoted = quote_identifier (batch->table);
  g_autofree char *literal = quote_literal (batch->table);
  g_autofree char *inserted = json_of_columns_instead (columns, "t", batch->inserted_as);
  g_autoptr(GPtrArray) declared = g_ptr_array_new ();
  g_autofree char *changed_from = NULL;
  g_autofree char *changed_to = NULL;
  g_autofree char *inserts = NULL;
  g_autofree char *updates = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  inserts = g_strdup_printf ("INSERT INTO audit_log (change_id, at, operator, table_name, row_id, action, after) "
                             "SELECT cw_change_id(), " BATCH_MOMENT ", cw_operator(), %s, t.rowid, 'insert', %s "
                             "FROM %s AS t WHERE t.rowid > ?1 ORDER BY t.rowid",
                             literal, inserted, quoted);
  stmt = cw_database_prepare (batch->db, inserts, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch->after_rowid);
  if (!cw_database_step_done (batch->db, stmt, error))
    return FALSE;
  if (batch->inserted_as == NULL)
    return TRUE;

  g_clear_pointer (&stmt, sqlite3_finalize);
  /* The rows differ from what they were inserted as only in the
   * declared columns, kept in the table's order. */
  for (guint i = 0; i < columns->len; i++)
    if (g_hash_table_contains (batch->inserted_as, g_ptr_array_index (columns, i)))
      g_ptr_array_add (declared, g_ptr_array_index (columns, i));
  changed_from = json_of_changed_columns (declared, "t", batch->inserted_as, "t", NULL);
  changed_to = json_of_changed_columns (declared, "t", NULL, "t", batch->inserted_as);
  updates = g_strdup_printf ("INSERT INTO audit_log (change_id, at, operator, table_name, row_id, action, before, after) "
                             "SELECT cw_change_id(), " BATCH_MOMENT ", cw_operator(), %s, t.rowid, 'update', %s, %s "
                             "FROM %s AS t WHERE t.rowid > ?1 ORDER BY t.rowid",
                             literal, changed_from, changed_to, quoted);
  stmt = cw_database_prepare (batch->db, updates, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch->after_rowid);
  return cw_database_step_done (batch->db, stmt, error);
}

gboolean
cw_audit_batch_finish (CwAuditBatch  *batch,
                       GError       **error)
{
  sqlite3 *handle = cw_database_get_handle (batch->db);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (!batch->finished, FALSE);

  if (batch->per_row)
    {
      batch->finished = TRUE;
      return TRUE;
    }
  if (!list_columns (handle, batch->table, columns))
    return cw_database_fail (batch->db, error);
  if (!write_batch (batch, columns, error) ||
      !cw_database_exec (batch->db, batch->trigger_sql, error))
    return FALSE;

  batch->finished = TRUE;
  cw_database_hold_commit (batch->db, FALSE);
  return TRUE;
}

void
cw_audit_batch_free (CwAuditBatch *batch)
{
  if (batch == NULL)
    return;
  /* Unfinished, the transaction must roll back, which brings the trigger
   * back; until it does, cw_database_commit() refuses. */
  g_clear_object (&batch->db);
  g_free (batch->table);
  g_free (batch->action);
  g_free (batch->trigger_sql);
  g_clear_pointer (&batch->inserted_as, g_hash_table_unref);
  g_free (batch);
}
