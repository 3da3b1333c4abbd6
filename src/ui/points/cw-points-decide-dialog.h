/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/points/cw-point-objection.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_DECIDE_DIALOG (cw_points_decide_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsDecideDialog, cw_points_decide_dialog, CW, POINTS_DECIDE_DIALOG, AdwMessageDialog)

/* 异议复核: the committee's decision on an open objection — upheld or
 * dismissed, a note, the day (today). Decide emits "decided" (outcome
 * "upheld" or "dismissed", the note, the day as typed); whoever opened
 * the dialog records it. */
GtkWidget        *cw_points_decide_dialog_new           (GtkWindow            *parent,
                                                         CwPointObjection     *objection);
/* The objection decided (transfer none). */
CwPointObjection *cw_points_decide_dialog_get_objection (CwPointsDecideDialog *self);

G_END_DECLS
