/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exact"

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "core/households/cw-household.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/village/cw-village-group.h"
#include "test-exact-util.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

void
exact_village_set_up (ExactVillage *v)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;

  v->dir = g_dir_make_tmp ("cunwu-exact-XXXXXX", &error);
  g_assert_no_error (error);
  v->path = g_build_filename (v->dir, "village.db", NULL);
  v->db = cw_database_open (v->path, &error);
  g_assert_no_error (error);
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
  remove_tree (v->dir);
  g_clear_pointer (&v->dir, g_free);
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
exact_run_clear (ExactRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
exact_run_cli (ExactRun   *run,
               const char *db_path,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANG", "C.UTF-8", TRUE);
  const char *arg;
  va_list args;
  int wait_status;

  exact_run_clear (run);
  g_ptr_array_add (argv, (char *) g_getenv ("CUNWU_BINARY"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db_path);
  va_start (args, db_path);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  env = g_environ_setenv (env, "LANGUAGE", "", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}
