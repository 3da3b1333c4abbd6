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

  gulong          changed_handler;
  guint           badge_source;
};

G_DEFINE_FINAL_TYPE (CwPointsView, cw_points_view, CW_TYPE_REGISTER_VIEW)

/* The Review switcher button carries the number of entries waiting. */
static void
update_badge (CwPointsView *self)
{
  g_autoptr(GListModel) pending = NULL;
  guint n = 0;

  pending = cw_point_entry_list (cw_register_view_get_database (CW_REGISTER_VIEW (self)),
                                 NULL, 0, NULL, CW_POINT_STATE_PENDING, NULL);
  if (pending != NULL)
    n = g_list_model_get_n_items (pending);

  cw_register_view_set_badge (CW_REGISTER_VIEW (self), "review", n);
}

static gboolean
badge_idle_cb (gpointer user_data)
{
  CwPointsView *self = user_data;

  self->badge_source = 0;
  update_badge (self);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwPointsView *self,
                     const char   *table,
                     CwDatabase   *db)
{
  if (table != NULL && !g_str_equal (table, "point_entry") && !g_str_equal (table, "point_quarter"))
    return;

  if (self->badge_source == 0)
    self->badge_source = g_idle_add_full (G_PRIORITY_LOW, badge_idle_cb, self, NULL);
}

static void
cw_points_view_reload (CwRegisterView *view)
{
  update_badge (CW_POINTS_VIEW (view));
}

static void
cw_points_view_constructed (GObject *object)
{
  CwPointsView *self = CW_POINTS_VIEW (object);

  G_OBJECT_CLASS (cw_points_view_parent_class)->constructed (object);

  self->changed_handler =
    g_signal_connect_object (cw_register_view_get_database (CW_REGISTER_VIEW (self)), "changed",
                             G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_badge (self);
}

static void
cw_points_view_dispose (GObject *object)
{
  CwPointsView *self = CW_POINTS_VIEW (object);
  CwDatabase *db = cw_register_view_get_database (CW_REGISTER_VIEW (self));

  if (db != NULL)
    g_clear_signal_handler (&self->changed_handler, db);
  g_clear_handle_id (&self->badge_source, g_source_remove);

  G_OBJECT_CLASS (cw_points_view_parent_class)->dispose (object);
}

static void
cw_points_view_class_init (CwPointsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  object_class->constructed = cw_points_view_constructed;
  object_class->dispose = cw_points_view_dispose;

  /* Six sub-pages do not fit a narrow window. */
  register_class->scroll_sideways = TRUE;
  register_class->reload = cw_points_view_reload;
  cw_register_view_class_set_subpages (register_class, "points", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_points_view_init (CwPointsView *self)
{
}
