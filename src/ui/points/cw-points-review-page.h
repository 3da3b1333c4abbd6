/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_REVIEW_PAGE (cw_points_review_page_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsReviewPage, cw_points_review_page, CW, POINTS_REVIEW_PAGE, AdwBin)

/* 审核: the entries waiting for review, reviewed in batches after a
 * confirmation (there is no undo: the database refuses it), rejected one
 * at a time with a reason; reviewed entries can be reversed with a reason,
 * rejected ones are listed with theirs.
 * Actions: review.select-all, review.review, review.reject,
 * review.reverse, subpage.reload. */
GtkWidget *cw_points_review_page_new         (CwDatabase         *db);
/* Which entries are listed: "pending", "reviewed" or "rejected", and of
 * which quarter (NULL = all). */
void       cw_points_review_page_set_filter  (CwPointsReviewPage *self,
                                              const char         *state,
                                              const char         *quarter);
/* The same, and of which scheme: "household", "party" or NULL for both. */
void       cw_points_review_page_set_filter_full (CwPointsReviewPage *self,
                                                  const char         *scheme,
                                                  const char         *state,
                                                  const char         *quarter);
/* Rows listed (after the search). */
guint      cw_points_review_page_get_n_items (CwPointsReviewPage *self);
/* Selects the row of the entry with @id; FALSE when it is not listed. */
gboolean   cw_points_review_page_select      (CwPointsReviewPage *self,
                                              gint64              id);

G_END_DECLS
