/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_GOODS (cw_shop_goods_get_type ())
G_DECLARE_FINAL_TYPE (CwShopGoods, cw_shop_goods, CW, SHOP_GOODS, GObject)

/* Goods of the points shop. Properties: id, name, unit, price (points),
 * stock, retired; name, unit and price can be set on a copy that an
 * editor saves with cw_shop_goods_save(). */
CwShopGoods  *cw_shop_goods_new         (void);
CwShopGoods  *cw_shop_goods_copy        (CwShopGoods *self);
gint64        cw_shop_goods_get_id      (CwShopGoods *self);
const char   *cw_shop_goods_get_name    (CwShopGoods *self);
const char   *cw_shop_goods_get_unit    (CwShopGoods *self);
gint64        cw_shop_goods_get_price   (CwShopGoods *self);
gint64        cw_shop_goods_get_stock   (CwShopGoods *self);
gboolean      cw_shop_goods_get_retired (CwShopGoods *self);

GListModel   *cw_shop_goods_list        (CwDatabase  *db,
                                         gboolean     include_retired,
                                         GError     **error);
CwShopGoods  *cw_shop_goods_find        (CwDatabase  *db,
                                         const char  *name,
                                         GError     **error);
/* Adds goods, or (same name) changes the unit and price; prices of past
 * redemptions never change. The name is cleaned (cw_text_clean_line());
 * the price is 1 to CW_GOODS_PRICE_MAX points. */
CwShopGoods  *cw_shop_goods_save        (CwDatabase  *db,
                                         const char  *name,
                                         const char  *unit,
                                         gint64       price,
                                         GError     **error);
/* Stock received: 1 to CW_STOCK_IN_MAX pieces, up to CW_STOCK_MAX on the
 * shelf, on a day (NULL: today) not in a published quarter. */
gboolean      cw_shop_goods_stock_in    (CwDatabase  *db,
                                         gint64       goods_id,
                                         gint64       quantity,
                                         const char  *date,
                                         const char  *note,
                                         GError     **error);
/* Goods and their new stock in one change, both or neither (`shop goods`):
 * adds the goods or changes what is given of them — @unit NULL and @price
 * 0 keep what the goods have; new goods need a price and get the unit 件
 * by default — then takes @stock_in (0 for none) into stock on @date
 * (NULL: today). Returns the goods as they now are. */
CwShopGoods  *cw_shop_goods_save_with_stock (CwDatabase  *db,
                                             const char  *name,
                                             const char  *unit,
                                             gint64       price,
                                             gint64       stock_in,
                                             const char  *date,
                                             GError     **error);
gboolean      cw_shop_goods_set_retired (CwDatabase  *db,
                                         gint64       goods_id,
                                         gboolean     retired,
                                         GError     **error);

G_END_DECLS
