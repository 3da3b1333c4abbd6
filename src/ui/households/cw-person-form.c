/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-person-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-vocabulary.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-person-form.h"
#include "ui/households/cw-tags-row.h"
#include "ui/cw-ui-resources.h"

struct _CwPersonForm
{
  AdwBin                parent_instance;

  CwPerson             *person;
  gboolean              head;
  gboolean              updating;
  gboolean              dirty;
  /* Birth date and sex as filled from the ID number, not typed: they
   * follow the ID number when it changes. */
  gboolean              birth_auto;
  gboolean              sex_auto;
  GHashTable           *touched;
  /* The row whose problem the last check reported. */
  GtkWidget            *problem_row;

  /* Template widgets */
  AdwPreferencesGroup  *group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *id_row;
  GtkLabel             *id_info_label;
  GtkImage             *id_ok_image;
  AdwComboRow          *sex_row;
  AdwEntryRow          *birth_row;
  AdwComboRow          *relation_row;
  AdwComboRow          *ethnicity_row;
  AdwEntryRow          *phone_row;
  AdwComboRow          *education_row;
  AdwComboRow          *political_row;
  AdwEntryRow          *party_row;
  CwTagsRow            *tags_row;
  AdwEntryRow          *disability_row;
  AdwEntryRow          *notes_row;
};

G_DEFINE_FINAL_TYPE (CwPersonForm, cw_person_form, ADW_TYPE_BIN)

/* The rows in the form's order, and the property of the person each one
 * shows. */
static const struct
{
  gsize       offset;
  const char *property;
} field_rows[] = {
  { G_STRUCT_OFFSET (CwPersonForm, name_row), "name" },
  { G_STRUCT_OFFSET (CwPersonForm, id_row), "id-number" },
  { G_STRUCT_OFFSET (CwPersonForm, sex_row), "sex" },
  { G_STRUCT_OFFSET (CwPersonForm, birth_row), "birth-date" },
  { G_STRUCT_OFFSET (CwPersonForm, relation_row), "relation" },
  { G_STRUCT_OFFSET (CwPersonForm, ethnicity_row), "ethnicity" },
  { G_STRUCT_OFFSET (CwPersonForm, phone_row), "phone" },
  { G_STRUCT_OFFSET (CwPersonForm, education_row), "education" },
  { G_STRUCT_OFFSET (CwPersonForm, political_row), "political" },
  { G_STRUCT_OFFSET (CwPersonForm, party_row), "party-join-date" },
  { G_STRUCT_OFFSET (CwPersonForm, tags_row), "tags" },
  { G_STRUCT_OFFSET (CwPersonForm, disability_row), "disability" },
  { G_STRUCT_OFFSET (CwPersonForm, notes_row), "notes" },
};

static GtkWidget *
field_row (CwPersonForm *self,
           guint         i)
{
  return G_STRUCT_MEMBER (GtkWidget *, self, field_rows[i].offset);
}

