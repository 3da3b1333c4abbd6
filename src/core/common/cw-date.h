/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates as the office writes them: 2026-11-23, 2026/11/23, 2026.11.23,
 * 20261123 or 2026年11月23日, months and days with or without their
 * leading zero, in full-width digits too (２０２６年１１月２３日), and with
 * the time Excel and WPS put after a date cell formatted with one
 * (2026/11/23 00:00:00, 2026-11-23 8:30). A date that does not exist
 * (2026-02-30) is an error that says so. */
gboolean  cw_date_parse   (const char   *text,
                           GDate        *out,
                           GError      **error);
/* What a spreadsheet's date cell may hold once saved as CSV: every form
 * of cw_date_parse(), and Excel's serial day number (22647 is 1962-01-01;
 * a fraction is the time of day), counted as Excel counts, with its 1900
 * leap year that never was (60 would be 1900-02-29, and is refused). A
 * four-digit number from 1800 to 2199 is a year, not a serial number, and
 * is refused. For imports; a person typing a date means no serial
 * number. */
gboolean  cw_date_parse_cell (const char *text,
                              GDate      *out,
                              GError    **error);
/* A year and month without the day, as 出生年月 columns hold them
 * (1962年1月, 1962-01, 1962.1, 1962/1, 196201). */
gboolean  cw_date_parse_month (const char *text,
                               guint      *year,
                               guint      *month);
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
