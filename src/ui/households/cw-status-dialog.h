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
 * head; a head who lives alone takes the household along: it moves out
 * with them, or is closed, 注销 for 户主死亡, when they die), or a household
 * moving out or cancelled. No status is chosen for the clerk: Save waits
 * for one. Saved through core; "saved" (gint64 change_id, gint64
 * household_id, gint64 other_household_id, const char *message) after. */
CwStatusDialog *cw_status_dialog_new_for_person    (GtkWindow   *parent,
                                                    CwDatabase  *db,
                                                    CwPerson    *person,
                                                    GListModel  *members);
CwStatusDialog *cw_status_dialog_new_for_household (GtkWindow   *parent,
                                                    CwDatabase  *db,
                                                    CwHousehold *household);

G_END_DECLS
