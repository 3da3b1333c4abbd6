/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the mediation register's core files: the case table's columns
 * in the order of CwCaseField. */

#include "core/common/cw-database-private.h"
#include "core/mediation/cw-mediation.h"

G_BEGIN_DECLS

extern const char * const cw_mediation_case_columns[CW_CASE_N_STORED];

/* How a stored field is written: text, an amount in fen, a 0/1 flag, or
 * text that is NULL when empty. */
typedef enum
{
  CW_CASE_COLUMN_TEXT,
  CW_CASE_COLUMN_FEN,
  CW_CASE_COLUMN_FLAG,
  CW_CASE_COLUMN_NULLABLE,
} CwCaseColumnKind;

CwCaseColumnKind cw_mediation_case_column_kind (CwCaseField field);

/* Writes @mediation_case, already checked by cw_mediation_case_validate(),
 * with its rows, in the transaction the caller holds: the case and its new
 * rows get their ids and the case its number; nothing is read back. For
 * cw_mediation_case_save() and the ledger import, which validates each
 * case once, before it writes any. */
gboolean         cw_mediation_case_write       (CwDatabase       *db,
                                                CwMediationCase  *mediation_case,
                                                GError          **error);

G_END_DECLS
