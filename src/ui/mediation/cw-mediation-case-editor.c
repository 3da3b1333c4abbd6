/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-case-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/mediation/cw-mediation.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-search-picker.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/mediation/cw-mediation-rows-group.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationCaseEditor
{
  CwRecordEditor        parent_instance;

  GStrv                 types;
  GListModel           *persons;
  CwSearchPicker       *picker;

  /* Template widgets */
  AdwEntryRow          *intake_row;
  AdwComboRow          *source_row;
  AdwComboRow          *type_row;
  AdwEntryRow          *summary_row;
  AdwEntryRow          *request_row;
  AdwEntryRow          *mediators_row;
  AdwEntryRow          *recorder_row;
  AdwEntryRow          *amount_row;
  AdwComboRow          *risk_row;
  GtkSwitch            *criminal_switch;
  GtkSwitch            *group_switch;
  CwMediationRowsGroup *parties_group;
  CwMediationRowsGroup *sessions_group;
  AdwComboRow          *agreement_row;
  AdwEntryRow          *effective_row;
  AdwEntryRow          *facts_row;
  AdwEntryRow          *issues_row;
  AdwEntryRow          *responsibility_row;
  AdwEntryRow          *agreed_row;
  CwMediationRowsGroup *terms_group;
  AdwComboRow          *outcome_row;
  AdwEntryRow          *closed_row;
  AdwComboRow          *next_step_row;
  AdwEntryRow          *note_row;
  CwMediationRowsGroup *followups_group;
  AdwEntryRow          *applied_row;
  AdwEntryRow          *court_row;
  AdwComboRow          *result_row;
  AdwEntryRow          *court_number_row;
  AdwPreferencesGroup  *petition_group;
  AdwComboRow          *decision_row;
  AdwEntryRow          *decided_row;
  CwMediationRowsGroup *extensions_group;
  GtkLabel             *timeline_label;
};

G_DEFINE_FINAL_TYPE (CwMediationCaseEditor, cw_mediation_case_editor, CW_TYPE_RECORD_EDITOR)

/* The text fields and the rows that show them. */
#define ENTRY(member, field) { G_STRUCT_OFFSET (CwMediationCaseEditor, member), field }
static const struct
{
  glong       offset;
  CwCaseField field;
} entries[] = {
  ENTRY (intake_row, CW_CASE_INTAKE_DATE), ENTRY (summary_row, CW_CASE_SUMMARY),
  ENTRY (request_row, CW_CASE_REQUEST), ENTRY (mediators_row, CW_CASE_MEDIATORS),
  ENTRY (recorder_row, CW_CASE_RECORDER), ENTRY (amount_row, CW_CASE_AMOUNT),
  ENTRY (effective_row, CW_CASE_EFFECTIVE_DATE), ENTRY (facts_row, CW_CASE_FACTS),
  ENTRY (issues_row, CW_CASE_ISSUES), ENTRY (responsibility_row, CW_CASE_RESPONSIBILITY),
  ENTRY (agreed_row, CW_CASE_AGREED), ENTRY (closed_row, CW_CASE_CLOSED_ON),
  ENTRY (note_row, CW_CASE_OUTCOME_NOTE), ENTRY (applied_row, CW_CASE_CONFIRM_APPLIED),
  ENTRY (court_row, CW_CASE_CONFIRM_COURT), ENTRY (court_number_row, CW_CASE_CONFIRM_NUMBER),
  ENTRY (decided_row, CW_CASE_PETITION_DECIDED),
};

/* The drop-downs: a field's codes, with "" first where it may be empty. */
static const struct
{
  glong       offset;
  CwCaseField field;
  const char *what;
  const char *empty;   /* the label of "", marked for translation; NULL: no "" */
} combos[] = {
  { G_STRUCT_OFFSET (CwMediationCaseEditor, source_row), CW_CASE_SOURCE, "source", NULL },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, risk_row), CW_CASE_RISK_LEVEL, "risk-level", NULL },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, agreement_row), CW_CASE_AGREEMENT, "agreement", N_("None yet") },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, outcome_row), CW_CASE_OUTCOME, "outcome", N_("Open") },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, next_step_row), CW_CASE_NEXT_STEP, "next-step", "—" },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, result_row), CW_CASE_CONFIRM_RESULT, "confirm-result", N_("Not decided yet") },
  { G_STRUCT_OFFSET (CwMediationCaseEditor, decision_row), CW_CASE_PETITION_DECISION, "petition-decision",
    N_("Not decided yet") },
};

