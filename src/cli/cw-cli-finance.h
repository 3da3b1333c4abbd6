/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The collective finance register on the command line:
 *
 *   cunwu finance review --month 2026-07 [--voucher V] --by NAME [--date D] [--opinion TEXT]
 *   cunwu finance close --month 2026-07
 *   cunwu finance account --under ACCOUNT --code CODE --name NAME [--year YEAR]
 *   cunwu finance show --quarter 2026Q3 | --month 2026-07
 *   cunwu finance notice --quarter 2026Q3 | --month 2026-07 [--date D]
 */
extern const CwCliCommand cw_cli_finance_commands[];

/* Targets of the shared `export` and `print` commands (cw-cli-export.c):
 *
 *   { "finance", CW_CLI_FINANCE_EXPORT_TARGET },
 *   { "finance", CW_CLI_FINANCE_PRINT_TARGET },
 */
int cw_cli_finance_run_export (const CwCliCommand  *command,
                               const char          *db_path,
                               int                  argc,
                               char               **argv);
int cw_cli_finance_run_print  (const CwCliCommand  *command,
                               const char          *db_path,
                               int                  argc,
                               char               **argv);

#define CW_CLI_FINANCE_EXPORT_TARGET \
  { "export finance", N_("--quarter 2026Q3 | --month 2026-07 FILE.xlsx [--posted YYYY-MM-DD]"), \
    N_("The financial disclosure as a workbook: accounts with 本期 and 本年累计, the large items, the period’s " \
       "ledger"), \
    cw_cli_finance_run_export }
#define CW_CLI_FINANCE_PRINT_TARGET \
  { "print finance", N_("--quarter 2026Q3 | --month 2026-07 FILE.pdf [--posted YYYY-MM-DD] [--paper A3]"), \
    N_("The financial disclosure for the notice board (阳光晒账) as an A4 or A3 PDF, with spaces to sign and seal"), \
    cw_cli_finance_run_print }

G_END_DECLS
