/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-ledger"

#include "config.h"

#include "core/mediation/cw-mediation-ledger.h"
#include "core/mediation/cw-mediation-private.h"

/* One side's parties: a person of the register by the register's name,
 * ID number and phone, an outsider by the case's. */
#define SIDE(side, what) \
  "(SELECT group_concat(v, '、') FROM (SELECT " what " AS v FROM mediation_party mp " \
  "  LEFT JOIN person p ON p.id = mp.person_id WHERE mp.case_id = c.id AND mp.side = '" side "' " \
  "  ORDER BY mp.position, mp.id))"
#define NAME "coalesce(p.name, mp.name)"
#define ID_NUMBER "coalesce(p.id_number, '')"
#define PHONE "CASE WHEN p.id IS NULL THEN mp.phone ELSE p.phone END"
/* A field of the case's last follow-up. */
#define LAST_FOLLOWUP(field) \
  "coalesce((SELECT f." field " FROM mediation_followup f WHERE f.case_id = c.id " \
  "  ORDER BY f.visited_on DESC, f.id DESC LIMIT 1), '')"

/* The rows of @sql (the case's seq first, then @n_columns - 1 cells), the
 * seq formatted as the case's number; the cells whose bit is set in
 * @yuan are amounts in fen, written in yuan, the others texts. */
static GPtrArray *
numbered_rows (CwDatabase  *db,
               int          year,
               const char  *sql,
               guint        n_columns,
               guint64      yuan,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *short_name = NULL;
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (n_columns <= 64, NULL);

  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  short_name = cw_mediation_short_name (db);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, n_columns + 1);

      row[0] = cw_mediation_format_number (short_name, year, sqlite3_column_int (stmt, 0));
      for (guint i = 1; i < n_columns; i++)
        {
          const char *text;

          if (yuan & (G_GUINT64_CONSTANT (1) << i))
            {
              row[i] = cw_mediation_format_yuan (sqlite3_column_int64 (stmt, (int) i));
              continue;
            }
          text = (const char *) sqlite3_column_text (stmt, (int) i);
          row[i] = g_strdup (text != NULL ? text : "");
        }
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
cw_mediation_ledger_rows (CwDatabase  *db,
                          int          year,
                          GError     **error)
{
  G_STATIC_ASSERT (CW_LEDGER_N_COLUMNS <= 64);
  return numbered_rows (db, year,
                        "SELECT c.seq, c.intake_date, c.source, c.type, "
                        SIDE ("applicant", NAME) ", " SIDE ("applicant", ID_NUMBER) ", "
                        SIDE ("applicant", PHONE) ", "
                        SIDE ("respondent", NAME) ", " SIDE ("respondent", ID_NUMBER) ", "
                        SIDE ("respondent", PHONE) ", "
                        "c.summary, c.mediators, c.amount_fen, coalesce(c.outcome, ''), "
                        "coalesce(c.closed_on, ''), c.agreed_fen, "
                        "coalesce((SELECT max(f.visited_on) FROM mediation_followup f WHERE f.case_id = c.id), ''), "
                        "coalesce(c.confirm_applied, ''), "
                        "c.risk_level, c.risk_criminal, c.risk_group, c.request, c.recorder, "
                        "coalesce(c.agreement, ''), coalesce(c.effective_date, ''), "
                        "coalesce((SELECT group_concat(content, '；') FROM (SELECT t.content FROM mediation_term t "
                        "  WHERE t.case_id = c.id ORDER BY t.position, t.id)), ''), "
                        "coalesce((SELECT max(t.deadline) FROM mediation_term t WHERE t.case_id = c.id), ''), "
                        "c.next_step, c.outcome_note, "
                        LAST_FOLLOWUP ("visitor") ", " LAST_FOLLOWUP ("performed") ", "
                        LAST_FOLLOWUP ("satisfaction") ", "
                        "c.confirm_court, c.confirm_result "
                        "FROM mediation_case c WHERE c.year = ?1 ORDER BY c.seq",
                        CW_LEDGER_N_COLUMNS,
                        (G_GUINT64_CONSTANT (1) << CW_LEDGER_AMOUNT) | (G_GUINT64_CONSTANT (1) << CW_LEDGER_AGREED),
                        error);
}

GPtrArray *
cw_mediation_ledger_followups (CwDatabase  *db,
                               int          year,
                               GError     **error)
{
  return numbered_rows (db, year,
                        "SELECT c.seq, f.visited_on, f.visitor, f.performed, f.satisfaction, f.lawsuit, f.risk, "
                        "f.measures FROM mediation_followup f JOIN mediation_case c ON c.id = f.case_id "
                        "WHERE c.year = ?1 ORDER BY c.seq, f.visited_on, f.id",
                        CW_FOLLOWUP_SHEET_N_COLUMNS, 0, error);
}

GPtrArray *
cw_mediation_ledger_clocks (CwDatabase  *db,
                            int          year,
                            GError     **error)
{
  /* The decision sorts before the extensions it allows (key 0). */
  return numbered_rows (db, year,
                        "SELECT seq, what, date, until, reason FROM ("
                        "  SELECT c.seq, 'petition-' || c.petition_decision AS what, c.petition_decided AS date, "
                        "    '' AS until, '' AS reason, 0 AS key FROM mediation_case c "
                        "  WHERE c.year = ?1 AND c.petition_decision <> '' "
                        "  UNION ALL "
                        "  SELECT c.seq, e.kind || '-extended', e.granted_on, e.until, e.reason, e.id "
                        "  FROM mediation_extension e JOIN mediation_case c ON c.id = e.case_id WHERE c.year = ?1) "
                        "ORDER BY seq, key",
                        CW_CLOCK_SHEET_N_COLUMNS, 0, error);
}
