/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/common/cw-pinyin.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village.h"
#include "core/households/cw-roster-rows.h"
#include "core/households/cw-vocabulary.h"

/* The columns are the roster's (cw-roster-rows.h): one list for the
 * export and the import, so an export always imports again. */

const char * const cw_household_import_required_columns[] = {
  "户号", "村民小组", "姓名", "与户主关系",
  NULL
};

/* Where a column's value goes on a CwPerson; NULL for household columns
 * and for those the importer maps itself. */
static const char * const person_property[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_NAME] = "name",
  [CW_ROSTER_RELATION] = "relation",
  [CW_ROSTER_SEX] = "sex",
  [CW_ROSTER_ID_NUMBER] = "id-number",
  [CW_ROSTER_BIRTH_DATE] = "birth-date",
  [CW_ROSTER_ETHNICITY] = "ethnicity",
  [CW_ROSTER_PHONE] = "phone",
  [CW_ROSTER_POLITICAL] = "political",
  [CW_ROSTER_TAGS] = "tags",
};

/* Columns that repeat the same few words on every row are interned,
 * which saves memory and lets the status be looked up once per spelling
 * (see person_status()); names and numbers are not worth the hashing. */
static const gboolean interned_column[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_GROUP] = TRUE,
  [CW_ROSTER_RELATION] = TRUE,
  [CW_ROSTER_SEX] = TRUE,
  [CW_ROSTER_ETHNICITY] = TRUE,
  [CW_ROSTER_POLITICAL] = TRUE,
  [CW_ROSTER_STATUS] = TRUE,
  [CW_ROSTER_TAGS] = TRUE,
};

/* At most this many progress calls per import, so that a window's
 * progress bar is not flooded from 30 000 households. */
#define PROGRESS_STEPS 200

/* Persons go in several rows per INSERT: fewer statements means fewer
 * statement journals (see keep_journal_in_memory()), about a tenth
 * faster. A household with more members takes several statements. */
#define PERSONS_PER_INSERT 8
#define PERSON_INSERT_COLUMNS 15

typedef struct
{
  guint       line;
  /* Into Import.strings; "" for an empty field or a missing column. */
  const char *field[CW_ROSTER_N_COLUMNS];
  /* Another line of the file with the same ID number, 0 if none. */
  guint       same_id_line;
} Row;

typedef struct
{
  const char *number;
  GArray     *rows;       /* indexes into Import.rows, in file order */
} Household;

/* What the checking thread found out about one household, for the
 * writing thread to act on. */
