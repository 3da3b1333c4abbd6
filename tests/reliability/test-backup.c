/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-error.h"

#include "reliability-util.h"

/* Backups count only once their copy is checked: a damaged record never
 * enters the rotation, never pushes a good backup out, and the refusal
 * says where the last good one is. */

static char *
date_of (const char *backup)
{
  g_autoptr(GDateTime) made = cw_backup_get_date (backup);

  g_assert_nonnull (made);
  return g_date_time_format (made, "%Y-%m-%d %H:%M");
}

static void
test_damaged_never_rotates (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_autoptr(GPtrArray) good = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *when = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      char *made = cw_backup_rotate (path, &error);

      g_assert_no_error (error);
      g_ptr_array_add (good, made);
    }

  /* A bad sector under the households; the file still opens. */
  rel_damage_table (path, "household");

  /* A fortnight of daily starts on the damaged file. */
  for (guint day = 0; day < 2 * CW_BACKUP_KEEP; day++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *made = cw_backup_rotate (path, &error);

      g_assert_null (made);
      g_assert_error (error, CW_ERROR, CW_ERROR_CORRUPT);
      /* It names the last good backup, with its date, and the way back. */
      g_assert_nonnull (strstr (error->message, g_ptr_array_index (good, 2)));
      when = date_of (g_ptr_array_index (good, 2));
      g_assert_nonnull (strstr (error->message, when));
      g_assert_nonnull (strstr (error->message, "cunwu restore"));
      g_clear_pointer (&when, g_free);
    }

  /* The good ones are all still there, and nothing else is. */
  after = cw_backup_list (path);
  g_assert_cmpuint (after->len, ==, good->len);
  for (guint i = 0; i < good->len; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (good, good->len - 1 - i));
  newest = cw_backup_newest_good (path, NULL);
  g_assert_cmpstr (newest, ==, g_ptr_array_index (good, 2));

}

/* Seven are kept; a damaged backup someone left in the folder is passed
 * over, and the rotation never removes the newest good one. */
static void
test_rotation_keeps_good (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *path = village.path;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *planted = NULL;
  g_autofree char *first = NULL;
  g_autofree char *newest = NULL;
  g_autoptr(GError) error = NULL;

  first = cw_backup_rotate (path, &error);
  g_assert_no_error (error);

  /* A copy that rotted after it was written, newer than the good one. */
  folder = cw_backup_folder (path);
  planted = g_build_filename (folder, "cunwu-29991231-235959-999.db", NULL);
  {
    g_autoptr(GBytes) bytes = rel_read (first);
    g_assert_true (g_file_set_contents (planted, g_bytes_get_data (bytes, NULL),
                                        (gssize) g_bytes_get_size (bytes), NULL));
    rel_damage_table (planted, "person");
  }
  newest = cw_backup_newest_good (path, NULL);
  g_assert_cmpstr (newest, ==, first);

  for (guint i = 0; i < CW_BACKUP_KEEP + 3; i++)
    {
      g_autofree char *made = cw_backup_rotate (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (made);
    }
  list = cw_backup_list (path);
  g_assert_cmpuint (list->len, ==, CW_BACKUP_KEEP);
  g_clear_pointer (&newest, g_free);
  newest = cw_backup_newest_good (path, NULL);
  g_assert_nonnull (newest);
  g_assert_cmpstr (newest, !=, planted);

}

/* `cunwu backup DEST` of a damaged record says so, names the last good
 * backup and writes nothing. */
static void
test_cli_backup_refuses_damage (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  const char *dir = village.dir, *path = village.path;
  g_autofree char *dest = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *good = NULL;
  g_autofree char *when = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(RelResult) r = { 0 };

  good = cw_backup_rotate (path, &error);
  g_assert_no_error (error);
  when = date_of (good);

  rel_run (&r, "C.UTF-8", "--db", path, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_unlink (dest);

  rel_damage_table (path, "person");
  rel_run (&r, "C.UTF-8", "--db", path, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "damaged"));
  g_assert_nonnull (strstr (r.err, good));
  g_assert_nonnull (strstr (r.err, when));
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));

  rel_run (&r, "zh_CN.UTF-8", "--db", path, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "损坏"));
  g_assert_nonnull (strstr (r.err, good));
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));

}

int
main (int    argc,
      char **argv)
{
  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/backup/damaged-never-rotates", test_damaged_never_rotates);
  g_test_add_func ("/reliability/backup/rotation-keeps-good", test_rotation_keeps_good);
  g_test_add_func ("/reliability/backup/cli-refuses-damage", test_cli_backup_refuses_damage);

  return g_test_run ();
}
