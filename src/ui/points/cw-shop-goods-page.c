/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-goods-page"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/points/cw-shop-goods.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-points-helpers.h"
#include "ui/shell/cw-window.h"
#include "ui/points/cw-shop-goods-editor.h"
#include "ui/points/cw-shop-goods-page.h"
#include "ui/cw-ui-resources.h"

/* Below this many the stock is worth restocking. */
#define LOW_STOCK 5

struct _CwShopGoodsPage
{
  AdwBin              parent_instance;

  CwDatabase         *db;
  CwLazyReload       *reloader;

  GListStore         *goods;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  char               *search;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *retired_check;
  GtkLabel           *stock_label;
  GtkButton          *retire_button;
  GtkStack           *list_stack;
  GtkColumnView      *goods_view;
  AdwStatusPage      *status_page;
};

G_DEFINE_FINAL_TYPE (CwShopGoodsPage, cw_shop_goods_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwShopGoodsPage *self);

static CwShopGoods *
selected_goods (CwShopGoodsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (CwShopGoodsPage *self)
{
  CwShopGoods *goods = selected_goods (self);
  gboolean retired = goods != NULL && cw_shop_goods_get_retired (goods);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goods.edit", goods != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goods.retire", goods != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goods.stock-in", goods != NULL && !retired);
  gtk_button_set_label (self->retire_button, retired ? _("Put Back on _Sale") : _("Take _Off Sale"));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwShopGoodsPage *self = user_data;
  g_autofree char *folded = NULL;

  if (self->search == NULL || self->search[0] == '\0')
    return TRUE;

  folded = g_utf8_casefold (cw_shop_goods_get_name (item), -1);
  return strstr (folded, self->search) != NULL;
}

static void
update_summary (CwShopGoodsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->goods));
  guint low = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwShopGoods) goods = g_list_model_get_item (G_LIST_MODEL (self->goods), i);

      if (!cw_shop_goods_get_retired (goods) && cw_shop_goods_get_stock (goods) < LOW_STOCK)
        low++;
    }

  if (low > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u line running low",
                                         "%u lines running low",
                                         low),
                            low);
  gtk_label_set_text (self->stock_label, text != NULL ? text : "");

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (n > 0)
    {
      adw_status_page_set_icon_name (self->status_page, "system-search-symbolic");
      adw_status_page_set_title (self->status_page, _("No Goods Found"));
      adw_status_page_set_description (self->status_page, _("No goods match the search."));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "view-grid-symbolic");
      adw_status_page_set_title (self->status_page, _("No Goods Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Put the goods households can take for their points on the shelf: name, unit and price in points."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
search_changed_cb (CwShopGoodsPage *self,
                   GtkSearchEntry  *entry)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  update_actions (self);
}

static void
retired_toggled_cb (CwShopGoodsPage *self)
{
  reload (self);
}

GListModel *
cw_shop_goods_page_get_goods (CwShopGoodsPage *self)
{
  g_return_val_if_fail (CW_IS_SHOP_GOODS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
cw_shop_goods_page_select (CwShopGoodsPage *self,
                           const char      *name)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CW_IS_SHOP_GOODS_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwShopGoods) goods = g_list_model_get_item (model, i);

      if (g_strcmp0 (cw_shop_goods_get_name (goods), name) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Actions */

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (widget);

  gtk_window_present (GTK_WINDOW (cw_shop_goods_editor_new (widget, self->db, NULL)));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (widget);
  CwShopGoods *goods = selected_goods (self);

  if (goods != NULL)
    gtk_window_present (GTK_WINDOW (cw_shop_goods_editor_new (widget, self->db, goods)));
}

static void
row_activated_cb (CwShopGoodsPage *self,
                  guint            position,
                  GtkColumnView   *view)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "goods.edit", NULL);
}

static void
retire_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (widget);
  CwShopGoods *goods = selected_goods (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean retire;

  if (goods == NULL)
    return;

  retire = !cw_shop_goods_get_retired (goods);
  title = g_strdup_printf (retire ? _("%s taken off sale") : _("%s back on sale"), cw_shop_goods_get_name (goods));

  if (!cw_shop_goods_set_retired (self->db, cw_shop_goods_get_id (goods), retire, &error))
    {
      cw_window_show_message (widget, error->message);
      return;
    }

  cw_points_show_undo_toast (widget, self->db, title);
}

typedef struct
{
  gint64     goods_id;
  char      *name;
  GtkWidget *quantity_row;
  GtkWidget *date_row;
  GtkWidget *note_row;
} StockInData;

static void
stock_in_data_free (gpointer user_data)
{
  StockInData *data = user_data;

  g_free (data->name);
  g_free (data);
}

static int
parse_quantity (const char *text)
{
  char *end = NULL;
  long value;

  if (text == NULL || text[0] == '\0')
    return 0;

  value = strtol (text, &end, 10);
  if (end == NULL || *end != '\0' || value <= 0 || value > G_MAXINT)
    return 0;

  return (int) value;
}

static void
stock_in_changed_cb (GtkEditable      *row,
                     AdwMessageDialog *dialog)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (row));

  adw_message_dialog_set_response_enabled (dialog, "confirm", parse_quantity (text) > 0);
}

