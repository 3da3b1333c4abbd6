/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-discard-dialog"

#include "config.h"

#include "ui/common/cw-discard-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwDiscardDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (CwDiscardDialog, cw_discard_dialog, ADW_TYPE_MESSAGE_DIALOG)

GtkWidget *
cw_discard_dialog_new (GtkWindow  *parent,
                       const char *body)
{
  return g_object_new (CW_TYPE_DISCARD_DIALOG, "transient-for", parent, "body", body, NULL);
}

static gboolean
destroy_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (GtkWindow  *window,
                     const char *response)
{
  g_object_set_data (G_OBJECT (window), "cw-discard-asking", NULL);
  /* Not while the question, our transient child, is still answering. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (window), g_object_unref);
}

gboolean
cw_discard_dialog_ask (GtkWindow  *window,
                       const char *body)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  /* Escape pressed twice asks once. */
  if (g_object_get_data (G_OBJECT (window), "cw-discard-asking") != NULL)
    return TRUE;
  g_object_set_data (G_OBJECT (window), "cw-discard-asking", GINT_TO_POINTER (TRUE));
  dialog = cw_discard_dialog_new (window, body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
cw_discard_dialog_class_init (CwDiscardDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-discard-dialog.ui");
}

static void
cw_discard_dialog_init (CwDiscardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
