/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD_EDITOR (cw_household_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdEditor, cw_household_editor, CW, HOUSEHOLD_EDITOR, CwRecordEditor)

/* A household with its head in a window of its own (CwRecordEditor): a
 * copy of @household and of its head, or a new household with its head
 * when @household is NULL (in @group_id, 0 for the first group, with the
 * next free 户号 of that group suggested). @households is the register as
 * loaded (for the suggestion and to tell a 户号 that is taken while it is
 * typed). Saving goes through core, household and head in one change;
 * Save waits while either is not valid. "saved" gives the saved copy (a
 * CwHousehold); @owner (the widget that opened it) tells the clerk. */
CwHouseholdEditor *cw_household_editor_new (GtkWidget   *owner,
                                            CwDatabase  *db,
                                            GListModel  *households,
                                            CwHousehold *household,
                                            gint64       group_id);

G_END_DECLS
