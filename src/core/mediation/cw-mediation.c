/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-text.h"
#include "core/mediation/cw-mediation-private.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-role.h"

const char * const cw_mediation_case_columns[CW_CASE_N_STORED] = {
  "intake_date", "source", "type", "risk_level", "risk_criminal", "risk_group", "summary",
  "request", "mediators", "recorder", "registered_by", "amount_fen", "settle_by", "agreement",
  "facts", "issues", "responsibility", "effective_date", "agreed_fen", "outcome", "closed_on",
  "next_step", "outcome_note", "confirm_applied", "confirm_court", "confirm_result",
  "confirm_number", "petition_decision", "petition_decided", "petition_due",
};

CwCaseColumnKind
cw_mediation_case_column_kind (CwCaseField field)
{
  switch (field)
    {
    case CW_CASE_AMOUNT:
    case CW_CASE_AGREED:
      return CW_CASE_COLUMN_FEN;
    case CW_CASE_RISK_CRIMINAL:
    case CW_CASE_RISK_GROUP:
      return CW_CASE_COLUMN_FLAG;
    case CW_CASE_AGREEMENT:
    case CW_CASE_EFFECTIVE_DATE:
    case CW_CASE_OUTCOME:
    case CW_CASE_CLOSED_ON:
    case CW_CASE_CONFIRM_APPLIED:
    case CW_CASE_PETITION_DECIDED:
    case CW_CASE_PETITION_DUE:
      return CW_CASE_COLUMN_NULLABLE;
    default:
      return CW_CASE_COLUMN_TEXT;
    }
}

/* Codes ---------------------------------------------------------------- */

typedef struct
{
  const char *what;
  const char *code;
  const char *english;   /* marked for translation */
  const char *chinese;   /* the official term, accepted whatever the language */
} Code;

static const Code codes[] = {
  { "source", "application", N_("Application by a party"), "当事人申请" },
  { "source", "initiative", N_("On the committee’s initiative"), "主动调解" },
  { "source", "police", N_("Transferred by the police"), "公安移交" },
  { "source", "court", N_("Entrusted by a court"), "法院委托" },
  { "source", "government", N_("Assigned by a government department"), "政府部门指定" },
  { "source", "petition", N_("Petition transferred"), "信访转办" },
  { "risk-level", "ordinary", N_("Ordinary"), "一般" },
  { "risk-level", "serious", N_("Serious"), "较大" },
  { "risk-level", "major", N_("Major"), "重大" },
  { "agreement", "written", N_("Written agreement"), "书面协议" },
  { "agreement", "oral", N_("Oral agreement"), "口头协议" },
  { "outcome", "success", N_("Settled"), "调解成功" },
  { "outcome", "failure", N_("Not settled"), "调解不成" },
  { "outcome", "terminated", N_("Terminated"), "终止" },
  { "next-step", "lawsuit", N_("Guided to a lawsuit"), "引导诉讼" },
  { "next-step", "arbitration", N_("Arbitration"), "仲裁" },
  { "next-step", "transfer", N_("Transferred"), "移交" },
  { "confirm-result", "confirmed", N_("Confirmed by the court"), "确认有效" },
  { "confirm-result", "rejected", N_("Not confirmed"), "驳回申请" },
  { "petition-decision", "accepted", N_("Accepted"), "受理" },
  { "petition-decision", "transferred", N_("Transferred elsewhere"), "转送" },
  /* The lines of the ledger's sheet of petitions and extensions. */
  { "handling", "petition-accepted", N_("Petition accepted"), "信访受理" },
  { "handling", "petition-transferred", N_("Petition transferred elsewhere"), "信访转送" },
  { "handling", "mediation-extended", N_("Mediation extended"), "调解延期" },
  { "handling", "petition-extended", N_("Petition extended"), "信访延期" },
  { "sex", "M", N_("Male"), "男" },
  { "sex", "F", N_("Female"), "女" },
  { "side", "applicant", N_("Applicant"), "申请人" },
  { "side", "respondent", N_("Respondent"), "被申请人" },
  { "performed", "full", N_("Fully performed"), "全部履行" },
  { "performed", "partial", N_("Partly performed"), "部分履行" },
  { "performed", "none", N_("Not performed"), "未履行" },
  { "satisfaction", "satisfied", N_("Satisfied"), "满意" },
  { "satisfaction", "basically", N_("Basically satisfied"), "基本满意" },
  { "satisfaction", "unsatisfied", N_("Not satisfied"), "不满意" },
  { "due", "settle", N_("Settle the mediation"), "调解期限" },
  { "due", "petition-decide", N_("Accept or transfer the petition"), "信访受理期限" },
  { "due", "petition-finish", N_("Finish the petition"), "信访办结期限" },
  { "due", "confirm", N_("Apply for judicial confirmation"), "司法确认申请期限" },
  { "due", "followup", N_("Follow up the agreement"), "回访" },
  { "state", "open", N_("Open"), "调解中" },
};

