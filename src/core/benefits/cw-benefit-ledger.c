/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-ledger"

#include "config.h"

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/finance/cw-finance-entry.h"

/* Where the 2004 chart (before 2024) books what the 2023 chart calls
 * 公益支出. */
#define ACCOUNT_2004_FOR_DEFAULT "其他支出"

CwFinanceAccount *
cw_benefit_ledger_account (CwDatabase  *db,
                           const char  *account,
                           const char  *day,
                           GError     **error)
{
  const char *system = cw_finance_system_for_year ((int) g_ascii_strtoll (day, NULL, 10));
  const char *name = account != NULL && account[0] != '\0' ? account : CW_BENEFIT_DEFAULT_ACCOUNT;
  g_autoptr(CwFinanceAccount) found = NULL;

  if (g_str_equal (system, CW_FINANCE_SYSTEM_2004) && g_str_equal (name, CW_BENEFIT_DEFAULT_ACCOUNT))
    name = ACCOUNT_2004_FOR_DEFAULT;
  found = cw_finance_account_find (db, system, name, error);
  if (found == NULL)
    return NULL;
  if (cw_finance_account_is_income (found))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Account: %s %s is an income account; benefits are paid from an expense account "
                     "such as 公益支出."),
                   cw_finance_account_get_code (found), cw_finance_account_get_full_name (found));
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* The ledger line's summary (摘要): what was paid, to how many. The
 * ledger is the village's record, read by the supervision committee and
 * printed on the disclosure: it is written in Chinese whatever the
 * language of whoever paid (as a notice drafted from a register is, see
 * cw-notice-source.h). */
static char *
ledger_summary (CwBenefitProgramme *programme,
                guint               persons)
{
  g_autofree char *summary = g_strdup_printf ("%s：发放%u人", cw_benefit_programme_get_name (programme), persons);

  /* As the ledger stores it (full-width punctuation folded), so that a
   * line still as entered is told from one the bookkeeper changed. */
  return cw_text_clean_line (summary);
}

/* The day's expense of the programme whose ledger line can take one more
 * payment: unreviewed, in an open month, not changed by hand since (its
 * amount, account and summary are still those it was entered with). 0
 * when there is none, -1 with @error when they cannot be read. An
 * unreviewed line is never reversed, only a reviewed one is. */
static gint64
mergeable_expense (CwDatabase          *db,
                   CwBenefitProgramme  *programme,
                   const char          *day,
                   gint64               account_id,
                   gint64              *ledger_entry,
                   gint64              *amount,
                   guint               *persons,
                   GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT id, ledger_entry, amount, persons FROM benefit_expense "
                         "WHERE programme_id = ?1 AND date = ?2 AND ledger_entry IS NOT NULL "
                         "ORDER BY id DESC LIMIT 1",
                         error);
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *summary = NULL;
  gint64 id;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, cw_benefit_programme_get_id (programme));
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE ? 0 : -1;
  id = sqlite3_column_int64 (stmt, 0);
  *ledger_entry = sqlite3_column_int64 (stmt, 1);
  *amount = sqlite3_column_int64 (stmt, 2);
  *persons = (guint) sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);

  /* A line no longer in the ledger takes nothing more; one that cannot
   * be read is the caller's error. */
  entry = cw_finance_entry_get (db, *ledger_entry, &local);
  if (entry == NULL && !g_error_matches (local, CW_ERROR, CW_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return -1;
    }
  summary = ledger_summary (programme, *persons);
  if (entry == NULL || cw_finance_entry_is_reviewed (entry) || cw_finance_entry_is_locked (entry) ||
      cw_finance_entry_get_amount (entry) != *amount || cw_finance_entry_get_account_id (entry) != account_id ||
      g_strcmp0 (cw_finance_entry_get_entry_date (entry), day) != 0 ||
      g_strcmp0 (cw_finance_entry_get_summary (entry), summary) != 0)
    {
      *ledger_entry = 0;
      return 0;
    }
  return id;
}

