/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_HOUSEHOLD_CASES (cw_mediation_household_cases_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationHouseholdCases, cw_mediation_household_cases, CW, MEDIATION_HOUSEHOLD_CASES, AdwBin)

/* The household page's "cases" (for the clerk only, never printed): a
 * button, "Mediation (2)", shown when the household's members are parties
 * to cases, whose popover lists them (number, type, state, parties); a
 * case chosen there opens on the mediation page. Read when the household
 * changes, after the keystrokes and redraws of the moment. */
void cw_mediation_household_cases_set_household (CwMediationHouseholdCases *self,
                                                 CwDatabase                *db,
                                                 gint64                     household_id);
/* The cases listed now (transfer none; empty before they are read). */
GListModel *cw_mediation_household_cases_get_cases (CwMediationHouseholdCases *self);
/* Opens @mediation_case on the window's mediation page, as a click on its
 * row does. */
void cw_mediation_household_cases_open (CwMediationHouseholdCases *self,
                                        gpointer                   mediation_case);

G_END_DECLS
