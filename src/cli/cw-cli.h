/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define CW_CLI_OK           0
#define CW_CLI_FAILED       1
#define CW_CLI_USAGE        2
/* Not an exit status: no command was given, open the window. */
#define CW_CLI_OPEN_WINDOW -1

/* Runs the command in argv. Returns an exit status, or CW_CLI_OPEN_WINDOW
 * with *window_db_path set to the --db file (NULL for the default). */
int cw_cli_main (int    argc,
                 char **argv,
                 char **window_db_path);

G_END_DECLS
