/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-record-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-import-problems.h"
#include "core/common/cw-text.h"
#include "core/mediation/cw-mediation-private.h"
#include "core/mediation/cw-mediation-record-import.h"

/* Both sheets begin with 序号 and 案号. */
enum { COL_NO, COL_NUMBER };

enum {
  F_VISITED_ON = 2,
  F_VISITOR,
  F_PERFORMED,
  F_SATISFACTION,
  F_LAWSUIT,
  F_RISK,
  F_MEASURES,
  F_N_COLUMNS
};

enum {
  C_WHAT = 2,
  C_DATE,
  C_UNTIL,
  C_REASON,
  C_N_COLUMNS
};

/* As the ledger export heads the sheets in Chinese; its English headers
 * are aliases, so that a ledger exported in either language comes back. */
static const char * const followup_names[] = {
  "序号", "案号", "回访日期", "回访人", "履行情况", "满意度", "是否起诉", "遗留风险", "采取措施", NULL
};

static const CwImportColumn followup_table[F_N_COLUMNS] = {
  [COL_NO] = { CW_IMPORT_COLUMN_FORM, CW_IMPORT_ALIASES ("No.") },
  [COL_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY,
                   CW_IMPORT_ALIASES ("编号", "案件编号", "调解案号", "Number") },
  [F_VISITED_ON] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("回访时间", "Followed up") },
  [F_VISITOR] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("回访人员", "Visitor") },
  [F_PERFORMED] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                    CW_IMPORT_ALIASES ("协议履行情况", "Performed") },
  [F_SATISFACTION] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS,
                       CW_IMPORT_ALIASES ("当事人满意度", "是否满意", "Satisfaction") },
  [F_LAWSUIT] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("是否诉讼", "Lawsuit followed") },
  [F_RISK] = { 0, CW_IMPORT_ALIASES ("遗留问题", "Remaining risk") },
  [F_MEASURES] = { 0, CW_IMPORT_ALIASES ("措施", "Measures") },
};

static const char * const clock_names[] = {
  "序号", "案号", "事项", "日期", "延期至", "理由", NULL
};

static const CwImportColumn clock_table[C_N_COLUMNS] = {
  [COL_NO] = { CW_IMPORT_COLUMN_FORM, CW_IMPORT_ALIASES ("No.") },
  [COL_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY,
                   CW_IMPORT_ALIASES ("编号", "案件编号", "调解案号", "Number") },
  [C_WHAT] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("办理事项", "Entry") },
  [C_DATE] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("办理日期", "Date") },
  [C_UNTIL] = { 0, CW_IMPORT_ALIASES ("延长至", "新期限", "Extended until") },
  [C_REASON] = { 0, CW_IMPORT_ALIASES ("延期理由", "Reason") },
};

/* One import of either sheet. */
typedef struct
{
  CwDatabase   *db;
  const char * const *names;     /* the sheet's column names, for messages */
  GHashTable   *cases;           /* "YEAR-N" → Case */
  /* The number as the file writes it (a unit's key) → its Case: a file
   * may write one case's number in both forms. */
  GHashTable   *by_text;
  CwImportProblems *problems;
} State;

/* A case of the file: the register's, with what the file adds. */
typedef struct
{
  CwMediationCase *mediation_case;
  gboolean         changed;
  gboolean         written;      /* by an earlier unit naming it otherwise */
  guint            last_line;    /* of its rows: where a rule it breaks is told */
  guint            last_index;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_clear_object (&c->mediation_case);
  g_free (c);
}

static void
add_problem (State             *self,
             const CwImportRow *row,
             char              *message)
{
  cw_import_problems_add (self->problems, row, message);
}

/* A date cell as "YYYY-MM-DD", "" when empty; NULL with @problem set. */
static char *
cell_date (State       *self,
           const char  *text,
           guint        column,
           gboolean     required,
           char       **problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = cw_text_clean_line (text);
  GDate date;

  if (clean[0] == '\0' && !required)
    return g_strdup ("");
  if (clean[0] == '\0')
    *problem = g_strdup_printf (_("%s: give the date."), self->names[column]);
  else if (!cw_date_parse_cell (clean, &date, &error))
    *problem = g_strdup_printf (_("%s: %s"), self->names[column], error->message);
  else
    return cw_date_format (&date);
  return NULL;
}

/* The code of @what a cell names; NULL with @problem set. */
static const char *
cell_code (State       *self,
           const char  *what,
           const char  *text,
           guint        column,
           char       **problem)
{
  const char *code = cw_mediation_code_from_text (what, text);

  if (code == NULL)
    *problem = g_strdup_printf (_("%s: “%s” is not one of the choices."), self->names[column], text);
  return code;
}

