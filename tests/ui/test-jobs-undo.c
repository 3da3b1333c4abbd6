/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-jobs-undo"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-vocabulary.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-undo.h"
#include "ui/households/cw-household-picker.h"
#include "ui/households/cw-households-view.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"
#include "cw-test-wait.h"

/* Jobs: progress, Cancel, a failure's refusal, the owner going away.
 * Undo: the toast and Ctrl+Z from any view, a text field's own Ctrl+Z,
 * a refused undo. */

static CwApplication *app;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open (f, app, NULL, G_TYPE_NONE);
}

static gboolean
no_dialog (void)
{
  return cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* A job of our own: counts slowly until cancelled */

typedef struct
{
  gboolean  fail;
  int       own_connection;   /* set by the worker */
  guint     done_calls;
  GError   *error;
} Count;

static gboolean
count_work (CwDatabase     *db,
            gpointer        data,
            CwJobProgress  *progress,
            GCancellable   *cancellable,
            GError        **error)
{
  Count *count = data;

  g_atomic_int_set (&count->own_connection,
                    db != NULL && g_strcmp0 (cw_database_get_operator (db), "测试员") == 0);

  if (count->fail)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, "The counting went wrong.");
      return FALSE;
    }

  for (guint i = 0; i < 1000; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      cw_job_progress_report (progress, i, 1000);
      g_usleep (20 * 1000);
    }

  return TRUE;
}

static void
count_done (GtkWidget    *owner,
            gpointer      data,
            const GError *error)
{
  Count *count = data;

  count->done_calls++;
  g_clear_error (&count->error);
  if (error != NULL)
    count->error = g_error_copy (error);
}

static gboolean
job_running (gpointer job)
{
  return cw_job_get_running (job);
}

/* A window of its own with a job bar in a box, the job's owner. */
static GtkWidget *
owner_new (CwJobBar **bar)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  *bar = CW_JOB_BAR (cw_job_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*bar));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 80);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();

  return box;
}

static CwJob *
count_job_new (Fixture   *f,
               GtkWidget *owner,
               CwJobBar  *bar,
               Count     *count)
{
  CwJob *job = cw_job_new (owner, f->db, count_work, count, NULL);

  cw_job_set_file (job, "/nowhere/count.txt");
  cw_job_show_progress (job, bar, "Counting %s…", TRUE);
  cw_job_set_endings (job, "Counted into %s", "The Counting Failed");
  cw_job_set_done (job, count_done);

  return job;
}

/* The bar shows what runs and how far it has come; its Cancel stops the
 * work, and a cancel ends with neither a toast nor a refusal. */
static void
test_progress_cancel (Fixture       *f,
                      gconstpointer  data)
{
  Count count = { 0 };
  CwJobBar *bar;
  GtkWidget *owner = owner_new (&bar);
  g_autoptr(CwJob) job = count_job_new (f, owner, bar, &count);
  GtkProgressBar *progress = GTK_PROGRESS_BAR (cw_test_find_widget (GTK_WIDGET (bar), GTK_TYPE_PROGRESS_BAR, NULL));
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkWidget *cancel;

  cw_job_run (job);
  g_assert_true (cw_job_get_running (job));
  g_assert_true (cw_job_bar_get_running (bar));

  /* "3 of 1000", a little more every tick. */
  while (gtk_progress_bar_get_fraction (progress) <= 0.0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (progress), "1000"));
  g_assert_true (cw_test_has_label (GTK_WIDGET (bar), "Counting count.txt…"));
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (bar), "job-bar");

  cancel = cw_test_find_button (GTK_WIDGET (bar), _("_Cancel"));
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  cw_test_wait_while (job_running, job);

  g_assert_cmpuint (count.done_calls, ==, 1);
  g_assert_error (count.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_atomic_int_get (&count.own_connection));
  g_assert_false (cw_job_bar_get_running (bar));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (no_dialog ());
  g_clear_error (&count.error);
}

/* The roster export cancelled from its bar leaves no file behind, and
 * says nothing; the next one runs to the end and says where it went. */