static void
stock_in_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CwShopGoodsPage  *self)
{
  StockInData *data = g_object_get_data (G_OBJECT (dialog), "cw-stock-in");
  g_autoptr(GError) error = NULL;
  g_autofree char *quantity_text = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *title = NULL;
  int quantity;

  if (!g_str_equal (response, "confirm"))
    return;

  quantity_text = cw_ui_row_text (data->quantity_row);
  quantity = parse_quantity (quantity_text);
  date_text = cw_ui_row_text (data->date_row);
  date = cw_date_normalize (date_text, &error);
  note = cw_ui_row_text (data->note_row);

  if (date == NULL ||
      !cw_shop_goods_stock_in (self->db, data->goods_id, quantity, date, note, &error))
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  /* Translators: a toast: quantity, goods */
  title = g_strdup_printf (_("%d × %s received"), quantity, data->name);
  cw_points_show_undo_toast (GTK_WIDGET (self), self->db, title);
}

static void
stock_in_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (widget);
  CwShopGoods *goods = selected_goods (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = cw_date_today_text ();
  AdwMessageDialog *dialog;
  StockInData *data;
  GtkWidget *list;

  if (goods == NULL)
    return;

  heading = g_strdup_printf (_("Stock In: %s"), cw_shop_goods_get_name (goods));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d in stock now.", "%d in stock now.",
                                       cw_shop_goods_get_stock (goods)),
                          cw_shop_goods_get_stock (goods));
  dialog = cw_ui_dialog_new (widget, heading, body, _("_Record"), FALSE);

  data = g_new0 (StockInData, 1);
  data->goods_id = cw_shop_goods_get_id (goods);
  data->name = g_strdup (cw_shop_goods_get_name (goods));
  data->quantity_row = cw_ui_entry_row_new (_("Quantity Received"), NULL);
  gtk_editable_set_width_chars (GTK_EDITABLE (data->quantity_row), 6);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (data->quantity_row), GTK_INPUT_PURPOSE_DIGITS);
  data->date_row = cw_ui_entry_row_new (_("Date"), today);
  data->note_row = cw_ui_entry_row_new (_("Note"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "cw-stock-in", data, stock_in_data_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), data->quantity_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->date_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->note_row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);

  g_signal_connect (data->quantity_row, "changed", G_CALLBACK (stock_in_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (stock_in_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->quantity_row);
}

/* Columns */

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
  return g_strdup_printf ("%d", cw_shop_goods_get_price (item));
}

static char *
stock_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_shop_goods_get_stock (item));
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

static void
append_column (CwShopGoodsPage     *self,
               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->goods_view, column);
  g_object_unref (column);
}

static void
setup_columns (CwShopGoodsPage *self)
{
  GType type = CW_TYPE_SHOP_GOODS;

  append_column (self, cw_ui_column_new (C_("goods", "Name"), name_text, CW_COLUMN_EXPAND,
                                             cw_ui_string_sorter (type, "name")));
  append_column (self, cw_ui_column_new (_("Unit"), unit_text, CW_COLUMN_TEXT, NULL));
  append_column (self, cw_ui_column_new (_("Price in Points"), price_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "price")));
  append_column (self, cw_ui_column_new (_("Stock"), stock_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "stock")));
  append_column (self, cw_ui_column_new (_("State"), state_text, CW_COLUMN_DIM, NULL));
}

/* Reading the database */

static void
reload (CwShopGoodsPage *self)
{
  g_autoptr(GListModel) goods = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  guint n;

  cw_lazy_reload_done (self->reloader);

  if (selected_goods (self) != NULL)
    keep = g_strdup (cw_shop_goods_get_name (selected_goods (self)));

  goods = cw_shop_goods_list (self->db, gtk_check_button_get_active (self->retired_check), &error);
  if (goods == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = goods != NULL ? g_list_model_get_n_items (goods) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (goods, i));
  g_list_store_splice (self->goods, 0, g_list_model_get_n_items (G_LIST_MODEL (self->goods)),
                       array->pdata, array->len);

  if (keep != NULL)
    cw_shop_goods_page_select (self, keep);
  update_summary (self);
  update_actions (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_SHOP_GOODS_PAGE (widget)->reloader);
}

GtkWidget *
cw_shop_goods_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_SHOP_GOODS_PAGE, "database", db, NULL);
}

static void
cw_shop_goods_page_constructed (GObject *object)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (object);

  G_OBJECT_CLASS (cw_shop_goods_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "shop_", NULL },
                                      (CwLazyReloadFunc) reload);
  reload (self);
}

static void
cw_shop_goods_page_dispose (GObject *object)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (object);

  g_clear_object (&self->reloader);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SHOP_GOODS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->goods);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_shop_goods_page_parent_class)->dispose (object);
}

static void
cw_shop_goods_page_finalize (GObject *object)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (object);

  g_free (self->search);

  G_OBJECT_CLASS (cw_shop_goods_page_parent_class)->finalize (object);
}

static void
cw_shop_goods_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_shop_goods_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CwShopGoodsPage *self = CW_SHOP_GOODS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_shop_goods_page_class_init (CwShopGoodsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_shop_goods_page_constructed;
  object_class->dispose = cw_shop_goods_page_dispose;
  object_class->finalize = cw_shop_goods_page_finalize;
  object_class->get_property = cw_shop_goods_page_get_property;
  object_class->set_property = cw_shop_goods_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-goods-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, retired_check);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, stock_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, retire_button);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, goods_view);
  gtk_widget_class_bind_template_child (widget_class, CwShopGoodsPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retired_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "goods.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "goods.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "goods.stock-in", NULL, stock_in_activated);
  gtk_widget_class_install_action (widget_class, "goods.retire", NULL, retire_activated);
  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "goods.new", NULL);
}

static void
cw_shop_goods_page_init (CwShopGoodsPage *self)
{
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  self->goods = g_list_store_new (CW_TYPE_SHOP_GOODS);

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->goods)), GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->goods_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->goods_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_actions),
                           self, G_CONNECT_SWAPPED);
}
