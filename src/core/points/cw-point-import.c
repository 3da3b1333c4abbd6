/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-rule.h"
#include "core/common/cw-quarter.h"
#include "core/village/cw-village.h"

/* The words of the files: a file format, never translated. */
enum {
  RULE_CODE,
  RULE_SCHEME,
  RULE_CATEGORY,
  RULE_DESCRIPTION,
  RULE_POINTS,
  RULE_UNIT,
  RULE_CAP,
  RULE_N_COLUMNS
};

const char * const cw_point_rule_import_columns[] = {
  "编号", "积分类型", "类别", "内容", "分值", "单位", "季度上限",
  NULL
};

const char * const cw_point_rule_import_required_columns[] = {
  "编号", "积分类型", "类别", "内容", "分值",
  NULL
};

enum {
  ENTRY_NUMBER,
  ENTRY_ID_NUMBER,
  ENTRY_NAME,
  ENTRY_RULE,
  ENTRY_DATE,
  ENTRY_QUANTITY,
  ENTRY_NOTE,
  ENTRY_N_COLUMNS
};

const char * const cw_point_entry_import_columns[] = {
  "户号", "身份证号", "姓名", "规则编号", "日期", "数量", "备注",
  NULL
};

/* 户号 (or 身份证号 or 姓名) is checked after the header is found: any one
 * of them will do. */
static const char * const entry_required_columns[] = {
  "规则编号", "日期",
  NULL
};

#define PROGRESS_STEPS 200

/* Whole numbers as offices type them: "5", "+5", "-5", full-width "－５",
 * "5分". FALSE for anything else or outside [min, max]. */
static gboolean
parse_whole_number (const char *text,
                    gint64      min,
                    gint64      max,
                    gint64     *out)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  char *p;

  if (normal == NULL)
    return FALSE;
  g_strstrip (normal);
  if (g_str_has_suffix (normal, "分"))
    {
      normal[strlen (normal) - strlen ("分")] = '\0';
      g_strstrip (normal);
    }
  /* NFKC makes "－" U+FF0D a "-", but not the minus sign U+2212. */
  if (g_str_has_prefix (normal, "−"))
    {
      memmove (normal + 1, normal + strlen ("−"), strlen (normal + strlen ("−")) + 1);
      normal[0] = '-';
    }
  p = normal[0] == '+' ? normal + 1 : normal;
  return g_ascii_string_to_signed (p, 10, min, max, out, NULL);
}

static gboolean
import_file (const char   *path,
             GBytes      **bytes,
             char        **display,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize size = 0;

  *display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &size, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("The file “%s” does not exist."), *display);
      else
        g_set_error (error, CW_ERROR, CW_ERROR_FAILED, _("Cannot read “%s”: %s"), *display,
                     local_error->message);
      return FALSE;
    }
  *bytes = g_bytes_new_take (contents, size);
  return TRUE;
}

static gboolean
need_village (CwDatabase  *db,
              GError     **error)
{
  if (cw_village_exists (db))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("The database holds no village yet: create the village before importing points."));
  return FALSE;
}

static gboolean
any_invalid_text (CwCsvReader        *reader,
                  const char * const *columns,
                  const char        **bad_column)
{
  for (guint c = 0; columns[c] != NULL; c++)
    {
      const char *value = cw_csv_reader_get (reader, columns[c]);

      if (value != NULL && !g_utf8_validate (value, -1, NULL))
        {
          *bad_column = columns[c];
          return TRUE;
        }
    }
  return FALSE;
}

static const char *
field (CwCsvReader *reader,
       const char  *column)
{
  const char *value = cw_csv_reader_get (reader, column);

  return value != NULL ? value : "";
}

/* Rules. */

/* TRUE when the stored rule says what the row says. */
static gboolean
same_rule (CwPointRule *a,
           CwPointRule *b)
{
  return g_str_equal (cw_point_rule_get_scheme (a), cw_point_rule_get_scheme (b)) &&
         g_str_equal (cw_point_rule_get_category (a), cw_point_rule_get_category (b)) &&
         g_str_equal (cw_point_rule_get_description (a), cw_point_rule_get_description (b)) &&
         cw_point_rule_get_points (a) == cw_point_rule_get_points (b) &&
         g_str_equal (cw_point_rule_get_unit (a), cw_point_rule_get_unit (b)) &&
         cw_point_rule_get_quarter_cap (a) == cw_point_rule_get_quarter_cap (b);
}

