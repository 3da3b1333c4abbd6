/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_VISIT_DIALOG (cw_grid_visit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwGridVisitDialog, cw_grid_visit_dialog, CW, GRID_VISIT_DIALOG, AdwWindow)

/* A visit (走访) to one household, typed in a few keystrokes: the day
 * (today), the visitor (the party member who looks after the household,
 * else its grid's head), routine or a must-visit event, what was found,
 * and whether it raised a request, which then opens the request editor
 * for the household (source 走访). With @raise, the same window raises a
 * must-visit by hand instead (an event, the day, a note). A refusal is
 * shown in the window, keeping what was typed; the change is offered for
 * undo on @owner. */
CwGridVisitDialog *cw_grid_visit_dialog_new (GtkWidget  *owner,
                                             CwDatabase *db,
                                             gint64      household_id,
                                             gboolean    raise);
/* Records (or raises) what the fields say; FALSE, the reason shown, when
 * refused. */
gboolean           cw_grid_visit_dialog_save (CwGridVisitDialog *self);

G_END_DECLS
