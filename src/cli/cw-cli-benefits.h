/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* Benefits and awards on the command line (cw-cli.c lists the table):
 *
 *   cunwu benefit add --name NAME --date D --amount X [--per household] [rule …]
 *   cunwu benefit list [NUMBER] [--year Y]
 *   cunwu benefit approve|nominate|remove|pay|not-collected|withdraw NUMBER …
 *   cunwu benefit flag --person ID|NAME --flag FLAG [--since D | --clear --until D --reason R]
 *   cunwu award add|stars|list|withdraw …
 */
extern const CwCliCommand cw_cli_benefits_commands[];

/* Targets of the shared `export` and `print` commands (cw-cli-export.c):
 *
 *   { "benefits", CW_CLI_BENEFITS_EXPORT_TARGET },
 *   { "sign-sheet", CW_CLI_SIGN_SHEET_PRINT_TARGET },
 *   { "award-board", CW_CLI_AWARD_BOARD_PRINT_TARGET },
 */
int cw_cli_benefits_run_export      (const CwCliCommand  *command,
                                     const char          *db_path,
                                     int                  argc,
                                     char               **argv);
int cw_cli_benefits_run_sign_sheet  (const CwCliCommand  *command,
                                     const char          *db_path,
                                     int                  argc,
                                     char               **argv);
int cw_cli_benefits_run_award_board (const CwCliCommand  *command,
                                     const char          *db_path,
                                     int                  argc,
                                     char               **argv);

#define CW_CLI_BENEFITS_EXPORT_TARGET \
  { "export benefits", N_("--year Y FILE.xlsx"), \
    N_("The year’s programmes, their lists, amounts paid and unpaid, expenses and awards for the township"), \
    cw_cli_benefits_run_export }
#define CW_CLI_SIGN_SHEET_PRINT_TARGET \
  { "print sign-sheet", N_("NUMBER FILE.pdf"), \
    N_("A programme’s signature sheet (签领表): names, groups, amounts, room to sign, the total in figures " \
       "and in words; no ID or phone number"), \
    cw_cli_benefits_run_sign_sheet }
#define CW_CLI_AWARD_BOARD_PRINT_TARGET \
  { "print award-board", N_("--year Y FILE.pdf"), \
    N_("The year’s 文明卫生户 and 星级文明户 for the notice board"), \
    cw_cli_benefits_run_award_board }

G_END_DECLS
