/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the report tests share: reading their files back with programs
 * nobody here wrote (poppler's pdftotext and pdffonts, LibreOffice), and
 * removing their temporary folders. */

/* The text of page @page (1-based; 0 = every page) as pdftotext lays it
 * out, the pages parted by form feeds. */
char      *cw_report_test_text                (const char          *pdf,
                                               int                  page);
/* The CJK print font is embedded, as TrueType (cw-print-font.h). */
void       cw_report_test_assert_cjk_embedded (const char          *pdf);

/* A word on a page, as poppler places it, in points from the top left. */
typedef struct
{
  int     page;   /* 1-based */
  double  x0, y0, x1, y1;
  char   *text;
} CwReportWord;

/* Every word of @pdf (CwReportWord), page by page. */
GPtrArray *cw_report_test_words               (const char          *pdf);
/* No two words of a page overlap (the test fails naming them); returns
 * how many words there are. */
guint      cw_report_test_assert_no_overlap   (const char          *pdf);
/* Nothing on @pdf is ellipsized: every word is drawn whole (the test
 * fails naming the one that is not). */
void       cw_report_test_assert_nothing_elided (const char        *pdf);

/* LibreOffice's CSV of every sheet of @xlsx (made in @outdir), by sheet
 * name: each a GPtrArray of records, each a NULL-terminated GStrv. */
GHashTable *cw_report_test_read_workbook      (const char          *xlsx,
                                               const char          *outdir);

G_END_DECLS
