/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-village-roles"

#include "config.h"

#include <locale.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"
#include "cw-test-core.h"

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      persons[8];   /* 甲 乙 丙 丁 戊 己 庚 辛, one household each */
} Fixture;

static const char *const names[] = { "甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七", "辛八" };

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  group = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CwPerson) head = cw_person_new ();
      g_autoptr(CwHousehold) household = cw_household_new ();
      g_autofree char *number = g_strdup_printf ("00%u", i + 1);

      cw_person_set_text (head, "name", names[i]);
      cw_person_set_text (head, "relation", "户主");
      cw_person_set_text (head, "birth-date", "1970-05-0" "1");
      cw_household_set_text (household, "number", number);
      cw_household_set_group_id (household, cw_village_group_get_id (group));
      g_assert_true (cw_household_add (f->db, household, head, &error));
      g_assert_no_error (error);
      f->persons[i] = cw_person_get_id (head);
      g_assert_cmpint (f->persons[i], >, 0);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static gint64
hold (Fixture    *f,
      CwRoleKind  kind,
      guint       who,
      const char *from,
      const char *to,
      GError    **error)
{
  g_autoptr(CwVillageRole) role = cw_village_role_new (kind, f->persons[who], NULL, from, to);

  return cw_village_role_add (f->db, role, error);
}

