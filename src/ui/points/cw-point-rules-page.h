/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-import-dialog.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_RULES_PAGE (cw_point_rules_page_get_type ())
G_DECLARE_FINAL_TYPE (CwPointRulesPage, cw_point_rules_page, CW, POINT_RULES_PAGE, CwListPage)

/* 细则: the rule book — new and edited rules (in an editor window), rules
 * retired and restored, a rule book imported from CSV. Listed by code
 * (cw_list_page_select() takes a code).
 * Actions: rules.new, rules.edit, rules.retire, rules.import,
 * subpage.reload. */
GtkWidget *cw_point_rules_page_new    (CwDatabase       *db);

/* What Import does: the import dialog for a rule book, presented; the
 * rows that are good go in, the others are reported by line. */
CwImportDialog *cw_point_rules_page_import (CwPointRulesPage *self);

G_END_DECLS
