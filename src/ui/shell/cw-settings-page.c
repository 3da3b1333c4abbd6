/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-settings-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-money.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "ui/grids/cw-grid-settings-group.h"
#include "ui/notices/cw-notice-settings-group.h"
#include "ui/shell/cw-backups-group.h"
#include "ui/shell/cw-roles-group.h"
#include "ui/common/cw-page-landing.h"
#include "ui/shell/cw-settings-page.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-window.h"

typedef enum
{
  DIRTY_VILLAGE  = 1 << 0,
  DIRTY_GROUPS   = 1 << 1,
  DIRTY_OPERATOR = 1 << 2,
  DIRTY_BACKUPS  = 1 << 3,
  DIRTY_ALL      = DIRTY_VILLAGE | DIRTY_GROUPS | DIRTY_OPERATOR | DIRTY_BACKUPS,
} Dirty;

struct _CwSettingsPage
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  gulong                changed_handler;
  guint                 refresh_source;
  Dirty                 dirty;
  GPtrArray            *group_rows;

  /* Template widgets */
  AdwEntryRow          *village_name_row;
  AdwEntryRow          *township_row;
  AdwEntryRow          *county_row;
  GtkListBox           *groups_list;
  AdwEntryRow          *add_group_row;
  AdwEntryRow          *operator_row;
  GtkSwitch            *mask_names_switch;
  AdwEntryRow          *objection_place_row;
  AdwEntryRow          *mediation_short_row;
  AdwEntryRow          *mediation_committee_row;
  AdwEntryRow          *star_criteria_row;
  AdwEntryRow          *large_item_row;
  CwBackupsGroup       *backups_group;
  CwGridSettingsGroup  *grid_settings_group;
  CwNoticeSettingsGroup *notice_settings_group;
  CwRolesGroup         *roles_group;
};

G_DEFINE_FINAL_TYPE (CwSettingsPage, cw_settings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Sets the text of an entry row without revealing its apply button, and
 * never under the cursor of someone typing in it. */
static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
clear_row_text (AdwEntryRow *row)
{
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
report_error (CwSettingsPage *self,
              const GError   *error)
{
  cw_window_show_message (GTK_WIDGET (self), error->message);
}

/* Village */

static void
refresh_village (CwSettingsPage *self)
{
  g_autoptr(CwVillage) village = NULL;

  self->dirty &= ~DIRTY_VILLAGE;

  village = cw_village_load (self->db, NULL);
  if (village == NULL)
    return;

  set_row_text (self->village_name_row, cw_village_get_name (village));
  set_row_text (self->township_row, cw_village_get_township (village));
  set_row_text (self->county_row, cw_village_get_county (village));
}

static void
village_row_apply_cb (CwSettingsPage *self,
                      AdwEntryRow    *row)
{
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(CwVillage) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = row_text (row);

  village = cw_village_load (self->db, &error);
  if (village == NULL)
    {
      if (error != NULL)
        report_error (self, error);
      return;
    }

  /* Only the field that was applied changes; the others may hold text that
   * is still being typed. */
  copy = cw_village_copy (village);
  if (row == self->village_name_row)
    cw_village_set_name (copy, text);
  else if (row == self->township_row)
    cw_village_set_township (copy, text);
  else
    cw_village_set_county (copy, text);

  if (!cw_village_update (self->db, copy, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
      return;
    }

  set_row_text (row, text);
}

static void
entry_row_changed_cb (CwSettingsPage *self,
                      AdwEntryRow    *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Village groups */

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
set_group_action (GtkWidget      *button,
                  const char     *action_name,
                  CwVillageGroup *group)
{
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    cw_village_group_get_id (group));
}

static void
rename_activate_cb (GtkWidget *widget,
                    GtkEntry  *entry)
{
  CwVillageGroup *group = g_object_get_data (G_OBJECT (entry), "cw-group");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*name == '\0')
    return;

  if (g_str_equal (name, cw_village_group_get_name (group)))
    {
      gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER)));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (entry), "settings.rename-group", "(xs)",
                              cw_village_group_get_id (group), name);
}

