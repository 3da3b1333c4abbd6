/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* A printed table (cw-print-table.h) on pages: the one paginate and the one
 * draw-page of every printed table, for the PDF (cw_print_layout_save_pdf())
 * and the print dialog (GtkPrintOperation's "begin-print" and "draw-page"
 * call paginate() and draw_page() with the print context's cairo_t; see
 * ui/common/cw-print-operation.h).
 *
 * All lengths are points (1/72 inch): a print operation's unit is
 * GTK_UNIT_POINTS, on the full page, since the layout keeps its own
 * margins. Text is laid out on the layout's own Pango context, with
 * hinting of metrics off, so what was measured on one cairo_t draws the
 * same on another.
 *
 * Column widths: fixed shares as they are; the others as wide as their
 * widest cell, and when that is more than the page, headers go to two
 * lines, then the columns give way in their order, then (a list) the type
 * gets smaller, and only then is every column narrowed alike — cells
 * wrap or end in "…" within their column, never over the next one.
 *
 * Pages: rows while they fit under the header; a section's heading keeps
 * its header and first three rows with it; the last row keeps the total;
 * the closing lines and the signature block stay together, on the last
 * page. */

#define CW_TYPE_PRINT_LAYOUT (cw_print_layout_get_type ())
G_DECLARE_FINAL_TYPE (CwPrintLayout, cw_print_layout, CW, PRINT_LAYOUT, GObject)

CwPrintLayout *cw_print_layout_new        (CwPrintTable   *table);

/* Lays the table out on pages of @page_w × @page_h points (A4 portrait
 * is CW_PDF_A4_WIDTH × CW_PDF_A4_HEIGHT), measuring on @measuring_cr, and
 * returns the number of pages (at least 1). May be called again for
 * another size. A CwPdfPaginateFunc. */
int            cw_print_layout_paginate   (CwPrintLayout  *self,
                                           cairo_t        *measuring_cr,
                                           double          page_w,
                                           double          page_h);

/* Draws page @page (0-based) onto @cr, origin at the page's top left
 * corner; paginate() must have been called. A CwPdfDrawPageFunc. */
void           cw_print_layout_draw_page  (CwPrintLayout  *self,
                                           cairo_t        *cr,
                                           int             page);

/* For a layout printed inside a bigger document (a case file): the
 * footer of its page @page reads "Page @first_page + @page + 1 of
 * @n_pages", the document's numbering, instead of its own. @n_pages 0
 * goes back to its own numbering. */
void           cw_print_layout_set_page_numbering (CwPrintLayout *self,
                                                   int            first_page,
                                                   int            n_pages);

/* The page paginate() put a row on (0-based), or -1; for the tests. */
int            cw_print_layout_get_row_page (CwPrintLayout *self,
                                             guint          row);

/* Writes the table as an A4 PDF with its fonts embedded, replaced only
 * when complete (cw_pdf_save_a4()). @n_pages may be NULL. */
gboolean       cw_print_layout_save_pdf   (CwPrintLayout  *self,
                                           const char     *path,
                                           int            *n_pages,
                                           GError        **error);

/* The same for a table, in one call. */
gboolean       cw_print_table_save_pdf    (CwPrintTable   *table,
                                           const char     *path,
                                           int            *n_pages,
                                           GError        **error);

G_END_DECLS
