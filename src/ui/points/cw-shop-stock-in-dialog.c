/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-stock-in-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-text.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-undo.h"
#include "ui/points/cw-shop-stock-in-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwShopStockInDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *owner;
  CwDatabase       *db;
  gint64            goods_id;
  char             *name;

  /* Template widgets */
  AdwEntryRow      *quantity_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *note_row;
};

G_DEFINE_FINAL_TYPE (CwShopStockInDialog, cw_shop_stock_in_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* A whole number of at least 1, full-width digits too; 0 when it is not
 * one. How many may come in at once is core's to say, with a message. */
static gint64
parse_quantity (const char *text)
{
  gint64 value = 0;

  if (!cw_text_parse_integer (text, 1, G_MAXINT64, &value, NULL))
    return 0;
  return value;
}

static void
quantity_changed_cb (CwShopStockInDialog *self)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (self->quantity_row));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "confirm", parse_quantity (text) > 0);
}

static void
cw_shop_stock_in_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  CwShopStockInDialog *self = CW_SHOP_STOCK_IN_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *quantity_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *title = NULL;
  gint64 quantity;

  if (!g_str_equal (response, "confirm"))
    return;

  quantity_text = cw_ui_row_text (GTK_WIDGET (self->quantity_row));
  quantity = parse_quantity (quantity_text);
  date_text = cw_ui_row_text (GTK_WIDGET (self->date_row));
  date = cw_date_normalize (date_text, &error);
  note = cw_ui_row_text (GTK_WIDGET (self->note_row));

  if (date == NULL ||
      !cw_shop_goods_stock_in (self->db, self->goods_id, quantity, date, note, &error))
    {
      cw_window_show_message (self->owner, error->message);
      return;
    }

  /* Translators: a toast: quantity, goods */
  title = g_strdup_printf (_("%lld × %s received"), (long long) quantity, self->name);
  cw_undo_show_toast (self->owner, cw_database_get_last_change (self->db), title);
}

static void
cw_shop_stock_in_dialog_show (GtkWidget *widget)
{
  CwShopStockInDialog *self = CW_SHOP_STOCK_IN_DIALOG (widget);

  GTK_WIDGET_CLASS (cw_shop_stock_in_dialog_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->quantity_row));
}

GtkWidget *
cw_shop_stock_in_dialog_new (GtkWidget   *owner,
                             CwDatabase  *db,
                             CwShopGoods *goods)
{
  CwShopStockInDialog *self;
  GtkRoot *root;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_SHOP_GOODS (goods), NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (CW_TYPE_SHOP_STOCK_IN_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->goods_id = cw_shop_goods_get_id (goods);
  self->name = g_strdup (cw_shop_goods_get_name (goods));

  heading = g_strdup_printf (_("Stock In: %s"), cw_shop_goods_get_name (goods));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld in stock now.", "%lld in stock now.",
                                       (gulong) CLAMP (cw_shop_goods_get_stock (goods), 0, G_MAXLONG)),
                          (long long) cw_shop_goods_get_stock (goods));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  return GTK_WIDGET (self);
}

static void
cw_shop_stock_in_dialog_dispose (GObject *object)
{
  CwShopStockInDialog *self = CW_SHOP_STOCK_IN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SHOP_STOCK_IN_DIALOG);

  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_shop_stock_in_dialog_parent_class)->dispose (object);
}

static void
cw_shop_stock_in_dialog_finalize (GObject *object)
{
  CwShopStockInDialog *self = CW_SHOP_STOCK_IN_DIALOG (object);

  g_free (self->name);

  G_OBJECT_CLASS (cw_shop_stock_in_dialog_parent_class)->finalize (object);
}

static void
cw_shop_stock_in_dialog_class_init (CwShopStockInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_shop_stock_in_dialog_dispose;
  object_class->finalize = cw_shop_stock_in_dialog_finalize;
  widget_class->show = cw_shop_stock_in_dialog_show;
  dialog_class->response = cw_shop_stock_in_dialog_response;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-stock-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopStockInDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopStockInDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopStockInDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, quantity_changed_cb);
}

static void
cw_shop_stock_in_dialog_init (CwShopStockInDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
