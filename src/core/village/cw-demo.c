/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "core/village/cw-demo.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/village/cw-demo-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

/* The demo village is fictional; its names are Chinese whatever the
 * interface language, as a real village's are. Everything comes from one
 * seeded GRand, so the same options always give the same village. */

#define DEMO_SEED 20261123
#define DEMO_DEFAULT_HOUSEHOLDS 450
/* 衡阳县, Hunan: a real county code, so the ID numbers look as they would. */
#define DEMO_ADDRESS_CODE "430421"

/* A few surnames dominate a village; the rest are married in. */
static const char *village_surnames[] = { "李", "王", "刘", "陈", "周" };
static const char *other_surnames[] = {
  "张", "杨", "黄", "赵", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
  "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖",
  "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕",
  "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "石",
  "金", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹",
  "雷", "龙", "黎", "史", "陶", "贺", "毛", "龚", "邵", "万", "覃", "欧阳", "单", "解",
};
static const char *male_chars[] = {
  "建", "国", "华", "明", "伟", "强", "军", "平", "志", "勇", "林", "杰", "涛", "斌",
  "波", "辉", "刚", "文", "海", "峰", "磊", "超", "鹏", "俊", "浩", "宇", "轩", "家",
  "德", "福", "贵", "有", "春", "生", "庆", "光", "荣", "祥", "富", "良",
};
static const char *female_chars[] = {
  "秀", "英", "芳", "兰", "玉", "梅", "丽", "红", "霞", "燕", "娟", "敏", "静", "婷",
  "雪", "琳", "慧", "萍", "桂", "凤", "珍", "淑", "云", "丹", "欣", "怡", "雨", "涵",
  "春", "花", "莲", "菊",
};
static const char *roads[] = { "青山路", "溪边", "大塘", "枫树湾", "石桥", "新屋场", "茶园", "竹山" };
static const char *numerals[] = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

typedef struct
{
  GRand      *rand;
  GHashTable *ids;
  GDate       today;
} Demo;

static const char *
pick (Demo               *demo,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (demo->rand, 0, (gint32) n)];
}

#define PICK(demo, array) pick ((demo), (array), G_N_ELEMENTS (array))

static gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

