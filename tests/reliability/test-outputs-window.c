/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-outputs-window"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gtk/gtkunixprint.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-job-bar.h"
#include "ui/households/cw-households-view.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-util.h"
#include "cw-test-wait.h"
#include "reliability-util.h"

/* Issue 8, outputs, in the window: the record chosen in the file chooser
 * as the place for an export or a printout is refused at once, in the
 * clerk's language, and the job never starts; the writer refuses it too;
 * so does the print dialog's "Print to File"; Cancel leaves the old file
 * as it was and nothing beside it. Screenshots: output-refused,
 * output-refused-pdf, output-refused-print, output-refused-job. */

static CwApplication *app;

typedef struct
{
  char       *dir;
  CwDatabase *db;
  CwWindow   *window;
  GBytes     *db_header;
} Fixture;

static GBytes *
header_of (const char *path)
{
  g_autoptr(GBytes) all = rel_read (path);

  g_assert_cmpuint (g_bytes_get_size (all), >=, 100);
  return g_bytes_new_from_bytes (all, 0, 100);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, TRUE);
  f->window = cw_test_window_new (app, f->db);
  f->db_header = header_of (cw_database_get_path (f->db));
}

/* The record is still the record: its header as it was and every page
 * sound. */
static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) header = header_of (cw_database_get_path (f->db));
  g_autoptr(GError) error = NULL;

  g_assert_true (g_bytes_equal (header, f->db_header));
  g_assert_true (cw_database_check (f->db, &error));
  g_assert_no_error (error);
  g_clear_pointer (&f->db_header, g_bytes_unref);
  cw_test_database_free (&f->db, &f->dir);
}

static CwHouseholdsView *
households_view (Fixture *f)
{
  cw_test_show_page (f->window, "households");
  return CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
}

/* The save dialog (GtkFileChooserNative shows GTK's own on X11 without a
 * portal): @path, an existing file, chosen, Save pressed, and "Replace"
 * in GTK's question whether to replace it. */
static void
choose_in_dialog (const char *path)
{
  g_autofree char *folder_path = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkWindow *replace;

  cw_test_settle ();
  dialog = cw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  cw_test_settle ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  cw_test_settle ();

  replace = cw_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (replace);
  gtk_dialog_response (GTK_DIALOG (replace), GTK_RESPONSE_ACCEPT);
  cw_test_settle ();
}

/* The refusal on screen: its heading and the reason naming the file. */
static void
assert_refusal (const char *heading,
                const char *body,
                const char *screenshot)
{
  GtkWindow *dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  cw_test_screenshot (GTK_WIDGET (dialog), screenshot);
  cw_test_respond ("close");
  cw_test_settle ();
}

static char *
database_message (const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  return g_strdup_printf (_("“%s” is a village database; choose another file name."), display);
}

