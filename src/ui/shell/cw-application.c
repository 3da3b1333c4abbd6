/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database.h"
#include "ui/common/cw-job.h"
#include "ui/shell/cw-application.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-open-error-window.h"
#include "ui/shell/cw-window.h"

struct _CwApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  GSettings      *settings;
  gboolean        settings_looked_up;
};

G_DEFINE_FINAL_TYPE (CwApplication, cw_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DB_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

CwApplication *
cw_application_new (const char *db_path)
{
  return g_object_new (CW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "db-path", db_path,
                       NULL);
}

const char *
cw_application_get_db_path (CwApplication *self)
{
  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);

  return self->db_path;
}

GSettings *
cw_application_get_settings (CwApplication *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source;

  g_return_val_if_fail (CW_IS_APPLICATION (self), NULL);

  if (self->settings_looked_up)
    return self->settings;
  self->settings_looked_up = TRUE;

  /* g_settings_new() aborts on a missing schema, and a program run from the
   * build tree has not installed its schema; look in the build tree then. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      build_source = g_settings_schema_source_new_from_directory (BUILD_SCHEMADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_debug ("Settings schema %s not found; window state is not remembered", APP_ID);
      return NULL;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);

  return self->settings;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows;

  /* Closing rather than g_application_quit() lets each window remember its
   * size; the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (app));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Village Affairs"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Cunwu developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

typedef struct
{
  char *db_path;
  char *written;
} DailyBackup;

static void
daily_backup_free (gpointer data)
{
  DailyBackup *backup = data;

  g_free (backup->db_path);
  g_free (backup->written);
  g_free (backup);
}

static gboolean
daily_backup_work (CwDatabase     *db,
                   gpointer        data,
                   CwJobProgress  *progress,
                   GCancellable   *cancellable,
                   GError        **error)
{
  DailyBackup *backup = data;
  GError *local_error = NULL;

  backup->written = cw_backup_daily (backup->db_path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static void
daily_backup_done (GtkWidget    *owner,
                   gpointer      data,
                   const GError *error)
{
  DailyBackup *backup = data;
  CwWindow *window = CW_WINDOW (owner);

  if (error != NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The daily backup failed: %s"), error->message);
      cw_window_show_toast (window, adw_toast_new (message));
    }
  else if (backup->written != NULL)
    {
      g_debug ("Daily backup written to %s", backup->written);
      /* The Overview and Settings list the backups. */
      cw_window_reload (window);
    }
}

/* The backup copies and checks the whole file, which at township scale
 * keeps a disk and a core busy for a minute: off the main loop, and only
 * once the window shows its first page and the main loop has nothing left
 * to do, so the day's first start is as quick as any other. */
static gboolean
start_daily_backup (gpointer data)
{
  CwWindow *window = data;
  g_autoptr(CwJob) job = NULL;
  DailyBackup *backup = g_new0 (DailyBackup, 1);

  /* cw_backup_daily() reads the file, not a connection. */
  backup->db_path = g_strdup (cw_database_get_path (cw_window_get_database (window)));
  job = cw_job_new (GTK_WIDGET (window), NULL, daily_backup_work, backup, daily_backup_free);
  cw_job_set_done (job, daily_backup_done);
  cw_job_run (job);
  return G_SOURCE_REMOVE;
}

static void
window_ready_cb (CwWindow *window)
{
  g_idle_add_full (G_PRIORITY_LOW, start_daily_backup, g_object_ref (window), g_object_unref);
}

static void
cw_application_activate (GApplication *app)
{
  CwApplication *self = CW_APPLICATION (app);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  db = cw_database_open (self->db_path, &error);
  if (db == NULL)
    {
      gtk_window_present (GTK_WINDOW (cw_open_error_window_new (self, self->db_path, error)));
      return;
    }
  cw_database_set_wait (db, CW_DATABASE_WAIT_WINDOW);

  window = GTK_WINDOW (cw_window_new (self, db));
  g_signal_connect (window, "ready", G_CALLBACK (window_ready_cb), NULL);
  gtk_window_present (window);
}

static void
cw_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (cw_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  cw_window_add_accels (GTK_APPLICATION (app));
  gtk_window_set_default_icon_name (APP_ID);
}

static void
cw_application_constructed (GObject *object)
{
  CwApplication *self = CW_APPLICATION (object);

  G_OBJECT_CLASS (cw_application_parent_class)->constructed (object);

  if (self->db_path == NULL)
    self->db_path = cw_database_default_path ();
}

static void
cw_application_finalize (GObject *object)
{
  CwApplication *self = CW_APPLICATION (object);

  g_clear_pointer (&self->db_path, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cw_application_parent_class)->finalize (object);
}

static void
cw_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CwApplication *self = CW_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CwApplication *self = CW_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_free (self->db_path);
      self->db_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_application_class_init (CwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = cw_application_constructed;
  object_class->finalize = cw_application_finalize;
  object_class->get_property = cw_application_get_property;
  object_class->set_property = cw_application_set_property;

  /* gtk/help-overlay.ui, style.css and the icon must be registered before
   * startup looks for them. */
  (void) cw_ui_get_resource ();

  app_class->activate = cw_application_activate;
  app_class->startup = cw_application_startup;

  /* Writable, so that "Open Another File…" can point the next activation
   * elsewhere. */
  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_application_init (CwApplication *self)
{
}
