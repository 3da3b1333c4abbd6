/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/mediation/cw-mediation-case.h"

G_BEGIN_DECLS

/* The mediation register (人民调解): reading and saving cases, and the
 * rules of 人民调解法 art. 27–33 and the 信访 条例 that every save keeps. */

/* The codes a case field may hold (see cw-mediation-case.h), per field:
 * "source" → {"application", "initiative", …, NULL}. Also "side",
 * "performed", "satisfaction" for rows. */
const char * const *cw_mediation_codes      (const char  *what);
/* A code as the clerk reads it, translated ("success" → 调解成功); the
 * code itself when unknown. */
const char  *cw_mediation_label             (const char  *code);
/* The code of @what that @text names: the code, its English words or its
 * Chinese term (调解成功, 全部履行 …), in any language; NULL when none. */
const char  *cw_mediation_code_from_text    (const char  *what,
                                             const char  *text);

/* （2026）清溪人调字第3号: @short_name is the committee's short name. */
char        *cw_mediation_format_number     (const char  *short_name,
                                             int          year,
                                             int          seq);
/* A number as printed, or as YEAR-N (2026-3). */
gboolean     cw_mediation_parse_number      (const char  *text,
                                             int         *year,
                                             int         *seq,
                                             GError     **error);
/* Yuan as typed ("1200", "1,200.5元") in fen; FALSE when not an amount. */
gboolean     cw_mediation_parse_yuan        (const char  *text,
                                             gint64      *fen);
char        *cw_mediation_format_yuan       (gint64       fen);

/* The committee's short name as case numbers carry it, and its full name
 * as agreements are headed (the settings, else the village's name). */
char        *cw_mediation_short_name        (CwDatabase  *db);
char        *cw_mediation_committee_name    (CwDatabase  *db);

/* The people's mediation committee on @on (NULL: today), its 主任 first
 * then its 委员, as the village roles record them: the mediators a case
 * is offered first. */
GStrv        cw_mediation_committee_members (CwDatabase  *db,
                                             const char  *on);

/* The statistics categories, in order; retired ones too when @retired. */
GStrv        cw_mediation_types             (CwDatabase  *db,
                                             gboolean     retired,
                                             GError     **error);
/* Adds @name to the list (or brings a retired one back). */
gboolean     cw_mediation_type_add          (CwDatabase  *db,
                                             const char  *name,
                                             GError     **error);
/* Takes @name off the list offered for new cases; cases keep it. */
gboolean     cw_mediation_type_retire       (CwDatabase  *db,
                                             const char  *name,
                                             GError     **error);

/* Checks every rule of the register on @mediation_case as it would be
 * saved; normalizes its dates and amounts in place. CW_ERROR_INVALID or
 * CW_ERROR_REFUSED with the clerk's words. */
gboolean     cw_mediation_case_validate     (CwDatabase       *db,
                                             CwMediationCase  *mediation_case,
                                             GError          **error);
/* Saves the case and all its rows as one change (one Undo). A new case
 * (id 0) gets the next number of its intake year, never skipped nor
 * reused, even when another program adds one at the same moment; core
 * keeps the settle-by and petition due dates. The case gets its id and
 * number. A new case given a number (cw_mediation_case_set_number() with
 * id 0: a past ledger's case, see cw-mediation-import.h) keeps it. */
gboolean     cw_mediation_case_save         (CwDatabase       *db,
                                             CwMediationCase  *mediation_case,
                                             GError          **error);
/* The case with all its rows. */
CwMediationCase *cw_mediation_case_load     (CwDatabase       *db,
                                             gint64            id,
                                             GError          **error);
/* The case a number names, as printed or as YEAR-N. */
CwMediationCase *cw_mediation_case_find     (CwDatabase       *db,
                                             const char       *number,
                                             GError          **error);
/* The cases of @year (0: every year), newest number first, without their
 * rows but with their parties, next deadline and search key; deadlines as
 * of @today (NULL: today). */
GListModel  *cw_mediation_case_list         (CwDatabase       *db,
                                             int               year,
                                             const char       *today,
                                             GError          **error);
/* The cases a household's members are parties to (the household page's
 * "cases"). */
GListModel  *cw_mediation_case_list_for_household (CwDatabase  *db,
                                                   gint64       household_id,
                                                   GError     **error);
/* Fills a party's particulars from the register: name, sex, ethnicity,
 * age on the case's intake date, phone, address, household and ID number. */
gboolean     cw_mediation_party_fill_from_person  (CwDatabase      *db,
                                                   CwMediationRow  *party,
                                                   gint64           person_id,
                                                   const char      *on,
                                                   GError         **error);

/* A party as the command line and imports write one: "户号:姓名" or an
 * ID number for a person of the register, or "姓名,性别,年龄,住址,电话" (any
 * of the later fields may be left off) for an outsider. @side is
 * "applicant" or "respondent"; @on the intake date the age is taken on. */
CwMediationRow *cw_mediation_party_from_text      (CwDatabase      *db,
                                                   const char      *side,
                                                   const char      *text,
                                                   const char      *on,
                                                   GError         **error);

G_END_DECLS
