/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-roster-rows"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-roster-rows.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"

const char * const cw_roster_columns[] = {
  [CW_ROSTER_INDEX] = "序号",
  [CW_ROSTER_HOUSEHOLD_NUMBER] = "户号",
  [CW_ROSTER_GROUP] = "村民小组",
  [CW_ROSTER_HEAD_NAME] = "户主姓名",
  [CW_ROSTER_NAME] = "姓名",
  [CW_ROSTER_RELATION] = "与户主关系",
  [CW_ROSTER_SEX] = "性别",
  [CW_ROSTER_ETHNICITY] = "民族",
  [CW_ROSTER_BIRTH_DATE] = "出生日期",
  [CW_ROSTER_ID_NUMBER] = "身份证号",
  [CW_ROSTER_EDUCATION] = "文化程度",
  [CW_ROSTER_POLITICAL] = "政治面貌",
  [CW_ROSTER_PARTY_JOIN_DATE] = "入党时间",
  [CW_ROSTER_PHONE] = "联系电话",
  [CW_ROSTER_TAGS] = "人员标签",
  [CW_ROSTER_DISABILITY] = "残疾情况",
  [CW_ROSTER_STATUS] = "人员状态",
  [CW_ROSTER_STATUS_DATE] = "变动日期",
  [CW_ROSTER_STATUS_REASON] = "变动原因",
  [CW_ROSTER_NOTES] = "备注",
  [CW_ROSTER_ADDRESS] = "住址",
  [CW_ROSTER_HOUSEHOLD_PHONE] = "户联系电话",
  [CW_ROSTER_HOUSEHOLD_TAGS] = "户标签",
  [CW_ROSTER_HOUSEHOLD_STATUS] = "户状态",
  [CW_ROSTER_HOUSEHOLD_STATUS_DATE] = "户变动日期",
  [CW_ROSTER_HOUSEHOLD_STATUS_REASON] = "户变动原因",
  [CW_ROSTER_HOUSEHOLD_NOTES] = "户备注",
  [CW_ROSTER_N_COLUMNS] = NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (cw_roster_columns) == CW_ROSTER_N_COLUMNS + 1);

/* The names the 户口簿 (household register booklet), the 公安 (police)
 * and 民政 (civil affairs) templates and the offices' own sheets give the
 * columns. Columns that repeat the same few words on every row are
 * stored once by the importer, which saves memory and lets a word be
 * looked up once per spelling. The old roster's 标签 is the person's. */
