/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/notices/cw-decision.h"

G_BEGIN_DECLS

#define CW_TYPE_DECISION_DIALOG (cw_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwDecisionDialog, cw_decision_dialog, CW, DECISION_DIALOG, AdwWindow)

/* A decision (四议两公开): without @decision, the matter raised and its
 * day; with it, the meetings held so far and the next step to record — its
 * day, the meeting (step 4), who was due (from the register and the roles
 * on that day, which the clerk may correct), present, for and against —
 * with the verdict the quorum rules give as the counts are typed. Core
 * refuses a step out of order; its message stays in the dialog. */
CwDecisionDialog *cw_decision_dialog_new (GtkWidget  *owner,
                                          CwDatabase *db,
                                          CwDecision *decision);

G_END_DECLS
