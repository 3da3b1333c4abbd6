/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's finance rows (issue 14): the collective
 * ledger at a township's size, 50 000 entries a year, its disclosure, its
 * workbook and the disclosure drafted as a notice, each beside the same
 * work done bare; and issue 14's first figures, on a bare ledger of
 * 200 000 entries a year (finance.db): the disclosure, its printout and
 * workbook, and a month of the ledger as the view reads it. */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-notice.h"
#include "core/village/cw-village.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"

/* Adds @entries reviewed entries dated over @year (on the 2023 chart) to
 * @db, written bare: every preset account in turn, up to ¥20 000 each but
 * for one of ¥80 000 in every 2 500 (the large items). Nothing when they
 * are there already. */
static void
bench_finance_fill_year (CwDatabase *db,
                         int         year,
                         guint       entries)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM finance_entry WHERE recorded_by = 'bench' "
                                            "AND entry_date >= '%s' AND entry_date < '%04d-01-01'", first, year + 1);
  /* The demo's own entries of the year (its benefit payments) reviewed
   * too: a disclosure is drafted as a notice once none waits. */
  g_autofree char *review = g_strdup_printf ("UPDATE finance_entry SET reviewed_by = '李监督', "
                                             "reviewed_on = '%04d-01-05' WHERE reviewed_by IS NULL "
                                             "AND entry_date >= '%s' AND entry_date < '%04d-01-01'",
                                             year + 1, first, year + 1);
  g_autofree char *sql = NULL;
  double start;

  if (cw_database_query_int (db, count, 0) > 0)
    return;
  printf ("  adding %u ledger entries of %d to %s …\n", entries, year, cw_database_get_path (db));
  fflush (stdout);
  start = bench_now_ms ();
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %u), "
                         "accounts AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS k FROM finance_account "
                         "             WHERE system = '2023' AND parent_id IS NULL) "
                         "INSERT INTO finance_entry (entry_date, voucher, account_id, summary, amount, handled_by, "
                         "                           recorded_by, reviewed_by, reviewed_on) "
                         "SELECT date('%s', '+' || (i %% 365) || ' days'), '记-' || i, a.id, '摘要' || (i %% 97), "
                         "       iif(i %% 2500 = 0, 8000000, 1 + (i * 7919) %% 2000000), '王会计', 'bench', "
                         "       '李监督', '%04d-01-05' "
                         "FROM n JOIN accounts a ON a.k = n.i %% 10",
                         entries - 1, first, year + 1);
  g_assert_true (cw_database_begin (db, &error));
  g_assert_true (cw_database_exec (db, sql, &error));
  g_assert_true (cw_database_exec (db, review, &error));
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
  printf ("  added in %.1f s\n", (bench_now_ms () - start) / 1000);
}

/* Each preset account's 本期 and 本年累计, sub-accounts summed in. */
static sqlite3_stmt *
figures_query (CwDatabase            *db,
               const CwFinancePeriod *period)
{
  g_autofree char *year_first = g_strdup_printf ("%04d-01-01", period->year);
  sqlite3_stmt *stmt =
    cw_database_prepare (db,
                         "SELECT coalesce(a.parent_id, a.id), a.kind, sum(iif(e.entry_date >= ?2, e.amount, 0)), "
                         "       sum(e.amount) "
                         "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id "
                         "WHERE e.entry_date BETWEEN ?1 AND ?3 AND e.reviewed_by IS NOT NULL "
                         "GROUP BY 1",
                         NULL);

  sqlite3_bind_text (stmt, 1, year_first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, period->first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, period->last, -1, SQLITE_STATIC);
  return stmt;
}

/* The period's figures in one GROUP BY; @year_total gets the year's
 * income and expense summed, to check the program's against. */
static void
bench_finance_bare_figures (CwDatabase            *db,
                            const CwFinancePeriod *period,
                            gint64                *year_total)
{
  g_autoptr(sqlite3_stmt) stmt = figures_query (db, period);

  *year_total = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    *year_total += sqlite3_column_int64 (stmt, 3);
}

