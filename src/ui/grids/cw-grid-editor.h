/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/grids/cw-grid.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_EDITOR (cw_grid_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwGridEditor, cw_grid_editor, CW, GRID_EDITOR, CwRecordEditor)

/* A grid in a window of its own: code (new grids only), name, level, the
 * parent's code, and the grid head with the head's phone. */
CwGridEditor *cw_grid_editor_new (GtkWidget  *owner,
                                  CwDatabase *db,
                                  CwGrid     *grid);

G_END_DECLS
