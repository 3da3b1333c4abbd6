/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_GOODS_PAGE (cw_shop_goods_page_get_type ())
G_DECLARE_FINAL_TYPE (CwShopGoodsPage, cw_shop_goods_page, CW, SHOP_GOODS_PAGE, AdwBin)

/* 商品: the points shop's goods with price and stock; new and edited goods
 * (in an editor window), stock received, goods taken off sale.
 * Actions: goods.new, goods.edit, goods.stock-in, goods.retire,
 * subpage.reload. */
GtkWidget  *cw_shop_goods_page_new       (CwDatabase      *db);
/* The goods listed (CwShopGoods, transfer none). */
GListModel *cw_shop_goods_page_get_goods (CwShopGoodsPage *self);
gboolean    cw_shop_goods_page_select    (CwShopGoodsPage *self,
                                          const char      *name);

G_END_DECLS
