/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-helpers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "ui/common/cw-points-helpers.h"
#include "ui/shell/cw-window.h"

/* Columns */

typedef struct
{
  CwColumnTextFunc text;
  CwColumnFlags    flags;
} ColumnData;

static void
column_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (data->flags & CW_COLUMN_NUMERIC)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
    }

  if (data->flags & CW_COLUMN_EXPAND)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (data->flags & CW_COLUMN_DIM)
    gtk_widget_add_css_class (label, "dim-label");

  gtk_list_item_set_child (item, label);
}

static void
column_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gpointer record = gtk_list_item_get_item (item);
  g_autofree char *text = record != NULL ? data->text (record) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");

  /* Rows are recycled: the style follows this row's figure only. */
  if (data->flags & CW_COLUMN_SIGNED)
    {
      if (text != NULL && (g_str_has_prefix (text, "−") || g_str_has_prefix (text, "-")))
        gtk_widget_add_css_class (label, "error");
      else
        gtk_widget_remove_css_class (label, "error");
    }

  /* Long descriptions are cut in the cell; the tooltip has them whole. */
  if (data->flags & CW_COLUMN_EXPAND)
    gtk_widget_set_tooltip_text (label, text);
}

GtkColumnViewColumn *
cw_points_column_new (const char       *title,
                      CwColumnTextFunc  text,
                      CwColumnFlags     flags,
                      GtkSorter        *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->text = text;
  data->flags = flags;
  g_signal_connect (factory, "setup", G_CALLBACK (column_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (column_bind_cb), data);
  g_object_set_data_full (G_OBJECT (factory), "cw-column-data", data, g_free);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, (flags & CW_COLUMN_EXPAND) != 0);
  if (sorter != NULL)
    {
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }

  return column;
}

GtkSorter *
cw_points_int_sorter (GType       type,
                      const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (type, NULL, property)));
}

GtkSorter *
cw_points_string_sorter (GType       type,
                         const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (type, NULL, property)));
}

/* Figures and dates */

char *
cw_points_format_signed (int points)
{
  if (points > 0)
    return g_strdup_printf ("+%d", points);
  if (points < 0)
    return g_strdup_printf ("−%d", -points);
  return g_strdup ("0");
}

char *
cw_points_today (void)
{
  GDate today;

  cw_date_today (&today);

  return cw_date_format (&today);
}

char *
cw_points_parse_date (const char  *text,
                      GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  GDate date;

  if (!cw_date_parse (trimmed, &date, error))
    return NULL;

  return cw_date_format (&date);
}

char *
cw_points_current_quarter (void)
{
  g_autofree char *today = cw_points_today ();

  return cw_quarter_of_date (today);
}

/* Toasts */

typedef struct
{
  CwDatabase *db;
  gint64      change;
  GWeakRef    window;
} UndoData;

static void
undo_data_free (gpointer user_data)
{
  UndoData *data = user_data;

  g_clear_object (&data->db);
  g_weak_ref_clear (&data->window);
  g_free (data);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) window = g_weak_ref_get (&data->window);
  gboolean ok;

  ok = cw_audit_undo (data->db, data->change, &error);

  if (window == NULL)
    return;

  if (!ok)
    cw_window_show_message (window, error->message);
  else
    cw_window_show_message (window, _("Undone"));
}

void
cw_points_show_undo_toast (GtkWidget  *widget,
                           CwDatabase *db,
                           const char *title)
{
  cw_points_show_change_toast (widget, db, cw_database_get_last_change (db), title);
}

void
cw_points_show_change_toast (GtkWidget  *widget,
                             CwDatabase *db,
                             gint64      change,
                             const char *title)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast;

  if (!CW_IS_WINDOW (root))
    {
      g_message ("%s", title);
      return;
    }

  toast = adw_toast_new (title);
  if (change > 0)
    {
      UndoData *data = g_new0 (UndoData, 1);

      data->db = g_object_ref (db);
      data->change = change;
      g_weak_ref_init (&data->window, root);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_timeout (toast, 10);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                             data, (GClosureNotify) (void (*) (void)) undo_data_free, 0);
    }

  cw_window_show_toast (CW_WINDOW (root), toast);
}

/* Dialogs */

AdwMessageDialog *
cw_points_dialog_new (GtkWidget  *owner,
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
cw_points_confirm (GtkWidget      *owner,
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

  dialog = cw_points_dialog_new (owner, heading, body, confirm_label, destructive);
  data = dialog_data_attach (dialog, owner, func, user_data, destroy);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
cw_points_entry_row_new (const char *title,
                         const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);

  return row;
}

char *
cw_points_row_text (GtkWidget *entry_row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry_row))));
}

static void
ask_text_changed_cb (GtkEditable      *row,
                     AdwMessageDialog *dialog)
{
  g_autofree char *text = cw_points_row_text (GTK_WIDGET (row));

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

  text = cw_points_row_text (data->entry_row);
  if (text[0] != '\0')
    ((CwTextFunc) data->func) (data->owner, text, data->data);
}

void
cw_points_ask_text (GtkWidget      *owner,
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

  dialog = cw_points_dialog_new (owner, heading, body, confirm_label, destructive);
  data = dialog_data_attach (dialog, owner, func, user_data, destroy);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->entry_row = cw_points_entry_row_new (entry_title, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), data->entry_row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);

  g_signal_connect (data->entry_row, "changed", G_CALLBACK (ask_text_changed_cb), dialog);
  g_signal_connect (data->entry_row, "entry-activated", G_CALLBACK (ask_text_activated_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_text_response_cb), data);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->entry_row);
}
