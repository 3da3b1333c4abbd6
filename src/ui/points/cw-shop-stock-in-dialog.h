/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-shop-goods.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_STOCK_IN_DIALOG (cw_shop_stock_in_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwShopStockInDialog, cw_shop_stock_in_dialog, CW, SHOP_STOCK_IN_DIALOG, AdwMessageDialog)

/* 入库: goods received for the shop — how many (Record stays off until a
 * whole number above zero is typed), the day (today) and a note. The
 * toast with Undo, or the refusal, is shown in @owner's window. */
GtkWidget *cw_shop_stock_in_dialog_new (GtkWidget   *owner,
                                        CwDatabase  *db,
                                        CwShopGoods *goods);

G_END_DECLS
