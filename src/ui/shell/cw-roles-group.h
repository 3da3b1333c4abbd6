/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_ROLES_GROUP (cw_roles_group_get_type ())
G_DECLARE_FINAL_TYPE (CwRolesGroup, cw_roles_group, CW, ROLES_GROUP, AdwPreferencesGroup)

/* Settings' village offices: who holds which office today, each with an
 * End… button, and Add… for a new holding (an office, a person of the
 * register by name or ID number or an outsider, from, to). The rules are
 * core's (cw-village-role.h); a refusal is shown as core words it. */
void cw_roles_group_set_database (CwRolesGroup *self,
                                  CwDatabase   *db);
/* Reads the holdings again. */
void cw_roles_group_refresh      (CwRolesGroup *self);

G_END_DECLS