/* Adds @amount and @persons to the expense @id and its ledger line. */
static gboolean
merge_expense (CwDatabase          *db,
               CwBenefitProgramme  *programme,
               gint64               id,
               gint64               ledger_entry,
               gint64               amount,
               guint                persons,
               GError             **error)
{
  g_autoptr(CwFinanceEntry) entry = cw_finance_entry_get (db, ledger_entry, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *summary = ledger_summary (programme, persons);

  if (entry == NULL)
    return FALSE;
  g_object_set (entry, "amount", amount, "summary", summary, NULL);
  if (!cw_finance_entry_save (db, entry, error))
    return FALSE;
  stmt = cw_database_prepare (db, "UPDATE benefit_expense SET amount = ?2, persons = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, amount);
  sqlite3_bind_int (stmt, 3, (int) persons);
  return cw_database_step_done (db, stmt, error);
}

gboolean
cw_benefit_ledger_record_expense (CwDatabase          *db,
                                  CwBenefitProgramme  *programme,
                                  const char          *date,
                                  gint64               amount,
                                  guint                persons,
                                  const char          *paid_by,
                                  gint64              *ledger_entry,
                                  GError             **error)
{
  g_autoptr(CwFinanceAccount) account = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *summary = NULL;
  gint64 account_id, expense_id, before = 0;
  guint persons_before = 0;

  *ledger_entry = 0;
  if (amount == 0)
    return TRUE;
  account = cw_benefit_ledger_account (db, cw_benefit_programme_get_account (programme), date, error);
  if (account == NULL)
    return FALSE;
  account_id = cw_finance_account_get_id (account);
  expense_id = mergeable_expense (db, programme, date, account_id, ledger_entry, &before, &persons_before, error);
  if (expense_id < 0)
    return FALSE;
  if (expense_id != 0)
    {
      if (!merge_expense (db, programme, expense_id, *ledger_entry, before + amount, persons_before + persons, error))
        return FALSE;
      cw_database_emit_changed (db, "benefit_expense");
      return TRUE;
    }

  summary = ledger_summary (programme, persons);
  *ledger_entry = cw_finance_entry_add (db, date, "", account_id, summary, amount, paid_by, error);
  if (*ledger_entry == 0)
    return FALSE;
  stmt = cw_database_prepare (db,
                              "INSERT INTO benefit_expense (programme_id, date, account, amount, persons, paid_by, "
                              "                             ledger_entry) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cw_benefit_programme_get_id (programme));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_finance_account_get_full_name (account), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, amount);
  sqlite3_bind_int (stmt, 5, (int) persons);
  sqlite3_bind_text (stmt, 6, paid_by != NULL ? paid_by : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, *ledger_entry);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_expense");
  return TRUE;
}

gint64
cw_benefit_ledger_record_prize (CwDatabase  *db,
                                const char  *date,
                                gint64       amount,
                                const char  *summary,
                                const char  *paid_by,
                                GError     **error)
{
  g_autoptr(CwFinanceAccount) account = cw_benefit_ledger_account (db, NULL, date, error);

  if (account == NULL)
    return 0;
  return cw_finance_entry_add (db, date, "", cw_finance_account_get_id (account), summary, amount, paid_by, error);
}

void
cw_benefit_expense_free (CwBenefitExpense *expense)
{
  g_free (expense->programme_name);
  g_free (expense->date);
  g_free (expense->account);
  g_free (expense->paid_by);
  g_free (expense->voucher);
  g_free (expense->in_kind);
  g_free (expense);
}

GPtrArray *
cw_benefit_expense_list (CwDatabase  *db,
                         int          year,
                         gint64       programme_id,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT e.programme_id, p.name, e.date, e.account, e.amount, e.persons, e.paid_by, "
                         "       coalesce(e.ledger_entry, 0), f.reviewed_by IS NOT NULL, coalesce(f.voucher, ''), "
                         "       p.in_kind "
                         "FROM benefit_expense e JOIN benefit_programme p ON p.id = e.programme_id "
                         "LEFT JOIN finance_entry f ON f.id = e.ledger_entry "
                         "WHERE (?1 = 0 OR substr(p.date, 1, 4) = printf('%04d', ?1)) "
                         "  AND (?2 = 0 OR e.programme_id = ?2) "
                         "ORDER BY e.date, e.id",
                         error);
  g_autoptr(GPtrArray) expenses = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_benefit_expense_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, programme_id);
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
      expense->ledger_entry = sqlite3_column_int64 (stmt, 7);
      expense->reviewed = sqlite3_column_int (stmt, 8) != 0;
      expense->voucher = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
      expense->in_kind = g_strdup ((const char *) sqlite3_column_text (stmt, 10));
      g_ptr_array_add (expenses, expense);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&expenses);
}
