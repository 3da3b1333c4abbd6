/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-vocabulary"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/households/cw-vocabulary.h"

const char * const cw_vocabulary_relations[] = {
  "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
  "曾孙子", "曾孙女", "父亲", "母亲", "公公", "婆婆", "岳父", "岳母",
  "祖父", "祖母", "外祖父", "外祖母", "兄", "弟", "姐", "妹", "兄弟姐妹",
  "侄子", "侄女", "外甥", "外甥女", "其他亲属", "非亲属",
  NULL
};

const char * const cw_vocabulary_ethnicities[] = {
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
  "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
  "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
  "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
  "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
  "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
  NULL
};

const char * const cw_vocabulary_education[] = {
  "学龄前", "小学", "初中", "高中", "中专", "大专", "本科", "研究生", "文盲或半文盲",
  NULL
};

const char * const cw_vocabulary_political[] = {
  "群众", "中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士",
  NULL
};

const char * const cw_vocabulary_tags[] = {
  "低保", "特困", "脱贫户", "监测户", "残疾", "留守老人", "留守儿童", "留守妇女",
  "独居", "空巢", "高龄", "军属",
  NULL
};

const char * const cw_vocabulary_person_statuses[] = {
  CW_PERSON_STATUS_ACTIVE, CW_PERSON_STATUS_MIGRANT, CW_PERSON_STATUS_MOVED_OUT, CW_PERSON_STATUS_DECEASED,
  NULL
};

const char * const cw_vocabulary_household_statuses[] = {
  CW_HOUSEHOLD_STATUS_ACTIVE, CW_HOUSEHOLD_STATUS_MOVED_OUT, CW_HOUSEHOLD_STATUS_CANCELLED,
  NULL
};

typedef struct
{
  const char *said;
  const char *stored;
} Synonym;

/* What paper rosters and other programs' exports say for the same thing. */
static const Synonym relation_synonyms[] = {
  { "本人", "户主" }, { "户主本人", "户主" }, { "妻", "配偶" }, { "妻子", "配偶" },
  { "夫", "配偶" }, { "丈夫", "配偶" }, { "儿子", "子" }, { "长子", "子" },
  { "次子", "子" }, { "三子", "子" }, { "独生子", "子" }, { "之子", "子" },
  { "女儿", "女" }, { "长女", "女" }, { "次女", "女" }, { "三女", "女" },
  { "独生女", "女" }, { "之女", "女" }, { "媳", "儿媳" }, { "儿媳妇", "儿媳" },
  { "孙", "孙子" }, { "父", "父亲" }, { "母", "母亲" }, { "哥哥", "兄" },
  { "弟弟", "弟" }, { "姐姐", "姐" }, { "妹妹", "妹" }, { "其他", "其他亲属" },
};

static const Synonym political_synonyms[] = {
  { "党员", "中共党员" }, { "中国共产党党员", "中共党员" }, { "预备党员", "中共预备党员" },
  { "团员", "共青团员" }, { "共青团", "共青团员" }, { "无", "群众" },
};

static const Synonym tag_synonyms[] = {
  { "低保户", "低保" }, { "特困户", "特困" }, { "五保", "特困" }, { "五保户", "特困" },
  { "特困供养", "特困" }, { "脱贫", "脱贫户" }, { "监测", "监测户" },
  { "残疾人", "残疾" }, { "重度残疾", "残疾" }, { "独居老人", "独居" },
  { "空巢老人", "空巢" }, { "高龄老人", "高龄" }, { "军属户", "军属" },
};

gboolean
cw_vocabulary_contains (const char * const *list,
                        const char         *word)
{
  if (word == NULL)
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

static const char *
canonical (const char * const *list,
           const Synonym      *synonyms,
           gsize               n_synonyms,
           const char         *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], trimmed) == 0)
      return list[i];
  for (gsize i = 0; i < n_synonyms; i++)
    if (strcmp (synonyms[i].said, trimmed) == 0)
      return synonyms[i].stored;
  return NULL;
}

const char *
cw_vocabulary_canonical_relation (const char *text)
{
  return canonical (cw_vocabulary_relations, relation_synonyms,
                    G_N_ELEMENTS (relation_synonyms), text);
}

const char *
cw_vocabulary_canonical_ethnicity (const char *text)
{
  g_autofree char *with_suffix = NULL;
  const char *found = canonical (cw_vocabulary_ethnicities, NULL, 0, text);

  /* "汉" for "汉族", as ID card readers and old rosters write it. */
  if (found == NULL && text != NULL && !g_str_has_suffix (text, "族"))
    {
      with_suffix = g_strconcat (text, "族", NULL);
      found = canonical (cw_vocabulary_ethnicities, NULL, 0, with_suffix);
    }
  return found;
}

const char *
cw_vocabulary_canonical_political (const char *text)
{
  return canonical (cw_vocabulary_political, political_synonyms,
                    G_N_ELEMENTS (political_synonyms), text);
}

const char *
cw_vocabulary_canonical_tag (const char *text)
{
  return canonical (cw_vocabulary_tags, tag_synonyms, G_N_ELEMENTS (tag_synonyms), text);
}

gboolean
cw_vocabulary_person_status_is_present (const char *code)
{
  return g_strcmp0 (code, CW_PERSON_STATUS_ACTIVE) == 0 || g_strcmp0 (code, CW_PERSON_STATUS_MIGRANT) == 0;
}

