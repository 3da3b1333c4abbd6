/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-rows-group"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/mediation/cw-mediation.h"
#include "ui/mediation/cw-mediation-rows-group.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationRowsGroup
{
  AdwPreferencesGroup  parent_instance;

  CwMediationKind      kind;
  GPtrArray           *rows;      /* CwMediationRow, the copies edited */
  GPtrArray           *widgets;   /* AdwExpanderRow, one per row */

  /* Template widgets */
  GtkButton           *add_button;
};

G_DEFINE_FINAL_TYPE (CwMediationRowsGroup, cw_mediation_rows_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* A field as the editor shows it: its title, and the codes a drop-down
 * offers when it is one ("" offered as "—"). */
typedef struct
{
  guint       field;
  const char *title;     /* marked for translation */
  const char *codes;     /* cw_mediation_codes() of this, or NULL */
} FieldInfo;

static const FieldInfo party_fields[] = {
  { CW_PARTY_SIDE, N_("Side"), "side" },
  { CW_PARTY_NAME, N_("Name"), NULL },
  { CW_PARTY_SEX, N_("Sex"), "sex" },
  { CW_PARTY_ETHNICITY, N_("Ethnicity"), NULL },
  { CW_PARTY_AGE, N_("Age"), NULL },
  { CW_PARTY_OCCUPATION, N_("Occupation"), NULL },
  { CW_PARTY_PHONE, N_("Phone"), NULL },
  { CW_PARTY_ADDRESS, N_("Address"), NULL },
  { CW_PARTY_AGENT, N_("Agent (代理人)"), NULL },
  { CW_PARTY_AGENT_NOTE, N_("Agent’s relation and phone"), NULL },
  { 0 }
};

static const FieldInfo session_fields[] = {
  { CW_SESSION_HELD_ON, N_("Session date"), NULL },
  { CW_SESSION_PLACE, N_("Place"), NULL },
  { CW_SESSION_ATTENDEES, N_("Attended"), NULL },
  { CW_SESSION_STATEMENTS, N_("What each side said"), NULL },
  { CW_SESSION_CHECKED, N_("What was checked"), NULL },
  { CW_SESSION_WARNED, N_("Risks explained"), NULL },
  { CW_SESSION_RESULT, N_("Result"), NULL },
  { 0 }
};

static const FieldInfo term_fields[] = {
  { CW_TERM_CONTENT, N_("Term"), NULL },
  { CW_TERM_MANNER, N_("Manner"), NULL },
  { CW_TERM_PLACE, N_("Place"), NULL },
  { CW_TERM_DEADLINE, N_("Deadline"), NULL },
  { 0 }
};

static const FieldInfo followup_fields[] = {
  { CW_FOLLOWUP_VISITED_ON, N_("Follow-up date"), NULL },
  { CW_FOLLOWUP_VISITOR, N_("Follow-up visitor"), NULL },
  { CW_FOLLOWUP_PERFORMED, N_("Performed"), "performed" },
  { CW_FOLLOWUP_SATISFACTION, N_("Satisfaction"), "satisfaction" },
  { CW_FOLLOWUP_LAWSUIT, N_("Lawsuit since"), "lawsuit" },
  { CW_FOLLOWUP_RISK, N_("Remaining risk"), NULL },
  { CW_FOLLOWUP_MEASURES, N_("Measures"), NULL },
  { 0 }
};

static const FieldInfo extension_fields[] = {
  { CW_EXTENSION_KIND, N_("Extends"), "extension" },
  { CW_EXTENSION_GRANTED_ON, N_("Extended on"), NULL },
  { CW_EXTENSION_UNTIL, N_("New due date"), NULL },
  { CW_EXTENSION_REASON, N_("Reason"), NULL },
  { 0 }
};

static const FieldInfo * const kind_fields[CW_MEDIATION_N_KINDS] = {
  party_fields, session_fields, term_fields, followup_fields, extension_fields,
};

static const char * const add_labels[CW_MEDIATION_N_KINDS] = {
  N_("Add _Outsider"), N_("Add _Session"), N_("Add _Term"), N_("Add _Follow-up"), N_("Add E_xtension"),
};

/* The codes of a drop-down, and their labels. */
static const char * const lawsuit_codes[] = { "0", "1", NULL };
static const char * const extension_codes[] = { "mediation", "petition", NULL };
static const char * const sex_codes[] = { "", "M", "F", NULL };

static const char * const *
codes_of (const char *what)
{
  if (g_str_equal (what, "lawsuit"))
    return lawsuit_codes;
  if (g_str_equal (what, "extension"))
    return extension_codes;
  if (g_str_equal (what, "sex"))
    return sex_codes;
  return cw_mediation_codes (what);
}

static const char *
code_label (const char *what,
            const char *code)
{
  if (code[0] == '\0')
    return "—";
  if (g_str_equal (what, "lawsuit"))
    return g_str_equal (code, "1") ? _("Yes") : _("No");
  if (g_str_equal (what, "extension"))
    return g_str_equal (code, "petition") ? _("The petition’s 60 days") : _("The month to settle");
  return cw_mediation_label (code);
}

static gboolean
from_register (CwMediationRow *row)
{
  return cw_mediation_row_get_kind (row) == CW_MEDIATION_PARTY &&
         cw_mediation_row_get (row, CW_PARTY_PERSON_ID)[0] != '\0';
}

static void
update_title (CwMediationRowsGroup *self,
              guint                 index)
{
  CwMediationRow *row = g_ptr_array_index (self->rows, index);
  AdwPreferencesRow *widget = g_ptr_array_index (self->widgets, index);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  switch (self->kind)
    {
    case CW_MEDIATION_PARTY:
      title = g_strdup_printf ("%s · %s", cw_mediation_label (cw_mediation_row_get (row, CW_PARTY_SIDE)),
                               cw_mediation_row_get (row, CW_PARTY_NAME));
      subtitle = from_register (row)
                 /* Translators: a party from the households register: its 户号 */
                 ? g_strdup_printf (_("Household %s, from the register"),
                                    cw_mediation_row_get (row, CW_PARTY_HOUSEHOLD_NUMBER))
                 : g_strdup (_("From outside the register"));
      break;
    case CW_MEDIATION_SESSION:
      title = g_strdup_printf ("%s %s", cw_mediation_row_get (row, CW_SESSION_HELD_ON),
                               cw_mediation_row_get (row, CW_SESSION_PLACE));
      subtitle = g_strdup (cw_mediation_row_get (row, CW_SESSION_RESULT));
      break;
    case CW_MEDIATION_TERM:
      title = g_strdup_printf ("%u. %s", index + 1, cw_mediation_row_get (row, CW_TERM_CONTENT));
      subtitle = g_strdup (cw_mediation_row_get (row, CW_TERM_DEADLINE));
      break;
    case CW_MEDIATION_FOLLOWUP:
      title = g_strdup_printf ("%s %s", cw_mediation_row_get (row, CW_FOLLOWUP_VISITED_ON),
                               cw_mediation_row_get (row, CW_FOLLOWUP_VISITOR));
      subtitle = g_strdup_printf ("%s · %s", cw_mediation_label (cw_mediation_row_get (row, CW_FOLLOWUP_PERFORMED)),
                                  cw_mediation_label (cw_mediation_row_get (row, CW_FOLLOWUP_SATISFACTION)));
      break;
    case CW_MEDIATION_EXTENSION:
    default:
      /* Translators: an extension: the day it was granted → the new due date */
      title = g_strdup_printf (_("%s → %s"), cw_mediation_row_get (row, CW_EXTENSION_GRANTED_ON),
                               cw_mediation_row_get (row, CW_EXTENSION_UNTIL));
      subtitle = g_strdup (cw_mediation_row_get (row, CW_EXTENSION_REASON));
      break;
    }
  /* Titles are markup in an expander row: what a clerk typed is text. */
  {
    g_autofree char *escaped_title = g_markup_escape_text (title, -1);
    g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

    adw_preferences_row_set_title (widget, escaped_title);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (widget), escaped_subtitle);
  }
}

