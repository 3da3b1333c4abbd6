/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop-counter-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-quarter.h"
#include "core/points/cw-shop.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-shop-counter-page-private.h"
#include "ui/points/cw-shop-line-row.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* The counter itself: the household and its balance, the goods lines
 * with the total and the balance after, the redemptions beside them.
 * Adding, redeeming and voiding are in cw-shop-counter-page-actions.c. */

static void
line_free (gpointer data)
{
  CwShopLineItem *line = data;

  g_clear_object (&line->goods);
  g_free (line);
}

G_DEFINE_FINAL_TYPE (CwShopCounterPage, cw_shop_counter_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The refusal above the buttons */

void
_cw_shop_counter_page_show_error (CwShopCounterPage *self,
                                  const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
_cw_shop_counter_page_hide_error (CwShopCounterPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

const char *
cw_shop_counter_page_get_error (CwShopCounterPage *self)
{
  g_return_val_if_fail (CW_IS_SHOP_COUNTER_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_text (self->error_label);
}

/* Figures */

gint64
_cw_shop_counter_page_lines_total (CwShopCounterPage *self)
{
  gint64 total = 0;

  for (guint i = 0; i < self->lines->len; i++)
    {
      CwShopLineItem *line = g_ptr_array_index (self->lines, i);

      total += cw_shop_goods_get_price (line->goods) * line->quantity;
    }

  return total;
}

gint64
cw_shop_counter_page_get_balance (CwShopCounterPage *self)
{
  g_return_val_if_fail (CW_IS_SHOP_COUNTER_PAGE (self), 0);

  return self->household != NULL ? self->balance : 0;
}

gint64
cw_shop_counter_page_get_balance_after (CwShopCounterPage *self)
{
  g_return_val_if_fail (CW_IS_SHOP_COUNTER_PAGE (self), 0);

  return cw_shop_counter_page_get_balance (self) - _cw_shop_counter_page_lines_total (self);
}

static void
update_totals (CwShopCounterPage *self)
{
  g_autofree char *total = NULL;
  g_autofree char *after = NULL;
  gint64 after_value;

  total = g_strdup_printf ("%" G_GINT64_FORMAT, _cw_shop_counter_page_lines_total (self));
  gtk_label_set_text (self->total_label, total);

  if (self->household == NULL)
    {
      gtk_label_set_text (self->after_label, "—");
      gtk_widget_remove_css_class (GTK_WIDGET (self->after_label), "error");
    }
  else
    {
      after_value = cw_shop_counter_page_get_balance_after (self);
      after = g_strdup_printf ("%" G_GINT64_FORMAT, after_value);
      gtk_label_set_text (self->after_label, after);
      if (after_value < 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->after_label), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->after_label), "error");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shop.confirm",
                                 self->household != NULL && self->lines->len > 0);
}

/* The household */

void
_cw_shop_counter_page_update_household (CwShopCounterPage *self)
{
  g_autofree char *detail = NULL;
  g_autofree char *balance = NULL;
  g_autoptr(GError) error = NULL;

  if (self->household == NULL)
    {
      gtk_label_set_text (self->name_label, _("No household chosen"));
      gtk_label_set_text (self->detail_label, _("Type a household number, a name or its pinyin initials above."));
      gtk_label_set_text (self->balance_label, "—");
      update_totals (self);
      return;
    }

  /* A balance that cannot be read is not shown as nothing to spend. */
  if (cw_shop_balance (self->db, cw_household_get_id (self->household), &self->balance, &error))
    balance = g_strdup_printf ("%" G_GINT64_FORMAT, self->balance);
  else
    {
      balance = g_strdup ("—");
      _cw_shop_counter_page_show_error (self, error->message);
    }

  /* Translators: 户号 · village group */
  detail = g_strdup_printf (_("No. %s · %s"), cw_household_get_number (self->household),
                            cw_household_get_group_name (self->household));
  gtk_label_set_text (self->name_label, cw_household_get_head_name (self->household));
  gtk_label_set_text (self->detail_label, detail);
  gtk_label_set_text (self->balance_label, balance);
  update_totals (self);
}

void
_cw_shop_counter_page_set_household (CwShopCounterPage *self,
                                     CwHousehold       *household)
{
  g_set_object (&self->household, household);
  _cw_shop_counter_page_hide_error (self);
  _cw_shop_counter_page_update_household (self);
  _cw_shop_counter_page_refresh_history (self);
}

static void
household_picked_cb (CwShopCounterPage *self,
                     CwHousehold       *household)
{
  g_autofree char *text = g_strdup_printf ("%s %s", cw_household_get_number (household),
                                           cw_household_get_head_name (household));

  _cw_shop_counter_page_set_household (self, household);
  cw_points_subject_picker_set_text (self->household_picker, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->goods_dropdown));
}

static void
household_activate_cb (CwShopCounterPage *self)
{
  const char *text = cw_points_subject_picker_get_text (self->household_picker);

  if (text[0] != '\0' && (self->household == NULL ||
                          !g_str_has_prefix (text, cw_household_get_number (self->household))))
    {
      g_autofree char *message = cw_points_subject_picker_describe_no_match (self->household_picker);

      _cw_shop_counter_page_show_error (self, message);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->goods_dropdown));
}

