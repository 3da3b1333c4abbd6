/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-save"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-pinyin.h"
#include "core/mediation/cw-mediation-private.h"

/* The rules ---------------------------------------------------------------- */

static gboolean G_GNUC_PRINTF (3, 4)
refuse (GError     **error,
        int          code,
        const char  *format,
        ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CW_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

/* Normalizes the date in @text (typed in any form the office writes) and
 * stores it back; "" stays "" unless @required. */
static gboolean
check_date (char       **text,
            const char  *field,
            gboolean     required,
            GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *normal;

  if ((*text)[0] == '\0')
    return !required || refuse (error, CW_ERROR_INVALID, _("%s: fill in the date."), field);
  normal = cw_date_normalize (*text, &local);
  if (normal == NULL)
    return refuse (error, CW_ERROR_INVALID, "%s: %s", field, local->message);
  g_free (*text);
  *text = normal;
  return TRUE;
}

static gboolean
case_date (CwMediationCase  *mediation_case,
           CwCaseField       field,
           const char       *label,
           gboolean          required,
           GError          **error)
{
  g_autofree char *text = g_strdup (cw_mediation_case_get (mediation_case, field));

  if (!check_date (&text, label, required, error))
    return FALSE;
  cw_mediation_case_set (mediation_case, field, text);
  return TRUE;
}

static gboolean
row_date (CwMediationRow  *row,
          guint            field,
          const char      *label,
          gboolean         required,
          GError         **error)
{
  g_autofree char *text = g_strdup (cw_mediation_row_get (row, field));

  if (!check_date (&text, label, required, error))
    return FALSE;
  cw_mediation_row_set (row, field, text);
  return TRUE;
}

static gboolean
check_code (const char  *what,
            const char  *value,
            gboolean     may_be_empty,
            const char  *field,
            GError     **error)
{
  const char * const *codes = cw_mediation_codes (what);

  if ((may_be_empty && value[0] == '\0') || g_strv_contains (codes, value))
    return TRUE;
  return refuse (error, CW_ERROR_INVALID, _("%s: “%s” is not one of the choices."), field, value);
}

static char *
add_days (const char *date,
          int         days)
{
  GDate d;

  if (!cw_date_parse (date, &d, NULL))
    return g_strdup ("");
  g_date_add_days (&d, (guint) days);
  return cw_date_format (&d);
}

static gboolean
check_amount (CwMediationCase  *mediation_case,
              CwCaseField       field,
              const char       *label,
              GError          **error)
{
  gint64 fen;
  g_autofree char *yuan = NULL;

  if (!cw_mediation_parse_yuan (cw_mediation_case_get (mediation_case, field), &fen) ||
      fen > G_GINT64_CONSTANT (100000000000000))
    return refuse (error, CW_ERROR_INVALID, _("%s: write the amount in yuan, e.g. 1200 or 1200.50."), label);
  yuan = cw_mediation_format_yuan (fen);
  cw_mediation_case_set (mediation_case, field, yuan);
  return TRUE;
}

/* Whether @type is on the list, in *@exists; FALSE with @error when the
 * list cannot be read. */
static gboolean
type_exists (CwDatabase  *db,
             const char  *type,
             gboolean    *exists,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "SELECT 1 FROM mediation_type WHERE name = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, type, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return FALSE;
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
validate_parties (CwDatabase       *db,
                  CwMediationCase  *mediation_case,
                  GError          **error)
{
  GPtrArray *parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY);
  gboolean applicant = FALSE;

  for (guint i = 0; i < parties->len; i++)
    {
      CwMediationRow *party = g_ptr_array_index (parties, i);
      const char *age = cw_mediation_row_get (party, CW_PARTY_AGE);
      const char *person = cw_mediation_row_get (party, CW_PARTY_PERSON_ID);
      gint64 years;

      if (!check_code ("side", cw_mediation_row_get (party, CW_PARTY_SIDE), FALSE, _("Party"), error))
        return FALSE;
      applicant |= g_str_equal (cw_mediation_row_get (party, CW_PARTY_SIDE), "applicant");
      if (person[0] != '\0')
        {
          /* The register's particulars, as of the intake date. */
          if (!cw_mediation_party_fill_from_person (db, party, g_ascii_strtoll (person, NULL, 10),
                                                    cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE),
                                                    error))
            return FALSE;
          continue;
        }
      if (cw_mediation_row_get (party, CW_PARTY_NAME)[0] == '\0')
        return refuse (error, CW_ERROR_INVALID, _("Party: fill in each party’s name."));
      if (!check_code ("sex", cw_mediation_row_get (party, CW_PARTY_SEX), TRUE, _("Sex"), error))
        return FALSE;
      if (age[0] != '\0' &&
          (!g_ascii_string_to_signed (age, 10, 0, 150, &years, NULL)))
        return refuse (error, CW_ERROR_INVALID, _("Age: “%s” is not an age in years (0–150)."), age);
    }
  if (!applicant)
    return refuse (error, CW_ERROR_INVALID, _("Parties: a case needs at least one applicant (申请人)."));
  return TRUE;
}

