/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/households/cw-household-number.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-person-form.h"
#include "ui/households/cw-tags-row.h"
#include "ui/cw-ui-resources.h"

struct _CwHouseholdEditor
{
  CwRecordEditor        parent_instance;

  GListModel           *households;
  gint64                group_id;     /* a new household's group, as asked */
  CwPerson             *head;         /* NULL when it has no present head */
  GArray               *group_ids;
  GArray               *group_positions;
  char                 *suggested;
  gboolean              updating;
  GHashTable           *touched;
  /* The row whose problem the last check reported. */
  GtkWidget            *problem_row;
  /* The error being reported is about the head's fields. */
  gboolean              head_at_fault;

  /* Template widgets */
  AdwComboRow          *group_row;
  AdwEntryRow          *number_row;
  GtkButton            *suggest_button;
  AdwEntryRow          *address_row;
  AdwEntryRow          *phone_row;
  CwTagsRow            *tags_row;
  AdwEntryRow          *notes_row;
  CwPersonForm         *head_form;
};

G_DEFINE_FINAL_TYPE (CwHouseholdEditor, cw_household_editor, CW_TYPE_RECORD_EDITOR)

enum {
  PROP_0,
  PROP_HOUSEHOLDS,
  PROP_GROUP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
selected_group_id (CwHouseholdEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->group_ids->len)
    return 0;

  return g_array_index (self->group_ids, gint64, selected);
}

static gboolean
head_shown (CwHouseholdEditor *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->head_form));
}

/* Checking */

/* Told while typing, not only when saving. */
static gboolean
check_number_free (CwHouseholdEditor  *self,
                   CwHousehold        *household,
                   GError            **error)
{
  if (self->households == NULL ||
      cw_household_number_find (self->households, cw_household_get_number (household),
                                cw_household_get_id (household)) == NULL)
    return TRUE;

  g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
               _("Household number: %s is already taken by another household."),
               cw_household_get_number (household));
  return FALSE;
}

/* The problem with one of the household's own fields on its own, as the
 * person form judges a person's: a household with only that field as
 * typed (and a number and a group, which every household has), so that
 * an empty 户号 hides no wrong phone. */
static GError *
field_problem (CwHouseholdEditor *self,
               CwHousehold       *typed,
               GtkWidget         *row)
{
  g_autoptr(CwHousehold) probe = cw_household_copy (typed);
  g_autoptr(GError) error = NULL;

  if (row != GTK_WIDGET (self->number_row))
    cw_household_set_text (probe, "number", "-");
  if (row != GTK_WIDGET (self->group_row))
    cw_household_set_group_id (probe, G_MAXINT64);
  if (row != GTK_WIDGET (self->phone_row))
    cw_household_set_text (probe, "phone", "");

  if (!cw_household_validate (probe, &error) ||
      (row == GTK_WIDGET (self->number_row) && !check_number_free (self, probe, &error)))
    {
      if (cw_ui_error_names_field (error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))))
        return g_steal_pointer (&error);
    }

  return NULL;
}

/* As in the person form: told once the clerk has typed in the row and
 * moved on, or while they put a problem already told right. */
static gboolean
row_settled (CwHouseholdEditor *self,
             GtkWidget         *row,
             gboolean           show_all)
{
  return show_all ||
         (g_hash_table_contains (self->touched, row) &&
          (row == self->problem_row || !cw_ui_row_has_focus (row)));
}

static gboolean
check_household (CwHouseholdEditor  *self,
                 gboolean            show_all,
                 GtkWidget         **problem_row,
                 GError            **problem,
                 GError            **error)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);
  CwRecordEditorClass *klass = CW_RECORD_EDITOR_GET_CLASS (editor);
  g_autoptr(GObject) typed = klass->copy_record (editor, cw_record_editor_get_record (editor));
  g_autoptr(CwHousehold) copy = NULL;
  GtkWidget *rows[] = {
    GTK_WIDGET (self->group_row), GTK_WIDGET (self->number_row), GTK_WIDGET (self->phone_row),
  };

  klass->read (editor, typed);

  self->problem_row = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (rows) && self->problem_row == NULL; i++)
    {
      g_autoptr(GError) found = NULL;

      if (row_settled (self, rows[i], show_all))
        found = field_problem (self, CW_HOUSEHOLD (typed), rows[i]);
      if (found != NULL)
        {
          self->problem_row = rows[i];
          g_propagate_error (problem, g_steal_pointer (&found));
        }
    }
  *problem_row = self->problem_row;

  copy = cw_household_copy (CW_HOUSEHOLD (typed));
  return cw_household_validate (copy, error) && check_number_free (self, copy, error);
}

