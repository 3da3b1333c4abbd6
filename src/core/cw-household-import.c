/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-import"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-csv-reader.h"
#include "cw-date.h"
#include "cw-error.h"
#include "cw-household.h"
#include "cw-household-import.h"
#include "cw-id-number.h"
#include "cw-person.h"
#include "cw-pinyin.h"
#include "cw-village-group.h"
#include "cw-village.h"
#include "cw-vocabulary.h"

/* The columns, in the order of cw_household_import_columns. */
enum {
  COL_NUMBER,
  COL_GROUP,
  COL_NAME,
  COL_RELATION,
  COL_SEX,
  COL_ID_NUMBER,
  COL_BIRTH_DATE,
  COL_ETHNICITY,
  COL_PHONE,
  COL_POLITICAL,
  COL_STATUS,
  COL_TAGS,
  COL_ADDRESS,
  N_COLUMNS
};

const char * const cw_household_import_columns[] = {
  "户号", "村民小组", "姓名", "与户主关系", "性别", "身份证号", "出生日期",
  "民族", "联系电话", "政治面貌", "人员状态", "标签", "住址",
  NULL
};

const char * const cw_household_import_required_columns[] = {
  "户号", "村民小组", "姓名", "与户主关系",
  NULL
};

/* Where a column's value goes on a CwPerson; NULL for household columns
 * and for those the importer maps itself. */
static const char * const person_property[N_COLUMNS] = {
  [COL_NAME] = "name",
  [COL_RELATION] = "relation",
  [COL_SEX] = "sex",
  [COL_ID_NUMBER] = "id-number",
  [COL_BIRTH_DATE] = "birth-date",
  [COL_ETHNICITY] = "ethnicity",
  [COL_PHONE] = "phone",
  [COL_POLITICAL] = "political",
  [COL_TAGS] = "tags",
};

/* At most this many progress calls per import, so that a window's
 * progress bar is not flooded from 30 000 households. */
#define PROGRESS_STEPS 200

typedef struct
{
  guint       line;
  /* Into Import.strings; "" for an empty field or a missing column. */
  const char *field[N_COLUMNS];
  /* Another line of the file with the same ID number, 0 if none. */
  guint       same_id_line;
} Row;

typedef struct
{
  const char *number;
  GArray     *rows;       /* indexes into Import.rows, in file order */
} Household;

typedef struct
{
  gint64   id;            /* 0 while the group does not exist */
  gboolean retired;
} Group;

typedef struct
{
  CwDatabase            *db;
  CwImportReport        *report;
  gboolean               dry_run;
  CwImportProgressFunc   progress;
  gpointer               user_data;
  GCancellable          *cancellable;

  GStringChunk          *strings;
  GArray                *rows;          /* Row */
  GPtrArray             *households;    /* Household, in order of first row */
  GHashTable            *by_number;     /* 户号 → Household */
  GHashTable            *groups;        /* name → Group */

  sqlite3_stmt          *find_household;
  sqlite3_stmt          *find_id_number;
  sqlite3_stmt          *insert_household;
  sqlite3_stmt          *insert_person;

  /* For persons whose status (迁出, 死亡) needs a date the roster lacks. */
  char                  *today;
  const char            *status_reason;

  guint                  done_rows;
  guint                  last_step;
} Import;

static void
household_free (gpointer data)
{
  Household *household = data;

  g_array_unref (household->rows);
  g_free (household);
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->strings, g_string_chunk_free);
  g_clear_pointer (&import->rows, g_array_unref);
  g_clear_pointer (&import->households, g_ptr_array_unref);
  g_clear_pointer (&import->by_number, g_hash_table_unref);
  g_clear_pointer (&import->groups, g_hash_table_unref);
  g_clear_pointer (&import->find_household, sqlite3_finalize);
  g_clear_pointer (&import->find_id_number, sqlite3_finalize);
  g_clear_pointer (&import->insert_household, sqlite3_finalize);
  g_clear_pointer (&import->insert_person, sqlite3_finalize);
  g_clear_pointer (&import->today, g_free);
  g_clear_object (&import->report);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static Row *