static gboolean
validate_agreement (CwMediationCase  *mediation_case,
                    GError          **error)
{
  const char *agreement = cw_mediation_case_get (mediation_case, CW_CASE_AGREEMENT);
  const char *intake = cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE);
  const char *effective;
  GPtrArray *terms = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_TERM);

  if (!check_code ("agreement", agreement, TRUE, _("Agreement"), error) ||
      !case_date (mediation_case, CW_CASE_EFFECTIVE_DATE, _("Takes effect on"), agreement[0] != '\0', error) ||
      !check_amount (mediation_case, CW_CASE_AGREED, _("Amount agreed"), error))
    return FALSE;
  effective = cw_mediation_case_get (mediation_case, CW_CASE_EFFECTIVE_DATE);
  if (agreement[0] == '\0')
    {
      if (terms->len > 0 || effective[0] != '\0')
        return refuse (error, CW_ERROR_INVALID, _("Agreement: say whether the agreement is written or oral."));
      return TRUE;
    }
  if (g_strcmp0 (effective, intake) < 0)
    return refuse (error, CW_ERROR_INVALID, _("Takes effect on: the agreement cannot take effect before the case was received (%s)."), intake);
  if (terms->len == 0)
    return refuse (error, CW_ERROR_REFUSED, _("Agreement: an agreement needs at least one term."));
  if (g_str_equal (agreement, "written") &&
      (cw_mediation_case_get (mediation_case, CW_CASE_FACTS)[0] == '\0' ||
       cw_mediation_case_get (mediation_case, CW_CASE_ISSUES)[0] == '\0'))
    return refuse (error, CW_ERROR_INVALID,
                   _("Agreement: a written agreement states the facts and the issues (人民调解法 art. 29)."));
  for (guint i = 0; i < terms->len; i++)
    {
      CwMediationRow *term = g_ptr_array_index (terms, i);

      if (cw_mediation_row_get (term, CW_TERM_CONTENT)[0] == '\0')
        return refuse (error, CW_ERROR_INVALID, _("Terms: say what term %u agrees."), i + 1);
      if (!row_date (term, CW_TERM_DEADLINE, _("Deadline"), FALSE, error))
        return FALSE;
      if (cw_mediation_row_get (term, CW_TERM_DEADLINE)[0] != '\0' &&
          g_strcmp0 (cw_mediation_row_get (term, CW_TERM_DEADLINE), effective) < 0)
        return refuse (error, CW_ERROR_INVALID,
                       _("Deadline: term %u is due before the agreement takes effect (%s)."), i + 1, effective);
    }
  return TRUE;
}

