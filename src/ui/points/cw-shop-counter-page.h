/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_SHOP_COUNTER_PAGE (cw_shop_counter_page_get_type ())
G_DECLARE_FINAL_TYPE (CwShopCounterPage, cw_shop_counter_page, CW, SHOP_COUNTER_PAGE, AdwBin)

/* 积分超市: the counter. Pick a household (户号 or pinyin) and see its
 * balance, add goods lines (price and stock shown), see the balance after
 * before confirming; Confirm redeems all lines or nothing — a refusal is
 * shown and nothing changes. Beside it the household's redemptions, any of
 * which can be voided with a reason.
 * Actions: shop.add-line, shop.remove-line (u), shop.clear, shop.confirm,
 * shop.void, subpage.reload. */
GtkWidget  *cw_shop_counter_page_new               (CwDatabase        *db);
/* As if the 户号 had been typed and picked. */
gboolean    cw_shop_counter_page_set_household     (CwShopCounterPage *self,
                                                    const char        *number);
/* Adds a line as the Add button does; FALSE for goods not on sale. */
gboolean    cw_shop_counter_page_add_line          (CwShopCounterPage *self,
                                                    const char        *goods_name,
                                                    int                quantity);
gint64      cw_shop_counter_page_get_balance       (CwShopCounterPage *self);
gint64      cw_shop_counter_page_get_balance_after (CwShopCounterPage *self);
/* The refusal shown, or NULL. */
const char *cw_shop_counter_page_get_error         (CwShopCounterPage *self);

G_END_DECLS
