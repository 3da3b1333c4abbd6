/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_CALENDAR_PAGE (cw_notice_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeCalendarPage, cw_notice_calendar_page, CW, NOTICE_CALENDAR_PAGE, CwListPage)

/* The disclosure calendar of this year as of today: every period of every
 * catalogue item with the day it is due, and whether it was posted on
 * time, late, is missing or still open. A filter shows what needs the
 * clerk. Opening a row shows the notice posted for it. */
GtkWidget *cw_notice_calendar_page_new (CwDatabase *db);

G_END_DECLS
