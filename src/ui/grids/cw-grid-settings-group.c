/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-settings-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/grids/cw-grid-settings.h"
#include "ui/grids/cw-grid-settings-group.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwGridSettingsGroup
{
  AdwPreferencesGroup  parent_instance;

  CwDatabase          *db;
  gboolean             filling;

  /* Template widgets */
  GtkSpinButton       *visit_spin;
  GtkSpinButton       *link_spin;
  GtkSpinButton       *must_spin;
  GtkSpinButton       *red_spin;
  GtkSpinButton       *yellow_spin;
  GtkSpinButton       *blue_spin;
};

G_DEFINE_FINAL_TYPE (CwGridSettingsGroup, cw_grid_settings_group, ADW_TYPE_PREFERENCES_GROUP)

/* Each spin button and the key it keeps. */
static GtkSpinButton **
spin_for (CwGridSettingsGroup *self,
          guint                i,
          const char         **key)
{
  static const char * const keys[] = {
    CW_SETTING_GRID_VISIT_DAYS, CW_SETTING_GRID_LINK_MAX, CW_SETTING_GRID_MUST_VISIT_DAYS,
    CW_SETTING_GRID_LIMIT_RED, CW_SETTING_GRID_LIMIT_YELLOW, CW_SETTING_GRID_LIMIT_BLUE, NULL,
  };
  GtkSpinButton **spins[] = {
    &self->visit_spin, &self->link_spin, &self->must_spin, &self->red_spin, &self->yellow_spin, &self->blue_spin,
  };

  *key = keys[i];
  return keys[i] != NULL ? spins[i] : NULL;
}

static void
value_changed_cb (CwGridSettingsGroup *self,
                  GtkSpinButton       *spin)
{
  g_autoptr(GError) error = NULL;
  const char *key;
  GtkSpinButton **each;

  if (self->filling || self->db == NULL)
    return;
  for (guint i = 0; (each = spin_for (self, i, &key)) != NULL; i++)
    if (*each == spin && !cw_grid_settings_set_days (self->db, key, gtk_spin_button_get_value_as_int (spin), &error))
      cw_window_show_message (GTK_WIDGET (self), error->message);
}

void
cw_grid_settings_group_set_database (CwGridSettingsGroup *self,
                                     CwDatabase          *db)
{
  g_return_if_fail (CW_IS_GRID_SETTINGS_GROUP (self));

  g_set_object (&self->db, db);
  if (db == NULL)
    return;
  self->filling = TRUE;
  gtk_spin_button_set_value (self->visit_spin, cw_grid_settings_get_visit_days (db));
  gtk_spin_button_set_value (self->link_spin, cw_grid_settings_get_link_max (db));
  gtk_spin_button_set_value (self->must_spin, cw_grid_settings_get_must_visit_days (db));
  gtk_spin_button_set_value (self->red_spin, cw_grid_settings_get_limit_days (db, "red"));
  gtk_spin_button_set_value (self->yellow_spin, cw_grid_settings_get_limit_days (db, "yellow"));
  gtk_spin_button_set_value (self->blue_spin, cw_grid_settings_get_limit_days (db, "blue"));
  self->filling = FALSE;
}

static void
cw_grid_settings_group_dispose (GObject *object)
{
  CwGridSettingsGroup *self = CW_GRID_SETTINGS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_GRID_SETTINGS_GROUP);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (cw_grid_settings_group_parent_class)->dispose (object);
}

static void
cw_grid_settings_group_class_init (CwGridSettingsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_grid_settings_group_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-settings-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, visit_spin);
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, link_spin);
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, must_spin);
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, red_spin);
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, yellow_spin);
  gtk_widget_class_bind_template_child (widget_class, CwGridSettingsGroup, blue_spin);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
}

static void
cw_grid_settings_group_init (CwGridSettingsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
