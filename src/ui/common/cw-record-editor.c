/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-record-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-discard-dialog.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-record-editor.h"
#include "ui/common/cw-undo.h"
#include "ui/cw-ui-resources.h"

typedef struct
{
  GtkWidget  *row;
  const char *field;   /* NULL: the row's title */
} Field;

typedef struct
{
  CwDatabase     *db;
  GtkWidget      *owner;
  GObject        *opened;     /* the record as given, until it is copied */
  GObject        *record;     /* the copy being edited */
  GObject        *baseline;   /* the copy as the fields first showed it */
  gboolean        is_new;

  GArray         *fields;     /* Field */
  GtkWidget      *error_row;  /* goes under the field an error is about */
  GtkWidget      *error_on;   /* that field */
  /* What the clerk changes in that field, which takes the error away:
   * a message about what is no longer there misleads. */
  GObject        *error_watch;
  gulong          error_handler;
  gboolean        closing;
  char           *discard_body;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkBox         *fields_box;
  GtkWidget      *waiting_box;
  GtkLabel       *waiting_label;
} CwRecordEditorPrivate;

static void cw_record_editor_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (CwRecordEditor, cw_record_editor, ADW_TYPE_WINDOW,
                         G_ADD_PRIVATE (CwRecordEditor)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, cw_record_editor_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_OWNER,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Fields and their errors */

void
cw_record_editor_add_field (CwRecordEditor *self,
                            GtkWidget      *row,
                            const char     *field)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  Field entry = { row, field };

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));
  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (field != NULL || ADW_IS_PREFERENCES_ROW (row));

  g_array_append_val (priv->fields, entry);
}

static GtkWidget *
cw_record_editor_real_error_row (CwRecordEditor *self,
                                 const GError   *error)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  for (guint i = 0; i < priv->fields->len; i++)
    {
      Field *entry = &g_array_index (priv->fields, Field, i);
      const char *field = entry->field != NULL
                          ? entry->field
                          : adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry->row));

      if (cw_ui_error_names_field (error, field))
        return entry->row;
    }

  return NULL;
}

/* A spin button in an action row takes the focus for its row. */
static void
focus_field (GtkWidget *row)
{
  GtkWidget *target = NULL;

  if (ADW_IS_ACTION_ROW (row))
    target = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  gtk_widget_grab_focus (target != NULL ? target : row);
}

static void place_error (CwRecordEditor *self,
                         GtkWidget      *row,
                         const char     *message);

static void
error_field_changed_cb (CwRecordEditor *self)
{
  place_error (self, NULL, NULL);
}

/* The signal a change of @row's value comes by: typed text, a choice, a
 * spin button's number. */
static void
watch_error_field (CwRecordEditor *self,
                   GtkWidget      *row)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  GtkWidget *spin = ADW_IS_ACTION_ROW (row) ? adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) : NULL;
  GObject *watch = NULL;
  const char *signal = NULL;

  if (priv->error_watch != NULL)
    g_clear_signal_handler (&priv->error_handler, priv->error_watch);
  priv->error_watch = NULL;
  if (row == NULL)
    return;
  if (GTK_IS_EDITABLE (row))
    watch = G_OBJECT (row), signal = "changed";
  else if (ADW_IS_COMBO_ROW (row))
    watch = G_OBJECT (row), signal = "notify::selected";
  else if (GTK_IS_SPIN_BUTTON (spin))
    watch = G_OBJECT (spin), signal = "value-changed";
  if (watch == NULL)
    return;
  priv->error_watch = watch;
  priv->error_handler = g_signal_connect_swapped (watch, signal, G_CALLBACK (error_field_changed_cb), self);
}

/* Under @row, or above the fields. */
static void
place_error (CwRecordEditor *self,
             GtkWidget      *row,
             const char     *message)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  if (message == NULL)
    row = NULL;
  if (priv->error_on != NULL && priv->error_on != row)
    gtk_widget_remove_css_class (priv->error_on, "error");
  priv->error_on = row;
  watch_error_field (self, row);

  cw_ui_field_error_show (priv->error_row, row, row != NULL ? message : NULL);
  gtk_label_set_text (priv->error_label, message != NULL && row == NULL ? message : "");
  gtk_widget_set_visible (priv->error_box, message != NULL && row == NULL);

  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
}

