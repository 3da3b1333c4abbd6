/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/notices/cw-notice.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_EDITOR (cw_notice_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeEditor, cw_notice_editor, CW, NOTICE_EDITOR, CwRecordEditor)

/* A notice: its kind, catalogue item and period, title, publicity period,
 * issuer and body, and under them its way so far (reviews, joint meeting,
 * posting, questions). Only a draft can be changed; a notice past its
 * draft is shown as it stands. */
CwNoticeEditor *cw_notice_editor_new (GtkWidget  *owner,
                                      CwDatabase *db,
                                      CwNotice   *notice);

G_END_DECLS
