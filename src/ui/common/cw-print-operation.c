/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-operation"

#include "config.h"

#include "core/common/cw-output.h"
#include "report/common/cw-print-layout.h"
#include "ui/common/cw-print-operation.h"

typedef struct
{
  GObject           *layout;
  CwPdfPaginateFunc  paginate;
  CwPdfDrawPageFunc  draw_page;
} Pages;

typedef struct
{
  CwPrintDoneFunc done;
  gboolean        over;
} Done;

static void
pages_free (gpointer data,
            GClosure *closure)
{
  Pages *pages = data;

  g_object_unref (pages->layout);
  g_free (pages);
}

/* GTK's "Print to File" replaces the file its dialog names in the output
 * URI: that name is checked as any of ours. Cancelled now, before a page
 * is drawn, the operation never opens the file; "done" tells why. */
static gboolean
output_refused (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *uri = settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;
  g_autofree char *path = uri != NULL ? g_filename_from_uri (uri, NULL, NULL) : NULL;
  GError *error = NULL;

  if (path == NULL || cw_output_check_destination (NULL, path, CW_OUTPUT_DEFAULT, &error))
    return FALSE;
  g_object_set_data_full (G_OBJECT (operation), "cw-print-refused", error, (GDestroyNotify) g_error_free);
  gtk_print_operation_cancel (operation);
  return TRUE;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Pages             *pages)
{
  int n_pages;

  if (output_refused (operation))
    return;
  n_pages = pages->paginate (pages->layout, gtk_print_context_get_cairo_context (context),
                             gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Pages             *pages)
{
  pages->draw_page (pages->layout, gtk_print_context_get_cairo_context (context), page);
}

GtkPrintOperation *
cw_print_operation_new (const char        *job_name,
                        gpointer           layout,
                        CwPdfPaginateFunc  paginate,
                        CwPdfDrawPageFunc  draw_page)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;
  Pages *pages;

  g_return_val_if_fail (G_IS_OBJECT (layout), NULL);
  g_return_val_if_fail (paginate != NULL && draw_page != NULL, NULL);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  if (job_name != NULL)
    gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  pages = g_new0 (Pages, 1);
  pages->layout = g_object_ref (layout);
  pages->paginate = paginate;
  pages->draw_page = draw_page;
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), pages, pages_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), pages);
  return operation;
}

GtkPrintOperation *
cw_print_operation_new_for_table (CwPrintTable *table)
{
  g_autoptr(CwPrintLayout) layout = NULL;

  g_return_val_if_fail (CW_IS_PRINT_TABLE (table), NULL);

  layout = cw_print_layout_new (table);
  return cw_print_operation_new (cw_print_table_get_title (table), layout,
                                 (CwPdfPaginateFunc) cw_print_layout_paginate,
                                 (CwPdfDrawPageFunc) cw_print_layout_draw_page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWidget               *widget)
{
  Done *done = g_object_get_data (G_OBJECT (operation), "cw-print-done");
  const GError *refused = g_object_get_data (G_OBJECT (operation), "cw-print-refused");
  g_autoptr(GError) error = NULL;

  if (refused != NULL)
    error = g_error_copy (refused);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  done->done (widget, error);
}

/* Connected after done_cb, and called also when the widget has gone. */
static void
release_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            Done                    *done)
{
  done->over = TRUE;
  g_object_unref (operation);
}

gboolean
cw_print_operation_run_dialog (GtkPrintOperation  *operation,
                               GtkWidget          *widget,
                               CwPrintDoneFunc     done,
                               GError            **error)
{
  g_autoptr(GtkPrintOperation) held = NULL;
  g_autoptr(GError) local = NULL;
  GtkRoot *root;
  Done *data;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (done != NULL, FALSE);

  /* The caller's @done may drop the caller's reference before run()
   * returns, and "done" ours. */
  held = g_object_ref (operation);

  data = g_new0 (Done, 1);
  data->done = done;
  g_object_set_data_full (G_OBJECT (operation), "cw-print-done", data, g_free);
  /* Kept until "done", which also comes when the dialog is cancelled. */
  g_object_ref (operation);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), widget, 0);
  g_signal_connect (operation, "done", G_CALLBACK (release_cb), data);
  gtk_print_operation_set_allow_async (operation, TRUE);

  root = gtk_widget_get_root (widget);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &local) == GTK_PRINT_OPERATION_RESULT_ERROR && !data->over)
    {
      /* Failed before the dialog: no "done" will come. */
      g_signal_handlers_disconnect_by_func (operation, done_cb, widget);
      g_signal_handlers_disconnect_by_func (operation, release_cb, data);
      g_object_unref (operation);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_print_operation_export (GtkPrintOperation  *operation,
                           const char         *path,
                           GError            **error)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}
