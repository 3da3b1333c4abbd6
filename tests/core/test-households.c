/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-households"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
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
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM household", 0), ==, 1);

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
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM person WHERE status IN ('active', 'migrant') AND household_id = 1", -1), ==, 0);

  /* Undo brings the household and its members back. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwHousehold) reloaded = cw_household_load (f->db, cw_household_get_id (h), &error);
    g_assert_cmpstr (cw_household_get_status (reloaded), ==, "active");
    g_assert_cmpuint (cw_household_get_member_count (reloaded), ==, 1);
  }
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/households/validate-person", test_validate_person);
  g_test_add ("/households/add", Fixture, NULL, fixture_set_up, test_add_household, fixture_tear_down);
  g_test_add ("/households/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/households/status-and-split", Fixture, NULL, fixture_set_up, test_status_and_split, fixture_tear_down);
  g_test_add ("/households/care-lists", Fixture, NULL, fixture_set_up, test_care_lists, fixture_tear_down);

  return g_test_run ();
}
