/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/mediation/cw-mediation-row.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_ROWS_GROUP (cw_mediation_rows_group_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationRowsGroup, cw_mediation_rows_group, CW, MEDIATION_ROWS_GROUP, AdwPreferencesGroup)

/* A case's rows of one kind (its "kind" property, a CwMediationKind) in a
 * case editor: each an expander row with a field per column, and an Add
 * button in the header. It works on copies: the editor hands the case's
 * rows in with set_rows and reads them back with read_rows. A party from
 * the register shows the register's particulars and keeps only its side,
 * occupation and agent editable. "changed" when a row is added, removed or
 * edited. */
void cw_mediation_rows_group_set_rows  (CwMediationRowsGroup *self,
                                        GPtrArray            *rows);
/* Replaces the contents of @rows with copies of the rows shown. */
void cw_mediation_rows_group_read_rows (CwMediationRowsGroup *self,
                                        GPtrArray            *rows);
/* Adds @row (a reference is taken), opened for editing. */
void cw_mediation_rows_group_add       (CwMediationRowsGroup *self,
                                        CwMediationRow       *row);
guint cw_mediation_rows_group_get_n_rows (CwMediationRowsGroup *self);

G_END_DECLS
