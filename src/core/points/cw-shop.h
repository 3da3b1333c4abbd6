/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The points shop (积分超市): functions over goods and redemptions; the
 * records are CwShopGoods (cw-shop-goods.h) and CwShopRedemption
 * (cw-shop-redemption.h). */

/* A household's balance now, in *@balance: reviewed points earned −
 * points redeemed in redemptions that were not voided. Unreviewed entries
 * do not count. FALSE with @error when it cannot be read. */
gboolean cw_shop_balance    (CwDatabase    *db,
                             gint64         household_id,
                             gint64        *balance,
                             GError       **error);

typedef struct
{
  gint64 goods_id;
  gint64 quantity;   /* 1 to CW_REDEEM_QUANTITY_MAX (cw-points-limits.h) */
} CwShopLine;

/* Redeems goods for a household on a date, all lines or nothing: refused
 * (CW_ERROR_REFUSED, nothing changed) when the balance or any stock is
 * short, saying which and by how much, and when the date lies in a
 * published quarter. Returns the redemption's id. */
gint64   cw_shop_redeem     (CwDatabase        *db,
                             gint64             household_id,
                             const CwShopLine  *lines,
                             guint              n_lines,
                             const char        *date,
                             GError           **error);
/* A mistake at the counter: restores stock and points, with a reason;
 * refused for a redemption dated in a published quarter. */
gboolean cw_shop_void       (CwDatabase        *db,
                             gint64             redemption_id,
                             const char        *reason,
                             GError           **error);

G_END_DECLS
