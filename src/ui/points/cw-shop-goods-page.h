/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_GOODS_PAGE (cw_shop_goods_page_get_type ())
G_DECLARE_FINAL_TYPE (CwShopGoodsPage, cw_shop_goods_page, CW, SHOP_GOODS_PAGE, CwListPage)

/* 商品: the points shop's goods with price and stock; new and edited goods
 * (in an editor window), stock received, goods taken off sale. Listed by
 * name (cw_list_page_select() takes a name).
 * Actions: goods.new, goods.edit, goods.stock-in, goods.retire,
 * subpage.reload. */
GtkWidget *cw_shop_goods_page_new (CwDatabase *db);

G_END_DECLS
