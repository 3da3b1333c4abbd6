/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/households/cw-household.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/points/cw-points-subject-picker.h"
#include "ui/points/cw-shop-counter-page.h"

G_BEGIN_DECLS

/* What the counter's two halves share: cw-shop-counter-page.c shows the
 * household, the goods lines and the redemptions, and
 * cw-shop-counter-page-actions.c adds and removes lines, redeems and
 * voids. */

/* A line on the counter: goods and how many. */
typedef struct
{
  CwShopGoods *goods;
  gint64       quantity;
} CwShopLineItem;

struct _CwShopCounterPage
{
  AdwBin                 parent_instance;

  CwDatabase            *db;
  CwLazyReload          *reloader;

  CwHousehold           *household;
  gint64                 balance;
  GPtrArray             *lines;      /* CwShopLineItem */
  GListStore            *goods;
  GListStore            *history;
  GtkSingleSelection    *history_selection;
  GtkColumnViewColumn   *household_column;
  CwPointsSubjectPicker *household_picker;

  /* Template widgets */
  GtkLabel              *household_label;
  AdwBin                *household_bin;
  GtkLabel              *name_label;
  GtkLabel              *detail_label;
  GtkLabel              *balance_label;
  GtkDropDown           *goods_dropdown;
  GtkSpinButton         *quantity_spin;
  GtkListBox            *lines_list;
  GtkLabel              *total_label;
  GtkLabel              *after_label;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  GtkLabel              *history_label;
  GtkStack              *history_stack;
  GtkColumnView         *history_view;
};

/* The refusal shown above the buttons. */
void              _cw_shop_counter_page_show_error          (CwShopCounterPage      *self,
                                                             const char             *message);
void              _cw_shop_counter_page_hide_error          (CwShopCounterPage      *self);
/* The points the lines take. */
gint64            _cw_shop_counter_page_lines_total         (CwShopCounterPage      *self);
/* Adds @quantity of @goods, or more to its line; FALSE for nothing. */
gboolean          _cw_shop_counter_page_add_line            (CwShopCounterPage      *self,
                                                             CwShopGoods            *goods,
                                                             int                     quantity);
/* After the lines, the household or its redemptions changed. */
void              _cw_shop_counter_page_update_lines        (CwShopCounterPage      *self);
void              _cw_shop_counter_page_update_household    (CwShopCounterPage      *self);
void              _cw_shop_counter_page_set_household       (CwShopCounterPage      *self,
                                                             CwHousehold            *household);
void              _cw_shop_counter_page_refresh_history     (CwShopCounterPage      *self);
/* The redemption selected in the list, or NULL (transfer none). */
CwShopRedemption *_cw_shop_counter_page_get_selected        (CwShopCounterPage      *self);
/* shop.void: on for a selected redemption not voided yet. */
void              _cw_shop_counter_page_update_void_action  (CwShopCounterPage      *self);

void              _cw_shop_counter_page_class_actions_init  (CwShopCounterPageClass *klass);

G_END_DECLS
