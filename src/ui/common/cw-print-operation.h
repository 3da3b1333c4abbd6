/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "report/common/cw-pdf.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The system print dialog over a page layout: the paginate and draw-page
 * of cw-pdf.h that every printout has (a printed table's are
 * cw-print-layout.h's), so paper and PDF come from one code path.
 *
 * A4 portrait is offered; whatever paper is chosen, the layout paginates
 * for it. Lengths are points (GTK_UNIT_POINTS) on the full page, since
 * layouts keep their own margins. */

/* file:///home/…/Documents/@title.pdf (the home folder when there is no
 * documents folder): where the dialog's "Print to File" offers to write,
 * named after what is printed rather than "output.pdf". */
char              *cw_print_operation_default_file  (const char          *title);

/* Called once the print job is handed over, cancelled, or has failed
 * (@error is then set, for the caller to show); "Print to File" over a
 * village's database (cw-output.h) is such a failure. */
typedef void (*CwPrintDoneFunc) (GtkWidget    *widget,
                                 const GError *error);

/* @layout is a GObject, kept as long as the operation. A4 portrait, and
 * with a @job_name, "Print to File" offers cw_print_operation_default_file(). */
GtkPrintOperation *cw_print_operation_new           (const char          *job_name,
                                                     gpointer             layout,
                                                     CwPdfPaginateFunc    paginate,
                                                     CwPdfDrawPageFunc    draw_page);
/* The same for a printed table, laid out by CwPrintLayout; the job is
 * named after its title. */
GtkPrintOperation *cw_print_operation_new_for_table (CwPrintTable        *table);

/* A check button reading @label, with @description (may be NULL) under
 * it, on the print dialog's tab @tab_label (NULL: as before), for the
 * boolean @property of @object (kept as long as the operation): ticked as
 * the property is, and the property set as it is ticked, before the pages
 * are laid out. */
void               cw_print_operation_add_option    (GtkPrintOperation   *operation,
                                                     const char          *tab_label,
                                                     const char          *label,
                                                     const char          *description,
                                                     gpointer             object,
                                                     const char          *property);

/* Shows the print dialog over @widget's window and prints without
 * blocking; @done is called with @widget when it is over, unless @widget
 * is finalized first. FALSE with @error when the dialog cannot be shown
 * (@done is not called then). */
gboolean           cw_print_operation_run_dialog    (GtkPrintOperation   *operation,
                                                     GtkWidget           *widget,
                                                     CwPrintDoneFunc      done,
                                                     GError             **error);

/* The same pages into the PDF file @path, without a dialog, before it
 * returns: the print dialog's own code path, for the tests. */
gboolean           cw_print_operation_export        (GtkPrintOperation   *operation,
                                                     const char          *path,
                                                     GError             **error);

G_END_DECLS
