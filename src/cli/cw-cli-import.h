/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* import:
 *
 *   cunwu import households FILE.csv [--dry-run]
 *   cunwu import rules FILE.csv [--dry-run]
 *   cunwu import points FILE.csv [--reviewed] [--dry-run]
 *
 * The first argument names what is imported; the command looks it up in
 * a small table in cw-cli-import.c, where each register's importer
 * (cw-importer.h) has a line. Terminated by an entry with a NULL name. */
extern const CwCliCommand cw_cli_import_commands[];

G_END_DECLS
