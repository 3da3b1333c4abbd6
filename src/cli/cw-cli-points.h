/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The points register on the command line.
 *
 * Top-level commands, for cw-cli.c's list (terminated by a NULL name):
 *
 *   cunwu points review --quarter 2026Q3 [--scheme household|party]
 *   cunwu points publish --quarter 2026Q3 --from YYYY-MM-DD --to YYYY-MM-DD
 *   cunwu points balance --household 户号 | --member ID|NAME
 *   cunwu shop goods [--name NAME --points N [--unit U] [--stock-in N]]
 *   cunwu shop redeem --household 户号 --goods NAME --qty N [--date D]
 */
extern const CwCliCommand cw_cli_points_commands[];

/* Targets of the shared `export` and `print` commands (cw-cli-export.c),
 * one table line each:
 *
 *   { "points", CW_CLI_POINTS_EXPORT_TARGET },
 *   { "points", CW_CLI_POINTS_PRINT_TARGET },
 *
 * argv[0] is the target ("points"). */
int cw_cli_points_run_export (const CwCliCommand  *command,
                              const char          *db_path,
                              int                  argc,
                              char               **argv);
int cw_cli_points_run_print  (const CwCliCommand  *command,
                              const char          *db_path,
                              int                  argc,
                              char               **argv);

#define CW_CLI_POINTS_EXPORT_TARGET \
  { "export points", N_("--quarter 2026Q3 FILE.xlsx [--scheme party]"), \
    N_("The quarter’s points for the township: a summary by village group, a ranking sheet per group " \
       "and every reviewed entry"), \
    cw_cli_points_run_export }
#define CW_CLI_POINTS_PRINT_TARGET \
  { "print points", N_("--quarter 2026Q3 FILE.pdf [--scheme party] [--groups-together]"), \
    N_("The quarter’s points announcement for the notice board (积分公示), names only, as an A4 PDF, " \
       "each village group on pages of its own"), \
    cw_cli_points_run_print }

G_END_DECLS
