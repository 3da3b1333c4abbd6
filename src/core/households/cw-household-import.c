/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-household-import-private.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village.h"

#define PERSON_INSERT_COLUMNS 19

static gboolean
need_village (CwDatabase  *db,
              GError     **error)
{
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
load_register (CwHouseholdImport *self,
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
find_repeated_ids (CwHouseholdImport *self,
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
  CwHouseholdImport *self = state;
  GDate today;

  self->db = cw_import_get_database (import);
  self->strings = g_string_chunk_new (64 * 1024);
  self->existing_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  self->id_owners = g_hash_table_new (g_str_hash, g_str_equal);
  self->retired_groups = g_hash_table_new (g_str_hash, g_str_equal);
  self->statuses = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->household_statuses = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->group_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  cw_date_today (&today);
  self->today = cw_date_format (&today);
  self->has_household_phone = cw_import_has_column (import, CW_ROSTER_HOUSEHOLD_PHONE);

  find_repeated_ids (self, import);

  self->insert_household =
    cw_database_prepare (self->db,
                         "INSERT INTO household (number, group_id, address, phone, tags, notes, status, "
                         "status_date, status_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
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
  CwHouseholdImport *self = state;

  return cw_audit_batch_finish (self->audit_households, error) &&
         cw_audit_batch_finish (self->audit_persons, error);
}

static void
end_import (gpointer state)
{
  CwHouseholdImport *self = state;

  g_clear_pointer (&self->audit_households, cw_audit_batch_free);
  g_clear_pointer (&self->audit_persons, cw_audit_batch_free);
  g_clear_pointer (&self->insert_household, sqlite3_finalize);
  for (guint n = 0; n <= CW_HOUSEHOLD_PERSONS_PER_INSERT; n++)
    g_clear_pointer (&self->insert_persons[n], sqlite3_finalize);
  g_clear_pointer (&self->existing_numbers, g_hash_table_unref);
  g_clear_pointer (&self->id_owners, g_hash_table_unref);
  g_clear_pointer (&self->retired_groups, g_hash_table_unref);
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  g_clear_pointer (&self->household_statuses, g_hash_table_unref);
  g_clear_pointer (&self->group_ids, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->same_id_line, g_free);
  g_clear_pointer (&self->today, g_free);
}

/* Writing, in the importing thread */

/* The group's id, made on first use: a group is only created for a
 * household that goes in, so refused rows never leave an empty group. */
static gint64
ensure_group (CwHouseholdImport *self,
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
persons_statement (CwHouseholdImport *self,
                   guint        n,
                   GError     **error)
{
  g_autoptr(GString) sql = NULL;

  if (self->insert_persons[n] != NULL)
    return self->insert_persons[n];

  sql = g_string_new ("INSERT INTO person (household_id, position, name, relation, sex, birth_date, "
                      "id_number, ethnicity, phone, political, tags, status, status_date, "
                      "status_reason, search_key, education, party_join_date, disability, notes) VALUES ");
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

/* Inserts @n persons (at most CW_HOUSEHOLD_PERSONS_PER_INSERT) with one statement,
 * numbered from @first_position. */
static gboolean
insert_persons (CwHouseholdImport *self,
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
      sqlite3_bind_text (stmt, base + 16, cw_person_get_education (person), -1, SQLITE_STATIC);
      bind_text_or_null (stmt, base + 17, cw_person_get_party_join_date (person));
      sqlite3_bind_text (stmt, base + 18, cw_person_get_disability (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, base + 19, cw_person_get_notes (person), -1, SQLITE_STATIC);
    }
  ok = cw_database_step_done (self->db, stmt, error);
  /* Ends the statement before the strings it points to go. */
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
write_household (CwHouseholdImport   *self,
                 CwImport            *import,
                 const CwImportUnit  *unit,
                 CwHouseholdVerdict  *verdict,
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
  sqlite3_bind_text (stmt, 5, cw_household_get_tags (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, cw_household_get_notes (verdict->record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, cw_household_get_status (verdict->record), -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 8, cw_household_get_status_date (verdict->record));
  sqlite3_bind_text (stmt, 9, cw_household_get_status_reason (verdict->record), -1, SQLITE_STATIC);
  ok = cw_database_step_done (self->db, stmt, error);
  sqlite3_reset (stmt);
  if (!ok)
    return FALSE;
  household_id = sqlite3_last_insert_rowid (cw_database_get_handle (self->db));

  /* Head first, the others in file order. */
  if (head_index != G_MAXUINT)
    {
      g_ptr_array_add (ordered, g_ptr_array_index (persons, head_index));
      g_ptr_array_add (keys, g_ptr_array_index (verdict->search_keys, head_index));
    }
  for (guint i = 0; i < persons->len; i++)
    if (i != head_index)
      {
        g_ptr_array_add (ordered, g_ptr_array_index (persons, i));
        g_ptr_array_add (keys, g_ptr_array_index (verdict->search_keys, i));
      }

  for (guint done = 0; done < ordered->len; done += CW_HOUSEHOLD_PERSONS_PER_INSERT)
    {
      guint n = MIN (CW_HOUSEHOLD_PERSONS_PER_INSERT, ordered->len - done);

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
  CwHouseholdVerdict *verdict = data;

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
  .columns = cw_roster_import_columns,
  .unit_column = CW_ROSTER_HOUSEHOLD_NUMBER,
  .unit_key_missing = N_("The column “%s” is empty: every row needs the number of its household."),
  .unit_rows_skipped = N_("Skipped because line %u of the same household is wrong; "
                          "a household goes in whole or not at all."),
  .state_size = sizeof (CwHouseholdImport),
  .prepare = need_village,
  .begin = begin_import,
  .check = cw_household_import_judge,
  .free_verdict = cw_household_import_verdict_free,
  .write = settle_household,
  /* A household is refused before anything of it is written. */
  .unit_needs_no_savepoint = TRUE,
  .finish = finish_import,
  .end = end_import,
};
