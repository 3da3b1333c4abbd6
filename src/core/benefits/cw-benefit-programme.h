/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Kinds (stored codes): 慰问, 奖励, 评比. */
#define CW_BENEFIT_KIND_VISIT     "visit"
#define CW_BENEFIT_KIND_REWARD    "reward"
#define CW_BENEFIT_KIND_APPRAISAL "appraisal"
/* Per whom the amount is given. */
#define CW_BENEFIT_PER_PERSON     "person"
#define CW_BENEFIT_PER_HOUSEHOLD  "household"
/* States: a draft's list is computed afresh; an approved one is frozen. */
#define CW_BENEFIT_STATE_DRAFT     "draft"
#define CW_BENEFIT_STATE_APPROVED  "approved"
#define CW_BENEFIT_STATE_WITHDRAWN "withdrawn"
/* The ledger account paid money goes to unless the programme names one. */
#define CW_BENEFIT_DEFAULT_ACCOUNT "公益支出"
/* The most one person's (or household's) amount may be, in fen:
 * ¥1 000 000.00 (the schema's bound). */
#define CW_BENEFIT_AMOUNT_MAX G_GINT64_CONSTANT (100000000)

/* An amount as a clerk writes it, read as the collective ledger reads
 * one (cw_money_parse(): 100, 100.5, ¥1,000, 1000元, full-width
 * digits), in fen, at most CW_BENEFIT_AMOUNT_MAX. The message names no
 * field: the caller prefixes it. */
gboolean    cw_benefit_parse_amount (const char  *text,
                                     gint64      *fen,
                                     GError     **error);

/* Translated labels of the codes above, and the codes for what a person
 * may type (慰问, visit, 奖励 …); NULL when unknown. */
const char *cw_benefit_kind_label  (const char *kind);
const char *cw_benefit_kind_for    (const char *text);
const char *cw_benefit_state_label (const char *state);

#define CW_TYPE_BENEFIT_PROGRAMME (cw_benefit_programme_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitProgramme, cw_benefit_programme, CW, BENEFIT_PROGRAMME, GObject)

/* A programme (项目). Editable properties: name, kind, date (YYYY-MM-DD),
 * per, amount (fen, int64), in-kind (what is given instead of or beside
 * money), by-hand (nominated by hand rather than computed), the rule
 * (min-age-male, min-age-female, min-age: -1 for none; tag: a care tag;
 * flag: a person flag; group-name: a village group; "" for none — every
 * one set must hold), account, needs-representatives, notes. Read-only:
 * id, number (the id as text, the key lists select by), state,
 * reviewed-on, representatives-on, state-date, state-reason, and the
 * list's figures when read by cw_benefit_programme_list(): listed
 * (persons on it, not removed), total (fen), paid (fen). */
CwBenefitProgramme *cw_benefit_programme_new      (void);
CwBenefitProgramme *cw_benefit_programme_copy     (CwBenefitProgramme *self);

gint64       cw_benefit_programme_get_id                 (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_name               (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_kind               (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_date               (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_per                (CwBenefitProgramme *self);
gint64       cw_benefit_programme_get_amount             (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_in_kind            (CwBenefitProgramme *self);
gboolean     cw_benefit_programme_get_by_hand            (CwBenefitProgramme *self);
int          cw_benefit_programme_get_min_age_male       (CwBenefitProgramme *self);
int          cw_benefit_programme_get_min_age_female     (CwBenefitProgramme *self);
int          cw_benefit_programme_get_min_age            (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_tag                (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_flag               (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_group_name         (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_account            (CwBenefitProgramme *self);
gboolean     cw_benefit_programme_get_needs_representatives (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_notes              (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_state              (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_reviewed_on        (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_representatives_on (CwBenefitProgramme *self);
const char  *cw_benefit_programme_get_state_reason       (CwBenefitProgramme *self);
guint        cw_benefit_programme_get_listed             (CwBenefitProgramme *self);
gint64       cw_benefit_programme_get_total              (CwBenefitProgramme *self);
gint64       cw_benefit_programme_get_paid               (CwBenefitProgramme *self);
/* The year of its date. */
int          cw_benefit_programme_get_year               (CwBenefitProgramme *self);
/* The eligibility rule in words: "男60岁、女55岁以上；空巢" … or "by hand". */
char        *cw_benefit_programme_describe_rule          (CwBenefitProgramme *self);

/* Cleans the text fields and refuses what cannot be a programme, the
 * message starting with the field ("Date: …"). A computed programme needs
 * at least one rule. */
gboolean     cw_benefit_programme_validate (CwBenefitProgramme  *self,
                                            CwDatabase          *db,
                                            GError             **error);

/* Programmes dated in @year (0: every year), newest first, with their
 * figures; withdrawn ones only with @include_withdrawn. */
GListModel  *cw_benefit_programme_list     (CwDatabase          *db,
                                            int                  year,
                                            gboolean             include_withdrawn,
                                            GError             **error);
CwBenefitProgramme *cw_benefit_programme_load (CwDatabase       *db,
                                               gint64            id,
                                               GError          **error);
gboolean     cw_benefit_programme_add      (CwDatabase          *db,
                                            CwBenefitProgramme  *programme,
                                            GError             **error);
/* Only a draft changes; an approved list is changed through its
 * beneficiaries, with reasons. */
gboolean     cw_benefit_programme_update   (CwDatabase          *db,
                                            CwBenefitProgramme  *programme,
                                            GError             **error);
/* Freezes the list: the computed persons are written as the beneficiaries
 * (beside those nominated by hand). @reviewed_on is the two committees'
 * review (两委); @reviewed_by (may be NULL or "": the 党支部书记 of that
 * day, if one is recorded) must hold a 两委 office that day (village
 * roles). @representatives_on is the representatives' approval, which a
 * programme that needs it cannot go without, on a day the village has
 * 村民代表 recorded. */
gboolean     cw_benefit_programme_approve  (CwDatabase          *db,
                                            gint64               id,
                                            const char          *reviewed_on,
                                            const char          *reviewed_by,
                                            const char          *representatives_on,
                                            GError             **error);
/* Who reviewed it ("" before approval). */
const char  *cw_benefit_programme_get_reviewed_by        (CwBenefitProgramme *self);
/* Withdraws a programme nobody has been paid on, with a date and reason. */
gboolean     cw_benefit_programme_withdraw (CwDatabase          *db,
                                            gint64               id,
                                            const char          *date,
                                            const char          *reason,
                                            GError             **error);

G_END_DECLS
