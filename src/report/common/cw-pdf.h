/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A4 in PostScript points, the unit of every page layout. */
#define CW_PDF_A4_WIDTH  595.2756
#define CW_PDF_A4_HEIGHT 841.8898
/* A3, for a large notice board. */
#define CW_PDF_A3_WIDTH  841.8898
#define CW_PDF_A3_HEIGHT 1190.5512

/* A page layout as every printout has one, so that the PDF and the print
 * dialog (GtkPrintOperation's paginate and draw-page) share one code path. */
typedef int  (*CwPdfPaginateFunc) (gpointer  layout,
                                   cairo_t  *measuring_cr,
                                   double    page_w,
                                   double    page_h);
typedef void (*CwPdfDrawPageFunc) (gpointer  layout,
                                   cairo_t  *cr,
                                   int       page);

/* Writes the layout as an A4 PDF, fonts embedded, through a CwOutput: the
 * file appears (or replaces the old one) only when complete, and never
 * over a village's database. A missing folder, a read-only file, a full
 * disk and a write error are GErrors naming the file. @n_pages may be
 * NULL. */
gboolean cw_pdf_save_a4 (const char         *path,
                         const char         *title,
                         gpointer            layout,
                         CwPdfPaginateFunc   paginate,
                         CwPdfDrawPageFunc   draw_page,
                         int                *n_pages,
                         GError            **error);

/* The same on pages of @page_w × @page_h points (A3 …). */
gboolean cw_pdf_save_sized (const char         *path,
                            const char         *title,
                            double              page_w,
                            double              page_h,
                            gpointer            layout,
                            CwPdfPaginateFunc   paginate,
                            CwPdfDrawPageFunc   draw_page,
                            int                *n_pages,
                            GError            **error);

G_END_DECLS
