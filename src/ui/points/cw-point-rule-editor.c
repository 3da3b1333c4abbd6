/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rule-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-points-limits.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwPointRuleEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *code_row;
  AdwComboRow    *scheme_row;
  AdwEntryRow    *category_row;
  AdwEntryRow    *description_row;
  AdwActionRow   *points_row;
  GtkSpinButton  *points_spin;
  AdwEntryRow    *unit_row;
  AdwActionRow   *cap_row;
  GtkSpinButton  *cap_spin;
};

G_DEFINE_FINAL_TYPE (CwPointRuleEditor, cw_point_rule_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_point_rule_copy (CW_POINT_RULE (record)) : cw_point_rule_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwPointRuleEditor *self = CW_POINT_RULE_EDITOR (editor);
  CwPointRule *rule = CW_POINT_RULE (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), cw_point_rule_get_code (rule));
  adw_combo_row_set_selected (self->scheme_row,
                              g_strcmp0 (cw_point_rule_get_scheme (rule), CW_SCHEME_PARTY) == 0 ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), cw_point_rule_get_category (rule));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), cw_point_rule_get_description (rule));
  /* A rule is worth something: a new one starts at one point. */
  gtk_spin_button_set_value (self->points_spin,
                             cw_point_rule_get_points (rule) != 0 ? cw_point_rule_get_points (rule) : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), cw_point_rule_get_unit (rule));
  gtk_spin_button_set_value (self->cap_spin, cw_point_rule_get_quarter_cap (rule));

  /* Entries point at the code and the scheme: they stay as they are. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scheme_row), is_new);

  if (is_new)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Rule"));
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Rule %s"), cw_point_rule_get_code (rule));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  gtk_widget_grab_focus (is_new ? GTK_WIDGET (self->code_row) : GTK_WIDGET (self->description_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwPointRuleEditor *self = CW_POINT_RULE_EDITOR (editor);
  g_autofree char *code = cw_ui_row_text (GTK_WIDGET (self->code_row));
  g_autofree char *category = cw_ui_row_text (GTK_WIDGET (self->category_row));
  g_autofree char *description = cw_ui_row_text (GTK_WIDGET (self->description_row));
  g_autofree char *unit = cw_ui_row_text (GTK_WIDGET (self->unit_row));

  gtk_spin_button_update (self->points_spin);
  gtk_spin_button_update (self->cap_spin);

  if (cw_record_editor_get_is_new (editor))
    g_object_set (record,
                  "code", code,
                  "scheme", adw_combo_row_get_selected (self->scheme_row) == 1 ? CW_SCHEME_PARTY
                                                                              : CW_SCHEME_HOUSEHOLD,
                  NULL);
  g_object_set (record,
                "category", category,
                "description", description,
                "points", gtk_spin_button_get_value_as_int (self->points_spin),
                "unit", unit,
                "quarter-cap", gtk_spin_button_get_value_as_int (self->cap_spin),
                NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwDatabase *db = cw_record_editor_get_database (editor);

  if (cw_record_editor_get_is_new (editor))
    return cw_point_rule_add (db, CW_POINT_RULE (record), error);

  return cw_point_rule_update (db, CW_POINT_RULE (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  /* Translators: a toast: the rule's code */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Rule %s added") : _("Rule %s saved"),
                          cw_point_rule_get_code (CW_POINT_RULE (record)));
}

CwPointRuleEditor *
cw_point_rule_editor_new (GtkWidget   *owner,
                          CwDatabase  *db,
                          CwPointRule *rule)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (rule == NULL || CW_IS_POINT_RULE (rule), NULL);

  return g_object_new (CW_TYPE_POINT_RULE_EDITOR,
                       "database", db,
                       "owner", owner,
                       "record", rule,
                       NULL);
}

static void
cw_point_rule_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_POINT_RULE_EDITOR);

  G_OBJECT_CLASS (cw_point_rule_editor_parent_class)->dispose (object);
}

static void
cw_point_rule_editor_class_init (CwPointRuleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_point_rule_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-point-rule-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, points_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, points_spin);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, cap_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, cap_spin);
}

static void
cw_point_rule_editor_init (CwPointRuleEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bounds of core (cw-points-limits.h), so the spin buttons offer
   * exactly what can be saved. */
  gtk_spin_button_set_range (self->points_spin, -CW_RULE_POINTS_MAX, CW_RULE_POINTS_MAX);
  gtk_spin_button_set_range (self->cap_spin, 0, CW_RULE_CAP_MAX);

  /* Rows titled as core's errors name them, and those that are not. */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->code_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->scheme_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->category_row), NULL);
  /* Translators: the field as rule errors name it ("Content: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->description_row), C_("field", "Content"));
  /* Translators: the field as rule and goods errors name it ("Points: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->points_row), C_("field", "Points"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->unit_row), NULL);
  /* Translators: the field as rule errors name it ("Cap: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->cap_row), C_("field", "Cap"));
}