const CwImportColumn cw_roster_import_columns[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_INDEX] = { CW_IMPORT_COLUMN_FORM, NULL },
  [CW_ROSTER_HOUSEHOLD_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY |
                                   CW_IMPORT_COLUMN_TEXT_NUMBER,
                                   CW_IMPORT_ALIASES ("户编号", "家庭编号", "户口编号", "户籍编号") },
  [CW_ROSTER_GROUP] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS | CW_IMPORT_COLUMN_KEY,
                        CW_IMPORT_ALIASES ("所属小组", "村民小组名称", "小组", "组别", "组", "所在组",
                                           "村组", "所属村民小组") },
  [CW_ROSTER_HEAD_NAME] = { 0, CW_IMPORT_ALIASES ("户主", "户主名字") },
  [CW_ROSTER_NAME] = { CW_IMPORT_COLUMN_REQUIRED,
                       CW_IMPORT_ALIASES ("成员姓名", "人员姓名", "家庭成员姓名", "家庭成员") },
  [CW_ROSTER_RELATION] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                           CW_IMPORT_ALIASES ("与户主的关系", "户主关系", "关系", "家庭关系", "与户主关系称谓") },
  [CW_ROSTER_SEX] = { CW_IMPORT_COLUMN_REPEATS, NULL },
  [CW_ROSTER_ETHNICITY] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("族别", "民族成分") },
  [CW_ROSTER_BIRTH_DATE] = { 0, CW_IMPORT_ALIASES ("出生年月日", "出生年月", "出生时间", "出生日", "生日") },
  [CW_ROSTER_ID_NUMBER] = { CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER,
                            CW_IMPORT_ALIASES ("身份证号码", "公民身份号码", "证件号码", "身份证",
                                               "身份证件号码", "居民身份证号码", "身份号码", "证件号",
                                               "公民身份证号码") },
  [CW_ROSTER_EDUCATION] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("学历", "文化", "受教育程度") },
  [CW_ROSTER_POLITICAL] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("政治面目", "政治身份") },
  [CW_ROSTER_PARTY_JOIN_DATE] = { 0, CW_IMPORT_ALIASES ("入党日期", "入党年月") },
  [CW_ROSTER_PHONE] = { CW_IMPORT_COLUMN_TEXT_NUMBER, CW_IMPORT_ALIASES ("电话", "电话号码", "手机", "手机号码", "手机号", "联系方式",
                                              "本人电话", "个人电话", "联系电话号码") },
  [CW_ROSTER_TAGS] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("标签", "人员类别", "人员类型", "特殊人群") },
  [CW_ROSTER_DISABILITY] = { CW_IMPORT_COLUMN_REPEATS,
                             CW_IMPORT_ALIASES ("残疾类别", "残疾类别及等级", "残疾等级", "残疾类型") },
  [CW_ROSTER_STATUS] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("状态", "在册状态", "户籍状态") },
  [CW_ROSTER_STATUS_DATE] = { 0, CW_IMPORT_ALIASES ("状态日期", "变动时间") },
  [CW_ROSTER_STATUS_REASON] = { 0, CW_IMPORT_ALIASES ("状态原因", "变动情况") },
  [CW_ROSTER_NOTES] = { 0, CW_IMPORT_ALIASES ("说明", "个人备注") },
  [CW_ROSTER_ADDRESS] = { 0, CW_IMPORT_ALIASES ("家庭住址", "现住址", "地址", "居住地址", "家庭地址",
                                                "现居住地址", "现住地址") },
  [CW_ROSTER_HOUSEHOLD_PHONE] = { CW_IMPORT_COLUMN_TEXT_NUMBER, CW_IMPORT_ALIASES ("家庭电话", "户电话", "户主电话", "家庭联系电话") },
  [CW_ROSTER_HOUSEHOLD_TAGS] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("户类别", "户类型", "家庭类别") },
  [CW_ROSTER_HOUSEHOLD_STATUS] = { CW_IMPORT_COLUMN_REPEATS, NULL },
  [CW_ROSTER_HOUSEHOLD_STATUS_DATE] = { 0, NULL },
  [CW_ROSTER_HOUSEHOLD_STATUS_REASON] = { 0, NULL },
  [CW_ROSTER_HOUSEHOLD_NOTES] = { 0, CW_IMPORT_ALIASES ("家庭备注") },
};

/* The columns come out of SQL in roster order (the 序号 is the caller's);
 * only sex and the statuses need a word instead of the stored code.
 * Heads first within a household, whatever their position, because the
 * importer puts the head first; the 户主姓名 is the present head's, or in
 * a household that has left, the head it had. */
#define ROSTER_SELECT \
  "SELECT '', h.number, g.name," \
  "       coalesce((SELECT hp.name FROM person hp WHERE hp.household_id = h.id AND hp.relation = '户主'" \
  "                  ORDER BY hp.status NOT IN ('active', 'migrant'), hp.position, hp.id LIMIT 1), '')," \
  "       p.name, p.relation, p.sex, p.ethnicity, p.birth_date, p.id_number, p.education, p.political," \
  "       p.party_join_date, p.phone, p.tags, p.disability, p.status, p.status_date, p.status_reason," \
  "       p.notes, h.address, h.phone, h.tags, h.status, h.status_date, h.status_reason, h.notes" \
  "  FROM person p" \
  "  JOIN household h ON h.id = p.household_id" \
  "  JOIN village_group g ON g.id = h.group_id" \
  " WHERE (?2 OR p.status IN ('active', 'migrant'))"
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
cw_roster_rows_count (CwDatabase     *db,
                      const char     *group_name,
                      CwRosterScope   scope,
                      GError        **error)
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
                              " WHERE (?2 OR p.status IN ('active', 'migrant'))"
                              "   AND (?1 = 0 OR h.group_id = ?1)",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, group_id);
  sqlite3_bind_int (stmt, 2, scope == CW_ROSTER_EVERYONE);
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
                        CwRosterScope     scope,
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
  sqlite3_bind_int (stmt, 2, scope == CW_ROSTER_EVERYONE);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < CW_ROSTER_N_COLUMNS; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          row[i] = text != NULL ? text : "";
        }
      row[CW_ROSTER_SEX] = cw_roster_sex_word (row[CW_ROSTER_SEX]);
      row[CW_ROSTER_STATUS] = cw_roster_status_word (row[CW_ROSTER_STATUS]);
      row[CW_ROSTER_HOUSEHOLD_STATUS] = cw_roster_status_word (row[CW_ROSTER_HOUSEHOLD_STATUS]);

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