static GtkWidget *
create_rename_button (CwVillageGroup *group)
{
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *apply;

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), cw_village_group_get_name (group));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  g_object_set_data_full (G_OBJECT (entry), "cw-group", g_object_ref (group), g_object_unref);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_activate_cb), entry);

  apply = gtk_button_new_with_mnemonic (_("_Rename"));
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect (apply, "clicked", G_CALLBACK (rename_activate_cb), entry);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), apply);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Rename"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rename"),
                                  -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
create_group_row (CwVillageGroup *group,
                  gboolean        first,
                  gboolean        last)
{
  GtkWidget *row;
  GtkWidget *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_village_group_get_name (group));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "cw-group", g_object_ref (group), g_object_unref);

  if (cw_village_group_get_retired (group))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Retired"));

      button = gtk_button_new_with_label (_("Restore"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Use this group again"));
      set_group_action (button, "settings.restore-group", group);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "restore", button);

      return row;
    }

  button = create_icon_button ("go-up-symbolic", _("Move Up"));
  if (first)
    gtk_widget_set_sensitive (button, FALSE);
  else
    set_group_action (button, "settings.move-group-up", group);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "up", button);

  button = create_icon_button ("go-down-symbolic", _("Move Down"));
  if (last)
    gtk_widget_set_sensitive (button, FALSE);
  else
    set_group_action (button, "settings.move-group-down", group);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "down", button);

  button = create_rename_button (group);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "rename", button);

  button = gtk_button_new_with_label (_("Retire"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Stop using this group; its households keep it"));
  set_group_action (button, "settings.retire-group", group);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "retire", button);

  return row;
}

static void
refresh_groups (CwSettingsPage *self)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  self->dirty &= ~DIRTY_GROUPS;

  for (guint i = 0; i < self->group_rows->len; i++)
    gtk_list_box_remove (self->groups_list, g_ptr_array_index (self->group_rows, i));
  g_ptr_array_set_size (self->group_rows, 0);

  groups = cw_village_group_list (self->db, TRUE, &error);
  if (groups == NULL)
    {
      report_error (self, error);
      return;
    }

  /* Retired groups keep their place: cw_village_group_move() counts them. */
  n = g_list_model_get_n_items (groups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      GtkWidget *row;

      row = create_group_row (group, i == 0, i + 1 == n);

      /* The "Add group" row stays last, and keeps the focus while someone
       * types in one group after another. */
      gtk_list_box_insert (self->groups_list, row, i);
      g_ptr_array_add (self->group_rows, row);
    }
}

/* After a change the rows are new; put the focus back where it was so that
 * a group can be moved several places with the keyboard. */
static void
focus_group (CwSettingsPage *self,
             gint64          id,
             const char     *role,
             const char     *fallback)
{
  for (guint i = 0; i < self->group_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->group_rows, i);
      CwVillageGroup *group = g_object_get_data (G_OBJECT (row), "cw-group");
      GtkWidget *widget;

      if (cw_village_group_get_id (group) != id)
        continue;

      widget = g_object_get_data (G_OBJECT (row), role);
      if (widget == NULL || !gtk_widget_get_sensitive (widget))
        widget = fallback ? g_object_get_data (G_OBJECT (row), fallback) : NULL;
      if (widget == NULL || !gtk_widget_get_sensitive (widget))
        widget = row;

      gtk_widget_grab_focus (widget);
      return;
    }
}

static void
group_action_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *role = NULL;
  const char *fallback = NULL;
  gint64 id = g_variant_get_int64 (parameter);
  gboolean ok;

  if (g_str_equal (action_name, "settings.move-group-up"))
    {
      ok = cw_village_group_move (self->db, id, -1, &error);
      role = "up";
      fallback = "down";
    }
  else if (g_str_equal (action_name, "settings.move-group-down"))
    {
      ok = cw_village_group_move (self->db, id, +1, &error);
      role = "down";
      fallback = "up";
    }
  else if (g_str_equal (action_name, "settings.retire-group"))
    {
      ok = cw_village_group_set_retired (self->db, id, TRUE, &error);
      role = "restore";
    }
  else
    {
      ok = cw_village_group_set_retired (self->db, id, FALSE, &error);
      role = "retire";
    }

  if (!ok)
    {
      report_error (self, error);
      return;
    }

  refresh_groups (self);
  focus_group (self, id, role, fallback);
}

