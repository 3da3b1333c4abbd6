/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-ledger"

#include "config.h"

#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-private.h"

gboolean
cw_benefit_ledger_record_expense (CwDatabase          *db,
                                  CwBenefitProgramme  *programme,
                                  const char          *date,
                                  gint64               amount,
                                  guint                persons,
                                  const char          *paid_by,
                                  GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "INSERT INTO benefit_expense (programme_id, date, account, amount, persons, paid_by) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cw_benefit_programme_get_id (programme));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_benefit_programme_get_account (programme), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, amount);
  sqlite3_bind_int (stmt, 5, (int) persons);
  sqlite3_bind_text (stmt, 6, paid_by != NULL ? paid_by : "", -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_expense");
  return TRUE;
}

void
cw_benefit_expense_free (CwBenefitExpense *expense)
{
  g_free (expense->programme_name);
  g_free (expense->date);
  g_free (expense->account);
  g_free (expense->paid_by);
  g_free (expense);
}

GPtrArray *
cw_benefit_expense_list (CwDatabase  *db,
                         int          year,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT e.programme_id, p.name, e.date, e.account, e.amount, e.persons, e.paid_by "
                         "FROM benefit_expense e JOIN benefit_programme p ON p.id = e.programme_id "
                         "WHERE ?1 = 0 OR substr(p.date, 1, 4) = printf('%04d', ?1) ORDER BY e.date, e.id",
                         error);
  g_autoptr(GPtrArray) expenses = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_benefit_expense_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwBenefitExpense *expense = g_new0 (CwBenefitExpense, 1);

      expense->programme_id = sqlite3_column_int64 (stmt, 0);
      expense->programme_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      expense->date = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      expense->account = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      expense->amount = sqlite3_column_int64 (stmt, 4);
      expense->persons = (guint) sqlite3_column_int (stmt, 5);
      expense->paid_by = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (expenses, expense);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&expenses);
}
