/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-party-link-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-settings.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "ui/common/cw-search-picker.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-undo.h"
#include "ui/grids/cw-party-link-dialog.h"
#include "ui/households/cw-household-picker.h"
#include "ui/cw-ui-resources.h"

struct _CwPartyLinkDialog
{
  AdwWindow          parent_instance;

  CwDatabase        *db;
  GtkWidget         *owner;        /* weak: the page the undo toast goes to */
  GListModel        *members;      /* the register's party members */
  CwPerson          *member;       /* picked */
  CwHousehold       *household;    /* picked */
  CwSearchPicker    *member_picker;
  CwHouseholdPicker *household_picker;

  /* Template widgets */
  GtkBox            *fields;
  GtkWidget         *member_heading;
  GtkLabel          *member_label;
  GtkWidget         *household_heading;
  GtkLabel          *household_label;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (CwPartyLinkDialog, cw_party_link_dialog, ADW_TYPE_WINDOW)

static int
match_member (gpointer    item,
              const char *query,
              gpointer    user_data)
{
  return cw_person_matches (item, query) ? 1 : 0;
}

static void
describe_member (gpointer   item,
                 char     **title,
                 char     **subtitle,
                 gpointer   user_data)
{
  *title = g_strdup (cw_person_get_name (item));
  /* Translators: a person in the picker: 户号 · 村民小组 */
  *subtitle = g_strdup_printf (_("Household %s · %s"), cw_person_get_household_number (item),
                               cw_person_get_group_name (item));
}

static void
member_picked_cb (CwPartyLinkDialog *self,
                  CwPerson          *person)
{
  guint count = cw_party_link_count (self->db, cw_person_get_id (person));
  g_autofree char *text = NULL;

  g_set_object (&self->member, person);
  cw_search_picker_set_text (self->member_picker, cw_person_get_name (person));
  /* Translators: under the party member picked: 户号, and how many households they look after */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Household %s; looks after %u household now",
                                       "Household %s; looks after %u households now", count),
                          cw_person_get_household_number (person), count);
  gtk_label_set_text (self->member_label, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->household_picker));
}

static void
household_picked_cb (CwPartyLinkDialog *self,
                     CwHousehold       *household)
{
  g_autofree char *text = NULL;

  g_set_object (&self->household, household);
  cw_household_picker_set_text (self->household_picker, cw_household_get_number (household));
  /* Translators: under the household picked: its head */
  text = g_strdup_printf (_("Head of household %s"), cw_household_get_head_name (household));
  gtk_label_set_text (self->household_label, text);
}

static void
show_error (CwPartyLinkDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

gboolean
cw_party_link_dialog_save (CwPartyLinkDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint count = 0;
  int max;

  g_return_val_if_fail (CW_IS_PARTY_LINK_DIALOG (self), FALSE);

  /* What was typed and not yet picked counts as picked; typed again after
   * a pick, the pick is forgotten. */
  if (self->member != NULL && g_strcmp0 (cw_search_picker_get_text (self->member_picker),
                                         cw_person_get_name (self->member)) != 0)
    g_clear_object (&self->member);
  if (self->household != NULL && g_strcmp0 (cw_household_picker_get_text (self->household_picker),
                                            cw_household_get_number (self->household)) != 0)
    g_clear_object (&self->household);
  if (self->member == NULL)
    cw_search_picker_pick_best (self->member_picker);
  if (self->household == NULL)
    cw_household_picker_pick_best (self->household_picker);
  if (self->member == NULL || self->household == NULL)
    {
      show_error (self, self->member == NULL ? _("Type a party member’s name, its pinyin or an ID number, and pick "
                                                 "them from the list.")
                                             : _("Type a 户号 or a member’s name, and pick the household from the "
                                                 "list."));
      return FALSE;
    }
  if (!cw_party_link_add (self->db, cw_person_get_id (self->member), cw_household_get_id (self->household), "",
                          &count, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  max = cw_grid_settings_get_link_max (self->db);
  if ((int) count > max)
    /* Translators: a toast: the member, the households they look after, the usual maximum */
    title = g_strdup_printf (_("%s now looks after %u households, more than the usual %d"),
                             cw_person_get_name (self->member), count, max);
  else
    /* Translators: a toast: the member and the 户号 */
    title = g_strdup_printf (_("%s looks after household %s"), cw_person_get_name (self->member),
                             cw_household_get_number (self->household));
  if (self->owner != NULL)
    cw_undo_show_toast (self->owner, cw_database_get_last_change (self->db), title);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

void
cw_party_link_dialog_search (CwPartyLinkDialog *self,
                             const char        *member,
                             const char        *household)
{
  g_return_if_fail (CW_IS_PARTY_LINK_DIALOG (self));

  if (member != NULL)
    {
      g_clear_object (&self->member);
      gtk_editable_set_text (GTK_EDITABLE (cw_search_picker_get_entry (self->member_picker)), member);
    }
  if (household != NULL)
    {
      g_clear_object (&self->household);
      cw_household_picker_set_text (self->household_picker, household);
    }
}

static void
save_clicked_cb (CwPartyLinkDialog *self)
{
  cw_party_link_dialog_save (self);
}

CwPartyLinkDialog *
cw_party_link_dialog_new (GtkWidget  *owner,
                          CwDatabase *db,
                          gint64      household_id)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  CwPartyLinkDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_PARTY_LINK_DIALOG, NULL);
  cw_ui_window_set_owner (GTK_WINDOW (self), owner, &self->owner);
  self->db = g_object_ref (db);

  query.party_members = TRUE;
  self->members = cw_person_query_run (db, &query, NULL);
  self->member_picker = CW_SEARCH_PICKER (cw_search_picker_new ());
  cw_search_picker_set_funcs (self->member_picker, match_member, describe_member, self);
  cw_search_picker_set_placeholder (self->member_picker, _("Name, pinyin or ID number"));
  if (self->members != NULL)
    cw_search_picker_set_items (self->member_picker, self->members);
  gtk_box_insert_child_after (self->fields, GTK_WIDGET (self->member_picker), self->member_heading);
  g_signal_connect_object (self->member_picker, "picked", G_CALLBACK (member_picked_cb), self, G_CONNECT_SWAPPED);

  self->household_picker = CW_HOUSEHOLD_PICKER (cw_household_picker_new (db));
  gtk_box_insert_child_after (self->fields, GTK_WIDGET (self->household_picker), self->household_heading);
  g_signal_connect_object (self->household_picker, "picked", G_CALLBACK (household_picked_cb), self,
                           G_CONNECT_SWAPPED);

  if (household_id != 0)
    {
      g_autoptr(CwHousehold) household = cw_household_load (db, household_id, NULL);

      if (household != NULL)
        household_picked_cb (self, household);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->member_picker));
  return self;
}

static void
cw_party_link_dialog_dispose (GObject *object)
{
  CwPartyLinkDialog *self = CW_PARTY_LINK_DIALOG (object);

  cw_ui_window_forget_owner (&self->owner);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PARTY_LINK_DIALOG);
  g_clear_object (&self->member);
  g_clear_object (&self->household);
  g_clear_object (&self->members);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_party_link_dialog_parent_class)->dispose (object);
}

static void
cw_party_link_dialog_class_init (CwPartyLinkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_party_link_dialog_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-party-link-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, fields);
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, member_heading);
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, member_label);
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, household_heading);
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, household_label);
  gtk_widget_class_bind_template_child (widget_class, CwPartyLinkDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_party_link_dialog_init (CwPartyLinkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
