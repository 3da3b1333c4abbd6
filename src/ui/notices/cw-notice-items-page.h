/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_ITEMS_PAGE (cw_notice_items_page_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeItemsPage, cw_notice_items_page, CW, NOTICE_ITEMS_PAGE, CwListPage)

/* The catalogue (公开目录): what the village must publish, how often and
 * for how long; items are added, edited and retired, never deleted.
 * Actions: items.new, items.edit, items.retire. */
GtkWidget *cw_notice_items_page_new (CwDatabase *db);

G_END_DECLS