/* The disclosure as a notice, bare: the same GROUP BY, its rows as the
 * notice's tab-separated table, one INSERT in a transaction. */
static void
bench_finance_bare_notice (CwDatabase            *db,
                           const CwFinancePeriod *period)
{
  static guint drafted;
  g_autoptr(sqlite3_stmt) stmt = figures_query (db, period);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GString) table = g_string_new ("科目\t本期\t本年累计");
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strdup_printf ("bench-%u", ++drafted);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *in_period = cw_money_format (sqlite3_column_int64 (stmt, 2));
      g_autofree char *in_year = cw_money_format (sqlite3_column_int64 (stmt, 3));

      g_string_append_printf (table, "\n%" G_GINT64_FORMAT "\t%s\t%s", (gint64) sqlite3_column_int64 (stmt, 0),
                              in_period, in_year);
    }
  insert = cw_database_prepare (db,
                                "INSERT INTO notice (number, kind, title, body_table, from_date, to_date, "
                                "created_date) VALUES (?1, 'finance', '财务公开', ?2, ?3, ?3, ?3)",
                                &error);
  g_assert_no_error (error);
  sqlite3_bind_text (insert, 1, number, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, table->str, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, period->last, -1, SQLITE_STATIC);
  /* In a change of its own, as every write is: the audit log records it. */
  g_assert_true (cw_database_begin (db, &error));
  g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
  g_assert_true (cw_database_commit (db, &error));
  g_assert_no_error (error);
}

static char *
fen_text (gint64 fen)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, fen);
}

/* The cells the disclosure workbook writes (the disclosure, its large
 * items, the period's ledger), as BareSheets. */
static GPtrArray *
bench_finance_bare_sheets (CwDatabase            *db,
                           const CwFinancePeriod *period,
                           const char            *title,
                           const char            *note)
{
  static const char * const figures_header[] = { "科目编号", "科目", "本期", "本年累计", NULL };
  static const char * const large_header[] = { "日期", "凭证号", "科目", "摘要", "收入", "支出", NULL };
  static const char * const ledger_header[] = { "日期", "凭证号", "科目编号", "科目", "摘要", "收入", "支出",
                                                "经办人", "审核人", "审核日期", NULL };
  g_autoptr(CwFinanceDisclosure) disclosure = cw_finance_disclosure_compute (db, period, NULL);
  g_auto(GStrv) balance = cw_finance_disclosure_balance_lines (disclosure);
  GPtrArray *sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) bare_sheet_free);
  BareSheet *figures = bare_sheet_new (title, note, figures_header, "..NN");
  BareSheet *large = bare_sheet_new (title, "≥ 50,000.00", large_header, "....NN");
  BareSheet *ledger = bare_sheet_new (title, NULL, ledger_header, ".....NN...");
  g_autoptr(sqlite3_stmt) lines = NULL;

  /* The disclosure's own lines, as the workbook writes them: what is
   * measured is the writing. */
  for (int kind = 1; kind >= 0; kind--)
    {
      for (guint i = 0; i < disclosure->rows->len; i++)
        {
          CwFinanceDisclosureRow *row = g_ptr_array_index (disclosure->rows, i);
          g_autofree char *in_period = fen_text (row->period);
          g_autofree char *in_year = fen_text (row->year);

          if (row->income == (kind == 1))
            bare_sheet_add (figures, (const char * const[]) { row->code, row->name, in_period, in_year });
        }
      {
        g_autofree char *in_period = fen_text (kind == 1 ? disclosure->income_period : disclosure->expense_period);
        g_autofree char *in_year = fen_text (kind == 1 ? disclosure->income_year : disclosure->expense_year);

        bare_sheet_add (figures, (const char * const[]) { "", "合计", in_period, in_year });
      }
    }
  figures->total = g_strdup (balance[0]);
  figures->closing = g_strjoinv ("\n", balance + 1);
  for (guint i = 0; i < disclosure->large_items->len; i++)
    {
      CwFinanceLargeItem *item = g_ptr_array_index (disclosure->large_items, i);
      g_autofree char *amount = fen_text (item->amount);

      bare_sheet_add (large, (const char * const[]) { item->date, item->voucher, item->account, item->summary,
                                                      item->income ? amount : "", item->income ? "" : amount });
    }

  lines = cw_database_prepare (db,
                               "SELECT e.entry_date, e.voucher, a.code, a.name, e.summary, "
                               "       iif(a.kind = 'income', e.amount, ''), iif(a.kind = 'expense', e.amount, ''), "
                               "       e.handled_by, coalesce(e.reviewed_by, ''), coalesce(e.reviewed_on, '') "
                               "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id "
                               "WHERE e.entry_date BETWEEN ?1 AND ?2 ORDER BY e.entry_date, e.voucher, e.id",
                               NULL);
  sqlite3_bind_text (lines, 1, period->first, -1, SQLITE_STATIC);
  sqlite3_bind_text (lines, 2, period->last, -1, SQLITE_STATIC);
  while (sqlite3_step (lines) == SQLITE_ROW)
    {
      const char *cells[10];

      for (int c = 0; c < 10; c++)
        cells[c] = (const char *) sqlite3_column_text (lines, c);
      bare_sheet_add (ledger, cells);
    }
  g_ptr_array_add (sheets, figures);
  g_ptr_array_add (sheets, large);
  g_ptr_array_add (sheets, ledger);
  return sheets;
}

