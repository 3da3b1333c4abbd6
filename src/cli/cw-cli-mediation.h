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

G_END_DECLS
