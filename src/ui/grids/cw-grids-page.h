/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_GRIDS_PAGE (cw_grids_page_get_type ())
G_DECLARE_FINAL_TYPE (CwGridsPage, cw_grids_page, CW, GRIDS_PAGE, CwListPage)

/* The grid tree: every grid under its parent, indented, with its head,
 * workers and the households in it and below it; what needs attention
 * (households in no grid, grids with no head) in the count line. Grids
 * are added and edited in an editor window, retired, and imported from
 * CSV with their households and party links. Keyed by code.
 * Actions: grids.new, grids.edit, grids.retire, grids.patrol,
 * grids.link-member, grids.save-visit-sheet, grids.print-visit-sheet,
 * grids.import-grids,
 * grids.import-households, grids.import-links, subpage.reload. */
GtkWidget *cw_grids_page_new         (CwDatabase  *db);
/* Shows only the grid coded @code and the grids below it (NULL or "":
 * every grid), as the tree beside the list picks it. */
void       cw_grids_page_show_branch (CwGridsPage *self,
                                      const char  *code);
/* Saves the visit sheet of the grid selected (every grid when none) as
 * of today to @path as PDF, as a job (its toast says when it is done). */
void       cw_grids_page_save_visit_sheet (CwGridsPage *self,
                                           const char  *path);

G_END_DECLS