#define MEMBER(self, offset) G_STRUCT_MEMBER (gpointer, self, offset)

static GtkStringList *
combo_model (guint i)
{
  const char * const *codes = cw_mediation_codes (combos[i].what);
  GtkStringList *labels = gtk_string_list_new (NULL);

  if (combos[i].empty != NULL)
    gtk_string_list_append (labels, g_str_equal (combos[i].empty, "—") ? "—" : _(combos[i].empty));
  for (guint c = 0; codes[c] != NULL; c++)
    gtk_string_list_append (labels, cw_mediation_label (codes[c]));
  return labels;
}

static void
combo_set (CwMediationCaseEditor *self,
           guint                  i,
           const char            *code)
{
  const char * const *codes = cw_mediation_codes (combos[i].what);
  guint offset = combos[i].empty != NULL ? 1 : 0;
  guint selected = 0;

  for (guint c = 0; codes[c] != NULL; c++)
    if (g_str_equal (codes[c], code))
      selected = c + offset;
  adw_combo_row_set_selected (MEMBER (self, combos[i].offset), selected);
}

static const char *
combo_get (CwMediationCaseEditor *self,
           guint                  i)
{
  const char * const *codes = cw_mediation_codes (combos[i].what);
  guint selected = adw_combo_row_get_selected (MEMBER (self, combos[i].offset));

  if (combos[i].empty != NULL)
    {
      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        return "";
      selected--;
    }
  return codes[selected == GTK_INVALID_LIST_POSITION ? 0 : selected];
}

/* The timeline: every dated event of the case, in order. */
typedef struct
{
  char *date;
  char *what;
} Event;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 ((*(Event **) a)->date, (*(Event **) b)->date);
}

static void
event_free (gpointer data)
{
  Event *event = data;

  g_free (event->date);
  g_free (event->what);
  g_free (event);
}

static void
add_event (GPtrArray  *events,
           const char *date,
           char       *what)
{
  Event *event;

  if (date == NULL || date[0] == '\0')
    {
      g_free (what);
      return;
    }
  event = g_new (Event, 1);
  event->date = g_strdup (date);
  event->what = what;
  g_ptr_array_add (events, event);
}

static void
update_timeline (CwMediationCaseEditor *self,
                 CwMediationCase       *c)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (event_free);
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *rows;

  add_event (events, cw_mediation_case_get (c, CW_CASE_INTAKE_DATE),
             g_strdup_printf (_("Received (%s)"), cw_mediation_label (cw_mediation_case_get (c, CW_CASE_SOURCE))));
  rows = cw_mediation_case_get_rows (c, CW_MEDIATION_SESSION);
  for (guint i = 0; i < rows->len; i++)
    add_event (events, cw_mediation_row_get (rows->pdata[i], CW_SESSION_HELD_ON),
               g_strdup_printf (_("Session: %s"), cw_mediation_row_get (rows->pdata[i], CW_SESSION_RESULT)));
  rows = cw_mediation_case_get_rows (c, CW_MEDIATION_EXTENSION);
  for (guint i = 0; i < rows->len; i++)
    add_event (events, cw_mediation_row_get (rows->pdata[i], CW_EXTENSION_GRANTED_ON),
               g_strdup_printf (_("Extended to %s"), cw_mediation_row_get (rows->pdata[i], CW_EXTENSION_UNTIL)));
  add_event (events, cw_mediation_case_get (c, CW_CASE_PETITION_DECIDED),
             g_strdup (cw_mediation_label (cw_mediation_case_get (c, CW_CASE_PETITION_DECISION))));
  add_event (events, cw_mediation_case_get (c, CW_CASE_EFFECTIVE_DATE),
             g_strdup_printf (_("%s takes effect"), cw_mediation_label (cw_mediation_case_get (c, CW_CASE_AGREEMENT))));
  add_event (events, cw_mediation_case_get (c, CW_CASE_CLOSED_ON),
             g_strdup_printf (_("Closed: %s"), cw_mediation_label (cw_mediation_case_get (c, CW_CASE_OUTCOME))));
  add_event (events, cw_mediation_case_get (c, CW_CASE_CONFIRM_APPLIED),
             g_strdup_printf (_("Judicial confirmation applied for at %s"), cw_mediation_case_get (c, CW_CASE_CONFIRM_COURT)));
  rows = cw_mediation_case_get_rows (c, CW_MEDIATION_FOLLOWUP);
  for (guint i = 0; i < rows->len; i++)
    add_event (events, cw_mediation_row_get (rows->pdata[i], CW_FOLLOWUP_VISITED_ON),
               g_strdup_printf (_("Follow-up: %s"),
                                cw_mediation_label (cw_mediation_row_get (rows->pdata[i], CW_FOLLOWUP_PERFORMED))));
  g_ptr_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    {
      Event *event = g_ptr_array_index (events, i);

      g_string_append_printf (text, "%s%s  %s", i > 0 ? "\n" : "", event->date, event->what);
    }
  gtk_label_set_text (self->timeline_label, text->str);
}

