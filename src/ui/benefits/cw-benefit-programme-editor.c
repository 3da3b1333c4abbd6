/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-programme-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"
#include "ui/benefits/cw-benefit-programme-editor.h"
#include "ui/common/cw-form.h"
#include "ui/cw-ui-resources.h"

struct _CwBenefitProgrammeEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *date_row;
  AdwComboRow    *per_row;
  AdwEntryRow    *amount_row;
  AdwEntryRow    *in_kind_row;
  AdwActionRow   *by_hand_row;
  GtkSwitch      *by_hand_switch;
  AdwEntryRow    *male_row;
  AdwEntryRow    *female_row;
  AdwEntryRow    *age_row;
  AdwComboRow    *tag_row;
  AdwEntryRow    *flag_row;
  AdwComboRow    *group_row;
  AdwEntryRow    *account_row;
  GtkSwitch      *representatives_switch;
  AdwEntryRow    *notes_row;
};

G_DEFINE_FINAL_TYPE (CwBenefitProgrammeEditor, cw_benefit_programme_editor, CW_TYPE_RECORD_EDITOR)

static const char * const kinds[] = { CW_BENEFIT_KIND_VISIT, CW_BENEFIT_KIND_REWARD, CW_BENEFIT_KIND_APPRAISAL };

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  if (record != NULL)
    return G_OBJECT (cw_benefit_programme_copy (CW_BENEFIT_PROGRAMME (record)));
  return G_OBJECT (cw_benefit_programme_new ());
}

static void
set_age (AdwEntryRow *row,
         int          age)
{
  g_autofree char *text = age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* An empty row is no limit; what is not a number becomes one core
 * refuses, so that the clerk hears why. */
static int
get_age (AdwEntryRow *row)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (row));
  gint64 age;

  if (text[0] == '\0')
    return -1;
  return cw_text_parse_integer (text, 0, 150, &age, NULL) ? (int) age : G_MAXINT;
}

/* The combo rows of care tags and groups: "—" (none) first. */
static void
select_word (AdwComboRow *row,
             const char  *word)
{
  GListModel *model = adw_combo_row_get_model (row);

  adw_combo_row_set_selected (row, 0);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), word) == 0)
      adw_combo_row_set_selected (row, i);
}

static const char *
selected_word (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)), selected);
}

