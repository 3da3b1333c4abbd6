/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-members"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid.h"
#include "core/grids/cw-grids-private.h"

#define PARTY_MEMBER "political IN ('中共党员', '中共预备党员') AND status IN ('active', 'migrant')"

gboolean
cw_grid_place_household (CwDatabase  *db,
                         gint64       household_id,
                         gint64       grid_id,
                         const char  *date,
                         GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autoptr(sqlite3_stmt) grid = NULL;
  g_autoptr(sqlite3_stmt) now = NULL;
  g_autoptr(sqlite3_stmt) close = NULL;
  g_autoptr(sqlite3_stmt) open = NULL;
  int rc;

  if (day == NULL)
    return FALSE;
  grid = cw_database_prepare (db,
                              "SELECT code, retired, (SELECT count(*) FROM grid c WHERE c.parent_id = g.id "
                              "AND NOT c.retired) FROM grid g WHERE id = ?",
                              error);
  if (grid == NULL)
    return FALSE;
  sqlite3_bind_int64 (grid, 1, grid_id);
  if ((rc = cw_database_step_one (db, grid, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That grid is not in the register."));
      return FALSE;
    }
  if (sqlite3_column_int (grid, 1) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("The grid %s is retired."), sqlite3_column_text (grid, 0));
      return FALSE;
    }
  if (sqlite3_column_int (grid, 2) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The grid %s has grids below it; households go into the lowest ones."),
                   sqlite3_column_text (grid, 0));
      return FALSE;
    }

  now = cw_database_prepare (db, "SELECT grid_id, from_date FROM grid_household "
                                 "WHERE household_id = ? AND to_date IS NULL", error);
  if (now == NULL)
    return FALSE;
  sqlite3_bind_int64 (now, 1, household_id);
  if ((rc = cw_database_step_one (db, now, error)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      if (sqlite3_column_int64 (now, 0) == grid_id)
        return TRUE;
      if (g_strcmp0 ((const char *) sqlite3_column_text (now, 1), day) > 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                       _("Date: the household came into its grid on %s; a move cannot be dated before that."),
                       sqlite3_column_text (now, 1));
          return FALSE;
        }
    }

  close = cw_database_prepare (db, "UPDATE grid_household SET to_date = ?2 "
                                   "WHERE household_id = ?1 AND to_date IS NULL", error);
  open = cw_database_prepare (db, "INSERT INTO grid_household (household_id, grid_id, from_date) "
                                  "VALUES (?1, ?2, ?3)", error);
  if (close == NULL || open == NULL)
    return FALSE;
  sqlite3_bind_int64 (close, 1, household_id);
  sqlite3_bind_text (close, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (open, 1, household_id);
  sqlite3_bind_int64 (open, 2, grid_id);
  sqlite3_bind_text (open, 3, day, -1, SQLITE_STATIC);
  sqlite3_reset (grid);
  sqlite3_reset (now);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, close, error) || !cw_database_step_done (db, open, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "grid_household");
  return TRUE;
}

gint64
cw_grid_of_household (CwDatabase *db,
                      gint64      household_id)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT grid_id FROM grid_household WHERE household_id = %" G_GINT64_FORMAT
                     " AND to_date IS NULL", household_id);

  return cw_database_query_int (db, sql, 0);
}

/* The name and phone of a present person of the register. */
static gboolean
person_name_phone (CwDatabase  *db,
                   gint64       person_id,
                   char       **name,
                   char       **phone,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT name, phone FROM person WHERE id = ? AND status IN ('active', 'migrant')",
                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                             _("That person is not a present member of any household."));
      return FALSE;
    }
  *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *phone = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

