/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-contention"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health.h"
#include "core/village/cw-settings.h"

#include "reliability-util.h"

/* Another program holds the record: every connection waits the same way,
 * every command waits and then works, the window's connection gives up
 * quickly with "busy, try again" instead of freezing, and a busy file is
 * never called "not a Cunwu database". */

#define HOLD_MS 1500

static char *
first_household (const char *path)
{
  g_auto(RelResult) r = { 0 };

  /* The demo numbers households 010001, 010002 … */
  rel_run (&r, "C.UTF-8", "--db", path, "points", "balance", "--household", "010001", NULL);
  g_assert_cmpint (r.status, ==, 0);
  return g_strdup ("010001");
}

/* Each command, while another program holds the write lock for a while,
 * waits for it and then does its work. */
static void
test_commands_wait (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *number = NULL;
  const char *commands[][10] = {
    { "shop", "redeem", "--household", NULL, "--goods", "牙膏", "--qty", "1", NULL },
    { "shop", "goods", "--name", "肥皂", "--points", "5", "--stock-in", "10", NULL },
    { "points", "review", "--quarter", NULL, NULL },
    { "import", "households", NULL, NULL },
  };
  g_autofree char *csv = g_build_filename (dir, "new.csv", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *quarter = g_strdup_printf ("%dQ%d", g_date_time_get_year (now),
                                              (g_date_time_get_month (now) - 1) / 3 + 1);

  number = first_household (path);
  commands[0][3] = number;
  commands[2][3] = quarter;
  commands[3][2] = csv;
  g_assert_true (g_file_set_contents (csv, "户号,村民小组,姓名,与户主关系\n990001,第一村民小组,新户主,户主\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(RelResult) r = { 0 };
      RelLock *lock = rel_lock_hold (path, HOLD_MS, FALSE);
      const char **c = commands[i];

      rel_run (&r, "C.UTF-8", "--db", path, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], NULL);
      rel_lock_release (lock);
      g_test_message ("%s %s: exit %d after %" G_GINT64_FORMAT " ms: %s", c[0], c[1], r.status, r.elapsed_ms, r.err);
      g_assert_cmpint (r.status, ==, 0);
      /* It waited for the other program rather than failing at once. */
      g_assert_cmpint (r.elapsed_ms, >=, HOLD_MS / 2);
    }
}

/* A file held whole for a moment (as a closing connection holds it for its
 * checkpoint) is busy, not foreign: opening waits and succeeds. */
static void
test_open_waits (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;

  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwDatabase) db = NULL;
      g_autoptr(CwHealth) health = NULL;
      RelLock *lock = rel_lock_hold (path, 400, TRUE);

      db = cw_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (db);
      g_clear_object (&db);
      rel_lock_release (lock);

      lock = rel_lock_hold (path, 400, TRUE);
      health = cw_health_check_file (path, &error);
      rel_lock_release (lock);
      g_assert_no_error (error);
      g_assert_true (cw_health_is_healthy (health));
    }
}

/* The window's connection: a short wait, then "busy" in the clerk's words,
 * nothing written, and the same change goes through once the file is free. */
static void
test_window_gives_up_quickly (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autofree char *place = NULL;
  RelLock *lock;
  gint64 start, elapsed_ms;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_database_get_wait (db), ==, CW_DATABASE_WAIT_COMMAND);
  cw_database_set_wait (db, CW_DATABASE_WAIT_WINDOW);

  lock = rel_lock_hold (path, 3000, FALSE);
  start = g_get_monotonic_time ();
  g_assert_false (cw_settings_set_objection_place (db, "村委会一楼", &error));
  elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  g_assert_error (error, CW_ERROR, CW_ERROR_BUSY);
  g_assert_cmpint (elapsed_ms, <, 1500);
  g_assert_null (strstr (error->message, "locked"));
  g_assert_nonnull (strstr (error->message, rel_is_chinese () ? "稍后再试" : "try again"));
  g_assert_false (cw_database_in_transaction (db));
  rel_lock_release (lock);
  g_clear_error (&error);

  g_assert_true (cw_settings_set_objection_place (db, "村委会一楼", &error));
  g_assert_no_error (error);
  place = cw_settings_get_objection_place (db);
  g_assert_cmpstr (place, ==, "村委会一楼");
  g_clear_object (&db);
}

/* A command's own connection waits out a long hold. */
static void
test_core_write_waits (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  RelLock *lock;
  gint64 start, elapsed_ms;

  db = cw_database_open (path, &error);
  g_assert_no_error (error);

  lock = rel_lock_hold (path, HOLD_MS, FALSE);
  start = g_get_monotonic_time ();
  g_assert_true (cw_settings_set_objection_place (db, "村部", &error));
  elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  g_assert_no_error (error);
  g_assert_cmpint (elapsed_ms, >=, HOLD_MS / 2);
  rel_lock_release (lock);
  g_clear_object (&db);
}

int
main (int    argc,
      char **argv)
{
  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/contention/commands-wait", test_commands_wait);
  g_test_add_func ("/reliability/contention/open-waits", test_open_waits);
  g_test_add_func ("/reliability/contention/window-gives-up-quickly", test_window_gives_up_quickly);
  g_test_add_func ("/reliability/contention/core-write-waits", test_core_write_waits);

  return g_test_run ();
}
