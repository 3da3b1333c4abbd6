/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/mediation/cw-mediation-row.h"

G_BEGIN_DECLS

/* A case's fields, each a string property of the same name with dashes
 * ("intake-date"). Codes are stored in English and shown through
 * cw_mediation_label(): source "application" (当事人申请), "initiative"
 * (主动调解), "police" (公安移交), "court" (法院委托), "government" (政府部门指定),
 * "petition" (信访转办); risk-level "ordinary", "serious", "major"; agreement
 * "", "written", "oral"; outcome "" (open), "success", "failure",
 * "terminated"; next-step "", "lawsuit", "arbitration", "transfer";
 * confirm-result "", "confirmed", "rejected"; petition-decision "",
 * "accepted", "transferred". Flags are "0" or "1", dates YYYY-MM-DD or
 * "", amounts in yuan ("1200.50"). */
typedef enum
{
  CW_CASE_INTAKE_DATE,
  CW_CASE_SOURCE,
  CW_CASE_TYPE,
  CW_CASE_RISK_LEVEL,
  CW_CASE_RISK_CRIMINAL,
  CW_CASE_RISK_GROUP,
  CW_CASE_SUMMARY,
  CW_CASE_REQUEST,
  CW_CASE_MEDIATORS,        /* names joined by 、 */
  CW_CASE_RECORDER,
  CW_CASE_REGISTERED_BY,
  CW_CASE_AMOUNT,           /* involved */
  CW_CASE_SETTLE_BY,        /* kept by core: intake + 30 days or the last extension */
  CW_CASE_AGREEMENT,
  CW_CASE_FACTS,
  CW_CASE_ISSUES,
  CW_CASE_RESPONSIBILITY,
  CW_CASE_EFFECTIVE_DATE,
  CW_CASE_AGREED,           /* the amount the agreement settles */
  CW_CASE_OUTCOME,
  CW_CASE_CLOSED_ON,
  CW_CASE_NEXT_STEP,
  CW_CASE_OUTCOME_NOTE,     /* why it was terminated, or a note */
  CW_CASE_CONFIRM_APPLIED,
  CW_CASE_CONFIRM_COURT,
  CW_CASE_CONFIRM_RESULT,
  CW_CASE_CONFIRM_NUMBER,
  CW_CASE_PETITION_DECISION,
  CW_CASE_PETITION_DECIDED,
  CW_CASE_PETITION_DUE,     /* kept by core */
  CW_CASE_N_STORED,
  /* Read, never written: */
  CW_CASE_NUMBER = CW_CASE_N_STORED,  /* （2026）清溪人调字第3号; "" before saving */
  CW_CASE_PARTIES,          /* "甲、乙 — 丙" */
  CW_CASE_NEXT_DUE,         /* the nearest date on the deadlines board, or "" */
  CW_CASE_NEXT_DUE_KIND,    /* what is due then (a cw_mediation_due kind) */
  CW_CASE_SEARCH_KEY,       /* parties' names, pinyin and household numbers */
  CW_CASE_N_FIELDS
} CwCaseField;

#define CW_TYPE_MEDIATION_CASE (cw_mediation_case_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationCase, cw_mediation_case, CW, MEDIATION_CASE, GObject)

/* Besides the fields: "id", "year", "seq" and "ordinal" (year and number
 * as one figure, for sorting by number). */

/* A new case: intake today, source "application", risk "ordinary". */
CwMediationCase *cw_mediation_case_new        (void);
/* A deep copy, rows included, for an editor. */
CwMediationCase *cw_mediation_case_copy       (CwMediationCase *self);

gint64       cw_mediation_case_get_id         (CwMediationCase *self);
int          cw_mediation_case_get_year       (CwMediationCase *self);
int          cw_mediation_case_get_seq        (CwMediationCase *self);
/* Never NULL. */
const char  *cw_mediation_case_get            (CwMediationCase *self,
                                               CwCaseField      field);
void         cw_mediation_case_set            (CwMediationCase *self,
                                               CwCaseField      field,
                                               const char      *value);
gboolean     cw_mediation_case_is_open        (CwMediationCase *self);
/* Whether @a and @b hold the same fields and rows (the derived fields
 * left aside): an editor's "changed?". */
gboolean     cw_mediation_case_equal          (CwMediationCase *a,
                                               CwMediationCase *b);
/* The property name of @field ("intake-date"), for list columns. */
const char  *cw_mediation_case_property_name  (CwCaseField      field);

/* The case's rows of @kind, in order (transfer none): parties by side
 * then position, sessions and follow-ups by date, terms in order. An
 * editor changes them in place on its copy. */
GPtrArray   *cw_mediation_case_get_rows       (CwMediationCase *self,
                                               CwMediationKind  kind);
void         cw_mediation_case_add_row        (CwMediationCase *self,
                                               CwMediationRow  *row);
/* The parties of @side ("applicant" or "respondent"), transfer container. */
GPtrArray   *cw_mediation_case_get_parties    (CwMediationCase *self,
                                               const char      *side);

/* For core's reading code (cw-mediation.c). */
void         cw_mediation_case_set_number     (CwMediationCase *self,
                                               gint64           id,
                                               int              year,
                                               int              seq);
void         cw_mediation_case_set_derived    (CwMediationCase *self,
                                               CwCaseField      field,
                                               const char      *value);

G_END_DECLS
