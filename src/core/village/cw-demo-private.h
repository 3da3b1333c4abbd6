/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/village/cw-demo.h"

G_BEGIN_DECLS

/* How far the demo has come, for cw_demo_fill()'s parts: each calls
 * cw_demo_step() as it goes. */
typedef struct
{
  const CwDemoOptions *options;
  guint                done;
  guint                total;
} CwDemoProgress;

/* @steps more are done: tells the options' progress function, and FALSE
 * (CW_ERROR_CANCELLED) when the options' cancellable was cancelled. */
gboolean cw_demo_step        (CwDemoProgress  *progress,
                              guint            steps,
                              GError         **error);

/* The points part of the demo village, inside cw_demo_fill()'s
 * transaction, after the households exist; @households steps of
 * @progress are its own. */
gboolean cw_demo_points_fill (CwDatabase      *db,
                              GRand           *rand,
                              guint            entries,
                              CwDemoProgress  *progress,
                              guint            households,
                              GError         **error);

/* The village's offices (书记, 两委, 监委会, 村民代表 …) held by persons of
 * the demo register, inside cw_demo_fill()'s transaction. */
gboolean cw_demo_roles_fill  (CwDatabase      *db,
                              GError         **error);

/* The mediation part: @n_cases (0: about 60) cases received over the two
 * years up to @today, in every state, inside cw_demo_fill()'s
 * transaction, after the households and the village roles exist. */
gboolean cw_demo_mediation_fill (CwDatabase      *db,
                                 GRand           *rand,
                                 const GDate     *today,
                                 guint            n_cases,
                                 GError         **error);
/* Benefits and awards (慰问、奖励与评比) of the demo register, inside
 * cw_demo_fill()'s transaction, after the households and roles exist. */
gboolean cw_demo_benefits_fill (CwDatabase    *db,
                                GRand         *rand,
                                GError       **error);
/* The finance part: two years of the collective's books (2023 on the 2004
 * chart, 2024 on the 2023 chart), reviewed and closed but for the last
 * month, after the households exist. */
gboolean cw_demo_finance_fill (CwDatabase      *db,
                               GRand           *rand,
                               GError         **error);

/* The grids part (src/core/grids/cw-demo-grids.c), after the households:
 * @requests and @visits over 2026, 0 for the defaults. */
gboolean cw_demo_grids_fill  (CwDatabase      *db,
                              GRand           *rand,
                              guint            requests,
                              guint            visits,
                              GError         **error);
/* A year of notices on the calendar (some late, one withdrawn and
 * corrected, questions) and three decisions, after the roles. */
gboolean cw_demo_notices_fill (CwDatabase     *db,
                               GError        **error);

G_END_DECLS
