/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-record-editor.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/shell/cw-open-error-window.h"
#include "ui/shell/cw-restore-dialog.h"
#include "ui/shell/cw-backups-group.h"
#include "ui/shell/cw-window.h"

#include "cw-test-util.h"
#include "reliability-util.h"

/* The window's side of issue 8: a damaged record says what happened and
 * offers its newest good backup; Settings restores any backup; a save the
 * busy file refuses costs a moment and keeps what was typed. Screenshots:
 * damaged-database, damaged-no-backup, restore-dialog, restore-confirm,
 * restore-done, backup-refused, busy-save (in tests/ui/screenshots/). */

static CwApplication *app;

typedef struct
{
  RelVillage  village;
  const char *dir;
  const char *path;
} Place;

static void
place_setup (Place         *p,
             gconstpointer  data)
{
  p->village = rel_village_new ();
  p->dir = p->village.dir;
  p->path = p->village.path;
  g_object_set (app, "db-path", p->path, NULL);
}

static void
place_teardown (Place         *p,
                gconstpointer  data)
{
  GtkWindow *window;

  while ((window = cw_test_find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (window);
  cw_test_settle ();
  rel_village_clear (&p->village);
}

static char *
backup_now (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *made = cw_backup_rotate (path, &error);

  g_assert_no_error (error);
  return made;
}

static char *
when_of (const char *backup)
{
  g_autoptr(GDateTime) made = cw_backup_get_date (backup);

  return g_date_time_format (made, "%Y-%m-%d %H:%M");
}

/* Done when it says how it went, in a message dialog. */
static gboolean
nothing_said (gpointer data)
{
  return cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static GtkWindow *
activate (void)
{
  g_application_activate (G_APPLICATION (app));
  cw_test_settle ();
  return gtk_application_get_active_window (GTK_APPLICATION (app));
}

static char *
kept_file (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, "-before-restore-") != NULL)
      return g_build_filename (dir, name, NULL);
  return NULL;
}

static void
respond_and_wait (const char *screenshot)
{
  GtkWindow *confirm;

  cw_test_settle ();
  confirm = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  cw_test_screenshot (GTK_WIDGET (confirm), screenshot);
  cw_test_respond ("restore");
  cw_test_wait_while (nothing_said, NULL);
}

static void
test_damaged_page (Place         *p,
                   gconstpointer  data)
{
  g_autofree char *backup = backup_now (p->path);
  g_autofree char *when = when_of (backup);
  g_autofree char *kept = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) kept_bytes = NULL;
  GtkWindow *window, *done;
  GtkWidget *status, *button;
  CwDatabase *db;

  rel_damage_table (p->path, "sqlite_schema");
  damaged = rel_read (p->path);

  window = activate ();
  g_assert_true (CW_IS_OPEN_ERROR_WINDOW (window));
  status = cw_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, _("The Village Record Is Damaged"));
  /* What happened, the newest good backup by its date, what to do. */
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "village.db"));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), when));
  button = cw_test_find_actionable (GTK_WIDGET (window), "error.restore-newest");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (button)), when));
  g_assert_true (gtk_widget_get_visible (cw_test_find_actionable (GTK_WIDGET (window), "error.open-other")));
  cw_test_screenshot (GTK_WIDGET (window), "damaged-database");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "error.restore-newest", NULL));
  respond_and_wait ("restore-confirm");

  /* The window opens on the restored record, and says where the old is. */
  window = GTK_WINDOW (cw_test_find_toplevel (CW_TYPE_WINDOW));
  db = cw_window_get_database (CW_WINDOW (window));
  g_assert_cmpstr (cw_database_get_path (db), ==, p->path);
  g_assert_true (cw_village_exists (db));
  kept = kept_file (p->dir);
  g_assert_nonnull (kept);
  done = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (done);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (done)), kept));
  cw_test_screenshot (GTK_WIDGET (done), "restore-done");
  cw_test_respond ("close");

  /* The damaged file is kept as it was, byte for byte. */
  kept_bytes = rel_read (kept);
  g_assert_true (g_bytes_equal (damaged, kept_bytes));
}

