/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a case holds besides its own fields, each a row of text fields
 * named as the columns of its table (data/migrations/0007-mediation.sql). */
typedef enum
{
  CW_MEDIATION_PARTY,      /* 当事人 */
  CW_MEDIATION_SESSION,    /* 调解记录 */
  CW_MEDIATION_TERM,       /* a term of the agreement */
  CW_MEDIATION_FOLLOWUP,   /* 回访 */
  CW_MEDIATION_EXTENSION,  /* 延期 */
  CW_MEDIATION_N_KINDS
} CwMediationKind;

/* The fields of each kind, in the order of cw_mediation_row_field_name(). */
enum
{
  CW_PARTY_SIDE,           /* "applicant" or "respondent" */
  CW_PARTY_PERSON_ID,      /* "" for an outsider */
  CW_PARTY_NAME,
  CW_PARTY_SEX,            /* "M", "F" or "" */
  CW_PARTY_ETHNICITY,
  CW_PARTY_AGE,            /* whole years, or "" */
  CW_PARTY_OCCUPATION,
  CW_PARTY_PHONE,
  CW_PARTY_ADDRESS,
  CW_PARTY_AGENT,          /* 代理人 */
  CW_PARTY_AGENT_NOTE,     /* the agent's relation or phone */
  /* Read from the register for a person of it, never saved: */
  CW_PARTY_HOUSEHOLD_NUMBER,
  CW_PARTY_ID_NUMBER,
  CW_PARTY_N_FIELDS
};

enum
{
  CW_SESSION_HELD_ON,
  CW_SESSION_PLACE,
  CW_SESSION_ATTENDEES,
  CW_SESSION_STATEMENTS,   /* what each side said */
  CW_SESSION_CHECKED,      /* what was checked */
  CW_SESSION_WARNED,       /* the risks explained */
  CW_SESSION_RESULT,
  CW_SESSION_N_FIELDS
};

enum
{
  CW_TERM_CONTENT,
  CW_TERM_MANNER,
  CW_TERM_PLACE,
  CW_TERM_DEADLINE,        /* YYYY-MM-DD or "" */
  CW_TERM_N_FIELDS
};

enum
{
  CW_FOLLOWUP_VISITED_ON,
  CW_FOLLOWUP_VISITOR,
  CW_FOLLOWUP_PERFORMED,     /* "full", "partial", "none" */
  CW_FOLLOWUP_SATISFACTION,  /* "satisfied", "basically", "unsatisfied" */
  CW_FOLLOWUP_LAWSUIT,       /* "1" when a lawsuit followed, else "0" */
  CW_FOLLOWUP_RISK,
  CW_FOLLOWUP_MEASURES,
  CW_FOLLOWUP_N_FIELDS
};

enum
{
  CW_EXTENSION_KIND,         /* "mediation" or "petition" */
  CW_EXTENSION_GRANTED_ON,
  CW_EXTENSION_UNTIL,
  CW_EXTENSION_REASON,
  CW_EXTENSION_N_FIELDS
};

#define CW_TYPE_MEDIATION_ROW (cw_mediation_row_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationRow, cw_mediation_row, CW, MEDIATION_ROW, GObject)

CwMediationRow  *cw_mediation_row_new        (CwMediationKind  kind);
CwMediationRow  *cw_mediation_row_copy       (CwMediationRow  *self);
CwMediationKind  cw_mediation_row_get_kind   (CwMediationRow  *self);
/* 0 until the row is saved. */
gint64           cw_mediation_row_get_id     (CwMediationRow  *self);
void             cw_mediation_row_set_id     (CwMediationRow  *self,
                                              gint64           id);
/* Never NULL: "" for an empty field. */
const char      *cw_mediation_row_get        (CwMediationRow  *self,
                                              guint            field);
/* Stores @value (NULL: "") trimmed of surrounding white space. */
void             cw_mediation_row_set        (CwMediationRow  *self,
                                              guint            field,
                                              const char      *value);

guint            cw_mediation_row_n_fields   (CwMediationKind  kind);
/* The column of @field in the kind's table ("held_on"). */
const char      *cw_mediation_row_field_name (CwMediationKind  kind,
                                              guint            field);
/* The kind's table ("mediation_session"). */
const char      *cw_mediation_row_table      (CwMediationKind  kind);
/* Fields read from elsewhere and never saved (a register person's
 * household number and ID number). */
gboolean         cw_mediation_row_is_saved_field (CwMediationKind kind,
                                                  guint           field);

G_END_DECLS