/* ---- the rows ---- */

#define FINANCE_ENTRIES 50000
#define FINANCE_QUARTER "2025Q4"
#define FINANCE_POSTED "2026-01-08"

/* The demo village of 1 000 households (its committees, its two years of
 * books) with a third year, 2025, of a township's size, kept apart. */
static CwDatabase *
open_finance (void)
{
  g_autofree char *path = bench_path ("finance-township.db");
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(CwDatabase) village = open_or_build ("village-1000.db", 1000, 24000);
      g_autofree char *from = g_strdup (cw_database_get_path (village));

      /* Closed first: its last writes go from the journal into the file. */
      g_clear_object (&village);
      copy_file (from, path);
    }
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  bench_finance_fill_year (db, 2025, FINANCE_ENTRIES);
  return db;
}

static gboolean
export_finance (CwDatabase  *db,
                const char  *path,
                GError     **error)
{
  CwFinancePeriod period;

  g_assert_true (cw_finance_period_parse (FINANCE_QUARTER, &period, NULL));
  return cw_finance_export_disclosure (db, &period, FINANCE_POSTED, path, error);
}

/* The quarter's figures (本期 and 本年累计) beside one GROUP BY, and its
 * workbook beside the libxlsxwriter loop writing the same cells. */
static void
bench_finance_disclosure (CwDatabase *township)
{
  g_autoptr(CwDatabase) db = open_finance ();
  g_auto(BenchClock) real = { 0 };
  g_auto(BenchClock) bare = { 0 };
  g_autoptr(GPtrArray) sheets = NULL;
  g_autofree char *title = NULL;
  g_autofree char *cli_path = bench_path ("finance-cli.xlsx");
  const char *argv[] = { g_getenv ("CUNWU_BINARY"), "--db", cw_database_get_path (db), "export", "finance",
                         "--quarter", FINANCE_QUARTER, cli_path, NULL };
  CwFinancePeriod period;
  BenchChild child;

  bench_clock_init (&real);
  bench_clock_init (&bare);
  g_assert_true (cw_finance_period_parse (FINANCE_QUARTER, &period, NULL));
  printf ("  (%" G_GINT64_FORMAT " ledger entries in 2025, %" G_GINT64_FORMAT " in %s)\n",
          cw_database_query_int (db, "SELECT count(*) FROM finance_entry WHERE entry_date LIKE '2025-%'", 0),
          cw_database_query_int (db, "SELECT count(*) FROM finance_entry WHERE entry_date >= '2025-10-01' "
                                     "AND entry_date <= '2025-12-31'", 0), FINANCE_QUARTER);
  for (guint i = 0; i < MAX (bench_runs (), 5); i++)
    {
      g_autoptr(CwFinanceDisclosure) disclosure = NULL;
      g_autoptr(GError) error = NULL;
      gint64 year_total = 0;

      bench_clock_start (&real);
      disclosure = cw_finance_disclosure_compute (db, &period, &error);
      bench_clock_stop (&real);
      g_assert_no_error (error);
      bench_clock_start (&bare);
      bench_finance_bare_figures (db, &period, &year_total);
      bench_clock_stop (&bare);
      /* The same year's figures either way, to the fen. */
      g_assert_cmpint (year_total, ==, disclosure->income_year + disclosure->expense_year);
    }
  bench_row_clocked ("finance disclosure 2025Q4 (50 000 entries a year)", &real, &bare, "one GROUP BY", "≤ 1 s",
                     "≤ 2×");

  title = cw_finance_disclosure_title (db, &period);
  sheets = bench_finance_bare_sheets (db, &period, title, "Posted " FINANCE_POSTED);
  bench_workbook (db, "finance disclosure workbook (the quarter's ledger)", "finance", export_finance, sheets,
                  "≤ 2×", "≤ 1.2×");
  g_unlink (cli_path);
  g_assert_true (bench_run (argv, &child));
  bench_note ("cunwu export finance: %.0f ms, CPU %.0f ms, peak memory %.0f MB (the program alone)",
              child.wall_ms, child.cpu_ms, child.peak_mb);
}
BENCH_ROW_ALONE (bench_finance_disclosure)

