/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD_PICKER (cw_household_picker_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdPicker, cw_household_picker, CW, HOUSEHOLD_PICKER, AdwBin)

/* Picks a household as the clerk types its 户号, a member's name, or the
 * pinyin or initials of a name ("zs" for 张三), as cw_household_matches()
 * does: "picked" (CwHousehold) on Enter or a click, "activate" on Enter
 * with nothing to pick. Only households in the register (not moved out
 * or cancelled) are offered. Follows the database by itself. */
GtkWidget   *cw_household_picker_new        (CwDatabase        *db);
/* Every household in the register, in group then 户号 order (transfer none). */
GListModel  *cw_household_picker_get_model  (CwHouseholdPicker *self);
void         cw_household_picker_set_text   (CwHouseholdPicker *self,
                                             const char        *text);
const char  *cw_household_picker_get_text   (CwHouseholdPicker *self);
/* Picks what Enter would pick; FALSE when nothing matches. */
gboolean     cw_household_picker_pick_best  (CwHouseholdPicker *self);
/* The household that Enter would pick (transfer none), or NULL. */
CwHousehold *cw_household_picker_get_best   (CwHouseholdPicker *self);

G_END_DECLS