static void
test_kinds (void)
{
  CwRoleKind kind = CW_N_ROLES;

  for (guint i = 0; i < CW_N_ROLES; i++)
    {
      g_assert_true (cw_role_kind_parse (cw_role_kind_code (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_true (cw_role_kind_parse (cw_role_kind_name (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_true (cw_role_kind_parse (" 监委会委员 ", &kind));
  g_assert_cmpint (kind, ==, CW_ROLE_SUPERVISION_MEMBER);
  g_assert_true (cw_role_kind_parse ("村务监督委员会主任", &kind));
  g_assert_cmpint (kind, ==, CW_ROLE_SUPERVISION_CHAIR);
  g_assert_true (cw_role_kind_parse ("Party branch secretary", &kind));
  g_assert_cmpint (kind, ==, CW_ROLE_PARTY_SECRETARY);
  g_assert_false (cw_role_kind_parse ("会计", &kind));
  g_assert_true (cw_role_kind_is_supervision (CW_ROLE_SUPERVISION_CHAIR));
  g_assert_false (cw_role_kind_is_supervision (CW_ROLE_DIRECTOR));
}

static void
test_dates_and_holders (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) on_day = NULL;
  g_autoptr(CwVillageRole) loaded = NULL;
  gint64 id;

  /* Dates as typed are stored as YYYY-MM-DD; the end is the last day. */
  id = hold (f, CW_ROLE_REPRESENTATIVE, 0, "2021/4/1", "2023年6月30日", &error);
  g_assert_no_error (error);
  loaded = cw_village_role_load (f->db, id, &error);
  g_assert_cmpstr (cw_village_role_get_from (loaded), ==, "2021-04-01");
  g_assert_cmpstr (cw_village_role_get_to (loaded), ==, "2023-06-30");
  g_assert_cmpstr (cw_village_role_get_name (loaded), ==, "甲一");
  g_assert_cmpstr (cw_village_role_get_household_number (loaded), ==, "001");
  hold (f, CW_ROLE_REPRESENTATIVE, 1, "2021-04-01", NULL, &error);
  g_assert_no_error (error);
  hold (f, CW_ROLE_REPRESENTATIVE, 2, "2023-07-01", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_REPRESENTATIVE, "2021-03-31"), ==, 0);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_REPRESENTATIVE, "2021-04-01"), ==, 2);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_REPRESENTATIVE, "2023-06-30"), ==, 2);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_REPRESENTATIVE, "2023-07-01"), ==, 2);
  on_day = cw_village_role_list (f->db, "2023-07-01", &error);
  g_assert_cmpuint (g_list_model_get_n_items (on_day), ==, 2);

  /* The end before the start; a date that does not exist. */
  g_assert_cmpint (hold (f, CW_ROLE_MEDIATOR, 3, "2024-01-02", "2024-01-01", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hold (f, CW_ROLE_MEDIATOR, 3, "2024-02-30", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* Ending a term. */
  g_assert_true (cw_village_role_end (f->db, id + 1, "2024-12-31", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_REPRESENTATIVE, "2025-01-01"), ==, 1);
  g_assert_false (cw_village_role_end (f->db, id + 1, "2020-01-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageRole) outsider = NULL;
  g_autofree char *problem = NULL;

  /* One secretary at a time; the next may start the day after. */
  hold (f, CW_ROLE_PARTY_SECRETARY, 0, "2021-04-01", "2023-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hold (f, CW_ROLE_PARTY_SECRETARY, 1, "2023-12-31", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  hold (f, CW_ROLE_PARTY_SECRETARY, 1, "2024-01-01", NULL, &error);
  g_assert_no_error (error);
  /* The secretary may also be the director (一肩挑). */
  hold (f, CW_ROLE_DIRECTOR, 1, "2024-01-01", NULL, &error);
  g_assert_no_error (error);
  /* Many representatives, but nobody twice at once. */
  hold (f, CW_ROLE_REPRESENTATIVE, 2, "2021-04-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hold (f, CW_ROLE_REPRESENTATIVE, 2, "2022-01-01", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* The director cannot sit on the supervisory committee, in either order. */
  g_assert_cmpint (hold (f, CW_ROLE_SUPERVISION_MEMBER, 1, "2025-01-01", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  hold (f, CW_ROLE_SUPERVISION_CHAIR, 3, "2021-04-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hold (f, CW_ROLE_COMMITTEE_MEMBER, 3, "2022-01-01", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* The chair cannot be a member too. */
  g_assert_cmpint (hold (f, CW_ROLE_SUPERVISION_MEMBER, 3, "2022-01-01", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  problem = cw_village_role_supervision_problem (f->db, "2022-01-01");
  g_assert_nonnull (problem);
  g_clear_pointer (&problem, g_free);

  /* Three to five: four members beside the chair make five ... */
  for (guint i = 4; i < 8; i++)
    {
      hold (f, CW_ROLE_SUPERVISION_MEMBER, i, "2021-04-01", i == 7 ? "2022-12-31" : NULL, &error);
      g_assert_no_error (error);
    }
  problem = cw_village_role_supervision_problem (f->db, "2022-01-01");
  g_assert_null (problem);
  /* ... a sixth is refused while all five sit, taken after one leaves. */
  outsider = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, " 外 来 ", "2022-06-01", NULL);
  g_assert_cmpint (cw_village_role_add (f->db, outsider, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  cw_village_role_set_from (outsider, "2023-01-01");
  g_assert_cmpint (cw_village_role_add (f->db, outsider, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (cw_village_role_is_outsider (outsider));
  g_assert_cmpstr (cw_village_role_get_name (outsider), ==, "外 来");
  /* Moving the member who left back to 2022-06 would make six. */
  cw_village_role_set_from (outsider, "2022-06-01");
  g_assert_false (cw_village_role_update (f->db, outsider, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
}

static void
test_supervisor_by_name (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageRole) found = NULL;

  hold (f, CW_ROLE_SUPERVISION_CHAIR, 4, "2021-04-01", NULL, &error);
  hold (f, CW_ROLE_SUPERVISION_MEMBER, 5, "2021-04-01", "2023-06-30", &error);
  g_assert_no_error (error);

  found = cw_village_role_find_supervisor (f->db, "己六", "2023-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_village_role_get_person_id (found), ==, f->persons[5]);
  g_clear_object (&found);
  /* Not on the day after the term, and the message names who was. */
  found = cw_village_role_find_supervisor (f->db, "己六", "2023-07-01", &error);
  g_assert_null (found);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "戊五"));
  g_clear_error (&error);
  found = cw_village_role_find_supervisor (f->db, "甲一", "2022-01-01", &error);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
}

static void
test_resolve_person (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, f->persons[2]);

  g_assert_cmpint (cw_village_role_resolve_person (f->db, "丙三", "2024-01-01", &error), ==, f->persons[2]);
  g_assert_cmpint (cw_village_role_resolve_person (f->db, row, "2024-01-01", &error), ==, f->persons[2]);
  g_assert_no_error (error);
  g_assert_cmpint (cw_village_role_resolve_person (f->db, "无名", "2024-01-01", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
}

static void
test_left_register (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(CwPerson) person = cw_person_load (f->db, f->persons[6], &error);

  g_assert_no_error (error);
  g_assert_true (cw_household_set_status (f->db, cw_person_get_household_id (person), "moved_out",
                                          "2024-03-01", "迁往县城", &error));
  g_assert_no_error (error);
  hold (f, CW_ROLE_MEDIATOR, 6, "2024-02-29", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hold (f, CW_ROLE_REPRESENTATIVE, 6, "2024-03-01", NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hold (f, CW_ROLE_MEDIATION_CHAIR, 0, "2021-04-01", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_MEDIATION_CHAIR, "2022-01-01"), ==, 1);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_village_role_count (f->db, CW_ROLE_MEDIATION_CHAIR, "2022-01-01"), ==, 0);
}

static void
test_demo_roles (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);

  g_assert_cmpuint (cw_village_role_count (db, CW_ROLE_PARTY_SECRETARY, "2026-11-01"), ==, 1);
  g_assert_cmpuint (cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, "2026-11-01"), >=, 20);
  g_assert_null (cw_village_role_supervision_problem (db, "2026-11-01"));
  /* A member left in 2023 and another came. */
  g_assert_null (cw_village_role_supervision_problem (db, "2022-01-01"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roles/kinds", test_kinds);
  ADD ("/roles/dates-and-holders", test_dates_and_holders);
  ADD ("/roles/rules", test_rules);
  ADD ("/roles/supervisor-by-name", test_supervisor_by_name);
  ADD ("/roles/resolve-person", test_resolve_person);
  ADD ("/roles/left-register", test_left_register);
  ADD ("/roles/undo", test_undo);
  g_test_add_func ("/roles/demo", test_demo_roles);

  return g_test_run ();
}
