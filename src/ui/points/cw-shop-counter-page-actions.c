/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-counter-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/points/cw-shop.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-undo.h"
#include "ui/points/cw-shop-counter-page-private.h"
#include "ui/shell/cw-window.h"

/* What the counter's buttons and keys do: add and remove goods lines,
 * clear the counter, redeem (Ctrl+Enter), void a redemption. */

static void
add_line_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (widget);
  CwShopGoods *goods = gtk_drop_down_get_selected_item (self->goods_dropdown);

  gtk_spin_button_update (self->quantity_spin);
  if (_cw_shop_counter_page_add_line (self, goods, gtk_spin_button_get_value_as_int (self->quantity_spin)))
    {
      gtk_spin_button_set_value (self->quantity_spin, 1);
      gtk_widget_grab_focus (GTK_WIDGET (self->goods_dropdown));
    }
}

static void
remove_line_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index < self->lines->len)
    g_ptr_array_remove_index (self->lines, index);

  _cw_shop_counter_page_hide_error (self);
  _cw_shop_counter_page_update_lines (self);
}

static void
clear_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (widget);

  g_ptr_array_set_size (self->lines, 0);
  _cw_shop_counter_page_set_household (self, NULL);
  cw_points_subject_picker_set_text (self->household_picker, "");
  _cw_shop_counter_page_update_lines (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->household_picker));
}

static void
confirm_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree CwShopLine *lines = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *title = NULL;
  gint64 total = _cw_shop_counter_page_lines_total (self);

  if (self->household == NULL)
    {
      _cw_shop_counter_page_show_error (self, _("Choose the household first."));
      return;
    }

  if (self->lines->len == 0)
    {
      _cw_shop_counter_page_show_error (self, _("Add the goods the household takes."));
      return;
    }

  lines = g_new0 (CwShopLine, self->lines->len);
  for (guint i = 0; i < self->lines->len; i++)
    {
      CwShopLineItem *line = g_ptr_array_index (self->lines, i);

      lines[i].goods_id = cw_shop_goods_get_id (line->goods);
      lines[i].quantity = line->quantity;
    }

  /* All lines or nothing: a refusal leaves the balance, the stock and the
   * lines on the counter as they were. */
  if (cw_shop_redeem (self->db, cw_household_get_id (self->household), lines, self->lines->len,
                      today, &error) == 0)
    {
      _cw_shop_counter_page_show_error (self, error->message);
      return;
    }

  /* Translators: a toast: points, head of household, 户号 */
  title = g_strdup_printf (_("Redeemed %lld points: %s (%s)"), (long long) total,
                           cw_household_get_head_name (self->household),
                           cw_household_get_number (self->household));
  cw_undo_show_toast (widget, cw_database_get_last_change (self->db), title);

  g_ptr_array_set_size (self->lines, 0);
  _cw_shop_counter_page_hide_error (self);
  _cw_shop_counter_page_update_lines (self);
  _cw_shop_counter_page_update_household (self);
  _cw_shop_counter_page_refresh_history (self);
}

/* Redemptions */

static void
void_confirmed (GtkWidget  *owner,
                const char *reason,
                gpointer    data)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (owner);
  gint64 id = *(gint64 *) data;
  g_autoptr(GError) error = NULL;

  if (!cw_shop_void (self->db, id, reason, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }

  cw_undo_show_toast (owner, cw_database_get_last_change (self->db),
                      _("Redemption voided: the points and the goods are back"));
}

static void
void_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (widget);
  CwShopRedemption *redemption = _cw_shop_counter_page_get_selected (self);
  g_autofree char *body = NULL;
  gint64 *id;

  if (redemption == NULL || cw_shop_redemption_get_voided (redemption))
    return;

  /* Translators: head of household (户号), date: goods, points */
  body = g_strdup_printf (_("%s (%s), %s: %s, %lld points. The points go back to the household and the goods back into stock."),
                          cw_shop_redemption_get_head_name (redemption),
                          cw_shop_redemption_get_household_number (redemption),
                          cw_shop_redemption_get_redeemed_on (redemption),
                          cw_shop_redemption_get_summary (redemption),
                          (long long) cw_shop_redemption_get_points (redemption));
  id = g_new (gint64, 1);
  *id = cw_shop_redemption_get_id (redemption);
  cw_ui_ask_text (widget, _("Void the Redemption?"), body, _("Reason"), _("_Void"), TRUE,
                      void_confirmed, id, g_free);
}

void
_cw_shop_counter_page_class_actions_init (CwShopCounterPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "shop.add-line", NULL, add_line_activated);
  gtk_widget_class_install_action (widget_class, "shop.remove-line", "u", remove_line_activated);
  gtk_widget_class_install_action (widget_class, "shop.clear", NULL, clear_activated);
  gtk_widget_class_install_action (widget_class, "shop.confirm", NULL, confirm_activated);
  gtk_widget_class_install_action (widget_class, "shop.void", NULL, void_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "shop.confirm", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "shop.confirm", NULL);
}
