/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-audit-private.h"
#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-pinyin.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-person.h"
#include "core/households/cw-roster-rows.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village.h"

/* The columns are the roster's (cw-roster-rows.h): one list for the
 * export and the import, so an export always imports again. Columns that
 * repeat the same few words on every row are stored once, which saves
 * memory and lets the status be looked up once per spelling (see
 * person_status()). */
static const CwImportColumn roster_columns[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_HOUSEHOLD_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("户编号", "家庭编号") },
  [CW_ROSTER_GROUP] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                        CW_IMPORT_ALIASES ("所属小组", "村民小组名称", "小组", "组别") },
  [CW_ROSTER_NAME] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("成员姓名", "人员姓名") },
  [CW_ROSTER_RELATION] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                           CW_IMPORT_ALIASES ("与户主的关系", "户主关系", "关系") },
  [CW_ROSTER_SEX] = { CW_IMPORT_COLUMN_REPEATS, NULL },
  [CW_ROSTER_ID_NUMBER] = { 0, CW_IMPORT_ALIASES ("身份证号码", "公民身份号码", "身份证") },
  [CW_ROSTER_BIRTH_DATE] = { 0, CW_IMPORT_ALIASES ("出生年月日", "出生年月") },
  [CW_ROSTER_ETHNICITY] = { CW_IMPORT_COLUMN_REPEATS, NULL },
  [CW_ROSTER_PHONE] = { 0, CW_IMPORT_ALIASES ("电话", "电话号码", "手机", "手机号码", "联系方式") },
  [CW_ROSTER_POLITICAL] = { CW_IMPORT_COLUMN_REPEATS, NULL },
  [CW_ROSTER_STATUS] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("状态", "在册状态") },
  [CW_ROSTER_TAGS] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("人员类别") },
  [CW_ROSTER_ADDRESS] = { 0, CW_IMPORT_ALIASES ("家庭住址", "现住址", "地址") },
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

/* Persons go in several rows per INSERT: fewer statements means fewer
 * statement journals (see cw-importer-tuning.c), about a tenth faster. A
 * household with more members takes several statements. */
#define PERSONS_PER_INSERT 8
#define PERSON_INSERT_COLUMNS 15

/* What the register holds, loaded once at the start, and the statements.
 * The checking thread only reads the register's tables; it never touches
 * the database. */
typedef struct
{
  CwDatabase    *db;
  GStringChunk  *strings;           /* the register's strings below */
  GHashTable    *existing_numbers;  /* 户号 already in the register */
  GHashTable    *id_owners;         /* ID number → "name\0户号" */
  GHashTable    *retired_groups;    /* names of retired groups */
  guint         *same_id_line;      /* per row: another line with its ID number, or 0 */
  GHashTable    *statuses;          /* checking thread only: 人员状态 as written → code */
  GHashTable    *group_ids;         /* writing thread only: group name → id (gint64 *) */

  /* The audit rows of the households and persons, written once at the
   * end instead of by a trigger per row: a third of the import's time. */
  CwAuditBatch  *audit_households;
  CwAuditBatch  *audit_persons;

  sqlite3_stmt  *insert_household;
  /* [n] inserts n persons; prepared when first needed. */
  sqlite3_stmt  *insert_persons[PERSONS_PER_INSERT + 1];

  /* For persons whose status (迁出, 死亡) needs a date the roster lacks. */
  char          *today;
  const char    *status_reason;
} Households;

/* What the checking thread found out about one household, for the
 * writing thread to act on. */
typedef struct
{
  gboolean     exists;        /* its 户号 is already in the register */
  GPtrArray   *persons;       /* CwPerson per row (NULL for a bad row) */
  GPtrArray   *messages;      /* per row: what is wrong, or NULL */
  gboolean     bad;
  guint        head_index;
  GPtrArray   *search_keys;   /* per row, for a good household */
  CwHousehold *record;        /* for a good household, without its group */
} Verdict;

static gboolean
need_village (CwDatabase  *db,
              GError     **error)
{
  /* Every person gets a pinyin key: ICU compiles while the file is read. */
  cw_pinyin_warm_up ();
  if (cw_village_exists (db))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("The database holds no village yet: create the village before importing households."));
  return FALSE;
}