/* Judges what was typed, the household's fields and then the head's:
 * the first problem with a field the clerk has been through under that
 * field, Save waiting while either cannot be saved. FALSE with @error
 * (the problem to show first) when it cannot. */
static gboolean
revalidate (CwHouseholdEditor  *self,
            gboolean            show_all,
            GError            **error)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);
  g_autoptr(GError) problem = NULL;
  g_autoptr(GError) household_error = NULL;
  g_autoptr(GError) head_problem = NULL;
  g_autoptr(GError) head_error = NULL;
  GtkWidget *row = NULL;
  GtkWidget *head_row = NULL;
  gboolean valid = check_household (self, show_all, &row, &problem, &household_error);
  gboolean head_problem_shown = FALSE;
  GError *first;

  if (head_shown (self))
    valid &= cw_person_form_check (self->head_form, show_all, &head_row, &head_problem, &head_error);

  if (problem == NULL && head_problem != NULL)
    {
      row = head_row;
      problem = g_steal_pointer (&head_problem);
      head_problem_shown = TRUE;
    }
  cw_record_editor_show_problem (editor, row, problem != NULL ? problem->message : NULL);

  first = household_error != NULL ? household_error : head_error;
  self->head_at_fault = first != NULL && first == head_error;
  cw_record_editor_set_waiting (editor, first);

  if (valid)
    return TRUE;

  if (problem != NULL)
    self->head_at_fault = head_problem_shown;
  g_propagate_error (error, problem != NULL ? g_steal_pointer (&problem) : g_error_copy (first));
  return FALSE;
}

/* Typing and choosing */

static void
suggest_number (CwHouseholdEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);
  g_autofree char *number = NULL;

  if (self->households == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= self->group_ids->len)
    return;

  number = cw_household_number_suggest (self->households,
                                        g_array_index (self->group_ids, gint64, selected),
                                        g_array_index (self->group_positions, int, selected));
  g_free (self->suggested);
  self->suggested = g_strdup (number);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  self->updating = FALSE;
}

static void
row_changed (CwHouseholdEditor *self,
             GtkWidget         *row)
{
  if (self->updating)
    return;

  g_hash_table_add (self->touched, row);
  revalidate (self, FALSE, NULL);
}

static void
entry_changed_cb (CwHouseholdEditor *self,
                  GtkWidget         *row)
{
  row_changed (self, row);
}

static void
tags_changed_cb (CwHouseholdEditor *self,
                 GParamSpec        *pspec,
                 GtkWidget         *row)
{
  row_changed (self, row);
}

static void
group_changed_cb (CwHouseholdEditor *self,
                  GParamSpec        *pspec,
                  GtkWidget         *row)
{
  g_autofree char *number = NULL;

  if (self->updating)
    return;

  /* A new household's suggested number follows its group, unless the
   * clerk typed one of their own. */
  number = cw_ui_row_text (GTK_WIDGET (self->number_row));
  if (cw_record_editor_get_is_new (CW_RECORD_EDITOR (self)) &&
      (number[0] == '\0' || g_strcmp0 (number, self->suggested) == 0))
    suggest_number (self);

  row_changed (self, row);
}

static void
suggest_clicked_cb (CwHouseholdEditor *self,
                    GtkButton         *button)
{
  suggest_number (self);
  row_changed (self, GTK_WIDGET (self->number_row));
  gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
}

static void
form_changed_cb (CwHouseholdEditor *self,
                 CwPersonForm      *form)
{
  revalidate (self, FALSE, NULL);
}

/* A field the clerk leaves is judged at once. */
static void
focus_moved_cb (CwHouseholdEditor *self,
                GParamSpec        *pspec,
                gpointer           user_data)
{
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    revalidate (self, FALSE, NULL);
}

