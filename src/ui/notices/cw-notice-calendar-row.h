/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/notices/cw-notice-calendar.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_CALENDAR_ROW (cw_notice_calendar_row_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeCalendarRow, cw_notice_calendar_row, CW, NOTICE_CALENDAR_ROW, GObject)

/* One period of a catalogue item on the calendar page, as a list item:
 * properties "key" (item and period), "item-name", "period", "due",
 * "state" for the list to find and sort by. Takes @entry. */
CwNoticeCalendarRow   *cw_notice_calendar_row_new   (CwCalendarEntry     *entry);
const CwCalendarEntry *cw_notice_calendar_row_get_entry (CwNoticeCalendarRow *self);

G_END_DECLS
