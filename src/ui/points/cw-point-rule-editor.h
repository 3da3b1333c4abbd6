/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_RULE_EDITOR (cw_point_rule_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwPointRuleEditor, cw_point_rule_editor, CW, POINT_RULE_EDITOR, CwRecordEditor)

/* A rule of the rule book in a window of its own, edited on a copy and
 * saved through core (cw_record_editor_save()): a new rule (@rule NULL)
 * or an existing one, whose code and scheme stay as they are (entries
 * point at them). On save the window closes and the window @owner is in
 * shows a toast with Undo. */
CwPointRuleEditor *cw_point_rule_editor_new (GtkWidget   *owner,
                                             CwDatabase  *db,
                                             CwPointRule *rule);

G_END_DECLS
