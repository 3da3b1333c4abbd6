/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD (cw_household_get_type ())
G_DECLARE_FINAL_TYPE (CwHousehold, cw_household, CW, HOUSEHOLD, GObject)

/* A household (户). Properties: id, number, group-id, address, phone,
 * tags, notes, status, status-date, status-reason; and, filled by
 * cw_household_list(), the read-only group-name, group-position,
 * head-name, member-count and member-tags (the household's and its
 * present members' tags together). */
CwHousehold *cw_household_new               (void);
CwHousehold *cw_household_copy              (CwHousehold  *self);

gint64       cw_household_get_id            (CwHousehold  *self);
const char  *cw_household_get_number        (CwHousehold  *self);
gint64       cw_household_get_group_id      (CwHousehold  *self);
void         cw_household_set_group_id      (CwHousehold  *self,
                                             gint64        group_id);
const char  *cw_household_get_address       (CwHousehold  *self);
const char  *cw_household_get_phone         (CwHousehold  *self);
const char  *cw_household_get_tags          (CwHousehold  *self);
const char  *cw_household_get_notes         (CwHousehold  *self);
/* Interned: compare it with g_intern_static_string (CW_HOUSEHOLD_STATUS_…). */
const char  *cw_household_get_status        (CwHousehold  *self);
const char  *cw_household_get_status_date   (CwHousehold  *self);
const char  *cw_household_get_status_reason (CwHousehold  *self);
const char  *cw_household_get_group_name    (CwHousehold  *self);
int          cw_household_get_group_position (CwHousehold *self);
const char  *cw_household_get_head_name     (CwHousehold  *self);
guint        cw_household_get_member_count  (CwHousehold  *self);
const char  *cw_household_get_member_tags   (CwHousehold  *self);
void         cw_household_set_text          (CwHousehold  *self,
                                             const char   *property,
                                             const char   *value);

/* Search as the clerk types: by 户号, a member's name, ID number or phone,
 * or pinyin (full or initials) of a member's name. Case-insensitive;
 * several words (parted by spaces, half- or full-width) must all match. */
gboolean     cw_household_matches           (CwHousehold  *self,
                                             const char   *query);
/* What cw_household_matches() looks in: one lowercased text. When
 * cw_household_query_is_plain (@query), the household matches @query
 * exactly when this text contains it, so a view can keep every
 * household's text together and search them in one pass. */
const char  *cw_household_get_search_text   (CwHousehold  *self);
gboolean     cw_household_query_is_plain    (const char   *query);
/* Which member @query found, when it matches the household but not by its
 * 户号 or phone nor by its head: that member's person id, with their name
 * (newly allocated) and relation (interned) when asked; otherwise 0. So
 * that a clerk who typed a child's name sees whose household this is. */
gint64       cw_household_match_member      (CwHousehold  *self,
                                             const char   *query,
                                             char        **name,
                                             const char  **relation);

gboolean     cw_household_validate          (CwHousehold  *self,
                                             GError      **error);

/* Every household with its derived columns, in group order then by 户号:
 * two ordered passes (households, then persons), fast enough for 30 000
 * households. */
GListModel  *cw_household_list              (CwDatabase   *db,
                                             GError      **error);
/* The register's order, the one cw_household_list() returns: by village
 * group in the office's order (its position), then by 户号. Negative
 * when @a comes first. */
int          cw_household_compare           (CwHousehold  *a,
                                             CwHousehold  *b);
/* Where @household goes in @households (kept in the register's order):
 * before the first household that comes after it. */
guint        cw_household_insert_position   (GListModel   *households,
                                             CwHousehold  *household);
CwHousehold *cw_household_load              (CwDatabase   *db,
                                             gint64        id,
                                             GError      **error);
CwHousehold *cw_household_find_by_number    (CwDatabase   *db,
                                             const char   *number,
                                             GError      **error);
/* A new household always comes with its head (relation 户主). */
gboolean     cw_household_add               (CwDatabase   *db,
                                             CwHousehold  *household,
                                             CwPerson     *head,
                                             GError      **error);
gboolean     cw_household_update            (CwDatabase   *db,
                                             CwHousehold  *household,
                                             GError      **error);
/* An edited household and its edited head (NULL: the head is unchanged)
 * as one change, so that one Undo takes back both: both are saved or
 * neither. When the head is what was refused, *head_refused (may be NULL)
 * is TRUE, so that the problem can be shown beside the head's fields. */
gboolean     cw_household_update_with_head  (CwDatabase   *db,
                                             CwHousehold  *household,
                                             CwPerson     *head,
                                             gboolean     *head_refused,
                                             GError      **error);
/* Moving out or cancelling a household: a status with a date and reason;
 * its present members move out with it. */
gboolean     cw_household_set_status        (CwDatabase   *db,
                                             gint64        id,
                                             const char   *status,
                                             const char   *date,
                                             const char   *reason,
                                             GError      **error);
/* 分户: the given members (one of them the new head) form a new household
 * with the given number in the same group. Returns the new household. */
CwHousehold *cw_household_split             (CwDatabase   *db,
                                             gint64        from_id,
                                             const char   *new_number,
                                             const gint64 *person_ids,
                                             guint         n_persons,
                                             gint64        new_head_id,
                                             GError      **error);
/* Makes a present member the head; the old head takes @old_head_relation. */
gboolean     cw_household_change_head       (CwDatabase   *db,
                                             gint64        household_id,
                                             gint64        new_head_id,
                                             const char   *old_head_relation,
                                             GError      **error);
/* A person's status change (外出务工, 迁出, 死亡) with date and reason.
 * A head who leaves must be replaced: @new_head_id names the member who
 * becomes head (0 when the person is not the head). */
gboolean     cw_household_set_person_status (CwDatabase   *db,
                                             gint64        person_id,
                                             const char   *status,
                                             const char   *date,
                                             const char   *reason,
                                             gint64        new_head_id,
                                             GError      **error);

/* The death of a head who lives alone, with nobody present to become
 * head: the person is recorded deceased and the household closed (注销,
 * status cancelled, reason 户主死亡) on @date, as one change that one
 * Undo takes back. Refused when another member is present. */
gboolean     cw_household_close_on_death    (CwDatabase   *db,
                                             gint64        person_id,
                                             const char   *date,
                                             const char   *reason,
                                             GError      **error);

G_END_DECLS