static gboolean
validate_outcome (CwMediationCase  *mediation_case,
                  GError          **error)
{
  const char *outcome = cw_mediation_case_get (mediation_case, CW_CASE_OUTCOME);
  const char *agreement = cw_mediation_case_get (mediation_case, CW_CASE_AGREEMENT);

  if (!check_code ("outcome", outcome, TRUE, _("Outcome"), error) ||
      !check_code ("next-step", cw_mediation_case_get (mediation_case, CW_CASE_NEXT_STEP), TRUE, _("Next step"), error) ||
      !case_date (mediation_case, CW_CASE_CLOSED_ON, _("Closed on"), outcome[0] != '\0', error))
    return FALSE;
  if (outcome[0] == '\0')
    {
      if (cw_mediation_case_get (mediation_case, CW_CASE_CLOSED_ON)[0] != '\0')
        return refuse (error, CW_ERROR_REFUSED, _("Outcome: a case cannot close without an outcome."));
      return TRUE;
    }
  if (g_strcmp0 (cw_mediation_case_get (mediation_case, CW_CASE_CLOSED_ON),
                 cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE)) < 0)
    return refuse (error, CW_ERROR_INVALID, _("Closed on: a case cannot close before it was received."));
  if (g_str_equal (outcome, "success") && agreement[0] == '\0')
    return refuse (error, CW_ERROR_REFUSED,
                   _("Outcome: a case succeeds only with an agreement and its terms; record the agreement first."));
  if (!g_str_equal (outcome, "success") && agreement[0] != '\0')
    return refuse (error, CW_ERROR_REFUSED, _("Outcome: the parties reached an agreement, so the mediation succeeded."));
  if (g_str_equal (outcome, "failure") && cw_mediation_case_get (mediation_case, CW_CASE_NEXT_STEP)[0] == '\0')
    return refuse (error, CW_ERROR_INVALID,
                   _("Next step: say where an unsettled dispute goes next (lawsuit, arbitration or transfer)."));
  if (g_str_equal (outcome, "terminated") && cw_mediation_case_get (mediation_case, CW_CASE_OUTCOME_NOTE)[0] == '\0')
    return refuse (error, CW_ERROR_INVALID, _("Reason: say why the mediation was terminated."));
  return TRUE;
}

static gboolean
validate_followups (CwMediationCase  *mediation_case,
                    GError          **error)
{
  GPtrArray *followups = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_FOLLOWUP);
  const char *effective = cw_mediation_case_get (mediation_case, CW_CASE_EFFECTIVE_DATE);

  for (guint i = 0; i < followups->len; i++)
    {
      CwMediationRow *followup = g_ptr_array_index (followups, i);
      const char *lawsuit = cw_mediation_row_get (followup, CW_FOLLOWUP_LAWSUIT);

      if (effective[0] == '\0')
        return refuse (error, CW_ERROR_REFUSED, _("Follow-up: a follow-up checks an agreement; this case has none."));
      if (!row_date (followup, CW_FOLLOWUP_VISITED_ON, _("Follow-up date"), TRUE, error))
        return FALSE;
      if (g_strcmp0 (cw_mediation_row_get (followup, CW_FOLLOWUP_VISITED_ON), effective) < 0)
        return refuse (error, CW_ERROR_INVALID,
                       _("Follow-up date: the follow-up is before the agreement took effect (%s)."), effective);
      if (cw_mediation_row_get (followup, CW_FOLLOWUP_VISITOR)[0] == '\0')
        return refuse (error, CW_ERROR_INVALID, _("Visitor: say who made the follow-up visit."));
      if (!check_code ("performed", cw_mediation_row_get (followup, CW_FOLLOWUP_PERFORMED), FALSE, _("Performed"), error) ||
          !check_code ("satisfaction", cw_mediation_row_get (followup, CW_FOLLOWUP_SATISFACTION), FALSE,
                       _("Satisfaction"), error))
        return FALSE;
      if (lawsuit[0] == '\0')
        cw_mediation_row_set (followup, CW_FOLLOWUP_LAWSUIT, "0");
      else if (!g_str_equal (lawsuit, "0") && !g_str_equal (lawsuit, "1"))
        return refuse (error, CW_ERROR_INVALID, _("Lawsuit: say yes or no."));
    }
  return TRUE;
}

