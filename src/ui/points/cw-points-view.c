/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-entry.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/points/cw-points-review-page.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/points/cw-points-view.h"
#include "ui/points/cw-shop-counter-page.h"
#include "ui/points/cw-shop-goods-page.h"

/* The sub-pages, in switcher order. Each follows the database itself and
 * reads it again only when shown. */
static const CwSubpage subpages[] = {
  { "entry",  N_("Entry"),       "document-edit-symbolic",         cw_points_entry_page_get_type },
  { "review", N_("Review"),      "emblem-ok-symbolic",             cw_points_review_page_get_type },
  { "tally",  N_("Tally"),       "view-list-ordered-symbolic",     cw_points_tally_page_get_type },
  { "shop",   N_("Points Shop"), "accessories-calculator-symbolic", cw_shop_counter_page_get_type },
  { "rules",  N_("Rules"),       "accessories-dictionary-symbolic", cw_point_rules_page_get_type },
  { "goods",  N_("Goods"),       "view-grid-symbolic",             cw_shop_goods_page_get_type },
};

struct _CwPointsView
{
  CwRegisterView  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwPointsView, cw_points_view, CW_TYPE_REGISTER_VIEW)

/* The Review switcher button carries the number of entries waiting. */
static const char * const badge_tables[] = { "point_entry", "point_quarter", NULL };

static void
count_badges (CwRegisterView *self)
{
  g_autoptr(GListModel) pending = NULL;
  guint n = 0;

  pending = cw_point_entry_list (cw_register_view_get_database (self),
                                 NULL, 0, NULL, CW_POINT_STATE_PENDING, NULL);
  if (pending != NULL)
    n = g_list_model_get_n_items (pending);

  cw_register_view_set_badge (self, "review", n);
}

static void
cw_points_view_class_init (CwPointsViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  /* Six sub-pages do not fit a narrow window. */
  register_class->scroll_sideways = TRUE;
  register_class->count_badges = count_badges;
  register_class->badge_tables = badge_tables;
  cw_register_view_class_set_subpages (register_class, "points", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_points_view_init (CwPointsView *self)
{
}
