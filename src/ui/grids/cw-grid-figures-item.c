/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-figures-item"

#include "config.h"

#include "ui/grids/cw-grid-figures-item.h"

struct _CwGridFiguresItem
{
  GObject        parent_instance;

  CwGridFigures *period;
  CwGridFigures *year;
};

G_DEFINE_FINAL_TYPE (CwGridFiguresItem, cw_grid_figures_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_RECEIVED,
  PROP_RESOLVED,
  PROP_OVERDUE,
  PROP_VISITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_grid_figures_item_finalize (GObject *object)
{
  CwGridFiguresItem *self = CW_GRID_FIGURES_ITEM (object);

  cw_grid_figures_free (self->period);
  cw_grid_figures_free (self->year);
  G_OBJECT_CLASS (cw_grid_figures_item_parent_class)->finalize (object);
}

static void
cw_grid_figures_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwGridFigures *f = CW_GRID_FIGURES_ITEM (object)->period;

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, f->path); break;
    case PROP_RECEIVED: g_value_set_int (value, (int) f->received); break;
    case PROP_RESOLVED: g_value_set_int (value, (int) f->resolved); break;
    case PROP_OVERDUE: g_value_set_int (value, (int) f->overdue); break;
    case PROP_VISITS: g_value_set_int (value, (int) f->visits); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_grid_figures_item_class_init (CwGridFiguresItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_grid_figures_item_finalize;
  object_class->get_property = cw_grid_figures_item_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, "", ro);
  properties[PROP_RECEIVED] = g_param_spec_int ("received", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_RESOLVED] = g_param_spec_int ("resolved", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_OVERDUE] = g_param_spec_int ("overdue", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_VISITS] = g_param_spec_int ("visits", NULL, NULL, 0, G_MAXINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_grid_figures_item_init (CwGridFiguresItem *self)
{
}

CwGridFiguresItem *
cw_grid_figures_item_new (CwGridFigures *period,
                          CwGridFigures *year)
{
  CwGridFiguresItem *self = g_object_new (CW_TYPE_GRID_FIGURES_ITEM, NULL);

  self->period = period;
  self->year = year;
  return self;
}

const CwGridFigures *
cw_grid_figures_item_get (CwGridFiguresItem *self)
{
  return self->period;
}

const CwGridFigures *
cw_grid_figures_item_get_year (CwGridFiguresItem *self)
{
  return self->year;
}
