/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-date.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-pinyin.h"
#include "core/households/cw-household-import-private.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"

/* Where a column's value goes on a CwPerson as written; NULL for the
 * household's columns and for those read here first (dates, status). */
static const char * const person_property[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_NAME] = "name",
  [CW_ROSTER_RELATION] = "relation",
  [CW_ROSTER_SEX] = "sex",
  [CW_ROSTER_ETHNICITY] = "ethnicity",
  [CW_ROSTER_ID_NUMBER] = "id-number",
  [CW_ROSTER_EDUCATION] = "education",
  [CW_ROSTER_POLITICAL] = "political",
  [CW_ROSTER_PHONE] = "phone",
  [CW_ROSTER_TAGS] = "tags",
  [CW_ROSTER_DISABILITY] = "disability",
  [CW_ROSTER_STATUS_REASON] = "status-reason",
  [CW_ROSTER_NOTES] = "notes",
};

/* The household's columns besides its group (which every row must give,
 * see check_row()): a roster writes them on every member's row, or on
 * the head's only, and every row that fills one must say the same. */
static const CwRosterColumn household_columns[] = {
  CW_ROSTER_HEAD_NAME,
  CW_ROSTER_ADDRESS,
  CW_ROSTER_HOUSEHOLD_PHONE,
  CW_ROSTER_HOUSEHOLD_TAGS,
  CW_ROSTER_HOUSEHOLD_STATUS,
  CW_ROSTER_HOUSEHOLD_STATUS_DATE,
  CW_ROSTER_HOUSEHOLD_STATUS_REASON,
  CW_ROSTER_HOUSEHOLD_NOTES,
};

/* What a household's rows say about the household. */
typedef struct
{
  /* Per column, in the form rows are compared in; NULL when no row
   * fills it. */
  char  *value[CW_ROSTER_N_COLUMNS];
  /* The row (index in the unit) that filled it first. */
  guint  row[CW_ROSTER_N_COLUMNS];
} HouseholdFields;

static void
household_fields_clear (HouseholdFields *fields)
{
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
    g_clear_pointer (&fields->value[c], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HouseholdFields, household_fields_clear)

char *
cw_household_import_undated_reason (const char *reason)
{
  if (reason == NULL || reason[0] == '\0')
    return g_strdup (_("As the imported roster says; the date is the day of the import."));
  /* Translators: the reason a roster gives for a status (迁出, 死亡)
   * without its date */
  return g_strdup_printf (_("%s (the roster gives no date: the date is the day of the import)"), reason);
}

/* A roster says 在册 on nearly every row; the vocabulary compares it with
 * every status's translated label, so remember the answer per spelling
 * (the column repeats, so the pointer is the spelling). */
static const char *
remembered_status (GHashTable   *statuses,
                   const char *(*status_for) (const char *text),
                   const char   *text)
{
  static const char unknown[] = "";
  const char *code = g_hash_table_lookup (statuses, text);

  if (code == NULL)
    {
      code = status_for (text);
      g_hash_table_insert (statuses, (gpointer) text, (gpointer) (code != NULL ? code : unknown));
    }
  return code != unknown ? code : NULL;
}

static const char *
person_status (CwHouseholdImport *self,
               const char        *text)
{
  return remembered_status (self->statuses, cw_vocabulary_person_status_for, text);
}

/* NULL when the ID number is not in the register yet, else a message
 * naming who has it. */
static char *
id_number_owner (CwHouseholdImport *self,
                 const char        *id_number)
{
  const char *owner = g_hash_table_lookup (self->id_owners, id_number);

  if (owner == NULL)
    return NULL;
  return g_strdup_printf (_("ID number %s is already in the register: it belongs to %s of household %s."),
                          id_number, owner, owner + strlen (owner) + 1);
}

/* What Excel does to an ID number in a cell not formatted as text: shows
 * "4.30421E+17" and saves that, or, formatted as a number, keeps 15
 * digits and writes zeros for the last three (the check character then
 * fails). Either way the number is gone and must not be guessed. */
static char *
excel_spoiled_id (const char *id)
{
  if (cw_csv_looks_like_excel_number (id))
    return g_strdup_printf (_("The column “%s” holds “%s”: Excel has turned the ID number into a rounded number "
                              "and its last digits are lost. Format the column as text in Excel or WPS, "
                              "enter the numbers again and save the file again."),
                            cw_roster_columns[CW_ROSTER_ID_NUMBER], id);
  if (strlen (id) == 18 && strspn (id, "0123456789") == 18 && g_str_has_suffix (id, "000") &&
      !cw_id_number_normalize (id, NULL, NULL))
    return g_strdup_printf (_("The column “%s” holds “%s”: Excel keeps only 15 digits of a number and has "
                              "written zeros for the last three, so the ID number is lost. Format the column "
                              "as text in Excel or WPS, enter the numbers again and save the file again."),
                            cw_roster_columns[CW_ROSTER_ID_NUMBER], id);
  return NULL;
}

/* A phone in a column Excel did not keep as text: "1.38123E+10", the
 * last digits rounded away; named as that, not as a stray ".". */
static char *
excel_spoiled_phone (CwRosterColumn  column,
                     const char     *phone)
{
  if (!cw_csv_looks_like_excel_number (phone))
    return NULL;
  return g_strdup_printf (_("The column “%s” holds “%s”: Excel has turned the phone number into a number in "
                            "scientific notation and its last digits are lost. Format the column as text in "
                            "Excel or WPS, enter the numbers again and save the file again."),
                          cw_roster_columns[column], phone);
}

/* A date column as stored, "YYYY-MM-DD" or "" (in *date_out), from any
 * form Excel and WPS write; or what is wrong with it. */
static char *
read_date (CwRosterColumn   column,
           const char      *text,
           char           **date_out)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  *date_out = NULL;
  if (text[0] == '\0')
    {
      *date_out = g_strdup ("");
      return NULL;
    }
  if (!cw_date_parse_cell (text, &date, &error))
    /* Translators: a column of the file, then what is wrong with its value */
    return g_strdup_printf (_("The column “%s”: %s"), cw_roster_columns[column], error->message);
  *date_out = cw_date_format (&date);
  return NULL;
}

