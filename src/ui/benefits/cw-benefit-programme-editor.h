/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/benefits/cw-benefit-programme.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFIT_PROGRAMME_EDITOR (cw_benefit_programme_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitProgrammeEditor, cw_benefit_programme_editor, CW, BENEFIT_PROGRAMME_EDITOR, CwRecordEditor)

/* A programme in its own window: a new one when @programme is NULL; a
 * draft otherwise (an approved programme's list is frozen). */
CwBenefitProgrammeEditor *cw_benefit_programme_editor_new (GtkWidget          *owner,
                                                           CwDatabase         *db,
                                                           CwBenefitProgramme *programme);

G_END_DECLS
