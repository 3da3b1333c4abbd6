/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The grids register's choices, kept in the village's database beside the
 * other settings (core/village/cw-settings.h) so that the window, the
 * command line and the printouts follow the same ones. */
#define CW_SETTING_GRID_VISIT_DAYS      "grids-visit-every-days"
#define CW_SETTING_GRID_LINK_MAX        "grids-party-link-max"
#define CW_SETTING_GRID_MUST_VISIT_DAYS "grids-must-visit-days"
#define CW_SETTING_GRID_LIMIT_RED       "grids-request-days-red"
#define CW_SETTING_GRID_LIMIT_YELLOW    "grids-request-days-yellow"
#define CW_SETTING_GRID_LIMIT_BLUE      "grids-request-days-blue"

/* A routine visit is due this many days after the last one (default 30). */
int      cw_grid_settings_get_visit_days      (CwDatabase  *db);
/* The usual most households one party member looks after (default 10):
 * more is warned about, not refused. */
int      cw_grid_settings_get_link_max        (CwDatabase  *db);
/* A must-visit is answered on time within this many days (default 3). */
int      cw_grid_settings_get_must_visit_days (CwDatabase  *db);
/* A request's time limit in days by urgency "red", "yellow", "blue"
 * (defaults 1, 3, 7). */
int      cw_grid_settings_get_limit_days      (CwDatabase  *db,
                                               const char  *urgency);
/* Any of the keys above; refused unless a whole number from 1 to 3650. */
gboolean cw_grid_settings_set_days            (CwDatabase  *db,
                                               const char  *key,
                                               int          days,
                                               GError     **error);

G_END_DECLS