/* The register's case a row names, loaded once per file; NULL with
 * @problem set, or with @fatal when the register cannot be read. */
static Case *
case_of (State             *self,
         const CwImportRow *row,
         char             **problem,
         GError           **fatal)
{
  const char *number = row->fields[COL_NUMBER];
  Case *c = g_hash_table_lookup (self->by_text, number);

  if (c == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwMediationCase) found = NULL;
      g_autofree char *key = NULL;
      int year, seq;

      if (number[0] == '\0')
        {
          *problem = g_strdup_printf (_("%s is empty: a row names its case by its number."), self->names[COL_NUMBER]);
          return NULL;
        }
      if (!cw_mediation_parse_number (number, &year, &seq, &error))
        {
          *problem = g_strdup_printf (_("%s: %s"), self->names[COL_NUMBER], error->message);
          return NULL;
        }
      key = g_strdup_printf ("%d-%d", year, seq);
      c = g_hash_table_lookup (self->cases, key);
      if (c == NULL)
        {
          found = cw_mediation_case_find (self->db, key, &error);
          if (found == NULL && !cw_error_is_about_input (error))
            {
              /* A register that cannot be read stops the import: the
               * case is not missing, and no row is to blame. */
              g_propagate_error (fatal, g_steal_pointer (&error));
              return NULL;
            }
          if (found == NULL)
            {
              *problem = g_strdup_printf (_("%s: %s Import the ledger’s cases sheet first."),
                                          self->names[COL_NUMBER], error->message);
              return NULL;
            }
          c = g_new0 (Case, 1);
          c->mediation_case = g_steal_pointer (&found);
          g_hash_table_insert (self->cases, g_steal_pointer (&key), c);
        }
      g_hash_table_insert (self->by_text, g_strdup (number), c);
    }
  c->last_line = row->line;
  c->last_index = row->index;
  return c;
}

/* A field both the register and the file may hold: the file fills it
 * when the register has none (@empty), and may not contradict it. */
static gboolean
merge_field (State           *self,
             Case            *c,
             CwMediationRow  *held,
             guint            field,
             const char      *value,
             const char      *empty,
             guint            column,
             char           **problem)
{
  const char *had = cw_mediation_row_get (held, field);

  if (g_str_equal (had, value) || g_str_equal (value, empty))
    return TRUE;
  if (g_str_equal (had, empty))
    {
      cw_mediation_row_set (held, field, value);
      c->changed = TRUE;
      return TRUE;
    }
  *problem = g_strdup_printf (_("%s: the register has “%s” for this follow-up, the file “%s”; correct the one that is "
                                "wrong."), self->names[column], cw_mediation_label (had), cw_mediation_label (value));
  return FALSE;
}

