/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_MOVE_DIALOG (cw_move_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwMoveDialog, cw_move_dialog, CW, MOVE_DIALOG, AdwWindow)

/* Moves @person into another household of @households (the register as
 * loaded), picked by 户号, name or pinyin as in the main search, with a
 * new relation there. "saved" as in cw-status-dialog.h, with both
 * households. */
CwMoveDialog *cw_move_dialog_new (GtkWindow  *parent,
                                  CwDatabase *db,
                                  GListModel *households,
                                  CwPerson   *person);

G_END_DECLS
