/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Kinds of award (stored codes). */
#define CW_AWARD_CIVILIZED "civilized"   /* 文明卫生户: one household per group per year */
#define CW_AWARD_STARS     "stars"       /* 星级文明户: 1–5 stars per household per year */

/* "文明卫生户"/"civilized" → CW_AWARD_CIVILIZED, "星级文明户"/"stars" →
 * CW_AWARD_STARS; NULL otherwise. */
const char *cw_award_kind_for   (const char *text);
const char *cw_award_kind_label (const char *kind);
/* The kind as the village's record writes it, whatever the language of
 * the window: 文明卫生户, 星级文明户 (the ledger's summaries, the board's
 * notice). */
const char *cw_award_kind_record_name (const char *kind);

#define CW_TYPE_AWARD (cw_award_get_type ())
G_DECLARE_FINAL_TYPE (CwAward, cw_award, CW, AWARD, GObject)

/* One award. Properties an editor sets: kind, year, household-number,
 * stars, criteria, amount (fen), in-kind (a prize in kind, "1 床被子";
 * with or instead of the amount), decided-on (YYYY-MM-DD, "" for today);
 * read: id, key (the id as text), kind, year,
 * household-id, household-number, head-name, group-name, group-position,
 * stars (0 for 文明卫生户), criteria, amount (fen), decided-on, state
 * ("active"/"withdrawn"), state-date, state-reason, points (the
 * household's reviewed points of the year, beside a candidate),
 * reviewed-on, reviewed-by, representatives-on, paid-on, paid-by,
 * ledger-entry. */
/* A new award of @kind (CW_AWARD_*) for @year, 5 stars for a grade. */
CwAward    *cw_award_new                  (const char *kind,
                                           int         year);
CwAward    *cw_award_copy                 (CwAward *self);
gint64      cw_award_get_id               (CwAward *self);
const char *cw_award_get_kind             (CwAward *self);
int         cw_award_get_year             (CwAward *self);
const char *cw_award_get_household_number (CwAward *self);
const char *cw_award_get_head_name        (CwAward *self);
const char *cw_award_get_group_name       (CwAward *self);
int         cw_award_get_stars            (CwAward *self);
const char *cw_award_get_criteria         (CwAward *self);
gint64      cw_award_get_amount           (CwAward *self);
/* The prize in kind, or "". */
const char *cw_award_get_in_kind          (CwAward *self);
/* The prize as a board or a list shows it: "¥500.00", "一床被子", both
 * ("¥500.00 + 奖牌一块"), or "" for an honour without a prize. */
char       *cw_award_prize_text           (CwAward *self);
const char *cw_award_get_decided_on       (CwAward *self);
const char *cw_award_get_state            (CwAward *self);
gint64      cw_award_get_points           (CwAward *self);
/* The award's way: reviewed (two committees: day and reviewer),
 * approved (the representatives' day), its prize paid (day, by whom, the
 * ledger entry); "" and 0 until then. */
const char *cw_award_get_reviewed_on      (CwAward *self);
const char *cw_award_get_reviewed_by      (CwAward *self);
const char *cw_award_get_representatives_on (CwAward *self);
const char *cw_award_get_paid_on          (CwAward *self);
const char *cw_award_get_paid_by          (CwAward *self);
gint64      cw_award_get_ledger_entry     (CwAward *self);
gboolean    cw_award_is_approved          (CwAward *self);

CwAward    *cw_award_get                  (CwDatabase  *db,
                                           gint64       id,
                                           GError     **error);

/* The awards of @year (0: every year, newest first) in force (withdrawn ones with @include_withdrawn):
 * 文明卫生户 by group, then 星级文明户 by stars (most first), group and
 * household. */
GListModel *cw_award_list             (CwDatabase  *db,
                                       int          year,
                                       gboolean     include_withdrawn,
                                       GError     **error);
/* Names @household_number 文明卫生户 of @year (its prize: @amount in fen,
 * and/or @in_kind, a plaque or 一床被子, NULL or "" for none; an honour
 * may carry no prize), decided on @decided_on, NULL for today. Refused
 * when its group has one that year, naming it. */
gboolean    cw_award_add_civilized    (CwDatabase  *db,
                                       int          year,
                                       const char  *household_number,
                                       gint64       amount,
                                       const char  *in_kind,
                                       const char  *decided_on,
                                       GError     **error);
/* Grades @household_number with 1–5 @stars for @year (the criteria met,
 * words from the setting, may be ""); a new grade replaces the year's
 * grade (the audit keeps the old one), to be reviewed and approved
 * again. */
gboolean    cw_award_set_stars        (CwDatabase  *db,
                                       int          year,
                                       const char  *household_number,
                                       int          stars,
                                       const char  *criteria,
                                       const char  *decided_on,
                                       GError     **error);
/* An editor's award: a new 文明卫生户 (cw_award_add_civilized()) or a
 * star grade, new or changed (cw_award_set_stars()). */
gboolean    cw_award_save             (CwDatabase  *db,
                                       CwAward     *award,
                                       GError     **error);
/* Withdrawn with the date and a reason; refused once its prize is paid. */
gboolean    cw_award_withdraw         (CwDatabase  *db,
                                       gint64       id,
                                       const char  *date,
                                       const char  *reason,
                                       GError     **error);
/* The award's way as the office has it: reviewed by the two
 * committees on @reviewed_on (@reviewed_by a 两委 office holder that day;
 * NULL for the 党支部书记), then approved by the villagers'
 * representatives on @representatives_on (no earlier; representatives
 * recorded that day). Refused for a withdrawn award, one approved
 * already, a review before the award was named. */
gboolean    cw_award_approve          (CwDatabase  *db,
                                       gint64       id,
                                       const char  *reviewed_on,
                                       const char  *reviewed_by,
                                       const char  *representatives_on,
                                       GError     **error);
/* Pays an approved award's prize on @date (not before the approval),
 * handed out by @paid_by (NULL: the operator); its money is entered in the
 * collective ledger in the same change (see cw-benefit-ledger.h), a prize
 * in kind alone enters nothing; @ledger_entry (may be NULL) gets the
 * entry's id, 0 for none. Refused: paid already, no prize in money or in
 * kind, not approved, withdrawn, a day the ledger refuses. */
gboolean    cw_award_pay              (CwDatabase  *db,
                                       gint64       id,
                                       const char  *date,
                                       const char  *paid_by,
                                       gint64      *ledger_entry,
                                       GError     **error);

G_END_DECLS
