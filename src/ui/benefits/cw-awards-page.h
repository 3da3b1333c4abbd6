/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_AWARDS_PAGE (cw_awards_page_get_type ())
G_DECLARE_FINAL_TYPE (CwAwardsPage, cw_awards_page, CW, AWARDS_PAGE, CwListPage)

/* The awards of every year, newest first: 文明卫生户 (one per group a
 * year) and 星级文明户, each household's points of the year beside it.
 * Actions: awards.new, awards.edit (a new grade), awards.withdraw,
 * awards.print (the selected award's year on the board). */
GtkWidget *cw_awards_page_new (CwDatabase *db);

G_END_DECLS
