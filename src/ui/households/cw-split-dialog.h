/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"

G_BEGIN_DECLS

#define CW_TYPE_SPLIT_DIALOG (cw_split_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwSplitDialog, cw_split_dialog, CW, SPLIT_DIALOG, AdwWindow)

/* 分户: some present members of @household (never its head) form a new
 * household, one of them its head, with the next free 户号 of the group
 * suggested. "saved" as in cw-status-dialog.h, with both households. */
CwSplitDialog *cw_split_dialog_new (GtkWindow   *parent,
                                    CwDatabase  *db,
                                    GListModel  *households,
                                    CwHousehold *household,
                                    GListModel  *members);

G_END_DECLS
