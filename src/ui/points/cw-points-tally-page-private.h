/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/points/cw-point-tally.h"
#include "ui/common/cw-job-bar.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/points/cw-points-tally-page.h"

G_BEGIN_DECLS

/* What the tally page's two halves share: cw-points-tally-page.c builds
 * the page and keeps its rows (quarter, scheme, group, search), and
 * cw-points-tally-page-actions.c does what its buttons do (publish,
 * objections, print, save, export). */
struct _CwPointsTallyPage
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  CwLazyReload         *reloader;
  gboolean              updating;

  GListStore           *rows;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  GStrv                 quarters;
  GPtrArray            *groups;     /* group names of the drop-down, after "All" */
  char                 *group;      /* the group shown, or NULL */
  char                 *search;
  gboolean              published;

  /* The objections window, while open. */
  GtkWindow            *objections_window;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkDropDown          *scheme_dropdown;
  GtkDropDown          *quarter_dropdown;
  GtkDropDown          *group_dropdown;
  GtkSearchEntry       *search_entry;
  GtkImage             *publication_icon;
  GtkLabel             *publication_label;
  GtkLabel             *totals_label;
  CwJobBar             *job_bar;
  GtkStack             *list_stack;
  GtkColumnView        *tally_view;
  AdwStatusPage        *status_page;
};

/* The scheme shown: CW_SCHEME_HOUSEHOLD or CW_SCHEME_PARTY. */
const char      *_cw_points_tally_page_get_scheme         (CwPointsTallyPage      *self);
/* The row selected, or NULL (transfer none). */
CwPointTallyRow *_cw_points_tally_page_get_selected       (CwPointsTallyPage      *self);
/* TRUE once the last day of @quarter ("2026Q3") is past. */
gboolean         _cw_points_tally_quarter_is_over         (const char             *quarter);

void             _cw_points_tally_page_class_actions_init (CwPointsTallyPageClass *klass);
/* Enables the actions for the quarter, its publication, the selection
 * and a running job. */
void             _cw_points_tally_page_update_actions     (CwPointsTallyPage      *self);
/* Closes what the actions opened: the file chooser, the objections. */
void             _cw_points_tally_page_actions_dispose    (CwPointsTallyPage      *self);

G_END_DECLS
