/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_BACKUPS_GROUP (cw_backups_group_get_type ())
G_DECLARE_FINAL_TYPE (CwBackupsGroup, cw_backups_group, CW, BACKUPS_GROUP, AdwPreferencesGroup)

/* The Backups group of Settings: the rotation folder and its backups (each
 * one restores when picked), Back Up Now (checked, off the main loop), Save
 * a Copy… and Restore from a Backup…. Follows the folder by itself. */
void cw_backups_group_set_database (CwBackupsGroup *self,
                                    CwDatabase     *db);
void cw_backups_group_refresh      (CwBackupsGroup *self);

G_END_DECLS