/* The disclosure drafted as a notice (cunwu finance notice), each run on
 * a fresh copy of the ledger (a quarter is drafted once), beside the same
 * GROUP BY written into one notice row. */
static void
bench_finance_notice (CwDatabase *township)
{
  g_autoptr(CwDatabase) ledger = open_finance ();
  g_autofree char *base = g_strdup (cw_database_get_path (ledger));
  g_autofree char *work = bench_path ("finance-notice.db");
  g_auto(BenchClock) real = { 0 };
  g_auto(BenchClock) bare = { 0 };
  const char *argv[] = { g_getenv ("CUNWU_BINARY"), "--db", work, "finance", "notice", "--quarter", FINANCE_QUARTER,
                         "--date", FINANCE_POSTED, NULL };
  CwFinancePeriod period;
  BenchChild child;

  g_clear_object (&ledger);
  bench_clock_init (&real);
  bench_clock_init (&bare);
  g_assert_true (cw_finance_period_parse (FINANCE_QUARTER, &period, NULL));
  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(CwDatabase) db = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id;

      copy_file (base, work);
      db = cw_database_open (work, &error);
      g_assert_no_error (error);
      bench_clock_start (&real);
      id = cw_finance_disclosure_add_notice (db, &period, FINANCE_POSTED, &error);
      bench_clock_stop (&real);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      bench_clock_start (&bare);
      bench_finance_bare_notice (db, &period);
      bench_clock_stop (&bare);
    }
  bench_row_clocked ("finance disclosure drafted as a notice", &real, &bare, "GROUP BY, one INSERT", "≤ 1 s", "");
  copy_file (base, work);
  g_assert_true (bench_run (argv, &child));
  bench_note ("cunwu finance notice: %.0f ms, CPU %.0f ms, peak memory %.0f MB (the program alone)",
              child.wall_ms, child.cpu_ms, child.peak_mb);
  remove_database (work);
}
BENCH_ROW_ALONE (bench_finance_notice)

#define LEDGER_ENTRIES 200000

/* A village with nothing but a year (2025) of 200 000 reviewed entries:
 * the figures, not the writing, are what is measured. */
static CwDatabase *
open_ledger (void)
{
  g_autofree char *path = bench_path ("finance.db");
  g_autoptr(GError) error = NULL;
  CwDatabase *db = cw_database_open (path, &error);

  g_assert_no_error (error);
  if (!cw_village_exists (db))
    {
      g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");

      g_assert_true (cw_village_create (db, village, &error));
      g_assert_no_error (error);
    }
  bench_finance_fill_year (db, 2025, LEDGER_ENTRIES);
  return db;
}