static void
rename_group_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *name;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &name);

  /* On failure the popover stays open with the name as typed. */
  if (!cw_village_group_rename (self->db, id, name, &error))
    {
      report_error (self, error);
      return;
    }

  refresh_groups (self);
  focus_group (self, id, "rename", NULL);
}

static void
add_group_apply_cb (CwSettingsPage *self,
                    AdwEntryRow    *row)
{
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (row);

  if (*name == '\0')
    return;

  group = cw_village_group_add (self->db, name, &error);
  if (group == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
      return;
    }

  clear_row_text (row);
  refresh_groups (self);
}

/* Notices: kept in the database, not in GSettings, because they are the
 * village's policy: the command line's printouts must follow them too. */

static void mask_names_changed_cb (CwSettingsPage *self,
                                   GParamSpec     *pspec,
                                   GtkSwitch      *widget);

static void
refresh_notices (CwSettingsPage *self)
{
  g_autofree char *place = cw_settings_get_objection_place (self->db);
  g_autofree char *from = cw_money_format (cw_settings_get_finance_large_item (self->db));

  g_signal_handlers_block_by_func (self->mask_names_switch, mask_names_changed_cb, self);
  gtk_switch_set_active (self->mask_names_switch, cw_settings_get_mask_names (self->db));
  g_signal_handlers_unblock_by_func (self->mask_names_switch, mask_names_changed_cb, self);
  set_row_text (self->objection_place_row, place);
  {
    g_autofree char *short_name = cw_settings_get_mediation_short_name (self->db);
    g_autofree char *committee = cw_settings_get_mediation_committee (self->db);

    set_row_text (self->mediation_short_row, short_name != NULL ? short_name : "");
    set_row_text (self->mediation_committee_row, committee != NULL ? committee : "");
  }
  {
    g_autofree char *criteria = cw_settings_get_star_criteria (self->db);

    set_row_text (self->star_criteria_row, criteria);
  }
  set_row_text (self->large_item_row, from);
  cw_notice_settings_group_refresh (self->notice_settings_group);
}

static void
mask_names_changed_cb (CwSettingsPage *self,
                       GParamSpec     *pspec,
                       GtkSwitch      *widget)
{
  g_autoptr(GError) error = NULL;

  if (!cw_settings_set_mask_names (self->db, gtk_switch_get_active (widget), &error))
    report_error (self, error);
}