gboolean
cw_shop_counter_page_set_household (CwShopCounterPage *self,
                                    const char        *number)
{
  g_return_val_if_fail (CW_IS_SHOP_COUNTER_PAGE (self), FALSE);

  return cw_points_subject_picker_choose_household (self->household_picker, number);
}

/* The goods lines */

static char *
goods_label (CwShopGoods *goods)
{
  /* Translators: goods · price per unit · stock, e.g. 洗衣粉 · 20 points per 袋 · 35 in stock */
  return g_strdup_printf (_("%s · %lld points per %s · %lld in stock"),
                          cw_shop_goods_get_name (goods),
                          (long long) cw_shop_goods_get_price (goods),
                          cw_shop_goods_get_unit (goods),
                          (long long) cw_shop_goods_get_stock (goods));
}

void
_cw_shop_counter_page_update_lines (CwShopCounterPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list))) != NULL)
    gtk_list_box_remove (self->lines_list, child);

  for (guint i = 0; i < self->lines->len; i++)
    {
      CwShopLineItem *line = g_ptr_array_index (self->lines, i);

      gtk_list_box_append (self->lines_list, cw_shop_line_row_new (line->goods, line->quantity, i));
    }

  update_totals (self);
}

gboolean
_cw_shop_counter_page_add_line (CwShopCounterPage *self,
                                CwShopGoods       *goods,
                                int                quantity)
{
  CwShopLineItem *line;

  if (goods == NULL || quantity <= 0)
    return FALSE;

  _cw_shop_counter_page_hide_error (self);

  for (guint i = 0; i < self->lines->len; i++)
    {
      line = g_ptr_array_index (self->lines, i);
      if (cw_shop_goods_get_id (line->goods) == cw_shop_goods_get_id (goods))
        {
          line->quantity += quantity;
          _cw_shop_counter_page_update_lines (self);
          return TRUE;
        }
    }

  line = g_new0 (CwShopLineItem, 1);
  line->goods = g_object_ref (goods);
  line->quantity = quantity;
  g_ptr_array_add (self->lines, line);
  _cw_shop_counter_page_update_lines (self);

  return TRUE;
}

gboolean
cw_shop_counter_page_add_line (CwShopCounterPage *self,
                               const char        *goods_name,
                               int                quantity)
{
  guint n;

  g_return_val_if_fail (CW_IS_SHOP_COUNTER_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->goods));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwShopGoods) goods = g_list_model_get_item (G_LIST_MODEL (self->goods), i);

      if (g_strcmp0 (cw_shop_goods_get_name (goods), goods_name) == 0)
        return _cw_shop_counter_page_add_line (self, goods, quantity);
    }

  return FALSE;
}

static void
quantity_activate_cb (CwShopCounterPage *self,
                      GtkText           *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "shop.add-line", NULL);
}

/* Redemptions */

CwShopRedemption *
_cw_shop_counter_page_get_selected (CwShopCounterPage *self)
{
  return gtk_single_selection_get_selected_item (self->history_selection);
}

