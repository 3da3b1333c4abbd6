/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest figures the points register takes in. They are far above
 * what a village writes, and low enough that no sum, balance, cost or
 * stock can overflow 64 bits however many there are: core refuses a
 * figure past them with a message naming the field, and the schema
 * refuses it too (CHECK constraints of data/migrations/0004-exact.sql,
 * which repeat these numbers). */
#define CW_RULE_POINTS_MAX        100000          /* one use of a rule, given or taken */
#define CW_RULE_CAP_MAX           1000000         /* a rule's quarter cap */
#define CW_ENTRY_QUANTITY_MAX     10000           /* uses in one entry */
#define CW_ENTRY_POINTS_MAX       ((gint64) CW_RULE_POINTS_MAX * CW_ENTRY_QUANTITY_MAX)
#define CW_GOODS_PRICE_MAX        1000000         /* points for one piece */
#define CW_STOCK_IN_MAX           100000          /* pieces in one delivery */
#define CW_STOCK_MAX              10000000        /* pieces on the shelf */
#define CW_REDEEM_QUANTITY_MAX    10000           /* pieces on one line at the counter */
#define CW_REDEMPTION_POINTS_MAX  G_GINT64_CONSTANT (1000000000000)   /* one redemption */

G_END_DECLS
