/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-disclosure"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"

#include "core/common/cw-database-private.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/common/cw-money.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-role.h"

static void
row_free (gpointer data)
{
  CwFinanceDisclosureRow *row = data;

  g_free (row->code);
  g_free (row->name);
  g_free (row);
}

static void
large_item_free (gpointer data)
{
  CwFinanceLargeItem *item = data;

  g_free (item->date);
  g_free (item->voucher);
  g_free (item->account);
  g_free (item->summary);
  g_free (item);
}

void
cw_finance_disclosure_free (CwFinanceDisclosure *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->large_items, g_ptr_array_unref);
  g_clear_pointer (&self->reviewers, g_ptr_array_unref);
  g_clear_pointer (&self->supervisors, g_ptr_array_unref);
  g_free (self);
}

/* Every account of the chart, with its sums; a preset account's line also
 * carries its sub-accounts'. */
static gboolean
sum_accounts (CwDatabase           *db,
              CwFinanceDisclosure  *self,
              const char           *year_first,
              GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "WITH sums AS ("
                         "  SELECT account_id, sum(iif(entry_date >= ?2, amount, 0)) AS period, "
                         "         sum(amount) AS year "
                         "  FROM finance_entry WHERE entry_date BETWEEN ?1 AND ?3 "
                         "  AND reviewed_by IS NOT NULL GROUP BY account_id) "
                         "SELECT a.id, a.code, a.name, a.kind = 'income', a.parent_id IS NOT NULL, "
                         "       coalesce((SELECT sum(s.period) FROM sums s JOIN finance_account c "
                         "                 ON c.id = s.account_id WHERE c.id = a.id OR c.parent_id = a.id), 0), "
                         "       coalesce((SELECT sum(s.year) FROM sums s JOIN finance_account c "
                         "                 ON c.id = s.account_id WHERE c.id = a.id OR c.parent_id = a.id), 0) "
                         "FROM finance_account a LEFT JOIN finance_account p ON p.id = a.parent_id "
                         "WHERE a.system = ?4 AND (a.retired = 0 OR EXISTS (SELECT 1 FROM sums WHERE account_id = a.id)) "
                         "ORDER BY a.kind = 'expense', coalesce(p.code, a.code), a.parent_id IS NOT NULL, a.code",
                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, year_first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->period.first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->period.last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->system, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwFinanceDisclosureRow *row = g_new0 (CwFinanceDisclosureRow, 1);

      row->account_id = sqlite3_column_int64 (stmt, 0);
      row->code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->income = sqlite3_column_int (stmt, 3) != 0;
      row->sub_account = sqlite3_column_int (stmt, 4) != 0;
      row->period = sqlite3_column_int64 (stmt, 5);
      row->year = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (self->rows, row);
      if (row->sub_account)
        continue;
      if (row->income)
        {
          self->income_period += row->period;
          self->income_year += row->year;
        }
      else
        {
          self->expense_period += row->period;
          self->expense_year += row->year;
        }
    }
  return rc == SQLITE_DONE || cw_database_fail (db, error);
}

static gboolean
sum_before (CwDatabase           *db,
            CwFinanceDisclosure  *self,
            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT coalesce(sum(iif(a.kind = 'income', e.amount, -e.amount)), 0) "
                         "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id "
                         "WHERE e.entry_date < ?1 AND e.reviewed_by IS NOT NULL",
                         error);
  g_autofree char *year_first = g_strdup_printf ("%04d-01-01", self->period.year);

  if (stmt == NULL)
    return FALSE;
  /* Before the year only: the year's own part before the period is the
   * year-to-date sums less the period's, which sum_accounts() has. */
  sqlite3_bind_text (stmt, 1, year_first, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return cw_database_fail (db, error);
  self->brought_forward = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
list_large_items (CwDatabase           *db,
                  CwFinanceDisclosure  *self,
                  GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT e.id, e.entry_date, e.voucher, coalesce(p.name || '/', '') || a.name, "
                         "       e.summary, a.kind = 'income', e.amount "
                         "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id "
                         "LEFT JOIN finance_account p ON p.id = a.parent_id "
                         "WHERE e.entry_date BETWEEN ?1 AND ?2 AND e.reviewed_by IS NOT NULL "
                         "AND abs(e.amount) >= ?3 ORDER BY e.entry_date, e.voucher, e.id",
                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->period.first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->period.last, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, self->large_item_from);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwFinanceLargeItem *item = g_new0 (CwFinanceLargeItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->date = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->voucher = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->account = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->summary = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      item->income = sqlite3_column_int (stmt, 5) != 0;
      item->amount = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (self->large_items, item);
    }
  return rc == SQLITE_DONE || cw_database_fail (db, error);
}

