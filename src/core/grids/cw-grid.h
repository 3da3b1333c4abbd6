/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID (cw_grid_get_type ())
G_DECLARE_FINAL_TYPE (CwGrid, cw_grid, CW, GRID, GObject)

/* A grid (网格) of the village's tree. The village is the root: a grid
 * without a parent hangs under it. The level is the village's own word
 * (片区, 网格, 屋场党小组, 党员中心户 …). Properties: id, code, name,
 * parent-id, level, retired, retired-date; and, filled by cw_grid_list(),
 * the read-only parent-code, path (名称 › 名称 from the top), depth (0 at
 * the top), head-name, head-phone, workers (names joined by 、),
 * own-households (placed in this grid), households (in it and every grid
 * below) and children (grids directly below, not retired). */
CwGrid      *cw_grid_new              (void);
CwGrid      *cw_grid_copy             (CwGrid      *self);

gint64       cw_grid_get_id           (CwGrid      *self);
const char  *cw_grid_get_code         (CwGrid      *self);
const char  *cw_grid_get_name         (CwGrid      *self);
gint64       cw_grid_get_parent_id    (CwGrid      *self);
void         cw_grid_set_parent_id    (CwGrid      *self,
                                       gint64       parent_id);
const char  *cw_grid_get_level        (CwGrid      *self);
gboolean     cw_grid_get_retired      (CwGrid      *self);
const char  *cw_grid_get_parent_code  (CwGrid      *self);
const char  *cw_grid_get_path         (CwGrid      *self);
guint        cw_grid_get_depth        (CwGrid      *self);
const char  *cw_grid_get_head_name    (CwGrid      *self);
const char  *cw_grid_get_head_phone   (CwGrid      *self);
const char  *cw_grid_get_workers      (CwGrid      *self);
guint        cw_grid_get_own_households (CwGrid    *self);
guint        cw_grid_get_households   (CwGrid      *self);
guint        cw_grid_get_children     (CwGrid      *self);
/* Present members of the households in it and below, and the party
 * members among them (cw_grid_list_with_persons() and cw_grid_find()
 * count them; cw_grid_list() leaves them 0). */
guint        cw_grid_get_persons      (CwGrid      *self);
guint        cw_grid_get_party_members (CwGrid     *self);
/* Setters for what a person typed: "code", "name", "level"; and
 * "head-name", "head-phone" and "workers", which cw_grid_save() takes. */
void         cw_grid_set_text         (CwGrid      *self,
                                       const char  *property,
                                       const char  *value);

/* Cleans the code (cw_text_normalize_key: wg01 and ＷＧ０１ are WG01),
 * name and level; refuses an empty code or name. */
gboolean     cw_grid_validate         (CwGrid      *self,
                                       GError     **error);

/* Every grid in tree order (each parent before its children, siblings
 * by code), with the derived properties filled but persons and party
 * members: what the window's tree and lists show. */
GListModel  *cw_grid_list             (CwDatabase  *db,
                                       gboolean     include_retired,
                                       GError     **error);
/* The same with persons and party members counted too (the roster): a
 * pass over every person of the register, some tenths of a second for a
 * township. */
GListModel  *cw_grid_list_with_persons (CwDatabase *db,
                                        gboolean    include_retired,
                                        GError    **error);
CwGrid      *cw_grid_find             (CwDatabase  *db,
                                       const char  *code,
                                       GError     **error);
CwGrid      *cw_grid_load             (CwDatabase  *db,
                                       gint64       id,
                                       GError     **error);
/* Adds a grid; its code must be new. Sets the id on @grid. */
gboolean     cw_grid_add              (CwDatabase  *db,
                                       CwGrid      *grid,
                                       GError      **error);
/* Name, level and parent may change; a parent below the grid itself is
 * refused (the tree would become a loop). */
gboolean     cw_grid_update           (CwDatabase  *db,
                                       CwGrid      *grid,
                                       GError     **error);
/* Adds (@grid's id 0) or updates a grid, and makes its head-name the
 * grid's head from today when it names another person (a person of the
 * register by a name only one present person has, else an outsider) or
 * the head's phone changed; and its workers those "workers" lists (names
 * parted by 、 or commas, an outsider's name followed by a phone): those
 * newly named start today, those no longer named stop today. One
 * change, one Undo. An empty head-name leaves the head as it is. */
gboolean     cw_grid_save             (CwDatabase  *db,
                                       CwGrid      *grid,
                                       GError     **error);
/* Retires a grid on a date; refused while households are placed in it or
 * grids still hang below it. */
gboolean     cw_grid_retire           (CwDatabase  *db,
                                       gint64       id,
                                       const char  *date,
                                       GError     **error);

G_END_DECLS