/* The rule a row describes, or a translated reason why there is none. */
static CwPointRule *
rule_from_row (CwCsvReader  *reader,
               char        **problem)
{
  const char *scheme_text = field (reader, cw_point_rule_import_columns[RULE_SCHEME]);
  const char *points_text = field (reader, cw_point_rule_import_columns[RULE_POINTS]);
  const char *cap_text = field (reader, cw_point_rule_import_columns[RULE_CAP]);
  const char *unit = field (reader, cw_point_rule_import_columns[RULE_UNIT]);
  const char *scheme;
  g_autoptr(CwPointRule) rule = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 points = 0, cap = 0;

  scheme = scheme_text[0] == '\0' ? CW_SCHEME_HOUSEHOLD : cw_scheme_for (scheme_text);
  if (scheme == NULL)
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; write 村民积分 or 党员积分."),
                                  cw_point_rule_import_columns[RULE_SCHEME], scheme_text);
      return NULL;
    }
  /* The bounds are the rule record's: a rule of more than 100 000 points
   * is a typing mistake. */
  if (!parse_whole_number (points_text, -100000, 100000, &points) || points == 0)
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; it needs a whole number of points other than 0, "
                                    "negative for a deduction, e.g. 5 or -10."),
                                  cw_point_rule_import_columns[RULE_POINTS], points_text);
      return NULL;
    }
  if (cap_text[0] != '\0' && !parse_whole_number (cap_text, 1, 1000000, &cap))
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; leave it empty for no cap, or write the most "
                                    "points a household may get by the rule in a quarter, e.g. 20."),
                                  cw_point_rule_import_columns[RULE_CAP], cap_text);
      return NULL;
    }

  rule = cw_point_rule_new ();
  g_object_set (rule,
                "code", field (reader, cw_point_rule_import_columns[RULE_CODE]),
                "scheme", scheme,
                "category", field (reader, cw_point_rule_import_columns[RULE_CATEGORY]),
                "description", field (reader, cw_point_rule_import_columns[RULE_DESCRIPTION]),
                "points", (int) points,
                "quarter-cap", (int) cap,
                NULL);
  if (unit[0] != '\0')
    g_object_set (rule, "unit", unit, NULL);
  if (!cw_point_rule_validate (rule, &local_error))
    {
      *problem = g_strdup (local_error->message);
      return NULL;
    }
  return g_steal_pointer (&rule);
}

