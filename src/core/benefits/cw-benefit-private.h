/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared inside src/core/benefits only. */

#include "core/common/cw-database-private.h"
#include "core/benefits/cw-benefit-programme.h"

G_BEGIN_DECLS

/* Sets CW_ERROR_INVALID with the formatted message; returns FALSE. */
gboolean cw_benefit_invalid            (GError      **error,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (2, 3);
/* A typed day as YYYY-MM-DD; NULL with "@field: why" when it is none. */
char    *cw_benefit_normalize_day      (const char   *field,
                                        const char   *text,
                                        GError      **error);
/* NULL for -1 / "". */
void     cw_benefit_bind_optional_int  (sqlite3_stmt *stmt,
                                        int           index,
                                        int           value);
void     cw_benefit_bind_optional_text (sqlite3_stmt *stmt,
                                        int           index,
                                        const char   *value);

/* A review by the two committees (两委) and, when asked, the villagers'
 * representatives' approval, as checked: the days as YYYY-MM-DD, the
 * reviewer's name ("" when the village records no office), the
 * representatives' day (NULL when not asked nor given). */
typedef struct
{
  char *reviewed_on;
  char *reviewer;
  char *representatives_on;
} CwBenefitApproval;

void     cw_benefit_approval_clear     (CwBenefitApproval *approval);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwBenefitApproval, cw_benefit_approval_clear)

/* Checks a review on @reviewed_on by @reviewed_by (a 两委 office holder
 * that day; NULL or "" for the 党支部书记) and the representatives'
 * approval on @representatives_on, needed when @needs_representatives;
 * after the review, with representatives recorded that day. */
gboolean cw_benefit_check_approval     (CwDatabase         *db,
                                        const char         *reviewed_on,
                                        const char         *reviewed_by,
                                        const char         *representatives_on,
                                        gboolean            needs_representatives,
                                        CwBenefitApproval  *out,
                                        GError            **error);

/* Inside the caller's transaction: writes the computed list of @programme
 * (a draft) as its beneficiaries. */
gboolean cw_benefit_freeze_list        (CwDatabase          *db,
                                        CwBenefitProgramme  *programme,
                                        GError             **error);
/* The open row of @flag (cleaned) for @person_id, 0 for none, -1 with
 * @error when it cannot be read. */
gint64   cw_benefit_flag_open          (CwDatabase          *db,
                                        gint64               person_id,
                                        const char          *flag,
                                        GError             **error);
/* Inside the caller's transaction: @person_id holds @flag (cleaned) from
 * @since (YYYY-MM-DD); the caller checked it is not held already. */
gboolean cw_benefit_flag_insert        (CwDatabase          *db,
                                        gint64               person_id,
                                        const char          *flag,
                                        const char          *since,
                                        GError             **error);
/* Beneficiaries of the programme marked paid. */
gint64   cw_benefit_count_paid         (CwDatabase          *db,
                                        gint64               programme_id);

G_END_DECLS
