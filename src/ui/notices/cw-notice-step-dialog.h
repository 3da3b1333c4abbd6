/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/notices/cw-notice.h"

G_BEGIN_DECLS

typedef enum
{
  CW_NOTICE_STEP_REVIEW,
  CW_NOTICE_STEP_SETTLE,
  CW_NOTICE_STEP_POST,
  CW_NOTICE_STEP_WITHDRAW,
  CW_NOTICE_STEP_ASK,      /* a villager's question (质询) */
  CW_NOTICE_STEP_ANSWER,   /* the answer to the oldest one waiting */
} CwNoticeStep;

#define CW_TYPE_NOTICE_STEP_DIALOG (cw_notice_step_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeStepDialog, cw_notice_step_dialog, CW, NOTICE_STEP_DIALOG, AdwWindow)

/* One step of a notice's way: its day, and the reviewing member (chosen
 * among the 监委会 of that day) and opinion, the place it is posted, or
 * why it is withdrawn; or a villager's question and who asks, or the
 * answer to the oldest question waiting. Core refuses a step out of order; its message
 * stays in the dialog. Done, a toast with Undo in the owner's window. */
CwNoticeStepDialog *cw_notice_step_dialog_new (GtkWidget    *owner,
                                               CwDatabase   *db,
                                               CwNotice     *notice,
                                               CwNoticeStep  step);

G_END_DECLS
