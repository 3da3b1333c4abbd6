/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "ui/common/cw-form.h"
#include "ui/grids/cw-grid-editor.h"
#include "ui/cw-ui-resources.h"

/* A parent code that names no grid: save says so under the parent. */
#define UNKNOWN_PARENT G_GINT64_CONSTANT (-1)

struct _CwGridEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *code_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *level_row;
  AdwEntryRow    *parent_row;
  AdwEntryRow    *head_row;
  AdwEntryRow    *phone_row;
  AdwEntryRow    *workers_row;
};

G_DEFINE_FINAL_TYPE (CwGridEditor, cw_grid_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_grid_copy (CW_GRID (record)) : cw_grid_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwGridEditor *self = CW_GRID_EDITOR (editor);
  CwGrid *grid = CW_GRID (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), cw_grid_get_code (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_grid_get_name (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->level_row), cw_grid_get_level (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->parent_row), cw_grid_get_parent_code (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->head_row), cw_grid_get_head_name (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), cw_grid_get_head_phone (grid));
  gtk_editable_set_text (GTK_EDITABLE (self->workers_row), cw_grid_get_workers (grid));
  /* Households, visits and requests point at the code. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), is_new);

  if (is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Grid"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Grid %s"), cw_grid_get_code (grid));

      gtk_window_set_title (GTK_WINDOW (self), title);
      cw_record_editor_set_subtitle (editor, cw_grid_get_path (grid));
    }
  gtk_widget_grab_focus (is_new ? GTK_WIDGET (self->code_row) : GTK_WIDGET (self->name_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwGridEditor *self = CW_GRID_EDITOR (editor);
  g_autofree char *code = cw_ui_row_text (GTK_WIDGET (self->code_row));
  g_autofree char *name = cw_ui_row_text (GTK_WIDGET (self->name_row));
  g_autofree char *level = cw_ui_row_text (GTK_WIDGET (self->level_row));
  g_autofree char *parent = cw_ui_row_text (GTK_WIDGET (self->parent_row));
  g_autofree char *head = cw_ui_row_text (GTK_WIDGET (self->head_row));
  g_autofree char *phone = cw_ui_row_text (GTK_WIDGET (self->phone_row));
  g_autofree char *workers = cw_ui_row_text (GTK_WIDGET (self->workers_row));
  gint64 parent_id = 0;

  if (parent[0] != '\0')
    {
      g_autoptr(CwGrid) found = cw_grid_find (cw_record_editor_get_database (editor), parent, NULL);

      parent_id = found != NULL ? cw_grid_get_id (found) : UNKNOWN_PARENT;
    }
  if (cw_record_editor_get_is_new (editor))
    cw_grid_set_text (CW_GRID (record), "code", code);
  cw_grid_set_text (CW_GRID (record), "name", name);
  cw_grid_set_text (CW_GRID (record), "level", level);
  cw_grid_set_text (CW_GRID (record), "head-name", head);
  cw_grid_set_text (CW_GRID (record), "head-phone", phone);
  cw_grid_set_text (CW_GRID (record), "workers", workers);
  cw_grid_set_parent_id (CW_GRID (record), parent_id);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwGridEditor *self = CW_GRID_EDITOR (editor);

  if (cw_grid_get_parent_id (CW_GRID (record)) == UNKNOWN_PARENT)
    {
      g_autofree char *parent = cw_ui_row_text (GTK_WIDGET (self->parent_row));

      /* Translators: "Parent: …", the field as the editor names it */
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Parent: there is no grid with the code %s."), parent);
      return FALSE;
    }
  return cw_grid_save (cw_record_editor_get_database (editor), CW_GRID (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  /* Translators: a toast: the grid's code */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Grid %s added") : _("Grid %s saved"),
                          cw_grid_get_code (CW_GRID (record)));
}

CwGridEditor *
cw_grid_editor_new (GtkWidget  *owner,
                    CwDatabase *db,
                    CwGrid     *grid)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_EDITOR, "database", db, "owner", owner, "record", grid, NULL);
}

static void
cw_grid_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRID_EDITOR);

  G_OBJECT_CLASS (cw_grid_editor_parent_class)->dispose (object);
}

static void
cw_grid_editor_class_init (CwGridEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_grid_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, parent_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, head_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridEditor, workers_row);
}

static void
cw_grid_editor_init (CwGridEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->code_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->name_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->level_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->parent_row), NULL);
}