static void
test_damaged_no_backup (Place         *p,
                        gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  GtkWindow *window;
  GtkWidget *status;

  rel_damage_table (p->path, "sqlite_schema");
  before = rel_read (p->path);

  window = activate ();
  g_assert_true (CW_IS_OPEN_ERROR_WINDOW (window));
  status = cw_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                            rel_is_chinese () ? "没有" : "no good backup"));
  g_assert_false (gtk_widget_get_visible (cw_test_find_actionable (GTK_WIDGET (window), "error.restore-newest")));
  /* A copy kept elsewhere can still be chosen. */
  g_assert_true (gtk_widget_get_visible (cw_test_find_actionable (GTK_WIDGET (window), "error.choose-backup")));
  cw_test_screenshot (GTK_WIDGET (window), "damaged-no-backup");
  gtk_window_destroy (window);
  cw_test_settle ();

  after = rel_read (p->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_settings_restore (Place         *p,
                       gconstpointer  data)
{
  g_autofree char *older = backup_now (p->path);
  g_autofree char *newer = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GListModel) groups = NULL;
  GtkWindow *window, *dialog;
  GtkWidget *backups;
  CwDatabase *db;
  guint picks = 0;

  window = activate ();
  g_assert_true (CW_IS_WINDOW (window));
  db = cw_window_get_database (CW_WINDOW (window));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwVillageGroup) group = cw_village_group_add (db, "备份之后的组", &error);
    g_assert_no_error (error);
  }
  newer = backup_now (p->path);

  cw_window_show_page (CW_WINDOW (window), "settings");
  cw_test_settle ();
  backups = cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_BACKUPS_GROUP, NULL);
  g_assert_true (gtk_widget_activate_action (backups, "backups.restore", NULL));
  cw_test_settle ();

  /* Every backup of the rotation with its date and size, and a file. */
  dialog = cw_test_find_toplevel (CW_TYPE_RESTORE_DIALOG);
  g_assert_nonnull (dialog);
  cw_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (rows->pdata[i]), "restore.pick") == 0)
      {
        g_assert_nonnull (adw_action_row_get_subtitle (rows->pdata[i]));
        picks++;
      }
  g_assert_cmpuint (picks, ==, 2);
  g_assert_nonnull (cw_test_find_actionable (GTK_WIDGET (dialog), "restore.choose-file"));
  cw_test_screenshot (GTK_WIDGET (dialog), "restore-dialog");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "restore.pick", "s", older));
  cw_test_settle ();
  /* Nothing has happened before the clerk says so. */
  g_assert_true (CW_IS_WINDOW (cw_test_find_toplevel (CW_TYPE_WINDOW)));
  window = NULL;
  db = NULL;
  respond_and_wait ("restore-confirm-settings");
  cw_test_respond ("close");

  window = GTK_WINDOW (cw_test_find_toplevel (CW_TYPE_WINDOW));
  db = cw_window_get_database (CW_WINDOW (window));
  groups = cw_village_group_list (db, TRUE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      g_assert_cmpstr (cw_village_group_get_name (group), !=, "备份之后的组");
    }
  g_assert_cmpstr (cw_window_get_visible_page (CW_WINDOW (window)), !=, "welcome");
}

/* Back Up Now on a record with a damaged page: no backup, the reason, and
 * the way to a good one. */
static void
test_backup_refused (Place         *p,
                     gconstpointer  data)
{
  g_autofree char *good = backup_now (p->path);
  g_autofree char *when = when_of (good);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWindow *window, *dialog;
  GtkWidget *backups;

  rel_damage_table (p->path, "person");
  before = cw_backup_list (p->path);

  window = activate ();
  g_assert_true (CW_IS_WINDOW (window));
  cw_window_show_page (CW_WINDOW (window), "settings");
  cw_test_settle ();
  backups = cw_test_find_widget (GTK_WIDGET (window), CW_TYPE_BACKUPS_GROUP, NULL);
  g_assert_true (gtk_widget_activate_action (backups, "backups.back-up-now", NULL));
  /* The copy is checked off the main loop; then it says why not. */
  cw_test_wait_while (nothing_said, NULL);

  dialog = cw_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), good));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), when));
  cw_test_screenshot (GTK_WIDGET (dialog), "backup-refused");
  after = cw_backup_list (p->path);
  g_assert_cmpuint (after->len, ==, before->len);

  cw_test_respond ("restore");
  g_assert_nonnull (cw_test_find_toplevel (CW_TYPE_RESTORE_DIALOG));
}

/* Another program holds the record while the clerk saves: a moment, a
 * "busy, try again" in their language, the editor still open with their
 * text; once the file is free the same save goes through. */
static void
test_busy_save (Place         *p,
                gconstpointer  data)
{
  GtkWindow *window = activate ();
  CwDatabase *db;
  CwShopGoodsEditor *editor;
  GtkWidget *name_row, *price;
  RelLock *lock;
  gint64 start, elapsed_ms;
  gboolean saved;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean said_busy = FALSE;

  g_assert_true (CW_IS_WINDOW (window));
  db = cw_window_get_database (CW_WINDOW (window));
  /* The application gives its window a short wait. */
  g_assert_cmpuint (cw_database_get_wait (db), ==, CW_DATABASE_WAIT_WINDOW);

  editor = cw_shop_goods_editor_new (GTK_WIDGET (window), db, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  cw_test_settle ();
  name_row = cw_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "香皂");
  price = cw_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (price), 8);

  lock = rel_lock_hold (p->path, 4000, FALSE);
  start = g_get_monotonic_time ();
  saved = cw_record_editor_save (CW_RECORD_EDITOR (editor));
  elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  cw_test_settle ();

  g_assert_false (saved);
  g_assert_cmpint (elapsed_ms, <, 1500);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "香皂");
  cw_test_collect (GTK_WIDGET (editor), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) &&
        strstr (gtk_label_get_text (labels->pdata[i]), rel_is_chinese () ? "稍后再试" : "try again") != NULL)
      said_busy = TRUE;
  g_assert_true (said_busy);
  cw_test_screenshot (GTK_WIDGET (editor), "busy-save");

  rel_lock_release (lock);
  g_assert_true (cw_record_editor_save (CW_RECORD_EDITOR (editor)));
  cw_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  cw_test_init (&argc, &argv);
  rel_init_locale ();
  app = cw_test_application_new (NULL);

  g_test_add ("/reliability/window/damaged-page", Place, NULL, place_setup, test_damaged_page, place_teardown);
  g_test_add ("/reliability/window/damaged-no-backup", Place, NULL, place_setup, test_damaged_no_backup, place_teardown);
  g_test_add ("/reliability/window/settings-restore", Place, NULL, place_setup, test_settings_restore, place_teardown);
  g_test_add ("/reliability/window/backup-refused", Place, NULL, place_setup, test_backup_refused, place_teardown);
  g_test_add ("/reliability/window/busy-save", Place, NULL, place_setup, test_busy_save, place_teardown);

  return cw_test_application_run (&app);
}