static CwPointImportReport *
run_rules (CwDatabase   *db,
           CwCsvReader  *reader,
           gboolean      dry_run,
           GError      **error)
{
  g_autoptr(CwPointImportReport) report = NULL;
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  guint rows = 0;

  if (!need_village (db, error))
    return NULL;
  if (!cw_csv_reader_find_header (reader, cw_point_rule_import_required_columns,
                                  cw_point_rule_import_columns, error))
    return NULL;

  report = cw_point_import_report_new (cw_csv_reader_get_encoding (reader), dry_run);
  cw_point_import_report_set_header_line (report, cw_csv_reader_get_header_line (reader));
  cw_point_import_report_set_ignored_columns (report, cw_csv_reader_get_unknown_columns (reader));

  /* One transaction for the file, a savepoint for each row; in a dry run
   * the same work is rolled back at the end. */
  if (!cw_database_begin (db, error))
    return NULL;

  while (cw_csv_reader_next (reader, &local_error))
    {
      guint line = cw_csv_reader_get_line (reader);
      const char *code = field (reader, cw_point_rule_import_columns[RULE_CODE]);
      const char *bad_column = NULL;
      g_autofree char *problem = NULL;
      g_autoptr(CwPointRule) rule = NULL;
      g_autoptr(CwPointRule) stored = NULL;
      g_autoptr(GError) row_error = NULL;
      gpointer earlier;

      rows++;
      if (any_invalid_text (reader, cw_point_rule_import_columns, &bad_column))
        {
          problem = g_strdup_printf (_("The column “%s” is not valid text."), bad_column);
          cw_point_import_report_add_problem (report, line, "", problem);
          continue;
        }
      if (code[0] == '\0')
        {
          problem = g_strdup_printf (_("The column “%s” is empty: every rule needs a code, e.g. HJ01."),
                                     cw_point_rule_import_columns[RULE_CODE]);
          cw_point_import_report_add_problem (report, line, "", problem);
          continue;
        }
      earlier = g_hash_table_lookup (lines, code);
      if (earlier != NULL)
        {
          problem = g_strdup_printf (_("The code %s is also on line %u; a code names one rule."),
                                     code, GPOINTER_TO_UINT (earlier));
          cw_point_import_report_add_problem (report, line, code, problem);
          continue;
        }
      g_hash_table_insert (lines, g_strdup (code), GUINT_TO_POINTER (line));

      rule = rule_from_row (reader, &problem);
      if (rule == NULL)
        {
          cw_point_import_report_add_problem (report, line, code, problem);
          continue;
        }

      stored = cw_point_rule_find (db, cw_point_rule_get_code (rule), NULL);
      if (stored != NULL && same_rule (stored, rule))
        {
          cw_point_import_report_add_unchanged (report);
          continue;
        }
      if (stored != NULL)
        {
          problem = g_strdup_printf (_("The rule book already has a rule %s (%s, %d points) and it was left as it is; "
                                       "change rules in the window, where entries already made keep their points."),
                                     cw_point_rule_get_code (stored), cw_point_rule_get_description (stored),
                                     cw_point_rule_get_points (stored));
          cw_point_import_report_add_problem (report, line, code, problem);
          continue;
        }

      if (!cw_point_rule_add (db, rule, &row_error))
        {
          cw_point_import_report_add_problem (report, line, code, row_error->message);
          continue;
        }
      cw_point_import_report_add_imported (report, FALSE);
    }

  if (local_error != NULL)
    {
      cw_database_rollback (db);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  cw_point_import_report_set_rows_read (report, rows);

  if (dry_run)
    cw_database_rollback (db);
  else if (!cw_database_commit (db, error))
    return NULL;
  if (!dry_run && cw_point_import_report_get_imported (report) > 0)
    cw_database_emit_changed (db, "point_rule");
  return g_steal_pointer (&report);
}

CwPointImportReport *
cw_point_import_rules_bytes (CwDatabase  *db,
                             GBytes      *bytes,
                             const char  *display_name,
                             gboolean     dry_run,
                             GError     **error)
{
  g_autoptr(CwCsvReader) reader = NULL;
  CwPointImportReport *report = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = cw_csv_reader_new_from_bytes (bytes, error);
  if (reader != NULL)
    report = run_rules (db, reader, dry_run, error);
  if (report == NULL && display_name != NULL && error != NULL && *error != NULL)
    g_prefix_error (error, _("“%s”: "), display_name);
  return report;
}

CwPointImportReport *
cw_point_import_rules (CwDatabase  *db,
                       const char  *path,
                       gboolean     dry_run,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!import_file (path, &bytes, &display, error))
    return NULL;
  return cw_point_import_rules_bytes (db, bytes, display, dry_run, error);
}

/* Party members. */

static gboolean
is_present_party_member (CwPerson *person)
{
  return cw_person_is_party_member (person) && cw_person_is_present (person);
}

gint64
cw_point_find_party_member (CwDatabase  *db,
                            const char  *id_number_or_name,
                            GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (id_number_or_name != NULL ? id_number_or_name : ""));
  g_autofree char *normalized = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean by_id;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), 0);

  if (text[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("A party member is named by ID number or name; both are empty."));
      return 0;
    }

  by_id = cw_id_number_normalize (text, &normalized, NULL);
  stmt = cw_database_prepare (db,
                              by_id ? "SELECT id FROM person WHERE id_number = ?"
                                    : "SELECT id FROM person WHERE name = ? ORDER BY id",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, by_id ? normalized : text, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (found, id);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return 0;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  {
    g_autoptr(CwPerson) member = NULL;
    g_autoptr(CwPerson) someone = NULL;
    guint n_members = 0;

    for (guint i = 0; i < found->len; i++)
      {
        g_autoptr(CwPerson) person = cw_person_load (db, g_array_index (found, gint64, i), error);

        if (person == NULL)
          return 0;
        if (is_present_party_member (person))
          {
            n_members++;
            if (member == NULL)
              member = g_steal_pointer (&person);
          }
        else if (someone == NULL)
          someone = g_steal_pointer (&person);
      }

    if (n_members == 1)
      return cw_person_get_id (member);
    if (n_members > 1)
      {
        g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                     _("%u party members are called %s; name the member by ID number instead."),
                     n_members, text);
        return 0;
      }
    if (someone != NULL)
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("%s (household %s) is not a present party member."),
                   cw_person_get_name (someone), cw_person_get_household_number (someone));
    else if (by_id)
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("Nobody in the register has the ID number %s."), normalized);
    else
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("Nobody in the register is called %s."), text);
    return 0;
  }
}

