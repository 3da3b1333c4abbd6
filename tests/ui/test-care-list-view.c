/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-care-list-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "ui/households/cw-care-list-view.h"
#include "ui/households/cw-households-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

/* The care lists (关爱名单) of the households view: the Double Ninth list
 * with its exports and printout, party members, masking on screen, a
 * date that cannot be read. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open_database (f, TRUE);
}

/* What was just typed or chosen is drawn first. */
static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  cw_test_settle ();
  cw_test_screenshot (widget, name);
}

/* The households view's care lists, reached as the clerk reaches them,
 * in a window on the demo village. */
static CwCareListView *
open_care_lists (Fixture   *f,
                 CwWindow **window)
{
  GtkWidget *view;
  GtkWidget *care;

  *window = cw_test_window_new_sized (app, f->db, 1100, 760);
  cw_test_show_page (*window, "households");
  view = cw_test_find_widget (GTK_WIDGET (*window), CW_TYPE_HOUSEHOLDS_VIEW, NULL);
  g_assert_nonnull (view);
  care = cw_households_view_get_care_view (CW_HOUSEHOLDS_VIEW (view));
  g_assert_true (gtk_widget_activate_action (view, "households.toggle-care-lists", NULL));
  cw_test_settle ();
  g_assert_true (gtk_widget_get_mapped (care));
  return CW_CARE_LIST_VIEW (care);
}

static gboolean
care_busy (gpointer view)
{
  return cw_care_list_view_get_busy (view);
}

/* The Double Ninth list: shown with its count, exported, printed. */
static void
test_care_list (Fixture       *f,
                gconstpointer  data)
{
  CwWindow *window = NULL;
  CwCareListView *care = open_care_lists (f, &window);
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->dir, "重阳节.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "重阳节.pdf", NULL);
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  GtkEntry *date;


  /* The festival's date is filled in; the list is as core computes it. */
  date = GTK_ENTRY (cw_test_find_widget (GTK_WIDGET (care), GTK_TYPE_ENTRY, NULL));
  g_assert_nonnull (date);
  query.min_age_male = 60;
  query.min_age_female = 55;
  query.on = gtk_editable_get_text (GTK_EDITABLE (date));
  expected = cw_person_query_run (f->db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_care_list_view_get_n_persons (care), ==, g_list_model_get_n_items (expected));
  g_assert_cmpuint (cw_care_list_view_get_n_persons (care), >, 0);
  screenshot (GTK_WIDGET (window), "care-list");

  cw_care_list_view_export (care, xlsx, FALSE);
  cw_test_wait_while (care_busy, care);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  cw_care_list_view_export (care, pdf, TRUE);
  cw_test_wait_while (care_busy, care);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* The print operation's pages, written to a file instead of a printer. */
  g_assert_true (cw_care_list_view_print (care, printed, &error));
  g_assert_no_error (error);
  cw_test_settle ();
  g_assert_true (g_file_test (printed, G_FILE_TEST_IS_REGULAR));

  /* Party members have their joining date. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (cw_test_find_widget (GTK_WIDGET (care), GTK_TYPE_DROP_DOWN, NULL)), 2);
  cw_test_settle ();
  g_assert_cmpuint (cw_care_list_view_get_n_persons (care), >, 0);
  screenshot (GTK_WIDGET (window), "care-list-party");
}

/* The texts of the care list's cells on screen, and its column titles. */
static GPtrArray *
care_cells (CwCareListView *care)
{
  GtkWidget *table = cw_test_find_mapped (GTK_WIDGET (care), GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *columns;

  g_assert_nonnull (table);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (table));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        g_ptr_array_add (texts, g_strdup (gtk_column_view_column_get_title (column)));
    }
  cw_test_collect (table, GTK_TYPE_INSCRIPTION, cells);
  for (guint i = 0; i < cells->len; i++)
    if (gtk_widget_get_mapped (cells->pdata[i]) && gtk_inscription_get_text (cells->pdata[i]) != NULL)
      g_ptr_array_add (texts, g_strdup (gtk_inscription_get_text (cells->pdata[i])));

  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (texts->pdata[i], text))
      return TRUE;
  return FALSE;
}

static gboolean
care_can_export (gpointer care)
{
  return gtk_widget_is_sensitive (cw_test_find_actionable (care, "care.export"));
}

static gboolean
care_cannot_export (gpointer care)
{
  return !care_can_export (care);
}