static gboolean
read_followup (State             *self,
               Case              *c,
               const CwImportRow *row,
               char             **problem)
{
  const char * const *fields = row->fields;
  GPtrArray *held = cw_mediation_case_get_rows (c->mediation_case, CW_MEDIATION_FOLLOWUP);
  g_autofree char *visited = NULL;
  g_autofree char *visitor = cw_text_clean_line (fields[F_VISITOR]);
  g_autofree char *lawsuit_text = cw_text_clean_line (fields[F_LAWSUIT]);
  g_autofree char *risk = g_strstrip (g_strdup (fields[F_RISK]));
  g_autofree char *measures = g_strstrip (g_strdup (fields[F_MEASURES]));
  const char *performed, *satisfaction, *lawsuit;
  g_autoptr(CwMediationRow) followup = NULL;

  if ((visited = cell_date (self, fields[F_VISITED_ON], F_VISITED_ON, TRUE, problem)) == NULL ||
      (performed = cell_code (self, "performed", fields[F_PERFORMED], F_PERFORMED, problem)) == NULL ||
      (satisfaction = cell_code (self, "satisfaction", fields[F_SATISFACTION], F_SATISFACTION, problem)) == NULL)
    return FALSE;
  if (visitor[0] == '\0')
    {
      *problem = g_strdup_printf (_("%s: name who made the follow-up."), self->names[F_VISITOR]);
      return FALSE;
    }
  /* The export writes 是 or leaves it empty. */
  if (lawsuit_text[0] == '\0' || g_str_equal (lawsuit_text, "否") || g_ascii_strcasecmp (lawsuit_text, "No") == 0)
    lawsuit = "0";
  else if (g_str_equal (lawsuit_text, "是") || g_ascii_strcasecmp (lawsuit_text, "Yes") == 0)
    lawsuit = "1";
  else
    {
      *problem = g_strdup_printf (_("%s: write 是 or 否, not “%s”."), self->names[F_LAWSUIT], lawsuit_text);
      return FALSE;
    }

  for (guint i = 0; i < held->len; i++)
    {
      CwMediationRow *had = g_ptr_array_index (held, i);

      if (!g_str_equal (cw_mediation_row_get (had, CW_FOLLOWUP_VISITED_ON), visited) ||
          !g_str_equal (cw_mediation_row_get (had, CW_FOLLOWUP_VISITOR), visitor))
        continue;
      /* Always recorded: they must agree. */
      return merge_field (self, c, had, CW_FOLLOWUP_PERFORMED, performed, "", F_PERFORMED, problem) &&
             merge_field (self, c, had, CW_FOLLOWUP_SATISFACTION, satisfaction, "", F_SATISFACTION, problem) &&
             merge_field (self, c, had, CW_FOLLOWUP_LAWSUIT, lawsuit, "0", F_LAWSUIT, problem) &&
             merge_field (self, c, had, CW_FOLLOWUP_RISK, risk, "", F_RISK, problem) &&
             merge_field (self, c, had, CW_FOLLOWUP_MEASURES, measures, "", F_MEASURES, problem);
    }
  followup = cw_mediation_row_new (CW_MEDIATION_FOLLOWUP);
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITED_ON, visited);
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITOR, visitor);
  cw_mediation_row_set (followup, CW_FOLLOWUP_PERFORMED, performed);
  cw_mediation_row_set (followup, CW_FOLLOWUP_SATISFACTION, satisfaction);
  cw_mediation_row_set (followup, CW_FOLLOWUP_LAWSUIT, lawsuit);
  cw_mediation_row_set (followup, CW_FOLLOWUP_RISK, risk);
  cw_mediation_row_set (followup, CW_FOLLOWUP_MEASURES, measures);
  cw_mediation_case_add_row (c->mediation_case, followup);
  c->changed = TRUE;
  return TRUE;
}

/* A petition's decision, or an extension. */
static gboolean
read_clock (State             *self,
            Case              *c,
            const CwImportRow *row,
            char             **problem)
{
  const char * const *fields = row->fields;
  CwMediationCase *mediation_case = c->mediation_case;
  GPtrArray *held = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_EXTENSION);
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (fields[C_REASON]));
  g_autoptr(CwMediationRow) extension = NULL;
  const char *what, *kind;

  if ((what = cell_code (self, "handling", fields[C_WHAT], C_WHAT, problem)) == NULL ||
      (date = cell_date (self, fields[C_DATE], C_DATE, TRUE, problem)) == NULL ||
      (until = cell_date (self, fields[C_UNTIL], C_UNTIL, FALSE, problem)) == NULL)
    return FALSE;
  if (g_str_has_prefix (what, "petition-") && !g_str_equal (what, "petition-extended"))
    {
      const char *decision = what + strlen ("petition-");
      const char *had = cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECISION);

      if (until[0] != '\0' || reason[0] != '\0')
        {
          *problem = g_strdup_printf (_("%s: a petition’s acceptance or transfer has no new due date nor reason; "
                                        "an extension is a line of its own."), self->names[C_WHAT]);
          return FALSE;
        }
      if (had[0] == '\0')
        {
          cw_mediation_case_set (mediation_case, CW_CASE_PETITION_DECISION, decision);
          cw_mediation_case_set (mediation_case, CW_CASE_PETITION_DECIDED, date);
          c->changed = TRUE;
          return TRUE;
        }
      if (g_str_equal (had, decision) &&
          g_str_equal (cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECIDED), date))
        return TRUE;
      *problem = g_strdup_printf (_("%s: the register has the petition %s on %s; a petition is decided once."),
                                  self->names[C_WHAT], cw_mediation_label (had),
                                  cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECIDED));
      return FALSE;
    }

  kind = g_str_equal (what, "mediation-extended") ? "mediation" : "petition";
  for (guint i = 0; i < held->len; i++)
    {
      CwMediationRow *had = g_ptr_array_index (held, i);

      if (g_str_equal (cw_mediation_row_get (had, CW_EXTENSION_KIND), kind) &&
          g_str_equal (cw_mediation_row_get (had, CW_EXTENSION_GRANTED_ON), date) &&
          g_str_equal (cw_mediation_row_get (had, CW_EXTENSION_UNTIL), until) &&
          g_str_equal (cw_mediation_row_get (had, CW_EXTENSION_REASON), reason))
        return TRUE;
    }
  /* Its new due date and reason are checked by the register's rules. */
  extension = cw_mediation_row_new (CW_MEDIATION_EXTENSION);
  cw_mediation_row_set (extension, CW_EXTENSION_KIND, kind);
  cw_mediation_row_set (extension, CW_EXTENSION_GRANTED_ON, date);
  cw_mediation_row_set (extension, CW_EXTENSION_UNTIL, until);
  cw_mediation_row_set (extension, CW_EXTENSION_REASON, reason);
  cw_mediation_case_add_row (mediation_case, extension);
  c->changed = TRUE;
  return TRUE;
}

