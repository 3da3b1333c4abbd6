/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-point-objections"

#include "config.h"

#include "core/common/cw-database.h"
#include "core/village/cw-demo.h"
#include "core/common/cw-error.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/points/cw-point-objection.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"

#include "cw-test-core.h"

/* The demo village: 2026Q3 is published, publicity 2026-10-08..2026-10-14. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CwDemoOptions options = { 40, 0 };

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  g_assert_true (cw_demo_fill (f->db, &options, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static gint64
first_subject (Fixture    *f,
               const char *scheme,
               char      **name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = cw_point_tally_quarter (f->db, scheme, "2026Q3", &error);
  g_autoptr(CwPointTallyRow) row = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  row = g_list_model_get_item (rows, 0);
  *name = g_strdup (cw_point_tally_row_get_name (row));
  return cw_point_tally_row_get_subject_id (row);
}

static void
test_list_and_decide (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CwPointObjection) first = NULL;
  g_autoptr(CwPointObjection) second = NULL;
  g_autofree char *household_name = NULL;
  g_autofree char *member_name = NULL;
  gint64 household = first_subject (f, CW_SCHEME_HOUSEHOLD, &household_name);
  gint64 member = first_subject (f, CW_SCHEME_PARTY, &member_name);
  gint64 a, b;

  list = cw_point_objection_list (f->db, "2026Q3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  a = cw_point_quarter_add_objection (f->db, "2026Q3", CW_SCHEME_HOUSEHOLD, household,
                                      "2026-10-09", "王大妈", "清扫积分漏记", &error);
  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);
  b = cw_point_quarter_add_objection (f->db, "2026Q3", CW_SCHEME_PARTY, member,
                                      "2026-10-10", member_name, "志愿服务未计", &error);
  g_assert_no_error (error);

  /* Outside the publicity period: refused. */
  g_assert_cmpint (cw_point_quarter_add_objection (f->db, "2026Q3", CW_SCHEME_HOUSEHOLD, household,
                                                   "2026-10-20", "王大妈", "太晚", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  list = cw_point_objection_list (f->db, "2026Q3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (cw_point_objection_get_id (first), ==, a);
  g_assert_cmpstr (cw_point_objection_get_quarter (first), ==, "2026Q3");
  g_assert_cmpstr (cw_point_objection_get_scheme (first), ==, "household");
  g_assert_cmpint (cw_point_objection_get_subject_id (first), ==, household);
  g_assert_cmpstr (cw_point_objection_get_subject_name (first), ==, household_name);
  g_assert_cmpstr (cw_point_objection_get_household_number (first), !=, "");
  g_assert_cmpstr (cw_point_objection_get_raised_on (first), ==, "2026-10-09");
  g_assert_cmpstr (cw_point_objection_get_raised_by (first), ==, "王大妈");
  g_assert_cmpstr (cw_point_objection_get_content (first), ==, "清扫积分漏记");
  g_assert_cmpstr (cw_point_objection_get_outcome (first), ==, "open");
  g_assert_cmpstr (cw_point_objection_get_decided_on (first), ==, "");
  g_assert_true (cw_point_objection_is_open (first));
  second = g_list_model_get_item (list, 1);
  g_assert_cmpstr (cw_point_objection_get_scheme (second), ==, "party");
  g_assert_cmpstr (cw_point_objection_get_subject_name (second), ==, member_name);
  g_assert_cmpstr (cw_point_objection_get_household_number (second), !=, "");
  g_clear_object (&list);
  g_clear_object (&first);
  g_clear_object (&second);

  /* Decided later, long after the publicity period. */
  g_assert_true (cw_point_quarter_decide_objection (f->db, a, "upheld", "补记一次", "2026-11-02", &error));
  g_assert_no_error (error);
  g_assert_false (cw_point_quarter_decide_objection (f->db, a, "dismissed", "", "2026-11-03", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* Open ones first. */
  list = cw_point_objection_list (f->db, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);
  g_assert_cmpint (cw_point_objection_get_id (first), ==, b);
  g_assert_cmpint (cw_point_objection_get_id (second), ==, a);
  g_assert_cmpstr (cw_point_objection_get_outcome (second), ==, "upheld");
  g_assert_cmpstr (cw_point_objection_get_outcome_note (second), ==, "补记一次");
  g_assert_cmpstr (cw_point_objection_get_decided_on (second), ==, "2026-11-02");
  g_assert_false (cw_point_objection_is_open (second));
  g_clear_object (&list);

  list = cw_point_objection_list (f->db, "2026Q2", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
}

static void
test_person_matches (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CwPerson) member = NULL;
  g_autofree char *upper = NULL;

  query.party_members = TRUE;
  members = cw_person_query_run (f->db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), >, 0);
  member = g_list_model_get_item (members, 0);

  g_assert_true (cw_person_matches (member, NULL));
  g_assert_true (cw_person_matches (member, ""));
  g_assert_true (cw_person_matches (member, cw_person_get_name (member)));
  g_assert_true (cw_person_matches (member, cw_person_get_household_number (member)));
  if (cw_person_get_id_number (member)[0] != '\0')
    {
      upper = g_ascii_strup (cw_person_get_id_number (member), -1);
      g_assert_true (cw_person_matches (member, upper));
    }
  g_assert_false (cw_person_matches (member, "zzzzqqq"));

  {
    g_autoptr(CwPerson) p = cw_person_new ();
    cw_person_set_text (p, "name", "张三");
    cw_person_set_text (p, "id-number", "43042119800101123X");
    g_assert_true (cw_person_matches (p, "zs"));
    g_assert_true (cw_person_matches (p, "zhangsan"));
    g_assert_true (cw_person_matches (p, "ZS"));
    g_assert_true (cw_person_matches (p, "zs 123x"));
    g_assert_false (cw_person_matches (p, "zs 9999"));
    g_assert_false (cw_person_matches (p, "ls"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/point-objections/list-and-decide", Fixture, NULL,
              fixture_set_up, test_list_and_decide, fixture_tear_down);
  g_test_add ("/point-objections/person-matches", Fixture, NULL,
              fixture_set_up, test_person_matches, fixture_tear_down);

  return g_test_run ();
}