row_at (Import *import,
        guint   index)
{
  return &g_array_index (import->rows, Row, index);
}

static void
report_progress (Import *import,
                 gboolean force)
{
  guint total = import->rows->len;
  guint step;

  if (import->progress == NULL)
    return;
  step = total > 0 ? (guint) ((guint64) import->done_rows * PROGRESS_STEPS / total) : PROGRESS_STEPS;
  if (!force && step == import->last_step)
    return;
  import->last_step = step;
  import->progress (import->done_rows, total, import->user_data);
}

/* Reads every data row into memory first: rows of one household may be
 * scattered over the file, duplicate ID numbers are found across all of
 * them, and a broken file is refused before anything is written. */
static gboolean
read_rows (Import       *import,
           CwCsvReader  *reader,
           GError      **error)
{
  g_autoptr(GHashTable) first_with_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;

  while (cw_csv_reader_next (reader, &local_error))
    {
      Row row = { 0 };
      g_autofree char *normalized = NULL;

      row.line = cw_csv_reader_get_line (reader);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const char *value = cw_csv_reader_get (reader, cw_household_import_columns[c]);

          /* Interned: a roster repeats its groups, relations, ethnicities
           * and addresses on every row. */
          row.field[c] = g_string_chunk_insert_const (import->strings, value != NULL ? value : "");
        }

      if (cw_id_number_normalize (row.field[COL_ID_NUMBER], &normalized, NULL))
        {
          const char *key = g_string_chunk_insert_const (import->strings, normalized);
          gpointer first = g_hash_table_lookup (first_with_id, key);

          if (first != NULL)
            {
              Row *earlier = row_at (import, GPOINTER_TO_UINT (first) - 1);

              row.same_id_line = earlier->line;
              if (earlier->same_id_line == 0)
                earlier->same_id_line = row.line;
            }
          else
            g_hash_table_insert (first_with_id, (gpointer) key,
                                 GUINT_TO_POINTER (import->rows->len + 1));
        }

      g_array_append_val (import->rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Groups rows by 户号 in the order households first appear. A row without
 * a 户号 belongs to no household and is refused on its own. */
static void
group_rows (Import *import)
{
  for (guint i = 0; i < import->rows->len; i++)
    {
      Row *row = row_at (import, i);
      const char *number = row->field[COL_NUMBER];
      Household *household;

      if (number[0] == '\0')
        {
          g_autofree char *message =
            g_strdup_printf (_("The column “%s” is empty: every row needs the number of its household."),
                             cw_household_import_columns[COL_NUMBER]);

          cw_import_report_add_problem (import->report, row->line, "", message);
          cw_import_report_add_refused (import->report, 0, 1);
          continue;
        }

      household = g_hash_table_lookup (import->by_number, number);
      if (household == NULL)
        {
          household = g_new0 (Household, 1);
          household->number = number;
          household->rows = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (import->by_number, (gpointer) number, household);
          g_ptr_array_add (import->households, household);
        }
      g_array_append_val (household->rows, i);
    }
}

static Group *
lookup_group (Import      *import,
              const char  *name)
{
  Group *group = g_hash_table_lookup (import->groups, name);

  if (group == NULL)
    {
      g_autoptr(CwVillageGroup) found = cw_village_group_find (import->db, name, NULL);

      group = g_new0 (Group, 1);
      if (found != NULL)
        {
          group->id = cw_village_group_get_id (found);
          group->retired = cw_village_group_get_retired (found);
        }
      g_hash_table_insert (import->groups, (gpointer) name, group);
    }
  return group;
}

static gboolean
household_exists (Import     *import,
                  const char *number)
{
  gboolean exists;

  sqlite3_reset (import->find_household);
  sqlite3_bind_text (import->find_household, 1, number, -1, SQLITE_STATIC);
  exists = sqlite3_step (import->find_household) == SQLITE_ROW;
  sqlite3_reset (import->find_household);
  return exists;
}

/* NULL when the ID number is not in the register yet, else a message
 * naming who has it. */
static char *
id_number_owner (Import     *import,
                 const char *id_number)
{
  char *message = NULL;

  sqlite3_reset (import->find_id_number);
  sqlite3_bind_text (import->find_id_number, 1, id_number, -1, SQLITE_STATIC);
  if (sqlite3_step (import->find_id_number) == SQLITE_ROW)
    message = g_strdup_printf (_("ID number %s is already in the register: it belongs to %s of household %s."),
                               id_number,
                               (const char *) sqlite3_column_text (import->find_id_number, 0),
                               (const char *) sqlite3_column_text (import->find_id_number, 1));
  sqlite3_reset (import->find_id_number);
  return message;
}

/* Builds the person of one row and checks it; returns what is wrong with
 * the row (a translated sentence) or NULL, with *person_out set. Every
 * person rule is cw_person_validate()'s: only what is particular to a
 * file (a column Excel spoiled, a row of another household's group, an ID
 * number repeated in the file) is judged here. */
static char *
check_row (Import      *import,
           const Row   *row,
           const Row   *first,
           CwPerson   **person_out)
{
  g_autoptr(CwPerson) person = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *status;

  /* The reader hands out UTF-8 only; this keeps it so whatever reader
   * comes next. */
  for (guint c = 0; c < N_COLUMNS; c++)
    if (!g_utf8_validate (row->field[c], -1, NULL))
      return g_strdup_printf (_("The column “%s” is not valid text."), cw_household_import_columns[c]);

  if (row->field[COL_GROUP][0] == '\0')
    return g_strdup_printf (_("The column “%s” is empty: every row needs the village group of its household."),
                            cw_household_import_columns[COL_GROUP]);
  if (row != first && !g_str_equal (row->field[COL_GROUP], first->field[COL_GROUP]))
    return g_strdup_printf (_("The column “%s” says “%s”, but line %u of the same household says “%s”; "
                              "a household belongs to one village group."),
                            cw_household_import_columns[COL_GROUP], row->field[COL_GROUP],
                            first->line, first->field[COL_GROUP]);

  if (cw_csv_looks_like_excel_number (row->field[COL_ID_NUMBER]))
    return g_strdup_printf (_("The column “%s” holds “%s”: Excel has turned the ID number into a rounded number "
                              "and its last digits are lost. Format the column as text in Excel or WPS, "
                              "enter the numbers again and save the file again."),
                            cw_household_import_columns[COL_ID_NUMBER], row->field[COL_ID_NUMBER]);

  status = cw_vocabulary_person_status_for (row->field[COL_STATUS]);
  if (status == NULL)
    return g_strdup_printf (_("The column “%s” says “%s”, which is not a status the register knows "
                              "(在册, 外出务工, 迁出, 死亡)."),
                            cw_household_import_columns[COL_STATUS], row->field[COL_STATUS]);

  person = cw_person_new ();
  /* Only what the row says: a new person's fields are already empty, and
   * a property set is not free at 120 000 rows. */
  for (guint c = 0; c < N_COLUMNS; c++)
    if (person_property[c] != NULL && row->field[c][0] != '\0')
      cw_person_set_text (person, person_property[c], row->field[c]);
  cw_person_set_text (person, "status", status);
  if (!g_str_equal (status, "active") && !g_str_equal (status, "migrant"))
    {
      /* A roster says that someone moved out or died, not when; the
       * register needs a date. The day of the import, said so in the
       * reason, keeps the fact without inventing a date. */
      cw_person_set_text (person, "status-date", import->today);
      cw_person_set_text (person, "status-reason", import->status_reason);
    }

  if (!cw_person_validate (person, &local_error))
    return g_strdup (local_error->message);

  if (row->same_id_line != 0)
    return g_strdup_printf (_("ID number %s is also on line %u; an ID number belongs to one person only."),
                            cw_person_get_id_number (person), row->same_id_line);

  if (cw_person_get_id_number (person)[0] != '\0')
    {
      char *owner = id_number_owner (import, cw_person_get_id_number (person));
      if (owner != NULL)
        return owner;
    }

  *person_out = g_steal_pointer (&person);
  return NULL;
}

static gboolean
is_head (CwPerson *person)
{
  return g_str_equal (cw_person_get_relation (person), "户主");
}

/* The household rules that no single row shows: exactly one head among
 * its present members, and a group that takes households. Returns the
 * problem and sets *line to the row it is reported on. */
static char *
check_household (Import     *import,
                 Household  *household,
                 GPtrArray  *persons,
                 guint      *line,
                 guint      *head_index)
{
  const Row *first = row_at (import, g_array_index (household->rows, guint, 0));
  guint head_line = 0;
  guint absent_head = G_MAXUINT;
  Group *group;

  *head_index = G_MAXUINT;
  for (guint i = 0; i < persons->len; i++)
    {
      CwPerson *person = g_ptr_array_index (persons, i);
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));

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
          *line = row->line;
          return g_strdup_printf (_("A second head of household: line %u already names %s as the head of "
                                    "household %s, and a household has exactly one head."),
                                  head_line, cw_person_get_name (g_ptr_array_index (persons, *head_index)),
                                  household->number);
        }
      *head_index = i;
      head_line = row->line;
    }

  if (*head_index == G_MAXUINT && absent_head != G_MAXUINT)
    {
      CwPerson *person = g_ptr_array_index (persons, absent_head);

      *line = row_at (import, g_array_index (household->rows, guint, absent_head))->line;
      return g_strdup_printf (_("The head of household %s, %s, is marked “%s”; a household needs a head "
                                "who still belongs to it. Make another member the head (户主)."),
                              household->number, cw_person_get_name (person),
                              cw_vocabulary_status_label (cw_person_get_status (person)));
    }
  if (*head_index == G_MAXUINT)
    {
      *line = first->line;
      return g_strdup_printf (_("Household %s has no head: none of its rows says “%s” in the column “%s”, "
                                "and a household has exactly one head."),
                              household->number, "户主", cw_household_import_columns[COL_RELATION]);
    }

  group = lookup_group (import, first->field[COL_GROUP]);
  if (group->retired)
    {
      *line = first->line;
      return g_strdup_printf (_("The village group “%s” is retired and takes no new households; "
                                "bring it back in the settings or choose another group."),
                              first->field[COL_GROUP]);
    }

  return NULL;
}

