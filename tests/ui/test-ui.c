/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "core/common/cw-database.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "ui/shell/cw-application.h"
#include "ui/shell/cw-settings-page.h"
#include "ui/shell/cw-welcome-page.h"
#include "ui/shell/cw-window.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

static CwApplication *app;
static CwTestDir broken_dir;
static char *broken_path;

typedef CwTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  cw_test_fixture_open_database (f, GPOINTER_TO_INT (data));
}

static CwWindow *
open_window (Fixture *f)
{
  CwWindow *window = cw_test_window_new (app, f->db);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

/* The page widget shown in the window's content stack. */
static GtkWidget *
visible_page (CwWindow *window)
{
  GtkWidget *leaflet = cw_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  GtkWidget *stack = cw_test_find_widget (leaflet, GTK_TYPE_STACK, NULL);

  g_assert_nonnull (stack);

  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

static gboolean
on_welcome (gpointer window)
{
  return g_strcmp0 (cw_window_get_visible_page (window), "welcome") == 0;
}

static void
test_first_start (Fixture       *f,
                  gconstpointer  data)
{
  CwWindow *window = open_window (f);
  GtkWidget *welcome;
  g_autoptr(GVariant) state = NULL;

  g_assert_cmpstr (cw_window_get_visible_page (window), ==, "welcome");
  cw_test_screenshot (GTK_WIDGET (window), "welcome");

  /* The pages cannot be reached before there is a village. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-page"));

  welcome = cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_WELCOME_PAGE, NULL);
  g_assert_nonnull (welcome);
  g_assert_true (gtk_widget_activate_action (welcome, "welcome.load-demo", NULL));
  /* Written in a worker: the page shows its progress meanwhile. */
  cw_test_wait_while (on_welcome, window);

  g_assert_true (cw_village_exists (f->db));
  g_assert_cmpstr (cw_window_get_visible_page (window), ==, "overview");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-page"));
}

static void
test_first_start_create (Fixture       *f,
                         gconstpointer  data)
{
  CwWindow *window = open_window (f);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(CwVillage) village = NULL;
  g_autofree char *operator_name = NULL;
  GtkWidget *welcome;

  welcome = cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_WELCOME_PAGE, NULL);
  g_assert_nonnull (welcome);
  cw_test_collect (welcome, ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 4);

  /* Name, township, county, operator; both the name and the operator are
   * needed before the village can be created. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "  新民村 ");
  gtk_widget_activate_action (welcome, "welcome.create", NULL);
  cw_test_settle ();
  g_assert_false (cw_village_exists (f->db));
  g_assert_cmpstr (cw_window_get_visible_page (window), ==, "welcome");

  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "东岭镇");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[3]), "李秀英");
  /* Enter in the last field creates the village. */
  g_signal_emit_by_name (rows->pdata[3], "entry-activated");
  cw_test_settle ();

  g_assert_cmpstr (cw_window_get_visible_page (window), ==, "overview");
  village = cw_village_load (f->db, NULL);
  g_assert_nonnull (village);
  g_assert_cmpstr (cw_village_get_name (village), ==, "新民村");
  g_assert_cmpstr (cw_village_get_township (village), ==, "东岭镇");
  g_assert_cmpstr (cw_village_get_county (village), ==, "");
  operator_name = cw_settings_get_operator (f->db);
  g_assert_cmpstr (operator_name, ==, "李秀英");
  g_assert_cmpstr (cw_database_get_operator (f->db), ==, "李秀英");

  cw_test_screenshot (GTK_WIDGET (window), "overview-new");
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  const char * const *ids = cw_window_get_page_ids ();
  CwWindow *window = open_window (f);
  const char *previous;
  guint n = g_strv_length ((char **) ids);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (ids[0], ==, "overview");

  /* Start from the last page, so that every activation changes the page. */
  cw_window_show_page (window, ids[n - 1]);
  cw_test_settle ();
  previous = cw_window_get_visible_page (window);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *bottom = g_strdup_printf ("%s-bottom", ids[i]);
      GtkWidget *scrolled;

      g_assert_cmpstr (previous, !=, ids[i]);
      cw_test_show_page (window, ids[i]);
      cw_test_screenshot (GTK_WIDGET (window), ids[i]);
      previous = ids[i];

      /* Long pages also from their end, so nothing goes unseen. */
      scrolled = cw_test_find_widget (visible_page (window), GTK_TYPE_SCROLLED_WINDOW, NULL);
      if (scrolled != NULL)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

          if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment))
            {
              gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
              cw_test_settle ();
              cw_test_screenshot (GTK_WIDGET (window), bottom);
            }
        }
    }

  /* The Overview names the village. */
  cw_test_show_page (window, "overview");
  g_assert_true (cw_test_has_label (GTK_WIDGET (window), "青山村"));

  if (g_str_equal (cw_test_get_lang (), "zh_CN"))
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "村务通");
}