void
cw_record_editor_show_error (CwRecordEditor *self,
                             const GError   *error)
{
  GtkWidget *row = NULL;

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));

  if (error != NULL)
    row = CW_RECORD_EDITOR_GET_CLASS (self)->error_row (self, error);

  place_error (self, row, error != NULL ? error->message : NULL);
  if (row != NULL)
    focus_field (row);
}

void
cw_record_editor_show_problem (CwRecordEditor *self,
                               GtkWidget      *row,
                               const char     *message)
{
  g_return_if_fail (CW_IS_RECORD_EDITOR (self));
  g_return_if_fail (row == NULL || GTK_IS_WIDGET (row));

  place_error (self, row, message);
}

/* Changes */

/* Equal when every property reads the same. */
static gboolean
records_equal (GObject *a,
               GObject *b)
{
  guint n_properties;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_properties);

  for (guint i = 0; i < n_properties; i++)
    {
      g_auto(GValue) value_a = G_VALUE_INIT;
      g_auto(GValue) value_b = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&value_a, pspecs[i]->value_type);
      g_value_init (&value_b, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &value_a);
      g_object_get_property (b, pspecs[i]->name, &value_b);
      if (g_param_values_cmp (pspecs[i], &value_a, &value_b) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
cw_record_editor_real_modified (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (self);
  g_autoptr(GObject) now = NULL;

  /* The fields read into a copy of the baseline: what they do not show
   * stays equal. */
  now = klass->copy_record (self, priv->baseline);
  klass->read (self, now);

  return !records_equal (now, priv->baseline);
}

void
cw_record_editor_start_from (CwRecordEditor *self,
                             gpointer        template)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (self);

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));
  g_return_if_fail (G_IS_OBJECT (template));
  g_return_if_fail (priv->is_new);

  g_clear_object (&priv->record);
  priv->record = klass->copy_record (self, template);
  klass->fill (self, priv->record);
  g_clear_object (&priv->baseline);
  priv->baseline = klass->copy_record (self, priv->record);
  klass->read (self, priv->baseline);
}

gboolean
cw_record_editor_get_modified (CwRecordEditor *self)
{
  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), FALSE);

  return CW_RECORD_EDITOR_GET_CLASS (self)->modified (self);
}

/* Saving */

gboolean
cw_record_editor_save (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwRecordEditor) hold = NULL;

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), FALSE);

  klass->read (self, priv->record);
  if (!klass->save (self, priv->record, &error))
    {
      cw_record_editor_show_error (self, error);
      return FALSE;
    }

  hold = g_object_ref (self);
  priv->closing = TRUE;
  g_signal_emit (self, signals[SAVED], 0, priv->record);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

/* The toast goes to the window the editor was opened from, while that
 * is still on screen. */
static void
cw_record_editor_real_saved (CwRecordEditor *self,
                             GObject        *record)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (self);
  g_autofree char *message = NULL;

  if (klass->saved_message == NULL || priv->owner == NULL || gtk_widget_get_root (priv->owner) == NULL)
    return;

  message = klass->saved_message (self, record);
  if (message != NULL)
    cw_undo_show_toast (priv->owner, cw_database_get_last_change (priv->db), message);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cw_record_editor_save (CW_RECORD_EDITOR (widget));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Closing */

static gboolean
cw_record_editor_close_request (GtkWindow *window)
{
  CwRecordEditor *self = CW_RECORD_EDITOR (window);
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  if (!priv->closing && cw_record_editor_get_modified (self) &&
      cw_discard_dialog_ask (window, priv->discard_body != NULL ? priv->discard_body
                                                                : _("The changes in this window have not been saved.")))
    return TRUE;

  return GTK_WINDOW_CLASS (cw_record_editor_parent_class)->close_request (window);
}

/* Public */

CwDatabase *
cw_record_editor_get_database (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), NULL);

  return priv->db;
}

GtkWidget *
cw_record_editor_get_owner (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), NULL);

  return priv->owner;
}

gpointer
cw_record_editor_get_record (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), NULL);

  return priv->record;
}

gpointer
cw_record_editor_get_baseline (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), NULL);

  return priv->baseline;
}

gboolean
cw_record_editor_get_is_new (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_val_if_fail (CW_IS_RECORD_EDITOR (self), FALSE);

  return priv->is_new;
}

void
cw_record_editor_set_waiting (CwRecordEditor *self,
                              const GError   *why)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  GtkWidget *row = NULL;
  gboolean told;

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", why == NULL);

  if (why != NULL)
    row = CW_RECORD_EDITOR_GET_CLASS (self)->error_row (self, why);
  told = why == NULL || (row != NULL && (row == priv->error_on || cw_ui_row_has_focus (row)));
  if (!told)
    gtk_label_set_text (priv->waiting_label, why->message);
  gtk_widget_set_visible (priv->waiting_box, !told);
}

