/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* 四议两公开: the six steps of a decision on a major matter. */
#define CW_DECISION_STEPS 6

/* Step 4's meeting. */
typedef enum
{
  CW_MEETING_NONE,
  CW_MEETING_VILLAGERS,        /* 村民会议 (art. 22) */
  CW_MEETING_REPRESENTATIVES,  /* 村民代表会议 (art. 26) */
} CwMeeting;

/* "Party branch proposal" … in the person's language. */
const char *cw_decision_step_name   (guint        step);
const char *cw_meeting_name         (CwMeeting    meeting);
/* villagers / representatives, or the Chinese names. */
gboolean    cw_meeting_parse        (const char  *text,
                                     CwMeeting   *meeting);

/* The quorum rules on counts, apart from the register so that they can
 * be checked by hand:
 * party members' meeting (step 3): valid with at least 2/3 of those due
 * present; passes with more than half **of those due** approving.
 * villagers' meeting: valid with more than half of the adults present,
 * or representatives of at least 2/3 of the households; passes with more
 * than half of those present.
 * representatives' meeting: valid with at least 2/3 present; passes with
 * more than half of those present. Counts not known are -1. */
void        cw_quorum_party         (gint64       due,
                                     gint64       present,
                                     gint64       in_favour,
                                     gboolean    *valid,
                                     gboolean    *passed);
void        cw_quorum_villagers     (gint64       adults,
                                     gint64       present,
                                     gint64       households,
                                     gint64       households_present,
                                     gint64       in_favour,
                                     gboolean    *valid,
                                     gboolean    *passed);
void        cw_quorum_representatives (gint64     due,
                                     gint64       present,
                                     gint64       in_favour,
                                     gboolean    *valid,
                                     gboolean    *passed);

/* The register on a day: present party members (joined by then), present
 * persons aged 18 or more, households in the village; the 村民代表 are
 * cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, date). */
guint       cw_decision_count_party_members (CwDatabase *db,
                                     const char  *date);
guint       cw_decision_count_adults (CwDatabase *db,
                                     const char  *date);
guint       cw_decision_count_households (CwDatabase *db,
                                     const char  *date);

/* One meeting of a step, as recorded; counts not given are -1. */
typedef struct
{
  guint      step;
  char      *date;
  CwMeeting  meeting;
  gint64     due;
  gint64     present;
  gint64     in_favour;
  gint64     against;
  gint64     households_due;
  gint64     households_present;
  gboolean   valid;
  gboolean   passed;
  char      *minutes;
  gint64     notice_id;
  char      *notice_number;
} CwDecisionStep;

void        cw_decision_step_free   (CwDecisionStep *step);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwDecisionStep, cw_decision_step_free)

/* What the clerk records for a step: counts not given are -1 (the due
 * counts then come from the register and the roles on @date). Steps 1
 * and 2 pass unless @rejected. */
typedef struct
{
  guint        step;
  const char  *date;
  CwMeeting    meeting;
  gint64       due;
  gint64       present;
  gint64       in_favour;
  gint64       against;
  gint64       households_due;
  gint64       households_present;
  gboolean     rejected;
  const char  *minutes;
} CwStepInput;

/* Sets every count of @input to -1 and the rest to nothing. */
void        cw_step_input_init      (CwStepInput *input);

#define CW_TYPE_DECISION (cw_decision_get_type ())
G_DECLARE_FINAL_TYPE (CwDecision, cw_decision, CW, DECISION, GObject)

gint64      cw_decision_get_id      (CwDecision  *self);
/* "2026-01" */
const char *cw_decision_get_number  (CwDecision  *self);
const char *cw_decision_get_title   (CwDecision  *self);
const char *cw_decision_get_date    (CwDecision  *self);
/* Every meeting recorded, in the order held (a failed step and its
 * second holding both): CwDecisionStep. */
GPtrArray  *cw_decision_get_records (CwDecision  *self);
/* The latest meeting of @step (1–6), NULL when it was not held. */
CwDecisionStep *cw_decision_get_step (CwDecision *self,
                                     guint        step);
/* The highest step passed in order, 0 for none. */
guint       cw_decision_get_progress (CwDecision *self);
/* Whether the latest meeting of the next step failed (the decision
 * stands still until it is held again). */
gboolean    cw_decision_is_stopped  (CwDecision  *self);
/* "Step 3 failed on 2026-05-10", "Done", "Step 2 of 6" … */
char       *cw_decision_describe    (CwDecision  *self);

/* A new decision: its matter and the day it was raised; numbered
 * 2026-01, 2026-02 … by that day's year. Returns its id, 0 on error. */
gint64      cw_decision_add         (CwDatabase  *db,
                                     const char  *title,
                                     const char  *date,
                                     GError     **error);
CwDecision *cw_decision_load        (CwDatabase  *db,
                                     gint64       id,
                                     GError     **error);
CwDecision *cw_decision_find        (CwDatabase  *db,
                                     const char  *number,
                                     GError     **error);
/* Decisions raised in @year (0: all), newest first. */
GListModel *cw_decision_list        (CwDatabase  *db,
                                     int          year,
                                     GError     **error);
/* Records a meeting of a step after the rules: the step before it held
 * and passed, not before it (step 2 may share step 1's day only when
 * one person is both 党支部书记 and 村委会主任 that day), the step itself
 * not already passed; the counts possible (present ≤ due, for + against
 * ≤ present). Steps 5 and 6 draft their notice from the decision. On a
 * refusal nothing changes. Returns the meeting as recorded. */
CwDecisionStep *cw_decision_record_step (CwDatabase        *db,
                                     gint64             id,
                                     const CwStepInput *input,
                                     GError           **error);

G_END_DECLS
