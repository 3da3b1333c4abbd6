/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_TALLY_PAGE (cw_points_tally_page_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsTallyPage, cw_points_tally_page, CW, POINTS_TALLY_PAGE, AdwBin)

/* 季度公示: a quarter's tally with ranks in the village and the group,
 * filtered by group; publishing the quarter (after a confirmation: it
 * locks the quarter), objections during the publicity period, the printed
 * announcement (print dialog or PDF, one layout) and the township
 * workbook (in a worker thread, with progress and Cancel).
 * Actions: tally.publish, tally.objection, tally.objections, tally.print, tally.save-pdf,
 * tally.export, subpage.reload. */
GtkWidget  *cw_points_tally_page_new          (CwDatabase        *db);
/* "household" or "party", and a quarter such as "2026Q3"; FALSE when the
 * quarter is not in the list (it has no entries and is not published). */
gboolean    cw_points_tally_page_set_quarter  (CwPointsTallyPage *self,
                                               const char        *scheme,
                                               const char        *quarter);
const char *cw_points_tally_page_get_quarter  (CwPointsTallyPage *self);
/* Only the rows of one village group; NULL for all. */
void        cw_points_tally_page_set_group    (CwPointsTallyPage *self,
                                               const char        *group_name);
/* The rows shown, after the group filter and the search
 * (CwPointTallyRow, transfer none). */
GListModel *cw_points_tally_page_get_rows     (CwPointsTallyPage *self);
/* Selects the row of the subject @subject_id. */
gboolean    cw_points_tally_page_select       (CwPointsTallyPage *self,
                                               gint64             subject_id);
/* The objections of the quarter shown, open ones first (transfer full). */
GListModel *cw_points_tally_page_get_objections (CwPointsTallyPage *self);
/* Opens the window that lists them, each with its state, an open one with
 * a Decide button (transfer none); NULL without a quarter. */
GtkWindow  *cw_points_tally_page_show_objections (CwPointsTallyPage *self);
/* What the Decide dialog does: outcome "upheld" or "dismissed", a note and
 * the date as typed. When upheld, a dialog reminds the clerk that the
 * correction goes into the open quarter and offers the Entry page. */
gboolean    cw_points_tally_page_decide_objection (CwPointsTallyPage  *self,
                                                   gint64              id,
                                                   const char         *outcome,
                                                   const char         *note,
                                                   const char         *decided_on,
                                                   GError            **error);
/* Runs the print operation — the same code path as the print dialog —
 * exporting to a PDF file instead of a printer. */
gboolean    cw_points_tally_page_print_to_pdf (CwPointsTallyPage *self,
                                               const char        *path,
                                               GError           **error);

/* What Save as PDF and Export Workbook do once a file is chosen: the job
 * runs in a worker thread under the job bar; a toast says when it is done. */
void        cw_points_tally_page_save_pdf     (CwPointsTallyPage *self,
                                               const char        *path);
void        cw_points_tally_page_export       (CwPointsTallyPage *self,
                                               const char        *path);
/* TRUE while such a job runs. */
gboolean    cw_points_tally_page_get_busy     (CwPointsTallyPage *self);

G_END_DECLS
