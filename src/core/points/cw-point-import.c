/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-audit-private.h"
#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-quarter.h"
#include "core/common/cw-text.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-number.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-entry-private.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-points-limits.h"
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

static const char * const rule_columns[] = {
  "编号", "积分类型", "类别", "内容", "分值", "单位", "季度上限",
  NULL
};

static const CwImportColumn rule_column_table[RULE_N_COLUMNS] = {
  [RULE_CODE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("规则编号", "细则编号") },
  [RULE_SCHEME] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("积分种类") },
  [RULE_CATEGORY] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("分类", "项目类别") },
  [RULE_DESCRIPTION] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("细则内容", "积分事项", "评分内容") },
  [RULE_POINTS] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("分数", "加减分") },
  [RULE_UNIT] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("计分单位") },
  [RULE_CAP] = { 0, CW_IMPORT_ALIASES ("每季度上限", "季度封顶") },
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

static const char * const entry_columns[] = {
  "户号", "身份证号", "姓名", "规则编号", "日期", "数量", "备注",
  NULL
};

/* 户号 (or 身份证号 or 姓名) is checked after the header is found: any one
 * of them will do. */
static const CwImportColumn entry_column_table[ENTRY_N_COLUMNS] = {
  [ENTRY_NUMBER] = { CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER, CW_IMPORT_ALIASES ("户编号", "家庭编号") },
  [ENTRY_ID_NUMBER] = { CW_IMPORT_COLUMN_KEY | CW_IMPORT_COLUMN_TEXT_NUMBER, CW_IMPORT_ALIASES ("身份证号码", "公民身份号码") },
  [ENTRY_NAME] = { CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("党员姓名") },
  [ENTRY_RULE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS | CW_IMPORT_COLUMN_KEY,
                   CW_IMPORT_ALIASES ("细则编号") },
  [ENTRY_DATE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("积分日期", "加分日期") },
  [ENTRY_QUANTITY] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("次数") },
  [ENTRY_NOTE] = { 0, CW_IMPORT_ALIASES ("说明") },
};

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
need_village (CwDatabase  *db,
              GError     **error)
{
  if (cw_village_exists (db))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("The database holds no village yet: create the village before importing points."));
  return FALSE;
}