static void
objection_place_apply_cb (CwSettingsPage *self,
                          AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *place = row_text (row);

  if (!cw_settings_set_objection_place (self->db, place, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
    }
}

static void
mediation_short_apply_cb (CwSettingsPage *self,
                          AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (row);

  if (!cw_settings_set_mediation_short_name (self->db, name, &error))
    report_error (self, error);
}

static void
mediation_committee_apply_cb (CwSettingsPage *self,
                              AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (row);

  if (!cw_settings_set_mediation_committee (self->db, name, &error))
    report_error (self, error);
}

static void
star_criteria_apply_cb (CwSettingsPage *self,
                        AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *criteria = row_text (row);

  if (!cw_settings_set_star_criteria (self->db, criteria, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
    }
}

static void
large_item_apply_cb (CwSettingsPage *self,
                     AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = row_text (row);
  gint64 fen = 0;

  if (!cw_money_parse (text, &fen, &error) ||
      !cw_settings_set_finance_large_item (self->db, fen, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
    }
}

/* Operator */

static void
refresh_operator (CwSettingsPage *self)
{
  g_autofree char *name = NULL;

  self->dirty &= ~DIRTY_OPERATOR;

  name = cw_settings_get_operator (self->db);
  set_row_text (self->operator_row, name != NULL ? name : "");
  refresh_notices (self);
}

static void
operator_apply_cb (CwSettingsPage *self,
                   AdwEntryRow    *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (row);

  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      cw_window_show_message (GTK_WIDGET (self), _("Enter your name: it is recorded with every change."));
      return;
    }

  if (!cw_settings_set_operator (self->db, name, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      report_error (self, error);
      return;
    }

  set_row_text (row, name);
}

/* Following the database */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CwSettingsPage *self = user_data;

  self->refresh_source = 0;

  if (self->dirty & DIRTY_VILLAGE)
    refresh_village (self);
  if (self->dirty & DIRTY_GROUPS)
    refresh_groups (self);
  if (self->dirty & DIRTY_OPERATOR)
    refresh_operator (self);
  if (self->dirty & DIRTY_BACKUPS)
    {
      self->dirty &= ~DIRTY_BACKUPS;
      cw_backups_group_refresh (self->backups_group);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (CwSettingsPage *self,
               Dirty           what)
{
  self->dirty |= what;

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
database_changed_cb (CwSettingsPage *self,
                     const char     *table,
                     CwDatabase     *db)
{
  if (table == NULL)
    queue_refresh (self, DIRTY_ALL);
  else if (g_str_equal (table, "village"))
    queue_refresh (self, DIRTY_VILLAGE);
  else if (g_str_equal (table, "village_group"))
    queue_refresh (self, DIRTY_GROUPS);
  else if (g_str_equal (table, "setting"))
    queue_refresh (self, DIRTY_OPERATOR);
  else if (g_str_equal (table, "village_role") || g_str_equal (table, "person"))
    cw_roles_group_refresh (self->roles_group);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  queue_refresh (CW_SETTINGS_PAGE (widget), DIRTY_ALL);
}

GtkWidget *
cw_settings_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_SETTINGS_PAGE, "database", db, NULL);
}

static void
cw_settings_page_constructed (GObject *object)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (object);

  G_OBJECT_CLASS (cw_settings_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed",
                             G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  cw_backups_group_set_database (self->backups_group, self->db);
  cw_grid_settings_group_set_database (self->grid_settings_group, self->db);
  cw_notice_settings_group_set_database (self->notice_settings_group, self->db);
  cw_roles_group_set_database (self->roles_group, self->db);

  refresh_village (self);
  refresh_groups (self);
  refresh_operator (self);
}

/* Settings is entered at Your Name when the Overview asks for it (the name
 * is not set), and never at the village's own fields, its name selected
 * for the clerk's next keys to replace. */
static GtkWidget *
landing_cb (GtkWidget *page,
            GtkWidget *focus)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (page);
  g_autofree char *operator = cw_settings_get_operator (self->db);

  if (operator == NULL ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->village_name_row)) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->township_row)) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->county_row)))
    return GTK_WIDGET (self->operator_row);

  return NULL;
}

static void
cw_settings_page_dispose (GObject *object)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SETTINGS_PAGE);

  g_clear_pointer (&self->group_rows, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_settings_page_parent_class)->dispose (object);
}

static void
cw_settings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (object);

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
cw_settings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwSettingsPage *self = CW_SETTINGS_PAGE (object);

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
cw_settings_page_class_init (CwSettingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_settings_page_constructed;
  object_class->dispose = cw_settings_page_dispose;
  object_class->get_property = cw_settings_page_get_property;
  object_class->set_property = cw_settings_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_BACKUPS_GROUP);
  g_type_ensure (CW_TYPE_GRID_SETTINGS_GROUP);
  g_type_ensure (CW_TYPE_NOTICE_SETTINGS_GROUP);
  g_type_ensure (CW_TYPE_ROLES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-settings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, village_name_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, township_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, county_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, add_group_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, operator_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, mask_names_switch);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, objection_place_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, mediation_short_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, mediation_committee_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, star_criteria_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, large_item_row);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, backups_group);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, grid_settings_group);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, notice_settings_group);
  gtk_widget_class_bind_template_child (widget_class, CwSettingsPage, roles_group);
  gtk_widget_class_bind_template_callback (widget_class, village_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_group_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, operator_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, mask_names_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, objection_place_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, mediation_short_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, mediation_committee_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, star_criteria_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, large_item_apply_cb);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "settings.move-group-up", "x", group_action_activated);
  gtk_widget_class_install_action (widget_class, "settings.move-group-down", "x", group_action_activated);
  gtk_widget_class_install_action (widget_class, "settings.retire-group", "x", group_action_activated);
  gtk_widget_class_install_action (widget_class, "settings.restore-group", "x", group_action_activated);
  gtk_widget_class_install_action (widget_class, "settings.rename-group", "(xs)", rename_group_activated);
}

static void
cw_settings_page_init (CwSettingsPage *self)
{
  self->group_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  cw_page_landing_set (GTK_WIDGET (self), landing_cb);
}
