/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/mediation/cw-mediation-case.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The papers of a mediation case (司法部's 人民调解文书格式), each a printed
 * table (cw-print-table.h) for the PDF and the print dialog alike. These
 * are for the parties and the file, never for a notice board: the parties'
 * particulars print in full. @mediation_case is a case with its rows
 * (cw_mediation_case_load()). */

/* 人民调解协议书 (人民调解法 art. 29): the committee, the number, each
 * party's particulars, the facts and issues, the responsibility, the terms
 * with manner, place and deadline, the number of copies (one per party and
 * one for the committee), a signature line for every party, the mediators
 * and the recorder, the date and the seal; for an oral agreement, the 口头
 * 协议登记表 (art. 28). CW_ERROR_REFUSED when the case has no agreement. */
CwPrintTable *cw_mediation_agreement_table (CwDatabase       *db,
                                            CwMediationCase  *mediation_case,
                                            GError          **error);
/* 人民调解受理登记表. */
CwPrintTable *cw_mediation_intake_table    (CwDatabase       *db,
                                            CwMediationCase  *mediation_case);
/* 人民调解权利义务告知书 (人民调解法 art. 23–24), for the parties to sign. */
CwPrintTable *cw_mediation_rights_table    (CwDatabase       *db,
                                            CwMediationCase  *mediation_case);
/* 当事人身份信息: each party's particulars as the file keeps them. */
CwPrintTable *cw_mediation_identity_table  (CwDatabase       *db,
                                            CwMediationCase  *mediation_case);
/* 人民调解记录 of the session at @index. */
CwPrintTable *cw_mediation_session_table   (CwDatabase       *db,
                                            CwMediationCase  *mediation_case,
                                            guint             index);
/* 人民调解回访记录 of the follow-up at @index (人民调解法 art. 31). */
CwPrintTable *cw_mediation_followup_table  (CwDatabase       *db,
                                            CwMediationCase  *mediation_case,
                                            guint             index);
/* 司法确认情况: the application and the court's decision. */
CwPrintTable *cw_mediation_confirm_table   (CwDatabase       *db,
                                            CwMediationCase  *mediation_case);

/* The parties of @side as one line, "张三、李四". */
char         *cw_mediation_party_names     (CwMediationCase  *mediation_case,
                                            const char       *side);

G_END_DECLS
