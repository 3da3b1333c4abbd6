/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFIT_PROGRAMMES_PAGE (cw_benefit_programmes_page_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitProgrammesPage, cw_benefit_programmes_page, CW, BENEFIT_PROGRAMMES_PAGE, CwListPage)

/* The programmes (项目), newest first: a draft opens in its editor, an
 * approved one in its list of persons. Actions: programmes.new,
 * programmes.edit, programmes.list (the selected programme's persons),
 * programmes.withdraw. */
GtkWidget *cw_benefit_programmes_page_new (CwDatabase *db);

G_END_DECLS
