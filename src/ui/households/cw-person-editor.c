/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-person-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-vocabulary.h"
#include "ui/households/cw-discard-dialog.h"
#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-person-form.h"
#include "ui/cw-ui-resources.h"

struct _CwPersonEditor
{
  AdwWindow        parent_instance;

  CwDatabase      *db;
  CwPerson        *person;
  gint64           household_id;
  gboolean         confirming;
  gboolean         closing;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  CwPersonForm    *form;
  GtkRevealer     *reason_revealer;
  GtkImage        *reason_icon;
  GtkLabel        *reason_label;
};

G_DEFINE_FINAL_TYPE (CwPersonEditor, cw_person_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_reason (CwPersonEditor *self,
             const char     *message,
             gboolean        is_error)
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

static gboolean
revalidate (CwPersonEditor *self,
            gboolean        show_all)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = cw_person_form_check (self->form, show_all, &error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
  /* Why Save waits, unless the row at fault already says so. */
  show_reason (self,
               valid || g_strcmp0 (cw_person_form_get_shown_error (self->form), error->message) == 0
               ? NULL : error->message,
               FALSE);

  return valid;
}

static void
form_changed_cb (CwPersonEditor *self,
                 CwPersonForm   *form)
{
  revalidate (self, FALSE);
}

static void
save (CwPersonEditor *self)
{
  g_autoptr(CwPerson) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean is_new = self->person == NULL;
  gboolean ok;

  if (!revalidate (self, TRUE))
    return;

  copy = cw_person_form_dup_person (self->form);
  if (is_new)
    {
      cw_person_set_household_id (copy, self->household_id);
      ok = cw_person_add (self->db, copy, &error);
    }
  else
    ok = cw_person_update (self->db, copy, &error);

  if (!ok)
    {
      /* Nothing typed is lost: the editor stays, the problem is shown. */
      if (!cw_person_form_show_error (self->form, error))
        show_reason (self, error->message, TRUE);
      else
        show_reason (self, NULL, FALSE);
      return;
    }

  message = g_strdup_printf (is_new ? _("Added %s") : _("Saved %s"), cw_person_get_name (copy));
  g_signal_emit (self, signals[SAVED], 0,
                 cw_database_get_last_change (self->db),
                 cw_person_get_household_id (copy), (gint64) 0, message);

  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
form_activate_last_cb (CwPersonEditor *self,
                       CwPersonForm   *form)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (CW_PERSON_EDITOR (widget));
}

static gboolean
destroy_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (CwPersonEditor   *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
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
ask_discard (CwPersonEditor *self)
{
  GtkWidget *dialog;

  if (self->confirming)
    return;
  self->confirming = TRUE;

  dialog = cw_discard_dialog_new (GTK_WINDOW (self), _("The changes to this person have not been saved."));
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
cw_person_editor_close_request (GtkWindow *window)
{
  CwPersonEditor *self = CW_PERSON_EDITOR (window);

  if (!self->closing && cw_person_form_get_dirty (self->form))
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (cw_person_editor_parent_class)->close_request (window);
}

CwPersonEditor *
cw_person_editor_new (GtkWindow  *parent,
                      CwDatabase *db,
                      CwPerson   *person,
                      gint64      household_id,
                      const char *household_label)
{
  CwPersonEditor *self;
  gboolean head;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (person == NULL || CW_IS_PERSON (person), NULL);

  self = g_object_new (CW_TYPE_PERSON_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->household_id = person != NULL ? cw_person_get_household_id (person) : household_id;

  if (person != NULL)
    {
      self->person = cw_person_copy (person);
      cw_person_form_set_person (self->form, person);
      head = cw_person_is_head (person);
      cw_person_form_set_head (self->form, head);
      adw_window_title_set_title (self->window_title, _("Edit Person"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Member"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Member"));
    }

  adw_window_title_set_subtitle (self->window_title, household_label);
  cw_person_form_set_title (self->form, NULL);
  revalidate (self, FALSE);
  cw_person_form_focus_first (self->form);

  return self;
}

static void
cw_person_editor_dispose (GObject *object)
{
  CwPersonEditor *self = CW_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (cw_person_editor_parent_class)->dispose (object);
}

static void
cw_person_editor_finalize (GObject *object)
{
  CwPersonEditor *self = CW_PERSON_EDITOR (object);

  g_clear_object (&self->db);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (cw_person_editor_parent_class)->finalize (object);
}

static void
cw_person_editor_class_init (CwPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_person_editor_dispose;
  object_class->finalize = cw_person_editor_finalize;
  window_class->close_request = cw_person_editor_close_request;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_PERSON_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, form);
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, reason_revealer);
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, reason_icon);
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_activate_last_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
cw_person_editor_init (CwPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
