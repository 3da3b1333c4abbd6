/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/grids/cw-grid-request.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_REQUEST_EDITOR (cw_grid_request_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwGridRequestEditor, cw_grid_request_editor, CW, GRID_REQUEST_EDITOR, CwRecordEditor)

/* A request received in a window of its own: the household (户号), the
 * day, source, category, what is asked, urgency and whether it is a small
 * wish. A request received already changes its source, category and text
 * only: its household, day and urgency, and so its deadline, stay. */
CwGridRequestEditor *cw_grid_request_editor_new (GtkWidget     *owner,
                                                 CwDatabase    *db,
                                                 CwGridRequest *request);
/* A new request whose fields start as @prefill's (its household, day,
 * source …); the cursor in the first field left to type. */
CwGridRequestEditor *cw_grid_request_editor_new_from (GtkWidget     *owner,
                                                      CwDatabase    *db,
                                                      CwGridRequest *prefill);

G_END_DECLS
