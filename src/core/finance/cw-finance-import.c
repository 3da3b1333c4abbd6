/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-import.h"
#include "core/village/cw-village.h"

/* The words of the file: a file format, never translated. */
enum {
  COLUMN_DATE,
  COLUMN_VOUCHER,
  COLUMN_ACCOUNT,
  COLUMN_SUMMARY,
  COLUMN_INCOME,
  COLUMN_EXPENSE,
  COLUMN_HANDLED_BY,
  N_COLUMNS
};

static const char * const column_names[] = {
  "日期", "凭证号", "科目", "摘要", "收入", "支出", "经办人",
  NULL
};

static const CwImportColumn column_table[N_COLUMNS] = {
  [COLUMN_DATE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("记账日期", "凭证日期") },
  [COLUMN_VOUCHER] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_KEY,
                       CW_IMPORT_ALIASES ("凭证编号", "凭证字号", "凭证") },
  [COLUMN_ACCOUNT] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS | CW_IMPORT_COLUMN_KEY,
                       CW_IMPORT_ALIASES ("会计科目", "科目名称", "科目编码", "科目代码") },
  [COLUMN_SUMMARY] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("摘要内容", "事由") },
  [COLUMN_INCOME] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("收入金额", "收入（元）", "收入(元)") },
  [COLUMN_EXPENSE] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("支出金额", "支出（元）", "支出(元)") },
  [COLUMN_HANDLED_BY] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("经手人") },
};

static gboolean
need_village (CwDatabase  *db,
              GError     **error)
{
  if (cw_village_exists (db))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("The database holds no village yet: create the village before importing its ledger."));
  return FALSE;
}

/* One line of a voucher, as it would be stored. */
typedef struct
{
  char    *day;
  gint64   account_id;
  gint64   amount;
  char    *summary;
} Line;

static void
line_clear (Line *line)
{
  g_free (line->day);
  g_free (line->summary);
}

typedef struct
{
  CwDatabase   *db;
  GHashTable   *accounts;   /* "system\ttext" → CwFinanceAccount, or a GError's message */
  sqlite3_stmt *stored;
} Ledger;

static gboolean
begin_ledger (CwImport  *import,
              gpointer   state,
              GError   **error)
{
  Ledger *self = state;

  self->db = cw_import_get_database (import);
  self->accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->stored = cw_database_prepare (self->db,
                                      "SELECT entry_date || char(9) || account_id || char(9) || amount "
                                      "       || char(9) || summary "
                                      "FROM finance_entry WHERE voucher = ?1 AND substr(entry_date, 1, 7) = ?2 "
                                      "AND reverses_id IS NULL",
                                      error);
  return self->stored != NULL;
}

static void
end_ledger (gpointer state)
{
  Ledger *self = state;

  g_clear_pointer (&self->accounts, g_hash_table_unref);
  g_clear_pointer (&self->stored, sqlite3_finalize);
}

static CwFinanceAccount *
lookup_account (Ledger      *self,
                int          year,
                const char  *text,
                char       **problem)
{
  const char *system = cw_finance_system_for_year (year);
  g_autofree char *key = g_strdup_printf ("%s\t%s", system, text);
  CwFinanceAccount *account = g_hash_table_lookup (self->accounts, key);
  g_autoptr(GError) error = NULL;

  if (account != NULL)
    return account;
  account = cw_finance_account_find (self->db, system, text, &error);
  if (account == NULL && g_error_matches (error, CW_ERROR, CW_ERROR_NOT_FOUND))
    {
      *problem = g_strdup_printf (_("The column “%s” says “%s”: the %s has no account of that code or name."),
                                  column_names[COLUMN_ACCOUNT], text, cw_finance_system_label (system));
      return NULL;
    }
  if (account == NULL)
    {
      *problem = g_strdup_printf (_("The column “%s”: %s"), column_names[COLUMN_ACCOUNT], error->message);
      return NULL;
    }
  g_hash_table_insert (self->accounts, g_steal_pointer (&key), account);
  return account;
}

/* Which of 收入 and 支出 holds the amount: an empty field or a 0 is none. */
static gboolean
read_amounts (const CwImportRow  *row,
              gint64             *income,
              gint64             *expense,
              char              **problem)
{
  const guint columns[] = { COLUMN_INCOME, COLUMN_EXPENSE };
  gint64 *values[] = { income, expense };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *text = row->fields[columns[i]];
      g_autoptr(GError) error = NULL;

      *values[i] = 0;
      if (text[0] != '\0' && !cw_money_parse (text, values[i], &error))
        {
          *problem = g_strdup_printf (_("The column “%s”: %s"), column_names[columns[i]], error->message);
          return FALSE;
        }
    }
  if (*income != 0 && *expense != 0)
    *problem = g_strdup_printf (_("The row has both income (%s) and expense (%s); a ledger line is one or the "
                                  "other: put them on two lines."),
                                row->fields[COLUMN_INCOME], row->fields[COLUMN_EXPENSE]);
  else if (*income == 0 && *expense == 0)
    *problem = g_strdup_printf (_("The row has no amount: write it under “%s” or “%s”."),
                                column_names[COLUMN_INCOME], column_names[COLUMN_EXPENSE]);
  return *problem == NULL;
}

