/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/mediation/cw-mediation-case.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_CASE_EDITOR (cw_mediation_case_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationCaseEditor, cw_mediation_case_editor, CW, MEDIATION_CASE_EDITOR, CwRecordEditor)

/* A mediation case in a window: its intake, risk, parties (from the
 * register as the clerk types a name, 户号 or pinyin, or from outside),
 * sessions, agreement and terms, outcome, follow-ups, 司法确认, the
 * petition's decision, extensions, and its timeline. Saved through core
 * as one change; @mediation_case NULL for a new case (numbered when
 * saved). */
CwMediationCaseEditor *cw_mediation_case_editor_new (GtkWidget       *owner,
                                                     CwDatabase      *db,
                                                     CwMediationCase *mediation_case);

G_END_DECLS
