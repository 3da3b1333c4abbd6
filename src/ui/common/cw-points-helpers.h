/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* A toast saying @title with an Undo button that reverts the database's
 * last change (taken now) through the audit log. For changes the
 * database lets be undone: entries, rules, goods, redemptions. */
void cw_points_show_undo_toast (GtkWidget  *widget,
                                CwDatabase *db,
                                const char *title);

G_END_DECLS