static gboolean
read_state (CwDatabase           *db,
            CwFinanceDisclosure  *self,
            GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT reviewed_by, min(id) FROM finance_entry "
                         "WHERE entry_date BETWEEN ?1 AND ?2 AND reviewed_by IS NOT NULL "
                         "GROUP BY reviewed_by ORDER BY 2",
                         error);
  int first_month = self->period.month != 0 ? self->period.month : self->period.quarter * 3 - 2;
  int last_month = self->period.month != 0 ? self->period.month : self->period.quarter * 3;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->period.first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->period.last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (self->reviewers, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = cw_database_prepare (db,
                              "SELECT (SELECT count(*) FROM finance_entry WHERE entry_date BETWEEN ?1 AND ?2 "
                              "        AND reviewed_by IS NULL), "
                              "       (SELECT count(*) FROM finance_month WHERE month BETWEEN ?3 AND ?4)",
                              error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autofree char *from = g_strdup_printf ("%04d-%02d", self->period.year, first_month);
    g_autofree char *to = g_strdup_printf ("%04d-%02d", self->period.year, last_month);

    sqlite3_bind_text (stmt, 1, self->period.first, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, self->period.last, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, from, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 4, to, -1, SQLITE_TRANSIENT);
    if (sqlite3_step (stmt) != SQLITE_ROW)
      return cw_database_fail (db, error);
  }
  self->pending = (guint) sqlite3_column_int64 (stmt, 0);
  self->closed = sqlite3_column_int (stmt, 1) == last_month - first_month + 1;
  return TRUE;
}

static gboolean
list_supervisors (CwDatabase           *db,
                  CwFinanceDisclosure  *self,
                  GError              **error)
{
  g_autofree char *today = cw_date_today_text ();
  const char *on = strcmp (self->period.last, today) < 0 ? self->period.last : today;
  g_autoptr(GListModel) holdings = cw_village_role_list (db, on, error);

  if (holdings == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (holdings, i);

      if (cw_role_kind_is_supervision (cw_village_role_get_kind (role)))
        g_ptr_array_add (self->supervisors,
                         g_strdup_printf ("%s %s", cw_role_kind_name (cw_village_role_get_kind (role)),
                                          cw_village_role_get_name (role)));
    }
  return TRUE;
}

CwFinanceDisclosure *
cw_finance_disclosure_compute (CwDatabase             *db,
                               const CwFinancePeriod  *period,
                               GError                **error)
{
  g_autoptr(CwFinanceDisclosure) self = g_new0 (CwFinanceDisclosure, 1);
  g_autofree char *year_first = g_strdup_printf ("%04d-01-01", period->year);

  self->period = *period;
  self->system = cw_finance_system_for_year (period->year);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->large_items = g_ptr_array_new_with_free_func (large_item_free);
  self->reviewers = g_ptr_array_new_with_free_func (g_free);
  self->supervisors = g_ptr_array_new_with_free_func (g_free);
  self->large_item_from = cw_settings_get_finance_large_item (db);

  if (!sum_accounts (db, self, year_first, error) ||
      !sum_before (db, self, error) ||
      !list_large_items (db, self, error) ||
      !read_state (db, self, error) ||
      !list_supervisors (db, self, error))
    return NULL;
  self->brought_forward += (self->income_year - self->income_period) - (self->expense_year - self->expense_period);
  self->carried = self->brought_forward + self->income_period - self->expense_period;
  return g_steal_pointer (&self);
}

