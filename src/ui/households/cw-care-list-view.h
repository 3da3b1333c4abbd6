/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_CARE_LIST_VIEW (cw_care_list_view_get_type ())
G_DECLARE_FINAL_TYPE (CwCareListView, cw_care_list_view, CW, CARE_LIST_VIEW, AdwBin)

/* The care lists, computed from the register: the Double Ninth gift (men
 * and women from an age each, on a day: the next festival by default),
 * the very old, party members, and each care tag; shown with a count,
 * exported to .xlsx, printed, or saved as PDF (masked by default). The
 * table shows the same columns and title as the files, from the same
 * code (report/cw-roster-export.h). */
GtkWidget *cw_care_list_view_new           (CwDatabase     *db);
guint      cw_care_list_view_get_n_persons (CwCareListView *self);
/* TRUE while a file is being written. */
gboolean   cw_care_list_view_get_busy      (CwCareListView *self);
/* Writes the list shown to @path (.xlsx, or PDF with @pdf) in a worker. */
void       cw_care_list_view_export        (CwCareListView *self,
                                            const char     *path,
                                            gboolean        pdf);
/* The print dialog; with @export_path, prints to that PDF file through
 * the same print operation without a dialog. */
gboolean   cw_care_list_view_print         (CwCareListView *self,
                                            const char     *export_path,
                                            GError        **error);

G_END_DECLS
