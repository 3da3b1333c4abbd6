/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-rows.h"
#include "core/points/cw-point-rule.h"
#include "core/common/cw-quarter.h"

/* The head's name as the tally (cw-point-tally.c) finds it: the present
 * head, else the last one a household had. The first lookup is the
 * partial index person_one_head, which matters at a hundred thousand
 * entries. */
#define HEAD_NAME \
  "coalesce((SELECT name FROM person WHERE household_id = h.id AND relation = '户主' " \
  "                                        AND status IN ('active', 'migrant')), " \
  "         (SELECT name FROM person WHERE household_id = h.id AND relation = '户主' " \
  "          ORDER BY id DESC LIMIT 1), '')"

#define ENTRY_COLUMNS(name) \
  "SELECT e.entry_date, h.number, " name ", g.name, r.code, r.description, e.quantity, e.points, " \
  "       e.note, coalesce(e.reviewed_by, '')"
#define ENTRY_TAIL \
  "  JOIN village_group g ON g.id = h.group_id" \
  "  JOIN point_rule r ON r.id = e.rule_id" \
  " WHERE e.state = 'reviewed' AND e.quarter = ?1 AND e.scheme = ?2"

static const char household_entries_sql[] =
  ENTRY_COLUMNS (HEAD_NAME)
  "  FROM point_entry e"
  "  JOIN household h ON h.id = e.household_id"
  ENTRY_TAIL
  " ORDER BY e.entry_date, g.position, h.number, e.id";

static const char party_entries_sql[] =
  ENTRY_COLUMNS ("p.name")
  "  FROM point_entry e"
  "  JOIN person p ON p.id = e.person_id"
  "  JOIN household h ON h.id = p.household_id"
  ENTRY_TAIL
  " ORDER BY e.entry_date, g.position, h.number, p.name, e.id";

static gboolean
check_scheme (const char  *scheme,
              GError     **error)
{
  if (g_strcmp0 (scheme, CW_SCHEME_HOUSEHOLD) == 0 || g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0)
    return TRUE;
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not a points scheme."), scheme);
  return FALSE;
}

gint64
cw_point_rows_count_entries (CwDatabase  *db,
                             const char  *scheme,
                             const char  *quarter,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), -1);
  g_return_val_if_fail (quarter != NULL, -1);

  if (!check_scheme (scheme, error))
    return -1;
  stmt = cw_database_prepare (db,
                              "SELECT count(*) FROM point_entry "
                              "WHERE state = 'reviewed' AND quarter = ?1 AND scheme = ?2",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, scheme, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
cw_point_rows_foreach_entry (CwDatabase      *db,
                             const char      *scheme,
                             const char      *quarter,
                             CwPointRowFunc   func,
                             gpointer         user_data,
                             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (quarter != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!check_scheme (scheme, error))
    return FALSE;
  stmt = cw_database_prepare (db,
                              g_str_equal (scheme, CW_SCHEME_PARTY) ? party_entries_sql : household_entries_sql,
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, scheme, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row[CW_POINT_ROW_N_COLUMNS];

      /* Numbers come out as text: the caller writes text anyway. */
      for (int c = 0; c < CW_POINT_ROW_N_COLUMNS; c++)
        row[c] = column_text (stmt, c);
      if (!func (row, user_data, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  return TRUE;
}

void
cw_point_group_sums_free (CwPointGroupSums *sums)
{
  if (sums == NULL)
    return;
  g_free (sums->group_name);
  g_free (sums);
}

#define SUMS_POINTS(subject_join) \
  "WITH pts AS (SELECT h.group_id AS gid, " \
  "                    sum(CASE WHEN e.points > 0 THEN e.points ELSE 0 END) AS issued, " \
  "                    sum(CASE WHEN e.points < 0 THEN -e.points ELSE 0 END) AS deducted " \
  "               FROM point_entry e " subject_join \
  "              WHERE e.state = 'reviewed' AND e.quarter = ?1 AND e.scheme = ?4 " \
  "              GROUP BY h.group_id)"

static const char household_sums_sql[] =
  SUMS_POINTS ("JOIN household h ON h.id = e.household_id")
  ", red AS (SELECT h.group_id AS gid, sum(r.points) AS redeemed "
  "          FROM shop_redemption r JOIN household h ON h.id = r.household_id "
  "         WHERE NOT r.voided AND r.redeemed_on BETWEEN ?2 AND ?3 "
  "         GROUP BY h.group_id) "
  "SELECT g.name, coalesce(pts.issued, 0), coalesce(pts.deducted, 0), coalesce(red.redeemed, 0) "
  "  FROM village_group g LEFT JOIN pts ON pts.gid = g.id LEFT JOIN red ON red.gid = g.id "
  " WHERE pts.gid IS NOT NULL OR red.gid IS NOT NULL "
  " ORDER BY g.position, g.id";

static const char party_sums_sql[] =
  SUMS_POINTS ("JOIN person p ON p.id = e.person_id JOIN household h ON h.id = p.household_id")
  " SELECT g.name, coalesce(pts.issued, 0), coalesce(pts.deducted, 0), 0 "
  "  FROM village_group g JOIN pts ON pts.gid = g.id "
  " ORDER BY g.position, g.id";

GPtrArray *
cw_point_rows_group_sums (CwDatabase  *db,
                          const char  *scheme,
                          const char  *quarter,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sums = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  if (!check_scheme (scheme, error))
    return NULL;
  stmt = cw_database_prepare (db,
                              g_str_equal (scheme, CW_SCHEME_PARTY) ? party_sums_sql : household_sums_sql,
                              error);
  if (stmt == NULL)
    return NULL;
  cw_quarter_bounds (quarter, &first_day, &last_day);
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, scheme, -1, SQLITE_STATIC);

  sums = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_point_group_sums_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwPointGroupSums *group = g_new0 (CwPointGroupSums, 1);

      group->group_name = g_strdup (column_text (stmt, 0));
      group->issued = sqlite3_column_int64 (stmt, 1);
      group->deducted = sqlite3_column_int64 (stmt, 2);
      group->redeemed = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (sums, group);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&sums);
}
