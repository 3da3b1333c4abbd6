/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-village"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/village/cw-demo.h"
#include "core/common/cw-error.h"
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
  g_test_add_func ("/village/changed-signal", test_changed_signal);
  g_test_add_func ("/village/settings", test_settings);

  return g_test_run ();
}
