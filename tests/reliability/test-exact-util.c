/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact"

#include "config.h"

#include <string.h>

#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/village/cw-village-group.h"
#include "reliability-util.h"
#include "test-exact-util.h"

void
exact_init (int    *argc,
            char ***argv)
{
  rel_init_locale ();
  g_test_init (argc, argv, NULL);
}

const char *
exact_lang (void)
{
  return rel_is_chinese () ? "zh_CN.UTF-8" : "C.UTF-8";
}

void
exact_village_set_up (ExactVillage *v)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;

  v->dir = cw_test_dir_new ();
  v->db = cw_test_database_new (v->dir, FALSE);
  v->path = g_strdup (cw_database_get_path (v->db));
  group = cw_village_group_add (v->db, "一组", &error);
  g_assert_no_error (error);
  v->group = cw_village_group_get_id (group);
  v->a = exact_household (v, "0001", "张三");
  v->b = exact_household (v, "0002", "李四");
}

void
exact_village_tear_down (ExactVillage *v)
{
  g_clear_object (&v->db);
  g_clear_pointer (&v->dir, cw_test_dir_free);
  g_clear_pointer (&v->path, g_free);
}

gint64
exact_household (ExactVillage *v,
                 const char   *number,
                 const char   *head_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (household, "number", number);
  cw_household_set_group_id (household, v->group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (v->db, household, head, &error));
  g_assert_no_error (error);
  return cw_household_get_id (household);
}

void
exact_rule (ExactVillage *v,
            const char   *code,
            int           points)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointRule) rule = g_object_new (CW_TYPE_POINT_RULE, "code", code, "scheme", "household",
                                              "category", "人居环境", "description", code,
                                              "points", points, NULL);

  g_assert_true (cw_point_rule_add (v->db, rule, &error));
  g_assert_no_error (error);
}

gint64
exact_enter_reviewed (ExactVillage *v,
                      gint64        household,
                      const char   *code,
                      const char   *date,
                      int           quantity)
{
  g_autoptr(GError) error = NULL;
  gint64 id = cw_point_entry_add (v->db, "household", household, code, date, quantity, "", "", &error);

  g_assert_no_error (error);
  g_assert_true (cw_point_entry_review (v->db, &id, 1, &error));
  g_assert_no_error (error);
  return id;
}

void
exact_publish (ExactVillage *v,
               const char   *quarter,
               const char   *from,
               const char   *to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_point_quarter_publish (v->db, quarter, from, to, &error));
  g_assert_no_error (error);
}

void
exact_assert_field (const GError *error,
                    int           code,
                    const char   *english,
                    const char   *chinese)
{
  const char *field = rel_is_chinese () ? chinese : english;
  const char *rest;

  g_assert_error (error, CW_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, field));
  rest = error->message + strlen (field);
  g_assert_true (g_str_has_prefix (rest, ":") || g_str_has_prefix (rest, "："));
}
