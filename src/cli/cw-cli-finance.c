/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-finance.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-notice.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-settings.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"

/* --month (for a month only when @months_only) or --quarter: one of them. */
static int
parse_period (const char       *command,
              const char       *month,
              const char       *quarter,
              gboolean          months_only,
              CwFinancePeriod  *period)
{
  g_autoptr(GError) error = NULL;

  if (months_only ? month == NULL : (month == NULL) == (quarter == NULL))
    return months_only
           /* Translators: "finance close needs the month: --month 2026-07" */
           ? cw_cli_usage (_("%s needs the month: --month 2026-07"), command)
           : cw_cli_usage (_("%s needs the month or the quarter: --month 2026-07 or --quarter 2026Q3"), command);
  if (!cw_finance_period_parse (month != NULL ? month : quarter, period, &error))
    return cw_cli_usage ("%s: %s", month != NULL ? "--month" : "--quarter", error->message);
  if (month != NULL && period->month == 0)
    return cw_cli_usage (_("--month: write the month as 2026-07."));
  if (quarter != NULL && period->quarter == 0)
    return cw_cli_usage (_("--quarter: write the quarter as 2026Q3."));
  return CW_CLI_OK;
}

static int
run_review (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *month = NULL, *by = NULL, *date = NULL, *opinion = NULL, *key = NULL, *voucher = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month whose entries are reviewed, e.g. 2026-07"),
      N_("MONTH") },
    { "voucher", 0, 0, G_OPTION_ARG_STRING, &voucher,
      N_("Only this voucher of the month, e.g. 记-07-002 (default: every pending entry)"), N_("VOUCHER") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("The supervision committee’s member who reviewed them"),
      N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the review (default: today)"), N_("DATE") },
    { "opinion", 0, 0, G_OPTION_ARG_STRING, &opinion, N_("The committee’s opinion, e.g. 同意"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CwFinancePeriod period;
  guint n = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_period ("finance review", month, NULL, TRUE, &period)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (by == NULL)
    return cw_cli_usage (_("finance review needs the member who reviewed: --by NAME"));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  key = cw_finance_period_key (&period);
  if (voucher != NULL)
    {
      g_autoptr(GArray) ids = cw_finance_entry_voucher_pending (db, key, voucher, &error);

      if (ids == NULL ||
          !cw_finance_entry_review (db, (const gint64 *) ids->data, ids->len, NULL, by, date, opinion, &n, &error))
        return cw_cli_fail (error);
    }
  else if (!cw_finance_entry_review (db, NULL, 0, key, by, date, opinion, &n, &error))
    return cw_cli_fail (error);
  /* Translators: "Reviewed 12 entries of 2026-07 (by 李监督)." */
  printf (g_dngettext (GETTEXT_PACKAGE, "Reviewed %u entry of %s (by %s).\n", "Reviewed %u entries of %s (by %s).\n",
                       n),
          n, voucher != NULL ? voucher : key, by);
  return CW_CLI_OK;
}

static int
run_close (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  g_autofree char *month = NULL, *key = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month to close, e.g. 2026-07"), N_("MONTH") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CwFinancePeriod period;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_period ("finance close", month, NULL, TRUE, &period)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  key = cw_finance_period_key (&period);
  if (!cw_finance_month_close (db, key, &error))
    return cw_cli_fail (error);
  printf (_("Closed the month %s: its entries are locked.\n"), key);
  return CW_CLI_OK;
}

static int
run_account (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *under = NULL, *code = NULL, *name = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "under", 0, 0, G_OPTION_ARG_STRING, &under, N_("The account of the chart it goes under, by code or name"),
      N_("ACCOUNT") },
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("Its code: the account's code and two digits, e.g. 50101"),
      N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Its name, e.g. 摊位租金"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("A year whose chart it belongs to (default: this year)"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) parent = NULL;
  const char *system;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (under == NULL || code == NULL || name == NULL)
    return cw_cli_usage (_("finance account needs --under ACCOUNT, --code CODE and --name NAME."));
  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  system = cw_finance_system_for_year (year);
  parent = cw_finance_account_find (db, system, under, &error);
  if (parent == NULL ||
      cw_finance_account_add_sub (db, cw_finance_account_get_id (parent), code, name, &error) == 0)
    return cw_cli_fail (error);
  /* Translators: "Added the sub-account 50101 摊位租金 under 501 经营收入 (2023 system …)." */
  printf (_("Added the sub-account %s %s under %s %s (%s).\n"), code, name, cw_finance_account_get_code (parent),
          cw_finance_account_get_name (parent), cw_finance_system_label (system));
  return CW_CLI_OK;
}

static void
print_figures (const char *label,
               gint64      period,
               gint64      year)
{
  g_autofree char *a = cw_money_format (period);
  g_autofree char *b = cw_money_format (year);

  printf ("%s\t%s\t%s\n", label, a, b);
}

static int
run_show (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  g_autofree char *month = NULL, *quarter = NULL, *label = NULL;
  g_autofree char *brought = NULL, *carried = NULL, *income = NULL, *expense = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month, e.g. 2026-07"), N_("MONTH") },
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  CwFinancePeriod period;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_period ("finance show", month, quarter, FALSE, &period)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  disclosure = cw_finance_disclosure_compute (db, &period, &error);
  if (disclosure == NULL)
    return cw_cli_fail (error);

  label = cw_finance_period_label (&period);
  printf ("%s — %s\n", label, cw_finance_system_label (disclosure->system));
  printf ("%s\t%s\t%s\n", _("Account"), _("This period"), _("This year"));
  for (guint i = 0; i < disclosure->rows->len; i++)
    {
      CwFinanceDisclosureRow *row = g_ptr_array_index (disclosure->rows, i);
      g_autofree char *name = g_strdup_printf ("%s%s %s", row->sub_account ? "  " : "", row->code, row->name);

      print_figures (name, row->period, row->year);
    }
  print_figures (_("Total income"), disclosure->income_period, disclosure->income_year);
  print_figures (_("Total expense"), disclosure->expense_period, disclosure->expense_year);
  brought = cw_money_format (disclosure->brought_forward);
  carried = cw_money_format (disclosure->carried);
  income = cw_money_capitals (disclosure->income_period);
  expense = cw_money_capitals (disclosure->expense_period);
  printf ("%s\t%s\n", _("Balance brought forward"), brought);
  printf ("%s\t%s\n", _("Balance carried forward"), carried);
  printf ("%s\t%s\n", _("Income in capitals"), income);
  printf ("%s\t%s\n", _("Expense in capitals"), expense);
  if (disclosure->pending > 0)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "%u entry of the period waits for review and is not in the figures.\n",
                                  "%u entries of the period wait for review and are not in the figures.\n",
                                  disclosure->pending),
             disclosure->pending);
  return CW_CLI_OK;
}