static gboolean
add_worker (CwDatabase  *db,
            gint64       grid_id,
            const char  *role,
            gint64       person_id,
            const char  *name,
            const char  *phone,
            const char  *date,
            GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *clean_name = cw_text_clean_line (name);
  g_autofree char *clean_phone = NULL;
  g_autoptr(GError) phone_error = NULL;
  g_autoptr(sqlite3_stmt) end_head = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (day == NULL)
    return FALSE;
  /* The grid board prints it: held to the register's rule for phones, so
   * an Excel-mangled 1.38123E+10 is refused here as in the households. */
  if (!cw_phone_normalize (phone, &clean_phone, &phone_error))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Phone: %s"), phone_error->message);
      return FALSE;
    }
  if (person_id != 0)
    {
      g_autofree char *own_name = NULL;
      g_autofree char *own_phone = NULL;

      if (!person_name_phone (db, person_id, &own_name, &own_phone, error))
        return FALSE;
      if (clean_name[0] == '\0')
        {
          g_free (clean_name);
          clean_name = g_steal_pointer (&own_name);
        }
      if (clean_phone[0] == '\0')
        {
          g_free (clean_phone);
          clean_phone = g_steal_pointer (&own_phone);
        }
    }
  if (clean_name[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Name: say who works the grid."));
      return FALSE;
    }

  end_head = cw_database_prepare (db, "UPDATE grid_worker SET until = ?2 "
                                      "WHERE grid_id = ?1 AND role = 'head' AND until IS NULL", error);
  insert = cw_database_prepare (db, "INSERT INTO grid_worker (grid_id, role, person_id, name, phone, since) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (end_head == NULL || insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (end_head, 1, grid_id);
  sqlite3_bind_text (end_head, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 1, grid_id);
  sqlite3_bind_text (insert, 2, role, -1, SQLITE_STATIC);
  if (person_id != 0)
    sqlite3_bind_int64 (insert, 3, person_id);
  sqlite3_bind_text (insert, 4, clean_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, clean_phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, day, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return FALSE;
  if ((g_str_equal (role, "head") && !cw_database_step_done (db, end_head, error)) ||
      !cw_database_step_done (db, insert, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "grid_worker");
  return TRUE;
}

gboolean
cw_grid_set_head (CwDatabase  *db,
                  gint64       grid_id,
                  gint64       person_id,
                  const char  *name,
                  const char  *phone,
                  const char  *date,
                  GError     **error)
{
  return add_worker (db, grid_id, "head", person_id, name, phone, date, error);
}

gboolean
cw_grid_add_worker (CwDatabase  *db,
                    gint64       grid_id,
                    gint64       person_id,
                    const char  *name,
                    const char  *phone,
                    const char  *date,
                    GError     **error)
{
  return add_worker (db, grid_id, "worker", person_id, name, phone, date, error);
}

gboolean
cw_grid_end_worker (CwDatabase  *db,
                    gint64       grid_id,
                    const char  *name,
                    const char  *date,
                    GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *clean_name = cw_text_clean_line (name);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (day == NULL)
    return FALSE;
  stmt = cw_database_prepare (db, "UPDATE grid_worker SET until = ?3 WHERE grid_id = ?1 AND name = ?2 "
                                  "AND until IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, grid_id);
  sqlite3_bind_text (stmt, 2, clean_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  if (!cw_grids_step_change (db, stmt, "grid_worker", error))
    return FALSE;
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("%s does not work this grid."), clean_name);
      return FALSE;
    }
  return TRUE;
}

gint64
cw_grid_find_person (CwDatabase  *db,
                     const char  *id_or_name,
                     GError     **error)
{
  g_autofree char *key = cw_text_clean_line (id_or_name);
  g_autofree char *upper = g_ascii_strup (key, -1);
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT id FROM person WHERE (id_number = ?1 OR name = ?2) "
                             "AND status IN ('active', 'migrant') LIMIT 2", error);
  gint64 id;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, upper, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Nobody present in the register is “%s”."), key);
      return 0;
    }
  id = sqlite3_column_int64 (stmt, 0);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return 0;
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Several people are called %s; give the ID number instead."), key);
      return 0;
    }
  return id;
}

