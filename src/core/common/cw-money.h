/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is a whole number of fen (分) in 64 bits: never a floating-point
 * number, so every sum is exact. The ledger, the benefits and the settings
 * all read, write and spell amounts here. */

/* The largest amount of one ledger entry or payment, either way:
 * ¥9 999 999 999.99. A million of them still sum inside 64 bits. */
#define CW_MONEY_MAX G_GINT64_CONSTANT (999999999999)

/* An amount as an office writes it: 1234.5, 1,234.50, ¥1,234.50,
 * ￥1234.50, full-width digits, a trailing 元; at most two decimals,
 * thousands separated by commas in threes or not at all. Refused
 * (CW_ERROR_INVALID, saying why): 1,2.3, 1.234, 12,34, a sign, text, and
 * anything over CW_MONEY_MAX. The message names no field: the
 * caller prefixes it. */
gboolean  cw_money_parse    (const char  *text,
                             gint64      *fen,
                             GError     **error);

/* 1,234.50; -1,234.50; 0.00. */
char     *cw_money_format   (gint64      fen);

/* The amount in Chinese capitals (大写) as the payment rules write them:
 * 壹万贰仟叁佰肆拾伍元陆角柒分, 壹拾元整, 壹万零贰拾元整, 壹拾万元零壹角,
 * 伍分, 零元整; 负 before a negative amount. */
char     *cw_money_capitals (gint64      fen);

G_END_DECLS