static void
update_petition (CwMediationCaseEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->petition_group), g_str_equal (combo_get (self, 0), "petition"));
}

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_mediation_case_copy (CW_MEDIATION_CASE (record)) : cw_mediation_case_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwMediationCaseEditor *self = CW_MEDIATION_CASE_EDITOR (editor);
  CwMediationCase *c = CW_MEDIATION_CASE (record);
  const char *type = cw_mediation_case_get (c, CW_CASE_TYPE);
  guint type_index = 0;

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_editable_set_text (MEMBER (self, entries[i].offset), cw_mediation_case_get (c, entries[i].field));
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    combo_set (self, i, cw_mediation_case_get (c, combos[i].field));
  /* A case keeps a type taken off the list since. */
  if (type[0] != '\0' && !g_strv_contains ((const char * const *) self->types, type))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      g_strv_builder_addv (builder, (const char **) self->types);
      g_strv_builder_add (builder, type);
      g_strfreev (self->types);
      self->types = g_strv_builder_end (builder);
      adw_combo_row_set_model (self->type_row, G_LIST_MODEL (gtk_string_list_new ((const char * const *) self->types)));
    }
  for (guint i = 0; self->types[i] != NULL; i++)
    if (g_str_equal (self->types[i], type))
      type_index = i;
  adw_combo_row_set_selected (self->type_row, type_index);
  gtk_switch_set_active (self->criminal_switch, g_str_equal (cw_mediation_case_get (c, CW_CASE_RISK_CRIMINAL), "1"));
  gtk_switch_set_active (self->group_switch, g_str_equal (cw_mediation_case_get (c, CW_CASE_RISK_GROUP), "1"));

  cw_mediation_rows_group_set_rows (self->parties_group, cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY));
  cw_mediation_rows_group_set_rows (self->sessions_group, cw_mediation_case_get_rows (c, CW_MEDIATION_SESSION));
  cw_mediation_rows_group_set_rows (self->terms_group, cw_mediation_case_get_rows (c, CW_MEDIATION_TERM));
  cw_mediation_rows_group_set_rows (self->followups_group, cw_mediation_case_get_rows (c, CW_MEDIATION_FOLLOWUP));
  cw_mediation_rows_group_set_rows (self->extensions_group, cw_mediation_case_get_rows (c, CW_MEDIATION_EXTENSION));
  update_timeline (self, c);
  update_petition (self);

  if (cw_record_editor_get_is_new (editor))
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Case"));
      gtk_widget_grab_focus (cw_search_picker_get_entry (self->picker));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), cw_mediation_case_get (c, CW_CASE_NUMBER));
      cw_record_editor_set_subtitle (editor, cw_mediation_case_get (c, CW_CASE_SUMMARY));
      gtk_widget_grab_focus (GTK_WIDGET (self->summary_row));
    }
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwMediationCaseEditor *self = CW_MEDIATION_CASE_EDITOR (editor);
  CwMediationCase *c = CW_MEDIATION_CASE (record);
  guint type_index = adw_combo_row_get_selected (self->type_row);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    cw_mediation_case_set (c, entries[i].field, gtk_editable_get_text (MEMBER (self, entries[i].offset)));
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    cw_mediation_case_set (c, combos[i].field, combo_get (self, i));
  if (type_index != GTK_INVALID_LIST_POSITION && type_index < g_strv_length (self->types))
    cw_mediation_case_set (c, CW_CASE_TYPE, self->types[type_index]);
  cw_mediation_case_set (c, CW_CASE_RISK_CRIMINAL, gtk_switch_get_active (self->criminal_switch) ? "1" : "0");
  cw_mediation_case_set (c, CW_CASE_RISK_GROUP, gtk_switch_get_active (self->group_switch) ? "1" : "0");

  cw_mediation_rows_group_read_rows (self->parties_group, cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY));
  cw_mediation_rows_group_read_rows (self->sessions_group, cw_mediation_case_get_rows (c, CW_MEDIATION_SESSION));
  cw_mediation_rows_group_read_rows (self->terms_group, cw_mediation_case_get_rows (c, CW_MEDIATION_TERM));
  cw_mediation_rows_group_read_rows (self->followups_group, cw_mediation_case_get_rows (c, CW_MEDIATION_FOLLOWUP));
  cw_mediation_rows_group_read_rows (self->extensions_group, cw_mediation_case_get_rows (c, CW_MEDIATION_EXTENSION));
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  return cw_mediation_case_save (cw_record_editor_get_database (editor), CW_MEDIATION_CASE (record), error);
}