/* One query per table instead of one per row or household: at 120 000
 * rows that is most of a second, and it leaves the checking thread free
 * of the database. */
static gboolean
load_register (Households  *self,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) numbers = NULL;
  g_autoptr(sqlite3_stmt) owners = NULL;
  g_autoptr(sqlite3_stmt) groups = NULL;
  int rc;

  numbers = cw_database_prepare (self->db, "SELECT number FROM household", error);
  if (numbers == NULL)
    return FALSE;
  while ((rc = sqlite3_step (numbers)) == SQLITE_ROW)
    g_hash_table_add (self->existing_numbers,
                      g_string_chunk_insert (self->strings, (const char *) sqlite3_column_text (numbers, 0)));
  if (rc != SQLITE_DONE)
    return cw_database_fail (self->db, error);

  owners = cw_database_prepare (self->db,
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
      g_hash_table_insert (self->id_owners,
                           g_string_chunk_insert (self->strings, (const char *) sqlite3_column_text (owners, 0)),
                           g_string_chunk_insert_len (self->strings, owner->str, (gssize) owner->len));
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (self->db, error);

  groups = cw_database_prepare (self->db, "SELECT id, name, retired FROM village_group", error);
  if (groups == NULL)
    return FALSE;
  while ((rc = sqlite3_step (groups)) == SQLITE_ROW)
    {
      char *name = g_string_chunk_insert_const (self->strings, (const char *) sqlite3_column_text (groups, 1));
      gint64 id = sqlite3_column_int64 (groups, 0);

      g_hash_table_insert (self->group_ids, name, g_memdup2 (&id, sizeof id));
      if (sqlite3_column_int (groups, 2) != 0)
        g_hash_table_add (self->retired_groups, name);
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (self->db, error);

  return TRUE;
}

/* ID numbers repeated in the file, normalized, so that 43042119491231002x
 * and the same number in full-width digits are seen to be the same. */
static void
find_repeated_ids (Households *self,
                   CwImport   *import)
{
  g_autoptr(GHashTable) first_with_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = cw_import_get_n_rows (import);

  self->same_id_line = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      g_autofree char *normalized = NULL;
      gpointer first;

      if (row->fields[CW_ROSTER_ID_NUMBER][0] == '\0' ||
          !cw_id_number_normalize (row->fields[CW_ROSTER_ID_NUMBER], &normalized, NULL))
        continue;

      first = g_hash_table_lookup (first_with_id, normalized);
      if (first == NULL)
        {
          g_hash_table_insert (first_with_id, g_steal_pointer (&normalized), GUINT_TO_POINTER (i + 1));
          continue;
        }
      self->same_id_line[i] = cw_import_get_row (import, GPOINTER_TO_UINT (first) - 1)->line;
      if (self->same_id_line[GPOINTER_TO_UINT (first) - 1] == 0)
        self->same_id_line[GPOINTER_TO_UINT (first) - 1] = row->line;
    }
}

static gboolean
begin_import (CwImport  *import,
              gpointer   state,
              GError   **error)
{
  Households *self = state;
  GDate today;

  self->db = cw_import_get_database (import);
  self->strings = g_string_chunk_new (64 * 1024);
  self->existing_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  self->id_owners = g_hash_table_new (g_str_hash, g_str_equal);
  self->retired_groups = g_hash_table_new (g_str_hash, g_str_equal);
  self->statuses = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->group_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  cw_date_today (&today);
  self->today = cw_date_format (&today);
  self->status_reason = _("As the imported roster says; the date is the day of the import.");

  find_repeated_ids (self, import);

  self->insert_household =
    cw_database_prepare (self->db,
                         "INSERT INTO household (number, group_id, address, phone) VALUES (?1, ?2, ?3, ?4)",
                         error);
  if (self->insert_household == NULL || !load_register (self, error))
    return FALSE;
  self->audit_households = cw_audit_batch_inserts (self->db, "household", error);
  if (self->audit_households == NULL)
    return FALSE;
  self->audit_persons = cw_audit_batch_inserts (self->db, "person", error);
  return self->audit_persons != NULL;
}

static gboolean
finish_import (CwImport  *import,
               gpointer   state,
               GError   **error)
{
  Households *self = state;

  return cw_audit_batch_finish (self->audit_households, error) &&
         cw_audit_batch_finish (self->audit_persons, error);
}

