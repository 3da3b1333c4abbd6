/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-rule.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_RULE_EDITOR (cw_point_rule_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwPointRuleEditor, cw_point_rule_editor, CW, POINT_RULE_EDITOR, AdwWindow)

/* A rule of the rule book in a window of its own, edited on a copy and
 * saved through core: a new rule (@rule NULL) or an existing one, whose
 * code and scheme stay as they are (entries point at them). On save the
 * window closes and the window @owner is in shows a toast with Undo. */
CwPointRuleEditor *cw_point_rule_editor_new  (GtkWidget         *owner,
                                              CwDatabase        *db,
                                              CwPointRule       *rule);
/* Saves as the Save button does; FALSE (and the reason shown in the
 * window) when core refuses. */
gboolean           cw_point_rule_editor_save (CwPointRuleEditor *self);

G_END_DECLS
