/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_VISIT_DIALOG (cw_grid_visit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwGridVisitDialog, cw_grid_visit_dialog, CW, GRID_VISIT_DIALOG, AdwWindow)

/* What the window records. */
typedef enum
{
  CW_GRID_VISIT_DIALOG_VISIT,       /* a visit (走访) to a household */
  CW_GRID_VISIT_DIALOG_MUST_VISIT,  /* a must-visit (必访) raised by hand */
  CW_GRID_VISIT_DIALOG_PATROL,      /* a patrol (巡查) of a grid */
} CwGridVisitDialogKind;

/* A visit to a household (@id), typed in a few keystrokes: the day
 * (today), the visitor (the party member who looks after the household,
 * else its grid's head), routine or a must-visit event, what was found,
 * and whether it raised a request, which then opens the request editor
 * for the household (source 走访). For a must-visit raised by hand: an
 * event, the day, a note. For a patrol of the grid @id: the day, the
 * worker (the grid's head at first) and what was seen. A refusal is
 * shown in the window, keeping what was typed; the change is offered for
 * undo on @owner. */
CwGridVisitDialog *cw_grid_visit_dialog_new (GtkWidget             *owner,
                                             CwDatabase            *db,
                                             CwGridVisitDialogKind  kind,
                                             gint64                 id);
/* Picks @event (a must-visit event of cw_grid_must_visit_events, or ""
 * for a routine visit) as what the visit was for: the event a visit due
 * on the board is due for. */
void               cw_grid_visit_dialog_set_event (CwGridVisitDialog *self,
                                                   const char        *event);
/* Records (or raises) what the fields say; FALSE, the reason shown, when
 * refused. */
gboolean           cw_grid_visit_dialog_save (CwGridVisitDialog *self);

G_END_DECLS
