/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-rows"

#include "config.h"

#include "ui/households/cw-household-rows.h"

struct _CwHouseholdRows
{
  GObject     parent_instance;

  GListModel *households;
  /* CwHouseholdRow; the first n_rows are in the model, the rest wait to
   * be used again when the list grows back (a search is often undone). */
  GPtrArray  *rows;
  guint       n_rows;
};

static void cw_household_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CwHouseholdRows, cw_household_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cw_household_rows_list_model_init))

static GType
cw_household_rows_get_item_type (GListModel *model)
{
  return CW_TYPE_HOUSEHOLD_ROW;
}

static guint
cw_household_rows_get_n_items (GListModel *model)
{
  return CW_HOUSEHOLD_ROWS (model)->n_rows;
}

static gpointer
cw_household_rows_get_item (GListModel *model,
                            guint       position)
{
  CwHouseholdRows *self = CW_HOUSEHOLD_ROWS (model);

  if (position >= self->n_rows)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
cw_household_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cw_household_rows_get_item_type;
  iface->get_n_items = cw_household_rows_get_n_items;
  iface->get_item = cw_household_rows_get_item;
}

static void
households_changed_cb (CwHouseholdRows *self,
                       guint            position,
                       guint            removed,
                       guint            added,
                       GListModel      *households)
{
  guint before = self->n_rows;
  guint after = g_list_model_get_n_items (households);

  /* From the first change to the end everything may have moved; rows on
   * screen look again, the others when asked. Rows kept from a longer
   * list are stale too. */
  for (guint i = position; i < MIN (after, self->rows->len); i++)
    cw_household_row_invalidate (g_ptr_array_index (self->rows, i));
  for (guint i = self->rows->len; i < after; i++)
    g_ptr_array_add (self->rows, cw_household_row_new (households, i));

  self->n_rows = after;
  if (after > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
  else if (after < before)
    g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
}

CwHouseholdRows *
cw_household_rows_new (GListModel *households)
{
  CwHouseholdRows *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (households), NULL);

  self = g_object_new (CW_TYPE_HOUSEHOLD_ROWS, NULL);
  self->households = g_object_ref (households);
  g_signal_connect_object (households, "items-changed", G_CALLBACK (households_changed_cb), self,
                           G_CONNECT_SWAPPED);
  households_changed_cb (self, 0, 0, g_list_model_get_n_items (households), households);

  return self;
}

static void
cw_household_rows_dispose (GObject *object)
{
  CwHouseholdRows *self = CW_HOUSEHOLD_ROWS (object);

  if (self->households != NULL)
    g_signal_handlers_disconnect_by_data (self->households, self);
  g_clear_object (&self->households);

  G_OBJECT_CLASS (cw_household_rows_parent_class)->dispose (object);
}

static void
cw_household_rows_finalize (GObject *object)
{
  CwHouseholdRows *self = CW_HOUSEHOLD_ROWS (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_household_rows_parent_class)->finalize (object);
}

static void
cw_household_rows_class_init (CwHouseholdRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_household_rows_dispose;
  object_class->finalize = cw_household_rows_finalize;
}

static void
cw_household_rows_init (CwHouseholdRows *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}