static void
test_export_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "roster.xlsx", NULL);
  g_autofree char *saved = NULL;
  CwHouseholdsView *view;
  GtkWidget *bar;
  GtkWidget *cancel;

  cw_test_show_page (f->window, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));

  cw_households_view_export_roster (view, xlsx, FALSE);
  g_assert_true (cw_households_view_get_exporting (view));
  bar = cw_test_find_widget (GTK_WIDGET (view), CW_TYPE_JOB_BAR, NULL);
  g_assert_true (cw_job_bar_get_running (CW_JOB_BAR (bar)));

  /* The worker checks for a cancel before it writes the file out. */
  cancel = cw_test_find_button (bar, _("_Cancel"));
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  cw_test_wait_while (cw_test_households_exporting, view);

  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_true (no_dialog ());
  saved = g_strdup_printf (_("Roster saved as %s"), xlsx);
  g_assert_false (cw_test_has_label (GTK_WIDGET (f->window), saved));

  /* Once more, to the end. */
  cw_households_view_export_roster (view, xlsx, FALSE);
  cw_test_wait_while (cw_test_households_exporting, view);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_true (cw_test_has_label (GTK_WIDGET (f->window), saved));
}

/* A job that fails says so in a refusal with a heading and the error. */
static void
test_failure (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "no such folder", "roster.xlsx", NULL);
  CwHouseholdsView *view;
  AdwMessageDialog *dialog;
  Count count = { .fail = TRUE };
  CwJobBar *bar;
  GtkWidget *owner;
  g_autoptr(CwJob) job = NULL;

  cw_test_show_page (f->window, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));

  cw_households_view_export_roster (view, xlsx, FALSE);
  cw_test_wait_while (cw_test_households_exporting, view);
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("The Roster Could Not Be Exported"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  cw_test_screenshot (GTK_WIDGET (dialog), "job-refusal");
  cw_test_respond ("close");
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));

  /* The same through a job of our own: the done function hears first. */
  owner = owner_new (&bar);
  job = count_job_new (f, owner, bar, &count);
  cw_job_run (job);
  cw_test_wait_while (job_running, job);
  g_assert_cmpuint (count.done_calls, ==, 1);
  g_assert_error (count.error, CW_ERROR, CW_ERROR_INVALID);
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Counting Failed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The counting went wrong.");
  cw_test_respond ("close");
  g_clear_error (&count.error);
}

/* The owner going away while its job runs: the job is cancelled, nothing
 * is called back, nothing crashes. */
static void
wait_a_while (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  cw_test_settle ();
}

static void
test_owner_destroyed (Fixture       *f,
                      gconstpointer  data)
{
  Count count = { 0 };
  CwJobBar *bar;
  GtkWidget *owner = owner_new (&bar);
  g_autoptr(CwJob) job = count_job_new (f, owner, bar, &count);
  g_autofree char *xlsx = g_build_filename (f->dir, "tally.xlsx", NULL);
  g_autofree char *roster = g_build_filename (f->dir, "roster.xlsx", NULL);
  GtkWidget *page;

  cw_job_run (job);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (owner)));
  cw_test_wait_while (job_running, job);
  g_assert_cmpuint (count.done_calls, ==, 0);
  g_assert_true (no_dialog ());

  /* The pages' own jobs, their window closed under them (a page is made
   * when first shown). */
  cw_test_show_page (f->window, "households");
  cw_test_show_page (f->window, "points");
  page = cw_points_view_get_page (CW_POINTS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_POINTS_VIEW, NULL)),
                                  "tally");
  g_assert_nonnull (page);
  cw_points_tally_page_export (CW_POINTS_TALLY_PAGE (page), xlsx);
  cw_households_view_export_roster (CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window),
                                                                              CW_TYPE_HOUSEHOLDS_VIEW, NULL)),
                                    roster, FALSE);
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  wait_a_while (1500);
  g_assert_true (no_dialog ());
}

/* Undo */

static CwHousehold *
first_active (Fixture *f)
{
  g_autoptr(GListModel) households = cw_household_list (f->db, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (g_str_equal (cw_household_get_status (household), "active"))
        return g_steal_pointer (&household);
    }

  g_assert_not_reached ();
  return NULL;
}

static char *
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(CwHousehold) household = cw_household_load (f->db, id, NULL);

  g_assert_nonnull (household);

  return g_strdup (cw_household_get_status (household));
}

/* Moves @household out through the view's own dialog, as the clerk does. */
static void
move_out (Fixture          *f,
          CwHouseholdsView *view,
          CwHousehold      *household)
{
  GtkWindow *dialog;
  AdwComboRow *status;
  GtkWidget *reason;

  g_assert_true (cw_households_view_select (view, cw_household_get_id (household)));
  cw_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.household-status", NULL));
  cw_test_settle ();
  dialog = cw_test_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (dialog);
  /* A status is chosen, not given: the second item, after “Choose…”. */
  status = ADW_COMBO_ROW (cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("New status")));
  g_assert_nonnull (status);
  {
    g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (status), 1);

    g_assert_cmpstr (gtk_string_object_get_string (item), ==, cw_vocabulary_status_label (CW_HOUSEHOLD_STATUS_MOVED_OUT));
  }
  adw_combo_row_set_selected (status, 1);
  reason = cw_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason"));
  g_assert_nonnull (reason);
  gtk_editable_set_text (GTK_EDITABLE (reason), "迁往县城");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  cw_test_settle ();
}