static guint
index_of_row (CwMediationRowsGroup *self,
              CwMediationRow       *row)
{
  guint index = 0;

  g_ptr_array_find (self->rows, row, &index);
  return index;
}

static void
entry_changed_cb (GtkEditable          *editable,
                  CwMediationRowsGroup *self)
{
  CwMediationRow *row = g_object_get_data (G_OBJECT (editable), "cw-row");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "cw-field"));

  cw_mediation_row_set (row, field, gtk_editable_get_text (editable));
  update_title (self, index_of_row (self, row));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
combo_selected_cb (AdwComboRow          *combo,
                   GParamSpec           *pspec,
                   CwMediationRowsGroup *self)
{
  CwMediationRow *row = g_object_get_data (G_OBJECT (combo), "cw-row");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "cw-field"));
  const char * const *codes = g_object_get_data (G_OBJECT (combo), "cw-codes");
  guint selected = adw_combo_row_get_selected (combo);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  cw_mediation_row_set (row, field, codes[selected]);
  update_title (self, index_of_row (self, row));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void remove_row (CwMediationRowsGroup *self,
                        CwMediationRow       *row);

static void
remove_clicked_cb (GtkButton            *button,
                   CwMediationRowsGroup *self)
{
  remove_row (self, g_object_get_data (G_OBJECT (button), "cw-row"));
}

