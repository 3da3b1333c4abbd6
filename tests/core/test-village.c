/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-village"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/village/cw-demo.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

static void
test_village (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwVillage) village = cw_village_new ("  青山村 ", "白沙镇", NULL);
  g_autoptr(CwVillage) loaded = NULL;
  g_autoptr(CwVillage) nameless = cw_village_new ("   ", NULL, NULL);
  g_autoptr(CwVillage) second = cw_village_new ("绿水村", NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (cw_village_load (db, &error));
  g_assert_no_error (error);

  g_assert_false (cw_village_create (db, nameless, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cw_village_create (db, village, &error));
  g_assert_no_error (error);
  loaded = cw_village_load (db, &error);
  g_assert_cmpstr (cw_village_get_name (loaded), ==, "青山村");
  g_assert_cmpstr (cw_village_get_township (loaded), ==, "白沙镇");
  g_assert_cmpstr (cw_village_get_county (loaded), ==, "");

  /* One village per database. */
  g_assert_false (cw_village_create (db, second, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  cw_village_set_county (loaded, "临江县");
  g_assert_true (cw_village_update (db, loaded, &error));
  g_clear_object (&loaded);
  loaded = cw_village_load (db, &error);
  g_assert_cmpstr (cw_village_get_county (loaded), ==, "临江县");

  cw_village_set_name (loaded, "");
  g_assert_false (cw_village_update (db, loaded, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

static char *
group_names (CwDatabase *db,
             gboolean    include_retired)
{
  g_autoptr(GListModel) groups = cw_village_group_list (db, include_retired, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      g_string_append_printf (names, "%s%s", i ? "," : "", cw_village_group_get_name (group));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_groups (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = cw_village_group_add (db, "一组", &error);
  g_autoptr(CwVillageGroup) two = cw_village_group_add (db, "二组", &error);
  g_autoptr(CwVillageGroup) three = cw_village_group_add (db, "三组", &error);
  g_autoptr(CwVillageGroup) found = NULL;
  g_autofree char *names = NULL;

  g_assert_no_error (error);
  names = group_names (db, FALSE);
  g_assert_cmpstr (names, ==, "一组,二组,三组");

  g_assert_null (cw_village_group_add (db, " 二组 ", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_null (cw_village_group_add (db, "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cw_village_group_move (db, cw_village_group_get_id (three), -1, &error));
  g_free (names);
  names = group_names (db, FALSE);
  g_assert_cmpstr (names, ==, "一组,三组,二组");
  /* Moving the first one up is a no-op, not an error. */
  g_assert_true (cw_village_group_move (db, cw_village_group_get_id (one), -1, &error));
  g_assert_no_error (error);

  g_assert_false (cw_village_group_rename (db, cw_village_group_get_id (one), "三组", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (cw_village_group_rename (db, cw_village_group_get_id (one), "第一组", &error));

  g_assert_true (cw_village_group_set_retired (db, cw_village_group_get_id (two), TRUE, &error));
  g_free (names);
  names = group_names (db, FALSE);
  g_assert_cmpstr (names, ==, "第一组,三组");
  g_free (names);
  names = group_names (db, TRUE);
  g_assert_cmpstr (names, ==, "第一组,三组,二组");

  found = cw_village_group_find (db, "三组", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_village_group_get_id (found), ==, cw_village_group_get_id (three));
  g_assert_null (cw_village_group_find (db, "九组", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
}

static void
test_dates (void)
{
  GDate date, birth, on;
  g_autoptr(GError) error = NULL;
  const char *good[] = { "2026-11-23", "2026/11/23", "2026.11.23", "20261123", "2026年11月23日", " 2026-11-23 " };
  const char *bad[] = { "2026-02-30", "2026-13-01", "1900-02-29", "20260230", "2026-11", "23/11/2026", "", "abc" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *text = NULL;
      g_assert_true (cw_date_parse (good[i], &date, &error));
      g_assert_no_error (error);
      text = cw_date_format (&date);
      g_assert_cmpstr (text, ==, "2026-11-23");
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (cw_date_parse (bad[i], &date, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_true (cw_date_parse ("2000-02-29", &date, NULL));

  cw_date_parse ("1966-11-23", &birth, NULL);
  cw_date_parse ("2026-11-22", &on, NULL);
  g_assert_cmpint (cw_date_age_on (&birth, &on), ==, 59);
  cw_date_parse ("2026-11-23", &on, NULL);
  g_assert_cmpint (cw_date_age_on (&birth, &on), ==, 60);

  /* Leap-day birthdays come on 1 March in common years. */
  cw_date_parse ("2000-02-29", &birth, NULL);
  cw_date_parse ("2026-02-28", &on, NULL);
  g_assert_cmpint (cw_date_age_on (&birth, &on), ==, 25);
  cw_date_parse ("2026-03-01", &on, NULL);
  g_assert_cmpint (cw_date_age_on (&birth, &on), ==, 26);
}

static void
test_demo (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(GListModel) groups = NULL;
  CwDemoOptions options = { 0 };

  g_assert_true (cw_demo_fill (db, &options, &error));
  g_assert_no_error (error);
  village = cw_village_load (db, &error);
  g_assert_cmpstr (cw_village_get_name (village), ==, "青山村");
  groups = cw_village_group_list (db, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 8);

  /* Never over a village. */
  g_assert_false (cw_demo_fill (db, &options, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
}

/* Every person of every household of the demo is one who could be: the
 * ID number agrees with birth date and sex, spouses are of marrying age
 * (22 for men, 20 for women) and of the other sex, parents at least 18
 * years older than their children, in-laws and grandchildren where a son
 * or daughter is, party members who joined at 18 or later. */
static int
age_of (CwPerson    *person,
        const GDate *on)
{
  int age = cw_person_get_age_on (person, on);

  g_assert_cmpint (age, >=, 0);
  return age;
}

static void
check_person (CwPerson    *person,
              const GDate *on)
{
  const char *id = cw_person_get_id_number (person);
  const char *joined = cw_person_get_party_join_date (person);

  if (id[0] != '\0')
    {
      GDate birth;
      g_autofree char *text = NULL;

      g_assert_true (cw_id_number_birth_date (id, &birth));
      text = cw_date_format (&birth);
      g_assert_cmpstr (text, ==, cw_person_get_birth_date (person));
      g_assert_cmpint (cw_id_number_sex (id), ==, cw_person_get_sex (person)[0]);
    }

  if (joined[0] != '\0')
    {
      GDate date;

      g_assert_true (cw_date_parse (joined, &date, NULL));
      g_assert_cmpint (g_date_compare (&date, on), <=, 0);
      g_assert_cmpint (cw_person_get_age_on (person, &date), >=, 18);
    }
}

static gboolean
is_male (CwPerson *person)
{
  return g_str_equal (cw_person_get_sex (person), "M");
}

static void
check_family (GListModel  *members,
              const GDate *on)
{
  guint n = g_list_model_get_n_items (members);
  CwPerson *head = NULL, *spouse = NULL;
  int oldest_child = -1;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      CwPerson *person = g_list_model_get_item (members, i);
      const char *relation = cw_person_get_relation (person);

      g_ptr_array_add (people, person);
      check_person (person, on);
      if (g_str_equal (relation, "户主"))
        {
          g_assert_null (head);
          head = person;
        }
      else if (g_str_equal (relation, "配偶"))
        {
          g_assert_null (spouse);
          spouse = person;
        }
      else if (g_str_equal (relation, "子") || g_str_equal (relation, "女"))
        oldest_child = MAX (oldest_child, age_of (person, on));
    }
  g_assert_nonnull (head);

  if (spouse != NULL)
    {
      g_assert_cmpint (is_male (spouse), !=, is_male (head));
      g_assert_cmpint (age_of (head, on), >=, is_male (head) ? 22 : 20);
      g_assert_cmpint (age_of (spouse, on), >=, is_male (spouse) ? 22 : 20);
    }

  for (guint i = 0; i < people->len; i++)
    {
      CwPerson *person = g_ptr_array_index (people, i);
      const char *relation = cw_person_get_relation (person);
      int age = age_of (person, on);

      g_test_message ("%s %s %s %d", cw_person_get_name (person), relation, cw_person_get_sex (person), age);
      if (person == head || person == spouse)
        continue;
      if (g_str_equal (relation, "子") || g_str_equal (relation, "女"))
        {
          g_assert_cmpint (is_male (person), ==, g_str_equal (relation, "子"));
          g_assert_cmpint (age_of (head, on) - age, >=, 18);
          if (spouse != NULL)
            g_assert_cmpint (age_of (spouse, on) - age, >=, 18);
        }
      else if (g_str_equal (relation, "儿媳"))
        {
          g_assert_false (is_male (person));
          g_assert_cmpint (age, >=, 20);
          /* Her husband is a son of marrying age. */
          g_assert_cmpint (oldest_child, >=, 22);
        }
      else if (g_str_equal (relation, "孙子") || g_str_equal (relation, "孙女"))
        {
          g_assert_cmpint (is_male (person), ==, g_str_equal (relation, "孙子"));
          g_assert_cmpint (oldest_child - age, >=, 18);
          for (guint j = 0; j < people->len; j++)
            if (g_str_equal (cw_person_get_relation (g_ptr_array_index (people, j)), "儿媳"))
              g_assert_cmpint (age_of (g_ptr_array_index (people, j), on) - age, >=, 18);
        }
      else if (g_str_equal (relation, "父亲") || g_str_equal (relation, "母亲"))
        {
          g_assert_cmpint (is_male (person), ==, g_str_equal (relation, "父亲"));
          g_assert_cmpint (age - age_of (head, on), >=, 18);
        }
      else
        g_error ("The demo makes no %s", relation);
    }
}

static void
test_demo_families (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) households = NULL;
  CwDemoOptions options = { .households = 450 };
  GDate on;

  g_assert_true (cw_demo_fill (db, &options, &error));
  g_assert_no_error (error);

  /* The demo's day. */
  g_assert_true (cw_date_parse ("2026-11-01", &on, NULL));
  households = cw_household_list (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (households), ==, 450);
  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);
      g_autoptr(GListModel) members = cw_person_list_for_household (db, cw_household_get_id (household), &error);

      g_assert_no_error (error);
      g_test_message ("Household %s", cw_household_get_number (household));
      check_family (members, &on);
    }
}

typedef struct
{
  guint         calls;
  guint         done;
  guint         total;
  GCancellable *cancel_at_first;
} Progress;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >=, progress->done);
  g_assert_cmpuint (done, <=, total);
  progress->calls++;
  progress->done = done;
  progress->total = total;
  if (progress->cancel_at_first != NULL)
    g_cancellable_cancel (progress->cancel_at_first);
}

/* The demo tells how far it has come, and a cancel leaves nothing. */
static void
test_demo_progress (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  CwDemoOptions options = { .households = 60, .progress = progress_cb, .progress_data = &progress,
                            .cancellable = cancellable };

  progress.cancel_at_first = cancellable;
  g_assert_false (cw_demo_fill (db, &options, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpuint (progress.calls, ==, 1);
  g_assert_false (cw_village_exists (db));
  g_clear_error (&error);

  g_cancellable_reset (cancellable);
  progress = (Progress) { 0 };
  g_assert_true (cw_demo_fill (db, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, >=, 60);
  g_assert_cmpuint (progress.total, >, 0);
  g_assert_cmpuint (progress.done, ==, progress.total);
  g_assert_true (cw_village_exists (db));
}

static void
on_changed (CwDatabase *db,
            const char *table,
            GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
test_changed_signal (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;

  g_signal_connect (db, "changed", G_CALLBACK (on_changed), seen);

  /* Inside a transaction nothing is announced until the commit. */
  g_assert_true (cw_database_begin (db, &error));
  group = cw_village_group_add (db, "一组", &error);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (cw_database_commit (db, &error));
  cw_database_emit_changed (db, "village_group");
  g_assert_cmpuint (seen->len, ==, 1);

  g_clear_object (&group);
  group = cw_village_group_add (db, "二组", &error);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "village_group");
}

/* The village's settings, typed, in its database. */
static void
test_settings (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwDatabase) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  g_autofree char *name = NULL;

  /* Nothing set yet. */
  g_assert_null (cw_settings_get_operator (db));
  g_assert_false (cw_settings_get_mask_names (db));
  place = cw_settings_get_objection_place (db);
  g_assert_cmpstr (place, ==, "");
  g_clear_pointer (&place, g_free);

  g_assert_true (cw_settings_set_objection_place (db, "  村务监督委员会 ", &error));
  g_assert_no_error (error);
  place = cw_settings_get_objection_place (db);
  g_assert_cmpstr (place, ==, "村务监督委员会");

  g_assert_true (cw_settings_set_mask_names (db, TRUE, &error));
  g_assert_true (cw_settings_get_mask_names (db));
  g_assert_true (cw_settings_set_mask_names (db, FALSE, &error));
  g_assert_false (cw_settings_get_mask_names (db));
  /* What a person editing the file by hand might write. */
  g_assert_true (cw_database_set_setting (db, CW_SETTING_MASK_NAMES, " Yes ", &error));
  g_assert_true (cw_settings_get_mask_names (db));
  g_assert_true (cw_database_set_setting (db, CW_SETTING_MASK_NAMES, "1", &error));
  g_assert_true (cw_settings_get_mask_names (db));
  g_assert_true (cw_database_set_setting (db, CW_SETTING_MASK_NAMES, "no", &error));
  g_assert_false (cw_settings_get_mask_names (db));
  g_assert_no_error (error);

  /* The operator: this connection's at once, recorded under the new name,
   * and every later start's. */
  g_assert_true (cw_settings_set_operator (db, " 李会计 ", &error));
  g_assert_no_error (error);
  name = cw_settings_get_operator (db);
  g_assert_cmpstr (name, ==, "李会计");
  g_assert_cmpstr (cw_database_get_operator (db), ==, "李会计");
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log WHERE table_name = 'setting' "
                                              "AND operator = '李会计'", 0), ==, 1);
  again = cw_database_open (cw_database_get_path (db), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_database_get_operator (again), ==, "李会计");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/village/village", test_village);
  g_test_add_func ("/village/groups", test_groups);
  g_test_add_func ("/village/dates", test_dates);
  g_test_add_func ("/village/demo", test_demo);
  g_test_add_func ("/village/demo/families", test_demo_families);
  g_test_add_func ("/village/demo/progress", test_demo_progress);
  g_test_add_func ("/village/changed-signal", test_changed_signal);
  g_test_add_func ("/village/settings", test_settings);

  return g_test_run ();
}
