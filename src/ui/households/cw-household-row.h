/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/households/cw-household.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD_ROW (cw_household_row_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdRow, cw_household_row, CW, HOUSEHOLD_ROW, GObject)

/* One row of the households table: place @position of @source (a model
 * of CwHousehold), showing whichever household the search puts there
 * (see cw-household-rows.h). "household" is notified when it changes. */
CwHouseholdRow *cw_household_row_new           (GListModel     *source,
                                                guint           position);
/* The household now at the row's place (read when first asked for). */
CwHousehold    *cw_household_row_get_household (CwHouseholdRow *self);
/* What is at the row's place may have changed: a row on screen (one whose
 * "household" is followed) reads it at once and tells; the others read it
 * when next asked. */
void            cw_household_row_invalidate    (CwHouseholdRow *self);

G_END_DECLS