/* Against the fields as they first showed: a new case's defaults (today
 * received, the first type) are not a change. */
static gboolean
modified (CwRecordEditor *editor)
{
  CwMediationCase *shown = cw_record_editor_get_baseline (editor);
  g_autoptr(CwMediationCase) now = cw_mediation_case_copy (shown);

  fields_to_record (editor, G_OBJECT (now));
  return !cw_mediation_case_equal (now, shown);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  const char *number = cw_mediation_case_get (CW_MEDIATION_CASE (record), CW_CASE_NUMBER);

  /* Translators: a toast: the case's number */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Case %s received") : _("Case %s saved"), number);
}

/* Taking a party from the register */

static int
match_person (gpointer    item,
              const char *query,
              gpointer    user_data)
{
  return cw_person_matches (item, query) ? 1 : 0;
}

static void
describe_person (gpointer   item,
                 char     **title,
                 char     **subtitle,
                 gpointer   user_data)
{
  *title = g_strdup (cw_person_get_name (item));
  /* Translators: a person in the picker: 户号 · 村民小组 */
  *subtitle = g_strdup_printf (_("Household %s · %s"), cw_person_get_household_number (item),
                               cw_person_get_group_name (item));
}

static void
person_picked_cb (CwMediationCaseEditor *self,
                  CwPerson              *person)
{
  g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_applicant = FALSE;

  cw_mediation_rows_group_read_rows (self->parties_group, rows);
  for (guint i = 0; i < rows->len; i++)
    has_applicant |= g_str_equal (cw_mediation_row_get (rows->pdata[i], CW_PARTY_SIDE), "applicant");
  /* The first party is the one who applied; the next ones are on the
   * other side until the clerk says otherwise. */
  cw_mediation_row_set (party, CW_PARTY_SIDE, has_applicant ? "respondent" : "applicant");
  if (!cw_mediation_party_fill_from_person (cw_record_editor_get_database (CW_RECORD_EDITOR (self)), party,
                                            cw_person_get_id (person), gtk_editable_get_text (GTK_EDITABLE (self->intake_row)),
                                            &error))
    {
      cw_record_editor_show_error (CW_RECORD_EDITOR (self), error);
      return;
    }
  cw_mediation_rows_group_add (self->parties_group, party);
  cw_search_picker_set_text (self->picker, "");
  gtk_widget_grab_focus (cw_search_picker_get_entry (self->picker));
}

/* The committee's members, offered first for the mediators. */

static void
member_clicked_cb (GtkButton             *button,
                   CwMediationCaseEditor *self)
{
  const char *name = gtk_button_get_label (button);
  const char *now = gtk_editable_get_text (GTK_EDITABLE (self->mediators_row));
  g_auto(GStrv) names = g_strsplit (now, "、", -1);
  g_autofree char *joined = NULL;

  if (g_strv_contains ((const char * const *) names, name))
    return;
  joined = now[0] != '\0' ? g_strconcat (now, "、", name, NULL) : g_strdup (name);
  gtk_editable_set_text (GTK_EDITABLE (self->mediators_row), joined);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
}