/* With "Mask ID and phone" ticked, the list on screen is the one that
 * leaves the office: masked ID numbers and phones, and no birth date
 * (beside a masked ID it gives the number back). Unticked, the full
 * numbers. A date that cannot be read is said, not only marked. */
static void
test_care_list_masked (Fixture       *f,
                       gconstpointer  data)
{
  CwWindow *window = NULL;
  CwCareListView *care = open_care_lists (f, &window);
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(CwPerson) first = NULL;
  g_autofree char *masked_id = NULL;
  g_autofree char *masked_phone = NULL;
  const char *phone = NULL;
  GtkCheckButton *mask;


  /* The first persons of the list, as core has them. */
  query.min_age_male = 60;
  query.min_age_female = 55;
  query.on = gtk_editable_get_text (GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (care), GTK_TYPE_ENTRY, NULL)));
  persons = cw_person_query_run (f->db, &query, NULL);
  g_assert_nonnull (persons);
  first = g_list_model_get_item (persons, 0);
  g_assert_cmpstr (cw_person_get_id_number (first), !=, "");
  masked_id = cw_id_number_mask (cw_person_get_id_number (first));
  for (guint i = 0; i < 10 && phone == NULL; i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);

      if (cw_person_get_phone (person)[0] != '\0')
        phone = g_intern_string (cw_person_get_phone (person));
    }
  g_assert_nonnull (phone);
  masked_phone = cw_phone_mask (phone);

  mask = GTK_CHECK_BUTTON (cw_test_find_mapped (GTK_WIDGET (care), GTK_TYPE_CHECK_BUTTON));
  g_assert_nonnull (mask);
  g_assert_true (gtk_check_button_get_active (mask));

  texts = care_cells (care);
  g_assert_true (has_text (texts, cw_person_get_name (first)));
  g_assert_true (has_text (texts, masked_id));
  g_assert_false (has_text (texts, cw_person_get_id_number (first)));
  g_assert_true (has_text (texts, masked_phone));
  g_assert_false (has_text (texts, phone));
  g_assert_false (has_text (texts, C_("care list", "Date of birth")));
  g_assert_false (has_text (texts, cw_person_get_birth_date (first)));
  screenshot (GTK_WIDGET (window), "care-list-masked");

  /* Unticked: the office's own view, in full. */
  gtk_check_button_set_active (mask, FALSE);
  cw_test_settle ();
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = care_cells (care);
  g_assert_true (has_text (texts, cw_person_get_id_number (first)));
  g_assert_true (has_text (texts, phone));
  g_assert_true (has_text (texts, cw_person_get_birth_date (first)));
  g_assert_false (has_text (texts, masked_id));
  screenshot (GTK_WIDGET (window), "care-list-full");

  /* A day that does not exist: said above the list, which is then
   * neither saved nor printed (it is the previous day's). */
  {
    GtkEditable *date = GTK_EDITABLE (cw_test_find_widget (GTK_WIDGET (care), GTK_TYPE_ENTRY, NULL));
    g_autofree char *day = g_strdup (gtk_editable_get_text (date));
    g_autoptr(GError) error = NULL;
    GDate parsed;

    g_assert_false (cw_date_parse ("2026-02-30", &parsed, &error));
    gtk_editable_set_text (date, "2026-02-30");
    cw_test_wait_while (care_can_export, care);
    g_assert_true (cw_test_has_label (GTK_WIDGET (care), error->message));
    g_assert_false (gtk_widget_is_sensitive (cw_test_find_actionable (GTK_WIDGET (care), "care.print")));
    screenshot (GTK_WIDGET (window), "care-list-bad-date");

    gtk_editable_set_text (date, day);
    cw_test_wait_while (care_cannot_export, care);
    g_assert_false (cw_test_has_label (GTK_WIDGET (care), error->message));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_auto(CwTestDir) app_dir = NULL;
  g_autofree char *app_db = NULL;

  cw_test_init (&argc, &argv);

  /* The application is only there for the accelerators and the window
   * list; its own database is never opened. */
  app_dir = cw_test_dir_new ();
  app_db = g_build_filename (app_dir, "unused.db", NULL);
  app = cw_test_application_new (app_db);

  g_test_add ("/care-list/double-ninth", Fixture, NULL, fixture_setup, test_care_list, cw_test_fixture_teardown);
  g_test_add ("/care-list/masked", Fixture, NULL, fixture_setup, test_care_list_masked, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
