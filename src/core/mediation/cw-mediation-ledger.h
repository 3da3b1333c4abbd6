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

/* The ledger's sheet of follow-ups (回访记录): one row per follow-up of
 * every case received in @year, by case number then date, each a GStrv of
 * CW_FOLLOWUP_SHEET_N_COLUMNS. The cases sheet has room for the last one
 * only; this keeps them all, keyed by the case number. */
typedef enum
{
  CW_FOLLOWUP_SHEET_NUMBER,        /* the case's, as printed */
  CW_FOLLOWUP_SHEET_VISITED_ON,
  CW_FOLLOWUP_SHEET_VISITOR,
  CW_FOLLOWUP_SHEET_PERFORMED,      /* a code */
  CW_FOLLOWUP_SHEET_SATISFACTION,   /* a code */
  CW_FOLLOWUP_SHEET_LAWSUIT,       /* "1" or "0" */
  CW_FOLLOWUP_SHEET_RISK,
  CW_FOLLOWUP_SHEET_MEASURES,
  CW_FOLLOWUP_SHEET_N_COLUMNS
} CwFollowupSheetColumn;

GPtrArray *cw_mediation_ledger_followups (CwDatabase  *db,
                                          int          year,
                                          GError     **error);

/* The ledger's sheet of the cases' clocks (信访与延期): a petition's
 * acceptance or transfer, and every extension (of a mediation's month or a
 * petition's 60 days), by case number, the decision first and the
 * extensions in the order granted; each a GStrv of
 * CW_CLOCK_SHEET_N_COLUMNS. */
typedef enum
{
  CW_CLOCK_SHEET_NUMBER,
  /* "petition-accepted", "petition-transferred", "mediation-extended" or
   * "petition-extended" (the "handling" codes of cw_mediation_codes()) */
  CW_CLOCK_SHEET_WHAT,
  CW_CLOCK_SHEET_DATE,             /* decided or granted on */
  CW_CLOCK_SHEET_UNTIL,            /* an extension's new due date, else "" */
  CW_CLOCK_SHEET_REASON,           /* an extension's reason, else "" */
  CW_CLOCK_SHEET_N_COLUMNS
} CwClockSheetColumn;

GPtrArray *cw_mediation_ledger_clocks    (CwDatabase  *db,
                                          int          year,
                                          GError     **error);

G_END_DECLS
