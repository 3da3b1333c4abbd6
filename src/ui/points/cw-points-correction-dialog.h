/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/points/cw-point-objection.h"

G_BEGIN_DECLS

#define CW_TYPE_POINTS_CORRECTION_DIALOG (cw_points_correction_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsCorrectionDialog, cw_points_correction_dialog, CW, POINTS_CORRECTION_DIALOG, AdwMessageDialog)

/* After an objection is upheld: its published quarter is locked, so the
 * correction goes into the open quarter. Responses "close" (Later) and
 * "entry" (Open Entry Page), which the opener acts on. */
GtkWidget        *cw_points_correction_dialog_new           (GtkWindow                *parent,
                                                             CwPointObjection         *objection);
/* The objection upheld (transfer none). */
CwPointObjection *cw_points_correction_dialog_get_objection (CwPointsCorrectionDialog *self);

G_END_DECLS
