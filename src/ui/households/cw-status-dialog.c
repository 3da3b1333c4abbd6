/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-status-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/households/cw-vocabulary.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-status-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwStatusDialog
{
  AdwWindow            parent_instance;

  CwDatabase          *db;
  CwPerson            *person;
  CwHousehold         *household;
  gint64               household_id;
  GPtrArray           *codes;       /* the status at each position, after "Choose…" */
  GArray              *head_ids;
  gboolean             was_head;
  gboolean             alone;       /* the head, with nobody present to become head */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *group;
  AdwComboRow         *status_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *reason_row;
  AdwComboRow         *head_row;
  GtkLabel            *closing_label;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (CwStatusDialog, cw_status_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* NULL until a status is chosen: none is chosen for the clerk. */
static const char *
selected_code (CwStatusDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->codes->len)
    return NULL;

  return g_ptr_array_index (self->codes, selected - 1);
}

/* A head who lives alone and leaves takes the household along: it moves
 * out with them, or is closed when they die. */
static gboolean
closes_household (CwStatusDialog *self,
                  const char     *code)
{
  return self->alone &&
         (g_strcmp0 (code, CW_PERSON_STATUS_DECEASED) == 0 || g_strcmp0 (code, CW_PERSON_STATUS_MOVED_OUT) == 0);
}

static gboolean
is_present (const char *code)
{
  return cw_vocabulary_person_status_is_present (code);
}

static void
status_changed_cb (CwStatusDialog *self,
                   GParamSpec     *pspec,
                   AdwComboRow    *row)
{
  const char *code = selected_code (self);

  /* A status change is chosen, never defaulted: Save waits for it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", code != NULL);

  /* Back in the register needs no date; leaving does. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), g_strcmp0 (code, CW_PERSON_STATUS_ACTIVE) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->head_row),
                          self->person != NULL && self->was_head && !self->alone &&
                          code != NULL && !is_present (code));

  if (closes_household (self, code))
    {
      g_autofree char *text = NULL;

      if (g_str_equal (code, CW_PERSON_STATUS_DECEASED))
        /* Translators: a person's name; 注销 and 户主死亡 are the register's words */
        text = g_strdup_printf (_("%s lived alone: the household is closed with this (注销, reason 户主死亡)."),
                                cw_person_get_name (self->person));
      else
        text = g_strdup_printf (_("%s lives alone: the household moves out with them."),
                                cw_person_get_name (self->person));
      gtk_label_set_text (self->closing_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->closing_label), closes_household (self, code));
}

static void
show_error (CwStatusDialog *self,
            const GError   *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (cw_ui_error_names_field (error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->date_row))))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
    }
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwStatusDialog *self = CW_STATUS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  g_autofree char *message = NULL;
  const char *code = selected_code (self);
  gint64 new_head = 0;
  gboolean ok;

  if (code == NULL)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  if (self->person != NULL)
    {
      guint selected = adw_combo_row_get_selected (self->head_row);

      if (gtk_widget_get_visible (GTK_WIDGET (self->head_row)) &&
          selected != GTK_INVALID_LIST_POSITION && selected < self->head_ids->len)
        new_head = g_array_index (self->head_ids, gint64, selected);

      if (closes_household (self, code) && g_str_equal (code, CW_PERSON_STATUS_DECEASED))
        ok = cw_household_close_on_death (self->db, cw_person_get_id (self->person), date, reason, &error);
      else if (closes_household (self, code))
        ok = cw_household_set_status (self->db, self->household_id, CW_HOUSEHOLD_STATUS_MOVED_OUT,
                                      date, reason, &error);
      else
        ok = cw_household_set_person_status (self->db, cw_person_get_id (self->person), code,
                                             date, reason, new_head, &error);

      if (closes_household (self, code) && g_str_equal (code, CW_PERSON_STATUS_DECEASED))
        /* Translators: a person's name, then the status 死亡 */
        message = g_strdup_printf (_("%s is now marked “%s”, and the household is closed"),
                                   cw_person_get_name (self->person), cw_vocabulary_status_label (code));
      else if (closes_household (self, code))
        message = g_strdup_printf (_("%s moved out, and the household with them"), cw_person_get_name (self->person));
      else
        /* Translators: a person's name, then a status such as 迁出 */
        message = g_strdup_printf (_("%s is now marked “%s”"), cw_person_get_name (self->person),
                                   cw_vocabulary_status_label (code));
    }
  else
    {
      ok = cw_household_set_status (self->db, self->household_id, code, date, reason, &error);
      /* Translators: a household number, then a status such as 迁出 */
      message = g_strdup_printf (_("Household %s is now marked “%s”"),
                                 cw_household_get_number (self->household),
                                 cw_vocabulary_status_label (code));
    }

  if (!ok)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, cw_database_get_last_change (self->db),
                 self->household_id, (gint64) 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