/* Rules */

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
rule_from_row (const CwImportRow  *row,
               char              **problem)
{
  const char *scheme_text = row->fields[RULE_SCHEME];
  const char *points_text = row->fields[RULE_POINTS];
  const char *cap_text = row->fields[RULE_CAP];
  const char *unit = row->fields[RULE_UNIT];
  const char *scheme;
  g_autoptr(CwPointRule) rule = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 points = 0, cap = 0;

  scheme = scheme_text[0] == '\0' ? CW_SCHEME_HOUSEHOLD : cw_scheme_for (scheme_text);
  if (scheme == NULL)
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; write 村民积分 or 党员积分."),
                                  rule_columns[RULE_SCHEME], scheme_text);
      return NULL;
    }
  /* The bounds are the rule record's: a rule of more than 100 000 points
   * is a typing mistake. */
  if (!parse_whole_number (points_text, -CW_RULE_POINTS_MAX, CW_RULE_POINTS_MAX, &points) || points == 0)
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; it needs a whole number of points other than 0, "
                                    "negative for a deduction, e.g. 5 or -10."),
                                  rule_columns[RULE_POINTS], points_text);
      return NULL;
    }
  if (cap_text[0] != '\0' && !parse_whole_number (cap_text, 1, CW_RULE_CAP_MAX, &cap))
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”; leave it empty for no cap, or write the most "
                                    "points a household may get by the rule in a quarter, e.g. 20."),
                                  rule_columns[RULE_CAP], cap_text);
      return NULL;
    }

  rule = cw_point_rule_new ();
  g_object_set (rule,
                "code", row->fields[RULE_CODE],
                "scheme", scheme,
                "category", row->fields[RULE_CATEGORY],
                "description", row->fields[RULE_DESCRIPTION],
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

typedef struct
{
  CwDatabase *db;
  GHashTable *lines;     /* code → the line it is first on */
} Rules;

static gboolean
begin_rules (CwImport  *import,
             gpointer   state,
             GError   **error)
{
  Rules *self = state;

  self->db = cw_import_get_database (import);
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return TRUE;
}

static void
end_rules (gpointer state)
{
  Rules *self = state;

  g_clear_pointer (&self->lines, g_hash_table_unref);
}

static gboolean
settle_rule (CwImport            *import,
             const CwImportUnit  *unit,
             gpointer             verdict,
             gpointer             state,
             GError             **error)
{
  Rules *self = state;
  const CwImportRow *row = unit->rows[0];
  const char *code = row->fields[RULE_CODE];
  g_autofree char *problem = NULL;
  g_autoptr(CwPointRule) rule = NULL;
  g_autoptr(CwPointRule) stored = NULL;
  g_autoptr(GError) row_error = NULL;
  g_autofree char *key = NULL;
  gpointer earlier;

  if (code[0] == '\0')
    {
      problem = g_strdup_printf (_("The column “%s” is empty: every rule needs a code, e.g. HJ01."),
                                 rule_columns[RULE_CODE]);
      cw_import_refuse_row (import, row, "", problem);
      return TRUE;
    }
  /* hj01 and HJ01 are one rule, as the rule book has them. */
  key = cw_text_normalize_key (code);
  earlier = g_hash_table_lookup (self->lines, key);
  if (earlier != NULL)
    {
      problem = g_strdup_printf (_("The code %s is also on line %u; a code names one rule."),
                                 code, GPOINTER_TO_UINT (earlier));
      cw_import_refuse_row (import, row, code, problem);
      return TRUE;
    }
  g_hash_table_insert (self->lines, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));

  rule = rule_from_row (row, &problem);
  if (rule == NULL)
    {
      cw_import_refuse_row (import, row, code, problem);
      return TRUE;
    }

  stored = cw_point_rule_find (self->db, cw_point_rule_get_code (rule), NULL);
  if (stored != NULL && same_rule (stored, rule))
    {
      cw_import_unchanged (import);
      return TRUE;
    }
  if (stored != NULL)
    {
      problem = g_strdup_printf (_("The rule book already has a rule %s (%s, %d points) and it was left as it is; "
                                   "change rules in the window, where entries already made keep their points."),
                                 cw_point_rule_get_code (stored), cw_point_rule_get_description (stored),
                                 cw_point_rule_get_points (stored));
      cw_import_refuse_row (import, row, code, problem);
      return TRUE;
    }

  if (!cw_point_rule_add (self->db, rule, &row_error))
    return cw_import_refuse_row_for (import, row, code, g_steal_pointer (&row_error), error);
  cw_import_changed (import, "point_rule");
  return TRUE;
}

const CwImporter cw_point_rule_importer = {
  .unit = "rules",
  .column_names = rule_columns,
  .columns = rule_column_table,
  .unit_column = -1,
  .state_size = sizeof (Rules),
  .prepare = need_village,
  .begin = begin_rules,
  .write = settle_rule,
  .end = end_rules,
};

/* Party members */

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
  /* Names and ID numbers are stored cleaned (cw-text.h); so is the query. */
  g_autofree char *text = cw_text_clean_line (id_number_or_name);
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

/* Entries */

typedef struct
{
  CwDatabase         *db;
  gboolean            reviewed;
  GHashTable         *rules;          /* code → CwPointRule, or a missing key */
  GHashTable         *households;     /* 户号 → id (0: not found) */
  GHashTable         *members;        /* text → id (0: see member_errors) */
  GHashTable         *member_errors;  /* text → message */
  sqlite3_stmt       *same_household;
  sqlite3_stmt       *same_member;
  gint64              last_before;    /* the last entry id before the import */
  GHashTable         *quarters;       /* the quarters that held entries before it */
  CwPointEntryWriter *writer;
  /* The entries' audit rows, written once at the end (cw-audit-private.h). */
  CwAuditBatch       *audit;
} Entries;

/* A code the rule book lacks is remembered as NULL. */
static void
unref_rule (gpointer rule)
{
  if (rule != NULL)
    g_object_unref (rule);
}