static gboolean
validate_confirmation (CwMediationCase  *mediation_case,
                       GError          **error)
{
  const char *effective = cw_mediation_case_get (mediation_case, CW_CASE_EFFECTIVE_DATE);
  const char *applied;
  const char *result = cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_RESULT);
  g_autofree char *last = NULL;

  if (!case_date (mediation_case, CW_CASE_CONFIRM_APPLIED, _("Applied on"), FALSE, error) ||
      !check_code ("confirm-result", result, TRUE, _("Court’s decision"), error))
    return FALSE;
  applied = cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_APPLIED);
  if (applied[0] == '\0')
    {
      if (result[0] != '\0')
        return refuse (error, CW_ERROR_INVALID, _("Court’s decision: record when the parties applied first."));
      return TRUE;
    }
  if (!g_str_equal (cw_mediation_case_get (mediation_case, CW_CASE_AGREEMENT), "written"))
    return refuse (error, CW_ERROR_REFUSED, _("Judicial confirmation: only a written agreement can be confirmed by a court."));
  last = add_days (effective, 30);
  if (g_strcmp0 (applied, effective) < 0 || g_strcmp0 (applied, last) > 0)
    return refuse (error, CW_ERROR_REFUSED,
                   _("Applied on: the parties apply within 30 days of the agreement taking effect, from %s to %s (人民调解法 art. 33)."),
                   effective, last);
  if (cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_COURT)[0] == '\0')
    return refuse (error, CW_ERROR_INVALID, _("Court: name the court the parties applied to."));
  return TRUE;
}

/* Extensions and the petition's clock; sets settle-by and petition-due. */
static gboolean
validate_clocks (CwMediationCase  *mediation_case,
                 GError          **error)
{
  GPtrArray *extensions = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_EXTENSION);
  const char *intake = cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE);
  const char *source = cw_mediation_case_get (mediation_case, CW_CASE_SOURCE);
  const char *decision = cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECISION);
  g_autofree char *settle_by = add_days (intake, 30);
  g_autofree char *petition_due = NULL;
  gboolean petition_extended = FALSE;

  if (!check_code ("petition-decision", decision, TRUE, _("Petition"), error) ||
      !case_date (mediation_case, CW_CASE_PETITION_DECIDED, _("Decided on"), decision[0] != '\0', error))
    return FALSE;
  if (decision[0] != '\0' && !g_str_equal (source, "petition"))
    return refuse (error, CW_ERROR_REFUSED, _("Petition: only a case that came as a petition (信访转办) is accepted or transferred."));
  if (decision[0] == '\0' && cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECIDED)[0] != '\0')
    return refuse (error, CW_ERROR_INVALID, _("Petition: say whether the petition was accepted or transferred."));
  if (decision[0] != '\0' && g_strcmp0 (cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECIDED), intake) < 0)
    return refuse (error, CW_ERROR_INVALID, _("Decided on: a petition is decided on after it was received."));
  if (g_str_equal (decision, "accepted"))
    petition_due = add_days (cw_mediation_case_get (mediation_case, CW_CASE_PETITION_DECIDED), 60);

  for (guint i = 0; i < extensions->len; i++)
    {
      CwMediationRow *extension = g_ptr_array_index (extensions, i);
      const char *kind = cw_mediation_row_get (extension, CW_EXTENSION_KIND);
      const char *until;

      if (!g_str_equal (kind, "mediation") && !g_str_equal (kind, "petition"))
        return refuse (error, CW_ERROR_INVALID, _("Extension: “%s” is not one of the choices."), kind);
      if (!row_date (extension, CW_EXTENSION_GRANTED_ON, _("Extended on"), TRUE, error) ||
          !row_date (extension, CW_EXTENSION_UNTIL, _("New due date"), TRUE, error))
        return FALSE;
      if (cw_mediation_row_get (extension, CW_EXTENSION_REASON)[0] == '\0')
        return refuse (error, CW_ERROR_INVALID, g_str_equal (kind, "mediation")
                       ? _("Extension: an extension needs the parties’ consent; record it as the reason.")
                       : _("Extension: a petition’s extension needs its reasons, told to the petitioner."));
      until = cw_mediation_row_get (extension, CW_EXTENSION_UNTIL);
      if (g_str_equal (kind, "mediation"))
        {
          if (g_strcmp0 (until, settle_by) <= 0)
            return refuse (error, CW_ERROR_REFUSED,
                           _("New due date: an extension runs past the present due date, %s."), settle_by);
          g_free (settle_by);
          settle_by = g_strdup (until);
          continue;
        }
      if (petition_due == NULL)
        return refuse (error, CW_ERROR_REFUSED, _("Extension: only an accepted petition’s 60 days are extended."));
      if (petition_extended)
        return refuse (error, CW_ERROR_REFUSED, _("Extension: a petition is extended once only."));
      {
        g_autofree char *longest = add_days (petition_due, 30);

        if (g_strcmp0 (until, petition_due) <= 0 || g_strcmp0 (until, longest) > 0)
          return refuse (error, CW_ERROR_REFUSED,
                         _("New due date: a petition is extended by at most 30 days, to %s at the latest."), longest);
      }
      g_free (petition_due);
      petition_due = g_strdup (until);
      petition_extended = TRUE;
    }
  cw_mediation_case_set (mediation_case, CW_CASE_SETTLE_BY, settle_by);
  cw_mediation_case_set (mediation_case, CW_CASE_PETITION_DUE, petition_due);
  return TRUE;
}

