/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The columns of the township's ledger (台账): one row per case. Parties
 * of a side, their ID numbers and phones are each joined by "、", in the
 * same order, so that a caller can mask them one by one. */
typedef enum
{
  CW_LEDGER_NUMBER,
  CW_LEDGER_INTAKE_DATE,
  CW_LEDGER_SOURCE,          /* a code, see cw_mediation_label() */
  CW_LEDGER_TYPE,
  CW_LEDGER_APPLICANTS,
  CW_LEDGER_APPLICANT_IDS,
  CW_LEDGER_APPLICANT_PHONES,
  CW_LEDGER_RESPONDENTS,
  CW_LEDGER_RESPONDENT_IDS,
  CW_LEDGER_RESPONDENT_PHONES,
  CW_LEDGER_SUMMARY,
  CW_LEDGER_MEDIATORS,
  CW_LEDGER_AMOUNT,          /* yuan */
  CW_LEDGER_OUTCOME,         /* a code; "" while open */
  CW_LEDGER_CLOSED_ON,
  CW_LEDGER_AGREED,          /* yuan */
  CW_LEDGER_FOLLOWED_UP,     /* the last follow-up's date, or "" */
  CW_LEDGER_CONFIRM_APPLIED,
  /* The rest of what a case's figures and deadlines are counted from, so
   * that the ledger imports back as the same cases (cw-mediation-import.h). */
  CW_LEDGER_RISK_LEVEL,      /* a code */
  CW_LEDGER_RISK_CRIMINAL,   /* "1" or "0" */
  CW_LEDGER_RISK_GROUP,      /* "1" or "0" */
  CW_LEDGER_REQUEST,
  CW_LEDGER_RECORDER,
  CW_LEDGER_AGREEMENT,       /* a code, or "" */
  CW_LEDGER_EFFECTIVE_DATE,
  CW_LEDGER_TERMS,           /* the terms' contents, joined by "；" */
  CW_LEDGER_DEADLINE,        /* the terms' last deadline, or "" */
  CW_LEDGER_NEXT_STEP,       /* a code, or "" */
  CW_LEDGER_OUTCOME_NOTE,
  CW_LEDGER_FOLLOWUP_VISITOR,       /* of the last follow-up */
  CW_LEDGER_FOLLOWUP_PERFORMED,     /* a code, or "" */
  CW_LEDGER_FOLLOWUP_SATISFACTION,  /* a code, or "" */
  CW_LEDGER_CONFIRM_COURT,
  CW_LEDGER_CONFIRM_RESULT,  /* a code, or "" */
  CW_LEDGER_N_COLUMNS
} CwLedgerColumn;

/* The rows (GStrv of CW_LEDGER_N_COLUMNS) of the cases received in
 * @year, in number order. One query, for 20 000 cases as for 20. */
GPtrArray *cw_mediation_ledger_rows (CwDatabase  *db,
                                     int          year,
                                     GError     **error);

G_END_DECLS
