/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/households/cw-household-number.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-discard-dialog.h"
#include "ui/households/cw-person-form.h"
#include "ui/households/cw-tags-row.h"
#include "ui/cw-ui-resources.h"

struct _CwHouseholdEditor
{
  AdwWindow             parent_instance;

  CwDatabase           *db;
  GListModel           *households;
  CwHousehold          *household;   /* NULL for a new one */
  CwPerson             *head;        /* NULL when it has no present head */
  GArray               *group_ids;
  GArray               *group_positions;
  char                 *suggested;
  gboolean              updating;
  gboolean              dirty;
  gboolean              confirming;
  gboolean              closing;
  GHashTable           *touched;
  GtkWidget            *error_row;
  GtkWidget            *error_on;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *save_button;
  AdwPreferencesGroup  *household_group;
  AdwComboRow          *group_row;
  AdwEntryRow          *number_row;
  GtkButton            *suggest_button;
  AdwEntryRow          *address_row;
  AdwEntryRow          *phone_row;
  CwTagsRow            *tags_row;
  AdwEntryRow          *notes_row;
  CwPersonForm         *head_form;
  GtkRevealer          *reason_revealer;
  GtkImage             *reason_icon;
  GtkLabel             *reason_label;
};

G_DEFINE_FINAL_TYPE (CwHouseholdEditor, cw_household_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gint64
selected_group_id (CwHouseholdEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->group_ids->len)
    return 0;

  return g_array_index (self->group_ids, gint64, selected);
}

static CwHousehold *
dup_household (CwHouseholdEditor *self)
{
  CwHousehold *copy = self->household != NULL ? cw_household_copy (self->household) : cw_household_new ();
  g_autofree char *number = entry_text (self->number_row);
  g_autofree char *address = entry_text (self->address_row);
  g_autofree char *phone = entry_text (self->phone_row);
  g_autofree char *notes = entry_text (self->notes_row);

  cw_household_set_group_id (copy, selected_group_id (self));
  cw_household_set_text (copy, "number", number);
  cw_household_set_text (copy, "address", address);
  cw_household_set_text (copy, "phone", phone);
  cw_household_set_text (copy, "tags", cw_tags_row_get_tags (self->tags_row));
  cw_household_set_text (copy, "notes", notes);

  return copy;
}

static void
show_reason (CwHouseholdEditor *self,
             const char        *message,
             gboolean           is_error)
{
  gtk_revealer_set_reveal_child (self->reason_revealer, message != NULL);
  if (message == NULL)
    return;

  gtk_label_set_text (self->reason_label, message);
  gtk_image_set_from_icon_name (self->reason_icon,
                                is_error ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_icon), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_icon), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_label), "dim-label");
    }
}

static GtkWidget *
row_for_error (CwHouseholdEditor *self,
               const GError      *error)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->group_row), GTK_WIDGET (self->number_row), GTK_WIDGET (self->address_row),
    GTK_WIDGET (self->phone_row), GTK_WIDGET (self->tags_row), GTK_WIDGET (self->notes_row),
  };

  if (error == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (cw_ui_error_names_field (error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]))))
        return rows[i];
    }

  return NULL;
}

static void
place_error (CwHouseholdEditor *self,
             GtkWidget         *row,
             const char        *message)
{
  if (self->error_on != NULL && self->error_on != row)
    gtk_widget_remove_css_class (self->error_on, "error");
  self->error_on = row;
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");

  cw_ui_field_error_show (self->error_row, row, message);
}

static gboolean
check_household (CwHouseholdEditor  *self,
                 gboolean            show_all,
                 GError            **error)
{
  g_autoptr(CwHousehold) copy = dup_household (self);
  g_autoptr(GError) local_error = NULL;
  GtkWidget *row;

  if (cw_household_validate (copy, &local_error) &&
      self->households != NULL &&
      cw_household_number_find (self->households, cw_household_get_number (copy),
                                   cw_household_get_id (copy)) != NULL)
    {
      /* Told while typing, not only when saving. */
      g_set_error (&local_error, CW_ERROR, CW_ERROR_EXISTS,
                   _("Household number: %s is already taken by another household."),
                   cw_household_get_number (copy));
    }

  row = row_for_error (self, local_error);
  if (row != NULL && (show_all || g_hash_table_contains (self->touched, row)))
    place_error (self, row, local_error->message);
  else
    place_error (self, NULL, NULL);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
revalidate (CwHouseholdEditor *self,
            gboolean           show_all)
{
  g_autoptr(GError) household_error = NULL;
  g_autoptr(GError) head_error = NULL;
  gboolean household_ok = check_household (self, show_all, &household_error);
  gboolean head_ok = TRUE;
  const GError *first;

  if (gtk_widget_get_visible (GTK_WIDGET (self->head_form)))
    head_ok = cw_person_form_check (self->head_form, show_all, &head_error);

  first = household_error != NULL ? household_error : head_error;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", household_ok && head_ok);
  /* Why Save waits, unless the row at fault already says so. */
  if (first != NULL &&
      ((first == household_error && self->error_on != NULL) ||
       (first == head_error && g_strcmp0 (cw_person_form_get_shown_error (self->head_form), first->message) == 0)))
    first = NULL;
  show_reason (self, first != NULL ? first->message : NULL, FALSE);

  return household_ok && head_ok;
}

static void
suggest_number (CwHouseholdEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);
  g_autofree char *number = NULL;

  if (self->households == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= self->group_ids->len)
    return;

  number = cw_household_number_suggest (self->households,
                                           g_array_index (self->group_ids, gint64, selected),
                                           g_array_index (self->group_positions, int, selected));
  g_free (self->suggested);
  self->suggested = g_strdup (number);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  self->updating = FALSE;
}