gboolean
cw_mediation_case_validate (CwDatabase       *db,
                            CwMediationCase  *mediation_case,
                            GError          **error)
{
  GPtrArray *sessions = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_SESSION);
  const char *intake;
  gboolean known_type = FALSE;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (mediation_case), FALSE);

  if (!case_date (mediation_case, CW_CASE_INTAKE_DATE, _("Intake date"), TRUE, error) ||
      !check_code ("source", cw_mediation_case_get (mediation_case, CW_CASE_SOURCE), FALSE, _("Source"), error) ||
      !check_code ("risk-level", cw_mediation_case_get (mediation_case, CW_CASE_RISK_LEVEL), FALSE, _("Risk"), error) ||
      !check_amount (mediation_case, CW_CASE_AMOUNT, _("Amount involved"), error))
    return FALSE;
  intake = cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE);
  /* The register numbers cases by year within these (the schema's bounds). */
  if (g_ascii_strtoll (intake, NULL, 10) < 1990 || g_ascii_strtoll (intake, NULL, 10) > 2999)
    return refuse (error, CW_ERROR_INVALID, _("Intake date: %s is outside the years the register keeps (1990–2999)."),
                   intake);
  if (cw_mediation_case_get_seq (mediation_case) > 0 &&
      g_ascii_strtoll (intake, NULL, 10) != cw_mediation_case_get_year (mediation_case))
    return refuse (error, CW_ERROR_REFUSED,
                   _("Intake date: the case is numbered in %d; its intake date stays in that year."),
                   cw_mediation_case_get_year (mediation_case));
  if (cw_mediation_case_get (mediation_case, CW_CASE_TYPE)[0] == '\0')
    return refuse (error, CW_ERROR_INVALID, _("Type: choose the type of dispute."));
  if (!type_exists (db, cw_mediation_case_get (mediation_case, CW_CASE_TYPE), &known_type, error))
    return FALSE;
  if (!known_type)
    return refuse (error, CW_ERROR_INVALID, _("Type: “%s” is not on the list of dispute types; add it there first."),
                   cw_mediation_case_get (mediation_case, CW_CASE_TYPE));
  if (cw_mediation_case_get (mediation_case, CW_CASE_SUMMARY)[0] == '\0')
    return refuse (error, CW_ERROR_INVALID, _("Dispute: say what the dispute is about."));
  for (CwCaseField flag = CW_CASE_RISK_CRIMINAL; flag <= CW_CASE_RISK_GROUP; flag++)
    if (cw_mediation_case_get (mediation_case, flag)[0] == '\0')
      cw_mediation_case_set (mediation_case, flag, "0");
  for (guint i = 0; i < sessions->len; i++)
    {
      CwMediationRow *session = g_ptr_array_index (sessions, i);

      if (!row_date (session, CW_SESSION_HELD_ON, _("Session date"), TRUE, error))
        return FALSE;
      if (g_strcmp0 (cw_mediation_row_get (session, CW_SESSION_HELD_ON), intake) < 0)
        return refuse (error, CW_ERROR_INVALID, _("Session date: a session cannot be held before the case was received."));
    }
  return validate_parties (db, mediation_case, error) &&
         validate_agreement (mediation_case, error) &&
         validate_outcome (mediation_case, error) &&
         validate_followups (mediation_case, error) &&
         validate_confirmation (mediation_case, error) &&
         validate_clocks (mediation_case, error);
}

