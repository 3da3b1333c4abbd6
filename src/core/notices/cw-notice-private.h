/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-error.h"
#include "core/notices/cw-notice.h"

G_BEGIN_DECLS

/* Shared by cw-notice.c and cw-notice-way.c. */

/* Sets @error to @message with @code; returns FALSE. */
gboolean cw_notice_fail          (GError        **error,
                                  CwError         code,
                                  const char     *message);
/* Refuses, in the clerk's words, what @stored's state does not allow
 * when the step needs @wanted; TRUE when it is @wanted. */
gboolean cw_notice_refuse_unless (CwNotice       *stored,
                                  CwNoticeState   wanted,
                                  GError        **error);

G_END_DECLS
