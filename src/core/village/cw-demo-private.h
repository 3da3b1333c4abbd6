/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The points part of the demo village, inside cw_demo_fill()'s
 * transaction, after the households exist. */
gboolean cw_demo_points_fill (CwDatabase  *db,
                              GRand       *rand,
                              guint        entries,
                              GError     **error);

G_END_DECLS