static void
row_changed (CwHouseholdEditor *self,
             GtkWidget         *row)
{
  if (self->updating)
    return;

  self->dirty = TRUE;
  g_hash_table_add (self->touched, row);
  revalidate (self, FALSE);
}

static void
entry_changed_cb (CwHouseholdEditor *self,
                  GtkWidget         *row)
{
  row_changed (self, row);
}

static void
tags_changed_cb (CwHouseholdEditor *self,
                 GParamSpec        *pspec,
                 GtkWidget         *row)
{
  row_changed (self, row);
}

static void
group_changed_cb (CwHouseholdEditor *self,
                  GParamSpec        *pspec,
                  GtkWidget         *row)
{
  g_autofree char *number = NULL;

  if (self->updating)
    return;

  /* A new household's suggested number follows its group, unless the
   * clerk typed one of their own. */
  number = entry_text (self->number_row);
  if (self->household == NULL && (number[0] == '\0' || g_strcmp0 (number, self->suggested) == 0))
    suggest_number (self);

  row_changed (self, row);
}

static void
suggest_clicked_cb (CwHouseholdEditor *self,
                    GtkButton         *button)
{
  suggest_number (self);
  row_changed (self, GTK_WIDGET (self->number_row));
  gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
}

static void
form_changed_cb (CwHouseholdEditor *self,
                 CwPersonForm      *form)
{
  self->dirty = TRUE;
  revalidate (self, FALSE);
}

static void
entry_activated_cb (CwHouseholdEditor *self,
                    AdwEntryRow       *row)
{
  /* From the phone on, Enter goes to the head: tags and notes are rarely
   * on the paper form, and Tab still reaches them. */
  if ((row == self->phone_row || row == self->notes_row) &&
      gtk_widget_get_visible (GTK_WIDGET (self->head_form)))
    {
      cw_person_form_focus_first (self->head_form);
      return;
    }

  if (row == self->notes_row || row == self->phone_row)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
      return;
    }

  cw_ui_focus_next (GTK_WIDGET (row));
}

static gboolean
save_changes (CwHouseholdEditor  *self,
              CwHousehold        *household,
              CwPerson           *head,
              gboolean           *head_failed,
              GError            **error)
{
  *head_failed = FALSE;

  if (self->household == NULL)
    {
      if (cw_household_add (self->db, household, head, error))
        return TRUE;
      /* The household was validated before; what fails now is its number
       * (taken meanwhile) or the head. */
      *head_failed = !cw_ui_error_names_field (*error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->number_row)));
      return FALSE;
    }

  /* Household and head in one change, so that one Undo takes back both. */
  return cw_household_update_with_head (self->db, household,
                                        cw_person_form_get_dirty (self->head_form) ? head : NULL,
                                        head_failed, error);
}

static void
save (CwHouseholdEditor *self)
{
  g_autoptr(CwHousehold) copy = NULL;
  g_autoptr(CwPerson) head = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean head_failed;
  gboolean is_new = self->household == NULL;

  if (!revalidate (self, TRUE))
    return;

  copy = dup_household (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->head_form)))
    head = cw_person_form_dup_person (self->head_form);

  if (!save_changes (self, copy, head, &head_failed, &error))
    {
      gboolean placed = FALSE;

      /* Nothing typed is lost: the editor stays, the problem is shown. */
      if (head_failed)
        placed = cw_person_form_show_error (self->head_form, error);
      else
        {
          GtkWidget *row = row_for_error (self, error);

          if (row != NULL)
            {
              g_hash_table_add (self->touched, row);
              place_error (self, row, error->message);
              placed = TRUE;
            }
        }
      show_reason (self, placed ? NULL : error->message, TRUE);
      return;
    }

  message = g_strdup_printf (is_new ? _("Added household %s") : _("Saved household %s"),
                             cw_household_get_number (copy));
  g_signal_emit (self, signals[SAVED], 0,
                 cw_database_get_last_change (self->db),
                 cw_household_get_id (copy), (gint64) 0, message);

  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
form_activate_last_cb (CwHouseholdEditor *self,
                       CwPersonForm      *form)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CW_HOUSEHOLD_EDITOR (widget));
}

static gboolean
destroy_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (CwHouseholdEditor *self,
                     const char        *response,
                     AdwMessageDialog  *dialog)
{
  self->confirming = FALSE;
  if (g_strcmp0 (response, "discard") == 0)
    {
      /* Not while the question, our transient child, is still answering. */
      self->closing = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (self), g_object_unref);
    }
}

