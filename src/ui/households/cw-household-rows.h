/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ui/households/cw-household-row.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD_ROWS (cw_household_rows_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdRows, cw_household_rows, CW, HOUSEHOLD_ROWS, GObject)

/* A GListModel of CwHouseholdRow over a model of CwHousehold (the sorted,
 * filtered register), with the same items in the same order, but where
 * row i stays the same object whatever household comes to be at place i.
 *
 * Why: GTK 4.8's list views keep about two hundred rows of widgets, and
 * throw them all away and build new ones when a search keystroke replaces
 * the rows under them. Here a keystroke only changes what the rows show
 * (a "household" notification the cells follow), and rows come or go only
 * at the end of the list. */
CwHouseholdRows *cw_household_rows_new (GListModel *households);

G_END_DECLS
