/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-output.h"
#include "report/common/cw-pdf.h"

/* Cairo's sink: the first failure is kept and every later write refused,
 * so the surface ends in an error and the file is never put in place. */
typedef struct
{
  CwOutput *output;
  GError   *error;
} PdfSink;

static cairo_status_t
write_pdf (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!cw_output_write (sink->output, data, length, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
cw_pdf_save_a4 (const char         *path,
                const char         *title,
                gpointer            layout,
                CwPdfPaginateFunc   paginate,
                CwPdfDrawPageFunc   draw_page,
                int                *n_pages,
                GError            **error)
{
  return cw_pdf_save_sized (path, title, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT, layout, paginate, draw_page,
                            n_pages, error);
}

gboolean
cw_pdf_save_sized (const char         *path,
                   const char         *title,
                   double              page_w,
                   double              page_h,
                   gpointer            layout,
                   CwPdfPaginateFunc   paginate,
                   CwPdfDrawPageFunc   draw_page,
                   int                *n_pages,
                   GError            **error)
{
  g_autoptr(CwOutput) output = NULL;
  PdfSink sink = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int pages;

  g_return_val_if_fail (path != NULL, FALSE);

  output = cw_output_new (NULL, path, CW_OUTPUT_DEFAULT, error);
  if (output == NULL)
    return FALSE;
  sink.output = output;

  surface = cairo_pdf_surface_create_for_stream (write_pdf, &sink, page_w, page_h);
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cunwu " PACKAGE_VERSION);
  cr = cairo_create (surface);

  pages = paginate (layout, cr, page_w, page_h);
  for (int page = 0; page < pages && sink.error == NULL; page++)
    {
      draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* The temporary file goes with the output; the name keeps what it had. */
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CW_ERROR, CW_ERROR_FAILED, _("Cannot save “%s”: %s"), display,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!cw_output_commit (output, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