enum {
  CHANGED,
  ACTIVATE_LAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const sex_codes[] = { "M", "F", NULL };

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static const char *
combo_word (AdwComboRow        *row,
            const char * const *words)
{
  return cw_ui_words_at (words, TRUE, adw_combo_row_get_selected (row));
}

static void
set_combo_word (AdwComboRow        *row,
                const char * const *words,
                const char         *word)
{
  guint position = cw_ui_words_position (words, TRUE, word);

  adw_combo_row_set_selected (row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static gboolean
is_party_political (const char *political)
{
  return g_strcmp0 (political, "中共党员") == 0 || g_strcmp0 (political, "中共预备党员") == 0;
}

static void
update_party_row (CwPersonForm *self)
{
  gboolean party = is_party_political (combo_word (self->political_row, cw_vocabulary_political));

  gtk_widget_set_visible (GTK_WIDGET (self->party_row), party);
}

void
cw_person_form_read (CwPersonForm *self,
                     CwPerson     *person)
{
  g_autofree char *name = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *party = NULL;
  g_autofree char *disability = NULL;
  g_autofree char *notes = NULL;
  const char *political;

  g_return_if_fail (CW_IS_PERSON_FORM (self));
  g_return_if_fail (CW_IS_PERSON (person));

  name = entry_text (self->name_row);
  id_number = entry_text (self->id_row);
  birth = entry_text (self->birth_row);
  phone = entry_text (self->phone_row);
  party = entry_text (self->party_row);
  disability = entry_text (self->disability_row);
  notes = entry_text (self->notes_row);
  political = combo_word (self->political_row, cw_vocabulary_political);

  cw_person_set_text (person, "name", name);
  cw_person_set_text (person, "id-number", id_number);
  cw_person_set_text (person, "sex", combo_word (self->sex_row, sex_codes));
  cw_person_set_text (person, "birth-date", birth);
  cw_person_set_text (person, "relation",
                      self->head ? CW_RELATION_HEAD : combo_word (self->relation_row, cw_vocabulary_relations));
  cw_person_set_text (person, "ethnicity", combo_word (self->ethnicity_row, cw_vocabulary_ethnicities));
  cw_person_set_text (person, "phone", phone);
  cw_person_set_text (person, "education", combo_word (self->education_row, cw_vocabulary_education));
  cw_person_set_text (person, "political", political);
  /* A joining date belongs to party members only; a date typed before
   * the status was changed back is not kept. */
  cw_person_set_text (person, "party-join-date", is_party_political (political) ? party : "");
  cw_person_set_text (person, "tags", cw_tags_row_get_tags (self->tags_row));
  cw_person_set_text (person, "disability", disability);
  cw_person_set_text (person, "notes", notes);
}

CwPerson *
cw_person_form_dup_person (CwPersonForm *self)
{
  CwPerson *person;

  g_return_val_if_fail (CW_IS_PERSON_FORM (self), NULL);

  person = cw_person_copy (self->person);
  cw_person_form_read (self, person);

  return person;
}

CwPerson *
cw_person_form_new_person (void)
{
  CwPerson *person = cw_person_new ();

  cw_person_set_text (person, "ethnicity", "汉族");
  cw_person_set_text (person, "political", "群众");

  return person;
}

static void
load_rows (CwPersonForm *self)
{
  CwPerson *p = self->person;

  self->updating = TRUE;
  set_entry_text (self->name_row, cw_person_get_name (p));
  set_entry_text (self->id_row, cw_person_get_id_number (p));
  set_combo_word (self->sex_row, sex_codes, cw_person_get_sex (p));
  set_entry_text (self->birth_row, cw_person_get_birth_date (p));
  set_combo_word (self->relation_row, cw_vocabulary_relations,
                  self->head ? CW_RELATION_HEAD : cw_person_get_relation (p));
  set_combo_word (self->ethnicity_row, cw_vocabulary_ethnicities, cw_person_get_ethnicity (p));
  set_entry_text (self->phone_row, cw_person_get_phone (p));
  set_combo_word (self->education_row, cw_vocabulary_education, cw_person_get_education (p));
  set_combo_word (self->political_row, cw_vocabulary_political, cw_person_get_political (p));
  set_entry_text (self->party_row, cw_person_get_party_join_date (p));
  cw_tags_row_set_tags (self->tags_row, cw_person_get_tags (p));
  set_entry_text (self->disability_row, cw_person_get_disability (p));
  set_entry_text (self->notes_row, cw_person_get_notes (p));
  update_party_row (self);
  self->updating = FALSE;

  /* A stored birth date and sex were checked against the ID number when
   * they were saved; they are the clerk's, not ours to overwrite. */
  self->birth_auto = FALSE;
  self->sex_auto = FALSE;
  self->dirty = FALSE;
  self->problem_row = NULL;
  g_hash_table_remove_all (self->touched);
}

void
cw_person_form_set_person (CwPersonForm *self,
                           CwPerson     *person)
{
  g_return_if_fail (CW_IS_PERSON_FORM (self));
  g_return_if_fail (CW_IS_PERSON (person));

  g_clear_object (&self->person);
  self->person = cw_person_copy (person);
  load_rows (self);
}

void
cw_person_form_set_head (CwPersonForm *self,
                         gboolean      head)
{
  g_return_if_fail (CW_IS_PERSON_FORM (self));

  self->head = !!head;
  self->updating = TRUE;
  if (self->head)
    set_combo_word (self->relation_row, cw_vocabulary_relations, CW_RELATION_HEAD);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->relation_row), !self->head);
}

void
cw_person_form_set_title (CwPersonForm *self,
                          const char   *title)
{
  g_return_if_fail (CW_IS_PERSON_FORM (self));

  adw_preferences_group_set_title (self->group, title);
}

gboolean
cw_person_form_get_dirty (CwPersonForm *self)
{
  g_return_val_if_fail (CW_IS_PERSON_FORM (self), FALSE);

  return self->dirty;
}

void
cw_person_form_focus_first (CwPersonForm *self)
{
  g_return_if_fail (CW_IS_PERSON_FORM (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

void
cw_person_form_focus_usual (CwPersonForm *self)
{
  g_return_if_fail (CW_IS_PERSON_FORM (self));

  cw_ui_focus_quietly (GTK_WIDGET (self->phone_row));
}

/* Birth date and sex follow a valid ID number as it is typed. */
static void
follow_id_number (CwPersonForm *self)
{
  g_autofree char *text = entry_text (self->id_row);
  g_autofree char *normalized = NULL;
  g_autofree char *birth = NULL;
  GDate date;
  char sex[2] = { 0, 0 };
  gboolean valid = FALSE;

  if (text[0] != '\0' && cw_id_number_normalize (text, &normalized, NULL))
    {
      valid = TRUE;
      if (cw_id_number_birth_date (normalized, &date))
        birth = cw_date_format (&date);
      sex[0] = cw_id_number_sex (normalized);
    }

  self->updating = TRUE;
  if (valid)
    {
      g_autofree char *typed_birth = entry_text (self->birth_row);
      g_autofree char *info = NULL;

      /* Only into a field the clerk has not typed in: one they emptied
       * to type another date is theirs, not to be filled again under
       * their cursor. */
      if (birth != NULL &&
          (self->birth_auto ||
           (typed_birth[0] == '\0' && !g_hash_table_contains (self->touched, self->birth_row))))
        {
          set_entry_text (self->birth_row, birth);
          self->birth_auto = TRUE;
        }
      if (sex[0] != '\0' &&
          (self->sex_auto ||
           (adw_combo_row_get_selected (self->sex_row) == 0 && !g_hash_table_contains (self->touched, self->sex_row))))
        {
          set_combo_word (self->sex_row, sex_codes, sex);
          self->sex_auto = TRUE;
        }

      /* Translators: what an ID number says: birth date · sex */
      info = g_strdup_printf (_("%s · %s"), birth != NULL ? birth : "", cw_ui_sex_label (sex));
      gtk_label_set_text (self->id_info_label, info);
    }
  else
    {
      /* What a now broken number said is no longer known. */
      if (self->birth_auto)
        set_entry_text (self->birth_row, "");
      if (self->sex_auto)
        adw_combo_row_set_selected (self->sex_row, 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->id_info_label), valid);
  gtk_widget_set_visible (GTK_WIDGET (self->id_ok_image), valid);
  self->updating = FALSE;
}

GtkWidget *
cw_person_form_row_for_error (CwPersonForm *self,
                              const GError *error)
{
  g_return_val_if_fail (CW_IS_PERSON_FORM (self), NULL);

  if (error == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    {
      GtkWidget *row = field_row (self, i);

      if (gtk_widget_get_visible (row) &&
          cw_ui_error_names_field (error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))))
        return row;
    }

  return NULL;
}

/* A problem with @row is told once the clerk has typed in it and moved
 * on, not while they are still typing; one already told follows what
 * they type to put it right. */
static gboolean
row_settled (CwPersonForm *self,
             GtkWidget    *row,
             gboolean      show_all)
{
  return show_all ||
         (g_hash_table_contains (self->touched, row) &&
          (row == self->problem_row || !cw_ui_row_has_focus (row)));
}

/* The problem with field @i on its own: a person with only that field
 * filled in (and a name and a relation, which every person has), so that
 * a problem in a field not reached yet (no relation chosen) hides none
 * in the fields the clerk has been through. */
static GError *
field_problem (CwPersonForm *self,
               CwPerson     *typed,
               guint         i)
{
  g_autoptr(CwPerson) probe = cw_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const char *property = field_rows[i].property;

  g_object_get (typed, property, &value, NULL);
  cw_person_set_text (probe, "name", "-");
  cw_person_set_text (probe, "relation", CW_RELATION_HEAD);
  if (g_str_equal (property, "party-join-date"))
    cw_person_set_text (probe, "political", cw_person_get_political (typed));
  cw_person_set_text (probe, property, value);

  if (cw_person_validate (probe, &error) || cw_person_form_row_for_error (self, error) != field_row (self, i))
    return NULL;

  return g_steal_pointer (&error);
}

gboolean
cw_person_form_check (CwPersonForm  *self,
                      gboolean       show_all,
                      GtkWidget    **problem_row,
                      GError       **problem,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) found = NULL;
  g_autoptr(CwPerson) typed = NULL;
  g_autoptr(CwPerson) copy = NULL;
  GtkWidget *row = NULL;
  gboolean valid;

  g_return_val_if_fail (CW_IS_PERSON_FORM (self), FALSE);

  follow_id_number (self);

  typed = cw_person_form_dup_person (self);
  copy = cw_person_copy (typed);
  valid = cw_person_validate (copy, &local_error);

  /* The first field the clerk has been through that is wrong on its
   * own; an empty form is not a wrong one. */
  for (guint i = 0; i < G_N_ELEMENTS (field_rows) && found == NULL; i++)
    {
      row = field_row (self, i);
      if (gtk_widget_get_visible (row) && row_settled (self, row, show_all))
        found = field_problem (self, typed, i);
    }

  /* Else what is wrong between fields: a birth date that the ID number
   * contradicts. */
  if (found == NULL)
    {
      row = cw_person_form_row_for_error (self, local_error);
      if (row != NULL && row_settled (self, row, show_all))
        found = g_error_copy (local_error);
    }

  self->problem_row = found != NULL ? row : NULL;
  if (problem_row != NULL)
    *problem_row = self->problem_row;
  if (found != NULL)
    g_propagate_error (problem, g_steal_pointer (&found));

  if (!valid)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return valid;
}

static void
row_changed (CwPersonForm *self,
             GtkWidget    *row)
{
  if (self->updating)
    return;

  if (row == GTK_WIDGET (self->birth_row))
    self->birth_auto = FALSE;
  else if (row == GTK_WIDGET (self->sex_row))
    self->sex_auto = FALSE;
  else if (row == GTK_WIDGET (self->political_row))
    update_party_row (self);

  self->dirty = TRUE;
  g_hash_table_add (self->touched, row);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
entry_changed_cb (CwPersonForm *self,
                  GtkWidget    *row)
{
  row_changed (self, row);
}

static void
choice_changed_cb (CwPersonForm *self,
                   GParamSpec   *pspec,
                   GtkWidget    *row)
{
  row_changed (self, row);
}

static void
entry_activated_cb (CwPersonForm *self,
                    AdwEntryRow  *row)
{
  if (row == self->notes_row)
    {
      g_signal_emit (self, signals[ACTIVATE_LAST], 0);
      return;
    }

  /* Sex and birth date come from a valid ID number: Enter skips them. */
  if (row == self->id_row && gtk_widget_get_visible (GTK_WIDGET (self->id_ok_image)))
    {
      if (gtk_widget_get_sensitive (GTK_WIDGET (self->relation_row)))
        gtk_widget_grab_focus (GTK_WIDGET (self->relation_row));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->phone_row));
      return;
    }

  cw_ui_focus_next (GTK_WIDGET (row));
}

GtkWidget *
cw_person_form_new (void)
{
  return g_object_new (CW_TYPE_PERSON_FORM, NULL);
}

static void
cw_person_form_dispose (GObject *object)
{
  CwPersonForm *self = CW_PERSON_FORM (object);

  /* The bin's child is a template child too: let the bin drop it first,
   * or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_PERSON_FORM);

  G_OBJECT_CLASS (cw_person_form_parent_class)->dispose (object);
}

static void
cw_person_form_finalize (GObject *object)
{
  CwPersonForm *self = CW_PERSON_FORM (object);

  g_clear_object (&self->person);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (cw_person_form_parent_class)->finalize (object);
}

static void
cw_person_form_class_init (CwPersonFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_person_form_dispose;
  object_class->finalize = cw_person_form_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ACTIVATE_LAST] =
    g_signal_new ("activate-last", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_TAGS_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-person-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, group);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, id_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, id_info_label);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, id_ok_image);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, sex_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, birth_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, relation_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, ethnicity_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, education_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, political_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, party_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, tags_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, disability_row);
  gtk_widget_class_bind_template_child (widget_class, CwPersonForm, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
cw_person_form_init (CwPersonForm *self)
{
  g_autoptr(GtkStringList) sexes = NULL;
  g_autoptr(GtkStringList) relations = NULL;
  g_autoptr(GtkStringList) ethnicities = NULL;
  g_autoptr(GtkStringList) education = NULL;
  g_autoptr(GtkStringList) political = NULL;
  g_autoptr(CwPerson) person = NULL;

  self->touched = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  sexes = gtk_string_list_new (NULL);
  gtk_string_list_append (sexes, C_("sex", "Not given"));
  gtk_string_list_append (sexes, C_("sex", "Male"));
  gtk_string_list_append (sexes, C_("sex", "Female"));
  relations = cw_ui_words_model (cw_vocabulary_relations, _("Choose…"));
  ethnicities = cw_ui_words_model (cw_vocabulary_ethnicities, _("Not given"));
  education = cw_ui_words_model (cw_vocabulary_education, _("Not given"));
  political = cw_ui_words_model (cw_vocabulary_political, _("Not given"));

  self->updating = TRUE;
  adw_combo_row_set_model (self->sex_row, G_LIST_MODEL (sexes));
  adw_combo_row_set_model (self->relation_row, G_LIST_MODEL (relations));
  adw_combo_row_set_model (self->ethnicity_row, G_LIST_MODEL (ethnicities));
  adw_combo_row_set_model (self->education_row, G_LIST_MODEL (education));
  adw_combo_row_set_model (self->political_row, G_LIST_MODEL (political));
  self->updating = FALSE;

  /* Until set_person(): a new person as the office usually has them. */
  person = cw_person_form_new_person ();
  cw_person_form_set_person (self, person);
}