/* Entries. */

typedef struct
{
  CwDatabase           *db;
  CwPointImportReport  *report;
  gboolean              reviewed;
  gboolean              dry_run;
  CwImportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;

  GHashTable           *rules;          /* code → CwPointRule, or a missing key */
  GHashTable           *households;     /* 户号 → id (0: not found) */
  GHashTable           *members;        /* text → id (0: see member_errors) */
  GHashTable           *member_errors;  /* text → message */
  sqlite3_stmt         *same_household;
  sqlite3_stmt         *same_member;
  gint64                last_before;    /* the last entry id before the import */
} EntryImport;

static void
entry_import_clear (EntryImport *import)
{
  g_clear_pointer (&import->rules, g_hash_table_unref);
  g_clear_pointer (&import->households, g_hash_table_unref);
  g_clear_pointer (&import->members, g_hash_table_unref);
  g_clear_pointer (&import->member_errors, g_hash_table_unref);
  g_clear_pointer (&import->same_household, sqlite3_finalize);
  g_clear_pointer (&import->same_member, sqlite3_finalize);
  g_clear_object (&import->report);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntryImport, entry_import_clear)

/* A code the rule book lacks is remembered as NULL. */
static void
unref_rule (gpointer rule)
{
  if (rule != NULL)
    g_object_unref (rule);
}

static CwPointRule *
lookup_rule (EntryImport  *import,
             const char   *code,
             char        **problem)
{
  CwPointRule *rule;

  if (!g_hash_table_lookup_extended (import->rules, code, NULL, (gpointer *) &rule))
    {
      rule = cw_point_rule_find (import->db, code, NULL);
      g_hash_table_insert (import->rules, g_strdup (code), rule);
    }
  if (rule == NULL)
    *problem = g_strdup_printf (_("There is no rule %s in the rule book; import or add the rule first."), code);
  return rule;
}

static gint64
lookup_household (EntryImport  *import,
                  const char   *number,
                  char        **problem)
{
  gpointer value;
  gint64 id;

  if (g_hash_table_lookup_extended (import->households, number, NULL, &value))
    id = *(gint64 *) value;
  else
    {
      g_autoptr(CwHousehold) household = cw_household_find_by_number (import->db, number, NULL);

      id = household != NULL ? cw_household_get_id (household) : 0;
      g_hash_table_insert (import->households, g_strdup (number), g_memdup2 (&id, sizeof id));
    }
  if (id == 0)
    *problem = g_strdup_printf (_("There is no household %s in the register."), number);
  return id;
}

static gint64
lookup_member (EntryImport  *import,
               const char   *text,
               char        **problem)
{
  gpointer value;
  gint64 id;

  if (g_hash_table_lookup_extended (import->members, text, NULL, &value))
    id = *(gint64 *) value;
  else
    {
      g_autoptr(GError) local_error = NULL;

      id = cw_point_find_party_member (import->db, text, &local_error);
      g_hash_table_insert (import->members, g_strdup (text), g_memdup2 (&id, sizeof id));
      if (id == 0)
        g_hash_table_insert (import->member_errors, g_strdup (text), g_strdup (local_error->message));
    }
  if (id == 0)
    *problem = g_strdup (g_hash_table_lookup (import->member_errors, text));
  return id;
}