static void
ask_discard (CwHouseholdEditor *self)
{
  GtkWidget *dialog;

  if (self->confirming)
    return;
  self->confirming = TRUE;

  dialog = cw_discard_dialog_new (GTK_WINDOW (self), _("The changes to this household have not been saved."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
cw_household_editor_close_request (GtkWindow *window)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (window);

  if (!self->closing && self->dirty)
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (cw_household_editor_parent_class)->close_request (window);
}

static void
load_groups (CwHouseholdEditor *self,
             gint64             current)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  groups = cw_village_group_list (self->db, TRUE, &error);
  if (groups == NULL)
    {
      show_reason (self, error->message, TRUE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      gint64 id = cw_village_group_get_id (group);
      int position = cw_village_group_get_position (group);

      /* A retired group takes no new households, but one already in it
       * stays there until moved. */
      if (cw_village_group_get_retired (group) && id != current)
        continue;

      if (id == current)
        selected = self->group_ids->len;
      g_array_append_val (self->group_ids, id);
      g_array_append_val (self->group_positions, position);
      gtk_string_list_append (names, cw_village_group_get_name (group));
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->group_row, self->group_ids->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

static CwPerson *
load_head (CwDatabase *db,
           gint64      household_id)
{
  g_autoptr(GListModel) members = cw_person_list_for_household (db, household_id, NULL);

  if (members == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_is_head (person))
        return g_steal_pointer (&person);
    }

  return NULL;
}

CwHouseholdEditor *
cw_household_editor_new (GtkWindow   *parent,
                         CwDatabase  *db,
                         GListModel  *households,
                         CwHousehold *household,
                         gint64       group_id)
{
  CwHouseholdEditor *self;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (household == NULL || CW_IS_HOUSEHOLD (household), NULL);

  self = g_object_new (CW_TYPE_HOUSEHOLD_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->households = households != NULL ? g_object_ref (households) : NULL;

  cw_person_form_set_title (self->head_form, _("Head of Household"));
  cw_person_form_set_head (self->head_form, TRUE);

  if (household != NULL)
    {
      g_autofree char *subtitle = NULL;

      self->household = cw_household_copy (household);
      self->head = load_head (db, cw_household_get_id (household));
      load_groups (self, cw_household_get_group_id (household));

      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->number_row), cw_household_get_number (household));
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), cw_household_get_address (household));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), cw_household_get_phone (household));
      cw_tags_row_set_tags (self->tags_row, cw_household_get_tags (household));
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), cw_household_get_notes (household));
      self->updating = FALSE;

      if (self->head != NULL)
        cw_person_form_set_person (self->head_form, self->head);
      gtk_widget_set_visible (GTK_WIDGET (self->head_form), self->head != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->suggest_button), FALSE);

      subtitle = g_strdup_printf ("%s · %s", cw_household_get_number (household),
                                  cw_household_get_head_name (household));
      adw_window_title_set_title (self->window_title, _("Edit Household"));
      adw_window_title_set_subtitle (self->window_title, subtitle);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Household"));
    }
  else
    {
      load_groups (self, group_id);
      if (group_id == 0 && self->group_ids->len > 0)
        adw_combo_row_set_selected (self->group_row, 0);
      suggest_number (self);

      adw_window_title_set_title (self->window_title, _("New Household"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Household"));
    }

  revalidate (self, FALSE);

  /* The number is suggested, selected, and replaced by whatever is typed. */
  gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
  gtk_editable_select_region (GTK_EDITABLE (self->number_row), 0, -1);

  return self;
}

static void
cw_household_editor_dispose (GObject *object)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (object);

  if (self->error_row != NULL)
    cw_ui_field_error_show (self->error_row, NULL, NULL);
  g_clear_object (&self->error_row);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_HOUSEHOLD_EDITOR);

  G_OBJECT_CLASS (cw_household_editor_parent_class)->dispose (object);
}

static void
cw_household_editor_finalize (GObject *object)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (object);

  g_clear_object (&self->db);
  g_clear_object (&self->households);
  g_clear_object (&self->household);
  g_clear_object (&self->head);
  g_clear_pointer (&self->group_ids, g_array_unref);
  g_clear_pointer (&self->group_positions, g_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->suggested, g_free);

  G_OBJECT_CLASS (cw_household_editor_parent_class)->finalize (object);
}

static void
cw_household_editor_class_init (CwHouseholdEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_household_editor_dispose;
  object_class->finalize = cw_household_editor_finalize;
  window_class->close_request = cw_household_editor_close_request;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_PERSON_FORM);
  g_type_ensure (CW_TYPE_TAGS_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-household-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, household_group);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, head_form);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, reason_revealer);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, reason_icon);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, suggest_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_activate_last_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
cw_household_editor_init (CwHouseholdEditor *self)
{
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->group_positions = g_array_new (FALSE, FALSE, sizeof (int));
  self->touched = g_hash_table_new (NULL, NULL);
  self->error_row = cw_ui_field_error_row_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