/* Writing ------------------------------------------------------------------ */

static void
bind_case_field (sqlite3_stmt    *stmt,
                 int              index,
                 CwMediationCase *mediation_case,
                 CwCaseField      field)
{
  const char *value = cw_mediation_case_get (mediation_case, field);
  gint64 fen = 0;

  switch (cw_mediation_case_column_kind (field))
    {
    case CW_CASE_COLUMN_FEN:
      cw_mediation_parse_yuan (value, &fen);
      sqlite3_bind_int64 (stmt, index, fen);
      break;
    case CW_CASE_COLUMN_FLAG:
      sqlite3_bind_int (stmt, index, g_str_equal (value, "1"));
      break;
    case CW_CASE_COLUMN_NULLABLE:
      if (value[0] == '\0')
        {
          sqlite3_bind_null (stmt, index);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case CW_CASE_COLUMN_TEXT:
    default:
      sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
    }
}

static gboolean
write_case (CwDatabase       *db,
            CwMediationCase  *mediation_case,
            GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = cw_mediation_case_get_id (mediation_case);
  int rc;

  if (id == 0)
    {
      /* The number is taken inside the write transaction (BEGIN
       * IMMEDIATE holds the write lock), so a second writer waits and
       * then sees this case: consecutive numbers, none twice. */
      g_string_append (sql, "INSERT INTO mediation_case (year, seq");
      for (guint i = 0; i < CW_CASE_N_STORED; i++)
        g_string_append_printf (sql, ", %s", cw_mediation_case_columns[i]);
      /* A past ledger's case keeps its own number (?%u); a new one takes
       * the next. */
      g_string_append_printf (sql, ") VALUES (?1, coalesce(?%u, (SELECT coalesce(max(seq), 0) + 1 "
                              "FROM mediation_case WHERE year = ?1))", CW_CASE_N_STORED + 2);
      for (guint i = 0; i < CW_CASE_N_STORED; i++)
        g_string_append_printf (sql, ", ?%u", i + 2);
      g_string_append (sql, ") RETURNING id, year, seq");
    }
  else
    {
      g_string_append (sql, "UPDATE mediation_case SET ");
      for (guint i = 0; i < CW_CASE_N_STORED; i++)
        g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? ", " : "", cw_mediation_case_columns[i], i + 2);
      g_string_append (sql, " WHERE id = ?1 RETURNING id, year, seq");
    }
  stmt = cw_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  if (id == 0)
    {
      sqlite3_bind_int (stmt, 1, (int) g_ascii_strtoll (cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE), NULL, 10));
      if (cw_mediation_case_get_seq (mediation_case) > 0)
        sqlite3_bind_int (stmt, CW_CASE_N_STORED + 2, cw_mediation_case_get_seq (mediation_case));
    }
  else
    sqlite3_bind_int64 (stmt, 1, id);
  for (guint i = 0; i < CW_CASE_N_STORED; i++)
    bind_case_field (stmt, (int) i + 2, mediation_case, i);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return refuse (error, CW_ERROR_NOT_FOUND, _("There is no such mediation case."));
  if (rc != SQLITE_ROW)
    return cw_database_fail (db, error);
  cw_mediation_case_set_number (mediation_case, sqlite3_column_int64 (stmt, 0),
                                sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2));
  return cw_database_step_done (db, stmt, error);
}

