/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-request-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "ui/common/cw-form.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/cw-ui-resources.h"

/* The urgency row's choices, in its order. */
static const char * const urgencies[] = { "blue", "yellow", "red" };

struct _CwGridRequestEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *household_row;
  AdwEntryRow    *date_row;
  AdwEntryRow    *source_row;
  AdwEntryRow    *category_row;
  AdwEntryRow    *body_row;
  AdwComboRow    *urgency_row;
  AdwActionRow   *wish_row;
  GtkSwitch      *wish_switch;

  CwGridRequest  *prefill;    /* what a new request starts from; may be NULL */
};

G_DEFINE_FINAL_TYPE (CwGridRequestEditor, cw_grid_request_editor, CW_TYPE_RECORD_EDITOR)

enum {
  PROP_0,
  PROP_PREFILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  CwGridRequest *request;
  g_autofree char *today = NULL;

  CwGridRequestEditor *self = CW_GRID_REQUEST_EDITOR (editor);

  if (record != NULL)
    return G_OBJECT (cw_grid_request_copy (CW_GRID_REQUEST (record)));
  if (self->prefill != NULL)
    return G_OBJECT (cw_grid_request_copy (self->prefill));
  request = cw_grid_request_new ();
  today = cw_date_today_text ();
  g_object_set (request, "received-date", today, "urgency", "blue", NULL);
  return G_OBJECT (request);
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwGridRequestEditor *self = CW_GRID_REQUEST_EDITOR (editor);
  CwGridRequest *request = CW_GRID_REQUEST (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);
  const char *urgency = cw_grid_request_get_text (request, "urgency");

  gtk_editable_set_text (GTK_EDITABLE (self->household_row), cw_grid_request_get_text (request, "household-number"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), cw_grid_request_get_text (request, "received-date"));
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), cw_grid_request_get_text (request, "source"));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), cw_grid_request_get_text (request, "category"));
  gtk_editable_set_text (GTK_EDITABLE (self->body_row), cw_grid_request_get_text (request, "body"));
  for (guint i = 0; i < G_N_ELEMENTS (urgencies); i++)
    if (g_str_equal (urgency, urgencies[i]))
      adw_combo_row_set_selected (self->urgency_row, i);
  gtk_switch_set_active (self->wish_switch, cw_grid_request_get_wish (request));

  /* The deadline was fixed from these when the request came in. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->household_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->urgency_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->wish_row), is_new);

  if (is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Request"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Request %d"), (int) cw_grid_request_get_number (request));
      g_autofree char *subtitle = g_strdup_printf (_("Household %s, due %s"),
                                                   cw_grid_request_get_text (request, "household-number"),
                                                   cw_grid_request_get_text (request, "due-date"));

      gtk_window_set_title (GTK_WINDOW (self), title);
      cw_record_editor_set_subtitle (editor, subtitle);
    }
  /* A request from a household's page has its household already. */
  if (is_new && cw_grid_request_get_text (request, "household-number")[0] == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->household_row));
  else
    gtk_widget_grab_focus (is_new ? GTK_WIDGET (self->category_row) : GTK_WIDGET (self->body_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwGridRequestEditor *self = CW_GRID_REQUEST_EDITOR (editor);
  g_autofree char *household = cw_ui_row_text (GTK_WIDGET (self->household_row));
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *source = cw_ui_row_text (GTK_WIDGET (self->source_row));
  g_autofree char *category = cw_ui_row_text (GTK_WIDGET (self->category_row));
  g_autofree char *body = cw_ui_row_text (GTK_WIDGET (self->body_row));

  g_object_set (record, "source", source, "category", category, "body", body, NULL);
  if (cw_record_editor_get_is_new (editor))
    g_object_set (record,
                  "household-number", household,
                  "received-date", date,
                  "urgency", urgencies[MIN (adw_combo_row_get_selected (self->urgency_row), 2)],
                  "wish", gtk_switch_get_active (self->wish_switch),
                  NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  return cw_grid_request_save (cw_record_editor_get_database (editor), CW_GRID_REQUEST (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  int number = (int) cw_grid_request_get_number (CW_GRID_REQUEST (record));

  /* Translators: a toast: the request's number */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Request %d received") : _("Request %d saved"),
                          number);
}

CwGridRequestEditor *
cw_grid_request_editor_new (GtkWidget     *owner,
                            CwDatabase    *db,
                            CwGridRequest *request)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_REQUEST_EDITOR, "database", db, "owner", owner, "record", request, NULL);
}

CwGridRequestEditor *
cw_grid_request_editor_new_from (GtkWidget     *owner,
                                 CwDatabase    *db,
                                 CwGridRequest *prefill)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_GRID_REQUEST (prefill), NULL);

  return g_object_new (CW_TYPE_GRID_REQUEST_EDITOR, "database", db, "owner", owner, "prefill", prefill, NULL);
}

static void
cw_grid_request_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRID_REQUEST_EDITOR);
  g_clear_object (&CW_GRID_REQUEST_EDITOR (object)->prefill);

  G_OBJECT_CLASS (cw_grid_request_editor_parent_class)->dispose (object);
}

static void
cw_grid_request_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CwGridRequestEditor *self = CW_GRID_REQUEST_EDITOR (object);

  if (prop_id == PROP_PREFILL)
    self->prefill = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_request_editor_class_init (CwGridRequestEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_grid_request_editor_dispose;
  object_class->set_property = cw_grid_request_editor_set_property;

  /* Construct-only, so that it is there when the base copies the record. */
  properties[PROP_PREFILL] =
    g_param_spec_object ("prefill", NULL, NULL, CW_TYPE_GRID_REQUEST,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-request-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, household_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, body_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, urgency_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, wish_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridRequestEditor, wish_switch);
}

static void
cw_grid_request_editor_init (CwGridRequestEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: the field as request errors name it ("Date: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->date_row), _("Date"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->body_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->urgency_row), NULL);
}