/* The line a row makes, or a translated reason why none. */
static gboolean
read_line (Ledger             *self,
           const CwImportRow  *row,
           Line               *line,
           char              **problem)
{
  g_autoptr(GError) error = NULL;
  CwFinanceAccount *account;
  gint64 income = 0, expense = 0;
  GDate date, today;

  if (row->fields[COLUMN_DATE][0] == '\0')
    {
      *problem = g_strdup_printf (_("The column “%s” is empty: every line needs its day."), column_names[COLUMN_DATE]);
      return FALSE;
    }
  if (!cw_date_parse_cell (row->fields[COLUMN_DATE], &date, &error))
    {
      *problem = g_strdup_printf (_("The column “%s”: %s"), column_names[COLUMN_DATE], error->message);
      return FALSE;
    }
  cw_date_today (&today);
  if (g_date_compare (&date, &today) > 0)
    {
      *problem = g_strdup_printf (_("The column “%s”: %s is in the future."), column_names[COLUMN_DATE],
                                  row->fields[COLUMN_DATE]);
      return FALSE;
    }
  line->day = cw_date_format (&date);
  if (row->fields[COLUMN_ACCOUNT][0] == '\0')
    {
      *problem = g_strdup_printf (_("The column “%s” is empty: every line needs its account, by code or name."),
                                  column_names[COLUMN_ACCOUNT]);
      return FALSE;
    }
  account = lookup_account (self, g_date_get_year (&date), row->fields[COLUMN_ACCOUNT], problem);
  if (account == NULL || !read_amounts (row, &income, &expense, problem))
    return FALSE;
  if (cw_finance_account_is_income (account) ? expense != 0 : income != 0)
    {
      *problem = g_strdup_printf (cw_finance_account_is_income (account)
                                  ? _("%s %s is an income account: its amount goes under “%s”, not “%s”.")
                                  : _("%s %s is an expense account: its amount goes under “%s”, not “%s”."),
                                  cw_finance_account_get_code (account), cw_finance_account_get_full_name (account),
                                  column_names[cw_finance_account_is_income (account) ? COLUMN_INCOME : COLUMN_EXPENSE],
                                  column_names[cw_finance_account_is_income (account) ? COLUMN_EXPENSE : COLUMN_INCOME]);
      return FALSE;
    }
  line->account_id = cw_finance_account_get_id (account);
  line->amount = income + expense;
  line->summary = g_strdup (row->fields[COLUMN_SUMMARY]);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The voucher's lines as the ledger has them, sorted, for comparison;
 * NULL when they cannot be read: none read would write the voucher twice. */
static GPtrArray *
stored_voucher (Ledger      *self,
                const char  *voucher,
                const char  *day,
                GError     **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  int rc;

  sqlite3_reset (self->stored);
  sqlite3_bind_text (self->stored, 1, voucher, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (self->stored, 2, day, 7, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (self->stored)) == SQLITE_ROW)
    g_ptr_array_add (lines, g_strdup ((const char *) sqlite3_column_text (self->stored, 0)));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (self->db, error);
      return NULL;
    }
  g_ptr_array_sort (lines, compare_strings);
  return g_steal_pointer (&lines);
}

static gboolean
settle_voucher (CwImport            *import,
                const CwImportUnit  *unit,
                gpointer             verdict,
                gpointer             state,
                GError             **error)
{
  Ledger *self = state;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) file = g_ptr_array_new_with_free_func (g_free);
  gboolean refused = FALSE;

  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);
  g_array_set_size (lines, unit->n_rows);
  for (guint i = 0; i < unit->n_rows; i++)
    {
      g_autofree char *problem = NULL;
      Line *line = &g_array_index (lines, Line, i);

      if (!read_line (self, unit->rows[i], line, &problem))
        {
          cw_import_refuse_row (import, unit->rows[i], NULL, problem);
          refused = TRUE;
        }
      else
        g_ptr_array_add (file, g_strdup_printf ("%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s",
                                                line->day, line->account_id, line->amount, line->summary));
    }
  if (refused)
    return TRUE;

  /* A voucher is in the ledger once: the same again is no change. */
  stored = stored_voucher (self, unit->key, g_array_index (lines, Line, 0).day, error);
  if (stored == NULL)
    return FALSE;
  if (stored->len > 0)
    {
      gboolean same = stored->len == file->len;

      g_ptr_array_sort (file, compare_strings);
      for (guint i = 0; same && i < file->len; i++)
        same = g_str_equal (g_ptr_array_index (file, i), g_ptr_array_index (stored, i));
      if (same)
        cw_import_unchanged (import);
      else
        {
          g_autofree char *problem =
            g_strdup_printf (_("The voucher %s of %.7s is in the ledger already, with other lines; "
                               "correct the ledger in the window, not by importing again."),
                             unit->key, g_array_index (lines, Line, 0).day);
          cw_import_refuse_unit (import, unit->rows[0]->line, problem);
        }
      return TRUE;
    }

  for (guint i = 0; i < unit->n_rows; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autoptr(GError) row_error = NULL;

      if (cw_finance_entry_add (self->db, line->day, unit->key, line->account_id, line->summary, line->amount,
                                unit->rows[i]->fields[COLUMN_HANDLED_BY], &row_error) == 0)
        return cw_import_refuse_row_for (import, unit->rows[i], NULL, g_steal_pointer (&row_error), error);
    }
  cw_import_count (import, CW_FINANCE_IMPORT_LINES, unit->n_rows);
  cw_import_changed (import, "finance_entry");
  return TRUE;
}

const CwImporter cw_finance_importer = {
  .unit = "vouchers",
  .column_names = column_names,
  .columns = column_table,
  .unit_column = COLUMN_VOUCHER,
  .unit_key_missing = N_("The column “%s” is empty: every line needs the number of its voucher."),
  .unit_rows_skipped = N_("Skipped because line %u of the same voucher is wrong; a voucher goes in whole or "
                          "not at all."),
  .state_size = sizeof (Ledger),
  .prepare = need_village,
  .begin = begin_ledger,
  .write = settle_voucher,
  .end = end_ledger,
};
