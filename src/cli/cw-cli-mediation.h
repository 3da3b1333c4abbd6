/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The mediation register (人民调解) on the command line, for cw-cli.c's
 * list:
 *
 *   cunwu case add --date D --type TYPE --source SOURCE --party P … --summary T
 *   cunwu case session|agree|close|followup|confirm|extend|accept|show NUMBER …
 *   cunwu cases due [--on D]
 *   cunwu cases list [--year Y]
 *
 * NUMBER as printed (（2026）清溪人调字第3号) or as 2026-3. */
extern const CwCliCommand cw_cli_mediation_commands[];

/* Targets of the shared `print` and `export` commands (cw-cli-export.c),
 * a table line each; argv[0] is the target. */
int cw_cli_mediation_run_print_agreement (const CwCliCommand  *command,
                                          const char          *db_path,
                                          int                  argc,
                                          char               **argv);
int cw_cli_mediation_run_print_case_file (const CwCliCommand  *command,
                                          const char          *db_path,
                                          int                  argc,
                                          char               **argv);

int cw_cli_mediation_run_export          (const CwCliCommand  *command,
                                          const char          *db_path,
                                          int                  argc,
                                          char               **argv);

#define CW_CLI_MEDIATION_EXPORT_TARGET \
  { "export cases", N_("FILE.xlsx --year Y [--full]"), \
    N_("The mediation ledger (人民调解台账) for the township: one row per case and the statistics by quarter; " \
       "ID numbers and phones masked unless --full"), \
    cw_cli_mediation_run_export }
#define CW_CLI_MEDIATION_PRINT_AGREEMENT_TARGET \
  { "print agreement", N_("NUMBER FILE.pdf"), \
    N_("A mediation case’s agreement (人民调解协议书, or the oral agreement record) as an A4 PDF"), \
    cw_cli_mediation_run_print_agreement }
#define CW_CLI_MEDIATION_PRINT_CASE_FILE_TARGET \
  { "print case-file", N_("NUMBER FILE.pdf"), \
    N_("A mediation case’s file (卷宗): cover, contents with page numbers, every document in binding order"), \
    cw_cli_mediation_run_print_case_file }

G_END_DECLS