const char * const *
cw_mediation_codes (const char *what)
{
  static GHashTable *lists;   /* what → const char ** (never freed) */
  static GMutex lock;
  const char **list;

  g_mutex_lock (&lock);
  if (lists == NULL)
    {
      lists = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
        if (g_hash_table_lookup (lists, codes[i].what) == NULL)
          {
            g_autoptr(GPtrArray) these = g_ptr_array_new ();

            for (guint j = i; j < G_N_ELEMENTS (codes); j++)
              if (g_str_equal (codes[j].what, codes[i].what))
                g_ptr_array_add (these, (gpointer) codes[j].code);
            g_ptr_array_add (these, NULL);
            g_hash_table_insert (lists, (gpointer) codes[i].what, g_ptr_array_free (g_steal_pointer (&these), FALSE));
          }
    }
  list = g_hash_table_lookup (lists, what);
  g_mutex_unlock (&lock);

  g_return_val_if_fail (list != NULL, NULL);
  return (const char * const *) list;
}

const char *
cw_mediation_label (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i].code, code))
      return _(codes[i].english);
  return code != NULL ? code : "";
}

const char *
cw_mediation_code_from_text (const char *what,
                             const char *text)
{
  g_autofree char *clean = cw_text_clean_line (text);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i].what, what) &&
        (g_ascii_strcasecmp (clean, codes[i].code) == 0 ||
         g_str_equal (clean, codes[i].chinese) ||
         g_ascii_strcasecmp (clean, codes[i].english) == 0 ||
         g_str_equal (clean, _(codes[i].english))))
      return codes[i].code;
  return NULL;
}

/* Numbers and amounts -------------------------------------------------- */

char *
cw_mediation_format_number (const char *short_name,
                            int         year,
                            int         seq)
{
  return g_strdup_printf ("（%d）%s人调字第%d号", year, short_name, seq);
}

gboolean
cw_mediation_parse_number (const char  *text,
                           int         *year,
                           int         *seq,
                           GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (text);
  g_autoptr(GRegex) printed = g_regex_new ("^\\((\\d{4})\\).*第(\\d+)号$", 0, 0, NULL);
  g_autoptr(GRegex) short_form = g_regex_new ("^(\\d{4})-(\\d+)$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  /* NFKC has made （） into (). */
  if (!g_regex_match (printed, clean, 0, &match))
    {
      g_clear_pointer (&match, g_match_info_unref);
      g_regex_match (short_form, clean, 0, &match);
    }
  if (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *n = g_match_info_fetch (match, 2);
      gint64 number = g_ascii_strtoll (n, NULL, 10);

      if (number > 0 && number < G_MAXINT)
        {
          *year = (int) g_ascii_strtoll (y, NULL, 10);
          *seq = (int) number;
          return TRUE;
        }
    }
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not a case number: write it as printed, （2026）清溪人调字第3号, or as 2026-3."),
               text);
  return FALSE;
}