void
_cw_shop_counter_page_update_void_action (CwShopCounterPage *self)
{
  CwShopRedemption *redemption = _cw_shop_counter_page_get_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shop.void",
                                 redemption != NULL && !cw_shop_redemption_get_voided (redemption));
}

/* The redemptions beside the counter */

static char *
redeemed_on_text (gpointer item)
{
  return g_strdup (cw_shop_redemption_get_redeemed_on (item));
}

static char *
redemption_household_text (gpointer item)
{
  return g_strdup_printf ("%s %s", cw_shop_redemption_get_household_number (item),
                          cw_shop_redemption_get_head_name (item));
}

static char *
summary_text (gpointer item)
{
  return g_strdup (cw_shop_redemption_get_summary (item));
}

static char *
redemption_points_text (gpointer item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, cw_shop_redemption_get_points (item));
}

static char *
redemption_state_text (gpointer item)
{
  if (!cw_shop_redemption_get_voided (item))
    return g_strdup ("");

  /* Translators: a voided redemption, with the reason */
  return g_strdup_printf (_("Voided: %s"), cw_shop_redemption_get_void_reason (item));
}

static void
append_column (CwShopCounterPage   *self,
               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->history_view, column);
  g_object_unref (column);
}

static void
setup_columns (CwShopCounterPage *self)
{
  append_column (self, cw_ui_column_new (_("Date"), redeemed_on_text, CW_COLUMN_NUMERIC, NULL));
  self->household_column = cw_ui_column_new (C_("column", "Household"), redemption_household_text, CW_COLUMN_TEXT, NULL);
  gtk_column_view_append_column (self->history_view, self->household_column);
  g_object_unref (self->household_column);
  append_column (self, cw_ui_column_new (_("Goods"), summary_text, CW_COLUMN_EXPAND, NULL));
  append_column (self, cw_ui_column_new (_("Points Used"), redemption_points_text, CW_COLUMN_NUMERIC, NULL));
  append_column (self, cw_ui_column_new (_("State"), redemption_state_text, CW_COLUMN_DIM, NULL));
}

void
_cw_shop_counter_page_refresh_history (CwShopCounterPage *self)
{
  g_autoptr(GListModel) redemptions = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *label = NULL;
  guint n;

  if (self->household != NULL)
    {
      redemptions = cw_shop_redemption_list (self->db, cw_household_get_id (self->household), NULL, &error);
      label = g_strdup_printf (_("Redemptions of %s"), cw_household_get_head_name (self->household));
    }
  else
    {
      /* Everybody's, but only this quarter's: the counter's recent past. */
      quarter = cw_quarter_current ();
      redemptions = cw_shop_redemption_list (self->db, 0, quarter, &error);
      label = g_strdup (_("Redemptions This Quarter"));
    }

  if (redemptions == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = redemptions != NULL ? g_list_model_get_n_items (redemptions) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (redemptions, i));
  g_list_store_splice (self->history, 0, g_list_model_get_n_items (G_LIST_MODEL (self->history)),
                       array->pdata, array->len);

  gtk_label_set_text (self->history_label, label);
  /* One household's list need not name it on every row. */
  gtk_column_view_column_set_visible (self->household_column, self->household == NULL);
  gtk_stack_set_visible_child_name (self->history_stack, n > 0 ? "list" : "empty");
  _cw_shop_counter_page_update_void_action (self);
}

/* Goods drop-down */