/* The ID number is the authority on the birth date: a date that cannot
 * be read, or gives only the year and month (出生年月), is taken from the
 * ID number when the row has one, unless it contradicts it. Whether a
 * full date agrees is cw_person_validate()'s to say. */
static char *
read_birth_date (const char * const  *field,
                 char               **date_out)
{
  const char *text = field[CW_ROSTER_BIRTH_DATE];
  char *problem = read_date (CW_ROSTER_BIRTH_DATE, text, date_out);
  g_autofree char *id = NULL;
  g_autofree char *id_date = NULL;
  GDate from_id;
  guint year = 0, month = 0;

  if (problem == NULL)
    return NULL;
  if (!cw_id_number_normalize (field[CW_ROSTER_ID_NUMBER], &id, NULL) ||
      !cw_id_number_birth_date (id, &from_id))
    return problem;
  g_free (problem);

  id_date = cw_date_format (&from_id);
  if (cw_date_parse_month (text, &year, &month) &&
      (year != g_date_get_year (&from_id) || month != g_date_get_month (&from_id)))
    return g_strdup_printf (_("The column “%s” says %s, but the ID number %s says %s."),
                            cw_roster_columns[CW_ROSTER_BIRTH_DATE], text, id, id_date);
  *date_out = g_strdup ("");
  return NULL;
}

/* Builds the person of one row and checks it; returns what is wrong with
 * the row (a translated sentence) or NULL, with *person_out set. Every
 * person rule is cw_person_validate()'s: only what is particular to a
 * file (a column Excel spoiled, a date as a spreadsheet writes it, a row
 * of another household's group, an ID number repeated in the file) is
 * judged here. */
