/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-undo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-audit.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"

/* How many changes Ctrl+Z can take back, most recent first. */
#define MAX_UNDO 50

typedef struct
{
  gint64          change_id;
  char           *message;
  GWeakRef        toast;
  GWeakRef        owner;
  CwUndoneFunc    undone;
  gpointer        data;
  GDestroyNotify  destroy;
} Change;

struct _CwUndo
{
  GObject     parent_instance;

  CwDatabase *db;
  GPtrArray  *changes;    /* of Change, the most recent last */
};

G_DEFINE_FINAL_TYPE (CwUndo, cw_undo, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_LAST_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->message);
  g_weak_ref_clear (&change->toast);
  g_weak_ref_clear (&change->owner);
  if (change->destroy != NULL)
    change->destroy (change->data);
  g_free (change);
}

CwUndo *
cw_undo_new (CwDatabase *db)
{
  CwUndo *self;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_UNDO, NULL);
  self->db = g_object_ref (db);

  return self;
}

/* Remembers @change, the most recent; the oldest are forgotten. */
static void
push (CwUndo *self,
      Change *change)
{
  gboolean could_undo = self->changes->len > 0;

  g_ptr_array_add (self->changes, change);
  if (self->changes->len > MAX_UNDO)
    g_ptr_array_remove_index (self->changes, 0);

  if (!could_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CHANGE]);
}

gboolean
cw_undo_get_can_undo (CwUndo *self)
{
  g_return_val_if_fail (CW_IS_UNDO (self), FALSE);

  return self->changes->len > 0;
}

gint64
cw_undo_get_last_change (CwUndo *self)
{
  Change *last;

  g_return_val_if_fail (CW_IS_UNDO (self), 0);

  if (self->changes->len == 0)
    return 0;

  last = g_ptr_array_index (self->changes, self->changes->len - 1);
  return last->change_id;
}

/* Takes the change out of the list (transfer full), or NULL. */
static Change *
take_change (CwUndo *self,
             gint64  change_id)
{
  for (guint i = self->changes->len; i > 0; i--)
    {
      Change *change = g_ptr_array_index (self->changes, i - 1);

      if (change_id == 0 || change->change_id == change_id)
        {
          change = g_ptr_array_steal_index (self->changes, i - 1);
          if (self->changes->len == 0)
            g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CHANGE]);
          return change;
        }
    }

  return NULL;
}

gboolean
cw_undo_undo (CwUndo    *self,
              gint64     change_id,
              GtkWidget *widget)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *message = NULL;
  Change *change;

  g_return_val_if_fail (CW_IS_UNDO (self), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  change = take_change (self, change_id);
  if (change == NULL)
    return FALSE;

  /* Its toast, if still shown, offers nothing any more. */
  toast = g_weak_ref_get (&change->toast);
  if (toast != NULL)
    adw_toast_dismiss (toast);

  /* The views reload from the "changed" signal the undo emits. */
  if (!cw_audit_undo (self->db, change->change_id, &error))
    {
      cw_ui_show_refusal (widget, _("Cannot Undo"), error->message);
      change_free (change);
      return FALSE;
    }

  message = g_strdup_printf (_("Undone: %s"), change->message);
  cw_window_show_message (widget, message);
  if (change->undone != NULL)
    {
      g_autoptr(GtkWidget) owner = g_weak_ref_get (&change->owner);

      if (owner != NULL)
        change->undone (owner, change->data);
    }
  change_free (change);

  return TRUE;
}

/* The window a widget is in, or the one its dialog belongs to. */
static CwWindow *
find_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  while (window != NULL && !CW_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  return window != NULL ? CW_WINDOW (window) : NULL;
}

static void
toast_undo_cb (AdwToast *toast,
               CwWindow *window)
{
  gint64 *change_id = g_object_get_data (G_OBJECT (toast), "cw-change-id");

  cw_undo_undo (cw_window_get_undo (window), *change_id, GTK_WIDGET (window));
}

void
cw_undo_show_toast (GtkWidget  *widget,
                    gint64      change_id,
                    const char *message)
{
  cw_undo_show_toast_full (widget, change_id, message, NULL, NULL, NULL);
}

void
cw_undo_show_toast_full (GtkWidget      *widget,
                         gint64          change_id,
                         const char     *message,
                         CwUndoneFunc    undone,
                         gpointer        data,
                         GDestroyNotify  destroy)
{
  CwWindow *window;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  window = find_window (widget);
  if (window == NULL || change_id <= 0)
    {
      if (destroy != NULL)
        destroy (data);
    }
  if (window == NULL)
    {
      g_message ("%s", message);
      return;
    }

  toast = adw_toast_new (message);
  if (change_id > 0)
    {
      gint64 *id = g_new (gint64, 1);
      Change *change = g_new0 (Change, 1);

      *id = change_id;
      /* Time to read what was done and think better of it. */
      adw_toast_set_timeout (toast, 10);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "cw-change-id", id, g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), window, 0);

      change->change_id = change_id;
      change->message = g_strdup (message);
      g_weak_ref_init (&change->toast, toast);
      g_weak_ref_init (&change->owner, widget);
      change->undone = undone;
      change->data = data;
      change->destroy = destroy;
      push (cw_window_get_undo (window), change);
    }

  /* The toast is the page's: shown while the clerk is on it, gone when
   * the clerk goes to another view (Ctrl+Z still undoes from there). A
   * page no longer on screen shows none. */
  if (!gtk_widget_get_mapped (widget))
    {
      g_object_unref (toast);
      return;
    }
  g_signal_connect_object (widget, "unmap", G_CALLBACK (adw_toast_dismiss), toast, G_CONNECT_SWAPPED);
  cw_window_show_toast (window, toast);
}

static void
cw_undo_finalize (GObject *object)
{
  CwUndo *self = CW_UNDO (object);

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_undo_parent_class)->finalize (object);
}

static void
cw_undo_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CwUndo *self = CW_UNDO (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cw_undo_get_can_undo (self));
      break;

    case PROP_LAST_CHANGE:
      g_value_set_int64 (value, cw_undo_get_last_change (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_undo_class_init (CwUndoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_undo_finalize;
  object_class->get_property = cw_undo_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LAST_CHANGE] =
    g_param_spec_int64 ("last-change", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_undo_init (CwUndo *self)
{
  self->changes = g_ptr_array_new_with_free_func (change_free);
}
