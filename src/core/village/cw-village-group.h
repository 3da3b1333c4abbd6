/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_VILLAGE_GROUP (cw_village_group_get_type ())
G_DECLARE_FINAL_TYPE (CwVillageGroup, cw_village_group, CW, VILLAGE_GROUP, GObject)

/* A village group (村民小组). Groups are ordered by position and retired
 * rather than deleted, since households keep pointing at them. */
gint64          cw_village_group_get_id       (CwVillageGroup *self);
const char     *cw_village_group_get_name     (CwVillageGroup *self);
int             cw_village_group_get_position (CwVillageGroup *self);
gboolean        cw_village_group_get_retired  (CwVillageGroup *self);

/* A GListModel of CwVillageGroup in the office's order. */
GListModel     *cw_village_group_list         (CwDatabase     *db,
                                               gboolean        include_retired,
                                               GError        **error);
CwVillageGroup *cw_village_group_find         (CwDatabase     *db,
                                               const char     *name,
                                               GError        **error);
CwVillageGroup *cw_village_group_add          (CwDatabase     *db,
                                               const char     *name,
                                               GError        **error);
gboolean        cw_village_group_rename       (CwDatabase     *db,
                                               gint64          id,
                                               const char     *name,
                                               GError        **error);
/* Moves the group one place up (delta -1) or down (+1) in the order. */
gboolean        cw_village_group_move         (CwDatabase     *db,
                                               gint64          id,
                                               int             delta,
                                               GError        **error);
gboolean        cw_village_group_set_retired  (CwDatabase     *db,
                                               gint64          id,
                                               gboolean        retired,
                                               GError        **error);

G_END_DECLS