static void
fill_groups (CwBenefitProgrammeEditor *self)
{
  g_autoptr(GListModel) groups = cw_village_group_list (cw_record_editor_get_database (CW_RECORD_EDITOR (self)),
                                                        FALSE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const []) { "—", NULL });

  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      gtk_string_list_append (names, cw_village_group_get_name (group));
    }
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwBenefitProgrammeEditor *self = CW_BENEFIT_PROGRAMME_EDITOR (editor);
  CwBenefitProgramme *programme = CW_BENEFIT_PROGRAMME (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);
  g_autofree char *amount = cw_money_format (cw_benefit_programme_get_amount (programme));
  g_autofree char *today = cw_date_today_text ();

  fill_groups (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_benefit_programme_get_name (programme));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i], cw_benefit_programme_get_kind (programme)))
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                         is_new ? today : cw_benefit_programme_get_date (programme));
  adw_combo_row_set_selected (self->per_row,
                              g_str_equal (cw_benefit_programme_get_per (programme), CW_BENEFIT_PER_HOUSEHOLD));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), is_new ? "" : amount);
  gtk_editable_set_text (GTK_EDITABLE (self->in_kind_row), cw_benefit_programme_get_in_kind (programme));
  gtk_switch_set_active (self->by_hand_switch, cw_benefit_programme_get_by_hand (programme));
  set_age (self->male_row, cw_benefit_programme_get_min_age_male (programme));
  set_age (self->female_row, cw_benefit_programme_get_min_age_female (programme));
  set_age (self->age_row, cw_benefit_programme_get_min_age (programme));
  select_word (self->tag_row, cw_benefit_programme_get_tag (programme));
  gtk_editable_set_text (GTK_EDITABLE (self->flag_row), cw_benefit_programme_get_flag (programme));
  select_word (self->group_row, cw_benefit_programme_get_group_name (programme));
  gtk_editable_set_text (GTK_EDITABLE (self->account_row), cw_benefit_programme_get_account (programme));
  gtk_switch_set_active (self->representatives_switch, cw_benefit_programme_get_needs_representatives (programme));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), cw_benefit_programme_get_notes (programme));

  if (is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Programme"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Programme %lld"),
                                                (long long) cw_benefit_programme_get_id (programme));
      gtk_window_set_title (GTK_WINDOW (self), title);
      cw_record_editor_set_subtitle (editor, cw_benefit_programme_get_name (programme));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwBenefitProgrammeEditor *self = CW_BENEFIT_PROGRAMME_EDITOR (editor);
  g_autofree char *name = cw_ui_row_text (GTK_WIDGET (self->name_row));
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *amount_text = cw_ui_row_text (GTK_WIDGET (self->amount_row));
  g_autofree char *in_kind = cw_ui_row_text (GTK_WIDGET (self->in_kind_row));
  g_autofree char *flag = cw_ui_row_text (GTK_WIDGET (self->flag_row));
  g_autofree char *account = cw_ui_row_text (GTK_WIDGET (self->account_row));
  g_autofree char *notes = cw_ui_row_text (GTK_WIDGET (self->notes_row));
  guint kind = adw_combo_row_get_selected (self->kind_row);
  gint64 amount = 0;

  /* An amount core cannot read is one it refuses, with its words. */
  if (amount_text[0] != '\0' && !cw_benefit_parse_amount (amount_text, &amount, NULL))
    amount = -1;
  g_object_set (record,
                "name", name,
                "kind", kinds[kind < G_N_ELEMENTS (kinds) ? kind : 0],
                "date", date,
                "per", adw_combo_row_get_selected (self->per_row) == 1 ? CW_BENEFIT_PER_HOUSEHOLD
                                                                       : CW_BENEFIT_PER_PERSON,
                "amount", amount,
                "in-kind", in_kind,
                "by-hand", gtk_switch_get_active (self->by_hand_switch),
                "min-age-male", get_age (self->male_row),
                "min-age-female", get_age (self->female_row),
                "min-age", get_age (self->age_row),
                "tag", selected_word (self->tag_row),
                "flag", flag,
                "group-name", selected_word (self->group_row),
                "account", account,
                "needs-representatives", gtk_switch_get_active (self->representatives_switch),
                "notes", notes,
                NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwBenefitProgrammeEditor *self = CW_BENEFIT_PROGRAMME_EDITOR (editor);
  CwDatabase *db = cw_record_editor_get_database (editor);
  g_autofree char *amount_text = cw_ui_row_text (GTK_WIDGET (self->amount_row));
  g_autoptr(GError) local = NULL;
  gint64 amount;

  /* The clerk hears what is wrong with the amount as typed. */
  if (amount_text[0] != '\0' && !cw_benefit_parse_amount (amount_text, &amount, &local))
    {
      g_set_error (error, local->domain, local->code, "%s: %s", _("Amount"), local->message);
      return FALSE;
    }

  if (cw_record_editor_get_is_new (editor))
    return cw_benefit_programme_add (db, CW_BENEFIT_PROGRAMME (record), error);
  return cw_benefit_programme_update (db, CW_BENEFIT_PROGRAMME (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  /* Translators: a toast: the programme's name */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Programme “%s” added")
                                                               : _("Programme “%s” saved"),
                          cw_benefit_programme_get_name (CW_BENEFIT_PROGRAMME (record)));
}

CwBenefitProgrammeEditor *
cw_benefit_programme_editor_new (GtkWidget          *owner,
                                 CwDatabase         *db,
                                 CwBenefitProgramme *programme)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_BENEFIT_PROGRAMME_EDITOR, "database", db, "owner", owner, "record", programme, NULL);
}

static void
cw_benefit_programme_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_BENEFIT_PROGRAMME_EDITOR);

  G_OBJECT_CLASS (cw_benefit_programme_editor_parent_class)->dispose (object);
}

static void
cw_benefit_programme_editor_class_init (CwBenefitProgrammeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_benefit_programme_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-benefit-programme-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, per_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, in_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, by_hand_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, by_hand_switch);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, male_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, female_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, age_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, tag_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, flag_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, account_row);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, representatives_switch);
  gtk_widget_class_bind_template_child (widget_class, CwBenefitProgrammeEditor, notes_row);
}

static void
cw_benefit_programme_editor_init (CwBenefitProgrammeEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);
  g_autoptr(GtkStringList) tags = gtk_string_list_new ((const char * const []) { "—", NULL });

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; cw_vocabulary_tags[i] != NULL; i++)
    gtk_string_list_append (tags, cw_vocabulary_tags[i]);
  adw_combo_row_set_model (self->tag_row, G_LIST_MODEL (tags));

  /* Rows titled as core's errors name them ("Amount: …"). */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->name_row), C_("thing named", "Name"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->kind_row), _("Kind"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->date_row), _("Date"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->per_row), _("Per"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->amount_row), _("Amount"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->in_kind_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->by_hand_row), _("Eligible"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->male_row), _("Age"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->female_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->age_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->tag_row), _("Care tag"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->flag_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->group_row), _("Village group"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->account_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->notes_row), NULL);
}
