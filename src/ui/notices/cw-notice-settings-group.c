/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-settings-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/village/cw-settings.h"
#include "ui/notices/cw-notice-settings-group.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeSettingsGroup
{
  AdwPreferencesGroup  parent_instance;

  CwDatabase          *db;
  gboolean             filling;

  /* Template widgets */
  GtkSpinButton       *day_spin;
  GtkSpinButton       *days_spin;
  AdwEntryRow         *place_row;
};

G_DEFINE_FINAL_TYPE (CwNoticeSettingsGroup, cw_notice_settings_group, ADW_TYPE_PREFERENCES_GROUP)

static void
value_changed_cb (CwNoticeSettingsGroup *self,
                  GtkSpinButton         *spin)
{
  g_autoptr(GError) error = NULL;
  guint value = (guint) gtk_spin_button_get_value_as_int (spin);
  gboolean ok;

  if (self->filling || self->db == NULL)
    return;
  ok = spin == self->day_spin ? cw_settings_set_notice_day (self->db, value, &error)
                              : cw_settings_set_notice_days (self->db, value, &error);
  if (!ok)
    cw_window_show_message (GTK_WIDGET (self), error->message);
}

static void
place_apply_cb (CwNoticeSettingsGroup *self,
                AdwEntryRow           *row)
{
  g_autoptr(GError) error = NULL;

  if (self->db == NULL)
    return;
  if (!cw_settings_set_notice_place (self->db, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  cw_notice_settings_group_refresh (self);
}

static void
place_changed_cb (CwNoticeSettingsGroup *self,
                  AdwEntryRow           *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

void
cw_notice_settings_group_refresh (CwNoticeSettingsGroup *self)
{
  g_autofree char *place = NULL;

  g_return_if_fail (CW_IS_NOTICE_SETTINGS_GROUP (self));

  if (self->db == NULL)
    return;
  self->filling = TRUE;
  gtk_spin_button_set_value (self->day_spin, cw_settings_get_notice_day (self->db));
  gtk_spin_button_set_value (self->days_spin, cw_settings_get_notice_days (self->db));
  /* Never under the cursor of someone typing a new place. */
  place = cw_settings_get_notice_place (self->db);
  if (!(gtk_widget_get_state_flags (GTK_WIDGET (self->place_row)) & GTK_STATE_FLAG_FOCUS_WITHIN) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->place_row)), place) != 0)
    {
      adw_entry_row_set_show_apply_button (self->place_row, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), place);
      adw_entry_row_set_show_apply_button (self->place_row, TRUE);
    }
  self->filling = FALSE;
}

void
cw_notice_settings_group_set_database (CwNoticeSettingsGroup *self,
                                       CwDatabase            *db)
{
  g_return_if_fail (CW_IS_NOTICE_SETTINGS_GROUP (self));

  g_set_object (&self->db, db);
  cw_notice_settings_group_refresh (self);
}

static void
cw_notice_settings_group_dispose (GObject *object)
{
  CwNoticeSettingsGroup *self = CW_NOTICE_SETTINGS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_NOTICE_SETTINGS_GROUP);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (cw_notice_settings_group_parent_class)->dispose (object);
}

static void
cw_notice_settings_group_class_init (CwNoticeSettingsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_notice_settings_group_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notice-settings-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticeSettingsGroup, day_spin);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeSettingsGroup, days_spin);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeSettingsGroup, place_row);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_changed_cb);
}

static void
cw_notice_settings_group_init (CwNoticeSettingsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
