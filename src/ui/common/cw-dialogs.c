/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-dialogs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/shell/cw-window.h"

AdwMessageDialog *
cw_ui_dialog_new (GtkWidget  *owner,
                  const char *heading,
                  const char *body,
                  const char *confirm_label,
                  gboolean    destructive)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE
                                                          : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return ADW_MESSAGE_DIALOG (dialog);
}

gboolean
cw_ui_dialog_mark_row (AdwMessageDialog *dialog,
                       GtkWidget        *row,
                       const char       *problem)
{
  const char *body;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (row), FALSE);

  /* The body the dialog opened with, kept the first time a problem
   * takes its place. */
  if (g_object_get_data (G_OBJECT (dialog), "cw-dialog-body") == NULL)
    g_object_set_data_full (G_OBJECT (dialog), "cw-dialog-body",
                            g_strdup (adw_message_dialog_get_body (dialog)), g_free);
  body = g_object_get_data (G_OBJECT (dialog), "cw-dialog-body");

  if (problem != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  adw_message_dialog_set_body (dialog, problem != NULL ? problem : body);
  return problem == NULL;
}

gboolean
cw_ui_dialog_check_date_row (AdwMessageDialog *dialog,
                             GtkWidget        *row,
                             const char       *field)
{
  g_autofree char *text = cw_ui_row_text (row);
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  if (text[0] != '\0' && !cw_date_parse (text, &day, &error))
    problem = g_strdup_printf ("%s: %s", field, error->message);
  return cw_ui_dialog_mark_row (dialog, row, problem);
}

typedef struct
{
  GtkWidget      *owner;
  gpointer        func;
  gpointer        data;
  GDestroyNotify  destroy;
  GtkWidget      *entry_row;
} DialogData;

static void
dialog_data_free (gpointer user_data)
{
  DialogData *data = user_data;

  if (data->destroy != NULL)
    data->destroy (data->data);
  g_clear_object (&data->owner);
  g_free (data);
}

static DialogData *
dialog_data_attach (AdwMessageDialog *dialog,
                    GtkWidget        *owner,
                    gpointer          func,
                    gpointer          user_data,
                    GDestroyNotify    destroy)
{
  DialogData *data = g_new0 (DialogData, 1);

  data->owner = g_object_ref (owner);
  data->func = func;
  data->data = user_data;
  data->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "cw-dialog-data", data, dialog_data_free);

  return data;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     DialogData       *data)
{
  if (g_str_equal (response, "confirm"))
    ((CwConfirmFunc) data->func) (data->owner, data->data);
}

void
cw_ui_confirm (GtkWidget      *owner,
               const char     *heading,
               const char     *body,
               const char     *confirm_label,
               gboolean        destructive,
               CwConfirmFunc   func,
               gpointer        user_data,
               GDestroyNotify  destroy)
{
  AdwMessageDialog *dialog;
  DialogData *data;

  dialog = cw_ui_dialog_new (owner, heading, body, confirm_label, destructive);
  data = dialog_data_attach (dialog, owner, func, user_data, destroy);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_text_changed_cb (GtkEditable      *row,
                     AdwMessageDialog *dialog)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (row));

  adw_message_dialog_set_response_enabled (dialog, "confirm", text[0] != '\0');
}

static void
ask_text_activated_cb (AdwEntryRow      *row,
                       AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "confirm"))
    {
      adw_message_dialog_response (dialog, "confirm");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
ask_text_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DialogData       *data)
{
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "confirm"))
    return;

  text = cw_ui_row_text (data->entry_row);
  if (text[0] != '\0')
    ((CwTextFunc) data->func) (data->owner, text, data->data);
}

void
cw_ui_ask_text (GtkWidget      *owner,
                const char     *heading,
                const char     *body,
                const char     *entry_title,
                const char     *confirm_label,
                gboolean        destructive,
                CwTextFunc      func,
                gpointer        user_data,
                GDestroyNotify  destroy)
{
  AdwMessageDialog *dialog;
  DialogData *data;
  GtkWidget *list;

  dialog = cw_ui_dialog_new (owner, heading, body, confirm_label, destructive);
  data = dialog_data_attach (dialog, owner, func, user_data, destroy);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->entry_row = cw_ui_entry_row_new (entry_title, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), data->entry_row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);

  g_signal_connect (data->entry_row, "changed", G_CALLBACK (ask_text_changed_cb), dialog);
  g_signal_connect (data->entry_row, "entry-activated", G_CALLBACK (ask_text_activated_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_text_response_cb), data);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->entry_row);
}

void
cw_ui_show_toast (GtkWidget *widget,
                  AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && !CW_IS_WINDOW (root))
    root = (GtkRoot *) gtk_window_get_transient_for (GTK_WINDOW (root));

  if (CW_IS_WINDOW (root))
    cw_window_show_toast (CW_WINDOW (root), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

void
cw_ui_window_set_owner (GtkWindow  *window,
                        GtkWidget  *owner,
                        GtkWidget **owner_slot)
{
  GtkRoot *root = gtk_widget_get_root (owner);

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (owner));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  *owner_slot = owner;
  g_object_add_weak_pointer (G_OBJECT (owner), (gpointer *) owner_slot);
}

void
cw_ui_window_forget_owner (GtkWidget **owner_slot)
{
  if (*owner_slot != NULL)
    g_object_remove_weak_pointer (G_OBJECT (*owner_slot), (gpointer *) owner_slot);
  *owner_slot = NULL;
}