static void
bind_row_field (sqlite3_stmt   *stmt,
                int             index,
                CwMediationRow *row,
                guint           field)
{
  CwMediationKind kind = cw_mediation_row_get_kind (row);
  const char *name = cw_mediation_row_field_name (kind, field);
  const char *value = cw_mediation_row_get (row, field);

  if (kind == CW_MEDIATION_PARTY && field != CW_PARTY_SIDE && field != CW_PARTY_PERSON_ID &&
      field != CW_PARTY_OCCUPATION && field != CW_PARTY_AGENT && field != CW_PARTY_AGENT_NOTE &&
      cw_mediation_row_get (row, CW_PARTY_PERSON_ID)[0] != '\0')
    {
      /* A person of the register: the particulars are read from it. */
      if (field == CW_PARTY_AGE)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, "", -1, SQLITE_STATIC);
    }
  else if (g_str_equal (name, "person_id") || g_str_equal (name, "age") || g_str_equal (name, "lawsuit"))
    {
      if (value[0] == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
    }
  else if (value[0] == '\0' && g_str_equal (name, "deadline"))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static gboolean
write_rows (CwDatabase       *db,
            CwMediationCase  *mediation_case,
            CwMediationKind   kind,
            gboolean          new_case,
            GError          **error)
{
  GPtrArray *rows = cw_mediation_case_get_rows (mediation_case, kind);
  const char *table = cw_mediation_row_table (kind);
  gboolean positioned = kind == CW_MEDIATION_PARTY || kind == CW_MEDIATION_TERM;
  guint n = cw_mediation_row_n_fields (kind);
  g_autoptr(GString) insert = g_string_new (NULL);
  g_autoptr(GString) update = g_string_new (NULL);
  g_autoptr(GString) kept = g_string_new ("0");
  g_autofree char *remove = NULL;
  guint n_saved = 0;

  g_string_printf (insert, "INSERT INTO %s (case_id, position, search_key", table);
  g_string_printf (update, "UPDATE %s SET case_id = ?1, position = ?2, search_key = ?3", table);
  if (!positioned)
    {
      g_string_printf (insert, "INSERT INTO %s (case_id", table);
      g_string_printf (update, "UPDATE %s SET case_id = ?1", table);
    }
  else if (kind == CW_MEDIATION_TERM)
    {
      g_string_printf (insert, "INSERT INTO %s (case_id, position", table);
      g_string_printf (update, "UPDATE %s SET case_id = ?1, position = ?2", table);
    }
  for (guint f = 0; f < n; f++)
    if (cw_mediation_row_is_saved_field (kind, f))
      {
        g_string_append_printf (insert, ", %s", cw_mediation_row_field_name (kind, f));
        g_string_append_printf (update, ", %s = ?%u", cw_mediation_row_field_name (kind, f), n_saved + 10);
        n_saved++;
      }
  g_string_append (insert, ") VALUES (?1");
  if (positioned)
    g_string_append (insert, ", ?2");
  if (kind == CW_MEDIATION_PARTY)
    g_string_append (insert, ", ?3");
  for (guint f = 0; f < n_saved; f++)
    g_string_append_printf (insert, ", ?%u", f + 10);
  g_string_append (insert, ")");
  g_string_append (update, " WHERE id = ?4 AND case_id = ?1");

  for (guint i = 0; i < rows->len; i++)
    {
      CwMediationRow *row = g_ptr_array_index (rows, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int index = 10;

      stmt = cw_database_prepare (db, cw_mediation_row_get_id (row) != 0 ? update->str : insert->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, cw_mediation_case_get_id (mediation_case));
      if (positioned)
        sqlite3_bind_int (stmt, 2, (int) i);
      if (kind == CW_MEDIATION_PARTY)
        {
          g_autofree char *key = NULL;

          if (cw_mediation_row_get (row, CW_PARTY_PERSON_ID)[0] == '\0')
            key = cw_pinyin_search_key (cw_mediation_row_get (row, CW_PARTY_NAME));
          sqlite3_bind_text (stmt, 3, key != NULL ? key : "", -1, SQLITE_TRANSIENT);
        }
      if (cw_mediation_row_get_id (row) != 0)
        sqlite3_bind_int64 (stmt, 4, cw_mediation_row_get_id (row));
      for (guint f = 0; f < n; f++)
        if (cw_mediation_row_is_saved_field (kind, f))
          bind_row_field (stmt, index++, row, f);
      if (!cw_database_step_done (db, stmt, error))
        return FALSE;
      if (cw_mediation_row_get_id (row) == 0)
        cw_mediation_row_set_id (row, sqlite3_last_insert_rowid (cw_database_get_handle (db)));
      g_string_append_printf (kept, ", %" G_GINT64_FORMAT, cw_mediation_row_get_id (row));
    }
  /* A row the clerk took out of the case in its editor: a correction of
   * what was typed, kept in the audit log like any change. A new case has
   * no row to take out. */
  if (new_case)
    return TRUE;
  remove = g_strdup_printf ("DELETE FROM %s WHERE case_id = %" G_GINT64_FORMAT " AND id NOT IN (%s)",
                            table, cw_mediation_case_get_id (mediation_case), kept->str);
  return cw_database_exec (db, remove, error);
}

gboolean
cw_mediation_case_write (CwDatabase       *db,
                         CwMediationCase  *mediation_case,
                         GError          **error)
{
  gboolean new_case = cw_mediation_case_get_id (mediation_case) == 0;

  if (!write_case (db, mediation_case, error))
    return FALSE;
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    if (!write_rows (db, mediation_case, k, new_case, error))
      return FALSE;
  return TRUE;
}

gboolean
cw_mediation_case_save (CwDatabase       *db,
                        CwMediationCase  *mediation_case,
                        GError          **error)
{
  g_autoptr(CwMediationCase) work = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (mediation_case), FALSE);

  /* On a copy, so that a refused save leaves the caller's case (and the
   * ids of its new rows) as it was. */
  work = cw_mediation_case_copy (mediation_case);
  if (!cw_mediation_case_validate (db, work, error))
    return FALSE;
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_mediation_case_write (db, work, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;

  {
    g_autoptr(CwMediationCase) saved = cw_mediation_case_load (db, cw_mediation_case_get_id (work), NULL);

    cw_mediation_case_set_number (mediation_case, cw_mediation_case_get_id (work),
                                  cw_mediation_case_get_year (work), cw_mediation_case_get_seq (work));
    for (guint i = 0; i < CW_CASE_N_FIELDS; i++)
      cw_mediation_case_set_derived (mediation_case, i,
                                     cw_mediation_case_get (saved != NULL ? saved : work, i));
    for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
      {
        GPtrArray *to = cw_mediation_case_get_rows (mediation_case, k);
        GPtrArray *from = cw_mediation_case_get_rows (saved != NULL ? saved : work, k);

        g_ptr_array_set_size (to, 0);
        for (guint i = 0; i < from->len; i++)
          g_ptr_array_add (to, g_object_ref (g_ptr_array_index (from, i)));
      }
  }
  cw_database_emit_changed (db, "mediation_case");
  return TRUE;
}
