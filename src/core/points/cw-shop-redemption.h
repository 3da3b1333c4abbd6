/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_REDEMPTION (cw_shop_redemption_get_type ())
G_DECLARE_FINAL_TYPE (CwShopRedemption, cw_shop_redemption, CW, SHOP_REDEMPTION, GObject)

/* One redemption at the counter. Properties: id, household-id,
 * household-number, head-name, redeemed-on, points, summary (e.g.
 * "洗衣粉×2、牙膏×1"), operator, voided, void-reason. */
gint64      cw_shop_redemption_get_id               (CwShopRedemption *self);
gint64      cw_shop_redemption_get_household_id     (CwShopRedemption *self);
const char *cw_shop_redemption_get_household_number (CwShopRedemption *self);
const char *cw_shop_redemption_get_head_name        (CwShopRedemption *self);
const char *cw_shop_redemption_get_redeemed_on      (CwShopRedemption *self);
gint64      cw_shop_redemption_get_points           (CwShopRedemption *self);
const char *cw_shop_redemption_get_summary          (CwShopRedemption *self);
gboolean    cw_shop_redemption_get_voided           (CwShopRedemption *self);
const char *cw_shop_redemption_get_void_reason      (CwShopRedemption *self);

/* Redemptions of a household (0 = all), newest first; @quarter NULL = all. */
GListModel *cw_shop_redemption_list (CwDatabase  *db,
                                     gint64       household_id,
                                     const char  *quarter,
                                     GError     **error);

G_END_DECLS