static void
entry_activated_cb (CwHouseholdEditor *self,
                    AdwEntryRow       *row)
{
  /* From the phone on, Enter goes to the head: tags and notes are rarely
   * on the paper form, and Tab still reaches them. */
  if ((row == self->phone_row || row == self->notes_row) && head_shown (self))
    {
      cw_person_form_focus_first (self->head_form);
      return;
    }

  if (row == self->notes_row || row == self->phone_row)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
      return;
    }

  cw_ui_focus_next (GTK_WIDGET (row));
}

static void
form_activate_last_cb (CwHouseholdEditor *self,
                       CwPersonForm      *form)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Loading */

static void
load_groups (CwHouseholdEditor *self,
             gint64             current)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  groups = cw_village_group_list (cw_record_editor_get_database (CW_RECORD_EDITOR (self)), TRUE, &error);
  if (groups == NULL)
    {
      cw_record_editor_show_problem (CW_RECORD_EDITOR (self), NULL, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      gint64 id = cw_village_group_get_id (group);
      int position = cw_village_group_get_position (group);

      /* A retired group takes no new households, but one already in it
       * stays there until moved. */
      if (cw_village_group_get_retired (group) && id != current)
        continue;

      if (id == current)
        selected = self->group_ids->len;
      g_array_append_val (self->group_ids, id);
      g_array_append_val (self->group_positions, position);
      gtk_string_list_append (names, cw_village_group_get_name (group));
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->group_row, self->group_ids->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
}

static CwPerson *
load_head (CwDatabase *db,
           gint64      household_id)
{
  g_autoptr(GListModel) members = cw_person_list_for_household (db, household_id, NULL);

  if (members == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_is_head (person))
        return g_steal_pointer (&person);
    }

  return NULL;
}

/* The record editor's part */

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_household_copy (CW_HOUSEHOLD (record)) : cw_household_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (editor);
  CwHousehold *household = CW_HOUSEHOLD (record);

  if (cw_record_editor_get_is_new (editor))
    {
      load_groups (self, self->group_id);
      suggest_number (self);
      gtk_window_set_title (GTK_WINDOW (self), _("New Household"));
    }
  else
    {
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", cw_household_get_number (household),
                                                   cw_household_get_head_name (household));

      self->head = load_head (cw_record_editor_get_database (editor), cw_household_get_id (household));
      load_groups (self, cw_household_get_group_id (household));

      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->number_row), cw_household_get_number (household));
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), cw_household_get_address (household));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), cw_household_get_phone (household));
      cw_tags_row_set_tags (self->tags_row, cw_household_get_tags (household));
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), cw_household_get_notes (household));
      self->updating = FALSE;

      if (self->head != NULL)
        cw_person_form_set_person (self->head_form, self->head);
      gtk_widget_set_visible (GTK_WIDGET (self->head_form), self->head != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->suggest_button), FALSE);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Household"));
      cw_record_editor_set_subtitle (editor, subtitle);
    }

  revalidate (self, FALSE, NULL);

  /* A new household's number is suggested, selected, and replaced by
   * whatever is typed. One registered opens at what changes, never with
   * its 户号, the key, selected for a stray key to replace. */
  if (cw_record_editor_get_is_new (editor))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
      gtk_editable_select_region (GTK_EDITABLE (self->number_row), 0, -1);
    }
  else
    cw_ui_focus_quietly (GTK_WIDGET (self->phone_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (editor);
  CwHousehold *household = CW_HOUSEHOLD (record);
  g_autofree char *number = cw_ui_row_text (GTK_WIDGET (self->number_row));
  g_autofree char *address = cw_ui_row_text (GTK_WIDGET (self->address_row));
  g_autofree char *phone = cw_ui_row_text (GTK_WIDGET (self->phone_row));
  g_autofree char *notes = cw_ui_row_text (GTK_WIDGET (self->notes_row));

  cw_household_set_group_id (household, selected_group_id (self));
  cw_household_set_text (household, "number", number);
  cw_household_set_text (household, "address", address);
  cw_household_set_text (household, "phone", phone);
  cw_household_set_text (household, "tags", cw_tags_row_get_tags (self->tags_row));
  cw_household_set_text (household, "notes", notes);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (editor);
  CwDatabase *db = cw_record_editor_get_database (editor);
  CwHousehold *household = CW_HOUSEHOLD (record);
  g_autoptr(CwPerson) head = NULL;

  if (!revalidate (self, TRUE, error))
    return FALSE;

  if (head_shown (self))
    head = cw_person_form_dup_person (self->head_form);

  if (!cw_record_editor_get_is_new (editor))
    {
      /* Household and head in one change, so that one Undo takes back
       * both. */
      return cw_household_update_with_head (db, household,
                                            cw_person_form_get_dirty (self->head_form) ? head : NULL,
                                            &self->head_at_fault, error);
    }

  if (cw_household_add (db, household, head, error))
    return TRUE;

  /* Both were judged before; what fails now is the number (taken
   * meanwhile) or the head. */
  self->head_at_fault = !cw_ui_error_names_field (*error, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->number_row)));
  return FALSE;
}

