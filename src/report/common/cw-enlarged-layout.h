/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "report/common/cw-print-layout.h"

G_BEGIN_DECLS

/* A printed table laid out as on A4 portrait and drawn enlarged to fill
 * the width of the paper it goes on, as a copier enlarges: on A3 every
 * line, cell and letter is √2 times as large, for a notice board read
 * from a step back, and the pages break where the A4 ones do. On A4 it
 * is the table's own layout. Its paginate and draw-page are cw-pdf.h's,
 * for the PDF, the print dialog (any paper) and a preview alike. */

#define CW_TYPE_ENLARGED_LAYOUT (cw_enlarged_layout_get_type ())
G_DECLARE_FINAL_TYPE (CwEnlargedLayout, cw_enlarged_layout, CW, ENLARGED_LAYOUT, GObject)

CwEnlargedLayout *cw_enlarged_layout_new       (CwPrintTable     *table);
/* A CwPdfPaginateFunc: the number of pages on @page_w × @page_h points. */
int               cw_enlarged_layout_paginate  (CwEnlargedLayout *self,
                                                cairo_t          *measuring_cr,
                                                double            page_w,
                                                double            page_h);
/* A CwPdfDrawPageFunc. */
void              cw_enlarged_layout_draw_page (CwEnlargedLayout *self,
                                                cairo_t          *cr,
                                                int               page);

G_END_DECLS
