/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefits-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-entry.h"
#include "core/village/cw-village.h"
#include "report/benefits/cw-benefits-export.h"
#include "report/common/cw-workbook.h"

/* Fen as the workbook's money: "1234.50". */
static char *
yuan (gint64 fen)
{
  return g_strdup_printf ("%s%lld.%02d", fen < 0 ? "-" : "", (long long) ABS (fen) / 100, (int) (ABS (fen) % 100));
}

static gboolean
write_programmes (CwWorkbook  *book,
                  GListModel  *programmes,
                  const char  *title,
                  GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Number"), CW_WORKBOOK_NUMBER, 6, 0 },
    { _("Programme"), CW_WORKBOOK_TEXT, 12, 0 },
    { _("Kind"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Date"), CW_WORKBOOK_DATE, 12, 0 },
    { _("Eligible"), CW_WORKBOOK_TEXT, 16, 0 },
    { _("Each"), CW_WORKBOOK_MONEY, 10, 0 },
    { _("In Kind"), CW_WORKBOOK_TEXT, 8, 0 },
    { _("Persons"), CW_WORKBOOK_NUMBER, 6, 0 },
    { _("Amount due"), CW_WORKBOOK_MONEY, 12, 0 },
    { _("Paid"), CW_WORKBOOK_MONEY, 12, 0 },
    { _("Unpaid"), CW_WORKBOOK_MONEY, 12, 0 },
    { _("Account"), CW_WORKBOOK_CENTER, 8, 0 },
    { _("State"), CW_WORKBOOK_CENTER, 6, 0 },
  };
  const CwWorkbookSheet sheet = { _("Programmes"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };
  gint64 due = 0, paid = 0;

  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(CwBenefitProgramme) p = g_list_model_get_item (programmes, i);
      g_autofree char *number = g_strdup_printf ("%lld", (long long) cw_benefit_programme_get_id (p));
      g_autofree char *rule = cw_benefit_programme_describe_rule (p);
      g_autofree char *each = yuan (cw_benefit_programme_get_amount (p));
      g_autofree char *persons = g_strdup_printf ("%u", cw_benefit_programme_get_listed (p));
      g_autofree char *total = yuan (cw_benefit_programme_get_total (p));
      g_autofree char *paid_text = yuan (cw_benefit_programme_get_paid (p));
      g_autofree char *unpaid = yuan (cw_benefit_programme_get_total (p) - cw_benefit_programme_get_paid (p));

      due += cw_benefit_programme_get_total (p);
      paid += cw_benefit_programme_get_paid (p);
      if (!cw_workbook_write_row (book, (const char *[]) {
            number, cw_benefit_programme_get_name (p), cw_benefit_kind_label (cw_benefit_programme_get_kind (p)),
            cw_benefit_programme_get_date (p), rule, each, cw_benefit_programme_get_in_kind (p), persons, total,
            paid_text, unpaid,
            cw_benefit_programme_get_account (p), cw_benefit_state_label (cw_benefit_programme_get_state (p)),
          }, error))
        return FALSE;
    }
  {
    g_autofree char *due_text = yuan (due), *paid_text = yuan (paid), *unpaid = yuan (due - paid);
    g_autofree char *line = g_strdup_printf (_("Total due ¥%s, paid ¥%s, unpaid ¥%s"), due_text, paid_text, unpaid);
    return cw_workbook_write_total (book, line, error);
  }
}

static gboolean
write_persons (CwDatabase  *db,
               CwWorkbook  *book,
               GListModel  *programmes,
               const char  *title,
               GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Number"), CW_WORKBOOK_NUMBER, 6, 0 },
    { _("Programme"), CW_WORKBOOK_TEXT, 12, 0 },
    { _("No."), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Name"), CW_WORKBOOK_TEXT, 8, 0 },
    { _("Village Group"), CW_WORKBOOK_CENTER, 10, 0 },
    { _("Household Number"), CW_WORKBOOK_CODE, 8, 0 },
    { _("Amount"), CW_WORKBOOK_MONEY, 10, 0 },
    { _("Listed By"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("State"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Date"), CW_WORKBOOK_DATE, 12, 0 },
    { _("Reason"), CW_WORKBOOK_TEXT, 12, 0 },
  };
  const CwWorkbookSheet sheet = { _("Persons"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(CwBenefitProgramme) p = g_list_model_get_item (programmes, i);
      g_autofree char *number = g_strdup_printf ("%lld", (long long) cw_benefit_programme_get_id (p));
      g_autoptr(GListModel) rows = cw_beneficiary_list (db, cw_benefit_programme_get_id (p), error);
      guint n = 0;

      if (rows == NULL)
        return FALSE;
      for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
        {
          g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, r);
          gboolean removed = g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED);
          g_autofree char *index = removed ? g_strdup ("") : g_strdup_printf ("%u", ++n);
          g_autofree char *amount = yuan (cw_beneficiary_get_amount (row));
          const char *reason = cw_beneficiary_get_state_reason (row)[0] != '\0' ? cw_beneficiary_get_state_reason (row)
                                                                                : cw_beneficiary_get_reason (row);

          if (!cw_workbook_write_row (book, (const char *[]) {
                number, cw_benefit_programme_get_name (p), index, cw_beneficiary_get_name (row),
                cw_beneficiary_get_group_name (row), cw_beneficiary_get_household_number (row), amount,
                cw_beneficiary_origin_label (cw_beneficiary_get_origin (row)),
                cw_beneficiary_state_label (cw_beneficiary_get_state (row)), cw_beneficiary_get_state_date (row),
                reason,
              }, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* One line of the expenses sheet, kept until the lines are in date order. */
typedef struct
{
  char   *cells[10];
  gint64  amount;
} ExpenseLine;

static void
expense_line_free (ExpenseLine *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (line->cells); i++)
    g_free (line->cells[i]);
  g_free (line);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const ExpenseLine *x = *(ExpenseLine * const *) a, *y = *(ExpenseLine * const *) b;

  return g_strcmp0 (x->cells[0], y->cells[0]);
}

static char *
entry_number (gint64 id)
{
  return id != 0 ? g_strdup_printf ("%lld", (long long) id) : g_strdup ("");
}


/* Every payment of the year that became money of the collective ledger:
 * the programmes' (one line a programme a day, as the ledger has it) and
 * the awards' prizes, each with the ledger's entry number and voucher so
 * the township finds it in the village's book; what a programme gives in
 * kind beside the money, and an award's prize, are in their own column. */
static gboolean
write_expenses (CwDatabase  *db,
                CwWorkbook  *book,
                int          year,
                const char  *title,
                GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Date"), CW_WORKBOOK_DATE, 12, 0 },
    { _("Paid For"), CW_WORKBOOK_TEXT, 14, 0 },
    { _("Account"), CW_WORKBOOK_CENTER, 8, 0 },
    { _("Persons"), CW_WORKBOOK_NUMBER, 6, 0 },
    { _("Amount"), CW_WORKBOOK_MONEY, 12, 0 },
    { _("Prize or In Kind"), CW_WORKBOOK_TEXT, 12, 0 },
    { _("Handled by"), CW_WORKBOOK_CENTER, 8, 0 },
    { _("Ledger Entry"), CW_WORKBOOK_NUMBER, 6, 0 },
    { _("Voucher"), CW_WORKBOOK_CODE, 6, 0 },
    { _("Reviewed"), CW_WORKBOOK_CENTER, 6, 0 },
  };
  const CwWorkbookSheet sheet = { _("Expenses"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GPtrArray) expenses = cw_benefit_expense_list (db, year, 0, error);
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) expense_line_free);
  gint64 sum = 0;

  if (expenses == NULL)
    return FALSE;
  awards = cw_award_list (db, year, FALSE, error);
  if (awards == NULL || !cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < expenses->len; i++)
    {
      CwBenefitExpense *e = g_ptr_array_index (expenses, i);
      ExpenseLine *line = g_new0 (ExpenseLine, 1);

      line->amount = e->amount;
      line->cells[0] = g_strdup (e->date);
      line->cells[1] = g_strdup (e->programme_name);
      line->cells[2] = g_strdup (e->account);
      line->cells[3] = g_strdup_printf ("%u", e->persons);
      line->cells[4] = yuan (e->amount);
      line->cells[5] = g_strdup (e->in_kind);
      line->cells[6] = g_strdup (e->paid_by);
      line->cells[7] = entry_number (e->ledger_entry);
      line->cells[8] = g_strdup (e->voucher);
      line->cells[9] = g_strdup (e->ledger_entry == 0 ? "" : e->reviewed ? _("Yes") : _("No"));
      g_ptr_array_add (lines, line);
    }
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) a = g_list_model_get_item (awards, i);
      ExpenseLine *line;
      g_autoptr(CwFinanceEntry) entry = NULL;

      if (cw_award_get_paid_on (a)[0] == '\0')
        continue;
      line = g_new0 (ExpenseLine, 1);
      line->amount = cw_award_get_amount (a);
      line->cells[0] = g_strdup (cw_award_get_paid_on (a));
      /* Translators: what an award's prize was paid for: the award, its
       * year, the household number and its head, e.g.
       * "文明卫生户 2026: 0001 张老汉" */
      line->cells[1] = g_strdup_printf (_("%s %d: %s %s"), cw_award_kind_label (cw_award_get_kind (a)),
                                        cw_award_get_year (a), cw_award_get_household_number (a),
                                        cw_award_get_head_name (a));
      entry = cw_award_get_ledger_entry (a) != 0 ? cw_finance_entry_get (db, cw_award_get_ledger_entry (a), NULL)
                                                  : NULL;
      line->cells[2] = g_strdup (entry != NULL ? cw_finance_entry_get_account_name (entry) : "");
      line->cells[3] = g_strdup ("");
      /* A prize in kind alone cost the ledger nothing: no 0.00. */
      line->cells[4] = cw_award_get_amount (a) > 0 ? yuan (cw_award_get_amount (a)) : g_strdup ("");
      line->cells[5] = cw_award_prize_text (a);
      line->cells[6] = g_strdup (cw_award_get_paid_by (a));
      line->cells[7] = entry_number (cw_award_get_ledger_entry (a));
      line->cells[8] = g_strdup (entry != NULL ? cw_finance_entry_get_voucher (entry) : "");
      line->cells[9] = g_strdup (entry == NULL ? "" : cw_finance_entry_is_reviewed (entry) ? _("Yes") : _("No"));
      g_ptr_array_add (lines, line);
    }
  /* Stable: the programmes' lines of a day keep the ledger's order. */
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    {
      ExpenseLine *line = g_ptr_array_index (lines, i);

      sum += line->amount;
      if (!cw_workbook_write_row (book, (const char * const *) line->cells, error))
        return FALSE;
    }
  {
    g_autofree char *total = yuan (sum);
    g_autofree char *line = g_strdup_printf (_("Total paid ¥%s"), total);
    return cw_workbook_write_total (book, line, error);
  }
}

static gboolean
write_awards (CwDatabase  *db,
              CwWorkbook  *book,
              int          year,
              const char  *title,
              GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Award"), CW_WORKBOOK_CENTER, 10, 0 },
    { _("Village Group"), CW_WORKBOOK_CENTER, 10, 0 },
    { _("Household Number"), CW_WORKBOOK_CODE, 8, 0 },
    { _("Head of Household"), CW_WORKBOOK_TEXT, 8, 0 },
    { _("Stars"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Criteria Met"), CW_WORKBOOK_TEXT, 12, 0 },
    { _("Prize"), CW_WORKBOOK_MONEY, 8, 0 },
    { _("In Kind"), CW_WORKBOOK_TEXT, 8, 0 },
    { _("Points of the Year"), CW_WORKBOOK_NUMBER, 8, 0 },
    { _("Awarded on"), CW_WORKBOOK_DATE, 12, 0 },
  };
  const CwWorkbookSheet sheet = { _("Awards"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GListModel) awards = cw_award_list (db, year, FALSE, error);

  if (awards == NULL || !cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) a = g_list_model_get_item (awards, i);
      g_autofree char *stars = cw_award_get_stars (a) > 0 ? g_strdup_printf ("%d", cw_award_get_stars (a)) : g_strdup ("");
      /* A star grade carries no prize: nothing, rather than 0.00. */
      g_autofree char *prize = cw_award_get_amount (a) > 0 ? yuan (cw_award_get_amount (a)) : g_strdup ("");
      g_autofree char *points = g_strdup_printf ("%lld", (long long) cw_award_get_points (a));

      if (!cw_workbook_write_row (book, (const char *[]) {
            cw_award_kind_label (cw_award_get_kind (a)), cw_award_get_group_name (a),
            cw_award_get_household_number (a), cw_award_get_head_name (a), stars, cw_award_get_criteria (a), prize,
            cw_award_get_in_kind (a), points, cw_award_get_decided_on (a),
          }, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_benefits_export (CwDatabase  *db,
                    int          year,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GListModel) programmes = cw_benefit_programme_list (db, year, FALSE, error);
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  g_autoptr(CwWorkbook) book = NULL;
  g_autofree char *title = NULL;

  if (programmes == NULL)
    return FALSE;
  /* Translators: the workbook's title: village, year */
  title = g_strdup_printf (_("%s Benefits and Awards %d"), village != NULL ? cw_village_get_name (village) : "", year);
  book = cw_workbook_new (path, error);
  if (book == NULL)
    return FALSE;
  return write_programmes (book, programmes, title, error) &&
         write_persons (db, book, programmes, title, error) &&
         write_expenses (db, book, year, title, error) &&
         write_awards (db, book, year, title, error) &&
         cw_workbook_close (book, error);
}
