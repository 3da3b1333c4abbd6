/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"
#include "core/notices/cw-notice-item.h"

G_BEGIN_DECLS

/* Where a catalogue item stands for one period, as on a given day. A
 * period's notice is due by the posting day (cw_settings_get_notice_day())
 * of its first month: the month's, the quarter's first month's, January
 * for a year. Only notices that were posted count (an expired one too, a
 * withdrawn one not). */
typedef enum
{
  CW_DUE_NOT_YET,    /* the period has not begun */
  CW_DUE_OPEN,       /* begun, not posted, the due day not passed */
  CW_DUE_ON_TIME,    /* posted by the due day */
  CW_DUE_LATE,       /* posted after it */
  CW_DUE_MISSING,    /* not posted, the due day passed */
  CW_DUE_AS_NEEDED,  /* an item published at once when the matter arises */
  CW_N_DUE_STATES
} CwDueState;

const char *cw_due_state_name (CwDueState state);

typedef struct
{
  CwNoticeItem *item;
  char         *period;        /* "2026-03", "2026Q1", "2026"; "2026" for an immediate item */
  char         *starts;        /* the period's first day */
  char         *due;           /* "" for an immediate item */
  CwDueState    state;
  char         *number;        /* the first notice posted for it, "" for none */
  char         *posted;        /* its posting day, "" for none */
  guint         count;         /* notices posted for it */
} CwCalendarEntry;

void        cw_calendar_entry_free (CwCalendarEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwCalendarEntry, cw_calendar_entry_free)

/* Every period of @year for every catalogue item in force, as on @on
 * ("YYYY-MM-DD"), in the catalogue's order then by period: a GPtrArray
 * of CwCalendarEntry. */
GPtrArray  *cw_notice_calendar       (CwDatabase  *db,
                                      int          year,
                                      const char  *on,
                                      GError     **error);
/* What needs the clerk on @on: periods due within @days from @on that
 * are not posted, and periods of the last twelve months that are
 * missing, soonest due first. */
GPtrArray  *cw_notice_calendar_attention (CwDatabase *db,
                                      const char  *on,
                                      guint        days,
                                      GError     **error);
/* The day @n days after @date ("YYYY-MM-DD"). */
char       *cw_notice_date_add_days  (const char  *date,
                                      int          n);

G_END_DECLS