static GtkWidget *
field_widget (CwMediationRowsGroup *self,
              CwMediationRow       *row,
              const FieldInfo      *info)
{
  const char *value = cw_mediation_row_get (row, info->field);
  GtkWidget *widget;

  if (info->codes != NULL)
    {
      const char * const *codes = codes_of (info->codes);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      guint selected = 0;

      for (guint i = 0; codes[i] != NULL; i++)
        {
          gtk_string_list_append (labels, code_label (info->codes, codes[i]));
          if (g_str_equal (codes[i], value))
            selected = i;
        }
      widget = adw_combo_row_new ();
      adw_combo_row_set_model (ADW_COMBO_ROW (widget), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), selected);
      g_object_set_data (G_OBJECT (widget), "cw-codes", (gpointer) codes);
      /* The row holds the code shown, even when it held none before. */
      cw_mediation_row_set (row, info->field, codes[selected]);
      g_signal_connect_object (widget, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);
    }
  else
    {
      widget = adw_entry_row_new ();
      gtk_editable_set_text (GTK_EDITABLE (widget), value);
      g_signal_connect_object (widget, "changed", G_CALLBACK (entry_changed_cb), self, 0);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), _(info->title));
  g_object_set_data (G_OBJECT (widget), "cw-row", row);
  g_object_set_data (G_OBJECT (widget), "cw-field", GUINT_TO_POINTER (info->field));

  /* A register person's particulars are the register's, read only. */
  if (from_register (row) && info->field != CW_PARTY_SIDE && info->field != CW_PARTY_OCCUPATION &&
      info->field != CW_PARTY_AGENT && info->field != CW_PARTY_AGENT_NOTE)
    gtk_widget_set_sensitive (widget, FALSE);
  return widget;
}

static GtkWidget *
row_widget (CwMediationRowsGroup *self,
            CwMediationRow       *row)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *remove_row_widget = adw_action_row_new ();
  GtkWidget *remove_button = gtk_button_new_with_mnemonic (_("_Remove"));

  for (const FieldInfo *info = kind_fields[self->kind]; info->title != NULL; info++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), field_widget (self, row, info));

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  g_object_set_data (G_OBJECT (remove_button), "cw-row", row);
  g_signal_connect_object (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row_widget), _("Take this row out of the case"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row_widget), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row_widget);
  return expander;
}

static void
remove_row (CwMediationRowsGroup *self,
            CwMediationRow       *row)
{
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->widgets, index));
  g_ptr_array_remove_index (self->widgets, index);
  g_ptr_array_remove_index (self->rows, index);
  for (guint i = 0; i < self->rows->len; i++)
    update_title (self, i);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
