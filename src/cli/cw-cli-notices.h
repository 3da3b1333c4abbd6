/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* notice, notices, decision: 三务公开 and 四议两公开.
 * Terminated by an entry with a NULL name. */
extern const CwCliCommand cw_cli_notices_commands[];

/* The export and print targets (cw-cli-export.c lists them):
 *   { "notices", CW_CLI_NOTICES_EXPORT_TARGET },
 *   { "notice", CW_CLI_NOTICE_PRINT_TARGET },
 *   { "decision", CW_CLI_DECISION_PRINT_TARGET }, */
int cw_cli_notices_run_export         (const CwCliCommand  *command,
                                       const char          *db_path,
                                       int                  argc,
                                       char               **argv);
int cw_cli_notices_run_print_notice   (const CwCliCommand  *command,
                                       const char          *db_path,
                                       int                  argc,
                                       char               **argv);
int cw_cli_notices_run_print_decision (const CwCliCommand  *command,
                                       const char          *db_path,
                                       int                  argc,
                                       char               **argv);

#define CW_CLI_NOTICES_EXPORT_TARGET \
  { "export notices", N_("FILE.xlsx --year Y [--on D]"), \
    N_("The notices ledger: every notice of the year with its dates and state, the calendar’s compliance, " \
       "the decisions with their steps"), \
    cw_cli_notices_run_export }
#define CW_CLI_NOTICE_PRINT_TARGET \
  { "print notice", N_("NUMBER FILE.pdf [--paper A3]"), \
    N_("A notice for the board, with its reviewers’ names and room to sign and seal; no ID or phone number"), \
    cw_cli_notices_run_print_notice }
#define CW_CLI_DECISION_PRINT_TARGET \
  { "print decision", N_("NUMBER FILE.pdf"), \
    N_("A decision’s record: the six steps with dates, attendance and votes"), \
    cw_cli_notices_run_print_decision }

G_END_DECLS
