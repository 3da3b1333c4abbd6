/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-roles-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/village/cw-village-role.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-roles-group.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwRolesGroup
{
  AdwPreferencesGroup  parent_instance;

  CwDatabase          *db;
  GPtrArray           *rows;   /* the holdings' rows, to remove on refresh */

  /* Template widgets */
  AdwComboRow         *role_row;
  AdwEntryRow         *who_row;
  GtkSwitch           *outsider_switch;
  AdwEntryRow         *from_row;
  GtkLabel            *problem_label;
  AdwExpanderRow      *add_row;
};

G_DEFINE_FINAL_TYPE (CwRolesGroup, cw_roles_group, ADW_TYPE_PREFERENCES_GROUP)

static void
end_chosen_cb (GtkWidget  *owner,
               const char *text,
               gpointer    data)
{
  CwRolesGroup *self = CW_ROLES_GROUP (owner);
  gint64 id = GPOINTER_TO_SIZE (data);
  g_autoptr(GError) error = NULL;

  if (!cw_village_role_end (self->db, id, text, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }
  cw_undo_show_toast (owner, cw_database_get_last_change (self->db), _("The term has ended"));
  cw_roles_group_refresh (self);
}

static void
end_clicked_cb (GtkButton *button,
                gpointer   user_data)
{
  CwRolesGroup *self = user_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "cw-role-id"));

  cw_ui_ask_text (GTK_WIDGET (self), _("End the Term?"), _("The last day in office, as YYYY-MM-DD."),
                  _("Last Day"), _("_End Term"), FALSE, end_chosen_cb, GSIZE_TO_POINTER (id), NULL);
}

void
cw_roles_group_refresh (CwRolesGroup *self)
{
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GListModel) roles = NULL;

  g_return_if_fail (CW_IS_ROLES_GROUP (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->db == NULL || (roles = cw_village_role_list (self->db, today, NULL)) == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (roles, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_End…"));
      const char *household = cw_village_role_get_household_number (role);
      g_autofree char *subtitle = household[0] != '\0'
        /* Translators: a holder, "张三 · household 010002 · since 2021-04-01" */
        ? g_strdup_printf (_("%s · household %s · since %s"), cw_village_role_get_name (role), household,
                           cw_village_role_get_from (role))
        : g_strdup_printf (_("%s · not in the register · since %s"), cw_village_role_get_name (role),
                           cw_village_role_get_from (role));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_role_kind_name (cw_village_role_get_kind (role)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "cw-role-id", GSIZE_TO_POINTER (cw_village_role_get_id (role)));
      g_signal_connect (button, "clicked", G_CALLBACK (end_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_clicked_cb (CwRolesGroup *self)
{
  g_autofree char *who = cw_ui_row_text (GTK_WIDGET (self->who_row));
  g_autofree char *from = cw_ui_row_text (GTK_WIDGET (self->from_row));
  g_autofree char *date = cw_date_normalize (from, NULL);
  g_autoptr(CwVillageRole) role = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person = 0;
  g_autofree char *message = NULL;

  if (!gtk_switch_get_active (self->outsider_switch) &&
      (person = cw_village_role_resolve_person (self->db, who, date, &error)) == 0)
    goto refused;
  role = cw_village_role_new ((CwRoleKind) adw_combo_row_get_selected (self->role_row), person,
                              person == 0 ? who : NULL, from, NULL);
  if (cw_village_role_add (self->db, role, &error) == 0)
    goto refused;
  /* Translators: a toast, "张三 is Party branch secretary" */
  message = g_strdup_printf (_("%s is %s"), cw_village_role_get_name (role),
                             cw_role_kind_name (cw_village_role_get_kind (role)));
  cw_undo_show_toast (GTK_WIDGET (self), cw_database_get_last_change (self->db), message);
  gtk_editable_set_text (GTK_EDITABLE (self->who_row), "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  adw_expander_row_set_expanded (self->add_row, FALSE);
  cw_roles_group_refresh (self);
  return;

refused:
  gtk_label_set_text (self->problem_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
}

void
cw_roles_group_set_database (CwRolesGroup *self,
                             CwDatabase   *db)
{
  g_autofree char *today = cw_date_today_text ();

  g_return_if_fail (CW_IS_ROLES_GROUP (self));

  g_set_object (&self->db, db);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), today);
  cw_roles_group_refresh (self);
}

static void
cw_roles_group_dispose (GObject *object)
{
  CwRolesGroup *self = CW_ROLES_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_ROLES_GROUP);
  g_clear_object (&self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_roles_group_parent_class)->dispose (object);
}

static void
cw_roles_group_class_init (CwRolesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_roles_group_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-roles-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, role_row);
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, who_row);
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, outsider_switch);
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, from_row);
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CwRolesGroup, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
cw_roles_group_init (CwRolesGroup *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < CW_N_ROLES; i++)
    gtk_string_list_append (names, cw_role_kind_name ((CwRoleKind) i));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (names));
}