static char *
check_row (CwHouseholdImport  *self,
           const CwImportRow  *row,
           const CwImportRow  *first,
           CwPerson          **person_out)
{
  const char * const *field = row->fields;
  g_autoptr(CwPerson) person = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *status_date = NULL;
  const char *status;
  char *problem;

  if (field[CW_ROSTER_GROUP][0] == '\0')
    return g_strdup_printf (_("The column “%s” is empty: every row needs the village group of its household."),
                            cw_roster_columns[CW_ROSTER_GROUP]);
  if (row != first && !g_str_equal (field[CW_ROSTER_GROUP], first->fields[CW_ROSTER_GROUP]))
    return g_strdup_printf (_("The column “%s” says “%s”, but line %u of the same household says “%s”; "
                              "a household belongs to one village group."),
                            cw_roster_columns[CW_ROSTER_GROUP], field[CW_ROSTER_GROUP],
                            first->line, first->fields[CW_ROSTER_GROUP]);

  if ((problem = excel_spoiled_id (field[CW_ROSTER_ID_NUMBER])) != NULL ||
      (problem = excel_spoiled_phone (CW_ROSTER_PHONE, field[CW_ROSTER_PHONE])) != NULL)
    return problem;

  status = person_status (self, field[CW_ROSTER_STATUS]);
  if (status == NULL)
    return g_strdup_printf (_("The column “%s” says “%s”, which is not a status the register knows "
                              "(在册, 外出务工, 迁出, 死亡)."),
                            cw_roster_columns[CW_ROSTER_STATUS], field[CW_ROSTER_STATUS]);

  if ((problem = read_birth_date (field, &birth)) != NULL ||
      (problem = read_date (CW_ROSTER_PARTY_JOIN_DATE, field[CW_ROSTER_PARTY_JOIN_DATE], &joined)) != NULL ||
      (problem = read_date (CW_ROSTER_STATUS_DATE, field[CW_ROSTER_STATUS_DATE], &status_date)) != NULL)
    return problem;

  person = cw_person_new ();
  /* Only what the row says: a new person's fields are already empty, and
   * a property set is not free at 120 000 rows. */
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
    if (person_property[c] != NULL && field[c][0] != '\0')
      cw_person_set_text (person, person_property[c], field[c]);
  if (birth[0] != '\0')
    cw_person_set_text (person, "birth-date", birth);
  if (joined[0] != '\0')
    cw_person_set_text (person, "party-join-date", joined);
  cw_person_set_text (person, "status", status);
  if (status_date[0] != '\0')
    cw_person_set_text (person, "status-date", status_date);
  else if (!cw_vocabulary_person_status_is_present (status))
    {
      /* The roster says that someone moved out or died, not when; the
       * register needs a date. The day of the import, said so in the
       * reason, keeps the fact without inventing a date. */
      g_autofree char *reason = cw_household_import_undated_reason (field[CW_ROSTER_STATUS_REASON]);

      cw_person_set_text (person, "status-date", self->today);
      cw_person_set_text (person, "status-reason", reason);
    }

  if (!cw_person_validate (person, &local_error))
    return g_strdup (local_error->message);

  if (self->same_id_line[row->index] != 0)
    return g_strdup_printf (_("ID number %s is also on line %u; an ID number belongs to one person only."),
                            cw_person_get_id_number (person), self->same_id_line[row->index]);

  if (cw_person_get_id_number (person)[0] != '\0')
    {
      char *owner = id_number_owner (self, cw_person_get_id_number (person));
      if (owner != NULL)
        return owner;
    }

  *person_out = g_steal_pointer (&person);
  return NULL;
}

/* A household column's value in the one form rows are compared in (138
 * 1234 5678 and 13812345678 are one phone, 低保、残疾 and 残疾,低保 one set
 * of tags), in *value_out; or what is wrong with it. */
static char *
comparable_value (CwHouseholdImport *self,
                  CwRosterColumn     column,
                  const char        *text,
                  char             **value_out)
{
  char *normalized = NULL;
  char *spoiled;
  const char *code;

  switch (column)
    {
    case CW_ROSTER_HOUSEHOLD_STATUS:
      code = remembered_status (self->household_statuses, cw_vocabulary_household_status_for, text);
      if (code == NULL)
        return g_strdup_printf (_("The column “%s” says “%s”, which is not a household status the register "
                                  "knows (在册, 迁出, 注销)."),
                                cw_roster_columns[column], text);
      *value_out = g_strdup (code);
      return NULL;
    case CW_ROSTER_HOUSEHOLD_STATUS_DATE:
      return read_date (column, text, value_out);
    case CW_ROSTER_HOUSEHOLD_PHONE:
      if ((spoiled = excel_spoiled_phone (column, text)) != NULL)
        return spoiled;
      if (cw_phone_normalize (text, &normalized, NULL))
        {
          *value_out = normalized;
          return NULL;
        }
      break;
    case CW_ROSTER_HOUSEHOLD_TAGS:
      {
        g_auto(GStrv) tags = cw_vocabulary_split_tags (text, &normalized);

        /* An unknown tag is the household rules' to report. */
        if (normalized == NULL)
          {
            *value_out = cw_vocabulary_join_tags ((const char * const *) tags);
            return NULL;
          }
        g_free (normalized);
      }
      break;
    default:
      break;
    }
  *value_out = g_strdup (text);
  return NULL;
}