static CwPointRule *
lookup_rule (Entries      *self,
             const char   *code,
             char        **problem)
{
  CwPointRule *rule;

  if (!g_hash_table_lookup_extended (self->rules, code, NULL, (gpointer *) &rule))
    {
      rule = cw_point_rule_find (self->db, code, NULL);
      g_hash_table_insert (self->rules, g_strdup (code), rule);
    }
  if (rule == NULL)
    *problem = g_strdup_printf (_("There is no rule %s in the rule book; import or add the rule first."), code);
  return rule;
}

static gint64
lookup_household (Entries      *self,
                  const char   *number,
                  char        **problem)
{
  gpointer value;
  gint64 id;

  /* Every household is in the table (load_households()). */
  if (g_hash_table_lookup_extended (self->households, number, NULL, &value))
    id = *(gint64 *) value;
  else
    id = 0;
  if (id == 0)
    {
      g_autoptr(GError) error = NULL;

      cw_household_number_not_found (self->db, number, &error);
      *problem = g_strdup (error->message);
    }
  return id;
}

static gint64
lookup_member (Entries      *self,
               const char   *text,
               char        **problem)
{
  gpointer value;
  gint64 id;

  if (g_hash_table_lookup_extended (self->members, text, NULL, &value))
    id = *(gint64 *) value;
  else
    {
      g_autoptr(GError) local_error = NULL;

      id = cw_point_find_party_member (self->db, text, &local_error);
      g_hash_table_insert (self->members, g_strdup (text), g_memdup2 (&id, sizeof id));
      if (id == 0)
        g_hash_table_insert (self->member_errors, g_strdup (text), g_strdup (local_error->message));
    }
  if (id == 0)
    *problem = g_strdup (g_hash_table_lookup (self->member_errors, text));
  return id;
}

/* Who a row is for: the subject's id, and the key the report names. */
static gint64
row_subject (Entries            *self,
             const CwImportRow  *row,
             CwPointRule        *rule,
             const char        **key,
             char              **problem)
{
  const char *number = row->fields[ENTRY_NUMBER];
  const char *id_number = row->fields[ENTRY_ID_NUMBER];
  const char *name = row->fields[ENTRY_NAME];

  if (g_str_equal (cw_point_rule_get_scheme (rule), CW_SCHEME_HOUSEHOLD))
    {
      *key = number;
      if (number[0] == '\0')
        {
          *problem = g_strdup_printf (_("Rule %s is a rule of 村民积分, earned by households: the column “%s” "
                                        "needs the household’s number."),
                                      cw_point_rule_get_code (rule), entry_columns[ENTRY_NUMBER]);
          return 0;
        }
      return lookup_household (self, number, problem);
    }

  /* 党员积分: the most precise of what the row gives. */
  *key = id_number[0] != '\0' ? id_number : name[0] != '\0' ? name : number;
  if ((*key)[0] == '\0')
    {
      *problem = g_strdup_printf (_("Rule %s is a rule of 党员积分, earned by party members: name the member by "
                                    "ID number or name, in the column “%s”, “%s” or “%s”."),
                                  cw_point_rule_get_code (rule), entry_columns[ENTRY_ID_NUMBER],
                                  entry_columns[ENTRY_NAME],
                                  entry_columns[ENTRY_NUMBER]);
      return 0;
    }
  return lookup_member (self, *key, problem);
}

/* An entry already in the register (not made by this import) that the
 * row repeats; 0 when none, -1 with @error when it cannot be read. */
static gint64
already_recorded (Entries      *self,
                  const char   *scheme,
                  gint64        subject_id,
                  CwPointRule  *rule,
                  const char   *day,
                  int           quantity,
                  const char   *note,
                  GError      **error)
{
  gboolean party = g_str_equal (scheme, CW_SCHEME_PARTY);
  sqlite3_stmt *stmt = party ? self->same_member : self->same_household;
  g_autofree char *quarter = cw_quarter_of_date (day);
  gint64 id = 0;

  /* A quarter the register had no entry in (a new quarter's file, or an
   * empty register) has nothing to repeat: asked once per file, not by a
   * query for every row. */
  if (!g_hash_table_contains (self->quarters, quarter))
    return 0;
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, subject_id);
  sqlite3_bind_text (stmt, 2, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, cw_point_rule_get_id (rule));
  sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, quantity);
  sqlite3_bind_text (stmt, 6, note, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, self->last_before);
  switch (cw_database_step_one (self->db, stmt, error))
    {
    case SQLITE_ROW:
      id = sqlite3_column_int64 (stmt, 0);
      break;
    case SQLITE_ERROR:
      id = -1;
      break;
    default:
      break;
    }
  sqlite3_reset (stmt);
  return id;
}