entry_activated_cb (CwStatusDialog *self,
                    AdwEntryRow    *row)
{
  /* Enter saves only a status somebody chose; without one it goes back
   * to the choice. */
  if (row == self->reason_row && selected_code (self) == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
  else if (row == self->reason_row && !gtk_widget_get_visible (GTK_WIDGET (self->head_row)))
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
  else
    cw_ui_focus_next (GTK_WIDGET (row));
}

static void
fill_statuses (CwStatusDialog     *self,
               const char * const *codes,
               const char         *current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("Choose…"));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (g_strcmp0 (codes[i], current) == 0)
        continue;
      g_ptr_array_add (self->codes, (gpointer) codes[i]);
      gtk_string_list_append (labels, cw_vocabulary_status_label (codes[i]));
    }

  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->status_row, 0);
}

static void
set_today (CwStatusDialog *self)
{
  g_autofree char *today = NULL;
  GDate date;

  cw_date_today (&date);
  today = cw_date_format (&date);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

CwStatusDialog *
cw_status_dialog_new_for_person (GtkWindow  *parent,
                                 CwDatabase *db,
                                 CwPerson   *person,
                                 GListModel *members)
{
  CwStatusDialog *self;
  g_autoptr(GtkStringList) heads = gtk_string_list_new (NULL);
  g_autofree char *description = NULL;
  /* The person statuses, those leaving first: that is why one comes here. */
  static const char * const offered[] = { CW_PERSON_STATUS_MOVED_OUT, CW_PERSON_STATUS_DECEASED,
                                          CW_PERSON_STATUS_MIGRANT, CW_PERSON_STATUS_ACTIVE, NULL };

  g_return_val_if_fail (CW_IS_PERSON (person), NULL);

  self = g_object_new (CW_TYPE_STATUS_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->person = g_object_ref (person);
  self->household_id = cw_person_get_household_id (person);
  self->was_head = cw_person_is_head (person);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) member = g_list_model_get_item (members, i);
      gint64 id = cw_person_get_id (member);

      if (id == cw_person_get_id (person) || !cw_person_is_present (member))
        continue;
      g_array_append_val (self->head_ids, id);
      gtk_string_list_append (heads, cw_person_get_name (member));
    }
  adw_combo_row_set_model (self->head_row, G_LIST_MODEL (heads));
  self->alone = self->was_head && self->head_ids->len == 0;

  adw_window_title_set_title (self->window_title, _("Change Status"));
  adw_window_title_set_subtitle (self->window_title, cw_person_get_name (person));
  gtk_window_set_title (GTK_WINDOW (self), _("Change Status"));
  description = g_strdup_printf (_("%s is now “%s”. Nothing is deleted: the register keeps the person with the new status, its date and reason."),
                                 cw_person_get_name (person),
                                 cw_vocabulary_status_label (cw_person_get_status (person)));
  adw_preferences_group_set_description (self->group, description);

  fill_statuses (self, offered, cw_person_get_status (person));
  set_today (self);
  status_changed_cb (self, NULL, self->status_row);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));

  return self;
}

CwStatusDialog *
cw_status_dialog_new_for_household (GtkWindow   *parent,
                                    CwDatabase  *db,
                                    CwHousehold *household)
{
  CwStatusDialog *self;
  g_autofree char *subtitle = NULL;
  static const char * const offered[] = { CW_HOUSEHOLD_STATUS_MOVED_OUT, CW_HOUSEHOLD_STATUS_CANCELLED,
                                          CW_HOUSEHOLD_STATUS_ACTIVE, NULL };

  g_return_val_if_fail (CW_IS_HOUSEHOLD (household), NULL);

  self = g_object_new (CW_TYPE_STATUS_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->household = g_object_ref (household);
  self->household_id = cw_household_get_id (household);

  subtitle = g_strdup_printf ("%s · %s", cw_household_get_number (household),
                              cw_household_get_head_name (household));
  adw_window_title_set_title (self->window_title, _("Household Status"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), _("Household Status"));
  adw_preferences_group_set_description (self->group,
                                         _("A household that moves out or is cancelled stays in the register with its date and reason; its present members move out with it."));

  fill_statuses (self, offered, cw_household_get_status (household));
  set_today (self);
  status_changed_cb (self, NULL, self->status_row);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));

  return self;
}

static void
cw_status_dialog_dispose (GObject *object)
{
  CwStatusDialog *self = CW_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_STATUS_DIALOG);

  G_OBJECT_CLASS (cw_status_dialog_parent_class)->dispose (object);
}

static void
cw_status_dialog_finalize (GObject *object)
{
  CwStatusDialog *self = CW_STATUS_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->person);
  g_clear_object (&self->household);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->head_ids, g_array_unref);

  G_OBJECT_CLASS (cw_status_dialog_parent_class)->finalize (object);
}

static void
cw_status_dialog_class_init (CwStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_status_dialog_dispose;
  object_class->finalize = cw_status_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, group);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, head_row);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, closing_label);
  gtk_widget_class_bind_template_child (widget_class, CwStatusDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
cw_status_dialog_init (CwStatusDialog *self)
{
  self->codes = g_ptr_array_new ();
  self->head_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}