/* Who a row is for: the subject's id, and the key the report names. */
static gint64
row_subject (EntryImport  *import,
             CwCsvReader  *reader,
             CwPointRule  *rule,
             const char  **key,
             char        **problem)
{
  const char *number = field (reader, cw_point_entry_import_columns[ENTRY_NUMBER]);
  const char *id_number = field (reader, cw_point_entry_import_columns[ENTRY_ID_NUMBER]);
  const char *name = field (reader, cw_point_entry_import_columns[ENTRY_NAME]);

  if (g_str_equal (cw_point_rule_get_scheme (rule), CW_SCHEME_HOUSEHOLD))
    {
      *key = number;
      if (number[0] == '\0')
        {
          *problem = g_strdup_printf (_("Rule %s is a rule of 村民积分, earned by households: the column “%s” "
                                        "needs the household’s number."),
                                      cw_point_rule_get_code (rule), cw_point_entry_import_columns[ENTRY_NUMBER]);
          return 0;
        }
      return lookup_household (import, number, problem);
    }

  /* 党员积分: the most precise of what the row gives. */
  *key = id_number[0] != '\0' ? id_number : name[0] != '\0' ? name : number;
  if ((*key)[0] == '\0')
    {
      *problem = g_strdup_printf (_("Rule %s is a rule of 党员积分, earned by party members: name the member by "
                                    "ID number or name, in the column “%s”, “%s” or “%s”."),
                                  cw_point_rule_get_code (rule), cw_point_entry_import_columns[ENTRY_ID_NUMBER],
                                  cw_point_entry_import_columns[ENTRY_NAME],
                                  cw_point_entry_import_columns[ENTRY_NUMBER]);
      return 0;
    }
  return lookup_member (import, *key, problem);
}

/* An entry already in the register (not made by this import) that the
 * row repeats; 0 when none. */
static gint64
already_recorded (EntryImport  *import,
                  const char   *scheme,
                  gint64        subject_id,
                  CwPointRule  *rule,
                  const char   *day,
                  int           quantity,
                  const char   *note)
{
  gboolean party = g_str_equal (scheme, CW_SCHEME_PARTY);
  sqlite3_stmt *stmt = party ? import->same_member : import->same_household;
  g_autofree char *quarter = cw_quarter_of_date (day);
  gint64 id = 0;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, subject_id);
  sqlite3_bind_text (stmt, 2, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, cw_point_rule_get_id (rule));
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, quantity);
  sqlite3_bind_text (stmt, 6, note, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, import->last_before);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

#define SAME_ENTRY(subject) \
  "SELECT e.id FROM point_entry e WHERE e." subject " = ?1 AND e.quarter = ?2 AND e.rule_id = ?3 " \
  "AND e.entry_date = ?4 AND e.quantity = ?5 AND e.note = ?6 AND e.id <= ?7 " \
  "AND e.state <> 'rejected' AND e.reverses_id IS NULL " \
  "AND NOT EXISTS (SELECT 1 FROM point_entry r WHERE r.reverses_id = e.id) LIMIT 1"

/* Settles one row: imported, or a problem in the report. FALSE only on a
 * database error that must stop the import. */
