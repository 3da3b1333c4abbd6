/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-workbook-errors"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "report/common/cw-workbook.h"

#include "reliability-util.h"

/* When libxlsxwriter fails, the clerk reads what happened and what to do
 * in their own language — never the library's English ("Error creating
 * output xlsx file", "[ERROR] packager.c") — and nothing is left behind. */

static const char * const library_words[] = {
  "xlsx file", "packager", "tmpfile", "zip", "Error ", "permissions",
};

static void
assert_clerk_words (const GError *error,
                    const char   *english,
                    const char   *chinese)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (library_words); i++)
    if (strstr (error->message, library_words[i]) != NULL)
      g_error ("libxlsxwriter's words reach the clerk: %s", error->message);
  g_assert_nonnull (strstr (error->message, rel_is_chinese () ? chinese : english));
}

static const CwWorkbookColumn columns[] = {
  { "Name", CW_WORKBOOK_TEXT, 0, 0 },
  { "Points", CW_WORKBOOK_TEXT, 0, 0 },
};

static CwWorkbook *
workbook_with_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwWorkbook) workbook = NULL;
  const CwWorkbookSheet sheet = { "Sheet", "Title", NULL, columns, G_N_ELEMENTS (columns), TRUE };

  workbook = cw_workbook_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_workbook_add_sheet (workbook, &sheet, &error));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i);
      const char *row[] = { "张三", n };

      g_assert_true (cw_workbook_write_row (workbook, row, &error));
    }
  return g_steal_pointer (&workbook);
}

/* The folder is taken away while the rows are written (a USB stick pulled
 * out): the zip cannot be written at the end. */
static void
test_folder_gone (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *sub = g_build_filename (dir, "stick", NULL);
  g_autofree char *path = g_build_filename (sub, "roster.xlsx", NULL);
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  workbook = workbook_with_rows (path);
  rel_remove_tree (sub);

  g_assert_false (cw_workbook_close (workbook, &error));
  assert_clerk_words (error, "folder", "文件夹");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rel_remove_tree (dir);
}

/* The spill files of constant-memory mode are kept beside the destination
 * (so a full /tmp cannot fail an export to a disk with room); they are
 * unlinked as they are made, and nothing but the workbook is left. */
static void
test_nothing_left_beside (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "roster.xlsx", NULL);
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  workbook = workbook_with_rows (path);
  g_assert_true (cw_workbook_close (workbook, &error));
  g_assert_no_error (error);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_cmpstr (name, ==, "roster.xlsx");
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
  rel_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workbook-errors/folder-gone", test_folder_gone);
  g_test_add_func ("/workbook-errors/nothing-left-beside", test_nothing_left_beside);

  return g_test_run ();
}
