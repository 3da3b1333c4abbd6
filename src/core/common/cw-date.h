/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates as the office writes them: 2026-11-23, 2026/11/23, 2026.11.23,
 * 20261123 or 2026年11月23日. A date that does not exist (2026-02-30) is an
 * error that says so. */
gboolean  cw_date_parse   (const char   *text,
                           GDate        *out,
                           GError      **error);
/* "YYYY-MM-DD"; "" for an invalid date. */
char     *cw_date_format  (const GDate  *date);
void      cw_date_today   (GDate        *out);
/* Today as "YYYY-MM-DD". */
char     *cw_date_today_text (void);
/* A date as typed (2026/3/5, 2026年3月5日 …, spaces around it allowed)
 * as "YYYY-MM-DD"; NULL with @error set when it is not a date. */
char     *cw_date_normalize  (const char   *text,
                              GError      **error);
/* Age in whole years on the given day (a birthday counts on the day). */
int       cw_date_age_on  (const GDate  *birth,
                           const GDate  *on);

G_END_DECLS