/* Gathers what the household's rows say about the household; a row that
 * says otherwise than an earlier one is a problem, reported on it
 * (*row_index) with both values, never settled silently. */
static char *
check_household_fields (CwHouseholdImport  *self,
                        const CwImportUnit *unit,
                        HouseholdFields    *fields,
                        guint              *row_index)
{
  for (guint i = 0; i < unit->n_rows; i++)
    for (guint k = 0; k < G_N_ELEMENTS (household_columns); k++)
      {
        CwRosterColumn c = household_columns[k];
        const char *text = unit->rows[i]->fields[c];
        const CwImportRow *earlier;
        g_autofree char *value = NULL;
        char *problem;

        if (text[0] == '\0')
          continue;
        *row_index = i;
        if ((problem = comparable_value (self, c, text, &value)) != NULL)
          return problem;
        if (fields->value[c] == NULL)
          {
            fields->value[c] = g_steal_pointer (&value);
            fields->row[c] = i;
            continue;
          }
        if (g_str_equal (fields->value[c], value))
          continue;
        earlier = unit->rows[fields->row[c]];
        return g_strdup_printf (_("The column “%s” says “%s”, but line %u of the same household says “%s”; "
                                  "the column is the household’s, and every row that fills it must say "
                                  "the same."),
                                cw_roster_columns[c], text, earlier->line, earlier->fields[c]);
      }
  return NULL;
}

static gboolean
is_head (CwPerson *person)
{
  return g_str_equal (cw_person_get_relation (person), CW_RELATION_HEAD);
}

/* A household that has moved out or was cancelled: its members left with
 * it, and it needs no head who is still here. */
static gboolean
has_left (const HouseholdFields *fields)
{
  const char *status = fields->value[CW_ROSTER_HOUSEHOLD_STATUS];

  return status != NULL && !g_str_equal (status, CW_HOUSEHOLD_STATUS_ACTIVE);
}

/* The head of a household that has left: its row that says 户主. */
static char *
find_former_head (const CwImportUnit    *unit,
                  GPtrArray             *persons,
                  const HouseholdFields *fields,
                  guint                 *row_index,
                  guint                 *head_index)
{
  const char *status = fields->value[CW_ROSTER_HOUSEHOLD_STATUS];

  for (guint i = 0; i < persons->len; i++)
    {
      CwPerson *person = g_ptr_array_index (persons, i);

      if (cw_person_is_present (person))
        {
          *row_index = i;
          return g_strdup_printf (_("Household %s is marked “%s” in the column “%s”, but %s on this row is "
                                    "still “%s”; the members of a household that has left have left with it."),
                                  unit->key, cw_vocabulary_status_label (status),
                                  cw_roster_columns[CW_ROSTER_HOUSEHOLD_STATUS], cw_person_get_name (person),
                                  cw_vocabulary_status_label (cw_person_get_status (person)));
        }
      if (is_head (person) && *head_index == G_MAXUINT)
        *head_index = i;
    }
  return NULL;
}

