/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-item-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-form.h"
#include "ui/notices/cw-notice-item-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeItemEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *cadence_row;
  AdwActionRow   *days_row;
  GtkSpinButton  *days_spin;
  AdwEntryRow    *since_row;
};

G_DEFINE_FINAL_TYPE (CwNoticeItemEditor, cw_notice_item_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_notice_item_copy (CW_NOTICE_ITEM (record))
                                  : cw_notice_item_new ("", CW_NOTICE_KIND_VILLAGE, CW_CADENCE_QUARTERLY, 7));
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwNoticeItemEditor *self = CW_NOTICE_ITEM_EDITOR (editor);
  CwNoticeItem *item = CW_NOTICE_ITEM (record);
  const char *since = cw_notice_item_get_since (item);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_notice_item_get_name (item));
  adw_combo_row_set_selected (self->kind_row, cw_notice_item_get_kind (item));
  adw_combo_row_set_selected (self->cadence_row, cw_notice_item_get_cadence (item));
  gtk_spin_button_set_value (self->days_spin, cw_notice_item_get_min_days (item));
  gtk_editable_set_text (GTK_EDITABLE (self->since_row), since != NULL ? since : "");
  gtk_window_set_title (GTK_WINDOW (self), cw_record_editor_get_is_new (editor) ? _("New Catalogue Item")
                                                                               : cw_notice_item_get_name (item));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwNoticeItemEditor *self = CW_NOTICE_ITEM_EDITOR (editor);
  CwNoticeItem *item = CW_NOTICE_ITEM (record);
  g_autofree char *name = cw_ui_row_text (GTK_WIDGET (self->name_row));
  g_autofree char *since = cw_ui_row_text (GTK_WIDGET (self->since_row));

  gtk_spin_button_update (self->days_spin);
  cw_notice_item_set_name (item, name);
  cw_notice_item_set_kind (item, (CwNoticeKind) adw_combo_row_get_selected (self->kind_row));
  cw_notice_item_set_cadence (item, (CwCadence) adw_combo_row_get_selected (self->cadence_row));
  cw_notice_item_set_min_days (item, (guint) gtk_spin_button_get_value_as_int (self->days_spin));
  cw_notice_item_set_since (item, since);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwDatabase *db = cw_record_editor_get_database (editor);

  if (cw_record_editor_get_is_new (editor))
    return cw_notice_item_add (db, CW_NOTICE_ITEM (record), error) != 0;
  return cw_notice_item_update (db, CW_NOTICE_ITEM (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("%s added to the catalogue") : _("%s saved"),
                          cw_notice_item_get_name (CW_NOTICE_ITEM (record)));
}

CwNoticeItemEditor *
cw_notice_item_editor_new (GtkWidget    *owner,
                           CwDatabase   *db,
                           CwNoticeItem *item)
{
  return g_object_new (CW_TYPE_NOTICE_ITEM_EDITOR, "database", db, "owner", owner, "record", item, NULL);
}

static void
cw_notice_item_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_NOTICE_ITEM_EDITOR);

  G_OBJECT_CLASS (cw_notice_item_editor_parent_class)->dispose (object);
}

static void
cw_notice_item_editor_class_init (CwNoticeItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_notice_item_editor_dispose;
  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notice-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, days_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, days_spin);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeItemEditor, since_row);
}

static void
cw_notice_item_editor_init (CwNoticeItemEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: the fields as catalogue errors name them ("Name: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->name_row), C_("field", "Name"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->kind_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->cadence_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->days_row), C_("field", "Days"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->since_row), NULL);
}