gboolean
cw_mediation_parse_yuan (const char *text,
                         gint64     *fen)
{
  g_autofree char *clean = cw_text_clean_line (text);
  GString *digits = g_string_new (NULL);
  const char *p;
  gint64 whole = 0;
  int decimals = -1;
  gint64 cents = 0;

  for (p = clean; *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (digits, *p);
  if (g_str_has_suffix (digits->str, "元"))
    g_string_truncate (digits, digits->len - strlen ("元"));

  p = digits->str;
  if (*p == '\0')
    {
      g_string_free (digits, TRUE);
      *fen = 0;
      return TRUE;
    }
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && decimals < 0)
        decimals = 0;
      else if (!g_ascii_isdigit (*p) || decimals >= 2 || whole > G_GINT64_CONSTANT (1000000000000))
        {
          g_string_free (digits, TRUE);
          return FALSE;
        }
      else if (decimals < 0)
        whole = whole * 10 + (*p - '0');
      else
        {
          cents = cents * 10 + (*p - '0');
          decimals++;
        }
    }
  g_string_free (digits, TRUE);
  if (decimals == 1)
    cents *= 10;
  *fen = whole * 100 + cents;
  return TRUE;
}

char *
cw_mediation_format_yuan (gint64 fen)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", fen / 100, (int) (fen % 100));
}

/* The committee --------------------------------------------------------- */

static char *
village_name (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "SELECT name FROM village WHERE id = 1", NULL);
  int rc;

  if (stmt == NULL)
    return g_strdup ("");
  /* A part of a heading on forms, none of whose callers can show an
   * error: a failed read is logged, not taken for a village with no name. */
  if ((rc = cw_database_step_one (db, stmt, NULL)) == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc == SQLITE_ERROR)
    cw_database_warn (db, "the village's name");
  return g_strdup ("");
}

char *
cw_mediation_short_name (CwDatabase *db)
{
  g_autofree char *name = cw_settings_get_mediation_short_name (db);

  return name != NULL ? g_steal_pointer (&name) : village_name (db);
}

char *
cw_mediation_committee_name (CwDatabase *db)
{
  g_autofree char *name = cw_settings_get_mediation_committee (db);
  g_autofree char *village = NULL;

  if (name != NULL)
    return g_steal_pointer (&name);
  village = village_name (db);
  return g_strconcat (village, "人民调解委员会", NULL);
}

GStrv
cw_mediation_committee_members (CwDatabase *db,
                                const char *on)
{
  static const CwRoleKind kinds[] = { CW_ROLE_MEDIATION_CHAIR, CW_ROLE_MEDIATOR };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autofree char *today = on != NULL ? g_strdup (on) : cw_date_today_text ();

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) holders = cw_village_role_holders (db, kinds[k], today, NULL);

      for (guint i = 0; holders != NULL && i < g_list_model_get_n_items (holders); i++)
        {
          g_autoptr(CwVillageRole) role = g_list_model_get_item (holders, i);

          g_strv_builder_add (names, cw_village_role_get_name (role));
        }
    }
  return g_strv_builder_end (names);
}

/* Types ------------------------------------------------------------------ */

