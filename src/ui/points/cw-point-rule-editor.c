/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rule-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-points-helpers.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwPointRuleEditor
{
  AdwWindow       parent_instance;

  CwDatabase     *db;
  CwPointRule    *rule;     /* the copy being edited */
  gboolean        is_new;
  GtkWidget      *owner;

  /* Template widgets */
  AdwWindowTitle *window_title;
  AdwEntryRow    *code_row;
  AdwComboRow    *scheme_row;
  AdwEntryRow    *category_row;
  AdwEntryRow    *description_row;
  GtkSpinButton  *points_spin;
  AdwEntryRow    *unit_row;
  GtkSpinButton  *cap_spin;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (CwPointRuleEditor, cw_point_rule_editor, ADW_TYPE_WINDOW)

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_error (CwPointRuleEditor *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

gboolean
cw_point_rule_editor_save (CwPointRuleEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = row_text (self->code_row);
  g_autofree char *category = row_text (self->category_row);
  g_autofree char *description = row_text (self->description_row);
  g_autofree char *unit = row_text (self->unit_row);
  g_autofree char *title = NULL;
  gboolean ok;

  g_return_val_if_fail (CW_IS_POINT_RULE_EDITOR (self), FALSE);

  gtk_spin_button_update (self->points_spin);
  gtk_spin_button_update (self->cap_spin);

  if (self->is_new)
    g_object_set (self->rule,
                  "code", code,
                  "scheme", adw_combo_row_get_selected (self->scheme_row) == 1 ? CW_SCHEME_PARTY
                                                                              : CW_SCHEME_HOUSEHOLD,
                  NULL);
  g_object_set (self->rule,
                "category", category,
                "description", description,
                "points", gtk_spin_button_get_value_as_int (self->points_spin),
                "unit", unit,
                "quarter-cap", gtk_spin_button_get_value_as_int (self->cap_spin),
                NULL);

  if (self->is_new)
    ok = cw_point_rule_add (self->db, self->rule, &error);
  else
    ok = cw_point_rule_update (self->db, self->rule, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }

  /* Translators: a toast: the rule's code */
  title = g_strdup_printf (self->is_new ? _("Rule %s added") : _("Rule %s saved"),
                           cw_point_rule_get_code (self->rule));
  if (self->owner != NULL && gtk_widget_get_root (self->owner) != NULL)
    cw_points_show_undo_toast (self->owner, self->db, title);

  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cw_point_rule_editor_save (CW_POINT_RULE_EDITOR (widget));
}

static void
row_activated_cb (CwPointRuleEditor *self)
{
  cw_point_rule_editor_save (self);
}

static void
cancel_clicked_cb (CwPointRuleEditor *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
fill (CwPointRuleEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), cw_point_rule_get_code (self->rule));
  adw_combo_row_set_selected (self->scheme_row,
                              g_strcmp0 (cw_point_rule_get_scheme (self->rule), CW_SCHEME_PARTY) == 0 ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), cw_point_rule_get_category (self->rule));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), cw_point_rule_get_description (self->rule));
  /* A rule is worth something: a new one starts at one point. */
  gtk_spin_button_set_value (self->points_spin,
                             cw_point_rule_get_points (self->rule) != 0 ? cw_point_rule_get_points (self->rule) : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), cw_point_rule_get_unit (self->rule));
  gtk_spin_button_set_value (self->cap_spin, cw_point_rule_get_quarter_cap (self->rule));

  /* Entries point at the code and the scheme: they stay as they are. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), self->is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scheme_row), self->is_new);

  if (self->is_new)
    {
      adw_window_title_set_title (self->window_title, _("New Rule"));
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Rule %s"), cw_point_rule_get_code (self->rule));

      adw_window_title_set_title (self->window_title, title);
    }
}

CwPointRuleEditor *
cw_point_rule_editor_new (GtkWidget   *owner,
                          CwDatabase  *db,
                          CwPointRule *rule)
{
  CwPointRuleEditor *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (rule == NULL || CW_IS_POINT_RULE (rule), NULL);

  self = g_object_new (CW_TYPE_POINT_RULE_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->owner = g_object_ref (owner);
  self->is_new = rule == NULL;
  self->rule = rule != NULL ? cw_point_rule_copy (rule) : cw_point_rule_new ();

  root = gtk_widget_get_root (owner);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  fill (self);
  gtk_widget_grab_focus (self->is_new ? GTK_WIDGET (self->code_row) : GTK_WIDGET (self->description_row));

  return self;
}

static void
cw_point_rule_editor_dispose (GObject *object)
{
  CwPointRuleEditor *self = CW_POINT_RULE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINT_RULE_EDITOR);

  g_clear_object (&self->rule);
  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_point_rule_editor_parent_class)->dispose (object);
}

static void
cw_point_rule_editor_class_init (CwPointRuleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_point_rule_editor_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-point-rule-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, points_spin);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, cap_spin);
  gtk_widget_class_bind_template_child (widget_class, CwPointRuleEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.close", NULL, close_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
cw_point_rule_editor_init (CwPointRuleEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