static int
run_notice (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *month = NULL, *quarter = NULL, *date = NULL, *day = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month, e.g. 2026-07"), N_("MONTH") },
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it goes up on the board (default: today)"),
      N_("DATE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  CwFinancePeriod period;
  gint64 id;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_period ("finance notice", month, quarter, FALSE, &period)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  day = date != NULL ? cw_date_normalize (date, &error) : cw_date_today_text ();
  if (day == NULL)
    return cw_cli_usage ("--date: %s", error->message);

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((id = cw_finance_disclosure_add_notice (db, &period, day, &error)) == 0 ||
      (notice = cw_notice_load (db, id, &error)) == NULL)
    return cw_cli_fail (error);
  /* Translators: "Drafted notice 2026-014 “青山村2026年第3季度财务公开”, up 2026-10-08 to 2026-12-31; …" */
  printf (_("Drafted notice %s “%s”, up %s to %s; it is posted once the supervision committee has reviewed "
            "it (notice review, settle, post).\n"),
          cw_notice_get_number (notice), cw_notice_get_title (notice), cw_notice_get_from (notice),
          cw_notice_get_to (notice));
  return CW_CLI_OK;
}

/* export finance, print finance: the period, the file, the day posted. */
static int
run_output (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv,
            gboolean             print)
{
  g_autofree char *month = NULL, *quarter = NULL, *posted = NULL, *day = NULL, *display = NULL, *title = NULL;
  g_autofree char *paper = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month, e.g. 2026-07"), N_("MONTH") },
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "posted", 0, 0, G_OPTION_ARG_STRING, &posted,
      N_("The day it goes up on the board (default: left blank to fill in by hand)"), N_("DATE") },
    { print ? "paper" : NULL, 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("A4 or A3 (default: the paper chosen on the disclosure page, A4 at first)"), N_("SIZE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CwFinancePeriod period;
  gboolean a3;
  int status, n_pages = 0;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_period (command->name, month, quarter, FALSE, &period)) != CW_CLI_OK)
    return status;
  if (argc < 2)
    /* Translators: "print finance needs the file, e.g. DISCLOSURE.pdf" */
    return cw_cli_usage (_("%s needs the file, e.g. %s."), command->name, print ? "DISCLOSURE.pdf" : "DISCLOSURE.xlsx");
  if ((status = cw_cli_no_more_arguments (argc, argv, 2)) != CW_CLI_OK)
    return status;
  if (posted != NULL && (day = cw_date_normalize (posted, &error)) == NULL)
    return cw_cli_usage ("--posted: %s", error->message);
  if (paper != NULL && g_ascii_strcasecmp (paper, "A3") != 0 && g_ascii_strcasecmp (paper, "A4") != 0)
    return cw_cli_usage (_("--paper is A4 or A3."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  a3 = paper != NULL ? g_ascii_strcasecmp (paper, "A3") == 0 : cw_settings_get_finance_a3 (db);
  if (print ? !cw_finance_disclosure_save_pdf (db, &period, day, a3, argv[1], &n_pages, &error)
            : !cw_finance_export_disclosure (db, &period, day, argv[1], &error))
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  title = cw_finance_disclosure_title (db, &period);
  if (print)
    /* Translators: "Printed “青山村2026年第3季度财务公开” (2 pages) to “FILE”." */
    printf (g_dngettext (GETTEXT_PACKAGE, "Printed “%s” (%d page) to “%s”.\n", "Printed “%s” (%d pages) to “%s”.\n",
                         (gulong) n_pages),
            title, n_pages, display);
  else
    printf (_("Exported “%s” to “%s”.\n"), title, display);
  return CW_CLI_OK;
}

int
cw_cli_finance_run_export (const CwCliCommand  *command,
                           const char          *db_path,
                           int                  argc,
                           char               **argv)
{
  return run_output (command, db_path, argc, argv, FALSE);
}

int
cw_cli_finance_run_print (const CwCliCommand  *command,
                          const char          *db_path,
                          int                  argc,
                          char               **argv)
{
  return run_output (command, db_path, argc, argv, TRUE);
}

static int run_finance (const CwCliCommand  *command,
                        const char          *db_path,
                        int                  argc,
                        char               **argv);

static const CwCliTarget finance_subcommands[] = {
  { "review", { "finance review", N_("--month 2026-07 [--voucher V] --by NAME [--date D] [--opinion TEXT]"),
                N_("The supervision committee’s review of a month’s entries that wait for it, or of one voucher’s"),
                run_review } },
  { "close", { "finance close", N_("--month 2026-07"),
               N_("Close a month whose entries are all reviewed: they are locked"), run_close } },
  { "account", { "finance account", N_("--under ACCOUNT --code CODE --name NAME [--year YEAR]"),
                  N_("Add a sub-account (明细科目) under an account of a year's chart"), run_account } },
  { "show", { "finance show", N_("--quarter 2026Q3 | --month 2026-07"),
              N_("The disclosure’s figures by account, 本期 and 本年累计, tab-separated"), run_show } },
  { "notice", { "finance notice", N_("--quarter 2026Q3 | --month 2026-07 [--date D]"),
                N_("Draft the disclosure as a notice of kind 财务 in the notices register"), run_notice } },
  { NULL }
};

static int
run_finance (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  /* Translators: %s lists the choices, "review, close, show" */
  return cw_cli_dispatch (finance_subcommands, _("finance needs what to do, one of: %s."),
                          _("finance does not know “%s”; it can: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_finance_commands[] = {
  { "finance", N_("review|close|account|show|notice …"),
    N_("The collective finance ledger: review a month, close it, show the disclosure; "
       "“finance review --help” for each one’s options"),
    run_finance },
  { NULL }
};