void
cw_record_editor_set_subtitle (CwRecordEditor *self,
                               const char     *subtitle)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));

  adw_window_title_set_subtitle (priv->window_title, subtitle != NULL ? subtitle : "");
}

void
cw_record_editor_set_discard_body (CwRecordEditor *self,
                                   const char     *body)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  g_return_if_fail (CW_IS_RECORD_EDITOR (self));

  g_free (priv->discard_body);
  priv->discard_body = g_strdup (body);
}

/* A subclass template's <child> is the editor's fields. */
static void
cw_record_editor_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (CW_RECORD_EDITOR (buildable));

  if (type == NULL && GTK_IS_WIDGET (child) && priv->fields_box != NULL)
    gtk_box_append (priv->fields_box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
cw_record_editor_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = cw_record_editor_add_child;
}

static void
cw_record_editor_constructed (GObject *object)
{
  CwRecordEditor *self = CW_RECORD_EDITOR (object);
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (self);
  g_autoptr(GObject) opened = g_steal_pointer (&priv->opened);
  GtkRoot *root;

  G_OBJECT_CLASS (cw_record_editor_parent_class)->constructed (object);

  g_assert (priv->db != NULL);

  priv->is_new = opened == NULL;
  priv->record = klass->copy_record (self, opened);
  klass->fill (self, priv->record);

  /* What the fields show when nothing was typed: a new record's defaults
   * are not a change. */
  priv->baseline = klass->copy_record (self, priv->record);
  klass->read (self, priv->baseline);

  root = priv->owner != NULL ? gtk_widget_get_root (priv->owner) : NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
}

static void
cw_record_editor_dispose (GObject *object)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (CW_RECORD_EDITOR (object));

  /* No gtk_widget_dispose_template() here: on GTK 4.8 it walks the
   * template of the instance's class, the subclass's, and aborts when
   * the subclass binds children. The window lets go of its content, and
   * the template's own references go with the widget. */

  watch_error_field (CW_RECORD_EDITOR (object), NULL);
  g_clear_object (&priv->error_row);
  priv->error_on = NULL;
  g_clear_object (&priv->record);
  g_clear_object (&priv->baseline);
  g_clear_object (&priv->opened);
  g_clear_object (&priv->owner);
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (cw_record_editor_parent_class)->dispose (object);
}

static void
cw_record_editor_finalize (GObject *object)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (CW_RECORD_EDITOR (object));

  g_array_unref (priv->fields);
  g_free (priv->discard_body);

  G_OBJECT_CLASS (cw_record_editor_parent_class)->finalize (object);
}

static void
cw_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (CW_RECORD_EDITOR (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->db);
      break;

    case PROP_OWNER:
      g_value_set_object (value, priv->owner);
      break;

    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_record_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (CW_RECORD_EDITOR (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->db = g_value_dup_object (value);
      break;

    case PROP_OWNER:
      priv->owner = g_value_dup_object (value);
      break;

    case PROP_RECORD:
      priv->opened = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_record_editor_class_init (CwRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cw_record_editor_constructed;
  object_class->dispose = cw_record_editor_dispose;
  object_class->finalize = cw_record_editor_finalize;
  object_class->get_property = cw_record_editor_get_property;
  object_class->set_property = cw_record_editor_set_property;
  window_class->close_request = cw_record_editor_close_request;

  klass->error_row = cw_record_editor_real_error_row;
  klass->saved = cw_record_editor_real_saved;
  klass->modified = cw_record_editor_real_modified;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* Given: the record to edit (NULL for a new one); read: the copy. */
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  G_STRUCT_OFFSET (CwRecordEditorClass, saved),
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-record-editor.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, window_title);
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, error_box);
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, error_label);
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, fields_box);
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, waiting_box);
  gtk_widget_class_bind_template_child_private (widget_class, CwRecordEditor, waiting_label);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.close", NULL, close_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
cw_record_editor_init (CwRecordEditor *self)
{
  CwRecordEditorPrivate *priv = cw_record_editor_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));

  priv->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  priv->error_row = cw_ui_field_error_row_new ();

  /* The window's title is the header bar's. */
  g_object_bind_property (self, "title", priv->window_title, "title", G_BINDING_SYNC_CREATE);
}
