/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grids-common"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grids-private.h"
#include "core/households/cw-household-number.h"

gboolean
cw_grids_step_change (CwDatabase    *db,
                      sqlite3_stmt  *stmt,
                      const char    *table,
                      GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, table);
  return TRUE;
}

char *
cw_grids_date (const char  *text,
               const char  *field,
               GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *day;

  if (text == NULL || text[0] == '\0')
    return cw_date_today_text ();
  day = cw_date_normalize (text, &local);
  if (day == NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID, "%s: %s", field, local->message);
  return day;
}

gint64
cw_grids_household_id (CwDatabase  *db,
                       const char  *number,
                       GError     **error)
{
  g_autofree char *cleaned = cw_text_clean_line (number);
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT id, status FROM household WHERE number = ?", error);
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, cleaned, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        cw_household_number_not_found (db, cleaned, error);
      return 0;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "active") != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The household %s has moved out or was cancelled."), cleaned);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

char **
cw_grids_split_list (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[、,，;；/]", text != NULL ? text : "", 0, 0);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *clean = cw_text_clean_line (parts[i]);

      if (clean[0] != '\0')
        g_ptr_array_add (kept, clean);
      else
        g_free (clean);
    }
  g_ptr_array_add (kept, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&kept), FALSE);
}
