/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The grids register's figures for a period, computed from the records,
 * per grid and rolled up through every ancestor (a grid counts what
 * happened in it and in every grid below it); the village's row counts
 * everything, households in no grid too. A request, a visit or a
 * must-visit belongs to the grid its household was in on its day, so a
 * household moved mid-period counts in each grid for its time there.
 *
 * Requests are those received in the period: resolved = resolved by its
 * end; evaluated and satisfied (满意 + 基本满意) by its end; overdue =
 * resolved after the deadline, or still open past it at the period's end
 * (days on hold stop the clock). Visits = made in the period while the
 * household was in the grid; households = in the grid at the period's
 * end; households visited = of those, visited in the period (so the
 * share is never above one). Must-visits raised in the period, on time when
 * answered within cw_grid_settings_get_must_visit_days(). Patrol days =
 * days on which the grid (or one below) was patrolled. */
typedef struct {
  gint64  grid_id;          /* 0: the whole village */
  char   *code;
  char   *name;
  char   *path;
  char   *level;
  guint   depth;
  guint   received;
  guint   resolved;
  guint   evaluated;
  guint   satisfied;
  guint   overdue;
  guint   visits;
  guint   households_visited;
  guint   households;
  guint   must_raised;
  guint   must_on_time;
  guint   patrol_days;
} CwGridFigures;

void        cw_grid_figures_free         (CwGridFigures *figures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwGridFigures, cw_grid_figures_free)
/* 办结率 and 满意率 as fractions; negative when there is nothing to
 * divide by (shown as "—"). */
double      cw_grid_figures_resolution_rate   (const CwGridFigures *figures);
double      cw_grid_figures_satisfaction_rate (const CwGridFigures *figures);
/* A rate as the township's tables print it: "91.3%", or "—". */
char       *cw_grid_format_rate          (double          rate);

/* Every grid in tree order (cw_grid_list(), retired ones too), then the
 * village's row. @from and @to are "YYYY-MM-DD", both included. */
GPtrArray  *cw_grid_figures_compute      (CwDatabase     *db,
                                          const char     *from,
                                          const char     *to,
                                          GError        **error);

/* The same rows with only the requests' figures (received, resolved,
 * evaluated, satisfied, overdue; the rest 0): what the requests ledger
 * shows, without counting 300 000 visits for it. */
GPtrArray  *cw_grid_figures_compute_requests (CwDatabase *db,
                                              const char *from,
                                              const char *to,
                                              GError    **error);

/* One grid's figures (its own and every grid's below it), as its row of
 * cw_grid_figures_compute() has them, counted by one statement over that
 * branch alone: what the window's panel of a grid shows, without
 * counting the whole village. Code, name, path and level are NULL. */
CwGridFigures *cw_grid_figures_compute_grid (CwDatabase *db,
                                             gint64      grid_id,
                                             const char *from,
                                             const char *to,
                                             GError    **error);

/* A period as the clerk names it: "2026-03" (a month), "2026Q1", "2026",
 * or a single day; @from and @to get its first and last day. For a month,
 * @year_from (may be NULL) gets the 1st of January, for 累计; otherwise
 * NULL. */
gboolean    cw_grid_period_parse         (const char     *text,
                                          char          **from,
                                          char          **to,
                                          char          **year_from,
                                          GError        **error);

G_END_DECLS