static void
end_import (gpointer state)
{
  Households *self = state;

  g_clear_pointer (&self->audit_households, cw_audit_batch_free);
  g_clear_pointer (&self->audit_persons, cw_audit_batch_free);
  g_clear_pointer (&self->insert_household, sqlite3_finalize);
  for (guint n = 0; n <= PERSONS_PER_INSERT; n++)
    g_clear_pointer (&self->insert_persons[n], sqlite3_finalize);
  g_clear_pointer (&self->existing_numbers, g_hash_table_unref);
  g_clear_pointer (&self->id_owners, g_hash_table_unref);
  g_clear_pointer (&self->retired_groups, g_hash_table_unref);
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  g_clear_pointer (&self->group_ids, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->same_id_line, g_free);
  g_clear_pointer (&self->today, g_free);
}

/* Checking, in the checking thread */

/* NULL when the ID number is not in the register yet, else a message
 * naming who has it. */
static char *
id_number_owner (Households *self,
                 const char *id_number)
{
  const char *owner = g_hash_table_lookup (self->id_owners, id_number);

  if (owner == NULL)
    return NULL;
  return g_strdup_printf (_("ID number %s is already in the register: it belongs to %s of household %s."),
                          id_number, owner, owner + strlen (owner) + 1);
}

/* A roster says 在册 on nearly every row; the vocabulary compares it with
 * every status's translated label, so remember the answer per spelling
 * (the column repeats, so the pointer is the spelling). */
static const char *
person_status (Households *self,
               const char *text)
{
  static const char unknown[] = "";
  const char *code = g_hash_table_lookup (self->statuses, text);

  if (code == NULL)
    {
      code = cw_vocabulary_person_status_for (text);
      g_hash_table_insert (self->statuses, (gpointer) text, (gpointer) (code != NULL ? code : unknown));
    }
  return code != unknown ? code : NULL;
}

/* Builds the person of one row and checks it; returns what is wrong with
 * the row (a translated sentence) or NULL, with *person_out set. Every
 * person rule is cw_person_validate()'s: only what is particular to a
 * file (a column Excel spoiled, a row of another household's group, an ID
 * number repeated in the file) is judged here. */