/* The group's id, made on first use: a group is only created for a
 * household that goes in, so refused rows never leave an empty group. */
static gint64
ensure_group (Import      *import,
              const char  *name,
              GError     **error)
{
  Group *group = lookup_group (import, name);
  g_autoptr(CwVillageGroup) made = NULL;

  if (group->id != 0)
    return group->id;

  made = cw_village_group_add (import->db, name, error);
  if (made == NULL)
    return 0;
  group->id = cw_village_group_get_id (made);
  cw_import_report_add_group_created (import->report, cw_village_group_get_name (made));
  return group->id;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static gboolean
insert_person (Import    *import,
               gint64     household_id,
               int        position,
               CwPerson  *person,
               GError   **error)
{
  sqlite3_stmt *stmt = import->insert_person;
  g_autofree char *search_key = cw_pinyin_search_key (cw_person_get_name (person));
  gboolean ok;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, household_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, cw_person_get_name (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cw_person_get_relation (person), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 5, cw_person_get_sex (person));
  bind_text_or_null (stmt, 6, cw_person_get_birth_date (person));
  bind_text_or_null (stmt, 7, cw_person_get_id_number (person));
  sqlite3_bind_text (stmt, 8, cw_person_get_ethnicity (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, cw_person_get_phone (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, cw_person_get_political (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, cw_person_get_tags (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, cw_person_get_status (person), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 13, cw_person_get_status_date (person));
  sqlite3_bind_text (stmt, 14, cw_person_get_status_reason (person), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, search_key, -1, SQLITE_STATIC);
  ok = cw_database_step_done (import->db, stmt, error);
  /* Unbinds nothing, but ends the statement so it holds no read lock. */
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
write_household (Import      *import,
                 Household   *household,
                 GPtrArray   *persons,
                 guint        head_index,
                 GError     **error)
{
  const Row *first = row_at (import, g_array_index (household->rows, guint, 0));
  CwPerson *head = g_ptr_array_index (persons, head_index);
  const Row *head_row = row_at (import, g_array_index (household->rows, guint, head_index));
  g_autoptr(CwHousehold) record = cw_household_new ();
  const char *address = head_row->field[COL_ADDRESS];
  const char *phone = cw_person_get_phone (head);
  sqlite3_stmt *stmt = import->insert_household;
  gint64 group_id, household_id;
  int position = 1;
  gboolean ok;

  /* Rosters often write the address and phone on the head's row only; a
   * member's will do when the head's is empty. */
  for (guint i = 0; i < persons->len && (address[0] == '\0' || phone[0] == '\0'); i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));

      if (address[0] == '\0')
        address = row->field[COL_ADDRESS];
      if (phone[0] == '\0')
        phone = cw_person_get_phone (g_ptr_array_index (persons, i));
    }

  group_id = ensure_group (import, first->field[COL_GROUP], error);
  if (group_id == 0)
    return FALSE;

  cw_household_set_text (record, "number", household->number);
  cw_household_set_text (record, "address", address);
  cw_household_set_text (record, "phone", phone);
  cw_household_set_group_id (record, group_id);
  /* Every part of it was checked already (the number is not empty, the
   * phone is a member's valid one); a failure here is a rule added to
   * households later, and is reported like a database error. */
  if (!cw_household_validate (record, error))
    {
      g_prefix_error (error, _("Household %s: "), household->number);
      return FALSE;
    }

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, cw_household_get_number (record), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, cw_household_get_address (record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cw_household_get_phone (record), -1, SQLITE_STATIC);
  ok = cw_database_step_done (import->db, stmt, error);
  sqlite3_reset (stmt);
  if (!ok)
    return FALSE;
  household_id = sqlite3_last_insert_rowid (cw_database_get_handle (import->db));

  /* Head first, the others in file order. */
  if (!insert_person (import, household_id, position++, head, error))
    return FALSE;
  for (guint i = 0; i < persons->len; i++)
    if (i != head_index &&
        !insert_person (import, household_id, position++, g_ptr_array_index (persons, i), error))
      return FALSE;

  return TRUE;
}

static void
unref_person (gpointer person)
{
  /* A refused row has no person. */
  if (person != NULL)
    g_object_unref (person);
}

static void
refuse_household (Import     *import,
                  Household  *household,
                  const char *const *messages,
                  guint       first_bad_line)
{
  g_autofree char *skipped =
    g_strdup_printf (_("Skipped because line %u of the same household is wrong; "
                       "a household goes in whole or not at all."),
                     first_bad_line);

  for (guint i = 0; i < household->rows->len; i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));

      cw_import_report_add_problem (import->report, row->line, household->number,
                                    messages[i] != NULL ? messages[i] : skipped);
    }
  cw_import_report_add_refused (import->report, 1, household->rows->len);
}

/* Settles one household: refused with its problems, or written. FALSE
 * only on a database error. */
static gboolean
import_household (Import     *import,
                  Household  *household,
                  GError    **error)
{
  guint n = household->rows->len;
  const Row *first = row_at (import, g_array_index (household->rows, guint, 0));
  g_autoptr(GPtrArray) persons = g_ptr_array_new_full (n, unref_person);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_full (n, g_free);
  g_autofree char *household_problem = NULL;
  guint first_bad_line = G_MAXUINT;
  guint problem_line = 0;
  guint head_index = G_MAXUINT;

  if (household_exists (import, household->number))
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Household %s is already in the register and was left as it is; "
                                      "its %u row in this file was not imported.",
                                      "Household %s is already in the register and was left as it is; "
                                      "its %u rows in this file were not imported.",
                                      n),
                         household->number, n);

      /* One line, not one per row: importing the same file twice must not
       * bury the clerk in a line for every person. */
      cw_import_report_add_problem (import->report, first->line, household->number, message);
      cw_import_report_add_refused (import->report, 1, n);
      return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));
      CwPerson *person = NULL;
      char *message = check_row (import, row, first, &person);

      g_ptr_array_add (messages, message);
      g_ptr_array_add (persons, person);
      if (message != NULL)
        first_bad_line = MIN (first_bad_line, row->line);
    }

  if (first_bad_line == G_MAXUINT)
    {
      household_problem = check_household (import, household, persons, &problem_line, &head_index);
      if (household_problem != NULL)
        {
          for (guint i = 0; i < n; i++)
            if (row_at (import, g_array_index (household->rows, guint, i))->line == problem_line)
              {
                g_free (g_ptr_array_index (messages, i));
                g_ptr_array_index (messages, i) = g_steal_pointer (&household_problem);
                break;
              }
          first_bad_line = problem_line;
        }
    }

  if (first_bad_line != G_MAXUINT)
    {
      refuse_household (import, household, (const char * const *) messages->pdata, first_bad_line);
      return TRUE;
    }

  if (!write_household (import, household, persons, head_index, error))
    return FALSE;
  cw_import_report_add_imported (import->report, 1, n);
  return TRUE;
}

