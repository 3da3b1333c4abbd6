/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-line-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/points/cw-shop-line-row.h"
#include "ui/cw-ui-resources.h"

struct _CwShopLineRow
{
  AdwActionRow  parent_instance;

  /* Template widgets */
  GtkLabel     *points_label;
  GtkWidget    *remove_button;
};

G_DEFINE_FINAL_TYPE (CwShopLineRow, cw_shop_line_row, ADW_TYPE_ACTION_ROW)

GtkWidget *
cw_shop_line_row_new (CwShopGoods *goods,
                      gint64       quantity,
                      guint        index)
{
  CwShopLineRow *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *points = NULL;
  gint64 stock;

  g_return_val_if_fail (CW_IS_SHOP_GOODS (goods), NULL);

  self = g_object_new (CW_TYPE_SHOP_LINE_ROW, NULL);
  stock = cw_shop_goods_get_stock (goods);

  title = g_strdup_printf ("%s × %" G_GINT64_FORMAT, cw_shop_goods_get_name (goods), quantity);
  if (quantity > stock)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Only %lld in stock",
                                             "Only %lld in stock",
                                             (gulong) MIN (stock, G_MAXLONG)),
                                (long long) stock);
  else
    subtitle = g_strdup_printf (_("%lld points per %s"), (long long) cw_shop_goods_get_price (goods),
                                cw_shop_goods_get_unit (goods));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (quantity > stock)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");

  points = g_strdup_printf ("%" G_GINT64_FORMAT, cw_shop_goods_get_price (goods) * quantity);
  gtk_label_set_text (self->points_label, points);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u", index);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "shop.remove-line");

  return GTK_WIDGET (self);
}

static void
cw_shop_line_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_SHOP_LINE_ROW);

  G_OBJECT_CLASS (cw_shop_line_row_parent_class)->dispose (object);
}

static void
cw_shop_line_row_class_init (CwShopLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_shop_line_row_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopLineRow, points_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopLineRow, remove_button);
}

static void
cw_shop_line_row_init (CwShopLineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
