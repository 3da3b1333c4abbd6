/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-audit.h"
#include "cw-database.h"
#include "cw-error.h"

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

/* json_object('col', PREFIX.col, …) over every column of the table. */
static char *
json_of_columns (GPtrArray  *columns,
                 const char *prefix)
{
  g_autoptr(GString) json = g_string_new ("json_object(");

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);
      g_autofree char *quoted = quote_identifier (column);
      g_autofree char *literal = quote_literal (column);

      g_string_append_printf (json, "%s%s, %s.%s", i ? ", " : "", literal, prefix, quoted);
    }
  g_string_append_c (json, ')');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gboolean
install_for_table (sqlite3     *db,
                   const char  *table,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *quoted = quote_identifier (table);
  g_autofree char *literal = quote_literal (table);
  g_autofree char *json_old = NULL;
  g_autofree char *json_new = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?)", -1, &stmt, NULL) != SQLITE_OK)
    goto sqlite_failed;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  json_old = json_of_columns (columns, "OLD");
  json_new = json_of_columns (columns, "NEW");

  sql = g_strdup_printf (
    "DROP TRIGGER IF EXISTS \"audit_%1$s_insert\";"
    "DROP TRIGGER IF EXISTS \"audit_%1$s_update\";"
    "DROP TRIGGER IF EXISTS \"audit_%1$s_delete\";"
    "CREATE TRIGGER \"audit_%1$s_insert\" AFTER INSERT ON %2$s BEGIN "
    "  INSERT INTO audit_log (operator, table_name, row_id, action, after) "
    "  VALUES (cw_operator(), %3$s, NEW.rowid, 'insert', %5$s); END;"
    "CREATE TRIGGER \"audit_%1$s_update\" AFTER UPDATE ON %2$s BEGIN "
    "  INSERT INTO audit_log (operator, table_name, row_id, action, before, after) "
    "  VALUES (cw_operator(), %3$s, NEW.rowid, 'update', %4$s, %5$s); END;"
    "CREATE TRIGGER \"audit_%1$s_delete\" AFTER DELETE ON %2$s BEGIN "
    "  INSERT INTO audit_log (operator, table_name, row_id, action, before) "
    "  VALUES (cw_operator(), %3$s, OLD.rowid, 'delete', %4$s); END;",
    table, quoted, literal, json_old, json_new);

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

  /* pragma_table_list tells real tables from virtual ones and from the
   * shadow tables of full-text indexes, which are derived data. */
  if (sqlite3_prepare_v2 (db,
                          "SELECT name FROM pragma_table_list "
                          "WHERE schema = 'main' AND type = 'table' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                          "AND name NOT LIKE 'cache\\_%' ESCAPE '\\' "
                          "AND name <> 'audit_log' ORDER BY name",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Cannot set up the audit log: %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  for (guint i = 0; i < tables->len; i++)
    if (!install_for_table (db, g_ptr_array_index (tables, i), error))
      return FALSE;

  return TRUE;
}