static gboolean
prepare_statements (Import  *import,
                    GError **error)
{
  import->find_household = cw_database_prepare (import->db, "SELECT 1 FROM household WHERE number = ?", error);
  if (import->find_household == NULL)
    return FALSE;
  import->find_id_number =
    cw_database_prepare (import->db,
                         "SELECT p.name, h.number FROM person p JOIN household h ON h.id = p.household_id "
                         "WHERE p.id_number = ?",
                         error);
  if (import->find_id_number == NULL)
    return FALSE;
  import->insert_household =
    cw_database_prepare (import->db,
                         "INSERT INTO household (number, group_id, address, phone) VALUES (?1, ?2, ?3, ?4)",
                         error);
  if (import->insert_household == NULL)
    return FALSE;
  import->insert_person =
    cw_database_prepare (import->db,
                         "INSERT INTO person (household_id, position, name, relation, sex, birth_date, "
                         "id_number, ethnicity, phone, political, tags, status, status_date, "
                         "status_reason, search_key) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                         error);
  return import->insert_person != NULL;
}

static gboolean
cancelled (Import  *import,
           GError **error)
{
  if (!g_cancellable_is_cancelled (import->cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED,
                       _("The import was cancelled; nothing was imported."));
  return TRUE;
}

static CwImportReport *
run_import (Import       *import,
            CwCsvReader  *reader,
            GError      **error)
{
  gboolean wrote_groups;
  GDate today;

  if (!cw_village_exists (import->db))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                           _("The database holds no village yet: create the village before importing households."));
      return NULL;
    }

  if (!cw_csv_reader_find_header (reader, cw_household_import_required_columns,
                                  cw_household_import_columns, error))
    return NULL;

  import->report = cw_import_report_new (cw_csv_reader_get_encoding (reader), import->dry_run);
  cw_import_report_set_header_line (import->report, cw_csv_reader_get_header_line (reader));
  cw_import_report_set_ignored_columns (import->report, cw_csv_reader_get_unknown_columns (reader));

  if (!read_rows (import, reader, error))
    return NULL;
  cw_import_report_set_rows_read (import->report, import->rows->len);

  cw_date_today (&today);
  import->today = cw_date_format (&today);
  import->status_reason = _("As the imported roster says; the date is the day of the import.");

  report_progress (import, TRUE);
  if (cancelled (import, error))
    return NULL;

  group_rows (import);

  if (!prepare_statements (import, error))
    return NULL;

  /* One transaction for everything, in a dry run too: the report then
   * comes from the very same work, and the rollback undoes it. */
  if (!cw_database_begin (import->db, error))
    return NULL;

  for (guint i = 0; i < import->households->len; i++)
    {
      Household *household = g_ptr_array_index (import->households, i);

      if (cancelled (import, error) || !import_household (import, household, error))
        {
          cw_database_rollback (import->db);
          return NULL;
        }
      import->done_rows += household->rows->len;
      report_progress (import, FALSE);
    }

  /* Rows without a 户号 are settled too. */
  import->done_rows = import->rows->len;

  /* Finalized before the transaction ends, so that none holds it open. */
  g_clear_pointer (&import->find_household, sqlite3_finalize);
  g_clear_pointer (&import->find_id_number, sqlite3_finalize);
  g_clear_pointer (&import->insert_household, sqlite3_finalize);
  g_clear_pointer (&import->insert_person, sqlite3_finalize);

  if (import->dry_run)
    cw_database_rollback (import->db);
  else if (!cw_database_commit (import->db, error))
    return NULL;

  report_progress (import, TRUE);

  if (!import->dry_run && cw_import_report_get_households_imported (import->report) > 0)
    {
      wrote_groups = cw_import_report_get_groups_created (import->report)[0] != NULL;
      if (wrote_groups)
        cw_database_emit_changed (import->db, "village_group");
      cw_database_emit_changed (import->db, "household");
      cw_database_emit_changed (import->db, "person");
    }

  return g_steal_pointer (&import->report);
}