static void
goods_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
goods_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  g_autofree char *text = goods_label (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Reading the database */

static void
reload (CwShopCounterPage *self)
{
  g_autoptr(GListModel) goods = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (self->goods_dropdown);
  guint n;

  cw_lazy_reload_done (self->reloader);

  goods = cw_shop_goods_list (self->db, FALSE, &error);
  if (goods == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = goods != NULL ? g_list_model_get_n_items (goods) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (goods, i));
  g_list_store_splice (self->goods, 0, g_list_model_get_n_items (G_LIST_MODEL (self->goods)),
                       array->pdata, array->len);
  if (selected != GTK_INVALID_LIST_POSITION && selected < n)
    gtk_drop_down_set_selected (self->goods_dropdown, selected);

  /* The lines keep their goods, with the stock as it is now. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      CwShopLineItem *line = g_ptr_array_index (self->lines, i);

      for (guint j = 0; j < n; j++)
        {
          CwShopGoods *fresh = g_ptr_array_index (array, j);

          if (cw_shop_goods_get_id (fresh) == cw_shop_goods_get_id (line->goods))
            g_set_object (&line->goods, fresh);
        }
    }

  _cw_shop_counter_page_update_lines (self);
  _cw_shop_counter_page_update_household (self);
  _cw_shop_counter_page_refresh_history (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_SHOP_COUNTER_PAGE (widget)->reloader);
}

GtkWidget *
cw_shop_counter_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_SHOP_COUNTER_PAGE, "database", db, NULL);
}

static void
cw_shop_counter_page_constructed (GObject *object)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (object);
  GtkWidget *picker;

  G_OBJECT_CLASS (cw_shop_counter_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  picker = cw_points_subject_picker_new (self->db);
  self->household_picker = CW_POINTS_SUBJECT_PICKER (picker);
  adw_bin_set_child (self->household_bin, picker);
  gtk_label_set_mnemonic_widget (self->household_label, cw_points_subject_picker_get_entry (self->household_picker));
  g_signal_connect_object (picker, "picked", G_CALLBACK (household_picked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (picker, "activate", G_CALLBACK (household_activate_cb), self, G_CONNECT_SWAPPED);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "shop_", "point_", "household", NULL },
                                      (CwLazyReloadFunc) reload);
  reload (self);
}

static void
cw_shop_counter_page_dispose (GObject *object)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (object);

  g_clear_object (&self->reloader);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_SHOP_COUNTER_PAGE);

  g_clear_object (&self->household);
  g_clear_object (&self->history_selection);
  g_clear_object (&self->history);
  g_clear_object (&self->goods);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_shop_counter_page_parent_class)->dispose (object);
}

static void
cw_shop_counter_page_finalize (GObject *object)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_shop_counter_page_parent_class)->finalize (object);
}

static void
cw_shop_counter_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (object);

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
cw_shop_counter_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CwShopCounterPage *self = CW_SHOP_COUNTER_PAGE (object);

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
cw_shop_counter_page_class_init (CwShopCounterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_shop_counter_page_constructed;
  object_class->dispose = cw_shop_counter_page_dispose;
  object_class->finalize = cw_shop_counter_page_finalize;
  object_class->get_property = cw_shop_counter_page_get_property;
  object_class->set_property = cw_shop_counter_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-shop-counter-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, household_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, household_bin);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, balance_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, goods_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, quantity_spin);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, lines_list);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, after_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, history_label);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, history_stack);
  gtk_widget_class_bind_template_child (widget_class, CwShopCounterPage, history_view);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  _cw_shop_counter_page_class_actions_init (klass);
}

static void
cw_shop_counter_page_init (CwShopCounterPage *self)
{
  GtkListItemFactory *factory;

  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->goods = g_list_store_new (CW_TYPE_SHOP_GOODS);
  self->history = g_list_store_new (CW_TYPE_SHOP_REDEMPTION);

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (goods_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (goods_bind_cb), NULL);
  gtk_drop_down_set_factory (self->goods_dropdown, factory);
  g_object_unref (factory);
  gtk_drop_down_set_expression (self->goods_dropdown,
                                gtk_property_expression_new (CW_TYPE_SHOP_GOODS, NULL, "name"));
  gtk_drop_down_set_model (self->goods_dropdown, G_LIST_MODEL (self->goods));

  /* GtkSpinButton has no "activate" before GTK 4.14: its text has. */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->quantity_spin)), "activate",
                           G_CALLBACK (quantity_activate_cb), self, G_CONNECT_SWAPPED);

  self->history_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->history)));
  gtk_single_selection_set_autoselect (self->history_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->history_selection, TRUE);
  gtk_column_view_set_model (self->history_view, GTK_SELECTION_MODEL (self->history_selection));
  g_signal_connect_object (self->history_selection, "notify::selected", G_CALLBACK (_cw_shop_counter_page_update_void_action),
                           self, G_CONNECT_SWAPPED);
  setup_columns (self);
}
