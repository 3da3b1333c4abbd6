/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-helpers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-audit.h"
#include "ui/common/cw-points-helpers.h"
#include "ui/shell/cw-window.h"

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
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast;
  gint64 change;

  if (!CW_IS_WINDOW (root))
    {
      g_message ("%s", title);
      return;
    }

  toast = adw_toast_new (title);
  change = cw_database_get_last_change (db);
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
