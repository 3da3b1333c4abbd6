/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is kept in whole fen (分), never in floating point. */

/* The most one amount may be: ¥1 000 000.00 (the schema's bound). */
#define CW_BENEFIT_AMOUNT_MAX G_GINT64_CONSTANT (100000000)

/* An amount as a clerk writes it — 100, 100.5, 100.50, ¥1,000, 1000元,
 * full-width digits too — in fen, from 0 to @max. Refused
 * (CW_ERROR_INVALID, saying why, naming no field): more than two decimals,
 * a negative amount, anything not a number. */
gboolean  cw_benefit_money_parse    (const char  *text,
                                     gint64       max,
                                     gint64      *fen,
                                     GError     **error);
/* "1,234.50": yuan with thousands separators and two decimals. */
char     *cw_benefit_money_format   (gint64       fen);
/* The amount in Chinese capitals as payment documents write it:
 * 壹仟贰佰叁拾肆元伍角整 … "零元整" for 0. Exact for any amount a 64-bit
 * fen count holds. */
char     *cw_benefit_money_capitals (gint64       fen);

G_END_DECLS
