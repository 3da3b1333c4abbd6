/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_APPLICATION (cw_application_get_type ())
G_DECLARE_FINAL_TYPE (CwApplication, cw_application, CW, APPLICATION, AdwApplication)

/* db_path NULL means cw_database_default_path(). */
CwApplication *cw_application_new          (const char    *db_path);
const char    *cw_application_get_db_path  (CwApplication *self);
/* The org.cunwu.Cunwu settings, also when running from the build tree;
 * NULL when the schema cannot be found at all (nothing is remembered then). */
GSettings     *cw_application_get_settings (CwApplication *self);

G_END_DECLS
