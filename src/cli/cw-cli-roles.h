/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* role set|list: who holds the village's offices.
 * Terminated by an entry with a NULL name. */
extern const CwCliCommand cw_cli_roles_commands[];

G_END_DECLS