/* Ctrl+Z is the window's: bound to win.undo, listed in the shortcuts
 * window, and it undoes the households view's last change. */
static void
test_undo_households (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CwHousehold) household = first_active (f);
  gint64 id = cw_household_get_id (household);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  g_autofree char *status = NULL;
  CwHouseholdsView *view;
  GtkWindow *help;

  g_assert_cmpstr (accels[0], ==, "<Control>z");

  cw_test_show_page (f->window, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));

  /* Nothing to undo yet: Ctrl+Z is left to whoever has the focus. */
  g_assert_false (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));

  move_out (f, view, household);
  status = status_of (f, id);
  g_assert_cmpstr (status, !=, "active");
  g_clear_pointer (&status, g_free);
  g_assert_nonnull (cw_test_find_button (GTK_WIDGET (f->window), _("_Undo")));
  cw_test_screenshot (GTK_WIDGET (f->window), "undo-toast");

  /* From the list, Ctrl+Z takes it back, and the list shows it again. */
  gtk_widget_grab_focus (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  status = status_of (f, id);
  g_assert_cmpstr (status, ==, "active");
  g_clear_pointer (&status, g_free);
  {
    g_autoptr(CwHousehold) shown = NULL;
    GListModel *model = cw_households_view_get_model (view);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (model) && !found; i++)
      {
        g_autoptr(CwHousehold) item = g_list_model_get_item (model, i);

        found = cw_household_get_id (item) == id &&
                g_str_equal (cw_household_get_status (item), "active");
      }
    g_assert_true (found);
  }
  cw_test_screenshot (GTK_WIDGET (f->window), "undo-done");

  /* Nothing left: Ctrl+Z passes by again. */
  g_assert_false (cw_undo_get_can_undo (cw_window_get_undo (f->window)));
  g_assert_false (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));

  /* The shortcuts window lists it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  cw_test_settle ();
  help = cw_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (help);
  {
    g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
    gboolean listed = FALSE;

    cw_test_collect (GTK_WIDGET (help), GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
    for (guint i = 0; i < shortcuts->len; i++)
      {
        g_autofree char *action = NULL;
        g_autofree char *title = NULL;

        g_object_get (shortcuts->pdata[i], "action-name", &action, "title", &title, NULL);
        if (g_strcmp0 (action, "win.undo") == 0)
          listed = g_strcmp0 (title, g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", "Undo the last change")) == 0;
      }
    g_assert_true (listed);
  }
  cw_test_screenshot (GTK_WIDGET (help), "shortcuts-window");
  gtk_window_destroy (help);
}

/* In a text field Ctrl+Z takes back typing, never a record, however often
 * it is pressed; out of the field it undoes the change. */
static void
test_undo_search_entry (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CwHousehold) household = first_active (f);
  gint64 id = cw_household_get_id (household);
  g_autofree char *status = NULL;
  CwHouseholdsView *view;
  GtkWidget *search;
  GtkWidget *text;

  cw_test_show_page (f->window, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  move_out (f, view, household);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "households.find", NULL));
  cw_test_settle ();
  search = cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  text = cw_test_find_widget (search, GTK_TYPE_TEXT, NULL);
  g_assert_true (gtk_widget_grab_focus (text));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == text);
  cw_test_type (text, "张三");

  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  status = status_of (f, id);
  g_assert_cmpstr (status, !=, "active");
  g_clear_pointer (&status, g_free);

  /* Once too often: the field has nothing left, the record stays. */
  cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z");
  cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z");
  status = status_of (f, id);
  g_assert_cmpstr (status, !=, "active");
  g_clear_pointer (&status, g_free);
  g_assert_true (cw_undo_get_can_undo (cw_window_get_undo (f->window)));

  /* Out of the field, the change is undone. */
  gtk_widget_grab_focus (cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL));
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  status = status_of (f, id);
  g_assert_cmpstr (status, ==, "active");
}

/* A change touched again since cannot be undone: a refusal says why, and
 * the record keeps the later change. */
