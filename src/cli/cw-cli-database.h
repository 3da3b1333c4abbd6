/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* check, backup, restore: the database file itself. Terminated by an entry
 * with a NULL name. */
extern const CwCliCommand cw_cli_database_commands[];

G_END_DECLS
