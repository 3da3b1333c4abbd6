/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-row"

#include "config.h"

#include "ui/households/cw-household-row.h"

struct _CwHouseholdRow
{
  GObject      parent_instance;

  GListModel  *source;
  guint        position;
  gboolean     stale;
  CwHousehold *household;
};

G_DEFINE_FINAL_TYPE (CwHouseholdRow, cw_household_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOUSEHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint notify_signal;
static GQuark household_quark;

CwHouseholdRow *
cw_household_row_new (GListModel *source,
                      guint       position)
{
  CwHouseholdRow *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (CW_TYPE_HOUSEHOLD_ROW, NULL);
  self->source = g_object_ref (source);
  self->position = position;
  self->stale = TRUE;

  return self;
}

CwHousehold *
cw_household_row_get_household (CwHouseholdRow *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD_ROW (self), NULL);

  if (self->stale)
    {
      self->stale = FALSE;
      g_clear_object (&self->household);
      self->household = g_list_model_get_item (self->source, self->position);
    }

  return self->household;
}

void
cw_household_row_invalidate (CwHouseholdRow *self)
{
  CwHousehold *before;

  g_return_if_fail (CW_IS_HOUSEHOLD_ROW (self));

  /* A row still stale has not been read since it was last told: a cell
   * bound to it would have read it when notified. Telling it again is
   * nothing, and spares asking the signal system about each of the
   * thousands of rows past the first change at every keystroke. */
  if (self->stale)
    return;
  /* Most rows are nobody's concern: reading thousands of places of a
   * filtered model at each keystroke is what this avoids. */
  if (!g_signal_has_handler_pending (self, notify_signal, household_quark, FALSE))
    {
      self->stale = TRUE;
      return;
    }

  before = self->household != NULL ? g_object_ref (self->household) : NULL;
  self->stale = TRUE;
  if (cw_household_row_get_household (self) != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOUSEHOLD]);
  g_clear_object (&before);
}

static void
cw_household_row_finalize (GObject *object)
{
  CwHouseholdRow *self = CW_HOUSEHOLD_ROW (object);

  g_clear_object (&self->household);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (cw_household_row_parent_class)->finalize (object);
}

static void
cw_household_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwHouseholdRow *self = CW_HOUSEHOLD_ROW (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD:
      g_value_set_object (value, cw_household_row_get_household (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_household_row_class_init (CwHouseholdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_household_row_finalize;
  object_class->get_property = cw_household_row_get_property;

  properties[PROP_HOUSEHOLD] =
    g_param_spec_object ("household", NULL, NULL,
                         CW_TYPE_HOUSEHOLD,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  notify_signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
  household_quark = g_quark_from_static_string ("household");
}

static void
cw_household_row_init (CwHouseholdRow *self)
{
}