#define SAME_ENTRY(subject) \
  "SELECT e.id FROM point_entry e WHERE e." subject " = ?1 AND e.quarter = ?2 AND e.rule_id = ?3 " \
  "AND e.entry_date = ?4 AND e.quantity = ?5 AND e.note = ?6 AND e.id <= ?7 " \
  "AND e.state <> 'rejected' AND e.reverses_id IS NULL " \
  "AND NOT EXISTS (SELECT 1 FROM point_entry r WHERE r.reverses_id = e.id) LIMIT 1"

static gboolean
load_quarters (Entries  *self,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (self->db, "SELECT DISTINCT quarter FROM point_entry", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (self->quarters, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return cw_database_fail (self->db, error);
  return TRUE;
}

/* The file must say who earned the points. */
static gboolean
check_subject_columns (CwImport  *import,
                       GError   **error)
{
  for (guint c = ENTRY_NUMBER; c <= ENTRY_NAME; c++)
    if (cw_import_has_column (import, c))
      return TRUE;
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("The header on line %u has no column “%s” (or, for party members, “%s” or “%s”): "
                 "the file does not say who earned the points."),
               cw_import_get_header_line (import), entry_columns[ENTRY_NUMBER],
               entry_columns[ENTRY_ID_NUMBER], entry_columns[ENTRY_NAME]);
  return FALSE;
}

/* The register's households by number, in one query: a row's household
 * is then a lookup, not a query. */
static gboolean
load_households (Entries  *self,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (self->db, "SELECT number, id FROM household", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (self->households, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_memdup2 (&id, sizeof id));
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (self->db, error);
  return TRUE;
}

static gboolean
begin_entries (CwImport  *import,
               gpointer   state,
               GError   **error)
{
  Entries *self = state;

  self->db = cw_import_get_database (import);
  self->reviewed = (cw_import_get_flags (import) & CW_POINT_IMPORT_REVIEWED) != 0;
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_rule);
  self->households = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->member_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->quarters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!check_subject_columns (import, error))
    return FALSE;
  self->same_household = cw_database_prepare (self->db, SAME_ENTRY ("household_id"), error);
  if (self->same_household == NULL)
    return FALSE;
  self->same_member = cw_database_prepare (self->db, SAME_ENTRY ("person_id"), error);
  if (self->same_member == NULL)
    return FALSE;
  self->last_before = cw_database_query_int (self->db, "SELECT coalesce(max(id), 0) FROM point_entry", 0);
  if (!load_quarters (self, error) || !load_households (self, error))
    return FALSE;
  self->writer = cw_point_entry_writer_new (self->db);
  /* One moment for the whole review, as one UPDATE of them all gave. */
  if (self->reviewed)
    {
      g_autoptr(sqlite3_stmt) now =
        cw_database_prepare (self->db, "SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')", error);

      if (now == NULL || sqlite3_step (now) != SQLITE_ROW)
        return now == NULL ? FALSE : cw_database_fail (self->db, error);
      cw_point_entry_writer_set_reviewed (self->writer, (const char *) sqlite3_column_text (now, 0));
    }
  self->audit = cw_audit_batch_inserts (self->db, "point_entry", error);
  return self->audit != NULL;
}

/* The entries' audit rows. With --reviewed the entries went in reviewed
 * (begin_entries()); the audit log holds, as before, each entry's insert
 * (pending) and then its review, as cw_point_entry_review() writes them. */
static gboolean
finish_entries (CwImport  *import,
                gpointer   state,
                GError   **error)
{
  static const char * const reviewed_columns[] = { "state", "reviewed_by", "reviewed_at", NULL };
  static const char * const inserted_values[] = { "'" CW_POINT_STATE_PENDING "'", "NULL", "NULL", NULL };
  Entries *self = state;

  if (self->reviewed)
    cw_audit_batch_set_inserted_as (self->audit, reviewed_columns, inserted_values);
  return cw_audit_batch_finish (self->audit, error);
}

