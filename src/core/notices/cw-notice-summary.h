/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/village/cw-summary.h"

G_BEGIN_DECLS

/* The Overview's notices section: notices posted this year; what the
 * calendar has due this week and what is missing; questions past their
 * ten days; a 监委会 of the wrong size. A village that keeps no notice and
 * no role is told nothing. */
gboolean cw_notice_summarize (CwSummary   *summary,
                              CwDatabase  *db,
                              GError     **error);

G_END_DECLS