static void
offer_committee (CwMediationCaseEditor *self,
                 CwDatabase            *db)
{
  g_auto(GStrv) members = cw_mediation_committee_members (db, NULL);
  GtkWidget *menu_button, *popover, *box;

  if (members == NULL || members[0] == NULL)
    return;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; members[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (members[i]);

      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_object (button, "clicked", G_CALLBACK (member_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "list-add-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("The mediation committee’s members"));
  gtk_widget_set_name (menu_button, "committee-members");
  adw_entry_row_add_suffix (self->mediators_row, menu_button);
}

static void
source_changed_cb (CwMediationCaseEditor *self)
{
  update_petition (self);
}

CwMediationCaseEditor *
cw_mediation_case_editor_new (GtkWidget       *owner,
                              CwDatabase      *db,
                              CwMediationCase *mediation_case)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (mediation_case == NULL || CW_IS_MEDIATION_CASE (mediation_case), NULL);

  return g_object_new (CW_TYPE_MEDIATION_CASE_EDITOR,
                       "database", db,
                       "owner", owner,
                       "record", mediation_case,
                       NULL);
}

static void
cw_mediation_case_editor_constructed (GObject *object)
{
  CwMediationCaseEditor *self = CW_MEDIATION_CASE_EDITOR (object);
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  CwPersonQuery query = CW_PERSON_QUERY_INIT;

  self->types = cw_mediation_types (db, FALSE, NULL);
  if (self->types == NULL)
    self->types = g_new0 (char *, 1);
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (gtk_string_list_new ((const char * const *) self->types)));
  offer_committee (self, db);
  self->persons = cw_person_query_run (db, &query, NULL);
  if (self->persons != NULL)
    cw_search_picker_set_items (self->picker, self->persons);

  G_OBJECT_CLASS (cw_mediation_case_editor_parent_class)->constructed (object);
}

static void
cw_mediation_case_editor_dispose (GObject *object)
{
  CwMediationCaseEditor *self = CW_MEDIATION_CASE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MEDIATION_CASE_EDITOR);
  g_clear_pointer (&self->types, g_strfreev);
  g_clear_object (&self->persons);

  G_OBJECT_CLASS (cw_mediation_case_editor_parent_class)->dispose (object);
}

static void
cw_mediation_case_editor_class_init (CwMediationCaseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cw_mediation_case_editor_constructed;
  object_class->dispose = cw_mediation_case_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->modified = modified;
  editor_class->saved_message = saved_message;

  g_type_ensure (CW_TYPE_MEDIATION_ROWS_GROUP);
  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-case-editor.ui");
#define BIND(member) gtk_widget_class_bind_template_child (widget_class, CwMediationCaseEditor, member)
  BIND (intake_row); BIND (source_row); BIND (type_row); BIND (summary_row); BIND (request_row);
  BIND (mediators_row); BIND (recorder_row); BIND (amount_row); BIND (risk_row); BIND (criminal_switch);
  BIND (group_switch); BIND (parties_group); BIND (sessions_group); BIND (agreement_row); BIND (effective_row);
  BIND (facts_row); BIND (issues_row); BIND (responsibility_row); BIND (agreed_row); BIND (terms_group);
  BIND (outcome_row); BIND (closed_row); BIND (next_step_row); BIND (note_row); BIND (followups_group);
  BIND (applied_row); BIND (court_row); BIND (result_row); BIND (court_number_row); BIND (petition_group);
  BIND (decision_row); BIND (decided_row); BIND (extensions_group); BIND (timeline_label);
#undef BIND
}

static void
cw_mediation_case_editor_init (CwMediationCaseEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);
  GtkWidget *picker_row = adw_action_row_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    {
      g_autoptr(GtkStringList) model = combo_model (i);

      adw_combo_row_set_model (MEMBER (self, combos[i].offset), G_LIST_MODEL (model));
    }
  g_signal_connect_object (self->source_row, "notify::selected", G_CALLBACK (source_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->picker = CW_SEARCH_PICKER (cw_search_picker_new ());
  cw_search_picker_set_funcs (self->picker, match_person, describe_person, self);
  cw_search_picker_set_placeholder (self->picker, _("Name, 户号 or pinyin"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->picker), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->picker), GTK_ALIGN_CENTER);
  g_signal_connect_object (self->picker, "picked", G_CALLBACK (person_picked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (picker_row), _("From the register"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (picker_row), GTK_WIDGET (self->picker));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->parties_group), picker_row);

  /* Rows titled as core's errors name their fields. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    cw_record_editor_add_field (editor, MEMBER (self, entries[i].offset), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    cw_record_editor_add_field (editor, MEMBER (self, combos[i].offset), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->type_row), NULL);
}
