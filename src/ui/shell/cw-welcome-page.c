/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-welcome-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/village/cw-demo.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "ui/common/cw-job.h"
#include "ui/shell/cw-welcome-page.h"
#include "ui/cw-ui-resources.h"

struct _CwWelcomePage
{
  AdwBin       parent_instance;

  CwDatabase  *db;

  /* Template widgets */
  AdwEntryRow *name_row;
  AdwEntryRow *township_row;
  AdwEntryRow *county_row;
  AdwEntryRow *operator_row;
  GtkLabel    *error_label;
  GtkWidget   *buttons;
  CwJobBar    *job_bar;
};

G_DEFINE_FINAL_TYPE (CwWelcomePage, cw_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
update_actions (CwWelcomePage *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *operator_name = row_text (self->operator_row);
  gboolean idle = !cw_job_bar_get_running (self->job_bar);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.create",
                                 idle && *name != '\0' && *operator_name != '\0');
  /* While the demo is written, only Cancel does anything; its progress
   * takes the buttons' place, where the clerk looks (below them, it was
   * below the window's edge). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.load-demo", idle);
  gtk_widget_set_visible (self->buttons, idle);
}

static void
show_error (CwWelcomePage *self,
            const GError  *error)
{
  /* Shown under the form; everything typed stays where it is. */
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
text_changed_cb (CwWelcomePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_actions (self);
}

/* Enter moves on to the next field, and from the last one creates the
 * village: the form can be filled in without the mouse. */
static void
entry_activated_cb (CwWelcomePage *self,
                    AdwEntryRow   *row)
{
  if (row == self->name_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->township_row));
  else if (row == self->township_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->county_row));
  else if (row == self->county_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->operator_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "welcome.create", NULL);
}

static gboolean
set_operator (CwWelcomePage  *self,
              const char     *operator_name,
              GError        **error)
{
  return cw_settings_set_operator (self->db, operator_name, error);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (widget);
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *township = row_text (self->township_row);
  g_autofree char *county = row_text (self->county_row);
  g_autofree char *operator_name = row_text (self->operator_row);
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(GError) error = NULL;

  if (*name == '\0' || *operator_name == '\0')
    return;

  /* The operator first, so that the village's own audit row names them. */
  cw_database_set_operator (self->db, operator_name);

  village = cw_village_new (name, township, county);
  if (!cw_village_create (self->db, village, &error) ||
      !set_operator (self, operator_name, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[DONE], 0);
}

/* The demo village is written in a worker, on a connection of its own,
 * with its progress under the buttons and Cancel: a few seconds on a
 * slow disk, and the window is not frozen meanwhile. */
static gboolean
demo_work (CwDatabase     *db,
           gpointer        data,
           CwJobProgress  *progress,
           GCancellable   *cancellable,
           GError        **error)
{
  CwDemoOptions options = { 0 };

  options.progress = cw_job_progress_cb;
  options.progress_data = progress;
  options.cancellable = cancellable;

  return cw_demo_fill (db, &options, error);
}

static void
demo_done (GtkWidget    *owner,
           gpointer      data,
           const GError *error)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (owner);

  update_actions (self);
  if (g_error_matches (error, CW_ERROR, CW_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      show_error (self, error);
      return;
    }

  /* The worker's connection wrote it: this one is told. */
  cw_database_emit_changed (self->db, NULL);
  g_signal_emit (self, signals[DONE], 0);
}

static void
load_demo_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (widget);
  g_autofree char *operator_name = row_text (self->operator_row);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwJob) job = NULL;

  if (cw_job_bar_get_running (self->job_bar))
    return;

  if (*operator_name != '\0' && !set_operator (self, operator_name, &error))
    {
      show_error (self, error);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  job = cw_job_new (widget, self->db, demo_work, NULL, NULL);
  cw_job_show_progress (job, self->job_bar, _("Loading the demo village…"), TRUE);
  cw_job_set_done (job, demo_done);
  cw_job_run (job);
  update_actions (self);
}

gboolean
cw_welcome_page_get_busy (CwWelcomePage *self)
{
  g_return_val_if_fail (CW_IS_WELCOME_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

GtkWidget *
cw_welcome_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_WELCOME_PAGE, "database", db, NULL);
}

static void
cw_welcome_page_map (GtkWidget *widget)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (widget);

  GTK_WIDGET_CLASS (cw_welcome_page_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
cw_welcome_page_dispose (GObject *object)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_WELCOME_PAGE);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_welcome_page_parent_class)->dispose (object);
}

static void
cw_welcome_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_welcome_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwWelcomePage *self = CW_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_welcome_page_class_init (CwWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_welcome_page_dispose;
  object_class->get_property = cw_welcome_page_get_property;
  object_class->set_property = cw_welcome_page_set_property;

  widget_class->map = cw_welcome_page_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CwWelcomePage::done:
   *
   * The database now holds a village: the window can show its pages.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, township_row);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, county_row);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, operator_row);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, buttons);
  gtk_widget_class_bind_template_child (widget_class, CwWelcomePage, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "welcome.load-demo", NULL, load_demo_activated);
}

static void
cw_welcome_page_init (CwWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_actions (self);
}
