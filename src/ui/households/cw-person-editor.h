/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_PERSON_EDITOR (cw_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwPersonEditor, cw_person_editor, CW, PERSON_EDITOR, AdwWindow)

/* Edits a copy of @person, or a new member of household @household_id
 * when @person is NULL, and saves it through core. Save stays
 * insensitive while the person is not valid, and says why; an error from
 * saving keeps the editor open with everything typed.
 *
 * "saved" (gint64 change_id, gint64 household_id, gint64 other_household_id,
 * const char *message) is emitted after a successful save, just before the
 * editor closes; change_id is the change to undo. */
CwPersonEditor *cw_person_editor_new (GtkWindow  *parent,
                                      CwDatabase *db,
                                      CwPerson   *person,
                                      gint64      household_id,
                                      const char *household_label);

G_END_DECLS
