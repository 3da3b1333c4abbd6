/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-money.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "report/common/cw-workbook.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"

static char *
fen_text (gint64 fen)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, fen);
}

static gboolean
write_figures (CwWorkbook  *workbook,
               const char  *code,
               const char  *name,
               gint64       period,
               gint64       year,
               GError     **error)
{
  g_autofree char *a = fen_text (period);
  g_autofree char *b = fen_text (year);
  const char *cells[] = { code, name, a, b };

  return cw_workbook_write_row (workbook, cells, error);
}

static gboolean
write_disclosure (CwWorkbook                *workbook,
                  const CwFinanceDisclosure *disclosure,
                  const char                *title,
                  const char                *note,
                  GError                   **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Code"), CW_WORKBOOK_CODE, 8, 12 },
    { _("Account"), CW_WORKBOOK_TEXT, 20, 30 },
    { _("This period"), CW_WORKBOOK_FEN, 16, 20 },
    { _("This year"), CW_WORKBOOK_FEN, 16, 20 },
  };
  const CwWorkbookSheet sheet = { _("Disclosure"), title, note, columns, G_N_ELEMENTS (columns), TRUE };
  g_auto(GStrv) balance = cw_finance_disclosure_balance_lines (disclosure);

  if (!cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (int kind = 1; kind >= 0; kind--)
    {
      for (guint i = 0; i < disclosure->rows->len; i++)
        {
          CwFinanceDisclosureRow *row = g_ptr_array_index (disclosure->rows, i);
          g_autofree char *name = NULL;

          if (row->income != (kind == 1))
            continue;
          name = row->sub_account ? g_strdup_printf (_("of which: %s"), row->name) : g_strdup (row->name);
          if (!write_figures (workbook, row->code, name, row->period, row->year, error))
            return FALSE;
        }
      if (!(kind == 1
            ? write_figures (workbook, "", _("Total income"), disclosure->income_period, disclosure->income_year,
                             error)
            : write_figures (workbook, "", _("Total expense"), disclosure->expense_period,
                             disclosure->expense_year, error)))
        return FALSE;
    }
  if (!cw_workbook_write_total (workbook, balance[0], error))
    return FALSE;
  for (guint i = 1; balance[i] != NULL; i++)
    if (!cw_workbook_write_footer (workbook, balance[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
write_large_items (CwWorkbook                *workbook,
                   const CwFinanceDisclosure *disclosure,
                   const char                *title,
                   GError                   **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Date"), CW_WORKBOOK_DATE, 10, 12 },
    { _("Voucher"), CW_WORKBOOK_CODE, 8, 14 },
    { _("Account"), CW_WORKBOOK_TEXT, 14, 30 },
    { C_("ledger", "Summary"), CW_WORKBOOK_TEXT, 20, 40 },
    { _("Income"), CW_WORKBOOK_FEN, 14, 20 },
    { _("Expense"), CW_WORKBOOK_FEN, 14, 20 },
  };
  g_autofree char *from = cw_money_format (disclosure->large_item_from);
  g_autofree char *note = g_strdup_printf (_("¥%s and more"), from);
  const CwWorkbookSheet sheet = { _("Large Items"), title, note, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < disclosure->large_items->len; i++)
    {
      CwFinanceLargeItem *item = g_ptr_array_index (disclosure->large_items, i);
      g_autofree char *amount = fen_text (item->amount);
      const char *cells[] = { item->date, item->voucher, item->account, item->summary,
                              item->income ? amount : "", item->income ? "" : amount };

      if (!cw_workbook_write_row (workbook, cells, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_ledger (CwWorkbook             *workbook,
              CwDatabase             *db,
              const CwFinancePeriod  *period,
              const char             *title,
              GError                **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Date"), CW_WORKBOOK_DATE, 10, 12 },
    { _("Voucher"), CW_WORKBOOK_CODE, 8, 14 },
    { _("Code"), CW_WORKBOOK_CODE, 6, 10 },
    { _("Account"), CW_WORKBOOK_TEXT, 12, 24 },
    { C_("ledger", "Summary"), CW_WORKBOOK_TEXT, 20, 40 },
    { _("Income"), CW_WORKBOOK_FEN, 12, 18 },
    { _("Expense"), CW_WORKBOOK_FEN, 12, 18 },
    { _("Handled by"), CW_WORKBOOK_CENTER, 6, 10 },
    { _("Reviewed by"), CW_WORKBOOK_CENTER, 6, 10 },
    { _("Reviewed on"), CW_WORKBOOK_DATE, 10, 12 },
  };
  const CwWorkbookSheet sheet = { _("Ledger"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GListModel) entries = cw_finance_entry_list (db, period->first, period->last, 0, error);
  guint pending = 0;

  if (entries == NULL || !cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CwFinanceEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *income = cw_finance_entry_get_income (entry) != 0
                                ? fen_text (cw_finance_entry_get_income (entry)) : g_strdup ("");
      g_autofree char *expense = cw_finance_entry_get_expense (entry) != 0
                                 ? fen_text (cw_finance_entry_get_expense (entry)) : g_strdup ("");
      const char *cells[] = {
        cw_finance_entry_get_entry_date (entry), cw_finance_entry_get_voucher (entry),
        cw_finance_entry_get_account_code (entry), cw_finance_entry_get_account_name (entry),
        cw_finance_entry_get_summary (entry), income, expense, cw_finance_entry_get_handled_by (entry),
        cw_finance_entry_get_reviewed_by (entry), cw_finance_entry_get_reviewed_on (entry),
      };

      /* An entry the 监委会 has not reviewed is not in the disclosure:
       * the ledger says so in its row, so that its sums are not taken
       * for the disclosure's. */
      if (!cw_finance_entry_is_reviewed (entry))
        {
          cells[8] = _("Not reviewed");
          pending++;
        }
      if (!cw_workbook_write_row (workbook, cells, error))
        return FALSE;
    }
  if (pending > 0)
    {
      g_autofree char *line =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u entry is not reviewed yet: the disclosure leaves it out.",
                                      "%u entries are not reviewed yet: the disclosure leaves them out.", pending),
                         pending);

      if (!cw_workbook_write_footer (workbook, line, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_finance_export_disclosure (CwDatabase             *db,
                              const CwFinancePeriod  *period,
                              const char             *posted,
                              const char             *path,
                              GError                **error)
{
  g_autoptr(CwFinanceDisclosure) disclosure = cw_finance_disclosure_compute (db, period, error);
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;

  if (disclosure == NULL)
    return FALSE;
  workbook = cw_workbook_new (path, error);
  if (workbook == NULL)
    return FALSE;
  title = cw_finance_disclosure_title (db, period);
  /* Unposted: a line to write the day on by hand, as the printout has. */
  note = g_strdup_printf (_("Posted %s"), posted != NULL ? posted : "__________");
  return write_disclosure (workbook, disclosure, title, note, error) &&
         write_large_items (workbook, disclosure, title, error) &&
         write_ledger (workbook, db, period, title, error) &&
         cw_workbook_close (workbook, error);
}
