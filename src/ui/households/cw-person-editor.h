/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person.h"
#include "ui/common/cw-record-editor.h"

G_BEGIN_DECLS

#define CW_TYPE_PERSON_EDITOR (cw_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (CwPersonEditor, cw_person_editor, CW, PERSON_EDITOR, CwRecordEditor)

/* A person in a window of its own (CwRecordEditor): a copy of @person, or
 * a new member of household @household_id when @person is NULL, saved
 * through core. Save waits while the person is not valid, and says why;
 * each field is judged as it is left. @household_label ("010001 · 张三")
 * is the window's subtitle. "saved" gives the saved copy (a CwPerson);
 * @owner (the widget that opened it) tells the clerk. */
CwPersonEditor *cw_person_editor_new (GtkWidget  *owner,
                                      CwDatabase *db,
                                      CwPerson   *person,
                                      gint64      household_id,
                                      const char *household_label);

G_END_DECLS