/* Every row read into its case, every changed case checked by the
 * register's rules, before anything is written. */
static gboolean
begin_records (CwImport    *import,
               State       *self,
               gboolean   (*read) (State *, Case *, const CwImportRow *, char **),
               GError     **error)
{
  guint n_rows = cw_import_get_n_rows (import);
  GHashTableIter iter;
  Case *c;

  self->db = cw_import_get_database (import);
  self->cases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, case_free);
  self->by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = cw_import_problems_new ();

  for (guint i = 0; i < n_rows; i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      char *problem = NULL;

      if (!cw_import_checked (import, i, error))
        return FALSE;
      if (cw_import_get_read_problem (import, row) != NULL)
        add_problem (self, row, g_strdup (cw_import_get_read_problem (import, row)));
      else if ((c = case_of (self, row, &problem, error)) == NULL && problem == NULL)
        return FALSE;
      else if (c == NULL || !read (self, c, row, &problem))
        add_problem (self, row, problem);
    }

  g_hash_table_iter_init (&iter, self->cases);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &c))
    {
      g_autoptr(GError) rule = NULL;

      if (c->changed && !cw_mediation_case_validate (self->db, c->mediation_case, &rule))
        {
          const CwImportRow *row = cw_import_get_row (import, c->last_index);

          add_problem (self, row, g_strdup (rule->message));
        }
    }
  return cw_import_checked (import, n_rows, error);
}

static gboolean
begin_followups (CwImport  *import,
                 gpointer   state,
                 GError   **error)
{
  State *self = state;

  self->names = followup_names;
  return begin_records (import, self, read_followup, error);
}

static gboolean
begin_clocks (CwImport  *import,
              gpointer   state,
              GError   **error)
{
  State *self = state;

  self->names = clock_names;
  return begin_records (import, self, read_clock, error);
}

static gboolean
write_records (CwImport            *import,
               const CwImportUnit  *unit,
               gpointer             verdict,
               gpointer             state,
               GError             **error)
{
  State *self = state;
  Case *c = g_hash_table_lookup (self->by_text, unit->key);
  g_autoptr(GError) row_error = NULL;

  if (cw_import_problems_any (self->problems))
    {
      for (guint i = 0; i < unit->n_rows; i++)
        cw_import_problems_let_in (self->problems, import, unit->rows[i], NULL);
      return TRUE;
    }
  if (c == NULL || !c->changed || c->written)
    {
      cw_import_unchanged (import);
      return TRUE;
    }
  /* Checked in begin_records(); the unit's savepoint holds the case. */
  if (!cw_mediation_case_write (self->db, c->mediation_case, &row_error))
    return cw_import_refuse_row_for (import, unit->rows[0], NULL, g_steal_pointer (&row_error), error);
  c->written = TRUE;
  cw_import_changed (import, "mediation_case");
  return TRUE;
}

static void
end_records (gpointer state)
{
  State *self = state;

  g_clear_pointer (&self->by_text, g_hash_table_unref);
  g_clear_pointer (&self->cases, g_hash_table_unref);
  g_clear_pointer (&self->problems, cw_import_problems_free);
}

const CwImporter cw_mediation_followup_importer = {
  .unit = "cases",
  .column_names = followup_names,
  .columns = followup_table,
  .unit_column = COL_NUMBER,
  .unit_key_missing = N_("%s is empty: a row names its case by its number."),
  .unit_rows_skipped = N_("Not imported: line %u of the same case has a problem."),
  .state_size = sizeof (State),
  .begin = begin_followups,
  .write = write_records,
  .end = end_records,
};

const CwImporter cw_mediation_clock_importer = {
  .unit = "cases",
  .column_names = clock_names,
  .columns = clock_table,
  .unit_column = COL_NUMBER,
  .unit_key_missing = N_("%s is empty: a row names its case by its number."),
  .unit_rows_skipped = N_("Not imported: line %u of the same case has a problem."),
  .state_size = sizeof (State),
  .begin = begin_clocks,
  .write = write_records,
  .end = end_records,
};