static gboolean
import_entry_row (EntryImport  *import,
                  CwCsvReader  *reader,
                  GError      **error)
{
  guint line = cw_csv_reader_get_line (reader);
  const char *code = field (reader, cw_point_entry_import_columns[ENTRY_RULE]);
  const char *date_text = field (reader, cw_point_entry_import_columns[ENTRY_DATE]);
  const char *quantity_text = field (reader, cw_point_entry_import_columns[ENTRY_QUANTITY]);
  const char *note = field (reader, cw_point_entry_import_columns[ENTRY_NOTE]);
  const char *key = field (reader, cw_point_entry_import_columns[ENTRY_NUMBER]);
  const char *bad_column = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GError) row_error = NULL;
  CwPointRule *rule;
  const char *scheme;
  gint64 quantity = 1;
  gint64 subject_id, same, id;
  GDate date;

  if (any_invalid_text (reader, cw_point_entry_import_columns, &bad_column))
    problem = g_strdup_printf (_("The column “%s” is not valid text."), bad_column);
  else if (code[0] == '\0')
    problem = g_strdup_printf (_("The column “%s” is empty: every row needs the code of its rule."),
                               cw_point_entry_import_columns[ENTRY_RULE]);
  if (problem != NULL)
    {
      cw_point_import_report_add_problem (import->report, line, key, problem);
      return TRUE;
    }

  rule = lookup_rule (import, code, &problem);
  if (rule == NULL)
    {
      cw_point_import_report_add_problem (import->report, line, key, problem);
      return TRUE;
    }
  scheme = cw_point_rule_get_scheme (rule);

  subject_id = row_subject (import, reader, rule, &key, &problem);
  if (subject_id == 0)
    {
      cw_point_import_report_add_problem (import->report, line, key, problem);
      return TRUE;
    }

  if (date_text[0] == '\0')
    problem = g_strdup_printf (_("The column “%s” is empty: every entry needs the day it was earned."),
                               cw_point_entry_import_columns[ENTRY_DATE]);
  else if (!cw_date_parse (date_text, &date, &row_error))
    problem = g_strdup_printf (_("The column “%s”: %s"), cw_point_entry_import_columns[ENTRY_DATE],
                               row_error->message);
  else if (quantity_text[0] != '\0' && !parse_whole_number (quantity_text, 1, 10000, &quantity))
    problem = g_strdup_printf (_("The column “%s” says “%s”; it needs a whole number from 1 to 10000 "
                                 "(how many times the rule applies), or nothing for 1."),
                               cw_point_entry_import_columns[ENTRY_QUANTITY], quantity_text);
  if (problem != NULL)
    {
      cw_point_import_report_add_problem (import->report, line, key, problem);
      return TRUE;
    }
  day = cw_date_format (&date);

  same = already_recorded (import, scheme, subject_id, rule, day, (int) quantity, note);
  if (same != 0)
    {
      problem = g_strdup_printf (_("This entry is already in the register (entry %d: rule %s on %s, "
                                   "quantity %d); it was not entered twice."),
                                 (int) same, code, day, (int) quantity);
      cw_point_import_report_add_problem (import->report, line, key, problem);
      return TRUE;
    }

  /* A savepoint for the row: the entry and its review go in together. */
  if (!cw_database_begin (import->db, error))
    return FALSE;
  id = cw_point_entry_add (import->db, scheme, subject_id, code, day, (int) quantity, note, "", &row_error);
  if (id != 0 && import->reviewed && !cw_point_entry_review (import->db, &id, 1, &row_error))
    id = 0;
  if (id == 0)
    {
      cw_database_rollback (import->db);
      cw_point_import_report_add_problem (import->report, line, key, row_error->message);
      return TRUE;
    }
  if (!cw_database_commit (import->db, error))
    return FALSE;
  cw_point_import_report_add_imported (import->report, import->reviewed);
  return TRUE;
}

static gboolean
entries_cancelled (EntryImport  *import,
                   GError      **error)
{
  if (!g_cancellable_is_cancelled (import->cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED, _("The import was cancelled; nothing was imported."));
  return TRUE;
}

/* How many data rows the file has, for the progress only. */
static guint
count_rows (GBytes *bytes)
{
  g_autoptr(CwCsvReader) reader = cw_csv_reader_new_from_bytes (bytes, NULL);
  guint n = 0;

  if (reader == NULL ||
      !cw_csv_reader_find_header (reader, entry_required_columns, cw_point_entry_import_columns, NULL))
    return 0;
  while (cw_csv_reader_next (reader, NULL))
    n++;
  return n;
}

/* The file must say who earned the points; the reader tells which columns
 * the header has once a record is read. */
static gboolean
check_subject_columns (EntryImport  *import,
                       CwCsvReader  *reader,
                       GError      **error)
{
  for (guint c = ENTRY_NUMBER; c <= ENTRY_NAME; c++)
    if (cw_csv_reader_get (reader, cw_point_entry_import_columns[c]) != NULL)
      return TRUE;
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("The header on line %u has no column “%s” (or, for party members, “%s” or “%s”): "
                 "the file does not say who earned the points."),
               cw_csv_reader_get_header_line (reader), cw_point_entry_import_columns[ENTRY_NUMBER],
               cw_point_entry_import_columns[ENTRY_ID_NUMBER], cw_point_entry_import_columns[ENTRY_NAME]);
  return FALSE;
}