GStrv
cw_mediation_types (CwDatabase  *db,
                    gboolean     retired,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  int rc;

  stmt = cw_database_prepare (db,
                              "SELECT name FROM mediation_type WHERE ?1 OR retired = 0 "
                              "ORDER BY retired, position, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, retired);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_strv_builder_end (names);
}

static gboolean
type_write (CwDatabase  *db,
            const char  *sql,
            const char  *name,
            GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (name);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (clean[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Type: fill in the name of the dispute type."));
      return FALSE;
    }
  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      cw_database_rollback (db);
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no dispute type “%s”."), clean);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "mediation_type");
  return TRUE;
}

gboolean
cw_mediation_type_add (CwDatabase  *db,
                       const char  *name,
                       GError     **error)
{
  return type_write (db,
                     "INSERT INTO mediation_type (name, position) "
                     "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM mediation_type)) "
                     "ON CONFLICT (name) DO UPDATE SET retired = 0",
                     name, error);
}

gboolean
cw_mediation_type_retire (CwDatabase  *db,
                          const char  *name,
                          GError     **error)
{
  return type_write (db, "UPDATE mediation_type SET retired = 1 WHERE name = ?1 AND retired = 0", name, error);
}

/* Reading ---------------------------------------------------------------- */

/* The case columns from 3 on, after id, year and seq. */
static char *
case_select (const char *extra)
{
  g_autoptr(GString) sql = g_string_new ("SELECT c.id, c.year, c.seq");

  for (guint i = 0; i < CW_CASE_N_STORED; i++)
    g_string_append_printf (sql, ", c.%s", cw_mediation_case_columns[i]);
  g_string_append (sql, extra);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static CwMediationCase *
case_from_row (sqlite3_stmt *stmt,
               const char   *short_name)
{
  CwMediationCase *mediation_case = g_object_new (CW_TYPE_MEDIATION_CASE, NULL);
  g_autofree char *number = NULL;
  int year = sqlite3_column_int (stmt, 1);
  int seq = sqlite3_column_int (stmt, 2);

  cw_mediation_case_set_number (mediation_case, sqlite3_column_int64 (stmt, 0), year, seq);
  for (guint i = 0; i < CW_CASE_N_STORED; i++)
    {
      if (cw_mediation_case_column_kind (i) == CW_CASE_COLUMN_FEN)
        {
          g_autofree char *yuan = cw_mediation_format_yuan (sqlite3_column_int64 (stmt, (int) i + 3));
          cw_mediation_case_set (mediation_case, i, yuan);
        }
      else
        cw_mediation_case_set (mediation_case, i, (const char *) sqlite3_column_text (stmt, (int) i + 3));
    }
  number = cw_mediation_format_number (short_name, year, seq);
  cw_mediation_case_set_derived (mediation_case, CW_CASE_NUMBER, number);
  return mediation_case;
}

gboolean
cw_mediation_party_fill_from_person (CwDatabase      *db,
                                     CwMediationRow  *party,
                                     gint64           person_id,
                                     const char      *on,
                                     GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *person_text = g_strdup_printf ("%" G_GINT64_FORMAT, person_id);
  const char *birth;
  GDate birth_date, on_date;
  int rc;

  stmt = cw_database_prepare (db,
                              "SELECT p.name, coalesce(p.sex, ''), p.ethnicity, coalesce(p.birth_date, ''), "
                              "       p.phone, h.address, h.number, coalesce(p.id_number, '') "
                              "FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Party: there is no such person in the register."));
      return FALSE;
    }
  cw_mediation_row_set (party, CW_PARTY_PERSON_ID, person_text);
  cw_mediation_row_set (party, CW_PARTY_NAME, (const char *) sqlite3_column_text (stmt, 0));
  cw_mediation_row_set (party, CW_PARTY_SEX, (const char *) sqlite3_column_text (stmt, 1));
  cw_mediation_row_set (party, CW_PARTY_ETHNICITY, (const char *) sqlite3_column_text (stmt, 2));
  cw_mediation_row_set (party, CW_PARTY_PHONE, (const char *) sqlite3_column_text (stmt, 4));
  cw_mediation_row_set (party, CW_PARTY_ADDRESS, (const char *) sqlite3_column_text (stmt, 5));
  cw_mediation_row_set (party, CW_PARTY_HOUSEHOLD_NUMBER, (const char *) sqlite3_column_text (stmt, 6));
  cw_mediation_row_set (party, CW_PARTY_ID_NUMBER, (const char *) sqlite3_column_text (stmt, 7));
  birth = (const char *) sqlite3_column_text (stmt, 3);
  cw_mediation_row_set (party, CW_PARTY_AGE, "");
  if (cw_date_parse (birth, &birth_date, NULL))
    {
      g_autofree char *age = NULL;

      if (on == NULL || !cw_date_parse (on, &on_date, NULL))
        cw_date_today (&on_date);
      /* Nothing for someone born after the day (a wrong date). */
      if (cw_date_age_on (&birth_date, &on_date) >= 0)
        {
          age = g_strdup_printf ("%d", cw_date_age_on (&birth_date, &on_date));
          cw_mediation_row_set (party, CW_PARTY_AGE, age);
        }
    }
  return TRUE;
}

static const char * const row_order[CW_MEDIATION_N_KINDS] = {
  [CW_MEDIATION_PARTY] = "side, position, id",
  [CW_MEDIATION_SESSION] = "held_on, id",
  [CW_MEDIATION_TERM] = "position, id",
  [CW_MEDIATION_FOLLOWUP] = "visited_on, id",
  [CW_MEDIATION_EXTENSION] = "granted_on, id",
};

static gboolean
load_rows (CwDatabase       *db,
           CwMediationCase  *mediation_case,
           CwMediationKind   kind,
           GError          **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = cw_mediation_row_n_fields (kind);
  int rc;

  for (guint f = 0; f < n; f++)
    if (cw_mediation_row_is_saved_field (kind, f))
      g_string_append_printf (sql, ", coalesce(%s, '')", cw_mediation_row_field_name (kind, f));
  g_string_append_printf (sql, " FROM %s WHERE case_id = ?1 ORDER BY %s",
                          cw_mediation_row_table (kind), row_order[kind]);
  stmt = cw_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cw_mediation_case_get_id (mediation_case));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwMediationRow) row = cw_mediation_row_new (kind);
      int column = 1;

      cw_mediation_row_set_id (row, sqlite3_column_int64 (stmt, 0));
      for (guint f = 0; f < n; f++)
        if (cw_mediation_row_is_saved_field (kind, f))
          cw_mediation_row_set (row, f, (const char *) sqlite3_column_text (stmt, column++));
      if (kind == CW_MEDIATION_PARTY && cw_mediation_row_get (row, CW_PARTY_PERSON_ID)[0] != '\0' &&
          !cw_mediation_party_fill_from_person (db, row,
                                                g_ascii_strtoll (cw_mediation_row_get (row, CW_PARTY_PERSON_ID), NULL, 10),
                                                cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE),
                                                error))
        return FALSE;
      cw_mediation_case_add_row (mediation_case, row);
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  return TRUE;
}

