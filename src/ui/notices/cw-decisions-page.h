/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_DECISIONS_PAGE (cw_decisions_page_get_type ())
G_DECLARE_FINAL_TYPE (CwDecisionsPage, cw_decisions_page, CW, DECISIONS_PAGE, CwListPage)

/* The decisions (四议两公开), newest first, with where each stands.
 * Actions: decisions.new (a matter raised), decisions.edit (its steps and
 * the next one, in CwDecisionDialog), decisions.print (its record). */
GtkWidget *cw_decisions_page_new (CwDatabase *db);

G_END_DECLS
