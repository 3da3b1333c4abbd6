/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-households"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-kinship.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/village/cw-summary.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      group_one;
  gint64      group_two;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwVillageGroup) two = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  one = cw_village_group_add (f->db, "一组", &error);
  two = cw_village_group_add (f->db, "二组", &error);
  g_assert_no_error (error);
  f->group_one = cw_village_group_get_id (one);
  f->group_two = cw_village_group_get_id (two);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static CwPerson *
person (const char *name,
        const char *relation,
        const char *id_number)
{
  CwPerson *p = cw_person_new ();

  cw_person_set_text (p, "name", name);
  cw_person_set_text (p, "relation", relation);
  cw_person_set_text (p, "id-number", id_number);
  return p;
}

static CwHousehold *
add_household (Fixture    *f,
               const char *number,
               gint64      group,
               CwPerson   *head)
{
  g_autoptr(GError) error = NULL;
  CwHousehold *h = cw_household_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, group);
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  return h;
}

static void
test_validate_person (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) p = person ("  张三 ", "本人", "11010519491231002x");

  g_assert_true (cw_person_validate (p, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cw_person_get_name (p), ==, "张三");
  g_assert_cmpstr (cw_person_get_relation (p), ==, "户主");
  g_assert_cmpstr (cw_person_get_id_number (p), ==, "11010519491231002X");
  /* Filled from the ID number: born 1949-12-31, 17th digit 2 = female. */
  g_assert_cmpstr (cw_person_get_birth_date (p), ==, "1949-12-31");
  g_assert_cmpstr (cw_person_get_sex (p), ==, "F");

  /* Typed values must agree with the ID number. */
  cw_person_set_text (p, "sex", "男");
  g_assert_false (cw_person_validate (p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  cw_person_set_text (p, "sex", "女");
  cw_person_set_text (p, "birth-date", "1949-12-30");
  g_assert_false (cw_person_validate (p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  cw_person_set_text (p, "birth-date", "1949/12/31");
  g_assert_true (cw_person_validate (p, &error));

  /* Wrong check digit. */
  cw_person_set_text (p, "id-number", "110105194912310021");
  g_assert_false (cw_person_validate (p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  {
    g_autoptr(CwPerson) q = person ("李四", "长子", "");
    cw_person_set_text (q, "birth-date", "2026-02-30");
    g_assert_false (cw_person_validate (q, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_clear_error (&error);
    cw_person_set_text (q, "birth-date", "2001-02-28");
    cw_person_set_text (q, "tags", "残疾人；留守儿童、低保");
    cw_person_set_text (q, "ethnicity", "土家");
    cw_person_set_text (q, "political", "团员");
    g_assert_true (cw_person_validate (q, &error));
    g_assert_cmpstr (cw_person_get_relation (q), ==, "子");
    g_assert_cmpstr (cw_person_get_tags (q), ==, "低保、残疾、留守儿童");
    g_assert_cmpstr (cw_person_get_ethnicity (q), ==, "土家族");
    g_assert_cmpstr (cw_person_get_political (q), ==, "共青团员");

    cw_person_set_text (q, "tags", "低保、富裕");
    g_assert_false (cw_person_validate (q, &error));
    g_clear_error (&error);
    cw_person_set_text (q, "tags", "");
    cw_person_set_text (q, "relation", "朋友");
    g_assert_false (cw_person_validate (q, &error));
    g_clear_error (&error);
    cw_person_set_text (q, "relation", "子");
    cw_person_set_text (q, "name", " ");
    g_assert_false (cw_person_validate (q, &error));
    g_clear_error (&error);

    /* The editor's limits are the import's: a name of 50 characters. */
    {
      g_autofree char *name = g_strnfill (51, 'a');

      cw_person_set_text (q, "name", name);
      g_assert_false (cw_person_validate (q, &error));
      g_assert_nonnull (strstr (error->message, "50"));
      g_clear_error (&error);
      name[50] = '\0';
      cw_person_set_text (q, "name", name);
      g_assert_true (cw_person_validate (q, &error));
    }
  }
}

static void
test_add_household (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = add_household (f, "0001", f->group_one, person ("张三", "户主", "11010519491231002X"));
  g_autoptr(CwPerson) wife = person ("王五", "配偶", "");
  g_autoptr(CwPerson) second_head = person ("赵六", "户主", "");
  g_autoptr(CwPerson) same_id = person ("钱七", "子", "11010519491231002X");
  g_autoptr(CwHousehold) dup = cw_household_new ();
  g_autoptr(CwHousehold) loaded = NULL;
  g_autoptr(GListModel) members = NULL;

  cw_person_set_household_id (wife, cw_household_get_id (h));
  g_assert_true (cw_person_add (f->db, wife, &error));
  g_assert_no_error (error);

  /* One head only. */
  cw_person_set_household_id (second_head, cw_household_get_id (h));
  g_assert_false (cw_person_add (f->db, second_head, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* An ID number appears once in the village, and the message names who has it. */
  cw_person_set_household_id (same_id, cw_household_get_id (h));
  g_assert_false (cw_person_add (f->db, same_id, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "张三"));
  g_clear_error (&error);

  /* 户号 unique. */
  cw_household_set_text (dup, "number", "0001");
  cw_household_set_group_id (dup, f->group_two);
  g_assert_false (cw_household_add (f->db, dup, person ("孙八", "户主", ""), &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  {
    g_autoptr(GListModel) all = cw_household_list (f->db, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  }

  loaded = cw_household_find_by_number (f->db, " 0001 ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_head_name (loaded), ==, "张三");
  g_assert_cmpuint (cw_household_get_member_count (loaded), ==, 2);
  g_assert_cmpstr (cw_household_get_group_name (loaded), ==, "一组");

  members = cw_person_list_for_household (f->db, cw_household_get_id (h), &error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);

  /* The head cannot simply stop being head. */
  {
    g_autoptr(CwPerson) head = g_list_model_get_item (members, 0);
    g_autoptr(CwPerson) edit = cw_person_copy (head);
    cw_person_set_text (edit, "relation", "配偶");
    g_assert_false (cw_person_update (f->db, edit, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
    g_clear_error (&error);
  }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) a = add_household (f, "0101", f->group_one, person ("张三", "户主", "11010519491231002X"));
  g_autoptr(CwHousehold) b = add_household (f, "0102", f->group_two, person ("曾国藩", "户主", ""));
  g_autoptr(GListModel) all = cw_household_list (f->db, &error);
  CwHousehold *first, *second;
  struct { const char *query; gboolean a, b; } cases[] = {
    { "zs", TRUE, FALSE }, { "zhangsan", TRUE, FALSE }, { "ZhangSan", TRUE, FALSE },
    { "张", TRUE, FALSE }, { "0102", FALSE, TRUE }, { "01", TRUE, TRUE },
    { "002x", TRUE, FALSE }, { "zgf", FALSE, TRUE }, { "zengguofan", FALSE, TRUE },
    { "zs 0101", TRUE, FALSE }, { "zs 0102", FALSE, FALSE }, { "", TRUE, TRUE },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  first = g_list_model_get_item (all, 0);
  second = g_list_model_get_item (all, 1);
  g_assert_cmpstr (cw_household_get_number (first), ==, "0101");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = g_strdup_printf ("query “%s”", cases[i].query);
      g_test_message ("%s", message);
      g_assert_cmpint (cw_household_matches (first, cases[i].query), ==, cases[i].a);
      g_assert_cmpint (cw_household_matches (second, cases[i].query), ==, cases[i].b);
    }
  g_object_unref (first);
  g_object_unref (second);
}

/* Phone numbers are searched as they are written: with dashes or spaces
 * (138-1234-5678, 138 1234 5678) as well as bare, and a landline's area
 * code with its dash. */
static void
test_search_phone (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CwHousehold *h;
  CwHousehold *mobile = NULL, *landline = NULL;
  g_autoptr(GListModel) all = NULL;
  struct { const char *query; gboolean mobile, landline; } cases[] = {
    { "13812345678", TRUE, FALSE }, { "138-1234-5678", TRUE, FALSE },
    { "138 1234 5678", TRUE, FALSE }, { "1234-5678", TRUE, FALSE },
    { "0731-8888", FALSE, TRUE }, { "0731-88881234", FALSE, TRUE },
    { "88881234", FALSE, TRUE }, { "138-9999", FALSE, FALSE }, { "0731-1", FALSE, FALSE },
  };

  h = add_household (f, "0501", f->group_one, person ("周一", "户主", ""));
  cw_household_set_text (h, "phone", "138 1234 5678");
  g_assert_true (cw_household_update (f->db, h, &error));
  g_assert_no_error (error);
  g_object_unref (h);
  h = add_household (f, "0502", f->group_one, person ("周二", "户主", ""));
  cw_household_set_text (h, "phone", "0731-88881234");
  g_assert_true (cw_household_update (f->db, h, &error));
  g_assert_no_error (error);
  g_object_unref (h);

  all = cw_household_list (f->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwHousehold) item = g_list_model_get_item (all, i);

      if (g_str_equal (cw_household_get_number (item), "0501"))
        mobile = item;
      else if (g_str_equal (cw_household_get_number (item), "0502"))
        landline = item;
    }
  g_assert_nonnull (mobile);
  g_assert_nonnull (landline);
  g_assert_cmpstr (cw_household_get_phone (mobile), ==, "13812345678");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("query “%s”", cases[i].query);
      g_assert_cmpint (cw_household_matches (mobile, cases[i].query), ==, cases[i].mobile);
      g_assert_cmpint (cw_household_matches (landline, cases[i].query), ==, cases[i].landline);
    }
}

/* A search that finds a household by a member other than its head says
 * which member; one that its 户号, phone or head explains says nobody. */
static void
test_search_member (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = add_household (f, "0301", f->group_one, person ("李大山", "户主", ""));
  g_autoptr(CwPerson) daughter = person ("李小红", "女", "11010519491231002X");
  g_autoptr(CwPerson) grandson = person ("李一帆", "孙子", "");
  g_autoptr(CwHousehold) loaded = NULL;
  struct { const char *query; gboolean matches; const char *member; } cases[] = {
    { "李", TRUE, NULL },                  /* the head explains it */
    { "lds", TRUE, NULL },
    { "0301", TRUE, NULL },
    { "小红", TRUE, "李小红" },
    { "lxh", TRUE, "李小红" },
    { "LiXiaoHong", TRUE, "李小红" },
    { "1231002x", TRUE, "李小红" },
    { "李 红", TRUE, "李小红" },           /* 李 is the head's, 红 is not */
    { "李\u3000一帆", TRUE, "李一帆" },   /* a full-width space, as an input method types it */
    { "一帆 0301", TRUE, "李一帆" },
    { "一帆 王", FALSE, NULL },
    { "王", FALSE, NULL },
  };

  cw_person_set_household_id (daughter, cw_household_get_id (h));
  g_assert_true (cw_person_add (f->db, daughter, &error));
  g_assert_no_error (error);
  cw_person_set_household_id (grandson, cw_household_get_id (h));
  g_assert_true (cw_person_add (f->db, grandson, &error));
  g_assert_no_error (error);
  loaded = cw_household_load (f->db, cw_household_get_id (h), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      const char *relation = NULL;
      gint64 id;

      g_test_message ("query “%s”", cases[i].query);
      g_assert_cmpint (cw_household_matches (loaded, cases[i].query), ==, cases[i].matches);
      id = cw_household_match_member (loaded, cases[i].query, &name, &relation);
      g_assert_cmpstr (name, ==, cases[i].member);
      if (cases[i].member == NULL)
        g_assert_cmpint (id, ==, 0);
      else if (g_str_equal (cases[i].member, "李小红"))
        {
          g_assert_cmpint (id, ==, cw_person_get_id (daughter));
          g_assert_cmpstr (relation, ==, "女");
        }
      else
        {
          g_assert_cmpint (id, ==, cw_person_get_id (grandson));
          g_assert_cmpstr (relation, ==, "孙子");
        }
    }

  /* A copy (what an editor works on) searches the same. */
  {
    g_autoptr(CwHousehold) copy = cw_household_copy (loaded);
    g_autofree char *name = NULL;

    g_assert_cmpint (cw_household_match_member (copy, "小红", &name, NULL), ==, cw_person_get_id (daughter));
    g_assert_cmpstr (name, ==, "李小红");
  }
}

static void
test_status_and_split (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = add_household (f, "0201", f->group_one, person ("刘一", "户主", ""));
  g_autoptr(CwPerson) son = person ("刘二", "子", "");
  g_autoptr(CwPerson) wife = person ("陈三", "配偶", "");
  g_autoptr(CwHousehold) split = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CwPerson) head = NULL;
  gint64 ids[1];

  cw_person_set_household_id (son, cw_household_get_id (h));
  cw_person_set_household_id (wife, cw_household_get_id (h));
  g_assert_true (cw_person_add (f->db, son, &error));
  g_assert_true (cw_person_add (f->db, wife, &error));
  g_assert_no_error (error);

  members = cw_person_list_for_household (f->db, cw_household_get_id (h), &error);
  head = g_list_model_get_item (members, 0);

  /* The head dies: somebody else must become head in the same change. */
  g_assert_false (cw_household_set_person_status (f->db, cw_person_get_id (head), "deceased",
                                                  "2026-03-01", "病故", 0, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_household_set_person_status (f->db, cw_person_get_id (head), "deceased",
                                                  "2026-02-30", "病故", cw_person_get_id (wife), &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_household_set_person_status (f->db, cw_person_get_id (head), "deceased",
                                                 "2026-03-01", "病故", cw_person_get_id (wife), &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwHousehold) reloaded = cw_household_load (f->db, cw_household_get_id (h), &error);
    g_assert_cmpstr (cw_household_get_head_name (reloaded), ==, "陈三");
    g_assert_cmpuint (cw_household_get_member_count (reloaded), ==, 2);
  }

  /* 分户: the son forms his own household. */
  ids[0] = cw_person_get_id (son);
  split = cw_household_split (f->db, cw_household_get_id (h), "0202", ids, 1, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_head_name (split), ==, "刘二");
  g_assert_cmpint (cw_household_get_group_id (split), ==, f->group_one);

  /* The whole household moves out: its members leave with it. */
  g_assert_true (cw_household_set_status (f->db, cw_household_get_id (h), "moved_out", "2026-06-01", "迁往县城", &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwHousehold) gone = cw_household_load (f->db, cw_household_get_id (h), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (cw_household_get_member_count (gone), ==, 0);
  }

  /* Undo brings the household and its members back. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwHousehold) reloaded = cw_household_load (f->db, cw_household_get_id (h), &error);
    g_assert_cmpstr (cw_household_get_status (reloaded), ==, "active");
    g_assert_cmpuint (cw_household_get_member_count (reloaded), ==, 1);
  }
}

/* The Overview's count called @label. */
static gint64
summary_count (Fixture    *f,
               const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwSummary) summary = cw_summary_load (f->db, &error);
  GPtrArray *counts;

  g_assert_no_error (error);
  counts = cw_summary_get_counts (summary);
  for (guint i = 0; i < counts->len; i++)
    {
      CwSummaryCount *count = g_ptr_array_index (counts, i);

      if (g_str_equal (count->label, label))
        return count->value;
    }

  return 0;
}

static guint
care_list_length (Fixture    *f,
                  const char *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;

  /* The Double-Ninth gift when @tag is NULL. */
  query.tag = tag;
  if (tag == NULL)
    {
      query.min_age_male = 60;
      query.min_age_female = 55;
      query.on = "2026-10-29";
    }
  list = cw_person_query_run (f->db, &query, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (list);
}

/* A head who lives alone dies: one step records the death and closes
 * the household (注销, 户主死亡); the counts and care lists leave them out;
 * one Undo takes both back. With anybody else present it is refused. */
static void
test_close_on_death (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) alone = person ("孤老", "户主", "");
  g_autoptr(CwPerson) wife = person ("王妻", "配偶", "");
  g_autoptr(CwHousehold) single = NULL;
  g_autoptr(CwHousehold) couple = NULL;
  g_autoptr(CwHousehold) closed = NULL;
  g_autoptr(CwPerson) dead = NULL;
  g_autoptr(CwPerson) husband = NULL;
  g_autoptr(GListModel) members = NULL;
  gint64 change;

  cw_person_set_text (alone, "birth-date", "1940-05-01");
  cw_person_set_text (alone, "sex", "M");
  cw_person_set_text (alone, "tags", "独居");
  single = add_household (f, "0401", f->group_one, alone);
  couple = add_household (f, "0402", f->group_one, person ("王夫", "户主", ""));
  cw_person_set_household_id (wife, cw_household_get_id (couple));
  g_assert_true (cw_person_add (f->db, wife, &error));
  g_assert_no_error (error);
  members = cw_person_list_for_household (f->db, cw_household_get_id (couple), &error);
  husband = g_list_model_get_item (members, 0);
  g_assert_true (cw_person_is_head (husband));

  g_assert_cmpint (summary_count (f, "Households"), ==, 2);
  g_assert_cmpint (summary_count (f, "Registered persons"), ==, 3);
  g_assert_cmpuint (care_list_length (f, "独居"), ==, 1);
  g_assert_cmpuint (care_list_length (f, NULL), ==, 1);

  /* Not alone: who becomes head is asked, as for any head. Not a head:
   * an ordinary death. A date that does not exist. */
  g_assert_false (cw_household_close_on_death (f->db, cw_person_get_id (husband), "2026-03-01", "病故", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_household_close_on_death (f->db, cw_person_get_id (wife), "2026-03-01", "病故", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_household_close_on_death (f->db, cw_person_get_id (alone), "2026-02-30", "病故", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  change = cw_database_get_last_change (f->db);
  g_assert_true (cw_household_close_on_death (f->db, cw_person_get_id (alone), "2026-03-01", "病故", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_get_last_change (f->db), !=, change);

  dead = cw_person_load (f->db, cw_person_get_id (alone), &error);
  g_assert_cmpstr (cw_person_get_status (dead), ==, CW_PERSON_STATUS_DECEASED);
  g_assert_cmpstr (cw_person_get_status_date (dead), ==, "2026-03-01");
  g_assert_cmpstr (cw_person_get_status_reason (dead), ==, "病故");
  g_assert_cmpstr (cw_person_get_relation (dead), ==, CW_RELATION_HEAD);
  closed = cw_household_load (f->db, cw_household_get_id (single), &error);
  g_assert_cmpstr (cw_household_get_status (closed), ==, CW_HOUSEHOLD_STATUS_CANCELLED);
  g_assert_cmpstr (cw_household_get_status_date (closed), ==, "2026-03-01");
  g_assert_cmpstr (cw_household_get_status_reason (closed), ==, "户主死亡");
  g_assert_cmpuint (cw_household_get_member_count (closed), ==, 0);

  g_assert_cmpint (summary_count (f, "Households"), ==, 1);
  g_assert_cmpint (summary_count (f, "Registered persons"), ==, 2);
  g_assert_cmpuint (care_list_length (f, "独居"), ==, 0);
  g_assert_cmpuint (care_list_length (f, NULL), ==, 0);

  /* One change: one Undo brings back both the person and the household. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_clear_object (&dead);
  g_clear_object (&closed);
  dead = cw_person_load (f->db, cw_person_get_id (alone), &error);
  closed = cw_household_load (f->db, cw_household_get_id (single), &error);
  g_assert_cmpstr (cw_person_get_status (dead), ==, CW_PERSON_STATUS_ACTIVE);
  g_assert_cmpstr (cw_household_get_status (closed), ==, CW_HOUSEHOLD_STATUS_ACTIVE);
  g_assert_cmpstr (cw_household_get_status_reason (closed), ==, "");
  g_assert_cmpint (summary_count (f, "Households"), ==, 2);
  g_assert_cmpuint (care_list_length (f, "独居"), ==, 1);
}

static void
test_care_lists (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) list = NULL;
  /* A man born 1966-10-29 is 60 on 2026-10-29; a woman born 1971-10-30 is
   * 54 that day and 55 the next. */
  g_autoptr(CwHousehold) a = NULL;
  g_autoptr(CwPerson) man = person ("老王", "户主", "");
  g_autoptr(CwPerson) woman = person ("老李", "配偶", "");
  g_autoptr(CwPerson) young = person ("小王", "子", "");

  cw_person_set_text (man, "birth-date", "1966-10-29");
  cw_person_set_text (man, "sex", "M");
  cw_person_set_text (man, "political", "中共党员");
  cw_person_set_text (man, "party-join-date", "1990-07-01");
  a = add_household (f, "0301", f->group_one, man);
  cw_person_set_household_id (woman, cw_household_get_id (a));
  cw_person_set_text (woman, "birth-date", "1971-10-30");
  cw_person_set_text (woman, "sex", "F");
  cw_person_set_text (woman, "tags", "低保");
  g_assert_true (cw_person_add (f->db, woman, &error));
  cw_person_set_household_id (young, cw_household_get_id (a));
  cw_person_set_text (young, "birth-date", "2000-01-01");
  cw_person_set_text (young, "sex", "M");
  g_assert_true (cw_person_add (f->db, young, &error));
  g_assert_no_error (error);

  query.min_age_male = 60;
  query.min_age_female = 55;
  query.on = "2026-10-29";
  list = cw_person_query_run (f->db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  query.on = "2026-10-30";
  list = cw_person_query_run (f->db, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);

  query.on = "2026-10-28";
  list = cw_person_query_run (f->db, &query, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  {
    CwPersonQuery tag = CW_PERSON_QUERY_INIT;
    tag.tag = "低保户";
    list = cw_person_query_run (f->db, &tag, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    g_clear_object (&list);
  }
  {
    CwPersonQuery party = CW_PERSON_QUERY_INIT;
    party.party_members = TRUE;
    list = cw_person_query_run (f->db, &party, &error);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    g_clear_object (&list);
  }
  {
    CwPersonQuery bad = CW_PERSON_QUERY_INIT;
    bad.group_name = "九组";
    g_assert_null (cw_person_query_run (f->db, &bad, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
    g_clear_error (&error);
    bad.group_name = NULL;
    bad.on = "2026-02-30";
    g_assert_null (cw_person_query_run (f->db, &bad, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  }
}

static CwPerson *
add_member (Fixture     *f,
            CwHousehold *household,
            const char  *name,
            const char  *relation,
            const char  *sex)
{
  g_autoptr(GError) error = NULL;
  CwPerson *p = person (name, relation, "");

  cw_person_set_text (p, "sex", sex);
  cw_person_set_household_id (p, cw_household_get_id (household));
  g_assert_true (cw_person_add (f->db, p, &error));
  g_assert_no_error (error);
  return p;
}

static void
assert_household_is (Fixture    *f,
                     gint64      id,
                     const char *address,
                     const char *head_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) loaded = cw_household_load (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cw_household_get_address (loaded), ==, address);
  g_assert_cmpstr (cw_household_get_head_name (loaded), ==, head_name);
}

/* The household editor's save: the household and its head, both or
 * neither, and one Undo for both. */
static void
test_update_with_head (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = add_household (f, "0101", f->group_one, person ("周一", "户主", "11010519491231002X"));
  g_autoptr(CwHousehold) other = add_household (f, "0102", f->group_one, person ("吴二", "户主", ""));
  g_autoptr(GListModel) members = cw_person_list_for_household (f->db, cw_household_get_id (h), &error);
  g_autoptr(CwPerson) head = g_list_model_get_item (members, 0);
  g_autoptr(CwPerson) other_head = NULL;
  g_autoptr(CwHousehold) edited = cw_household_copy (h);
  gint64 id = cw_household_get_id (h);
  gint64 before = cw_database_get_last_change (f->db);
  gboolean head_refused = FALSE;

  g_assert_no_error (error);
  cw_household_set_text (edited, "address", "一组 12 号");
  cw_person_set_text (head, "name", "周大");

  /* The head is refused after the household was written (an ID number
   * that fails its check digit): the new address goes too. */
  cw_person_set_text (head, "id-number", "110105194912310021");
  g_assert_false (cw_household_update_with_head (f->db, edited, head, &head_refused, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (head_refused);
  assert_household_is (f, id, "", "周一");

  /* The register refuses the head (another person's ID number): the same. */
  {
    g_autoptr(GListModel) theirs = cw_person_list_for_household (f->db, cw_household_get_id (other), &error);

    other_head = g_list_model_get_item (theirs, 0);
    cw_person_set_text (other_head, "id-number", "110105194912310046");
    g_assert_true (cw_person_update (f->db, other_head, &error));
    g_assert_no_error (error);
    before = cw_database_get_last_change (f->db);
  }
  cw_person_set_text (head, "id-number", "110105194912310046");
  g_assert_false (cw_household_update_with_head (f->db, edited, head, &head_refused, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (head_refused);
  assert_household_is (f, id, "", "周一");

  /* The household is refused (its number taken meanwhile): the head's
   * edit is not kept, and the head is not blamed. */
  cw_person_set_text (head, "id-number", "11010519491231002X");
  cw_household_set_text (edited, "number", "0102");
  g_assert_false (cw_household_update_with_head (f->db, edited, head, &head_refused, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (head_refused);
  assert_household_is (f, id, "", "周一");
  g_assert_false (cw_database_in_transaction (f->db));
  g_assert_cmpint (cw_database_get_last_change (f->db), ==, before);

  /* Both good: saved as one change, which one Undo takes back whole. */
  cw_household_set_text (edited, "number", "0101");
  g_assert_true (cw_household_update_with_head (f->db, edited, head, &head_refused, &error));
  g_assert_no_error (error);
  g_assert_false (head_refused);
  assert_household_is (f, id, "一组 12 号", "周大");
  g_assert_cmpint (cw_database_get_last_change (f->db), !=, before);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  assert_household_is (f, id, "", "周一");

  /* Without a head, the household alone. */
  g_assert_true (cw_household_update_with_head (f->db, edited, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_household_is (f, id, "一组 12 号", "周一");
}

/* Who heads a household, and what the former head becomes. */
static void
test_kinship (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) first_head = person ("王父", "户主", "");
  g_autoptr(CwHousehold) h = NULL;
  g_autoptr(CwPerson) son = NULL;
  g_autoptr(CwPerson) wife = NULL;
  g_autoptr(CwPerson) grandchild = NULL;
  g_autoptr(CwPerson) mother = NULL;
  g_autoptr(CwPerson) brother = NULL;
  g_autoptr(CwPerson) head = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListStore) gone = g_list_store_new (CW_TYPE_PERSON);
  g_autoptr(CwPerson) left = person ("李走", "户主", "");
  const char * const *choices = cw_kinship_former_head_relations ();
  guint n_choices = 0;

  cw_person_set_text (first_head, "sex", "男");
  h = add_household (f, "0301", f->group_one, g_object_ref (first_head));
  son = add_member (f, h, "王子", "子", "男");
  wife = add_member (f, h, "李妻", "配偶", "女");
  grandchild = add_member (f, h, "王孙", "孙女", "女");
  mother = add_member (f, h, "赵母", "母亲", "女");
  brother = add_member (f, h, "王弟", "弟", "男");

  /* The head is the present 户主. */
  members = cw_person_list_for_household (f->db, cw_household_get_id (h), &error);
  g_assert_no_error (error);
  head = cw_kinship_find_head (members);
  g_assert_nonnull (head);
  g_assert_cmpstr (cw_person_get_name (head), ==, "王父");
  g_assert_true (cw_person_is_head (head));
  g_assert_false (cw_person_is_head (son));
  cw_person_set_text (left, "status", CW_PERSON_STATUS_MOVED_OUT);
  g_assert_false (cw_person_is_head (left));
  g_list_store_append (gone, left);
  g_assert_null (cw_kinship_find_head (G_LIST_MODEL (gone)));

  /* The usual word for the former head, as the new head sees him. */
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (son, head), ==, "父亲");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (wife, head), ==, "配偶");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (grandchild, head), ==, "祖父");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (mother, head), ==, "子");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (brother, head), ==, CW_RELATION_OTHER_KIN);
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (son, wife), ==, "母亲");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (grandchild, wife), ==, "祖母");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (mother, wife), ==, "女");
  g_assert_cmpstr (cw_kinship_suggest_former_head_relation (son, NULL), ==, "父亲");

  /* The former head may take every relation but 户主. */
  for (; choices[n_choices] != NULL; n_choices++)
    g_assert_cmpstr (choices[n_choices], !=, CW_RELATION_HEAD);
  g_assert_cmpuint (n_choices, ==, g_strv_length ((char **) cw_vocabulary_relations) - 1);
  g_assert_true (g_strv_contains (choices, CW_RELATION_OTHER_KIN));

  g_assert_true (cw_kinship_check_former_head_relation ("配偶", &error));
  g_assert_true (cw_kinship_check_former_head_relation ("妻", &error));
  g_assert_no_error (error);
  g_assert_false (cw_kinship_check_former_head_relation ("户主", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "户主"));
  g_clear_error (&error);
  g_assert_false (cw_kinship_check_former_head_relation ("本人", &error));   /* 户主 by another name */
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_kinship_check_former_head_relation ("朋友", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "朋友"));
  g_clear_error (&error);
  g_assert_false (cw_kinship_check_former_head_relation ("", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* A second 户主 is refused when the head changes, and nothing changes. */
  g_assert_false (cw_household_change_head (f->db, cw_household_get_id (h), cw_person_get_id (son), "户主", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  assert_household_is (f, cw_household_get_id (h), "", "王父");

  g_assert_true (cw_household_change_head (f->db, cw_household_get_id (h), cw_person_get_id (son),
                                           cw_kinship_suggest_former_head_relation (son, head), &error));
  g_assert_no_error (error);
  g_clear_object (&members);
  g_clear_object (&head);
  members = cw_person_list_for_household (f->db, cw_household_get_id (h), &error);
  head = cw_kinship_find_head (members);
  g_assert_cmpstr (cw_person_get_name (head), ==, "王子");
  {
    g_autoptr(CwPerson) former = cw_person_load (f->db, cw_person_get_id (first_head), &error);
    g_assert_cmpstr (cw_person_get_relation (former), ==, "父亲");
  }
}

/* The households list's order: by group in the office's order, then 户号;
 * a household added later goes where a fresh list would put it. */
static void
test_register_order (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const expected[] = { "0010", "1000", "0001", "0002", "0200", "0300" };
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) three = cw_village_group_add (f->db, "三组", &error);
  gint64 group_three = cw_village_group_get_id (three);
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_assert_no_error (error);
  /* 三组 first: the office's order is not the order of creation or names. */
  g_assert_true (cw_village_group_move (f->db, group_three, -1, &error));
  g_assert_true (cw_village_group_move (f->db, group_three, -1, &error));
  g_assert_no_error (error);

  g_object_unref (add_household (f, "0300", f->group_two, person ("甲", "户主", "")));
  g_object_unref (add_household (f, "0002", f->group_one, person ("乙", "户主", "")));
  g_object_unref (add_household (f, "1000", group_three, person ("丙", "户主", "")));
  g_object_unref (add_household (f, "0001", f->group_one, person ("丁", "户主", "")));
  g_object_unref (add_household (f, "0200", f->group_two, person ("戊", "户主", "")));
  g_object_unref (add_household (f, "0010", group_three, person ("己", "户主", "")));

  list = cw_household_list (f->db, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (list, i);

      g_assert_cmpstr (cw_household_get_number (household), ==, expected[i]);
      g_assert_cmpint (cw_household_compare (household, household), ==, 0);
      if (i + 1 < n)
        {
          g_autoptr(CwHousehold) next = g_list_model_get_item (list, i + 1);

          g_assert_cmpint (cw_household_compare (household, next), <, 0);
          g_assert_cmpint (cw_household_compare (next, household), >, 0);
        }
    }

  /* Each household, left out of the list and then inserted, lands in the
   * place the list has it in. */
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GListStore) others = g_list_store_new (CW_TYPE_HOUSEHOLD);
      g_autoptr(CwHousehold) household = g_list_model_get_item (list, k);

      for (guint i = 0; i < n; i++)
        if (i != k)
          {
            g_autoptr(CwHousehold) item = g_list_model_get_item (list, i);
            g_list_store_append (others, item);
          }
      g_assert_cmpuint (cw_household_insert_position (G_LIST_MODEL (others), household), ==, k);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/households/validate-person", test_validate_person);
  g_test_add ("/households/add", Fixture, NULL, fixture_set_up, test_add_household, fixture_tear_down);
  g_test_add ("/households/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/households/search-phone", Fixture, NULL, fixture_set_up, test_search_phone, fixture_tear_down);
  g_test_add ("/households/search-member", Fixture, NULL, fixture_set_up, test_search_member, fixture_tear_down);
  g_test_add ("/households/status-and-split", Fixture, NULL, fixture_set_up, test_status_and_split, fixture_tear_down);
  g_test_add ("/households/close-on-death", Fixture, NULL, fixture_set_up, test_close_on_death, fixture_tear_down);
  g_test_add ("/households/care-lists", Fixture, NULL, fixture_set_up, test_care_lists, fixture_tear_down);
  g_test_add ("/households/update-with-head", Fixture, NULL, fixture_set_up, test_update_with_head, fixture_tear_down);
  g_test_add ("/households/kinship", Fixture, NULL, fixture_set_up, test_kinship, fixture_tear_down);
  g_test_add ("/households/register-order", Fixture, NULL, fixture_set_up, test_register_order, fixture_tear_down);

  return g_test_run ();
}
