/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_REQUESTS_PAGE (cw_grid_requests_page_get_type ())
G_DECLARE_FINAL_TYPE (CwGridRequestsPage, cw_grid_requests_page, CW, GRID_REQUESTS_PAGE, CwListPage)

/* The requests board: every request and small wish not closed (closed
 * ones too when asked), with its deadline as of today and where it stands
 * — open, due soon, overdue, on hold, resolved — filtered by that and by
 * urgency and by grid (a grid of the top two levels with those below
 * it), searched by household, grid or text. Each step of the loop is
 * a button, dated today, with Undo. Keyed by number.
 * Actions: requests.new, requests.edit, requests.assign, requests.resolve,
 * requests.evaluate, requests.hold, subpage.reload. */
GtkWidget *cw_grid_requests_page_new      (CwDatabase         *db);
/* Shows the requests of the grid coded @code and those below it ("" or
 * NULL every grid); FALSE when the grid filter does not offer it. */
gboolean   cw_grid_requests_page_set_grid (CwGridRequestsPage *self,
                                           const char         *code);

G_END_DECLS