/* The present head of a household that is here: exactly one. */
static char *
find_head (const CwImportUnit *unit,
           GPtrArray          *persons,
           guint              *row_index,
           guint              *head_index)
{
  guint absent_head = G_MAXUINT;

  for (guint i = 0; i < persons->len; i++)
    {
      CwPerson *person = g_ptr_array_index (persons, i);

      if (!is_head (person))
        continue;
      if (!cw_person_is_present (person))
        {
          if (absent_head == G_MAXUINT)
            absent_head = i;
          continue;
        }
      if (*head_index != G_MAXUINT)
        {
          *row_index = i;
          return g_strdup_printf (_("A second head of household: line %u already names %s as the head of "
                                    "household %s, and a household has exactly one head."),
                                  unit->rows[*head_index]->line,
                                  cw_person_get_name (g_ptr_array_index (persons, *head_index)), unit->key);
        }
      *head_index = i;
    }

  if (*head_index == G_MAXUINT && absent_head != G_MAXUINT)
    {
      CwPerson *person = g_ptr_array_index (persons, absent_head);

      *row_index = absent_head;
      return g_strdup_printf (_("The head of household %s, %s, is marked “%s”; a household needs a head "
                                "who still belongs to it. Make another member the head (户主)."),
                              unit->key, cw_person_get_name (person),
                              cw_vocabulary_status_label (cw_person_get_status (person)));
    }
  *row_index = 0;
  if (*head_index == G_MAXUINT)
    return g_strdup_printf (_("Household %s has no head: none of its rows says “%s” in the column “%s”, "
                              "and a household has exactly one head."),
                            unit->key, CW_RELATION_HEAD, cw_roster_columns[CW_ROSTER_RELATION]);
  return NULL;
}

/* The household rules that no single row shows: its head, a group that
 * takes households, and a 户主姓名 that is the head's. Returns the problem
 * and sets *row_index to the row it is reported on. */
static char *
check_household (CwHouseholdImport     *self,
                 const CwImportUnit    *unit,
                 GPtrArray             *persons,
                 const HouseholdFields *fields,
                 guint                 *row_index,
                 guint                 *head_index)
{
  const char *head_name = fields->value[CW_ROSTER_HEAD_NAME];
  char *problem;

  *head_index = G_MAXUINT;
  problem = has_left (fields) ? find_former_head (unit, persons, fields, row_index, head_index)
                              : find_head (unit, persons, row_index, head_index);
  if (problem != NULL)
    return problem;

  *row_index = 0;
  if (g_hash_table_contains (self->retired_groups, unit->rows[0]->fields[CW_ROSTER_GROUP]))
    return g_strdup_printf (_("The village group “%s” is retired and takes no new households; "
                              "bring it back in the settings or choose another group."),
                            unit->rows[0]->fields[CW_ROSTER_GROUP]);

  if (head_name != NULL && *head_index != G_MAXUINT)
    {
      CwPerson *head = g_ptr_array_index (persons, *head_index);

      if (!g_str_equal (head_name, cw_person_get_name (head)))
        {
          *row_index = fields->row[CW_ROSTER_HEAD_NAME];
          return g_strdup_printf (_("The column “%s” says “%s”, but the head of household %s is %s "
                                    "(line %u)."),
                                  cw_roster_columns[CW_ROSTER_HEAD_NAME], head_name, unit->key,
                                  cw_person_get_name (head), unit->rows[*head_index]->line);
        }
    }
  return NULL;
}

static const char *
field_or_empty (const HouseholdFields *fields,
                CwRosterColumn         column)
{
  return fields->value[column] != NULL ? fields->value[column] : "";
}

/* The household's own record, checked by the households module's rules
 * like one typed in the window. Without a 户联系电话 column, the head's
 * phone is the household's, or a member's when the head has none.
 * Returns what is wrong (reported on the first row), or NULL. */
