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

G_END_DECLS
