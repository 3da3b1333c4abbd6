/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-visit-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/grids/cw-grid-visit-item.h"

struct _CwGridVisitItem
{
  GObject     parent_instance;

  CwVisitDue *due;
  char       *key;
};

G_DEFINE_FINAL_TYPE (CwGridVisitItem, cw_grid_visit_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_HOUSEHOLD_NUMBER,
  PROP_HEAD_NAME,
  PROP_GRID_CODE,
  PROP_EVENT,
  PROP_SINCE,
  PROP_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_grid_visit_item_finalize (GObject *object)
{
  CwGridVisitItem *self = CW_GRID_VISIT_ITEM (object);

  cw_visit_due_free (self->due);
  g_free (self->key);
  G_OBJECT_CLASS (cw_grid_visit_item_parent_class)->finalize (object);
}

static void
cw_grid_visit_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwGridVisitItem *self = CW_GRID_VISIT_ITEM (object);
  const char *texts[N_PROPS] = {
    NULL, self->key, self->due->household_number, self->due->head_name, self->due->grid_code, self->due->event,
    self->due->since, self->due->due,
  };

  if (prop_id > 0 && prop_id < N_PROPS)
    g_value_set_string (value, texts[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_visit_item_class_init (CwGridVisitItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[N_PROPS] = {
    NULL, "key", "household-number", "head-name", "grid-code", "event", "since", "due",
  };

  object_class->finalize = cw_grid_visit_item_finalize;
  object_class->get_property = cw_grid_visit_item_get_property;
  for (guint i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_grid_visit_item_init (CwGridVisitItem *self)
{
}

CwGridVisitItem *
cw_grid_visit_item_new (CwVisitDue *due)
{
  CwGridVisitItem *self = g_object_new (CW_TYPE_GRID_VISIT_ITEM, NULL);

  self->due = due;
  self->key = g_strconcat (due->household_number, " ", due->event, due->since, NULL);
  return self;
}

const CwVisitDue *
cw_grid_visit_item_get (CwGridVisitItem *self)
{
  return self->due;
}

char *
cw_grid_visit_item_household_text (gpointer item)
{
  return g_strdup (CW_GRID_VISIT_ITEM (item)->due->household_number);
}

char *
cw_grid_visit_item_head_text (gpointer item)
{
  return g_strdup (CW_GRID_VISIT_ITEM (item)->due->head_name);
}

char *
cw_grid_visit_item_grid_text (gpointer item)
{
  return g_strdup (CW_GRID_VISIT_ITEM (item)->due->grid_code);
}

char *
cw_grid_visit_item_since_text (gpointer item)
{
  const CwVisitDue *due = CW_GRID_VISIT_ITEM (item)->due;

  return g_strdup (due->since[0] != '\0' ? due->since : _("never visited"));
}