guint
cw_party_link_count (CwDatabase *db,
                     gint64      person_id)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM party_link WHERE person_id = %" G_GINT64_FORMAT
                     " AND to_date IS NULL", person_id);

  return (guint) cw_database_query_int (db, sql, 0);
}

gboolean
cw_party_link_add (CwDatabase  *db,
                   gint64       person_id,
                   gint64       household_id,
                   const char  *date,
                   guint       *count,
                   GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autoptr(sqlite3_stmt) member = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) exists = NULL;
  int rc;

  if (day == NULL)
    return FALSE;
  member = cw_database_prepare (db, "SELECT name FROM person WHERE id = ? AND " PARTY_MEMBER, error);
  if (member == NULL)
    return FALSE;
  sqlite3_bind_int64 (member, 1, person_id);
  if ((rc = cw_database_step_one (db, member, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                             _("Party member: only a present party member can be linked to households."));
      return FALSE;
    }
  exists = cw_database_prepare (db, "SELECT 1 FROM party_link WHERE person_id = ?1 AND household_id = ?2 "
                                    "AND to_date IS NULL", error);
  if (exists == NULL)
    return FALSE;
  sqlite3_bind_int64 (exists, 1, person_id);
  sqlite3_bind_int64 (exists, 2, household_id);
  if ((rc = cw_database_step_one (db, exists, error)) == SQLITE_ERROR)
    return FALSE;
  g_clear_pointer (&exists, sqlite3_finalize);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("%s already looks after this household."),
                   sqlite3_column_text (member, 0));
      return FALSE;
    }
  insert = cw_database_prepare (db, "INSERT INTO party_link (person_id, household_id, from_date) "
                                    "VALUES (?1, ?2, ?3)", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, person_id);
  sqlite3_bind_int64 (insert, 2, household_id);
  sqlite3_bind_text (insert, 3, day, -1, SQLITE_STATIC);
  sqlite3_reset (member);
  if (!cw_grids_step_change (db, insert, "party_link", error))
    return FALSE;
  if (count != NULL)
    *count = cw_party_link_count (db, person_id);
  return TRUE;
}

gboolean
cw_party_link_end (CwDatabase  *db,
                   gint64       person_id,
                   gint64       household_id,
                   const char  *date,
                   GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (day == NULL)
    return FALSE;
  stmt = cw_database_prepare (db, "UPDATE party_link SET to_date = ?3 WHERE person_id = ?1 "
                                  "AND household_id = ?2 AND to_date IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, household_id);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  return cw_grids_step_change (db, stmt, "party_link", error);
}

void
cw_party_link_row_free (CwPartyLinkRow *row)
{
  if (row == NULL)
    return;
  g_free (row->member_name);
  g_free (row->member_phone);
  g_free (row->household_number);
  g_free (row->head_name);
  g_free (row);
}

GPtrArray *
cw_party_link_rows (CwDatabase  *db,
                    gint64       grid_id,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "WITH RECURSIVE below (id) AS (SELECT ?1 UNION SELECT g.id FROM grid g JOIN below "
                         "  ON g.parent_id = below.id) "
                         "SELECT p.id, p.name, p.phone, h.id, h.number, "
                         " coalesce((SELECT name FROM person x WHERE x.household_id = h.id AND x.relation = '户主' "
                         "           AND x.status IN ('active', 'migrant')), ''), coalesce(gh.grid_id, 0) "
                         "FROM party_link l JOIN person p ON p.id = l.person_id "
                         "JOIN household h ON h.id = l.household_id "
                         "LEFT JOIN grid_household gh ON gh.household_id = h.id AND gh.to_date IS NULL "
                         "WHERE l.to_date IS NULL AND h.status = 'active' "
                         "  AND (?1 = 0 OR gh.grid_id IN (SELECT id FROM below)) "
                         "ORDER BY p.name, p.id, h.number",
                         error);
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, grid_id);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_party_link_row_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwPartyLinkRow *row = g_new0 (CwPartyLinkRow, 1);

      row->person_id = sqlite3_column_int64 (stmt, 0);
      row->member_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->member_phone = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->household_id = sqlite3_column_int64 (stmt, 3);
      row->household_number = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      row->head_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      row->grid_id = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