static CwPointImportReport *
run_entries (EntryImport  *import,
             GBytes       *bytes,
             CwCsvReader  *reader,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  guint rows = 0, total = 0, last_step = 0;
  gboolean ok = TRUE;

  if (!need_village (import->db, error))
    return NULL;
  if (!cw_csv_reader_find_header (reader, entry_required_columns, cw_point_entry_import_columns, error))
    return NULL;

  import->report = cw_point_import_report_new (cw_csv_reader_get_encoding (reader), import->dry_run);
  cw_point_import_report_set_header_line (import->report, cw_csv_reader_get_header_line (reader));
  cw_point_import_report_set_ignored_columns (import->report, cw_csv_reader_get_unknown_columns (reader));

  if (import->progress != NULL)
    {
      total = count_rows (bytes);
      import->progress (0, total, import->user_data);
    }

  import->same_household = cw_database_prepare (import->db, SAME_ENTRY ("household_id"), error);
  if (import->same_household == NULL)
    return NULL;
  import->same_member = cw_database_prepare (import->db, SAME_ENTRY ("person_id"), error);
  if (import->same_member == NULL)
    return NULL;

  /* One transaction for the file, a savepoint for each row; in a dry run
   * the same work is rolled back at the end. */
  if (!cw_database_begin (import->db, error))
    return NULL;
  import->last_before = cw_database_query_int (import->db, "SELECT coalesce(max(id), 0) FROM point_entry", 0);

  while (ok && cw_csv_reader_next (reader, &local_error))
    {
      rows++;
      ok = (rows > 1 || check_subject_columns (import, reader, error)) &&
           !entries_cancelled (import, error) &&
           import_entry_row (import, reader, error);
      if (ok && import->progress != NULL && total > 0)
        {
          guint step = (guint) ((guint64) MIN (rows, total) * PROGRESS_STEPS / total);

          if (step != last_step)
            {
              last_step = step;
              import->progress (MIN (rows, total), total, import->user_data);
            }
        }
    }

  /* Finalized before the transaction ends, so that none holds it open. */
  g_clear_pointer (&import->same_household, sqlite3_finalize);
  g_clear_pointer (&import->same_member, sqlite3_finalize);
  if (!ok || local_error != NULL)
    {
      cw_database_rollback (import->db);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  cw_point_import_report_set_rows_read (import->report, rows);

  if (import->dry_run)
    cw_database_rollback (import->db);
  else if (!cw_database_commit (import->db, error))
    return NULL;
  if (import->progress != NULL)
    import->progress (rows, rows, import->user_data);
  return g_steal_pointer (&import->report);
}

CwPointImportReport *
cw_point_import_entries_bytes (CwDatabase            *db,
                               GBytes                *bytes,
                               const char            *display_name,
                               gboolean               reviewed,
                               gboolean               dry_run,
                               CwImportProgressFunc   progress,
                               gpointer               user_data,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_auto(EntryImport) import = { 0 };
  g_autoptr(CwCsvReader) reader = NULL;
  CwPointImportReport *report = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import.db = db;
  import.reviewed = reviewed;
  import.dry_run = dry_run;
  import.progress = progress;
  import.user_data = user_data;
  import.cancellable = cancellable;
  import.rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_rule);
  import.households = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import.members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import.member_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  reader = cw_csv_reader_new_from_bytes (bytes, error);
  if (reader != NULL)
    report = run_entries (&import, bytes, reader, error);
  if (report == NULL && display_name != NULL && error != NULL && *error != NULL &&
      !g_error_matches (*error, CW_ERROR, CW_ERROR_CANCELLED))
    g_prefix_error (error, _("“%s”: "), display_name);
  if (report != NULL && !dry_run && cw_point_import_report_get_imported (report) > 0)
    cw_database_emit_changed (db, "point_entry");
  return report;
}

CwPointImportReport *
cw_point_import_entries (CwDatabase            *db,
                         const char            *path,
                         gboolean               reviewed,
                         gboolean               dry_run,
                         CwImportProgressFunc   progress,
                         gpointer               user_data,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!import_file (path, &bytes, &display, error))
    return NULL;
  return cw_point_import_entries_bytes (db, bytes, display, reviewed, dry_run, progress, user_data,
                                        cancellable, error);
}
