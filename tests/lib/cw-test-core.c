/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-core"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-vocabulary.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop.h"
#include "core/village/cw-demo.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core-private.h"

/* $TMPDIR/cunwu-<program>-XXXXXX, made on first use. */
static char *root;
/* What a program that dies says about @root; made beforehand, because a
 * signal handler may only write(). */
static char *kept_message;

static const int fatal_signals[] = { SIGABRT, SIGBUS, SIGSEGV, SIGTERM };

static void
on_fatal_signal (int signum)
{
  if (write (STDERR_FILENO, kept_message, strlen (kept_message)) < 0)
    {
      /* Nothing more can be done about it here. */
    }
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
remove_root (void)
{
  cw_test_remove_tree (root);
}

const char *
cw_test_get_root (void)
{
  if (root == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *program = g_path_get_basename (g_get_prgname () != NULL ? g_get_prgname () : "test");
      g_autofree char *tmpl = g_strdup_printf ("cunwu-%s-XXXXXX", program);

      root = g_dir_make_tmp (tmpl, &error);
      g_assert_no_error (error);
      kept_message = g_strdup_printf ("%s: the failing test's files are kept in %s\n", program, root);

      for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
        signal (fatal_signals[i], on_fatal_signal);
      /* Not run when the program aborts: a failed test's files stay. */
      atexit (remove_root);
    }

  return root;
}

CwTestDir
cw_test_dir_new (void)
{
  const char *test = g_test_get_path ();
  g_autofree char *name = NULL;
  char *path;

  /* "/import/dry-run" → "import-dry-run-XXXXXX". */
  while (test != NULL && *test == '/')
    test++;
  name = g_strdup_printf ("%s-XXXXXX", test != NULL && *test != '\0' ? test : "main");
  g_strdelimit (name, "/", '-');

  path = g_build_filename (cw_test_get_root (), name, NULL);
  if (g_mkdtemp (path) == NULL)
    g_error ("Cannot make %s: %s", path, g_strerror (errno));

  return path;
}

void
cw_test_dir_free (CwTestDir dir)
{
  if (dir == NULL)
    return;

  g_assert_true (cw_test_remove_tree (dir));
  g_free (dir);
}

gboolean
cw_test_remove_tree (const char *path)
{
  gboolean removed = TRUE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          removed &= cw_test_remove_tree (child);
        }
    }

  if (g_remove (path) != 0 && errno != ENOENT)
    {
      g_printerr ("Cannot remove %s: %s\n", path, g_strerror (errno));
      return FALSE;
    }

  return removed;
}

CwDatabase *
cw_test_database_new (const char *dir,
                      gboolean    demo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "village.db", NULL);
  CwDatabase *db = cw_database_open (path, &error);

  g_assert_no_error (error);
  cw_database_set_operator (db, "测试员");

  if (demo)
    {
      cw_demo_fill (db, NULL, &error);
      g_assert_no_error (error);
    }

  return db;
}

CwHousehold *
cw_test_household_free_for_rule (CwDatabase *db,
                                 const char *code)
{
  g_autoptr(GListModel) households = cw_household_list (db, NULL);
  g_autofree char *quarter = cw_quarter_current ();

  for (guint i = 0; households != NULL && i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);
      g_autoptr(GListModel) entries = NULL;
      gboolean free = TRUE;

      if (!g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE))
        continue;
      entries = cw_point_entry_list (db, CW_SCHEME_HOUSEHOLD, cw_household_get_id (household), quarter, NULL, NULL);
      for (guint j = 0; entries != NULL && j < g_list_model_get_n_items (entries) && free; j++)
        {
          g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, j);

          free = g_strcmp0 (cw_point_entry_get_rule_code (entry), code) != 0;
        }
      if (free)
        return g_steal_pointer (&household);
    }

  g_error ("Every household has an entry of %s this quarter", code);
  return NULL;
}

guint
cw_test_count_rule_entries (CwDatabase *db,
                            gint64      household_id,
                            const char *code)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (db, CW_SCHEME_HOUSEHOLD, household_id, NULL, NULL, NULL);
  guint n = 0;

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (cw_point_entry_get_rule_code (entry), code) == 0)
        n++;
    }

  return n;
}

gint64
cw_test_shop_balance (CwDatabase *db,
                      gint64      household_id)
{
  g_autoptr(GError) error = NULL;
  gint64 balance = 0;

  g_assert_true (cw_shop_balance (db, household_id, &balance, &error));
  g_assert_no_error (error);
  return balance;
}

gboolean
cw_test_quarter_published (CwDatabase  *db,
                           const char  *quarter,
                           char       **from,
                           char       **to)
{
  g_autoptr(GError) error = NULL;
  gboolean published = FALSE;

  g_assert_true (cw_point_quarter_get_publication (db, quarter, &published, from, to, &error));
  g_assert_no_error (error);
  return published;
}

GPtrArray *
cw_test_largest_group (CwDatabase  *db,
                       char       **name)
{
  g_autoptr(GListModel) groups = cw_village_group_list (db, FALSE, NULL);
  g_autoptr(GListModel) households = cw_household_list (db, NULL);
  GPtrArray *largest = NULL;

  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < g_list_model_get_n_items (households); j++)
        {
          g_autoptr(CwHousehold) household = g_list_model_get_item (households, j);

          if (cw_household_get_group_id (household) == cw_village_group_get_id (group) &&
              g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE))
            g_ptr_array_add (members, g_steal_pointer (&household));
        }
      if (largest == NULL || members->len > largest->len)
        {
          g_clear_pointer (&largest, g_ptr_array_unref);
          largest = g_steal_pointer (&members);
          g_free (*name);
          *name = g_strdup (cw_village_group_get_name (group));
        }
    }

  g_assert_nonnull (largest);
  return largest;
}

GBytes *
cw_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

void
cw_test_write_file (const char *path,
                    const char *utf8,
                    const char *charset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize length = strlen (utf8);

  if (charset != NULL)
    {
      converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  g_file_set_contents (path, converted != NULL ? converted : utf8, (gssize) length, &error);
  g_assert_no_error (error);
}

GPtrArray *
cw_test_read_csv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwCsvReader) reader = cw_csv_reader_new_from_file (path, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_no_error (error);
  while (cw_csv_reader_next (reader, &error))
    {
      guint n = cw_csv_reader_get_n_fields (reader);
      GStrv fields = g_new0 (char *, n + 1);

      for (guint i = 0; i < n; i++)
        fields[i] = g_strdup (cw_csv_reader_get_field (reader, i));
      g_ptr_array_add (records, fields);
    }
  g_assert_no_error (error);

  return records;
}
