/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/grids/cw-grid.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_PANEL (cw_grid_panel_get_type ())
G_DECLARE_FINAL_TYPE (CwGridPanel, cw_grid_panel, CW, GRID_PANEL, AdwBin)

/* One grid's own panel, beside the grid tree: its name, path and level,
 * its head and workers with their phones (this is the office's window;
 * nothing printed for a notice board comes from here), this year's
 * figures, and its households (the grid's and those below it) with their
 * last visit and what is due. Read when a grid is shown, not before, and
 * again when the database changes (a visit or a request entered anywhere);
 * the figures, one statement over the grid's branch, come from a worker. */
GtkWidget  *cw_grid_panel_new        (CwDatabase  *db);
/* Reads and shows @grid's panel; NULL empties it. */
void        cw_grid_panel_show_grid  (CwGridPanel *self,
                                      CwGrid      *grid);
/* Whether the households or the year's figures are still being read (in
 * workers): the households shown are the grid's only once it is not. */
gboolean    cw_grid_panel_get_busy   (gpointer     panel);
/* The households shown (CwGridVisitItem items). Transfer none. */
GListModel *cw_grid_panel_get_households (CwGridPanel *self);

G_END_DECLS