static void
import_init (Import                *import,
             CwDatabase            *db,
             gboolean               dry_run,
             CwImportProgressFunc   progress,
             gpointer               user_data,
             GCancellable          *cancellable)
{
  import->db = db;
  import->dry_run = dry_run;
  import->progress = progress;
  import->user_data = user_data;
  import->cancellable = cancellable;
  import->strings = g_string_chunk_new (64 * 1024);
  import->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  import->households = g_ptr_array_new_with_free_func (household_free);
  import->by_number = g_hash_table_new (g_str_hash, g_str_equal);
  import->groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

CwImportReport *
cw_household_import_csv_bytes (CwDatabase            *db,
                               GBytes                *bytes,
                               const char            *display_name,
                               gboolean               dry_run,
                               CwImportProgressFunc   progress,
                               gpointer               user_data,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_auto(Import) import = { 0 };
  g_autoptr(CwCsvReader) reader = NULL;
  CwImportReport *report;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import_init (&import, db, dry_run, progress, user_data, cancellable);

  reader = cw_csv_reader_new_from_bytes (bytes, error);
  if (reader != NULL)
    report = run_import (&import, reader, error);
  else
    report = NULL;

  if (report == NULL && display_name != NULL && error != NULL && *error != NULL &&
      !g_error_matches (*error, CW_ERROR, CW_ERROR_CANCELLED))
    g_prefix_error (error, _("“%s”: "), display_name);
  return report;
}

CwImportReport *
cw_household_import_csv (CwDatabase            *db,
                         const char            *path,
                         gboolean               dry_run,
                         CwImportProgressFunc   progress,
                         gpointer               user_data,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &size, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist."), display);
      else
        g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                     _("Cannot read “%s”: %s"), display, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, size);

  return cw_household_import_csv_bytes (db, bytes, display, dry_run, progress, user_data,
                                        cancellable, error);
}
