/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/benefits/cw-benefit-award.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_AWARD_EDITOR (cw_award_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwAwardEditor, cw_award_editor, CW, AWARD_EDITOR, CwRecordEditor)

/* A new award (@award NULL: a 文明卫生户 or a star grade), or a new star
 * grade for @award's household and year. */
CwAwardEditor *cw_award_editor_new (GtkWidget  *owner,
                                    CwDatabase *db,
                                    CwAward    *award);

G_END_DECLS
