/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-calendar-row"

#include "config.h"

#include "ui/notices/cw-notice-calendar-row.h"

struct _CwNoticeCalendarRow
{
  GObject          parent_instance;

  CwCalendarEntry *entry;
  char            *key;
};

G_DEFINE_FINAL_TYPE (CwNoticeCalendarRow, cw_notice_calendar_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_ITEM_NAME,
  PROP_PERIOD,
  PROP_DUE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_notice_calendar_row_finalize (GObject *object)
{
  CwNoticeCalendarRow *self = CW_NOTICE_CALENDAR_ROW (object);

  g_clear_pointer (&self->entry, cw_calendar_entry_free);
  g_free (self->key);

  G_OBJECT_CLASS (cw_notice_calendar_row_parent_class)->finalize (object);
}

static void
cw_notice_calendar_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CwNoticeCalendarRow *self = CW_NOTICE_CALENDAR_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_ITEM_NAME:
      g_value_set_string (value, cw_notice_item_get_name (self->entry->item));
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->entry->period);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->entry->due);
      break;
    case PROP_STATE:
      g_value_set_int64 (value, self->entry->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_notice_calendar_row_class_init (CwNoticeCalendarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_notice_calendar_row_finalize;
  object_class->get_property = cw_notice_calendar_row_get_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_NAME] = g_param_spec_string ("item-name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] = g_param_spec_int64 ("state", NULL, NULL, 0, G_MAXINT64, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_notice_calendar_row_init (CwNoticeCalendarRow *self)
{
}

CwNoticeCalendarRow *
cw_notice_calendar_row_new (CwCalendarEntry *entry)
{
  CwNoticeCalendarRow *self = g_object_new (CW_TYPE_NOTICE_CALENDAR_ROW, NULL);

  self->entry = entry;
  self->key = g_strdup_printf ("%s\t%s", cw_notice_item_get_name (entry->item), entry->period);
  return self;
}

const CwCalendarEntry *
cw_notice_calendar_row_get_entry (CwNoticeCalendarRow *self)
{
  g_return_val_if_fail (CW_IS_NOTICE_CALENDAR_ROW (self), NULL);
  return self->entry;
}
