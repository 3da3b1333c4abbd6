/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-household-number"

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-number.h"
#include "core/village/cw-village-group.h"

/* Households saved in a database, so that they have ids, listed as the
 * editors list them. */
typedef struct
{
  char       *dir;
  CwDatabase *db;
  gint64      group_one;
  gint64      group_two;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwVillageGroup) two = NULL;

  f->dir = g_dir_make_tmp ("cunwu-number-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "number.db", NULL);
  f->db = cw_database_open (path, &error);
  g_assert_no_error (error);
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
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->db);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
}

static void
add (Fixture    *f,
     const char *number,
     gint64      group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autofree char *name = g_strdup_printf ("户主%s", number);

  cw_household_set_text (household, "number", number);
  cw_household_set_group_id (household, group);
  cw_person_set_text (head, "name", name);
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (f->db, household, head, &error));
  g_assert_no_error (error);
}

static GListModel *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *households = cw_household_list (f->db, &error);

  g_assert_no_error (error);
  return households;
}

static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GListModel) households = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *next = NULL;
  g_autofree char *other = NULL;
  g_autofree char *hole = NULL;

  /* A group without households starts at its position × 10000 + 1. */
  households = list (f);
  empty = cw_household_number_suggest (households, f->group_two, 2);
  g_assert_cmpstr (empty, ==, "020001");
  g_clear_object (&households);

  /* The highest number of the group plus one, as wide as it was: gaps
   * below it are not filled. */
  add (f, "010001", f->group_one);
  add (f, "010030", f->group_one);
  add (f, "010007", f->group_one);
  add (f, "A-0099", f->group_two);
  households = list (f);
  next = cw_household_number_suggest (households, f->group_one, 1);
  g_assert_cmpstr (next, ==, "010031");
  other = cw_household_number_suggest (households, f->group_two, 2);
  g_assert_cmpstr (other, ==, "A-0100");
  g_clear_object (&households);

  /* A number already given in another group is skipped. */
  add (f, "010031", f->group_two);
  households = list (f);
  hole = cw_household_number_suggest (households, f->group_one, 1);
  g_assert_cmpstr (hole, ==, "010032");
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) households = NULL;
  CwHousehold *found;

  add (f, "010001", f->group_one);
  add (f, "010002", f->group_one);
  households = list (f);

  found = cw_household_number_find (households, " 010002 ", 0);
  g_assert_nonnull (found);
  g_assert_cmpstr (cw_household_get_number (found), ==, "010002");

  /* The household being edited does not clash with itself. */
  g_assert_null (cw_household_number_find (households, "010002", cw_household_get_id (found)));
  g_assert_null (cw_household_number_find (households, "010003", 0));
  g_assert_null (cw_household_number_find (households, "  ", 0));
  g_assert_null (cw_household_number_find (households, NULL, 0));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/household-number/suggest", Fixture, NULL, fixture_set_up, test_suggest, fixture_tear_down);
  g_test_add ("/household-number/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);

  return g_test_run ();
}