static void
test_chooser_refuses_database (Fixture       *f,
                               gconstpointer  data)
{
  const char *db_path = cw_database_get_path (f->db);
  g_autofree char *message = database_message (db_path);
  CwHouseholdsView *view = households_view (f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.export-roster", NULL));
  choose_in_dialog (db_path);

  assert_refusal (_("Choose Another File"), message, "output-refused");
  /* No job ran, and the clerk can choose again. */
  g_assert_false (cw_households_view_get_exporting (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.export-roster", NULL));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  gtk_dialog_response (GTK_DIALOG (cw_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)), GTK_RESPONSE_CANCEL);
  cw_test_settle ();
}

/* The points tally on the demo's published quarter. */
static GtkWidget *
tally_page (Fixture *f)
{
  GtkWidget *view, *page;

  cw_test_show_page (f->window, "points");
  view = cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_POINTS_VIEW, NULL);
  g_assert_true (gtk_widget_activate_action (view, "points.show-subpage", "s", "tally"));
  cw_test_settle ();
  page = cw_points_view_get_page (CW_POINTS_VIEW (view), "tally");
  g_assert_nonnull (page);
  g_assert_true (cw_points_tally_page_set_quarter (CW_POINTS_TALLY_PAGE (page), CW_SCHEME_HOUSEHOLD, "2026Q3"));
  cw_test_settle ();
  return page;
}

/* The announcement's PDF over the record's WAL, which is there while the
 * window has the record open. */
static void
test_chooser_refuses_wal (Fixture       *f,
                          gconstpointer  data)
{
  const char *db_path = cw_database_get_path (f->db);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *message = NULL;
  g_autofree char *canonical = g_canonicalize_filename (db_path, NULL);
  GtkWidget *page;

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  message = g_strdup_printf (_("“%1$s” belongs to the village database “%2$s”; choose another file name."),
                             wal, canonical);

  page = tally_page (f);
  g_assert_true (gtk_widget_activate_action (page, "tally.save-pdf", NULL));
  choose_in_dialog (wal);

  assert_refusal (_("Choose Another File"), message, "output-refused-pdf");
  g_assert_false (cw_points_tally_page_get_busy (CW_POINTS_TALLY_PAGE (page)));
}

/* The print dialog's "Print to File" names the record: GTK would replace
 * it; the operation is stopped before it opens the file, and says why.
 * The dialog's search for printers never lets the main loop rest, so it
 * is run until something is so, not until it is idle. */
static void
spin_while (gboolean (*busy) (gpointer),
            gpointer   data)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (busy (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static gboolean
file_printer_not_selected (gpointer dialog)
{
  GtkPrinter *printer = gtk_print_unix_dialog_get_selected_printer (dialog);

  return printer == NULL || !gtk_printer_is_virtual (printer);
}

static gboolean
answer_replace_cb (gpointer data)
{
  GtkWindow *question = cw_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);

  if (question == NULL)
    return G_SOURCE_CONTINUE;
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  return G_SOURCE_REMOVE;
}

static gboolean
not_said (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];

  return !cw_test_has_label (GTK_WIDGET (f->window), ((gpointer *) data)[1]);
}

static void
test_print_to_file_refuses (Fixture       *f,
                            gconstpointer  data)
{
  const char *db_path = cw_database_get_path (f->db);
  g_autofree char *message = database_message (db_path);
  g_autofree char *uri = g_filename_to_uri (db_path, NULL, NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  GtkWidget *page = tally_page (f);
  GtkWindow *dialog;
  gpointer said[] = { f, message };

  g_assert_true (gtk_widget_activate_action (page, "tally.print", NULL));
  dialog = cw_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  g_assert_nonnull (dialog);

  /* GTK's own file printer, by its name in the clerk's language. */
  gtk_print_settings_set_printer (settings, g_dgettext ("gtk40", "Print to File"));
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_unix_dialog_set_settings (GTK_PRINT_UNIX_DIALOG (dialog), settings);
  spin_while (file_printer_not_selected, dialog);
  /* The dialog asks whether to replace the file, in a main loop of its
   * own that Print does not return from; the clerk says yes. */
  g_timeout_add (50, answer_replace_cb, NULL);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  spin_while (not_said, said);
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (f->window), "output-refused-print");
}

/* Past the chooser (a path from elsewhere), the writer itself refuses. */
static void
test_job_refuses_database (Fixture       *f,
                           gconstpointer  data)
{
  const char *db_path = cw_database_get_path (f->db);
  g_autofree char *message = database_message (db_path);
  CwHouseholdsView *view = households_view (f);

  cw_households_view_export_roster (view, db_path, FALSE);
  cw_test_wait_while (cw_test_households_exporting, view);
  assert_refusal (_("The Roster Could Not Be Exported"), message, "output-refused-job");
}

/* Cancel from the job's bar: yesterday's export is still there, whole, and
 * nothing else is in the folder. */
static void
test_cancel_keeps_old (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "roster.xlsx", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GDir) listing = NULL;
  CwHouseholdsView *view = households_view (f);
  GtkWidget *bar, *cancel;
  const char *name;

  g_assert_true (g_file_set_contents (xlsx, "yesterday’s roster\n", -1, NULL));
  before = rel_read (xlsx);

  cw_households_view_export_roster (view, xlsx, FALSE);
  g_assert_true (cw_households_view_get_exporting (view));
  bar = cw_test_find_widget (GTK_WIDGET (view), CW_TYPE_JOB_BAR, NULL);
  cancel = cw_test_find_button (bar, _("_Cancel"));
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  cw_test_wait_while (cw_test_households_exporting, view);

  g_assert_null (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  after = rel_read (xlsx);
  g_assert_true (g_bytes_equal (before, after));
  listing = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_str_has_prefix (name, "village") && !g_str_equal (name, "roster.xlsx"))
      g_error ("“%s” was left beside the export", name);
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  rel_init_locale ();
  app = cw_test_application_new (NULL);

  g_test_add ("/reliability/outputs-window/chooser-refuses-database", Fixture, NULL,
              fixture_setup, test_chooser_refuses_database, fixture_teardown);
  g_test_add ("/reliability/outputs-window/chooser-refuses-wal", Fixture, NULL,
              fixture_setup, test_chooser_refuses_wal, fixture_teardown);
  g_test_add ("/reliability/outputs-window/print-to-file-refuses", Fixture, NULL,
              fixture_setup, test_print_to_file_refuses, fixture_teardown);
  g_test_add ("/reliability/outputs-window/job-refuses-database", Fixture, NULL,
              fixture_setup, test_job_refuses_database, fixture_teardown);
  g_test_add ("/reliability/outputs-window/cancel-keeps-old", Fixture, NULL,
              fixture_setup, test_cancel_keeps_old, fixture_teardown);

  return cw_test_application_run (&app);
}