static void
count_ready (CwWindow *window,
             guint    *n_ready)
{
  (*n_ready)++;
}

/* The window shows itself before it reads a register: the first page is
 * made once the window has painted, the others the first time they are
 * shown, and "ready" comes once, with the first page. */
static void
test_pages_made_when_shown (Fixture       *f,
                            gconstpointer  data)
{
  CwWindow *window = cw_window_new (app, f->db);
  const char *first, *other;
  guint n_ready = 0;

  g_signal_connect (window, "ready", G_CALLBACK (count_ready), &n_ready);
  for (const char * const *id = cw_window_get_page_ids (); *id != NULL; id++)
    g_assert_null (cw_window_get_page (window, *id));

  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* The Overview, or the page the last session ended on. */
  first = cw_window_get_visible_page (window);
  other = g_str_equal (first, "households") ? "points" : "households";
  g_assert_nonnull (cw_window_get_page (window, first));
  g_assert_true (visible_page (window) == cw_window_get_page (window, first));
  g_assert_cmpuint (n_ready, ==, 1);
  /* Nobody has asked for the other yet. */
  g_assert_null (cw_window_get_page (window, other));

  cw_test_show_page (window, other);
  g_assert_nonnull (cw_window_get_page (window, other));
  g_assert_true (visible_page (window) == cw_window_get_page (window, other));
  cw_test_show_page (window, first);
  cw_test_show_page (window, other);
  g_assert_cmpuint (n_ready, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  CwWindow *window = cw_window_new (app, f->db);
  AdwLeaflet *leaflet;

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();

  leaflet = ADW_LEAFLET (cw_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  cw_test_screenshot (GTK_WIDGET (window), "sidebar-narrow");

  /* A page asked for by its action comes to the front. */
  cw_test_show_page (window, "settings");
  cw_test_settle ();
  cw_test_screenshot (GTK_WIDGET (window), "settings-narrow");
}

static void
test_settings_add_group (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  CwWindow *window = open_window (f);
  GtkStack *stack;
  GtkWidget *page;
  GtkWidget *row;

  cw_test_show_page (window, "settings");

  stack = GTK_STACK (gtk_widget_get_ancestor (cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_SETTINGS_PAGE, NULL),
                                              GTK_TYPE_STACK));
  page = gtk_stack_get_child_by_name (stack, "settings");
  g_assert_null (cw_test_find_widget (page, ADW_TYPE_ACTION_ROW, "第九村民小组"));

  group = cw_village_group_add (f->db, "第九村民小组", &error);
  g_assert_no_error (error);
  cw_test_settle ();

  g_assert_nonnull (cw_test_find_widget (page, ADW_TYPE_ACTION_ROW, "第九村民小组"));

  /* Moving it up through the page's own action. */
  g_assert_true (gtk_widget_activate_action (page, "settings.move-group-up", "x",
                                             cw_village_group_get_id (group)));
  cw_test_settle ();
  {
    g_autoptr(CwVillageGroup) moved = cw_village_group_find (f->db, "第九村民小组", &error);

    g_assert_no_error (error);
    g_assert_cmpint (cw_village_group_get_position (moved), <, cw_village_group_get_position (group));
  }

  /* A duplicate name is refused with a toast; nothing crashes or warns. */
  g_assert_true (gtk_widget_activate_action (page, "settings.rename-group", "(xs)",
                                             cw_village_group_get_id (group), "第一村民小组"));
  cw_test_settle ();
  g_assert_nonnull (cw_test_find_widget (page, ADW_TYPE_ACTION_ROW, "第九村民小组"));

  /* Retired, the group stays in the list, marked as such. */
  g_assert_true (gtk_widget_activate_action (page, "settings.retire-group", "x",
                                             cw_village_group_get_id (group)));
  cw_test_settle ();
  row = cw_test_find_widget (page, ADW_TYPE_ACTION_ROW, "第九村民小组");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, _("Retired"));
  {
    GtkWidget *scrolled = cw_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, 360);
    cw_test_settle ();
    cw_test_screenshot (GTK_WIDGET (window), "settings-groups");
  }
}

/* The notice settings live in the database, where the printouts (window
 * and command line alike) read them. */
