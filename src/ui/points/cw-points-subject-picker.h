/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_SUBJECT_PICKER (cw_points_subject_picker_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsSubjectPicker, cw_points_subject_picker, CW, POINTS_SUBJECT_PICKER, AdwBin)

/* Whose points: under the household scheme (村民积分, the default) a
 * household, found as CwHouseholdPicker finds it; under the party scheme
 * (党员积分) a present party member, by name, pinyin initials, ID number
 * or household number. "picked" (the CwHousehold or CwPerson) on Enter or
 * a click, "activate" on Enter with nothing to pick. The households
 * follow the database by themselves; the party members are read when
 * first needed and again on cw_points_subject_picker_reload(). The entry
 * page and the shop's counter both pick with it. */
GtkWidget  *cw_points_subject_picker_new              (CwDatabase            *db);
/* CW_SCHEME_HOUSEHOLD or CW_SCHEME_PARTY: which picker is shown. */
void        cw_points_subject_picker_set_scheme       (CwPointsSubjectPicker *self,
                                                       const char            *scheme);
const char *cw_points_subject_picker_get_text         (CwPointsSubjectPicker *self);
/* Sets the text of both pickers without opening a list. */
void        cw_points_subject_picker_set_text         (CwPointsSubjectPicker *self,
                                                       const char            *text);
/* Picks what Enter would pick; FALSE when nothing matches. */
gboolean    cw_points_subject_picker_pick_best        (CwPointsSubjectPicker *self);
/* The text field shown, for a label's mnemonic. */
GtkWidget  *cw_points_subject_picker_get_entry        (CwPointsSubjectPicker *self);
/* "No household (party member) in the register matches “…”." for the
 * text typed. */
char       *cw_points_subject_picker_describe_no_match (CwPointsSubjectPicker *self);
/* Every household in the register, in group then 户号 order (transfer none). */
GListModel *cw_points_subject_picker_get_households   (CwPointsSubjectPicker *self);
/* As if @number (a 户号) had been typed and picked; FALSE when no
 * household in the register has it. */
gboolean    cw_points_subject_picker_choose_household (CwPointsSubjectPicker *self,
                                                       const char            *number);
/* As if a party member's name or ID number had been typed in full and
 * picked; FALSE when none has it. */
gboolean    cw_points_subject_picker_choose_member    (CwPointsSubjectPicker *self,
                                                       const char            *query);
/* Reads the party members again, under the party scheme. */
void        cw_points_subject_picker_reload           (CwPointsSubjectPicker *self);

G_END_DECLS
