/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The days an award list stays on the board when no end is given. */
#define CW_AWARD_NOTICE_DAYS 7

/* The year's approved awards (榜单) as a draft of the notices register
 * (村务): the 文明卫生户 by village group, then the 星级文明户 by stars,
 * each with its group, household number, head and award, under a line
 * saying when the representatives approved them. Names only: no ID or
 * phone number is on it. Posted for @from (NULL: today) to @to (NULL:
 * CW_AWARD_NOTICE_DAYS days on); the notice then takes its own way
 * (监委会 review, 两委 settling, posting). Refused when no award of
 * @year is approved. Returns the notice's id, 0 on error. */
gint64 cw_award_notice_draft (CwDatabase  *db,
                              int          year,
                              const char  *from,
                              const char  *to,
                              GError     **error);

G_END_DECLS
