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

/* Inside the caller's transaction: writes the computed list of @programme
 * (a draft) as its beneficiaries. */
gboolean cw_benefit_freeze_list        (CwDatabase          *db,
                                        CwBenefitProgramme  *programme,
                                        GError             **error);
/* Beneficiaries of the programme marked paid. */
gint64   cw_benefit_count_paid         (CwDatabase          *db,
                                        gint64               programme_id);

G_END_DECLS