CwMediationCase *
cw_mediation_case_load (CwDatabase  *db,
                        gint64       id,
                        GError     **error)
{
  g_autofree char *sql = case_select (" FROM mediation_case c WHERE c.id = ?1");
  g_autofree char *short_name = cw_mediation_short_name (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CwMediationCase) mediation_case = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no such mediation case."));
      return NULL;
    }
  mediation_case = case_from_row (stmt, short_name);
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    if (!load_rows (db, mediation_case, k, error))
      return NULL;
  return g_steal_pointer (&mediation_case);
}

CwMediationCase *
cw_mediation_case_find (CwDatabase  *db,
                        const char  *number,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int year, seq, rc;

  if (!cw_mediation_parse_number (number, &year, &seq, error))
    return NULL;
  stmt = cw_database_prepare (db, "SELECT id FROM mediation_case WHERE year = ?1 AND seq = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, seq);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no mediation case %d-%d."), year, seq);
      return NULL;
    }
  return cw_mediation_case_load (db, sqlite3_column_int64 (stmt, 0), error);
}

/* A party's name: the register's for a person of it. */
#define PARTY_NAMES(side) \
  "(SELECT group_concat(name, '、') FROM (SELECT coalesce(p.name, mp.name) AS name " \
  "  FROM mediation_party mp LEFT JOIN person p ON p.id = mp.person_id " \
  "  WHERE mp.case_id = c.id AND mp.side = '" side "' ORDER BY mp.position, mp.id))"