/* The disclosure beside one GROUP BY of the entries (medians, taking
 * turns), then its printout, its workbook and a month's entries, each
 * once. */
static void
bench_finance_ledger (CwDatabase *township)
{
  g_autoptr(CwDatabase) db = open_ledger ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  g_autoptr(GListModel) month = NULL;
  g_autoptr(sqlite3_stmt) bare = NULL;
  g_autofree char *pdf = bench_path ("finance-ledger.pdf");
  g_autofree char *xlsx = bench_path ("finance-ledger.xlsx");
  CwFinancePeriod period;
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_runs = g_array_new (FALSE, FALSE, sizeof (double));
  double start, ms, bare_ms;
  gint64 check = 0;
  int pages = 0;

  printf ("  (%" G_GINT64_FORMAT " ledger entries in 2025)\n",
          cw_database_query_int (db, "SELECT count(*) FROM finance_entry", 0));
  g_assert_true (cw_finance_period_parse ("2025Q4", &period, &error));

  /* Taking turns, so that neither side alone reads the file cold. */
  for (guint i = 0; i < bench_runs (); i++)
    {
      g_clear_pointer (&disclosure, cw_finance_disclosure_free);
      start = bench_now_ms ();
      disclosure = cw_finance_disclosure_compute (db, &period, &error);
      ms = bench_now_ms () - start;
      g_assert_no_error (error);
      g_array_append_val (real, ms);
      check = 0;
      start = bench_now_ms ();
      bare = cw_database_prepare (db,
                                  "SELECT account_id, sum(iif(entry_date >= '2025-10-01', amount, 0)), sum(amount) "
                                  "FROM finance_entry WHERE entry_date BETWEEN '2025-01-01' AND '2025-12-31' "
                                  "AND reviewed_by IS NOT NULL "
                                  "GROUP BY account_id",
                                  &error);
      while (sqlite3_step (bare) == SQLITE_ROW)
        check += sqlite3_column_int64 (bare, 2);
      g_clear_pointer (&bare, sqlite3_finalize);
      bare_ms = bench_now_ms () - start;
      g_array_append_val (bare_runs, bare_ms);
      /* The same year's figures either way, to the fen. */
      g_assert_cmpint (check, ==, disclosure->income_year + disclosure->expense_year);
    }
  bench_row ("disclosure 2025Q4 (200 000 entries a year)", bench_median (real), bench_median (bare_runs),
             "one GROUP BY", "≤ 1 s", "");

  start = bench_now_ms ();
  g_assert_true (cw_finance_disclosure_save_pdf (db, &period, "2026-01-08", FALSE, pdf, &pages, &error));
  g_assert_no_error (error);
  bench_row ("disclosure printed .pdf, with its figures", bench_now_ms () - start, 0, NULL, "≤ 2 s", "");
  start = bench_now_ms ();
  g_assert_true (cw_finance_export_disclosure (db, &period, "2026-01-08", xlsx, &error));
  g_assert_no_error (error);
  bench_row ("disclosure workbook .xlsx (the quarter's ledger)", bench_now_ms () - start, 0, NULL, "≤ 5 s", "");
  bench_note ("%" G_GINT64_FORMAT " ledger rows in the quarter",
              cw_database_query_int (db, "SELECT count(*) FROM finance_entry WHERE entry_date >= '2025-10-01'", 0));

  start = bench_now_ms ();
  month = cw_finance_entry_list (db, "2025-12-01", "2025-12-31", 0, &error);
  g_assert_no_error (error);
  bench_row ("ledger: a month's entries as the view reads them", bench_now_ms () - start, 0, NULL, "≤ 1 s", "");
  printf ("  (%u entries in December)\n", g_list_model_get_n_items (month));
}
BENCH_ROW_ALONE (bench_finance_ledger)
