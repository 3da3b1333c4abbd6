/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-import-dialog.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_RULES_PAGE (cw_point_rules_page_get_type ())
G_DECLARE_FINAL_TYPE (CwPointRulesPage, cw_point_rules_page, CW, POINT_RULES_PAGE, AdwBin)

/* 细则: the rule book — new and edited rules (in an editor window), rules
 * retired and restored, a rule book imported from CSV.
 * Actions: rules.new, rules.edit, rules.retire, rules.import,
 * subpage.reload. */
GtkWidget  *cw_point_rules_page_new       (CwDatabase       *db);
/* The rules listed (CwPointRule, transfer none). */
GListModel *cw_point_rules_page_get_rules (CwPointRulesPage *self);
/* Selects the rule with @code; FALSE when it is not listed. */
gboolean    cw_point_rules_page_select    (CwPointRulesPage *self,
                                           const char       *code);

/* What Import does: the import dialog for a rule book, presented; the
 * rows that are good go in, the others are reported by line. */
CwImportDialog *cw_point_rules_page_import (CwPointRulesPage *self);

G_END_DECLS
