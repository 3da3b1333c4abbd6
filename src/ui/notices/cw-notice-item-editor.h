/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/notices/cw-notice-item.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_ITEM_EDITOR (cw_notice_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeItemEditor, cw_notice_item_editor, CW, NOTICE_ITEM_EDITOR, CwRecordEditor)

/* A catalogue item: name, kind, cadence, the fewest days up, owed since. */
CwNoticeItemEditor *cw_notice_item_editor_new (GtkWidget    *owner,
                                               CwDatabase   *db,
                                               CwNoticeItem *item);

G_END_DECLS
