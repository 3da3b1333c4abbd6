/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-lazy-reload.h"
#include "ui/points/cw-points-review-page.h"

G_BEGIN_DECLS

/* What the review page's two halves share: cw-points-review-page.c lists
 * the entries (state, scheme, quarter, search) and the selection, and
 * cw-points-review-page-actions.c reviews, rejects and reverses them. */
struct _CwPointsReviewPage
{
  AdwBin               parent_instance;

  CwDatabase          *db;
  CwLazyReload        *reloader;
  gboolean             updating;

  GListStore          *entries;
  GtkCustomFilter     *filter;
  GtkMultiSelection   *selection;
  GStrv                quarters;   /* of the quarter drop-down, after "All" */
  char                *search;
  GtkColumnViewColumn *reason_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *scheme_column;

  /* Template widgets */
  GtkDropDown         *state_dropdown;
  GtkDropDown         *scheme_dropdown;
  GtkDropDown         *quarter_dropdown;
  GtkSearchEntry      *search_entry;
  GtkWidget           *reject_button;
  GtkWidget           *reverse_button;
  GtkWidget           *review_button;
  GtkLabel            *info_label;
  GtkStack            *list_stack;
  GtkColumnView       *entries_view;
  AdwStatusPage       *status_page;
};

/* The entries selected, in list order (CwPointEntry *, each a reference
 * the array drops). */
GArray *_cw_points_review_page_get_selected      (CwPointsReviewPage      *self);

void    _cw_points_review_page_class_actions_init (CwPointsReviewPageClass *klass);

G_END_DECLS