static char *
check_row (Households         *self,
           const CwImportRow  *row,
           const CwImportRow  *first,
           CwPerson          **person_out)
{
  const char * const *field = row->fields;
  g_autoptr(CwPerson) person = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *status;

  if (field[CW_ROSTER_GROUP][0] == '\0')
    return g_strdup_printf (_("The column “%s” is empty: every row needs the village group of its household."),
                            cw_roster_columns[CW_ROSTER_GROUP]);
  if (row != first && !g_str_equal (field[CW_ROSTER_GROUP], first->fields[CW_ROSTER_GROUP]))
    return g_strdup_printf (_("The column “%s” says “%s”, but line %u of the same household says “%s”; "
                              "a household belongs to one village group."),
                            cw_roster_columns[CW_ROSTER_GROUP], field[CW_ROSTER_GROUP],
                            first->line, first->fields[CW_ROSTER_GROUP]);

  if (cw_csv_looks_like_excel_number (field[CW_ROSTER_ID_NUMBER]))
    return g_strdup_printf (_("The column “%s” holds “%s”: Excel has turned the ID number into a rounded number "
                              "and its last digits are lost. Format the column as text in Excel or WPS, "
                              "enter the numbers again and save the file again."),
                            cw_roster_columns[CW_ROSTER_ID_NUMBER], field[CW_ROSTER_ID_NUMBER]);

  status = person_status (self, field[CW_ROSTER_STATUS]);
  if (status == NULL)
    return g_strdup_printf (_("The column “%s” says “%s”, which is not a status the register knows "
                              "(在册, 外出务工, 迁出, 死亡)."),
                            cw_roster_columns[CW_ROSTER_STATUS], field[CW_ROSTER_STATUS]);

  person = cw_person_new ();
  /* Only what the row says: a new person's fields are already empty, and
   * a property set is not free at 120 000 rows. */
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
    if (person_property[c] != NULL && field[c][0] != '\0')
      cw_person_set_text (person, person_property[c], field[c]);
  cw_person_set_text (person, "status", status);
  if (!g_str_equal (status, "active") && !g_str_equal (status, "migrant"))
    {
      /* A roster says that someone moved out or died, not when; the
       * register needs a date. The day of the import, said so in the
       * reason, keeps the fact without inventing a date. */
      cw_person_set_text (person, "status-date", self->today);
      cw_person_set_text (person, "status-reason", self->status_reason);
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

static gboolean
is_head (CwPerson *person)
{
  return g_str_equal (cw_person_get_relation (person), "户主");
}

/* The household rules that no single row shows: exactly one head among
 * its present members, and a group that takes households. Returns the
 * problem and sets *row_index to the row it is reported on. */
static char *
check_household (Households         *self,
                 const CwImportUnit *unit,
                 GPtrArray          *persons,
                 guint              *row_index,
                 guint              *head_index)
{
  const CwImportRow *first = unit->rows[0];
  guint absent_head = G_MAXUINT;

  *head_index = G_MAXUINT;
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
                            unit->key, "户主", cw_roster_columns[CW_ROSTER_RELATION]);

  if (g_hash_table_contains (self->retired_groups, first->fields[CW_ROSTER_GROUP]))
    return g_strdup_printf (_("The village group “%s” is retired and takes no new households; "
                              "bring it back in the settings or choose another group."),
                            first->fields[CW_ROSTER_GROUP]);

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
verdict_free (gpointer data)
{
  Verdict *verdict = data;

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
make_record (const CwImportUnit *unit,
             Verdict            *verdict)
{
  GPtrArray *persons = verdict->persons;
  const char *address = unit->rows[verdict->head_index]->fields[CW_ROSTER_ADDRESS];
  const char *phone = cw_person_get_phone (g_ptr_array_index (persons, verdict->head_index));
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < persons->len && (address[0] == '\0' || phone[0] == '\0'); i++)
    {
      if (address[0] == '\0')
        address = unit->rows[i]->fields[CW_ROSTER_ADDRESS];
      if (phone[0] == '\0')
        phone = cw_person_get_phone (g_ptr_array_index (persons, i));
    }

  verdict->record = cw_household_new ();
  cw_household_set_text (verdict->record, "number", unit->key);
  cw_household_set_text (verdict->record, "address", address);
  cw_household_set_text (verdict->record, "phone", phone);
  /* The group may not exist yet; the writing thread sets the real id.
   * Until then any id passes the rule that a household has a group. */
  cw_household_set_group_id (verdict->record, G_MAXINT64);
  if (cw_household_validate (verdict->record, &local_error))
    return NULL;
  return g_strdup (local_error->message);
}

/* The problem of the household as a whole, reported on one of its rows. */
static void
set_problem (Verdict *verdict,
             guint    row_index,
             char    *message)
{
  g_free (g_ptr_array_index (verdict->messages, row_index));
  g_ptr_array_index (verdict->messages, row_index) = message;
  verdict->bad = TRUE;
}

/* Everything about one household that needs no database: run by the
 * checking thread, ahead of the writing. */
static gpointer
judge_household (CwImport           *import,
                 const CwImportUnit *unit,
                 gpointer            state)
{
  Households *self = state;
  Verdict *verdict = g_new0 (Verdict, 1);
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

  if (!verdict->bad &&
      (problem = check_household (self, unit, verdict->persons, &problem_row, &verdict->head_index)) != NULL)
    set_problem (verdict, problem_row, problem);
  if (!verdict->bad && (problem = make_record (unit, verdict)) != NULL)
    set_problem (verdict, 0, problem);

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

/* Writing, in the importing thread */

/* The group's id, made on first use: a group is only created for a
 * household that goes in, so refused rows never leave an empty group. */
static gint64
ensure_group (Households  *self,
              CwImport    *import,
              const char  *name,
              GError     **error)
{
  gint64 *id = g_hash_table_lookup (self->group_ids, name);
  g_autoptr(CwVillageGroup) made = NULL;
  gint64 made_id;

  if (id != NULL)
    return *id;

  made = cw_village_group_add (self->db, name, error);
  if (made == NULL)
    return 0;
  made_id = cw_village_group_get_id (made);
  g_hash_table_insert (self->group_ids, (gpointer) name, g_memdup2 (&made_id, sizeof made_id));
  cw_import_add_name (import, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED, cw_village_group_get_name (made));
  cw_import_changed (import, "village_group");
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
persons_statement (Households  *self,
                   guint        n,
                   GError     **error)
{
  g_autoptr(GString) sql = NULL;

  if (self->insert_persons[n] != NULL)
    return self->insert_persons[n];

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
  self->insert_persons[n] = cw_database_prepare (self->db, sql->str, error);
  return self->insert_persons[n];
}

/* Inserts @n persons (at most PERSONS_PER_INSERT) with one statement,
 * numbered from @first_position. */
static gboolean
insert_persons (Households   *self,
                gint64        household_id,
                int           first_position,
                CwPerson    **persons,
                const char  **search_keys,
                guint         n,
                GError      **error)
{
  sqlite3_stmt *stmt = persons_statement (self, n, error);
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
  ok = cw_database_step_done (self->db, stmt, error);
  /* Ends the statement before the strings it points to go. */
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
write_household (Households          *self,
                 CwImport            *import,
                 const CwImportUnit  *unit,
                 Verdict             *verdict,
                 GError             **error)
{
  GPtrArray *persons = verdict->persons;
  guint head_index = verdict->head_index;
  g_autoptr(GPtrArray) ordered = g_ptr_array_sized_new (persons->len);
  g_autoptr(GPtrArray) keys = g_ptr_array_sized_new (persons->len);
  sqlite3_stmt *stmt = self->insert_household;
  gint64 group_id, household_id;
  gboolean ok;

  group_id = ensure_group (self, import, unit->rows[0]->fields[CW_ROSTER_GROUP], error);
  if (group_id == 0)
    return FALSE;

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, cw_household_get_number (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, group_id);
  sqlite3_bind_text (stmt, 3, cw_household_get_address (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cw_household_get_phone (verdict->record), -1, SQLITE_STATIC);
  ok = cw_database_step_done (self->db, stmt, error);
  sqlite3_reset (stmt);
  if (!ok)
    return FALSE;
  household_id = sqlite3_last_insert_rowid (cw_database_get_handle (self->db));

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

      if (!insert_persons (self, household_id, (int) done + 1,
                           (CwPerson **) ordered->pdata + done, (const char **) keys->pdata + done,
                           n, error))
        return FALSE;
    }

  cw_import_count (import, CW_HOUSEHOLD_IMPORT_PERSONS, persons->len);
  cw_import_changed (import, "household");
  cw_import_changed (import, "person");
  return TRUE;
}

/* Acts on a verdict: the report for a refused household, the rows for a
 * good one. FALSE only on a database error. */
static gboolean
settle_household (CwImport            *import,
                  const CwImportUnit  *unit,
                  gpointer             data,
                  gpointer             state,
                  GError             **error)
{
  Verdict *verdict = data;

  if (verdict->exists)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Household %s is already in the register and was left as it is; "
                                      "its %u row in this file was not imported.",
                                      "Household %s is already in the register and was left as it is; "
                                      "its %u rows in this file were not imported.",
                                      unit->n_rows),
                         unit->key, unit->n_rows);

      /* One line, not one per row: importing the same file twice must not
       * bury the clerk in a line for every person. */
      cw_import_refuse_unit (import, unit->rows[0]->line, message);
      return TRUE;
    }

  if (verdict->bad)
    {
      for (guint i = 0; i < unit->n_rows; i++)
        if (g_ptr_array_index (verdict->messages, i) != NULL)
          cw_import_refuse_row (import, unit->rows[i], NULL, g_ptr_array_index (verdict->messages, i));
      return TRUE;
    }

  return write_household (state, import, unit, verdict, error);
}

const CwImporter cw_household_importer = {
  .unit = "households",
  .column_names = cw_roster_columns,
  .columns = roster_columns,
  .unit_column = CW_ROSTER_HOUSEHOLD_NUMBER,
  .unit_key_missing = N_("The column “%s” is empty: every row needs the number of its household."),
  .unit_rows_skipped = N_("Skipped because line %u of the same household is wrong; "
                          "a household goes in whole or not at all."),
  .state_size = sizeof (Households),
  .prepare = need_village,
  .begin = begin_import,
  .check = judge_household,
  .free_verdict = verdict_free,
  .write = settle_household,
  .finish = finish_import,
  .end = end_import,
};
