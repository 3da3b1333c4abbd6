/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_VILLAGE (cw_village_get_type ())
G_DECLARE_FINAL_TYPE (CwVillage, cw_village, CW, VILLAGE, GObject)

/* The village this database belongs to: there is exactly one, or none yet
 * (first start). Editors change a copy and save it with cw_village_update(). */
CwVillage  *cw_village_new          (const char  *name,
                                     const char  *township,
                                     const char  *county);
CwVillage  *cw_village_copy         (CwVillage   *self);
const char *cw_village_get_name     (CwVillage   *self);
void        cw_village_set_name     (CwVillage   *self,
                                     const char  *name);
const char *cw_village_get_township (CwVillage   *self);
void        cw_village_set_township (CwVillage   *self,
                                     const char  *township);
const char *cw_village_get_county   (CwVillage   *self);
void        cw_village_set_county   (CwVillage   *self,
                                     const char  *county);

/* NULL without an error when the database holds no village yet. */
CwVillage  *cw_village_load         (CwDatabase  *db,
                                     GError     **error);
gboolean    cw_village_exists       (CwDatabase  *db);
/* Refuses (CW_ERROR_EXISTS) when the database already holds a village. */
gboolean    cw_village_create       (CwDatabase  *db,
                                     CwVillage   *village,
                                     GError     **error);
gboolean    cw_village_update       (CwDatabase  *db,
                                     CwVillage   *village,
                                     GError     **error);

G_END_DECLS
