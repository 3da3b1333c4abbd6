/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_SETTINGS_PAGE (cw_settings_page_get_type ())
G_DECLARE_FINAL_TYPE (CwSettingsPage, cw_settings_page, CW, SETTINGS_PAGE, AdwBin)

/* The village's name and place, its village groups, the operator's name and
 * the backups. Every change goes through core. */
GtkWidget *cw_settings_page_new (CwDatabase *db);

G_END_DECLS