typedef struct
{
  Household  *household;
  gboolean    exists;          /* its 户号 is already in the register */
  GPtrArray  *persons;         /* CwPerson per row (NULL for a bad row) */
  GPtrArray  *messages;        /* per row: what is wrong, or NULL */
  guint       first_bad_line;  /* G_MAXUINT when the household is good */
  guint       head_index;
  GPtrArray  *search_keys;     /* per row, for a good household */
  CwHousehold *record;         /* for a good household, without its group */
} Verdict;

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
  int                    saved_temp_store;
  gint64                 saved_cache_size;

  /* What the register holds, loaded once at the start. The checking
   * thread only reads these; it never touches the database. */
  GHashTable            *existing_numbers;  /* 户号 already in the register */
  GHashTable            *id_owners;         /* ID number → "name\0户号" */
  GHashTable            *retired_groups;    /* names of retired groups */
  GHashTable            *statuses;          /* checking thread only: 人员状态 as written → code */

  /* Writing thread only: group name → id (as gint64 *). */
  GHashTable            *group_ids;

  /* Verdicts travel from the checking thread to the writing one; slots
   * bound how far the checking runs ahead, and so the memory. */
  GAsyncQueue           *verdicts;
  GAsyncQueue           *slots;
  GThread               *checker;
  gint                   stop;

  sqlite3_stmt          *insert_household;
  /* [n] inserts n persons; prepared when first needed. */
  sqlite3_stmt          *insert_persons[PERSONS_PER_INSERT + 1];

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
  g_clear_pointer (&import->existing_numbers, g_hash_table_unref);
  g_clear_pointer (&import->id_owners, g_hash_table_unref);
  g_clear_pointer (&import->retired_groups, g_hash_table_unref);
  g_clear_pointer (&import->statuses, g_hash_table_unref);
  g_clear_pointer (&import->group_ids, g_hash_table_unref);
  g_clear_pointer (&import->verdicts, g_async_queue_unref);
  g_clear_pointer (&import->slots, g_async_queue_unref);
  g_clear_pointer (&import->insert_household, sqlite3_finalize);
  for (guint n = 0; n <= PERSONS_PER_INSERT; n++)
    g_clear_pointer (&import->insert_persons[n], sqlite3_finalize);
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
  g_autoptr(GHashTable) first_with_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;

  while (cw_csv_reader_next (reader, &local_error))
    {
      Row row = { 0 };
      g_autofree char *normalized = NULL;

      row.line = cw_csv_reader_get_line (reader);
      for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
        {
          const char *value = cw_csv_reader_get (reader, cw_roster_columns[c]);

          if (value == NULL || value[0] == '\0')
            row.field[c] = "";
          else if (interned_column[c])
            row.field[c] = g_string_chunk_insert_const (import->strings, value);
          else
            row.field[c] = g_string_chunk_insert (import->strings, value);
        }

      /* Normalized, so that 43042119491231002x and the same number in
       * full-width digits are seen to be the same. */
      if (row.field[CW_ROSTER_ID_NUMBER][0] != '\0' &&
          cw_id_number_normalize (row.field[CW_ROSTER_ID_NUMBER], &normalized, NULL))
        {
          gpointer first = g_hash_table_lookup (first_with_id, normalized);

          if (first != NULL)
            {
              Row *earlier = row_at (import, GPOINTER_TO_UINT (first) - 1);

              row.same_id_line = earlier->line;
              if (earlier->same_id_line == 0)
                earlier->same_id_line = row.line;
            }
          else
            g_hash_table_insert (first_with_id, g_steal_pointer (&normalized),
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
      const char *number = row->field[CW_ROSTER_HOUSEHOLD_NUMBER];
      Household *household;

      if (number[0] == '\0')
        {
          g_autofree char *message =
            g_strdup_printf (_("The column “%s” is empty: every row needs the number of its household."),
                             cw_roster_columns[CW_ROSTER_HOUSEHOLD_NUMBER]);

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

/* One query per table instead of one per row or household: at 120 000
 * rows that is most of a second, and it leaves the checking thread free
 * of the database. Strings go into the import's chunk. */
static gboolean
load_register (Import  *import,
               GError **error)
{
  g_autoptr(sqlite3_stmt) numbers = NULL;
  g_autoptr(sqlite3_stmt) owners = NULL;
  g_autoptr(sqlite3_stmt) groups = NULL;
  int rc;

  numbers = cw_database_prepare (import->db, "SELECT number FROM household", error);
  if (numbers == NULL)
    return FALSE;
  while ((rc = sqlite3_step (numbers)) == SQLITE_ROW)
    g_hash_table_add (import->existing_numbers,
                      g_string_chunk_insert (import->strings, (const char *) sqlite3_column_text (numbers, 0)));
  if (rc != SQLITE_DONE)
    return cw_database_fail (import->db, error);

  owners = cw_database_prepare (import->db,
                                "SELECT p.id_number, p.name, h.number FROM person p "
                                "JOIN household h ON h.id = p.household_id WHERE p.id_number IS NOT NULL",
                                error);
  if (owners == NULL)
    return FALSE;
  while ((rc = sqlite3_step (owners)) == SQLITE_ROW)
    {
      g_autoptr(GString) owner = g_string_new ((const char *) sqlite3_column_text (owners, 1));

      g_string_append_c (owner, '\0');
      g_string_append (owner, (const char *) sqlite3_column_text (owners, 2));
      g_hash_table_insert (import->id_owners,
                           g_string_chunk_insert (import->strings, (const char *) sqlite3_column_text (owners, 0)),
                           g_string_chunk_insert_len (import->strings, owner->str, (gssize) owner->len));
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (import->db, error);

  groups = cw_database_prepare (import->db, "SELECT id, name, retired FROM village_group", error);
  if (groups == NULL)
    return FALSE;
  while ((rc = sqlite3_step (groups)) == SQLITE_ROW)
    {
      char *name = g_string_chunk_insert_const (import->strings, (const char *) sqlite3_column_text (groups, 1));
      gint64 id = sqlite3_column_int64 (groups, 0);

      g_hash_table_insert (import->group_ids, name, g_memdup2 (&id, sizeof id));
      if (sqlite3_column_int (groups, 2) != 0)
        g_hash_table_add (import->retired_groups, name);
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (import->db, error);

  return TRUE;
}

/* NULL when the ID number is not in the register yet, else a message
 * naming who has it. */
static char *
id_number_owner (Import     *import,
                 const char *id_number)
{
  const char *owner = g_hash_table_lookup (import->id_owners, id_number);

  if (owner == NULL)
    return NULL;
  return g_strdup_printf (_("ID number %s is already in the register: it belongs to %s of household %s."),
                          id_number, owner, owner + strlen (owner) + 1);
}

/* A roster says 在册 on nearly every row; the vocabulary compares it with
 * every status's translated label, so remember the answer per spelling
 * (the column is interned, so the pointer is the spelling). */
static const char *
person_status (Import     *import,
               const char *text)
{
  static const char unknown[] = "";
  const char *code = g_hash_table_lookup (import->statuses, text);

  if (code == NULL)
    {
      code = cw_vocabulary_person_status_for (text);
      g_hash_table_insert (import->statuses, (gpointer) text, (gpointer) (code != NULL ? code : unknown));
    }
  return code != unknown ? code : NULL;
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
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
    if (!g_utf8_validate (row->field[c], -1, NULL))
      return g_strdup_printf (_("The column “%s” is not valid text."), cw_roster_columns[c]);

  if (row->field[CW_ROSTER_GROUP][0] == '\0')
    return g_strdup_printf (_("The column “%s” is empty: every row needs the village group of its household."),
                            cw_roster_columns[CW_ROSTER_GROUP]);
  if (row != first && !g_str_equal (row->field[CW_ROSTER_GROUP], first->field[CW_ROSTER_GROUP]))
    return g_strdup_printf (_("The column “%s” says “%s”, but line %u of the same household says “%s”; "
                              "a household belongs to one village group."),
                            cw_roster_columns[CW_ROSTER_GROUP], row->field[CW_ROSTER_GROUP],
                            first->line, first->field[CW_ROSTER_GROUP]);

  if (cw_csv_looks_like_excel_number (row->field[CW_ROSTER_ID_NUMBER]))
    return g_strdup_printf (_("The column “%s” holds “%s”: Excel has turned the ID number into a rounded number "
                              "and its last digits are lost. Format the column as text in Excel or WPS, "
                              "enter the numbers again and save the file again."),
                            cw_roster_columns[CW_ROSTER_ID_NUMBER], row->field[CW_ROSTER_ID_NUMBER]);

  status = person_status (import, row->field[CW_ROSTER_STATUS]);
  if (status == NULL)
    return g_strdup_printf (_("The column “%s” says “%s”, which is not a status the register knows "
                              "(在册, 外出务工, 迁出, 死亡)."),
                            cw_roster_columns[CW_ROSTER_STATUS], row->field[CW_ROSTER_STATUS]);

  person = cw_person_new ();
  /* Only what the row says: a new person's fields are already empty, and
   * a property set is not free at 120 000 rows. */
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
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
                              household->number, "户主", cw_roster_columns[CW_ROSTER_RELATION]);
    }

  if (g_hash_table_contains (import->retired_groups, first->field[CW_ROSTER_GROUP]))
    {
      *line = first->line;
      return g_strdup_printf (_("The village group “%s” is retired and takes no new households; "
                                "bring it back in the settings or choose another group."),
                              first->field[CW_ROSTER_GROUP]);
    }

  return NULL;
}

static void
unref_person (gpointer person)
{
  /* A refused row has no person. */
  if (person != NULL)
    g_object_unref (person);
}

static void
verdict_free (Verdict *verdict)
{
  g_clear_pointer (&verdict->persons, g_ptr_array_unref);
  g_clear_pointer (&verdict->messages, g_ptr_array_unref);
  g_clear_pointer (&verdict->search_keys, g_ptr_array_unref);
  g_clear_object (&verdict->record);
  g_free (verdict);
}

/* The household's own record, checked by the households module's rules
 * like one typed in the window. Rosters often write the address and phone
 * on the head's row only; a member's will do when the head's is empty.
 * Returns what is wrong (reported on the first row), or NULL. */
static char *
make_record (Import   *import,
             Verdict  *verdict,
             guint    *line)
{
  Household *household = verdict->household;
  GPtrArray *persons = verdict->persons;
  const Row *head_row = row_at (import, g_array_index (household->rows, guint, verdict->head_index));
  const char *address = head_row->field[CW_ROSTER_ADDRESS];
  const char *phone = cw_person_get_phone (g_ptr_array_index (persons, verdict->head_index));
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < persons->len && (address[0] == '\0' || phone[0] == '\0'); i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));

      if (address[0] == '\0')
        address = row->field[CW_ROSTER_ADDRESS];
      if (phone[0] == '\0')
        phone = cw_person_get_phone (g_ptr_array_index (persons, i));
    }

  verdict->record = cw_household_new ();
  cw_household_set_text (verdict->record, "number", household->number);
  cw_household_set_text (verdict->record, "address", address);
  cw_household_set_text (verdict->record, "phone", phone);
  /* The group may not exist yet; the writing thread sets the real id.
   * Until then any id passes the rule that a household has a group. */
  cw_household_set_group_id (verdict->record, G_MAXINT64);
  if (cw_household_validate (verdict->record, &local_error))
    return NULL;

  *line = row_at (import, g_array_index (household->rows, guint, 0))->line;
  return g_strdup (local_error->message);
}

/* Everything about one household that needs no database: run by the
 * checking thread, ahead of the writing. */
static Verdict *
judge_household (Import    *import,
                 Household *household)
{
  guint n = household->rows->len;
  const Row *first = row_at (import, g_array_index (household->rows, guint, 0));
  Verdict *verdict = g_new0 (Verdict, 1);
  g_autofree char *household_problem = NULL;
  guint problem_line = 0;

  verdict->household = household;
  verdict->first_bad_line = G_MAXUINT;
  verdict->head_index = G_MAXUINT;

  if (g_hash_table_contains (import->existing_numbers, household->number))
    {
      verdict->exists = TRUE;
      verdict->first_bad_line = first->line;
      return verdict;
    }

  verdict->persons = g_ptr_array_new_full (n, unref_person);
  verdict->messages = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));
      CwPerson *person = NULL;
      char *message = check_row (import, row, first, &person);

      g_ptr_array_add (verdict->messages, message);
      g_ptr_array_add (verdict->persons, person);
      if (message != NULL)
        verdict->first_bad_line = MIN (verdict->first_bad_line, row->line);
    }

  if (verdict->first_bad_line == G_MAXUINT)
    {
      household_problem = check_household (import, household, verdict->persons,
                                           &problem_line, &verdict->head_index);
      if (household_problem != NULL)
        {
          for (guint i = 0; i < n; i++)
            if (row_at (import, g_array_index (household->rows, guint, i))->line == problem_line)
              {
                g_free (g_ptr_array_index (verdict->messages, i));
                g_ptr_array_index (verdict->messages, i) = g_steal_pointer (&household_problem);
                break;
              }
          verdict->first_bad_line = problem_line;
        }
    }

  if (verdict->first_bad_line == G_MAXUINT)
    {
      household_problem = make_record (import, verdict, &problem_line);
      if (household_problem != NULL)
        {
          g_ptr_array_index (verdict->messages, 0) = g_steal_pointer (&household_problem);
          verdict->first_bad_line = problem_line;
        }
    }

  if (verdict->first_bad_line == G_MAXUINT)
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