char *
cw_finance_disclosure_title (CwDatabase            *db,
                             const CwFinancePeriod *period)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  g_autofree char *label = cw_finance_period_label (period);

  /* Translators: a printed notice's title: the village, the period;
   * "%s%s财务公开", e.g. 青山村2026年第3季度财务公开 */
  return g_strdup_printf (_("%s %s: financial disclosure"), village != NULL ? cw_village_get_name (village) : "",
                          label);
}

static char *
capitals_line (const char *format,
               gint64      fen)
{
  g_autofree char *figures = cw_money_format (fen);
  g_autofree char *capitals = cw_money_capitals (fen);

  return g_strdup_printf (format, figures, capitals);
}

char **
cw_finance_disclosure_balance_lines (const CwFinanceDisclosure *disclosure)
{
  g_autofree char *brought = cw_money_format (disclosure->brought_forward);
  g_autofree char *income = cw_money_format (disclosure->income_period);
  g_autofree char *expense = cw_money_format (disclosure->expense_period);
  g_autofree char *carried = cw_money_format (disclosure->carried);
  char **lines = g_new0 (char *, 5);

  lines[0] = g_strdup_printf (_("Balance brought forward %s + income %s − expense %s = balance carried forward %s"),
                              brought, income, expense, carried);
  lines[1] = capitals_line (_("Total income this period: ¥%s, in capitals 人民币%s"), disclosure->income_period);
  lines[2] = capitals_line (_("Total expense this period: ¥%s, in capitals 人民币%s"), disclosure->expense_period);
  lines[3] = capitals_line (_("Balance carried forward: ¥%s, in capitals 人民币%s"), disclosure->carried);
  return lines;
}

static GStrv
figures_row (const char *code,
             const char *name,
             gint64      period,
             gint64      year)
{
  char **row = g_new0 (char *, 5);

  row[0] = g_strdup (code);
  row[1] = g_strdup (name);
  row[2] = cw_money_format (period);
  row[3] = cw_money_format (year);
  return row;
}

GPtrArray *
cw_finance_disclosure_table_rows (const CwFinanceDisclosure *disclosure,
                                  gboolean                   income)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < disclosure->rows->len; i++)
    {
      CwFinanceDisclosureRow *row = g_ptr_array_index (disclosure->rows, i);
      g_autofree char *name = NULL;

      if (row->income != income)
        continue;
      /* Translators: a sub-account under its account on the printed
       * disclosure: "其中：%s" */
      name = row->sub_account ? g_strdup_printf (_("of which: %s"), row->name) : g_strdup (row->name);
      g_ptr_array_add (rows, figures_row (row->code, name, row->period, row->year));
    }
  if (income)
    g_ptr_array_add (rows, figures_row ("", _("Total income"), disclosure->income_period, disclosure->income_year));
  else
    g_ptr_array_add (rows, figures_row ("", _("Total expense"), disclosure->expense_period,
                                        disclosure->expense_year));
  return rows;
}

char *
cw_finance_disclosure_chart_line (const CwFinanceDisclosure *disclosure)
{
  return g_strdup_printf (_("Chart of accounts: %s. Amounts in yuan; the year to date from 1 January."),
                          cw_finance_system_label (disclosure->system));
}

char **
cw_finance_disclosure_large_item_lines (const CwFinanceDisclosure *disclosure)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autofree char *from = cw_money_format (disclosure->large_item_from);
  g_autofree char *heading = NULL;

  if (disclosure->large_items->len == 0)
    heading = g_strdup_printf (_("No single item reached ¥%s this period."), from);
  else
    heading = g_strdup_printf (_("Items of ¥%s and more, one by one:"), from);
  g_strv_builder_add (lines, heading);
  for (guint i = 0; i < disclosure->large_items->len; i++)
    {
      CwFinanceLargeItem *item = g_ptr_array_index (disclosure->large_items, i);
      g_autofree char *amount = cw_money_format (item->amount);
      g_autofree char *line =
        /* Translators: a large item on the printed disclosure: the date,
         * the voucher, the account, the summary, income or expense, the
         * amount */
        g_strdup_printf (_("%s, voucher %s, %s, %s: %s ¥%s"), item->date, item->voucher, item->account,
                         item->summary, item->income ? _("income") : _("expense"), amount);

      g_strv_builder_add (lines, line);
    }
  return g_strv_builder_end (lines);
}