void
cw_grid_worker_row_free (CwGridWorkerRow *row)
{
  if (row == NULL)
    return;
  g_free (row->role);
  g_free (row->name);
  g_free (row->phone);
  g_free (row);
}

GPtrArray *
cw_grid_worker_rows (CwDatabase  *db,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT grid_id, role, name, phone FROM grid_worker WHERE until IS NULL "
                             "ORDER BY grid_id, role = 'worker', id", error);
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_grid_worker_row_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwGridWorkerRow *row = g_new0 (CwGridWorkerRow, 1);

      row->grid_id = sqlite3_column_int64 (stmt, 0);
      row->role = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->phone = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

char *
cw_grid_workers_text (GPtrArray *rows,
                      gint64     grid_id)
{
  GString *text = g_string_new (NULL);

  for (guint w = 0; w < rows->len; w++)
    {
      CwGridWorkerRow *worker = g_ptr_array_index (rows, w);

      if (worker->grid_id != grid_id || g_str_equal (worker->role, "head"))
        continue;
      if (text->len > 0)
        g_string_append (text, "、");
      g_string_append (text, worker->name);
      if (worker->phone[0] != '\0')
        g_string_append_printf (text, " %s", worker->phone);
    }
  return g_string_free (text, FALSE);
}

char *
cw_grid_household_visitor (CwDatabase *db,
                           gint64      household_id)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT name FROM ("
                         " SELECT p.name, 0 AS rank, l.from_date AS since, l.id AS n FROM party_link l "
                         " JOIN person p ON p.id = l.person_id WHERE l.household_id = ?1 AND l.to_date IS NULL "
                         " UNION ALL "
                         " SELECT w.name, 1, '', w.id FROM grid_household gh "
                         " JOIN grid_worker w ON w.grid_id = gh.grid_id AND w.role = 'head' AND w.until IS NULL "
                         " WHERE gh.household_id = ?1 AND gh.to_date IS NULL) "
                         "ORDER BY rank, since, n LIMIT 1",
                         NULL);
  int rc;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, household_id);
  /* Only a suggestion the clerk may type over: no caller can show an
   * error, so a failed read is logged rather than taken for "nobody". */
  if ((rc = cw_database_step_one (db, stmt, NULL)) != SQLITE_ROW)
    {
      if (rc == SQLITE_ERROR)
        cw_database_warn (db, "a household's visitor");
      return g_strdup ("");
    }
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

void
cw_grid_check_free (CwGridCheck *check)
{
  if (check == NULL)
    return;
  g_ptr_array_unref (check->households_without_grid);
  g_ptr_array_unref (check->grids_without_head);
  g_ptr_array_unref (check->members_past_max);
  g_free (check);
}

