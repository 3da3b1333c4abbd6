/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo-roles"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/village/cw-demo-private.h"
#include "core/village/cw-village-role.h"

/* The 2021 换届 elected the present committees; one supervisory member
 * left in 2023 and was replaced, so the register has a past term too. */
#define TERM_START "2021-04-01"

/* The present adults (30–65 on the demo's day) the query picks, in the
 * register's order, leaving out those in @taken; NULL when the register
 * cannot be read. */
static GArray *
pick_persons (CwDatabase  *db,
              const char  *where,
              guint        wanted,
              GHashTable  *taken,
              GError     **error)
{
  g_autofree char *sql = g_strconcat ("SELECT p.id FROM person p JOIN household h ON h.id = p.household_id "
                                      "WHERE p.status = 'active' AND p.birth_date BETWEEN '1961-01-01' AND '1991-01-01' AND ",
                                      where, " ORDER BY h.group_id, h.number, p.position", NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return NULL;
  while (ids->len < wanted && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (g_hash_table_add (taken, g_memdup2 (&id, sizeof id)))
        g_array_append_val (ids, id);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
hold (CwDatabase  *db,
      CwRoleKind   kind,
      gint64       person_id,
      const char  *from,
      const char  *to,
      GError     **error)
{
  g_autoptr(CwVillageRole) role = cw_village_role_new (kind, person_id, NULL, from, to);

  return cw_village_role_add (db, role, error) != 0;
}

static gboolean
hold_all (CwDatabase  *db,
          CwRoleKind   kind,
          GArray      *ids,
          guint        first,
          guint        n,
          GError     **error)
{
  for (guint i = first; i < first + n && i < ids->len; i++)
    if (!hold (db, kind, g_array_index (ids, gint64, i), TERM_START, NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
cw_demo_roles_fill (CwDatabase  *db,
                    GError     **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) party = NULL;
  g_autoptr(GArray) others = NULL;
  g_autoptr(sqlite3_stmt) groups = NULL;
  int rc;

  if ((party = pick_persons (db, "p.political = '中共党员'", 12, taken, error)) == NULL ||
      (others = pick_persons (db, "p.political <> '中共党员'", 8, taken, error)) == NULL ||
      (groups = cw_database_prepare (db, "SELECT id FROM village_group ORDER BY position", error)) == NULL)
    return FALSE;
  if (party->len < 12 || others->len < 8)
    return TRUE;

  /* One person is both secretary and director (一肩挑), as in most villages. */
  if (!hold (db, CW_ROLE_PARTY_SECRETARY, g_array_index (party, gint64, 0), TERM_START, NULL, error) ||
      !hold (db, CW_ROLE_DIRECTOR, g_array_index (party, gint64, 0), TERM_START, NULL, error) ||
      !hold_all (db, CW_ROLE_COMMITTEE_MEMBER, party, 1, 4, error) ||
      !hold (db, CW_ROLE_SUPERVISION_CHAIR, g_array_index (party, gint64, 5), TERM_START, NULL, error) ||
      !hold (db, CW_ROLE_SUPERVISION_MEMBER, g_array_index (others, gint64, 0), TERM_START, NULL, error) ||
      !hold (db, CW_ROLE_SUPERVISION_MEMBER, g_array_index (others, gint64, 1), TERM_START, "2023-06-30", error) ||
      !hold (db, CW_ROLE_SUPERVISION_MEMBER, g_array_index (others, gint64, 2), "2023-07-01", NULL, error) ||
      !hold (db, CW_ROLE_MEDIATION_CHAIR, g_array_index (party, gint64, 6), TERM_START, NULL, error) ||
      !hold_all (db, CW_ROLE_MEDIATOR, others, 3, 3, error) ||
      !hold_all (db, CW_ROLE_PARTY_GROUP_LEADER, party, 7, 5, error))
    return FALSE;

  /* Three 村民代表 a group: the heads of its first households. */
  while ((rc = sqlite3_step (groups)) == SQLITE_ROW)
    {
      g_autofree char *where = g_strdup_printf ("p.relation = '户主' AND h.group_id = %lld",
                                                (long long) sqlite3_column_int64 (groups, 0));
      g_autoptr(GArray) heads = pick_persons (db, where, 3, taken, error);

      if (heads == NULL || !hold_all (db, CW_ROLE_REPRESENTATIVE, heads, 0, heads->len, error))
        return FALSE;
    }
  return rc == SQLITE_DONE || cw_database_fail (db, error);
}