static void
test_settings_notices (Fixture       *f,
                       gconstpointer  data)
{
  CwWindow *window = open_window (f);
  GtkStack *stack;
  GtkWidget *page;
  GtkSwitch *mask;

  cw_test_show_page (window, "settings");
  stack = GTK_STACK (gtk_widget_get_ancestor (cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_SETTINGS_PAGE, NULL),
                                              GTK_TYPE_STACK));
  page = gtk_stack_get_child_by_name (stack, "settings");
  mask = GTK_SWITCH (cw_test_find_widget (page, GTK_TYPE_SWITCH, NULL));
  g_assert_nonnull (mask);

  g_assert_false (cw_settings_get_mask_names (f->db));
  gtk_switch_set_active (mask, TRUE);
  cw_test_settle ();
  g_assert_true (cw_settings_get_mask_names (f->db));

  /* A change made elsewhere (the command line) shows in the window. */
  g_assert_true (cw_settings_set_mask_names (f->db, FALSE, NULL));
  cw_test_settle ();
  g_assert_false (gtk_switch_get_active (mask));
  g_assert_false (cw_settings_get_mask_names (f->db));
}

static void
test_about (Fixture       *f,
            gconstpointer  data)
{
  CwWindow *window = open_window (f);
  GtkWindow *about;
  GtkWindow *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  cw_test_settle ();

  about = cw_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  cw_test_screenshot (GTK_WIDGET (about), "about");
  gtk_window_destroy (about);
  cw_test_settle ();

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  cw_test_settle ();
  shortcuts = cw_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  cw_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts");
  gtk_window_close (shortcuts);
  cw_test_settle ();
}

/* The window remembers its size and page, and every page has a shortcut. */
static void
test_window_state (Fixture       *f,
                   gconstpointer  data)
{
  GSettings *settings = cw_application_get_settings (app);
  g_auto(GStrv) accels = NULL;
  g_autofree char *last_page = NULL;
  CwWindow *window;

  /* GSETTINGS_SCHEMA_DIR points at the build tree's compiled schema. */
  g_assert_nonnull (settings);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-page::overview");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>1"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-page::settings");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>comma"));

  window = cw_window_new (app, f->db);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();
  cw_test_show_page (window, "settings");
  gtk_window_close (GTK_WINDOW (window));
  cw_test_settle ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "settings");

  window = cw_window_new (app, f->db);
  gtk_window_present (GTK_WINDOW (window));
  cw_test_settle ();
  g_assert_cmpstr (cw_window_get_visible_page (window), ==, "settings");
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }

  /* Back to the defaults for whatever runs next. */
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-page");
}

/* A file that is not a village record: the program says so, names the file,
 * and leaves it exactly as it was. */
static void
test_open_error (void)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *window;
  GtkWidget *status;

  g_assert_true (g_file_get_contents (broken_path, &before, NULL, NULL));

  g_application_activate (G_APPLICATION (app));
  cw_test_settle ();

  window = cw_test_find_toplevel (ADW_TYPE_APPLICATION_WINDOW);
  g_assert_nonnull (window);
  g_assert_false (CW_IS_WINDOW (window));
  status = cw_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (status);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "broken.db"));
  cw_test_screenshot (GTK_WIDGET (window), "open-error");
  gtk_window_destroy (window);
  cw_test_settle ();

  g_assert_true (g_file_get_contents (broken_path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  cw_test_init (&argc, &argv);

  broken_dir = cw_test_dir_new ();
  broken_path = g_build_filename (broken_dir, "broken.db", NULL);
  g_assert_true (g_file_set_contents (broken_path, "户籍台账,不是数据库\n", -1, NULL));

  app = cw_test_application_new (broken_path);

  g_test_add_func ("/ui/open-error", test_open_error);
  g_test_add ("/ui/first-start", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_first_start, cw_test_fixture_teardown);
  g_test_add ("/ui/first-start/create", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_first_start_create, cw_test_fixture_teardown);
  g_test_add ("/ui/pages", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_pages, cw_test_fixture_teardown);
  g_test_add ("/ui/pages/made-when-shown", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_pages_made_when_shown, cw_test_fixture_teardown);
  g_test_add ("/ui/narrow", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_narrow, cw_test_fixture_teardown);
  g_test_add ("/ui/settings/add-group", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_settings_add_group, cw_test_fixture_teardown);
  g_test_add ("/ui/settings/notices", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_settings_notices, cw_test_fixture_teardown);
  g_test_add ("/ui/about", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_about, cw_test_fixture_teardown);

  g_test_add ("/ui/window-state", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_window_state, cw_test_fixture_teardown);

  ret = cw_test_application_run (&app);
  g_clear_pointer (&broken_dir, cw_test_dir_free);
  g_clear_pointer (&broken_path, g_free);

  return ret;
}
