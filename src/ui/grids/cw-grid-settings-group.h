/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_SETTINGS_GROUP (cw_grid_settings_group_get_type ())
G_DECLARE_FINAL_TYPE (CwGridSettingsGroup, cw_grid_settings_group, CW, GRID_SETTINGS_GROUP, AdwPreferencesGroup)

/* The grids register's settings on the Settings page: how often a routine
 * visit is due, the usual most households per party member, the days a
 * must-visit has, and each urgency's time limit. Saved as they change. */
void cw_grid_settings_group_set_database (CwGridSettingsGroup *self,
                                          CwDatabase          *db);

G_END_DECLS
