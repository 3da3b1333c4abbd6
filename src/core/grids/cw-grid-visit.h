/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The must-visit events (必访): 红白喜事, 生病住院, 家庭变故, 矛盾纠纷,
 * 意外灾害; NULL-terminated. */
extern const char * const cw_grid_must_visit_events[];
gboolean    cw_grid_is_must_visit_event (const char *event);

/* A visit (走访) to a household. @event "" is a routine visit, otherwise
 * one of cw_grid_must_visit_events. The visit answers every must-visit of
 * the household still open and raised on or before its date. *@visit_id
 * (may be NULL) gets the new visit's id. */
gboolean    cw_visit_add              (CwDatabase  *db,
                                       gint64       household_id,
                                       const char  *date,
                                       const char  *visitor,
                                       const char  *event,
                                       const char  *note,
                                       gboolean     raised_request,
                                       gint64      *visit_id,
                                       GError     **error);
/* Raises a must-visit by hand (the households register raises those for a
 * death, a birth and a split by itself). */
gboolean    cw_must_visit_raise       (CwDatabase  *db,
                                       gint64       household_id,
                                       const char  *event,
                                       const char  *date,
                                       const char  *note,
                                       GError     **error);
/* A patrol (巡查) of a grid by a worker on a day. */
gboolean    cw_patrol_add             (CwDatabase  *db,
                                       gint64       grid_id,
                                       const char  *worker,
                                       const char  *date,
                                       const char  *note,
                                       GError     **error);

/* A visit that is due on a day: a routine one (event "") whose interval
 * (cw_grid_settings_get_visit_days) has run out since the last visit, or
 * an open must-visit. */
typedef struct {
  gint64  household_id;
  char   *household_number;
  char   *head_name;
  char   *grid_code;        /* "" when the household is in no grid */
  char   *event;            /* "" routine */
  char   *since;            /* last visit or the day it was raised; "" never visited */
  char   *due;              /* the day it became due; "" for a household never visited */
} CwVisitDue;

void        cw_visit_due_free         (CwVisitDue  *due);
/* What is due on @on, must-visits first, then routine ones by 户号; only
 * households in the grid @grid_id and the grids below it when it is not 0. */
GPtrArray  *cw_visits_due             (CwDatabase  *db,
                                       const char  *on,
                                       gint64       grid_id,
                                       GError     **error);

/* Every household in the grid @grid_id and the grids below it now (0:
 * every grid), for a
 * visit sheet to take on a walk, by grid code then 户号: event the open
 * must-visits' events on @on joined by 、 ("" none), since the last visit
 * on or before @on ("" never), due the day its routine visit is due (""
 * never visited). */
GPtrArray  *cw_visit_sheet_rows       (CwDatabase  *db,
                                       const char  *on,
                                       gint64       grid_id,
                                       GError     **error);

G_END_DECLS
