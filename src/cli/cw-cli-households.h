/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* import: `cunwu import households FILE.csv [--dry-run]`. The first
 * argument names the register, so that other registers' imports can join
 * this command later; exports are the separate command `export` (see
 * cw-cli-export.c). Terminated by an entry with a NULL name. */
extern const CwCliCommand cw_cli_households_commands[];

G_END_DECLS
