/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The widest cell of each column of @table in @font, for the columns
 * whose widths follow their cells (share 0) or that wrap (only a column
 * narrower than its widest cell has cells on several lines); 0 for the
 * others, which are never measured. */
void     cw_print_measure_widest (PangoContext                *context,
                                  const PangoFontDescription  *font,
                                  CwPrintTable                *table,
                                  double                      *widest);

/* The widths of a printed table's columns that fit their content (share
 * 0), for CwPrintLayout: each as wide as @natural (its widest cell, at
 * the type size of @header_font) and its header, plus @pad, and at least
 * its min_ems. When that is more than @available, headers go to two
 * lines first, then the columns give way in their order — never so far
 * that their widest cell needs more than @max_lines lines — and only then
 * is every such column narrowed alike (FALSE). Spare room goes to them
 * all alike, so that the table spans the page. Other columns' @widths are
 * left as they are. */
gboolean cw_print_fit_columns (PangoContext                *context,
                               const PangoFontDescription  *header_font,
                               CwPrintTable                *table,
                               const double                *natural,
                               double                       pad,
                               int                          max_lines,
                               double                       available,
                               double                      *widths);

G_END_DECLS