/* A person and a household share the codes "active" and "moved_out". */
const char *
cw_vocabulary_status_label (const char *code)
{
  if (g_strcmp0 (code, CW_PERSON_STATUS_ACTIVE) == 0)
    return C_("status", "Registered");
  if (g_strcmp0 (code, CW_PERSON_STATUS_MIGRANT) == 0)
    return C_("status", "Working away");
  if (g_strcmp0 (code, CW_PERSON_STATUS_MOVED_OUT) == 0)
    return C_("status", "Moved out");
  if (g_strcmp0 (code, CW_PERSON_STATUS_DECEASED) == 0)
    return C_("status", "Deceased");
  if (g_strcmp0 (code, CW_HOUSEHOLD_STATUS_CANCELLED) == 0)
    return C_("status", "Cancelled");
  return code != NULL ? code : "";
}

/* Rosters write statuses in Chinese whatever the interface language. */
static const Synonym person_status_words[] = {
  { "在册", CW_PERSON_STATUS_ACTIVE }, { "正常", CW_PERSON_STATUS_ACTIVE }, { "在家", CW_PERSON_STATUS_ACTIVE },
  { "外出务工", CW_PERSON_STATUS_MIGRANT }, { "外出", CW_PERSON_STATUS_MIGRANT }, { "务工", CW_PERSON_STATUS_MIGRANT },
  { "迁出", CW_PERSON_STATUS_MOVED_OUT }, { "已迁出", CW_PERSON_STATUS_MOVED_OUT },
  { "死亡", CW_PERSON_STATUS_DECEASED }, { "已故", CW_PERSON_STATUS_DECEASED }, { "去世", CW_PERSON_STATUS_DECEASED },
};

static const Synonym household_status_words[] = {
  { "在册", CW_HOUSEHOLD_STATUS_ACTIVE }, { "正常", CW_HOUSEHOLD_STATUS_ACTIVE },
  { "迁出", CW_HOUSEHOLD_STATUS_MOVED_OUT }, { "已迁出", CW_HOUSEHOLD_STATUS_MOVED_OUT },
  { "注销", CW_HOUSEHOLD_STATUS_CANCELLED }, { "已注销", CW_HOUSEHOLD_STATUS_CANCELLED },
};

static const char *
status_for (const char * const *codes,
            const Synonym      *words,
            gsize               n_words,
            const char         *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  /* Nothing said: in the register, the first code of either list. */
  if (trimmed[0] == '\0')
    return codes[0];
  for (guint i = 0; codes[i] != NULL; i++)
    if (strcmp (codes[i], trimmed) == 0 ||
        strcmp (cw_vocabulary_status_label (codes[i]), trimmed) == 0)
      return codes[i];
  for (gsize i = 0; i < n_words; i++)
    if (strcmp (words[i].said, trimmed) == 0)
      return words[i].stored;
  return NULL;
}

const char *
cw_vocabulary_person_status_for (const char *text)
{
  return status_for (cw_vocabulary_person_statuses, person_status_words,
                     G_N_ELEMENTS (person_status_words), text);
}

const char *
cw_vocabulary_household_status_for (const char *text)
{
  return status_for (cw_vocabulary_household_statuses, household_status_words,
                     G_N_ELEMENTS (household_status_words), text);
}

char **
cw_vocabulary_split_tags (const char  *text,
                          char       **unknown)
{
  g_autoptr(GStrvBuilder) tags = NULL;
  g_autoptr(GString) unknown_words = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *normalised = NULL;
  g_auto(GStrv) parts = NULL;

  /* Most persons of an import have no tags. */
  if (text == NULL || text[0] == '\0')
    {
      if (unknown != NULL)
        *unknown = NULL;
      return g_new0 (char *, 1);
    }
  tags = g_strv_builder_new ();
  unknown_words = g_string_new (NULL);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  normalised = g_strdup (text);

  /* 、 ; ；, ，and spaces all separate tags in the wild. */
  {
    g_autoptr(GString) s = g_string_new (normalised);
    const char *separators[] = { "、", "；", "，", ";", ",", "　", " " };
    for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
      g_string_replace (s, separators[i], "|", 0);
    g_free (normalised);
    normalised = g_string_free (g_steal_pointer (&s), FALSE);
  }

  parts = g_strsplit (normalised, "|", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *tag;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      tag = cw_vocabulary_canonical_tag (parts[i]);
      if (tag == NULL)
        {
          g_string_append_printf (unknown_words, "%s%s", unknown_words->len ? "、" : "", parts[i]);
          continue;
        }
      if (g_hash_table_add (seen, (gpointer) tag))
        g_strv_builder_add (tags, tag);
    }

  if (unknown != NULL)
    *unknown = unknown_words->len > 0 ? g_string_free (g_steal_pointer (&unknown_words), FALSE) : NULL;
  return g_strv_builder_end (tags);
}

char *
cw_vocabulary_join_tags (const char * const *tags)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (tags == NULL)
    return g_strdup ("");
  /* Always in the list's order, so the same tags compare equal as text. */
  for (guint i = 0; cw_vocabulary_tags[i] != NULL; i++)
    if (g_strv_contains (tags, cw_vocabulary_tags[i]))
      g_string_append_printf (joined, "%s%s", joined->len ? "、" : "", cw_vocabulary_tags[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

gboolean
cw_vocabulary_tags_contain (const char *joined,
                            const char *tag)
{
  g_auto(GStrv) tags = NULL;

  if (joined == NULL || tag == NULL || joined[0] == '\0')
    return FALSE;
  tags = g_strsplit (joined, "、", -1);
  return g_strv_contains ((const char * const *) tags, tag);
}
