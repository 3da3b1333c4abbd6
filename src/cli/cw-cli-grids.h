/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n.h>

#include "cw-cli-command.h"

G_BEGIN_DECLS

/* The grids register on the command line; for cw-cli.c's list:
 *
 *   cunwu grids check | figures [--period P | --from D --to D]
 *   cunwu visit add --household 户号 --date D --by NAME [--event T] [--note T]
 *   cunwu visit raise --household 户号 --event T [--date D] [--note T]
 *   cunwu visits due --on D [--grid CODE]
 *   cunwu patrol --grid CODE --by NAME [--date D] [--note T]
 *   cunwu request add --household 户号 --date D --category C --text T [--urgency 红|黄|蓝] [--wish]
 *   cunwu request assign|claim|resolve|confirm|hold|resume N --date D [--to NAME] [--note T]
 *                [--satisfaction 满意|基本满意|不满意]
 */
extern const CwCliCommand cw_cli_grids_commands[];

G_END_DECLS
