/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-goods-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/points/cw-points-limits.h"
#include "ui/common/cw-points-helpers.h"
#include "ui/common/cw-undo.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwShopGoodsEditor
{
  AdwWindow       parent_instance;

  CwDatabase     *db;
  CwShopGoods    *goods;   /* NULL for new goods */
  GtkWidget      *owner;

  /* Template widgets */
  AdwWindowTitle *window_title;
  AdwEntryRow    *name_row;
  AdwEntryRow    *unit_row;
  GtkSpinButton  *price_spin;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (CwShopGoodsEditor, cw_shop_goods_editor, ADW_TYPE_WINDOW)

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_error (CwShopGoodsEditor *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

gboolean
cw_shop_goods_editor_save (CwShopGoodsEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) saved = NULL;
  g_autoptr(CwShopGoods) existing = NULL;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *unit = row_text (self->unit_row);
  g_autofree char *title = NULL;

  g_return_val_if_fail (CW_IS_SHOP_GOODS_EDITOR (self), FALSE);

  gtk_spin_button_update (self->price_spin);

  /* Saving under a name already on the shelf would quietly change those
   * goods' price: a new name must be new. */
  if (self->goods == NULL)
    {
      existing = cw_shop_goods_find (self->db, name, NULL);
      if (existing != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("There are already goods called “%s”: edit them instead."), name);

          show_error (self, message);
          return FALSE;
        }
    }

  saved = cw_shop_goods_save (self->db, self->goods != NULL ? cw_shop_goods_get_name (self->goods) : name,
                              unit, (gint64) gtk_spin_button_get_value (self->price_spin), &error);
  if (saved == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  title = g_strdup_printf (self->goods == NULL ? _("%s added to the shop") : _("%s saved"),
                           cw_shop_goods_get_name (saved));
  if (self->owner != NULL && gtk_widget_get_root (self->owner) != NULL)
    cw_undo_show_toast (self->owner, cw_database_get_last_change (self->db), title);

  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cw_shop_goods_editor_save (CW_SHOP_GOODS_EDITOR (widget));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
row_activated_cb (CwShopGoodsEditor *self)
{
  cw_shop_goods_editor_save (self);
}

static void
cancel_clicked_cb (CwShopGoodsEditor *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

CwShopGoodsEditor *
cw_shop_goods_editor_new (GtkWidget   *owner,
                          CwDatabase  *db,
                          CwShopGoods *goods)
{
  CwShopGoodsEditor *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (goods == NULL || CW_IS_SHOP_GOODS (goods), NULL);

  self = g_object_new (CW_TYPE_SHOP_GOODS_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->owner = g_object_ref (owner);
  self->goods = goods != NULL ? g_object_ref (goods) : NULL;

  root = gtk_widget_get_root (owner);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  /* The price the shop takes, no more: core refuses more, with a message. */
  gtk_spin_button_set_range (self->price_spin, 1, CW_GOODS_PRICE_MAX);
  /* Wide enough for the largest price, which GTK does not size for. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->price_spin), 8);

  if (goods != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_shop_goods_get_name (goods));
      gtk_editable_set_text (GTK_EDITABLE (self->unit_row), cw_shop_goods_get_unit (goods));
      gtk_spin_button_set_value (self->price_spin, cw_shop_goods_get_price (goods));
      /* Redemptions name the goods: the name stays. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      adw_window_title_set_title (self->window_title, cw_shop_goods_get_name (goods));
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_row));
    }
  else
    {
      /* Translators: the default unit of new goods (件, piece) */
      gtk_editable_set_text (GTK_EDITABLE (self->unit_row), C_("unit", "piece"));
      adw_window_title_set_title (self->window_title, _("New Goods"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }

  return self;
}

static void
cw_shop_goods_editor_dispose (GObject *object)
{
  CwShopGoodsEditor *self = CW_SHOP_GOODS_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SHOP_GOODS_EDITOR);

  g_clear_object (&self->goods);
  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_shop_goods_editor_parent_class)->dispose (object);
}

static void
cw_shop_goods_editor_class_init (CwShopGoodsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_shop_goods_editor_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-goods-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, price_spin);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.close", NULL, close_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
cw_shop_goods_editor_init (CwShopGoodsEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