/* 第一村民小组 … 第九十九村民小组 */
static char *
group_name (guint n)
{
  g_autoptr(GString) name = g_string_new ("第");

  if (n >= 20)
    g_string_append (name, numerals[n / 10]);
  if (n >= 10)
    g_string_append (name, "十");
  if (n % 10 != 0 || n < 10)
    g_string_append (name, numerals[n % 10]);
  g_string_append (name, "村民小组");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static char *
given_name (Demo     *demo,
            gboolean  male)
{
  const char *first = male ? PICK (demo, male_chars) : PICK (demo, female_chars);

  if (chance (demo, 0.25))
    return g_strdup (first);
  return g_strconcat (first, male ? PICK (demo, male_chars) : PICK (demo, female_chars), NULL);
}

/* A valid ID number, unique in the village: the sequence's parity gives
 * the sex, the check character is computed as GB 11643 says. */
static char *
id_number (Demo        *demo,
           const GDate *birth,
           gboolean     male)
{
  for (;;)
    {
      guint sequence = (guint) g_rand_int_range (demo->rand, 0, 500) * 2 + (male ? 1 : 0);
      g_autofree char *first17 = g_strdup_printf (DEMO_ADDRESS_CODE "%04u%02u%02u%03u",
                                                  g_date_get_year (birth), g_date_get_month (birth),
                                                  g_date_get_day (birth), sequence % 1000);
      char *id = g_strdup_printf ("%s%c", first17, cw_id_number_check_character (first17));

      if (g_hash_table_add (demo->ids, id))
        return g_strdup (id);
    }
}

static CwPerson *
make_person (Demo       *demo,
             const char *surname,
             gboolean    male,
             int         age,
             const char *relation)
{
  CwPerson *person = cw_person_new ();
  g_autofree char *given = given_name (demo, male);
  g_autofree char *name = g_strconcat (surname, given, NULL);
  g_autofree char *id = NULL;
  g_autofree char *birth_text = NULL;
  GDate birth = demo->today;
  int roll;

  if (age < 0)
    age = 0;
  g_date_subtract_years (&birth, (guint) age);
  g_date_subtract_days (&birth, (guint) g_rand_int_range (demo->rand, 1, 365));
  birth_text = cw_date_format (&birth);

  cw_person_set_text (person, "name", name);
  cw_person_set_text (person, "relation", relation);
  cw_person_set_text (person, "sex", male ? "M" : "F");
  cw_person_set_text (person, "birth-date", birth_text);

  /* Babies often have no ID card yet. */
  if (age >= 3 || chance (demo, 0.5))
    {
      id = id_number (demo, &birth, male);
      cw_person_set_text (person, "id-number", id);
    }

  roll = g_rand_int_range (demo->rand, 0, 100);
  cw_person_set_text (person, "ethnicity", roll < 95 ? "汉族" : roll < 98 ? "土家族" : "苗族");

  if (age >= 18 && (g_str_equal (relation, CW_RELATION_HEAD) || chance (demo, 0.5)))
    {
      g_autofree char *phone = g_strdup_printf ("1%c%09u", "35789"[g_rand_int_range (demo->rand, 0, 5)],
                                                (guint) g_rand_int_range (demo->rand, 0, 999999999));
      cw_person_set_text (person, "phone", phone);
    }

  if (age < 6)
    cw_person_set_text (person, "education", "学龄前");
  else if (age < 12)
    cw_person_set_text (person, "education", "小学");
  else if (age < 15 || age > 70)
    cw_person_set_text (person, "education", age > 80 ? "文盲或半文盲" : "初中");
  else
    cw_person_set_text (person, "education", chance (demo, 0.5) ? "初中" : chance (demo, 0.6) ? "高中" : "大专");

  if (age >= 20 && chance (demo, male ? 0.09 : 0.03))
    {
      GDate joined = birth;
      g_autofree char *joined_text = NULL;

      g_date_add_years (&joined, (guint) g_rand_int_range (demo->rand, 19, MAX (20, MIN (age, 45))));
      joined_text = cw_date_format (&joined);
      cw_person_set_text (person, "political", "中共党员");
      cw_person_set_text (person, "party-join-date", joined_text);
    }
  else if (age >= 14 && age <= 28 && chance (demo, 0.3))
    cw_person_set_text (person, "political", "共青团员");
  else
    cw_person_set_text (person, "political", "群众");

  if (age >= 18 && age <= 50 && !g_str_equal (relation, CW_RELATION_HEAD) && chance (demo, 0.3))
    cw_person_set_text (person, "status", CW_PERSON_STATUS_MIGRANT);

  if (chance (demo, 0.03))
    {
      static const char *kinds[] = { "肢体", "视力", "听力", "智力" };
      static const char *grades[] = { "一级", "二级", "三级", "四级" };
      g_autofree char *disability = g_strconcat (PICK (demo, kinds), PICK (demo, grades), NULL);
      cw_person_set_text (person, "tags", "残疾");
      cw_person_set_text (person, "disability", disability);
    }
  return person;
}

static void
add_tag (CwPerson   *person,
         const char *tag)
{
  g_autofree char *tags = g_strjoin ("、", cw_person_get_tags (person), tag, NULL);
  cw_person_set_text (person, "tags", tags);
}

/* The legal ages of marriage (婚姻法: men 22, women 20), and the least
 * gap between a parent and a child the demo makes. */
#define MARRIAGE_AGE(male) ((male) ? 22 : 20)
#define PARENT_GAP 20

static int
random_age (Demo *demo,
            int   low,
            int   high)
{
  return g_rand_int_range (demo->rand, low, high + 1);
}

/* A child of parents the younger of whom is @parent_age: born when that
 * parent was 20 to 33, so never less than PARENT_GAP years younger than
 * either; -1 when such a child would not be born yet. */
static int
child_age_of (Demo *demo,
              int   parent_age)
{
  return parent_age - random_age (demo, PARENT_GAP + 2, 33);
}

/* One family: a head, often a spouse, children, and in older households a
 * married son with his wife and their child or, in younger ones, a parent.
 * Ages follow from each other, so no family is one that cannot be: a
 * spouse of marrying age, every child at least PARENT_GAP years younger
 * than its parents, a parent that much older than the head. */
static gboolean
add_family (Demo        *demo,
            CwDatabase  *db,
            gint64       group_id,
            guint        group_number,
            guint        sequence,
            GError     **error)
{
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *number = g_strdup_printf ("%02u%04u", group_number, sequence);
  g_autofree char *address = NULL;
  const char *surname = chance (demo, 0.7) ? PICK (demo, village_surnames) : PICK (demo, other_surnames);
  static const guint sizes[] = { 1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6 };
  guint size = sizes[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (sizes))];
  gboolean head_male = chance (demo, 0.85);
  int head_age = g_rand_int_range (demo->rand, size == 1 ? 55 : 28, size == 1 ? 95 : 82);
  /* The younger of the couple: children are counted from them. */
  int parent_age = head_age;
  gboolean children_away = FALSE;
  gboolean son_married = FALSE;
  gboolean has_father = FALSE;
  gboolean has_mother = FALSE;
  CwPerson *head;

  head = make_person (demo, surname, head_male, head_age, CW_RELATION_HEAD);
  g_ptr_array_add (members, head);
  if (size >= 2)
    {
      int spouse_age = MAX (MARRIAGE_AGE (!head_male), head_age + random_age (demo, -5, 3));

      g_ptr_array_add (members, make_person (demo, PICK (demo, other_surnames), !head_male, spouse_age, "配偶"));
      parent_age = MIN (head_age, spouse_age);
    }
  for (guint i = members->len; i < size; i++)
    {
      int child_age = child_age_of (demo, parent_age);

      if (!son_married && child_age >= MARRIAGE_AGE (TRUE) + 2 && i + 2 <= size)
        {
          /* A grown son with his wife (near his age, of marrying age) and
           * maybe their child. */
          int wife_age = MAX (MARRIAGE_AGE (FALSE), child_age + random_age (demo, -4, 1));
          CwPerson *son = make_person (demo, surname, TRUE, child_age, "子");

          g_ptr_array_add (members, son);
          g_ptr_array_add (members, make_person (demo, PICK (demo, other_surnames), FALSE, wife_age, "儿媳"));
          children_away |= g_str_equal (cw_person_get_status (son), CW_PERSON_STATUS_MIGRANT);
          son_married = TRUE;
          i++;
          if (i + 1 < size)
            {
              gboolean boy = chance (demo, 0.5);
              int grandchild_age = MAX (0, child_age_of (demo, MIN (child_age, wife_age)));

              g_ptr_array_add (members, make_person (demo, surname, boy, grandchild_age, boy ? "孙子" : "孙女"));
              i++;
            }
        }
      else if (child_age < 0)
        {
          /* Too young for children of their own: the head's father or
           * mother lives with them, or both. */
          gboolean father = !has_father && (has_mother || chance (demo, 0.5));

          if (has_father && has_mother)
            break;
          g_ptr_array_add (members, make_person (demo, father ? surname : PICK (demo, other_surnames), father,
                                                 head_age + random_age (demo, PARENT_GAP + 2, 32),
                                                 father ? "父亲" : "母亲"));
          has_father |= father;
          has_mother |= !father;
        }
      else
        {
          gboolean boy = chance (demo, 0.5);
          CwPerson *child = make_person (demo, surname, boy, child_age, boy ? "子" : "女");
          children_away |= g_str_equal (cw_person_get_status (child), CW_PERSON_STATUS_MIGRANT);
          g_ptr_array_add (members, child);
        }
    }

  /* Fewer when a young family had no room for more. */
  size = members->len;

  /* Care tags that follow from the family's shape, as the office sees it. */
  for (guint i = 0; i < members->len; i++)
    {
      CwPerson *member = g_ptr_array_index (members, i);
      int age = cw_person_get_age_on (member, &demo->today);

      if (age >= 80)
        add_tag (member, "高龄");
      if (size == 1 && age >= 60)
        add_tag (member, "独居");
      if (size == 2 && age >= 60 && head_age >= 60)
        add_tag (member, "空巢");
      if (children_away && age >= 60)
        add_tag (member, "留守老人");
      if (children_away && age < 16)
        add_tag (member, "留守儿童");
    }

  cw_household_set_group_id (household, group_id);
  cw_household_set_text (household, "number", number);
  address = g_strdup_printf ("%s%u号", PICK (demo, roads), sequence);
  cw_household_set_text (household, "address", address);
  cw_household_set_text (household, "phone", cw_person_get_phone (head));
  {
    int roll = g_rand_int_range (demo->rand, 0, 100);
    cw_household_set_text (household, "tags",
                           roll < 5 ? "低保" : roll < 13 ? "脱贫户" : roll < 15 ? "监测户" :
                           roll < 16 ? "军属" : (size == 1 && head_age >= 70 && roll < 30) ? "特困" : "");
  }

  if (!cw_household_add (db, household, head, error))
    return FALSE;
  for (guint i = 1; i < members->len; i++)
    {
      CwPerson *member = g_ptr_array_index (members, i);

      cw_person_set_household_id (member, cw_household_get_id (household));
      if (!cw_person_add (db, member, error))
        return FALSE;
    }

  /* A few families have left the village: a state, never a deletion. */
  if (chance (demo, 0.01))
    return cw_household_set_status (db, cw_household_get_id (household), CW_HOUSEHOLD_STATUS_MOVED_OUT,
                                    "2025-03-01", "迁往县城", error);
  return TRUE;
}

