/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* export and print:
 *
 *   cunwu export households FILE.xlsx [--group NAME] [--masked]
 *   cunwu export persons FILE.xlsx [filters] [--masked]
 *   cunwu print persons FILE.pdf [filters] [--full]
 *
 * The first argument names what is exported or printed; each command
 * looks it up in a small table in cw-cli-export.c, where later registers
 * add their own (`export points …`). Terminated by an entry with a NULL
 * name. */
extern const CwCliCommand cw_cli_export_commands[];

G_END_DECLS
