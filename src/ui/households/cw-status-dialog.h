/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_STATUS_DIALOG (cw_status_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwStatusDialog, cw_status_dialog, CW, STATUS_DIALOG, AdwWindow)

/* A status change with its date and reason: a person working away,
 * moving out or deceased (a head who leaves names the member who becomes
 * head), or a household moving out or cancelled. Saved through core;
 * "saved" as in cw-person-editor.h. */
CwStatusDialog *cw_status_dialog_new_for_person    (GtkWindow   *parent,
                                                    CwDatabase  *db,
                                                    CwPerson    *person,
                                                    GListModel  *members);
CwStatusDialog *cw_status_dialog_new_for_household (GtkWindow   *parent,
                                                    CwDatabase  *db,
                                                    CwHousehold *household);

G_END_DECLS