gboolean
cw_demo_step (CwDemoProgress  *progress,
              guint            steps,
              GError         **error)
{
  const CwDemoOptions *options = progress->options;

  progress->done = MIN (progress->done + steps, progress->total);
  if (options != NULL && options->progress != NULL && steps > 0)
    options->progress (progress->done, progress->total, options->progress_data);

  if (options != NULL && g_cancellable_is_cancelled (options->cancellable))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED,
                           _("Loading the demo village was cancelled; nothing was written."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_demo_fill (CwDatabase           *db,
              const CwDemoOptions  *options,
              GError              **error)
{
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint households = options != NULL && options->households > 0 ? options->households : DEMO_DEFAULT_HOUSEHOLDS;
  /* About 60 households a group, as in a real village; at least eight. */
  guint n_groups = MAX (8, MIN (99, households / 60));
  g_autoptr(GArray) group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Demo demo = { g_rand_new_with_seed (DEMO_SEED), ids };
  /* A household and its people take about as long as its points. */
  CwDemoProgress progress = { options, 0, 2 * households };

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  /* Ages are counted from a fixed day, not today, so the demo is the same
   * village whenever it is made. */
  g_date_clear (&demo.today, 1);
  g_date_set_dmy (&demo.today, 1, 11, 2026);

  if (cw_village_exists (db))
    {
      g_autoptr(CwVillage) existing = cw_village_load (db, NULL);
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("“%s” already holds the village %s; the demo needs an empty database."),
                   cw_database_get_path (db),
                   existing != NULL ? cw_village_get_name (existing) : "");
      g_rand_free (demo.rand);
      return FALSE;
    }

  /* All or nothing: a half-made demo would look like real data. */
  if (!cw_database_begin (db, error))
    goto failed_early;

  village = cw_village_new ("青山村", "白沙镇", "临江县");
  if (!cw_village_create (db, village, error))
    goto failed;

  for (guint i = 1; i <= n_groups; i++)
    {
      g_autofree char *name = group_name (i);
      g_autoptr(CwVillageGroup) group = cw_village_group_add (db, name, error);
      gint64 id;

      if (group == NULL)
        goto failed;
      id = cw_village_group_get_id (group);
      g_array_append_val (group_ids, id);
    }

  for (guint i = 0; i < households; i++)
    {
      guint group = i % n_groups;

      if (!add_family (&demo, db, g_array_index (group_ids, gint64, group), group + 1,
                       i / n_groups + 1, error) ||
          !cw_demo_step (&progress, 1, error))
        goto failed;
    }

  if (!cw_demo_roles_fill (db, error) || !cw_demo_notices_fill (db, error))
    goto failed;

  if (!cw_demo_points_fill (db, demo.rand, options != NULL ? options->point_entries : 0,
                            &progress, households, error) ||
      !cw_demo_mediation_fill (db, demo.rand, &demo.today, options != NULL ? options->mediation_cases : 0, error) ||
      !cw_demo_benefits_fill (db, demo.rand, error) ||
      !cw_demo_finance_fill (db, demo.rand, error) ||
      !cw_demo_grids_fill (db, demo.rand, options != NULL ? options->grid_requests : 0,
                           options != NULL ? options->grid_visits : 0, error) ||
      !cw_demo_step (&progress, progress.total - progress.done, error))
    goto failed;

  if (!cw_database_commit (db, error))
    goto failed_early;

  g_rand_free (demo.rand);
  cw_database_emit_changed (db, "village");
  cw_database_emit_changed (db, "household");
  cw_database_emit_changed (db, "point_entry");
  cw_database_emit_changed (db, "village_role");
  cw_database_emit_changed (db, "mediation_case");
  cw_database_emit_changed (db, "finance_entry");
  cw_database_emit_changed (db, "grid");
  cw_database_emit_changed (db, "notice");
  return TRUE;

failed:
  cw_database_rollback (db);
failed_early:
  g_rand_free (demo.rand);
  return FALSE;
}