static GListModel *
list_cases (CwDatabase  *db,
            const char  *where,
            gint64       value,
            const char  *today,
            GError     **error)
{
  g_autofree char *extra = g_strconcat (
    ", " PARTY_NAMES ("applicant") ", " PARTY_NAMES ("respondent") ", "
    "(SELECT group_concat(coalesce(p.name, mp.name) || ' ' || coalesce(p.search_key, mp.search_key) || ' ' || "
    "                     coalesce(h.number, ''), ' ') "
    " FROM mediation_party mp LEFT JOIN person p ON p.id = mp.person_id "
    " LEFT JOIN household h ON h.id = p.household_id WHERE mp.case_id = c.id), "
    "(SELECT d.due || ' ' || d.kind FROM mediation_due d WHERE d.case_id = c.id "
    "  AND (d.kind <> 'confirm' OR d.due >= ?2) ORDER BY d.due LIMIT 1) "
    "FROM mediation_case c ", where, " ORDER BY c.year DESC, c.seq DESC", NULL);
  g_autofree char *sql = case_select (extra);
  g_autofree char *short_name = cw_mediation_short_name (db);
  g_autofree char *now = today != NULL ? g_strdup (today) : cw_date_today_text ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  const int tail = CW_CASE_N_STORED + 3;
  int rc;

  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwMediationCase *mediation_case = case_from_row (stmt, short_name);
      const char *applicants = (const char *) sqlite3_column_text (stmt, tail);
      const char *respondents = (const char *) sqlite3_column_text (stmt, tail + 1);
      const char *due = (const char *) sqlite3_column_text (stmt, tail + 3);
      g_autofree char *parties = NULL;

      parties = respondents != NULL ? g_strconcat (applicants != NULL ? applicants : "", " — ", respondents, NULL)
                                    : g_strdup (applicants);
      cw_mediation_case_set_derived (mediation_case, CW_CASE_PARTIES, parties);
      cw_mediation_case_set_derived (mediation_case, CW_CASE_SEARCH_KEY,
                                     (const char *) sqlite3_column_text (stmt, tail + 2));
      if (due != NULL && strlen (due) > 11)
        {
          g_autofree char *date = g_strndup (due, 10);

          cw_mediation_case_set_derived (mediation_case, CW_CASE_NEXT_DUE, date);
          cw_mediation_case_set_derived (mediation_case, CW_CASE_NEXT_DUE_KIND, due + 11);
        }
      g_ptr_array_add (rows, mediation_case);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  store = g_list_store_new (CW_TYPE_MEDIATION_CASE);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

GListModel *
cw_mediation_case_list (CwDatabase  *db,
                        int          year,
                        const char  *today,
                        GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return list_cases (db, "WHERE ?1 = 0 OR c.year = ?1", year, today, error);
}

GListModel *
cw_mediation_case_list_for_household (CwDatabase  *db,
                                      gint64       household_id,
                                      GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return list_cases (db,
                     "WHERE c.id IN (SELECT mp.case_id FROM mediation_party mp JOIN person p ON p.id = mp.person_id "
                     "               WHERE p.household_id = ?1)",
                     household_id, NULL, error);
}

/* The one id @sql gives in *@id: 0 for none, -1 for several; FALSE with
 * @error when it cannot be read. */
static gboolean
person_by (CwDatabase  *db,
           const char  *sql,
           const char  *first,
           const char  *second,
           gint64      *id,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, second, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE;
  *id = sqlite3_column_int64 (stmt, 0);
  /* Two present members of one name in one household: the clerk must
   * choose, not the program. */
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    {
      *id = 0;
      return FALSE;
    }
  if (rc == SQLITE_ROW)
    *id = -1;
  return TRUE;
}

/* The forms a party is written in, for every message about one. */
static const char *
party_forms (void)
{
  return _("Write a party as 户号:姓名 (e.g. 0101:张三), an ID number, or 姓名,性别,年龄,住址,电话 for someone from "
           "outside.");
}

/* A party's text that is none of the forms: what is wrong, then the
 * forms. @typed is the text as the person wrote it. */
static void
set_bad_party (GError     **error,
               const char  *typed,
               const char  *what)
{
  /* Translators: a malformed party: what was typed, what is wrong with
   * it, the forms a party is written in */
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Party “%s”: %s %s"), typed, what, party_forms ());
}

/* "户号:姓名": the present member of that name in that household. */
static gint64
person_of_household (CwDatabase  *db,
                     const char  *typed,
                     const char  *clean,
                     const char  *colon,
                     GError     **error)
{
  g_autofree char *number_text = g_strndup (clean, (gsize) (colon - clean));
  g_autofree char *number = cw_text_normalize_key (g_strstrip (number_text));
  g_autofree char *name = g_strstrip (g_strdup (colon + 1));
  gint64 person;

  if (strchr (name, ':') != NULL)
    {
      set_bad_party (error, typed, _("it has more than one “:”; write one, between the household number and the "
                                     "name."));
      return 0;
    }
  if (strchr (name, ',') != NULL)
    {
      set_bad_party (error, typed, _("a person of the register is written 户号:姓名 alone; the register has the rest."));
      return 0;
    }
  if (number[0] == '\0')
    {
      set_bad_party (error, typed, _("the household number (户号) before “:” is missing."));
      return 0;
    }
  if (name[0] == '\0')
    {
      set_bad_party (error, typed, _("the name after “:” is missing."));
      return 0;
    }
  if (!person_by (db, "SELECT id FROM household WHERE number = ?1", number, NULL, &person, error))
    return 0;
  if (person == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Party “%s”: there is no household %s in the register."),
                   typed, number);
      return 0;
    }
  if (!person_by (db,
                  "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id "
                  "WHERE h.number = ?1 AND p.name = ?2 AND p.status IN ('active', 'migrant')",
                  number, name, &person, error))
    return 0;
  if (person <= 0)
    g_set_error (error, CW_ERROR, person < 0 ? CW_ERROR_INVALID : CW_ERROR_NOT_FOUND,
                 person < 0 ? _("Party “%s”: household %s has two members of that name; give the ID number.")
                            : _("Party “%s”: household %s has no present member of that name."),
                 typed, number);
  return person;
}

