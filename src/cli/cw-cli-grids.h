/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The grids register on the command line; for cw-cli.c's list:
 *
 *   cunwu grids check | figures [--period P | --from D --to D]
 *   cunwu visit add --household 户号 --date D --by NAME [--event T] [--note T]
 *   cunwu visit raise --household 户号 --event T [--date D] [--note T]
 *   cunwu visits due --on D [--grid CODE]
 *   cunwu patrol --grid CODE --by NAME [--date D] [--note T]
 *   cunwu request add --household 户号 --date D --category C --text T [--urgency 红|黄|蓝] [--wish]
 *   cunwu request assign|claim|resolve|confirm|hold|resume N --date D [--to NAME] [--note T]
 *                [--satisfaction 满意|基本满意|不满意]
 */
extern const CwCliCommand cw_cli_grids_commands[];

/* Targets of the shared `export` and `print` commands (cw-cli-export.c),
 * a table line each; argv[0] is the target. */
int cw_cli_grids_run_export_grids    (const CwCliCommand  *command,
                                      const char          *db_path,
                                      int                  argc,
                                      char               **argv);
int cw_cli_grids_run_export_requests (const CwCliCommand  *command,
                                      const char          *db_path,
                                      int                  argc,
                                      char               **argv);
int cw_cli_grids_run_print           (const CwCliCommand  *command,
                                      const char          *db_path,
                                      int                  argc,
                                      char               **argv);

#define CW_CLI_GRIDS_EXPORT_TARGET \
  { "export grids", N_("FILE.xlsx"), \
    N_("The grid roster for the township: every grid with its head, workers and phones, households, persons " \
       "and party members; and the party members’ households"), \
    cw_cli_grids_run_export_grids }
#define CW_CLI_REQUESTS_EXPORT_TARGET \
  { "export requests", N_("FILE.xlsx --period 2026-03 | --from D --to D"), \
    N_("The requests ledger: every request of the period with each step’s date, and 办结率, 满意率 and overdue " \
       "per grid (for a month, this month and the year to date)"), \
    cw_cli_grids_run_export_requests }
#define CW_CLI_CONTACT_CARDS_PRINT_TARGET \
  { "print contact-cards", N_("FILE.pdf [--grid CODE]"), \
    N_("The party members’ contact cards (党员联系卡) for the households they look after, as an A4 PDF"), \
    cw_cli_grids_run_print }
#define CW_CLI_GRID_BOARD_PRINT_TARGET \
  { "print grid-board", N_("FILE.pdf"), \
    N_("The grid board (网格公示牌) for the notice board: grids, heads, workers and their phones"), \
    cw_cli_grids_run_print }
#define CW_CLI_VISIT_SHEETS_PRINT_TARGET \
  { "print visit-sheets", N_("FILE.pdf [--grid CODE] [--on YYYY-MM-DD]"), \
    N_("The visit sheets (走访登记表) of a grid: its households with what is due, to fill in on a walk"), \
    cw_cli_grids_run_print }

G_END_DECLS
