/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/common/cw-import-report.h"

G_BEGIN_DECLS

/* What the window tests wait for, as conditions of cw_test_wait_while()
 * (each TRUE while the wait goes on): cw_test_wait_while
 * (cw_test_import_busy, dialog). */

/* The import dialog (CwImportDialog) checks or imports a file. */
gboolean   cw_test_import_busy        (gpointer dialog);
/* The welcome page (CwWelcomePage) makes a village. */
gboolean   cw_test_welcome_busy       (gpointer welcome);
/* The households view (CwHouseholdsView) writes a workbook. */
gboolean   cw_test_households_exporting (gpointer view);
/* No regular file at @path (a char *) yet: the program writes a file
 * beside it and renames it into place, so it is there when whole. */
gboolean   cw_test_no_file            (gpointer path);

/* Opens @file in @dialog (a CwImportDialog) as its file chooser does and
 * waits for the check: the report of that dry run (transfer none). */
CwImportReport *cw_test_import_check (gpointer dialog,
                                      GFile   *file);
/* Presses Import in @dialog and waits for the import: its report
 * (transfer none). */
CwImportReport *cw_test_import_run   (gpointer dialog);

/* @widget (a window just presented, a dialog) once it is drawn: on a
 * busy machine a window is mapped and given its size a while after it
 * is presented, and a screenshot or a click needs it drawn. */
GtkWidget *cw_test_wait_drawn         (gpointer widget);

G_END_DECLS
