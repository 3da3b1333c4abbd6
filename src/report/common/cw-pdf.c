/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "report/common/cw-pdf.h"

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} PdfSink;

static cairo_status_t
write_pdf (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
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
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *folder = NULL;
  PdfSink sink = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int pages;

  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("Cannot save “%s”: the folder “%s” does not exist."), path, folder);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  abandon = g_cancellable_new ();
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local);
  if (stream == NULL)
    {
      g_set_error (error, CW_ERROR,
                   g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
                   g_error_matches (local, G_IO_ERROR, G_IO_ERROR_READ_ONLY)
                   ? CW_ERROR_READ_ONLY : CW_ERROR_FAILED,
                   _("Cannot save “%s”: %s"), path, local->message);
      return FALSE;
    }
  sink.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (write_pdf, &sink, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT);
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cunwu " PACKAGE_VERSION);
  cr = cairo_create (surface);

  pages = paginate (layout, cr, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT);
  for (int page = 0; page < pages; page++)
    {
      draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Closing a cancelled replace stream leaves the old file alone. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED, _("Cannot save “%s”: %s"), path,
                   sink.error != NULL ? sink.error->message : cairo_status_to_string (status));
      g_clear_error (&sink.error);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED, _("Cannot save “%s”: %s"), path, local->message);
      return FALSE;
    }

  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