/* A free slot that is not a spent verdict. */
static char empty_slot;

/* The checking thread: judges the households in order, never more than
 * the free slots ahead of the writing thread. Spent verdicts come back as
 * slots and are freed here, which keeps that work off the writing
 * thread too. */
static gpointer
check_households (gpointer data)
{
  Import *import = data;

  for (guint i = 0; i < import->households->len; i++)
    {
      gpointer slot = g_async_queue_pop (import->slots);

      if (slot != &empty_slot)
        verdict_free (slot);
      if (g_atomic_int_get (&import->stop))
        break;
      g_async_queue_push (import->verdicts, judge_household (import, g_ptr_array_index (import->households, i)));
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
  gint64 *id = g_hash_table_lookup (import->group_ids, name);
  g_autoptr(CwVillageGroup) made = NULL;
  gint64 made_id;

  if (id != NULL)
    return *id;

  made = cw_village_group_add (import->db, name, error);
  if (made == NULL)
    return 0;
  made_id = cw_village_group_get_id (made);
  g_hash_table_insert (import->group_ids, (gpointer) name, g_memdup2 (&made_id, sizeof made_id));
  cw_import_report_add_group_created (import->report, cw_village_group_get_name (made));
  return made_id;
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

static sqlite3_stmt *
persons_statement (Import  *import,
                   guint    n,
                   GError **error)
{
  g_autoptr(GString) sql = NULL;

  if (import->insert_persons[n] != NULL)
    return import->insert_persons[n];

  sql = g_string_new ("INSERT INTO person (household_id, position, name, relation, sex, birth_date, "
                      "id_number, ethnicity, phone, political, tags, status, status_date, "
                      "status_reason, search_key) VALUES ");
  for (guint i = 0; i < n; i++)
    {
      g_string_append (sql, i > 0 ? ", (" : "(");
      for (guint c = 1; c <= PERSON_INSERT_COLUMNS; c++)
        g_string_append_printf (sql, "%s?%u", c > 1 ? ", " : "", i * PERSON_INSERT_COLUMNS + c);
      g_string_append_c (sql, ')');
    }
  import->insert_persons[n] = cw_database_prepare (import->db, sql->str, error);
  return import->insert_persons[n];
}

/* Inserts @n persons (at most PERSONS_PER_INSERT) with one statement,
 * numbered from @first_position. */
static gboolean
insert_persons (Import       *import,
                gint64        household_id,
                int           first_position,
                CwPerson    **persons,
                const char  **search_keys,
                guint         n,
                GError      **error)
{
  sqlite3_stmt *stmt = persons_statement (import, n, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  sqlite3_reset (stmt);
  for (guint i = 0; i < n; i++)
    {
      CwPerson *person = persons[i];
      int base = (int) (i * PERSON_INSERT_COLUMNS);

      sqlite3_bind_int64 (stmt, base + 1, household_id);
      sqlite3_bind_int (stmt, base + 2, first_position + (int) i);
      sqlite3_bind_text (stmt, base + 3, cw_person_get_name (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 4, cw_person_get_relation (person), -1, SQLITE_STATIC);
      bind_text_or_null (stmt, base + 5, cw_person_get_sex (person));
      bind_text_or_null (stmt, base + 6, cw_person_get_birth_date (person));
      bind_text_or_null (stmt, base + 7, cw_person_get_id_number (person));
      sqlite3_bind_text (stmt, base + 8, cw_person_get_ethnicity (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 9, cw_person_get_phone (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 10, cw_person_get_political (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 11, cw_person_get_tags (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 12, cw_person_get_status (person), -1, SQLITE_STATIC);
      bind_text_or_null (stmt, base + 13, cw_person_get_status_date (person));
      sqlite3_bind_text (stmt, base + 14, cw_person_get_status_reason (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 15, search_keys[i], -1, SQLITE_STATIC);
    }
  ok = cw_database_step_done (import->db, stmt, error);
  /* Ends the statement before the strings it points to go. */
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
write_household (Import    *import,
                 Verdict   *verdict,
                 GError   **error)
{
  Household *household = verdict->household;
  GPtrArray *persons = verdict->persons;
  guint head_index = verdict->head_index;
  const Row *first = row_at (import, g_array_index (household->rows, guint, 0));
  g_autoptr(GPtrArray) ordered = g_ptr_array_sized_new (persons->len);
  g_autoptr(GPtrArray) keys = g_ptr_array_sized_new (persons->len);
  sqlite3_stmt *stmt = import->insert_household;
  gint64 group_id, household_id;
  gboolean ok;

  group_id = ensure_group (import, first->field[CW_ROSTER_GROUP], error);
  if (group_id == 0)
    return FALSE;

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, cw_household_get_number (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, cw_household_get_address (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cw_household_get_phone (verdict->record), -1, SQLITE_STATIC);
  ok = cw_database_step_done (import->db, stmt, error);
  sqlite3_reset (stmt);
  if (!ok)
    return FALSE;
  household_id = sqlite3_last_insert_rowid (cw_database_get_handle (import->db));

  /* Head first, the others in file order. */
  g_ptr_array_add (ordered, g_ptr_array_index (persons, head_index));
  g_ptr_array_add (keys, g_ptr_array_index (verdict->search_keys, head_index));
  for (guint i = 0; i < persons->len; i++)
    if (i != head_index)
      {
        g_ptr_array_add (ordered, g_ptr_array_index (persons, i));
        g_ptr_array_add (keys, g_ptr_array_index (verdict->search_keys, i));
      }

  for (guint done = 0; done < ordered->len; done += PERSONS_PER_INSERT)
    {
      guint n = MIN (PERSONS_PER_INSERT, ordered->len - done);

      if (!insert_persons (import, household_id, (int) done + 1,
                           (CwPerson **) ordered->pdata + done, (const char **) keys->pdata + done,
                           n, error))
        return FALSE;
    }
  return TRUE;
}

static void
refuse_household (Import   *import,
                  Verdict  *verdict)
{
  Household *household = verdict->household;
  guint n = household->rows->len;
  g_autofree char *skipped = NULL;

  if (verdict->exists)
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
      cw_import_report_add_problem (import->report, verdict->first_bad_line, household->number, message);
      cw_import_report_add_refused (import->report, 1, n);
      return;
    }

  skipped = g_strdup_printf (_("Skipped because line %u of the same household is wrong; "
                               "a household goes in whole or not at all."),
                             verdict->first_bad_line);
  for (guint i = 0; i < n; i++)
    {
      const Row *row = row_at (import, g_array_index (household->rows, guint, i));
      const char *message = g_ptr_array_index (verdict->messages, i);

      cw_import_report_add_problem (import->report, row->line, household->number,
                                    message != NULL ? message : skipped);
    }
  cw_import_report_add_refused (import->report, 1, n);
}

/* Acts on a verdict in the writing thread: the report for a refused
 * household, the rows for a good one. FALSE only on a database error. */
static gboolean
settle_household (Import    *import,
                  Verdict   *verdict,
                  GError   **error)
{
  if (verdict->first_bad_line != G_MAXUINT)
    {
      refuse_household (import, verdict);
      return TRUE;
    }
  if (!write_household (import, verdict, error))
    return FALSE;
  cw_import_report_add_imported (import->report, 1, verdict->household->rows->len);
  return TRUE;
}

/* How many households the checking thread may be ahead. */
#define VERDICTS_AHEAD 64

static void
start_checker (Import *import)
{
  import->verdicts = g_async_queue_new ();
  import->slots = g_async_queue_new ();
  for (guint i = 0; i < VERDICTS_AHEAD; i++)
    g_async_queue_push (import->slots, &empty_slot);
  /* Without a thread the writing thread judges each household itself. */
  import->checker = g_thread_try_new ("cw-import-check", check_households, import, NULL);
}

static Verdict *
next_verdict (Import *import,
              guint   index)
{
  if (import->checker == NULL)
    return judge_household (import, g_ptr_array_index (import->households, index));
  return g_async_queue_pop (import->verdicts);
}

static void
spend_verdict (Import  *import,
               Verdict *verdict)
{
  if (import->checker == NULL)
    verdict_free (verdict);
  else
    g_async_queue_push (import->slots, verdict);
}

static void
stop_checker (Import *import)
{
  Verdict *left;

  if (import->checker == NULL)
    return;
  /* Wakes it if it waits for a slot; it then sees the flag. */
  g_atomic_int_set (&import->stop, 1);
  g_async_queue_push (import->slots, &empty_slot);
  g_thread_join (g_steal_pointer (&import->checker));
  while ((left = g_async_queue_try_pop (import->verdicts)) != NULL)
    verdict_free (left);
  while ((left = g_async_queue_try_pop (import->slots)) != NULL)
    if ((gpointer) left != (gpointer) &empty_slot)
      verdict_free (left);
}

/* Every insert here is a statement with triggers (the audit log) and a
 * foreign key, for which SQLite keeps a statement journal. With the
 * default temp_store that journal becomes a temporary file as soon as one
 * statement journals more than 64 KiB, and from then on every insert costs
 * a dozen write() calls: a 120 000-person import took minutes instead of
 * seconds. In memory it costs a memcpy. Changing temp_store drops the
 * connection's TEMP tables, so it is left alone when there are any.
 * Returns the setting to restore, or -1. */
static int
keep_journal_in_memory (CwDatabase *db)
{
  gint64 previous;

  if (cw_database_in_transaction (db))
    return -1;
  previous = cw_database_query_int (db, "PRAGMA temp_store", -1);
  if (previous < 0 || previous == 2)
    return -1;
  if (cw_database_query_int (db, "SELECT count(*) FROM temp.sqlite_master", 1) != 0)
    return -1;
  if (!cw_database_exec (db, "PRAGMA temp_store = MEMORY", NULL))
    return -1;
  return (int) previous;
}

static void
restore_temp_store (CwDatabase *db,
                    int         previous)
{
  g_autofree char *sql = NULL;

  if (previous < 0)
    return;
  sql = g_strdup_printf ("PRAGMA temp_store = %d", previous);
  cw_database_exec (db, sql, NULL);
}

/* SQLite's default page cache (2 MB) is smaller than the pages an import
 * keeps changing (the indexes of person and of the audit log), so SQLite
 * keeps writing pages out to the WAL and reading them back: 8 MB takes
 * about a tenth off a 120 000-person import, for 8 MB more memory while it
 * runs. Returns the setting to restore, or 0. */
#define IMPORT_CACHE_KIB 8192

static gint64
enlarge_cache (CwDatabase *db)
{
  gint64 previous = cw_database_query_int (db, "PRAGMA cache_size", 0);
  gint64 page_size = cw_database_query_int (db, "PRAGMA page_size", 4096);
  /* Negative: KiB; positive: pages. */
  gint64 kib = previous < 0 ? -previous : previous * page_size / 1024;

  if (previous == 0 || kib >= IMPORT_CACHE_KIB)
    return 0;
  if (!cw_database_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (IMPORT_CACHE_KIB), NULL))
    return 0;
  return previous;
}

static void
restore_cache (CwDatabase *db,
               gint64      previous)
{
  g_autofree char *sql = NULL;

  if (previous == 0)
    return;
  sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, previous);
  cw_database_exec (db, sql, NULL);
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

/* Judges and writes every household, in one open transaction. */
static gboolean
import_households (Import  *import,
                   GError **error)
{
  gboolean ok = TRUE;

  import->insert_household =
    cw_database_prepare (import->db,
                         "INSERT INTO household (number, group_id, address, phone) VALUES (?1, ?2, ?3, ?4)",
                         error);
  if (import->insert_household == NULL || !load_register (import, error))
    return FALSE;

  /* Checking (validation, pinyin) runs beside the writing, which is
   * SQLite's and the audit triggers' work: on two cores the import takes
   * about as long as the writing alone. */
  start_checker (import);
  for (guint i = 0; ok && i < import->households->len; i++)
    {
      Verdict *verdict;

      if (cancelled (import, error))
        {
          ok = FALSE;
          break;
        }
      verdict = next_verdict (import, i);
      ok = settle_household (import, verdict, error);
      import->done_rows += verdict->household->rows->len;
      spend_verdict (import, verdict);
      report_progress (import, FALSE);
    }
  stop_checker (import);

  /* Finalized before the transaction ends, so that none holds it open. */
  g_clear_pointer (&import->insert_household, sqlite3_finalize);
  for (guint n = 0; n <= PERSONS_PER_INSERT; n++)
    g_clear_pointer (&import->insert_persons[n], sqlite3_finalize);
  return ok;
}

static CwImportReport *
run_import (Import       *import,
            CwCsvReader  *reader,
            GError      **error)
{
  GDate today;

  if (!cw_village_exists (import->db))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                           _("The database holds no village yet: create the village before importing households."));
      return NULL;
    }

  if (!cw_csv_reader_find_header (reader, cw_household_import_required_columns,
                                  cw_roster_columns, error))
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

  import->saved_temp_store = keep_journal_in_memory (import->db);
  import->saved_cache_size = enlarge_cache (import->db);

  /* One transaction for everything, in a dry run too: the report then
   * comes from the very same work, and the rollback undoes it. */
  if (!cw_database_begin (import->db, error))
    return NULL;
  if (!import_households (import, error))
    {
      cw_database_rollback (import->db);
      return NULL;
    }

  /* Rows without a 户号 are settled too. */
  import->done_rows = import->rows->len;

  if (import->dry_run)
    cw_database_rollback (import->db);
  else if (!cw_database_commit (import->db, error))
    return NULL;

  report_progress (import, TRUE);

  if (!import->dry_run && cw_import_report_get_households_imported (import->report) > 0)
    {
      if (cw_import_report_get_groups_created (import->report)[0] != NULL)
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
  import->existing_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  import->id_owners = g_hash_table_new (g_str_hash, g_str_equal);
  import->retired_groups = g_hash_table_new (g_str_hash, g_str_equal);
  import->statuses = g_hash_table_new (g_direct_hash, g_direct_equal);
  import->group_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  import->saved_temp_store = -1;
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
  restore_temp_store (db, import.saved_temp_store);
  restore_cache (db, import.saved_cache_size);

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
