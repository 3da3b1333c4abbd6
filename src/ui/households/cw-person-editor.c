/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-person-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-person-form.h"
#include "ui/cw-ui-resources.h"

struct _CwPersonEditor
{
  CwRecordEditor  parent_instance;

  gint64          household_id;

  /* Template widgets */
  CwPersonForm   *form;
};

G_DEFINE_FINAL_TYPE (CwPersonEditor, cw_person_editor, CW_TYPE_RECORD_EDITOR)

/* Judges what was typed: the problem with a field the clerk has been
 * through under that field, Save waiting while the person cannot be
 * saved. FALSE with @error (the problem to show first) when it cannot. */
static gboolean
revalidate (CwPersonEditor  *self,
            gboolean         show_all,
            GError         **error)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);
  g_autoptr(GError) problem = NULL;
  g_autoptr(GError) invalid = NULL;
  GtkWidget *row = NULL;
  gboolean valid = cw_person_form_check (self->form, show_all, &row, &problem, &invalid);

  cw_record_editor_show_problem (editor, row, problem != NULL ? problem->message : NULL);
  cw_record_editor_set_waiting (editor, invalid);

  if (!valid)
    g_propagate_error (error, problem != NULL ? g_steal_pointer (&problem) : g_steal_pointer (&invalid));

  return valid;
}

static void
form_changed_cb (CwPersonEditor *self,
                 CwPersonForm   *form)
{
  revalidate (self, FALSE, NULL);
}

/* A field the clerk leaves is judged at once. */
static void
focus_moved_cb (CwPersonEditor *self,
                GParamSpec     *pspec,
                gpointer        user_data)
{
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    revalidate (self, FALSE, NULL);
}

static void
form_activate_last_cb (CwPersonEditor *self,
                       CwPersonForm   *form)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_person_copy (CW_PERSON (record)) : cw_person_form_new_person ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwPersonEditor *self = CW_PERSON_EDITOR (editor);
  CwPerson *person = CW_PERSON (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);

  cw_person_form_set_person (self->form, person);
  cw_person_form_set_head (self->form, !is_new && cw_person_is_head (person));
  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Member") : _("Edit Person"));

  revalidate (self, FALSE, NULL);

  /* A new member is typed from the name on; one registered opens at what
   * changes, never with a key field selected for a stray key to replace. */
  if (is_new)
    cw_person_form_focus_first (self->form);
  else
    cw_person_form_focus_usual (self->form);
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  cw_person_form_read (CW_PERSON_EDITOR (editor)->form, CW_PERSON (record));
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwPersonEditor *self = CW_PERSON_EDITOR (editor);
  CwDatabase *db = cw_record_editor_get_database (editor);
  CwPerson *person = CW_PERSON (record);

  if (!revalidate (self, TRUE, error))
    return FALSE;

  if (!cw_record_editor_get_is_new (editor))
    return cw_person_update (db, person, error);

  cw_person_set_household_id (person, self->household_id);
  return cw_person_add (db, person, error);
}

static GtkWidget *
error_row (CwRecordEditor *editor,
           const GError   *error)
{
  return cw_person_form_row_for_error (CW_PERSON_EDITOR (editor)->form, error);
}

CwPersonEditor *
cw_person_editor_new (GtkWidget  *owner,
                      CwDatabase *db,
                      CwPerson   *person,
                      gint64      household_id,
                      const char *household_label)
{
  CwPersonEditor *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (person == NULL || CW_IS_PERSON (person), NULL);

  self = g_object_new (CW_TYPE_PERSON_EDITOR,
                       "database", db,
                       "owner", owner,
                       "record", person,
                       NULL);
  self->household_id = person != NULL ? cw_person_get_household_id (person) : household_id;
  cw_record_editor_set_subtitle (CW_RECORD_EDITOR (self), household_label);

  return self;
}

static void
cw_person_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (cw_person_editor_parent_class)->dispose (object);
}

static void
cw_person_editor_class_init (CwPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_person_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->error_row = error_row;

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_PERSON_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPersonEditor, form);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_activate_last_cb);
}

static void
cw_person_editor_init (CwPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cw_person_form_set_title (self->form, NULL);
  cw_record_editor_set_discard_body (CW_RECORD_EDITOR (self), _("The changes to this person have not been saved."));
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_moved_cb), NULL);
}
