/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-roster-rows"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-roster-rows.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"

const char * const cw_roster_columns[] = {
  "户号", "村民小组", "姓名", "与户主关系", "性别", "身份证号", "出生日期",
  "民族", "联系电话", "政治面貌", "人员状态", "标签", "住址",
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (cw_roster_columns) == CW_ROSTER_N_COLUMNS + 1);

/* The columns come out of SQL in roster order; only sex and status need a
 * word instead of the stored code. Person phone first, household phone as
 * the fallback, as a clerk reads "联系电话". Heads first within a household,
 * whatever their position, because the importer meets the head first. */
#define ROSTER_SELECT \
  "SELECT h.number, g.name, p.name, p.relation, p.sex, p.id_number, p.birth_date," \
  "       p.ethnicity, CASE WHEN p.phone <> '' THEN p.phone ELSE h.phone END," \
  "       p.political, p.status, p.tags, h.address" \
  "  FROM person p" \
  "  JOIN household h ON h.id = p.household_id" \
  "  JOIN village_group g ON g.id = h.group_id" \
  " WHERE p.status IN ('active', 'migrant')"
#define ROSTER_ORDER \
  " ORDER BY g.position, g.id, h.number, h.id, p.relation <> '户主', p.position, p.id"

const char *
cw_roster_status_word (const char *code)
{
  static const struct { const char *code; const char *word; } words[] = {
    { CW_PERSON_STATUS_ACTIVE, "在册" },
    { CW_PERSON_STATUS_MIGRANT, "外出务工" },
    { CW_PERSON_STATUS_MOVED_OUT, "迁出" },
    { CW_PERSON_STATUS_DECEASED, "死亡" },
    { CW_HOUSEHOLD_STATUS_CANCELLED, "注销" },
  };

  if (code == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (words[i].code, code) == 0)
      return words[i].word;
  return code;
}

const char *
cw_roster_sex_word (const char *sex)
{
  if (g_strcmp0 (sex, "M") == 0)
    return "男";
  if (g_strcmp0 (sex, "F") == 0)
    return "女";
  return "";
}

/* 0 for the whole village, -1 (with @error) for a group that does not exist. */
static gint64
group_id_for (CwDatabase  *db,
              const char  *group_name,
              GError     **error)
{
  g_autoptr(CwVillageGroup) group = NULL;

  if (group_name == NULL)
    return 0;
  group = cw_village_group_find (db, group_name, error);
  if (group == NULL)
    return -1;
  return cw_village_group_get_id (group);
}

gint64
cw_roster_rows_count (CwDatabase  *db,
                      const char  *group_name,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 group_id;

  g_return_val_if_fail (CW_IS_DATABASE (db), -1);

  group_id = group_id_for (db, group_name, error);
  if (group_id < 0)
    return -1;

  stmt = cw_database_prepare (db,
                              "SELECT count(*) FROM person p"
                              "  JOIN household h ON h.id = p.household_id"
                              " WHERE p.status IN ('active', 'migrant')"
                              "   AND (?1 = 0 OR h.group_id = ?1)",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, group_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
cw_roster_rows_foreach (CwDatabase       *db,
                        const char       *group_name,
                        CwRosterRowFunc   func,
                        gpointer          user_data,
                        GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *row[CW_ROSTER_N_COLUMNS];
  gint64 group_id;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  group_id = group_id_for (db, group_name, error);
  if (group_id < 0)
    return FALSE;

  /* Two statements rather than "?1 = 0 OR …", so that SQLite can use the
   * group index when a group is asked for. */
  if (group_id == 0)
    stmt = cw_database_prepare (db, ROSTER_SELECT ROSTER_ORDER, error);
  else
    stmt = cw_database_prepare (db, ROSTER_SELECT " AND h.group_id = ?1" ROSTER_ORDER, error);
  if (stmt == NULL)
    return FALSE;
  if (group_id != 0)
    sqlite3_bind_int64 (stmt, 1, group_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < CW_ROSTER_N_COLUMNS; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          row[i] = text != NULL ? text : "";
        }
      row[CW_ROSTER_SEX] = cw_roster_sex_word (row[CW_ROSTER_SEX]);
      row[CW_ROSTER_STATUS] = cw_roster_status_word (row[CW_ROSTER_STATUS]);

      if (!func (row, user_data, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  return TRUE;
}

static GHashTable *
household_texts (CwDatabase  *db,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) texts = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (texts, id, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&texts);
}

GHashTable *
cw_roster_household_phones (CwDatabase  *db,
                            GError     **error)
{
  return household_texts (db, "SELECT id, phone FROM household WHERE phone <> ''", error);
}

GHashTable *
cw_roster_household_tags (CwDatabase  *db,
                          GError     **error)
{
  return household_texts (db, "SELECT id, tags FROM household WHERE tags <> ''", error);
}
