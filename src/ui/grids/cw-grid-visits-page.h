/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_VISITS_PAGE (cw_grid_visits_page_get_type ())
G_DECLARE_FINAL_TYPE (CwGridVisitsPage, cw_grid_visits_page, CW, GRID_VISITS_PAGE, CwListPage)

/* The visits due today: open must-visits first (a death, a birth or a
 * split in the households register raises them by itself), then the
 * households whose routine visit is due, searched by 户号, head or grid.
 * A visit is recorded from its row in two keystrokes and a name, dated
 * today, with Undo. Actions: visits.record, subpage.reload. */
GtkWidget *cw_grid_visits_page_new (CwDatabase *db);

G_END_DECLS
