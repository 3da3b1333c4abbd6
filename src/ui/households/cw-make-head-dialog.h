/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_MAKE_HEAD_DIALOG (cw_make_head_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwMakeHeadDialog, cw_make_head_dialog, CW, MAKE_HEAD_DIALOG, AdwMessageDialog)

/* Asks before @new_head, a present member, becomes head of the household
 * whose @members are given, and what the head until now becomes to the
 * new one (the usual relation chosen). "Make Head" saves through core;
 * a refusal is shown over @parent. "saved" as in cw-status-dialog.h. */
CwMakeHeadDialog *cw_make_head_dialog_new (GtkWindow  *parent,
                                           CwDatabase *db,
                                           CwPerson   *new_head,
                                           GListModel *members);

G_END_DECLS
