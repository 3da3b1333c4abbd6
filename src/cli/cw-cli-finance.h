/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The collective finance register on the command line:
 *
 *   cunwu finance review --month 2026-07 --by NAME [--date D] [--opinion TEXT]
 *   cunwu finance close --month 2026-07
 *   cunwu finance show --quarter 2026Q3 | --month 2026-07
 */
extern const CwCliCommand cw_cli_finance_commands[];

G_END_DECLS