static gboolean
collect (CwDatabase  *db,
         const char  *sql,
         gint64       param,
         GPtrArray   *into,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (into, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return rc == SQLITE_DONE || cw_database_fail (db, error);
}

CwGridCheck *
cw_grid_check (CwDatabase  *db,
               GError     **error)
{
  g_autoptr(CwGridCheck) check = g_new0 (CwGridCheck, 1);

  check->households_without_grid = g_ptr_array_new_with_free_func (g_free);
  check->grids_without_head = g_ptr_array_new_with_free_func (g_free);
  check->members_past_max = g_ptr_array_new_with_free_func (g_free);
  if (!collect (db,
                "SELECT number FROM household h WHERE status = 'active' AND NOT EXISTS "
                "(SELECT 1 FROM grid_household gh WHERE gh.household_id = h.id AND gh.to_date IS NULL) "
                "ORDER BY number", 0, check->households_without_grid, error) ||
      !collect (db,
                "SELECT code FROM grid g WHERE NOT retired AND NOT EXISTS "
                "(SELECT 1 FROM grid_worker w WHERE w.grid_id = g.id AND w.role = 'head' AND w.until IS NULL) "
                "ORDER BY code", 0, check->grids_without_head, error) ||
      !collect (db,
                "SELECT p.name || ' (' || count(*) || ')' FROM party_link l JOIN person p ON p.id = l.person_id "
                "WHERE l.to_date IS NULL GROUP BY l.person_id HAVING count(*) > ?1 ORDER BY p.name",
                cw_grid_settings_get_link_max (db), check->members_past_max, error))
    return NULL;
  return g_steal_pointer (&check);
}

/* The workers @grid lists ("刘网格 13800000000、王五": an outsider's name
 * followed by a phone) start today, those @stored lists and @grid does
 * not stop today. */
static gboolean
save_workers (CwDatabase  *db,
              CwGrid      *grid,
              CwGrid      *stored,
              GError     **error)
{
  g_auto(GStrv) wanted = cw_grids_split_list (cw_grid_get_workers (grid));
  g_auto(GStrv) had = cw_grids_split_list (cw_grid_get_workers (stored));
  g_auto(GStrv) names = g_new0 (char *, g_strv_length (wanted) + 1);

  /* A cleaned item is "name" or "name phone", one space between. */
  for (guint i = 0; wanted[i] != NULL; i++)
    names[i] = g_strndup (wanted[i], strcspn (wanted[i], " "));
  for (guint i = 0; had[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) names, had[i]) &&
        !cw_grid_end_worker (db, cw_grid_get_id (grid), had[i], "", error))
      return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) had, names[i]))
      {
        const char *phone = wanted[i][strlen (names[i])] == ' ' ? wanted[i] + strlen (names[i]) + 1 : NULL;
        /* A name several people share stays an outsider's name, as the
         * head's does. */
        gint64 person = phone == NULL ? cw_grid_find_person (db, names[i], NULL) : 0;

        if (!cw_grid_add_worker (db, cw_grid_get_id (grid), person, person != 0 ? "" : names[i],
                                 phone != NULL ? phone : "", "", error))
          return FALSE;
      }
  return TRUE;
}

gboolean
cw_grid_save (CwDatabase  *db,
              CwGrid      *grid,
              GError     **error)
{
  g_autofree char *head = cw_text_clean_line (cw_grid_get_head_name (grid));
  g_autofree char *phone = cw_text_clean_line (cw_grid_get_head_phone (grid));
  g_autofree char *normalized = NULL;
  g_autoptr(CwGrid) stored = NULL;
  gint64 person;

  /* Compared as it would be stored; one that is no phone stays as typed,
   * for cw_grid_set_head() to refuse. */
  if (cw_phone_normalize (phone, &normalized, NULL))
    {
      g_free (phone);
      phone = g_steal_pointer (&normalized);
    }
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!(cw_grid_get_id (grid) == 0 ? cw_grid_add (db, grid, error) : cw_grid_update (db, grid, error)))
    goto failed;
  stored = cw_grid_load (db, cw_grid_get_id (grid), error);
  if (stored == NULL)
    goto failed;
  if (head[0] != '\0' &&
      (!g_str_equal (head, cw_grid_get_head_name (stored)) || !g_str_equal (phone, cw_grid_get_head_phone (stored))))
    {
      /* A name several people share stays an outsider's name: the grid
       * head is who the clerk typed, not a guess among them. */
      person = cw_grid_find_person (db, head, NULL);
      if (!cw_grid_set_head (db, cw_grid_get_id (grid), person, head, phone, "", error))
        goto failed;
    }
  if (!save_workers (db, grid, stored, error))
    goto failed;
  if (!cw_database_commit (db, error))
    return FALSE;
  /* What was written inside the transaction is told after it. */
  cw_database_emit_changed (db, "grid");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}
