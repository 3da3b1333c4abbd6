/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-shop-goods.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_GOODS_EDITOR (cw_shop_goods_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwShopGoodsEditor, cw_shop_goods_editor, CW, SHOP_GOODS_EDITOR, CwRecordEditor)

/* Goods of the points shop in a window of their own: new goods (@goods
 * NULL) or the unit and price of existing ones (past redemptions keep
 * their price), saved with cw_record_editor_save(). On save the window
 * closes and the window @owner is in shows a toast with Undo. */
CwShopGoodsEditor *cw_shop_goods_editor_new (GtkWidget   *owner,
                                             CwDatabase  *db,
                                             CwShopGoods *goods);

G_END_DECLS
