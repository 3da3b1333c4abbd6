/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_POINTS_SUBJECT_CHIP (cw_points_subject_chip_get_type ())
G_DECLARE_FINAL_TYPE (CwPointsSubjectChip, cw_points_subject_chip, CW, POINTS_SUBJECT_CHIP, GtkBox)

/* A household or party member chosen on the entry page, "0012 张三",
 * with a button that activates entry.remove-household (x: @id). */
GtkWidget *cw_points_subject_chip_new (const char *text,
                                       gint64      id);

G_END_DECLS
