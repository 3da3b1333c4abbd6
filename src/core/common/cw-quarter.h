/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar quarters, the points scheme's cycle, written "2026Q3". */

/* Accepts 2026Q3, 2026q3, 2026-Q3, 2026-3 and 2026年第三季度 / 2026年第3季度;
 * writes the canonical "2026Q3" into *quarter. */
gboolean  cw_quarter_parse       (const char  *text,
                                  char       **quarter,
                                  GError     **error);
/* The quarter a date (YYYY-MM-DD) falls in; NULL for an invalid date. */
char     *cw_quarter_of_date     (const char  *date);
/* The quarter today falls in. */
char     *cw_quarter_current     (void);
/* First and last day, as YYYY-MM-DD. */
void      cw_quarter_bounds      (const char  *quarter,
                                  char       **first_day,
                                  char       **last_day);
/* "2026Q1" of the same year, for year-to-date sums. */
char     *cw_quarter_first_of_year (const char *quarter);
/* For titles: "2026年第三季度" in Chinese, "Q3 2026" in English. */
char     *cw_quarter_label       (const char  *quarter);
/* The quarter before, e.g. 2026Q1 → 2025Q4. */
char     *cw_quarter_previous    (const char  *quarter);

G_END_DECLS
