/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-goods-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-shop-goods.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/points/cw-shop-goods-page.h"
#include "ui/points/cw-shop-stock-in-dialog.h"
#include "ui/cw-ui-resources.h"

/* Below this many the stock is worth restocking. */
#define LOW_STOCK 5

struct _CwShopGoodsPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwShopGoodsPage, cw_shop_goods_page, CW_TYPE_LIST_PAGE)

/* The list */

static char *
name_text (gpointer item)
{
  return g_strdup (cw_shop_goods_get_name (item));
}

static char *
unit_text (gpointer item)
{
  return g_strdup (cw_shop_goods_get_unit (item));
}

static char *
price_text (gpointer item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, cw_shop_goods_get_price (item));
}

static char *
stock_text (gpointer item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, cw_shop_goods_get_stock (item));
}

static char *
state_text (gpointer item)
{
  if (cw_shop_goods_get_retired (item))
    return g_strdup (_("Off sale"));
  if (cw_shop_goods_get_stock (item) == 0)
    return g_strdup (_("Out of stock"));
  if (cw_shop_goods_get_stock (item) < LOW_STOCK)
    return g_strdup (_("Running low"));
  return g_strdup ("");
}

static const CwColumnInfo columns[] = {
  { NC_("goods", "Name"),    "goods", name_text,  CW_COLUMN_EXPAND,  "name" },
  { N_("Unit"),              NULL,    unit_text,  CW_COLUMN_TEXT,    NULL },
  { N_("Price in Points"),   NULL,    price_text, CW_COLUMN_NUMERIC, "price" },
  { N_("Stock"),             NULL,    stock_text, CW_COLUMN_NUMERIC, "stock" },
  { N_("State"),             NULL,    state_text, CW_COLUMN_DIM,     NULL },
};

static const CwListPageInfo info = {
  .item_type = cw_shop_goods_get_type,
  .key = "name",
  .tables = (const char * const []) { "shop_", NULL },
  .actions = "goods",
  .retire_label = N_("Take _Off Sale"),
  .restore_label = N_("Put Back on _Sale"),
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .search_placeholder = N_("Search goods"),
  .archived_label = N_("Show goods _off sale"),
  .empty_icon_name = "view-grid-symbolic",
  .empty_title = N_("No Goods Yet"),
  .empty_description = N_("Put the goods households can take for their points on the shelf: name, unit and price in points."),
  .no_match_title = N_("No Goods Found"),
  .no_match_description = N_("No goods match the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_shop_goods_list (db, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strdup (cw_shop_goods_get_name (item));
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_shop_goods_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

/* The count, and how many lines on sale run low (whatever the search). */
static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  GListModel *all = cw_list_page_get_all_items (page);
  guint n = g_list_model_get_n_items (all);
  g_autofree char *count = NULL;
  g_autofree char *low_text = NULL;
  guint low = 0;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line of goods listed", "%u lines of goods listed",
                                        n_shown),
                           n_shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwShopGoods) goods = g_list_model_get_item (all, i);

      if (!cw_shop_goods_get_retired (goods) && cw_shop_goods_get_stock (goods) < LOW_STOCK)
        low++;
    }
  if (low == 0)
    return g_steal_pointer (&count);

  low_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u line running low",
                                           "%u lines running low",
                                           low),
                              low);
  /* Translators: the count line, then a note: "8 lines of goods listed, 1 line running low" */
  return g_strdup_printf (_("%s, %s"), count, low_text);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "goods.stock-in", item != NULL && !cw_shop_goods_get_retired (item));
}

/* Actions */

static gboolean
is_retired (CwListPage *page,
            gpointer    item)
{
  return cw_shop_goods_get_retired (item);
}

static char *
set_retired (CwListPage  *page,
             CwDatabase  *db,
             gpointer     item,
             gboolean     retired,
             GError     **error)
{
  if (!cw_shop_goods_set_retired (db, cw_shop_goods_get_id (item), retired, error))
    return NULL;
  return g_strdup_printf (retired ? _("%s taken off sale") : _("%s back on sale"), cw_shop_goods_get_name (item));
}

static void
stock_in_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwShopGoods *goods = cw_list_page_get_selected (CW_LIST_PAGE (widget));

  if (goods != NULL)
    gtk_window_present (GTK_WINDOW (cw_shop_stock_in_dialog_new (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)),
                                                                 goods)));
}

GtkWidget *
cw_shop_goods_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_SHOP_GOODS_PAGE, "database", db, NULL);
}

static void
cw_shop_goods_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_SHOP_GOODS_PAGE);

  G_OBJECT_CLASS (cw_shop_goods_page_parent_class)->dispose (object);
}

static void
cw_shop_goods_page_class_init (CwShopGoodsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_shop_goods_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  page_class->is_retired = is_retired;
  page_class->set_retired = set_retired;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-goods-page.ui");

  gtk_widget_class_install_action (widget_class, "goods.stock-in", NULL, stock_in_activated);
}

static void
cw_shop_goods_page_init (CwShopGoodsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