append_row (CwMediationRowsGroup *self,
            CwMediationRow       *row)
{
  GtkWidget *widget;

  g_ptr_array_add (self->rows, g_object_ref (row));
  widget = row_widget (self, row);
  g_ptr_array_add (self->widgets, widget);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), widget);
  update_title (self, self->rows->len - 1);
}

void
cw_mediation_rows_group_add (CwMediationRowsGroup *self,
                             CwMediationRow       *row)
{
  GtkWidget *widget;

  g_return_if_fail (CW_IS_MEDIATION_ROWS_GROUP (self));
  g_return_if_fail (cw_mediation_row_get_kind (row) == self->kind);

  append_row (self, row);
  widget = g_ptr_array_index (self->widgets, self->widgets->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  gtk_widget_grab_focus (widget);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
add_clicked_cb (CwMediationRowsGroup *self)
{
  g_autoptr(CwMediationRow) row = cw_mediation_row_new (self->kind);
  g_autofree char *today = cw_date_today_text ();

  switch (self->kind)
    {
    case CW_MEDIATION_PARTY:
      cw_mediation_row_set (row, CW_PARTY_SIDE, "respondent");
      break;
    case CW_MEDIATION_SESSION:
      cw_mediation_row_set (row, CW_SESSION_HELD_ON, today);
      break;
    case CW_MEDIATION_FOLLOWUP:
      cw_mediation_row_set (row, CW_FOLLOWUP_VISITED_ON, today);
      break;
    case CW_MEDIATION_EXTENSION:
      cw_mediation_row_set (row, CW_EXTENSION_GRANTED_ON, today);
      break;
    default:
      break;
    }
  cw_mediation_rows_group_add (self, row);
}

void
cw_mediation_rows_group_set_rows (CwMediationRowsGroup *self,
                                  GPtrArray            *rows)
{
  g_return_if_fail (CW_IS_MEDIATION_ROWS_GROUP (self));

  for (guint i = 0; i < self->widgets->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->widgets, i));
  g_ptr_array_set_size (self->widgets, 0);
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(CwMediationRow) copy = cw_mediation_row_copy (g_ptr_array_index (rows, i));

      append_row (self, copy);
    }
}

void
cw_mediation_rows_group_read_rows (CwMediationRowsGroup *self,
                                   GPtrArray            *rows)
{
  g_return_if_fail (CW_IS_MEDIATION_ROWS_GROUP (self));

  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (rows, cw_mediation_row_copy (g_ptr_array_index (self->rows, i)));
}

guint
cw_mediation_rows_group_get_n_rows (CwMediationRowsGroup *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_ROWS_GROUP (self), 0);
  return self->rows->len;
}

static void
cw_mediation_rows_group_constructed (GObject *object)
{
  CwMediationRowsGroup *self = CW_MEDIATION_ROWS_GROUP (object);

  G_OBJECT_CLASS (cw_mediation_rows_group_parent_class)->constructed (object);

  gtk_button_set_label (self->add_button, _(add_labels[self->kind]));
}

static void
cw_mediation_rows_group_dispose (GObject *object)
{
  CwMediationRowsGroup *self = CW_MEDIATION_ROWS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MEDIATION_ROWS_GROUP);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->widgets, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_mediation_rows_group_parent_class)->dispose (object);
}

static void
cw_mediation_rows_group_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CwMediationRowsGroup *self = CW_MEDIATION_ROWS_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_mediation_rows_group_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CwMediationRowsGroup *self = CW_MEDIATION_ROWS_GROUP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_mediation_rows_group_class_init (CwMediationRowsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_mediation_rows_group_constructed;
  object_class->dispose = cw_mediation_rows_group_dispose;
  object_class->get_property = cw_mediation_rows_group_get_property;
  object_class->set_property = cw_mediation_rows_group_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, CW_MEDIATION_N_KINDS - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-rows-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMediationRowsGroup, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
cw_mediation_rows_group_init (CwMediationRowsGroup *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->widgets = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