static void
test_undo_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CwHousehold) household = first_active (f);
  g_autoptr(GError) error = NULL;
  gint64 id = cw_household_get_id (household);
  g_autofree char *status = NULL;
  AdwMessageDialog *dialog;
  CwHouseholdsView *view;

  cw_test_show_page (f->window, "households");
  view = CW_HOUSEHOLDS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_HOUSEHOLDS_VIEW, NULL));
  move_out (f, view, household);

  /* Elsewhere (the command line, say), the household is cancelled. */
  g_assert_true (cw_household_set_status (f->db, id, "cancelled", "2026-01-02", "重复登记", &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  cw_test_settle ();
  dialog = ADW_MESSAGE_DIALOG (cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Cannot Undo"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   _("This cannot be undone: the same record has been changed again since."));
  cw_test_screenshot (GTK_WIDGET (dialog), "undo-refused");
  cw_test_respond ("close");

  status = status_of (f, id);
  g_assert_cmpstr (status, ==, "cancelled");
  g_assert_false (cw_undo_get_can_undo (cw_window_get_undo (f->window)));
}

/* The points entry page: after a save the focus is back in the emptied
 * household field, and Ctrl+Z takes the entry back out. */
static guint
count_pending (Fixture *f,
               gint64   household_id)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (f->db, CW_SCHEME_HOUSEHOLD, household_id, NULL, "pending", NULL);

  return g_list_model_get_n_items (entries);
}

static void
test_undo_points_entry (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CwHousehold) household = cw_test_household_free_for_rule (f->db, "ZF03");
  gint64 id = cw_household_get_id (household);
  CwPointsView *points;
  CwPointsEntryPage *page;
  GtkWidget *focus;
  guint before = count_pending (f, id);

  cw_test_show_page (f->window, "points");
  points = CW_POINTS_VIEW (cw_test_find_widget (GTK_WIDGET (f->window), CW_TYPE_POINTS_VIEW, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (points), "points.show-subpage", "s", "entry"));
  cw_test_settle ();
  page = CW_POINTS_ENTRY_PAGE (cw_points_view_get_page (points, "entry"));

  /* The household typed in, as the clerk does, and chosen with Enter. */
  g_assert_true (cw_points_entry_page_choose_rule (page, "ZF03"));
  {
    GtkWidget *picker = cw_test_find_widget (GTK_WIDGET (page), CW_TYPE_HOUSEHOLD_PICKER, NULL);
    GtkWidget *entry = cw_test_find_widget (picker, GTK_TYPE_ENTRY, NULL);

    gtk_widget_grab_focus (entry);
    cw_test_type (gtk_root_get_focus (GTK_ROOT (f->window)), cw_household_get_number (household));
    g_signal_emit_by_name (entry, "activate");
    cw_test_settle ();
    g_assert_cmpuint (cw_points_entry_page_get_n_chosen (page), ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "entry.save", NULL));
  cw_test_settle ();
  g_assert_cmpuint (count_pending (f, id), ==, before + 1);

  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "");
  g_assert_true (cw_test_press_accel (GTK_WINDOW (f->window), "<Control>z"));
  g_assert_cmpuint (count_pending (f, id), ==, before);
  cw_test_screenshot (GTK_WIDGET (f->window), "undo-points-entry");
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  app = cw_test_application_new (NULL);

  g_test_add ("/jobs/progress-cancel", Fixture, NULL, fixture_setup, test_progress_cancel, cw_test_fixture_teardown);
  g_test_add ("/jobs/export-cancel", Fixture, NULL, fixture_setup, test_export_cancel, cw_test_fixture_teardown);
  g_test_add ("/jobs/failure", Fixture, NULL, fixture_setup, test_failure, cw_test_fixture_teardown);
  g_test_add ("/jobs/owner-destroyed", Fixture, NULL, fixture_setup, test_owner_destroyed, cw_test_fixture_teardown);
  g_test_add ("/undo/households", Fixture, NULL, fixture_setup, test_undo_households, cw_test_fixture_teardown);
  g_test_add ("/undo/search-entry", Fixture, NULL, fixture_setup, test_undo_search_entry, cw_test_fixture_teardown);
  g_test_add ("/undo/refused", Fixture, NULL, fixture_setup, test_undo_refused, cw_test_fixture_teardown);
  g_test_add ("/undo/points-entry", Fixture, NULL, fixture_setup, test_undo_points_entry, cw_test_fixture_teardown);

  return cw_test_application_run (&app);
}