CwMediationRow *
cw_mediation_party_from_text (CwDatabase  *db,
                              const char  *side,
                              const char  *text,
                              const char  *on,
                              GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (text);
  g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);
  g_autofree char *typed = g_strstrip (g_strdup (text));
  const char *comma = strchr (clean, ',');
  const char *colon = strchr (clean, ':');
  gint64 person = 0;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  cw_mediation_row_set (party, CW_PARTY_SIDE, side);
  /* 户号:姓名, unless the colon is in an outsider's address. */
  if (colon != NULL && (comma == NULL || colon < comma))
    {
      person = person_of_household (db, typed, clean, colon, error);
      if (person <= 0)
        return NULL;
    }
  /* 18 bytes is also a name of six characters. */
  else if (strlen (clean) == 18 && strspn (clean, "0123456789") >= 17)
    {
      g_autofree char *id_number = g_ascii_strup (clean, -1);

      if (!person_by (db, "SELECT id FROM person WHERE id_number = ?1", id_number, NULL, &person, error))
        return NULL;
      if (person <= 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Party: no one in the register has the ID number %s."),
                       id_number);
          return NULL;
        }
    }
  if (person > 0)
    return cw_mediation_party_fill_from_person (db, party, person, on, error) ? g_steal_pointer (&party) : NULL;

  {
    static const guint fields[] = { CW_PARTY_NAME, CW_PARTY_SEX, CW_PARTY_AGE, CW_PARTY_ADDRESS, CW_PARTY_PHONE };
    g_auto(GStrv) parts = g_strsplit (clean, ",", -1);
    guint n_parts = g_strv_length (parts);

    /* A field past the phone would end up inside it ("13812345678,多余"):
     * refused, so that nothing typed is lost or misread. */
    if (n_parts > G_N_ELEMENTS (fields))
      {
        g_autofree char *what = g_strdup_printf (_("it has %u fields parted by commas; someone from outside has "
                                                   "at most %u."),
                                                 n_parts, (guint) G_N_ELEMENTS (fields));

        set_bad_party (error, typed, what);
        return NULL;
      }
    for (guint i = 0; parts[i] != NULL; i++)
      {
        g_autofree char *phone = NULL;
        const char *value = g_strstrip (parts[i]);

        /* The households' rule: what Excel makes of a mobile number
         * (1.38123E+10) is no phone. */
        if (fields[i] == CW_PARTY_PHONE)
          {
            g_autoptr(GError) phone_error = NULL;

            if (!cw_phone_normalize (value, &phone, &phone_error))
              {
                g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Party “%s”: %s"), typed, phone_error->message);
                return NULL;
              }
            value = phone;
          }
        if (fields[i] == CW_PARTY_SEX && value[0] != '\0')
          {
            const char *sex = cw_mediation_code_from_text ("sex", value);

            if (sex == NULL)
              {
                g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Party “%s”: write the sex as 男 or 女."), typed);
                return NULL;
              }
            value = sex;
          }
        cw_mediation_row_set (party, fields[i], value);
      }
  }
  if (cw_mediation_row_get (party, CW_PARTY_NAME)[0] == '\0')
    {
      set_bad_party (error, typed, _("the name is missing."));
      return NULL;
    }
  return g_steal_pointer (&party);
}