static GtkWidget *
error_row (CwRecordEditor *editor,
           const GError   *error)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (editor);

  /* The household and its head both have a phone, tags and notes. */
  if (self->head_at_fault)
    return cw_person_form_row_for_error (self->head_form, error);

  return CW_RECORD_EDITOR_CLASS (cw_household_editor_parent_class)->error_row (editor, error);
}

static gboolean
modified (CwRecordEditor *editor)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (editor);

  return CW_RECORD_EDITOR_CLASS (cw_household_editor_parent_class)->modified (editor) ||
         (head_shown (self) && cw_person_form_get_dirty (self->head_form));
}

CwHouseholdEditor *
cw_household_editor_new (GtkWidget   *owner,
                         CwDatabase  *db,
                         GListModel  *households,
                         CwHousehold *household,
                         gint64       group_id)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (households == NULL || G_IS_LIST_MODEL (households), NULL);
  g_return_val_if_fail (household == NULL || CW_IS_HOUSEHOLD (household), NULL);

  return g_object_new (CW_TYPE_HOUSEHOLD_EDITOR,
                       "database", db,
                       "owner", owner,
                       "households", households,
                       "group-id", group_id,
                       "record", household,
                       NULL);
}

static void
cw_household_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_HOUSEHOLD_EDITOR);

  G_OBJECT_CLASS (cw_household_editor_parent_class)->dispose (object);
}

static void
cw_household_editor_finalize (GObject *object)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (object);

  g_clear_object (&self->households);
  g_clear_object (&self->head);
  g_clear_pointer (&self->group_ids, g_array_unref);
  g_clear_pointer (&self->group_positions, g_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->suggested, g_free);

  G_OBJECT_CLASS (cw_household_editor_parent_class)->finalize (object);
}

static void
cw_household_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLDS:
      g_value_set_object (value, self->households);
      break;

    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_household_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CwHouseholdEditor *self = CW_HOUSEHOLD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLDS:
      self->households = g_value_dup_object (value);
      break;

    case PROP_GROUP_ID:
      self->group_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_household_editor_class_init (CwHouseholdEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_household_editor_dispose;
  object_class->finalize = cw_household_editor_finalize;
  object_class->get_property = cw_household_editor_get_property;
  object_class->set_property = cw_household_editor_set_property;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->error_row = error_row;
  editor_class->modified = modified;

  /* Read when the fields are first filled: construct-only. */
  properties[PROP_HOUSEHOLDS] =
    g_param_spec_object ("households", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_PERSON_FORM);
  g_type_ensure (CW_TYPE_TAGS_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-household-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdEditor, head_form);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tags_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, suggest_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_activate_last_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
cw_household_editor_init (CwHouseholdEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->group_positions = g_array_new (FALSE, FALSE, sizeof (int));
  self->touched = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  cw_person_form_set_title (self->head_form, _("Head of Household"));
  cw_person_form_set_head (self->head_form, TRUE);

  /* Rows titled as core's errors name them. */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->group_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->number_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->address_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->phone_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->tags_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->notes_row), NULL);

  cw_record_editor_set_discard_body (editor, _("The changes to this household have not been saved."));
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_moved_cb), NULL);
}
