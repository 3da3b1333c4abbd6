/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-split-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-household-number.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-split-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwSplitDialog
{
  AdwWindow            parent_instance;

  CwDatabase          *db;
  CwHousehold         *household;
  GPtrArray           *candidates;   /* CwPerson */
  GPtrArray           *checks;       /* GtkCheckButton, one per candidate */
  GArray              *head_ids;     /* the checked ones, as in head_row */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *members_group;
  AdwEntryRow         *number_row;
  AdwComboRow         *head_row;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (CwSplitDialog, cw_split_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The head of the new household is one of those who leave. */
static void
update_heads (CwSplitDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 previous = 0;
  guint selected = adw_combo_row_get_selected (self->head_row);
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->head_ids->len)
    previous = g_array_index (self->head_ids, gint64, selected);

  g_array_set_size (self->head_ids, 0);
  for (guint i = 0; i < self->candidates->len; i++)
    {
      CwPerson *person = g_ptr_array_index (self->candidates, i);
      gint64 id = cw_person_get_id (person);

      if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        continue;
      if (id == previous)
        keep = self->head_ids->len;
      g_array_append_val (self->head_ids, id);
      gtk_string_list_append (names, cw_person_get_name (person));
    }

  adw_combo_row_set_model (self->head_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->head_row, self->head_ids->len > 0 ? keep : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_sensitive (GTK_WIDGET (self->head_row), self->head_ids->len > 0);
}

static void
check_toggled_cb (CwSplitDialog  *self,
                  GtkCheckButton *check)
{
  update_heads (self);
}

static void
number_activated_cb (CwSplitDialog *self,
                     AdwEntryRow   *row)
{
  cw_ui_focus_next (GTK_WIDGET (row));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwSplitDialog *self = CW_SPLIT_DIALOG (widget);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(CwHousehold) created = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->number_row))));
  g_autofree char *message = NULL;
  guint selected = adw_combo_row_get_selected (self->head_row);
  gint64 head = 0;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        {
          gint64 id = cw_person_get_id (g_ptr_array_index (self->candidates, i));
          g_array_append_val (ids, id);
        }
    }
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->head_ids->len)
    head = g_array_index (self->head_ids, gint64, selected);

  created = cw_household_split (self->db, cw_household_get_id (self->household), number,
                                (const gint64 *) (gpointer) ids->data, ids->len, head, &error);
  if (created == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  message = g_strdup_printf (_("Household %s split off from %s"), cw_household_get_number (created),
                             cw_household_get_number (self->household));
  g_signal_emit (self, signals[SAVED], 0, cw_database_get_last_change (self->db),
                 cw_household_get_id (created), cw_household_get_id (self->household), message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

CwSplitDialog *
cw_split_dialog_new (GtkWindow   *parent,
                     CwDatabase  *db,
                     GListModel  *households,
                     CwHousehold *household,
                     GListModel  *members)
{
  CwSplitDialog *self;
  g_autofree char *number = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (CW_IS_HOUSEHOLD (household), NULL);

  self = g_object_new (CW_TYPE_SPLIT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->household = g_object_ref (household);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);
      GtkWidget *row;
      GtkWidget *check;

      if (!cw_person_is_present (person) || cw_person_is_head (person))
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_person_get_name (person));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cw_person_get_relation (person));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->members_group, row);

      g_ptr_array_add (self->candidates, g_steal_pointer (&person));
      g_ptr_array_add (self->checks, check);
    }

  number = cw_household_number_suggest (households, cw_household_get_group_id (household),
                                           cw_household_get_group_position (household));
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);

  subtitle = g_strdup_printf ("%s · %s", cw_household_get_number (household),
                              cw_household_get_head_name (household));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _("Split Household"));
  update_heads (self);

  if (self->checks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->checks, 0));

  return self;
}

static void
cw_split_dialog_dispose (GObject *object)
{
  CwSplitDialog *self = CW_SPLIT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SPLIT_DIALOG);

  G_OBJECT_CLASS (cw_split_dialog_parent_class)->dispose (object);
}

static void
cw_split_dialog_finalize (GObject *object)
{
  CwSplitDialog *self = CW_SPLIT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->household);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->head_ids, g_array_unref);

  G_OBJECT_CLASS (cw_split_dialog_parent_class)->finalize (object);
}

static void
cw_split_dialog_class_init (CwSplitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_split_dialog_dispose;
  object_class->finalize = cw_split_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-split-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwSplitDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwSplitDialog, members_group);
  gtk_widget_class_bind_template_child (widget_class, CwSplitDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, CwSplitDialog, head_row);
  gtk_widget_class_bind_template_child (widget_class, CwSplitDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, number_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
cw_split_dialog_init (CwSplitDialog *self)
{
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  self->head_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
