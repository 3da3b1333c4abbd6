/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-goods-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "core/points/cw-points-limits.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwShopGoodsEditor
{
  CwRecordEditor  parent_instance;

  /* Template widgets */
  AdwEntryRow    *name_row;
  AdwEntryRow    *unit_row;
  AdwActionRow   *price_row;
  GtkSpinButton  *price_spin;
};

G_DEFINE_FINAL_TYPE (CwShopGoodsEditor, cw_shop_goods_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_shop_goods_copy (CW_SHOP_GOODS (record)) : cw_shop_goods_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwShopGoodsEditor *self = CW_SHOP_GOODS_EDITOR (editor);
  CwShopGoods *goods = CW_SHOP_GOODS (record);

  if (!cw_record_editor_get_is_new (editor))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_shop_goods_get_name (goods));
      gtk_editable_set_text (GTK_EDITABLE (self->unit_row), cw_shop_goods_get_unit (goods));
      gtk_spin_button_set_value (self->price_spin, cw_shop_goods_get_price (goods));
      /* Redemptions name the goods: the name stays. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      gtk_window_set_title (GTK_WINDOW (self), cw_shop_goods_get_name (goods));
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_row));
    }
  else
    {
      /* Translators: the default unit of new goods (件, piece) */
      gtk_editable_set_text (GTK_EDITABLE (self->unit_row), C_("unit", "piece"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Goods"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwShopGoodsEditor *self = CW_SHOP_GOODS_EDITOR (editor);
  g_autofree char *name = cw_ui_row_text (GTK_WIDGET (self->name_row));
  g_autofree char *unit = cw_ui_row_text (GTK_WIDGET (self->unit_row));

  gtk_spin_button_update (self->price_spin);

  g_object_set (record,
                "name", name,
                "unit", unit,
                "price", (gint64) gtk_spin_button_get_value (self->price_spin),
                NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwDatabase *db = cw_record_editor_get_database (editor);
  CwShopGoods *goods = CW_SHOP_GOODS (record);
  g_autoptr(CwShopGoods) saved = NULL;

  /* Saving under a name already on the shelf would quietly change those
   * goods' price: a new name must be new. */
  if (cw_record_editor_get_is_new (editor))
    {
      g_autoptr(CwShopGoods) existing = cw_shop_goods_find (db, cw_shop_goods_get_name (goods), NULL);

      if (existing != NULL)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                       _("There are already goods called “%s”: edit them instead."),
                       cw_shop_goods_get_name (goods));
          return FALSE;
        }
    }

  saved = cw_shop_goods_save (db, cw_shop_goods_get_name (goods), cw_shop_goods_get_unit (goods),
                              cw_shop_goods_get_price (goods), error);
  return saved != NULL;
}

/* A name already on the shelf is the name's problem. */
static GtkWidget *
error_row (CwRecordEditor *editor,
           const GError   *error)
{
  if (g_error_matches (error, CW_ERROR, CW_ERROR_EXISTS))
    return GTK_WIDGET (CW_SHOP_GOODS_EDITOR (editor)->name_row);

  return CW_RECORD_EDITOR_CLASS (cw_shop_goods_editor_parent_class)->error_row (editor, error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("%s added to the shop") : _("%s saved"),
                          cw_shop_goods_get_name (CW_SHOP_GOODS (record)));
}

CwShopGoodsEditor *
cw_shop_goods_editor_new (GtkWidget   *owner,
                          CwDatabase  *db,
                          CwShopGoods *goods)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (goods == NULL || CW_IS_SHOP_GOODS (goods), NULL);

  return g_object_new (CW_TYPE_SHOP_GOODS_EDITOR,
                       "database", db,
                       "owner", owner,
                       "record", goods,
                       NULL);
}

static void
cw_shop_goods_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_SHOP_GOODS_EDITOR);

  G_OBJECT_CLASS (cw_shop_goods_editor_parent_class)->dispose (object);
}

static void
cw_shop_goods_editor_class_init (CwShopGoodsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_shop_goods_editor_dispose;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->error_row = error_row;
  editor_class->saved_message = saved_message;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-goods-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsEditor, price_spin);
}

static void
cw_shop_goods_editor_init (CwShopGoodsEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The price the shop takes, no more: core refuses more, with a message. */
  gtk_spin_button_set_range (self->price_spin, 1, CW_GOODS_PRICE_MAX);
  /* Wide enough for the largest price, which GTK does not size for. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->price_spin), 8);

  cw_record_editor_add_field (editor, GTK_WIDGET (self->name_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->unit_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->price_row), C_("field", "Points"));
}