static void
end_entries (gpointer state)
{
  Entries *self = state;

  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_pointer (&self->households, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_pointer (&self->member_errors, g_hash_table_unref);
  g_clear_pointer (&self->quarters, g_hash_table_unref);
  g_clear_pointer (&self->same_household, sqlite3_finalize);
  g_clear_pointer (&self->same_member, sqlite3_finalize);
  g_clear_pointer (&self->writer, cw_point_entry_writer_free);
  g_clear_pointer (&self->audit, cw_audit_batch_free);
}

/* Settles one row: imported, or a problem in the report. FALSE only on a
 * database error that must stop the import. */
static gboolean
settle_entry (CwImport            *import,
              const CwImportUnit  *unit,
              gpointer             verdict,
              gpointer             state,
              GError             **error)
{
  Entries *self = state;
  const CwImportRow *row = unit->rows[0];
  const char *code = row->fields[ENTRY_RULE];
  const char *date_text = row->fields[ENTRY_DATE];
  const char *quantity_text = row->fields[ENTRY_QUANTITY];
  const char *note = row->fields[ENTRY_NOTE];
  const char *key = row->fields[ENTRY_NUMBER];
  g_autofree char *problem = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GError) row_error = NULL;
  CwPointRule *rule = NULL;
  gint64 quantity = 1;
  gint64 subject_id = 0, same, id;
  GDate date;

  if (code[0] == '\0')
    problem = g_strdup_printf (_("The column “%s” is empty: every row needs the code of its rule."),
                               entry_columns[ENTRY_RULE]);
  else if ((rule = lookup_rule (self, code, &problem)) != NULL)
    subject_id = row_subject (self, row, rule, &key, &problem);
  if (problem == NULL)
    {
      if (date_text[0] == '\0')
        problem = g_strdup_printf (_("The column “%s” is empty: every entry needs the day it was earned."),
                                   entry_columns[ENTRY_DATE]);
      else if (!cw_date_parse_cell (date_text, &date, &row_error))
        problem = g_strdup_printf (_("The column “%s”: %s"), entry_columns[ENTRY_DATE], row_error->message);
      else if (quantity_text[0] != '\0' && !parse_whole_number (quantity_text, 1, CW_ENTRY_QUANTITY_MAX, &quantity))
        problem = g_strdup_printf (_("The column “%s” says “%s”; it needs a whole number from 1 to 10000 "
                                     "(how many times the rule applies), or nothing for 1."),
                                   entry_columns[ENTRY_QUANTITY], quantity_text);
    }
  if (problem == NULL)
    {
      day = cw_date_format (&date);
      same = already_recorded (self, cw_point_rule_get_scheme (rule), subject_id, rule, day, (int) quantity, note,
                               error);
      if (same < 0)
        return FALSE;
      if (same != 0)
        problem = g_strdup_printf (_("This entry is already in the register (entry %d: rule %s on %s, "
                                     "quantity %d); it was not entered twice."),
                                   (int) same, code, day, (int) quantity);
    }
  if (problem != NULL)
    {
      cw_import_refuse_row (import, row, key, problem);
      return TRUE;
    }

  /* Reviewed, if asked, once every row is in (finish_entries()). */
  id = cw_point_entry_writer_add (self->writer, cw_point_rule_get_scheme (rule), subject_id, code, day,
                                  (int) quantity, note, "", &row_error);
  if (id == 0)
    return cw_import_refuse_row_for (import, row, key, g_steal_pointer (&row_error), error);
  if (self->reviewed)
    cw_import_count (import, CW_POINT_IMPORT_REVIEWED_COUNT, 1);
  cw_import_changed (import, "point_entry");
  return TRUE;
}

const CwImporter cw_point_entry_importer = {
  .unit = "entries",
  .column_names = entry_columns,
  .columns = entry_column_table,
  .unit_column = -1,
  .state_size = sizeof (Entries),
  .prepare = need_village,
  .begin = begin_entries,
  .write = settle_entry,
  .unit_needs_no_savepoint = TRUE,
  .finish = finish_entries,
  .end = end_entries,
};
