/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* One line of a breakdown: a type or a source and its cases. */
typedef struct
{
  char  *name;     /* a type's name, or a source's code */
  guint  cases;
} CwMediationCount;

/* The register's figures for the cases received in a period (the
 * statistics of the monthly and yearly reports). A case counts where it
 * was received; its outcome is the one it has now. */
typedef struct
{
  char    *from;
  char    *to;
  guint    received;
  guint    success;
  guint    failure;
  guint    terminated;
  guint    open;
  gint64   agreed_fen;          /* amounts the successful agreements settle */
  /* 防止民转刑 / 防止群体性上访: cases that risked it and were settled, and
   * their parties. */
  guint    criminal_cases;
  guint    criminal_persons;
  guint    group_cases;
  guint    group_persons;
  guint    followed_up;         /* settled cases with a follow-up */
  guint    petitions;
  guint    petitions_finished;  /* closed */
  guint    petitions_rated;     /* with a follow-up */
  guint    petitions_satisfied; /* whose last follow-up found them (basically) satisfied */
  GArray  *by_type;             /* CwMediationCount, every type on the list, in order */
  GArray  *by_source;           /* CwMediationCount, every source */
} CwMediationStats;

/* The figures of the cases received from @from to @to (YYYY-MM-DD, both
 * included). */
CwMediationStats *cw_mediation_stats_compute (CwDatabase  *db,
                                              const char  *from,
                                              const char  *to,
                                              GError     **error);
/* Of @year, or of its @quarter (1–4; 0 for the whole year). */
CwMediationStats *cw_mediation_stats_for     (CwDatabase  *db,
                                              int          year,
                                              int          quarter,
                                              GError     **error);
void              cw_mediation_stats_free    (CwMediationStats *self);

/* 成功率 = 调解成功 ÷ (调解成功 + 调解不成), in percent; terminated and open
 * cases are left out. -1 when there is nothing to divide by. */
double            cw_mediation_stats_success_rate      (const CwMediationStats *self);
/* 信访办结率 and 满意率, in percent; -1 when there is nothing to divide by. */
double            cw_mediation_stats_petition_finished (const CwMediationStats *self);
double            cw_mediation_stats_petition_satisfied (const CwMediationStats *self);
/* "98.5%", or "—" for -1. */
char             *cw_mediation_format_rate             (double                  rate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwMediationStats, cw_mediation_stats_free)

G_END_DECLS
