/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICE_SETTINGS_GROUP (cw_notice_settings_group_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticeSettingsGroup, cw_notice_settings_group, CW, NOTICE_SETTINGS_GROUP, AdwPreferencesGroup)

/* The notices register's settings on the Settings page: the day of a
 * period's first month by which its notices are due (the calendar counts
 * late from it), how many days a new notice stays up, and where notices
 * are posted. Saved as they change; core refuses what is out of range. */
void cw_notice_settings_group_set_database (CwNoticeSettingsGroup *self,
                                            CwDatabase            *db);
/* Shows the settings as they are now (after a change elsewhere, such as
 * `cunwu notices posting-day`). */
void cw_notice_settings_group_refresh      (CwNoticeSettingsGroup *self);

G_END_DECLS
