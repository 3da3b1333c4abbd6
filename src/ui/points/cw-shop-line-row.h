/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/points/cw-shop-goods.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_LINE_ROW (cw_shop_line_row_get_type ())
G_DECLARE_FINAL_TYPE (CwShopLineRow, cw_shop_line_row, CW, SHOP_LINE_ROW, AdwActionRow)

/* A line on the shop's counter: @quantity of @goods, the points they
 * take, and a button that activates shop.remove-line (u: @index). More
 * than the stock holds is shown as an error. */
GtkWidget *cw_shop_line_row_new (CwShopGoods *goods,
                                 gint64       quantity,
                                 guint        index);

G_END_DECLS