static char *
make_record (CwHouseholdImport     *self,
             const CwImportUnit    *unit,
             const HouseholdFields *fields,
             CwHouseholdVerdict    *verdict)
{
  GPtrArray *persons = verdict->persons;
  const char *phone = field_or_empty (fields, CW_ROSTER_HOUSEHOLD_PHONE);
  g_autoptr(GError) local_error = NULL;

  if (!self->has_household_phone)
    {
      if (verdict->head_index != G_MAXUINT)
        phone = cw_person_get_phone (g_ptr_array_index (persons, verdict->head_index));
      for (guint i = 0; i < persons->len && phone[0] == '\0'; i++)
        phone = cw_person_get_phone (g_ptr_array_index (persons, i));
    }

  verdict->record = cw_household_new ();
  cw_household_set_text (verdict->record, "number", unit->key);
  cw_household_set_text (verdict->record, "address", field_or_empty (fields, CW_ROSTER_ADDRESS));
  cw_household_set_text (verdict->record, "phone", phone);
  cw_household_set_text (verdict->record, "tags", field_or_empty (fields, CW_ROSTER_HOUSEHOLD_TAGS));
  cw_household_set_text (verdict->record, "notes", field_or_empty (fields, CW_ROSTER_HOUSEHOLD_NOTES));
  if (has_left (fields))
    {
      const char *date = field_or_empty (fields, CW_ROSTER_HOUSEHOLD_STATUS_DATE);
      const char *reason = field_or_empty (fields, CW_ROSTER_HOUSEHOLD_STATUS_REASON);
      g_autofree char *undated = date[0] == '\0' ? cw_household_import_undated_reason (reason) : NULL;

      cw_household_set_text (verdict->record, "status", fields->value[CW_ROSTER_HOUSEHOLD_STATUS]);
      cw_household_set_text (verdict->record, "status-date", date[0] != '\0' ? date : self->today);
      cw_household_set_text (verdict->record, "status-reason", undated != NULL ? undated : reason);
    }
  else
    {
      cw_household_set_text (verdict->record, "status-date",
                             field_or_empty (fields, CW_ROSTER_HOUSEHOLD_STATUS_DATE));
      cw_household_set_text (verdict->record, "status-reason",
                             field_or_empty (fields, CW_ROSTER_HOUSEHOLD_STATUS_REASON));
    }
  /* The group may not exist yet; the writing thread sets the real id.
   * Until then any id passes the rule that a household has a group. */
  cw_household_set_group_id (verdict->record, G_MAXINT64);
  if (cw_household_validate (verdict->record, &local_error))
    return NULL;
  return g_strdup (local_error->message);
}

static void
unref_person (gpointer person)
{
  /* A refused row has no person. */
  if (person != NULL)
    g_object_unref (person);
}

void
cw_household_import_verdict_free (gpointer data)
{
  CwHouseholdVerdict *verdict = data;

  g_clear_pointer (&verdict->persons, g_ptr_array_unref);
  g_clear_pointer (&verdict->messages, g_ptr_array_unref);
  g_clear_pointer (&verdict->search_keys, g_ptr_array_unref);
  g_clear_object (&verdict->record);
  g_free (verdict);
}

/* A problem on one of the household's rows; a row keeps its first. */
static void
add_problem (CwHouseholdVerdict *verdict,
             guint               row_index,
             char               *message)
{
  gpointer *slot = &g_ptr_array_index (verdict->messages, row_index);

  if (*slot == NULL)
    *slot = message;
  else
    g_free (message);
  verdict->bad = TRUE;
}

/* Everything about one household that needs no database: run by the
 * checking thread, ahead of the writing. */
gpointer
cw_household_import_judge (CwImport           *import,
                           const CwImportUnit *unit,
                           gpointer            state)
{
  CwHouseholdImport *self = state;
  CwHouseholdVerdict *verdict = g_new0 (CwHouseholdVerdict, 1);
  g_auto(HouseholdFields) fields = { { NULL } };
  guint n = unit->n_rows;
  guint problem_row = 0;
  char *problem;

  verdict->head_index = G_MAXUINT;
  if (g_hash_table_contains (self->existing_numbers, unit->key))
    {
      verdict->exists = TRUE;
      return verdict;
    }

  verdict->persons = g_ptr_array_new_full (n, unref_person);
  verdict->messages = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      CwPerson *person = NULL;
      char *message = check_row (self, unit->rows[i], unit->rows[0], &person);

      g_ptr_array_add (verdict->messages, message);
      g_ptr_array_add (verdict->persons, person);
      verdict->bad |= message != NULL;
    }

  /* Said even beside a bad row: the clerk mends the file once. */
  if ((problem = check_household_fields (self, unit, &fields, &problem_row)) != NULL)
    add_problem (verdict, problem_row, problem);
  if (!verdict->bad &&
      (problem = check_household (self, unit, verdict->persons, &fields, &problem_row,
                                  &verdict->head_index)) != NULL)
    add_problem (verdict, problem_row, problem);
  if (!verdict->bad && (problem = make_record (self, unit, &fields, verdict)) != NULL)
    add_problem (verdict, 0, problem);

  if (!verdict->bad)
    {
      /* Pinyin is the slowest part of a person after the checks; done
       * here, it costs the writing thread nothing. */
      verdict->search_keys = g_ptr_array_new_full (n, g_free);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (verdict->search_keys,
                         cw_pinyin_search_key (cw_person_get_name (g_ptr_array_index (verdict->persons, i))));
    }

  return verdict;
}
