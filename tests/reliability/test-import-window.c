/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-window"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "core/common/cw-id-number.h"
#include "core/households/cw-household.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/households/cw-households-view.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

/* The import dialog's side of issue 8: a roster with a column the
 * register cannot place is not imported until the clerk leaves the
 * column out, with a choice beside each such column; the report shows
 * how every column was read; a row whose fields slipped and a household
 * whose rows disagree are problems by line. Screenshots (tests/ui/
 * screenshots/, both languages): import-columns-unknown,
 * import-columns-expanded, import-columns-left-out, import-columns-done,
 * import-row-problems. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open_database (f, TRUE);
}

static char *
valid_id (const char *first17)
{
  return g_strdup_printf ("%s%c", first17, cw_id_number_check_character (first17));
}

/* The households view's import dialog, on @csv written to a file. */
static CwImportDialog *
open_dialog (Fixture    *f,
             const char *csv)
{
  CwWindow *window = cw_test_window_new (app, f->db);
  g_autofree char *path = g_build_filename (f->dir, "roster.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *view;
  CwImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  cw_test_show_page (window, "households");
  view = cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_HOUSEHOLDS_VIEW, NULL);
  g_assert_nonnull (view);

  dialog = cw_households_view_import (CW_HOUSEHOLDS_VIEW (view));
  cw_test_settle ();
  cw_test_import_check (dialog, file);
  return dialog;
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  cw_test_settle ();
  cw_test_screenshot (widget, name);
}

/* The "Leave out" choice beside the column headed @header. */
static GtkCheckButton *
find_leave_out (GtkWidget  *root,
                const char *header)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found;

      if (GTK_IS_CHECK_BUTTON (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "header"), header) == 0)
        return GTK_CHECK_BUTTON (child);
      if ((found = find_leave_out (child, header)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
can_import (CwImportDialog *dialog)
{
  return gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (dialog), "dialog.import"));
}

static void
test_unknown_columns (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *head = valid_id ("43042119700505101");
  g_autofree char *csv = g_strdup_printf ("青山村第九组花名册\n"
                                          "序号,户号,村民小组,姓名,与户主关系,性别,公民身份号码,手机号码,籍贯\n"
                                          "1,990001,第九村民小组,新来户,户主,男,%s,13812345678,湖南\n",
                                          head);
  CwImportDialog *dialog = open_dialog (f, csv);
  CwImportReport *report = cw_import_dialog_get_report (dialog);
  GtkCheckButton *leave_out;
  g_autoptr(CwHousehold) imported = NULL;

  /* Nothing goes in past a column nobody would read, and the report
   * says how every column was read. */
  g_assert_nonnull (report);
  g_assert_cmpstrv (cw_import_report_get_unknown_columns (report), ((const char *[]) { "籍贯", NULL }));
  g_assert_cmpuint (cw_import_report_get_n_columns (report), ==, 9);
  g_assert_false (can_import (dialog));
  screenshot (GTK_WIDGET (dialog), "import-columns-unknown");

  /* How every column was read, behind the expander. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (cw_test_find_widget (GTK_WIDGET (dialog),
                                                                        ADW_TYPE_EXPANDER_ROW, NULL)),
                                 TRUE);
  cw_test_settle ();
  for (guint i = 0; i < cw_import_report_get_n_columns (report); i++)
    {
      const char *header = NULL, *field = NULL;
      CwImportHeaderUse use = cw_import_report_get_column (report, i, &header, &field);

      if (g_str_equal (header, "公民身份号码"))
        {
          g_assert_cmpint (use, ==, CW_IMPORT_HEADER_READ);
          g_assert_cmpstr (field, ==, "身份证号");
        }
      else if (g_str_equal (header, "序号"))
        g_assert_cmpint (use, ==, CW_IMPORT_HEADER_FORM);
      /* Every cell has its row in the dialog. */
      g_assert_true (cw_test_has_label (GTK_WIDGET (dialog), header));
    }
  leave_out = find_leave_out (GTK_WIDGET (dialog), "籍贯");
  g_assert_nonnull (leave_out);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (leave_out)));
  g_assert_false (gtk_check_button_get_active (leave_out));
  screenshot (GTK_WIDGET (dialog), "import-columns-expanded");

  /* Ticked, the file is checked again without it. */
  gtk_check_button_set_active (leave_out, TRUE);
  g_assert_true (cw_import_dialog_get_busy (dialog));
  cw_test_wait_while (cw_test_import_busy, dialog);
  report = cw_import_dialog_get_report (dialog);
  g_assert_null (cw_import_report_get_unknown_columns (report)[0]);
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "序号", "籍贯", NULL }));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_true (can_import (dialog));
  leave_out = find_leave_out (GTK_WIDGET (dialog), "籍贯");
  g_assert_nonnull (leave_out);
  g_assert_true (gtk_check_button_get_active (leave_out));
  screenshot (GTK_WIDGET (dialog), "import-columns-left-out");

  report = cw_test_import_run (dialog);
  g_assert_false (cw_import_report_get_dry_run (report));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  /* The choice is the import's now: it cannot change after it. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_leave_out (GTK_WIDGET (dialog), "籍贯"))));
  screenshot (GTK_WIDGET (dialog), "import-columns-done");

  imported = cw_household_find_by_number (f->db, "990001", NULL);
  g_assert_nonnull (imported);
  g_assert_cmpstr (cw_household_get_phone (imported), ==, "13812345678");
}

static void
test_row_problems (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = valid_id ("43042119600101101");
  g_autofree char *b = valid_id ("43042119620202102");
  g_autofree char *c = valid_id ("43042119650808103");
  /* Line 2: the tags 低保,五保 unquoted push the address one column on;
   * lines 3 and 4 give one household two addresses; line 5 has a birth
   * date as Excel writes it, and goes in. */
  g_autofree char *csv = g_strdup_printf ("户号,村民小组,姓名,与户主关系,身份证号,出生日期,人员标签,住址\n"
                                          "990011,第一村民小组,甲,户主,%s,1960/1/1,低保,五保,一组1号\n"
                                          "990012,第一村民小组,乙,户主,%s,,,一组2号\n"
                                          "990012,第一村民小组,丙,配偶,,,,一组3号\n"
                                          "990013,第一村民小组,丁,户主,%s,1965/8/8,,一组4号\n",
                                          a, b, c);
  CwImportDialog *dialog = open_dialog (f, csv);
  CwImportReport *report = cw_import_dialog_get_report (dialog);

  g_assert_nonnull (report);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 2);
  /* Line 3 is left out with its household. */
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (cw_import_report_get_problem (report, i, NULL, NULL), ==, i + 2);
  g_assert_true (can_import (dialog));
  screenshot (GTK_WIDGET (dialog), "import-row-problems");
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/reliability/import-window/unknown-columns", Fixture, NULL,
              fixture_setup, test_unknown_columns, cw_test_fixture_teardown);
  g_test_add ("/reliability/import-window/row-problems", Fixture, NULL,
              fixture_setup, test_row_problems, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
