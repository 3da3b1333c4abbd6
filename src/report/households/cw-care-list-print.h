/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person-query.h"

G_BEGIN_DECLS

/* A care list on paper (the Double-Ninth gift list, 高龄, a care tag, party
 * members): the title, then a table whose header row is repeated on every
 * page, "Page 1 of N" at the foot of each page and the total under the
 * last row. Cells wrap long names and tags within their column, never
 * over the next one.
 *
 * One layout serves every output: cw_care_list_print_pdf() below, and the
 * print dialog (GtkPrintOperation's "paginate"/"draw-page" call
 * get_n_pages() and draw_page() with the print context's cairo_t). All
 * lengths are points (1/72 inch): set the print operation's unit to
 * GTK_UNIT_POINTS. The layout keeps margins of 12 mm inside the page it
 * is given, with room for the page numbers at the foot. Text is laid out
 * with hinting of metrics off, so what was measured on one cairo_t draws
 * the same on another.
 *
 * Printouts leave the office: ask for @masked (ID "430421********1234",
 * phone "138****5678") unless the full numbers are really wanted. */

#define CW_TYPE_CARE_LIST_LAYOUT (cw_care_list_layout_get_type ())
G_DECLARE_FINAL_TYPE (CwCareListLayout, cw_care_list_layout, CW, CARE_LIST_LAYOUT, GObject)

/* Reads the persons at once (errors as cw_person_query_run()). */
CwCareListLayout *cw_care_list_layout_new         (CwDatabase           *db,
                                                   const CwPersonQuery  *query,
                                                   gboolean              masked,
                                                   GError              **error);

/* Lays the list out on pages of @page_w × @page_h points (A4 portrait is
 * 595.28 × 841.89), measuring text on @measuring_cr, and returns the
 * number of pages (at least 1: an empty list still prints its title and
 * "Total: 0 persons"). May be called again for another page size. */
int               cw_care_list_layout_get_n_pages (CwCareListLayout     *self,
                                                   cairo_t              *measuring_cr,
                                                   double                page_w,
                                                   double                page_h);

/* Draws page @page (0-based) onto @cr, whose origin is the page's top
 * left corner; cw_care_list_layout_get_n_pages() must have been called. */
void              cw_care_list_layout_draw_page   (CwCareListLayout     *self,
                                                   cairo_t              *cr,
                                                   int                   page);

/* Writes the list as an A4 PDF with its fonts embedded. The file is
 * replaced only when complete. Returns the number of pages in @n_pages
 * (may be NULL). */
gboolean          cw_care_list_print_pdf          (CwDatabase           *db,
                                                   const CwPersonQuery  *query,
                                                   gboolean              masked,
                                                   const char           *path,
                                                   int                  *n_pages,
                                                   GError              **error);

G_END_DECLS
