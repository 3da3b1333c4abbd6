/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-operation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-output.h"
#include "report/common/cw-print-layout.h"
#include "ui/common/cw-files.h"
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

/* A check button on the dialog's tab of our own, for a boolean property. */
typedef struct
{
  GObject *object;
  char    *property;
  char    *label;
  char    *description;
} Option;

static void
option_free (gpointer data)
{
  Option *option = data;

  g_object_unref (option->object);
  g_free (option->property);
  g_free (option->label);
  g_free (option->description);
  g_free (option);
}

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

char *
cw_print_operation_default_file (const char *title)
{
  const char *folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *name = cw_ui_file_name (title, ".pdf");
  g_autofree char *path = NULL;

  /* Not /tmp, where GTK would put "output.pdf" with no documents folder
   * set up: the clerk would never find it again. */
  if (folder == NULL)
    folder = g_get_home_dir ();
  path = g_build_filename (folder, name, NULL);
  return g_filename_to_uri (path, NULL, NULL);
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
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
      g_autofree char *uri = cw_print_operation_default_file (job_name);

      gtk_print_operation_set_job_name (operation, job_name);
      /* "Print to File" offers the printout by its name, where the
       * clerk's documents are. */
      if (uri != NULL)
        gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_operation_set_print_settings (operation, settings);
    }
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

/* The options' tab, built each time the dialog opens; the check buttons
 * and the properties follow each other, so that the pages are laid out
 * with what was ticked when Print is pressed. */
static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         GPtrArray         *options)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  for (guint i = 0; i < options->len; i++)
    {
      Option *option = g_ptr_array_index (options, i);
      GtkWidget *check = gtk_check_button_new_with_label (option->label);

      g_object_bind_property (option->object, option->property, check, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (box), check);
      if (option->description != NULL)
        {
          GtkWidget *description = gtk_label_new (option->description);

          gtk_label_set_wrap (GTK_LABEL (description), TRUE);
          gtk_label_set_xalign (GTK_LABEL (description), 0);
          gtk_label_set_max_width_chars (GTK_LABEL (description), 60);
          /* Under the check button's label, not its box. */
          gtk_widget_set_margin_start (description, 30);
          gtk_widget_add_css_class (description, "dim-label");
          gtk_box_append (GTK_BOX (box), description);
        }
    }

  return G_OBJECT (box);
}

void
cw_print_operation_add_option (GtkPrintOperation *operation,
                               const char        *tab_label,
                               const char        *label,
                               const char        *description,
                               gpointer           object,
                               const char        *property)
{
  GPtrArray *options;
  Option *option;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (label != NULL);
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  options = g_object_get_data (G_OBJECT (operation), "cw-print-options");
  if (options == NULL)
    {
      options = g_ptr_array_new_with_free_func (option_free);
      g_object_set_data_full (G_OBJECT (operation), "cw-print-options", options,
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), options);
    }
  if (tab_label != NULL)
    gtk_print_operation_set_custom_tab_label (operation, tab_label);

  option = g_new0 (Option, 1);
  option->object = g_object_ref (object);
  option->property = g_strdup (property);
  option->label = g_strdup (label);
  option->description = g_strdup (description);
  g_ptr_array_add (options, option);
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
