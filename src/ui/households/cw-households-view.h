/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-import-dialog.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLDS_VIEW (cw_households_view_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdsView, cw_households_view, CW, HOUSEHOLDS_VIEW, AdwBin)

/* The households register (户籍台账): every household in a sortable
 * table, searched as the clerk types (户号, names, ID numbers, phones,
 * pinyin) and filtered by group, tag and status; the chosen household's
 * members below; editors for households and persons, status changes,
 * moves and splits, each undoable; roster import and export; and the care
 * lists (CwCareListView) as a second section.
 *
 * Actions ("households." prefix): find, toggle-care-lists, add,
 * add-member, edit, edit-household, split, household-status, edit-member,
 * member-status, make-head, move-member, member-menu, import,
 * export-roster, export-masked-roster, export, print; and page.reload
 * (cw-households-view-actions.c). */
GtkWidget      *cw_households_view_new           (CwDatabase       *db);

/* For tests and the benchmark. */
/* The households shown (sorted and filtered). */
GListModel     *cw_households_view_get_model     (CwHouseholdsView *self);
/* Every household loaded. */
GListModel     *cw_households_view_get_households (CwHouseholdsView *self);
/* The chosen household's members (a GtkSingleSelection), or NULL. */
GListModel     *cw_households_view_get_members   (CwHouseholdsView *self);
gboolean        cw_households_view_select        (CwHouseholdsView *self,
                                                  gint64            household_id);
/* Types @query into the search and filters at once. */
void            cw_households_view_set_query     (CwHouseholdsView *self,
                                                  const char       *query);
GtkWidget      *cw_households_view_get_care_view (CwHouseholdsView *self);
/* How long the last full load took, in microseconds. */
gint64          cw_households_view_get_load_time (CwHouseholdsView *self);
/* Opens the import dialog without choosing a file. */
CwImportDialog *cw_households_view_import        (CwHouseholdsView *self);
/* Writes the roster to @path in a worker, with progress in the view. */
void            cw_households_view_export_roster (CwHouseholdsView *self,
                                                  const char       *path,
                                                  gboolean          masked);
gboolean        cw_households_view_get_exporting (CwHouseholdsView *self);

G_END_DECLS
