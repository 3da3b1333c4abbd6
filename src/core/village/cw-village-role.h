/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The village's offices. The order is the office's own (the secretary
 * first), which lists and printouts follow. */
typedef enum
{
  CW_ROLE_PARTY_SECRETARY,     /* 党支部书记 */
  CW_ROLE_DIRECTOR,            /* 村委会主任 */
  CW_ROLE_COMMITTEE_MEMBER,    /* 两委委员 */
  CW_ROLE_SUPERVISION_CHAIR,   /* 村务监督委员会主任 */
  CW_ROLE_SUPERVISION_MEMBER,  /* 村务监督委员会委员 */
  CW_ROLE_REPRESENTATIVE,      /* 村民代表 */
  CW_ROLE_MEDIATION_CHAIR,     /* 人民调解委员会主任 */
  CW_ROLE_MEDIATOR,            /* 人民调解委员会委员 */
  CW_ROLE_PARTY_GROUP_LEADER,  /* 党小组长 */
  CW_N_ROLES
} CwRoleKind;

/* The code kept in the database ("supervision_member"). */
const char *cw_role_kind_code        (CwRoleKind   kind);
/* The office's name in the person's language. */
const char *cw_role_kind_name        (CwRoleKind   kind);
/* A role as a person types it: its code, its English or Chinese name
 * (监委会委员, 村务监督委员会委员 and Supervisory committee member alike).
 * FALSE when @text names none. */
gboolean    cw_role_kind_parse       (const char  *text,
                                      CwRoleKind  *kind);
/* The roles' names joined by "、", for a message saying what is known. */
char       *cw_role_kind_list_names  (void);
/* The 村务监督委员会's two roles (主任 and 委员): the reviewers of notices. */
gboolean    cw_role_kind_is_supervision (CwRoleKind kind);

#define CW_TYPE_VILLAGE_ROLE (cw_village_role_get_type ())
G_DECLARE_FINAL_TYPE (CwVillageRole, cw_village_role, CW, VILLAGE_ROLE, GObject)

/* One holding of an office: who (a person of the register, or an
 * outsider by name), from when, until when (NULL while it lasts). */
CwVillageRole *cw_village_role_new              (CwRoleKind      kind,
                                                 gint64          person_id,
                                                 const char     *outsider_name,
                                                 const char     *from,
                                                 const char     *to);
CwVillageRole *cw_village_role_copy             (CwVillageRole  *self);

gint64         cw_village_role_get_id           (CwVillageRole  *self);
CwRoleKind     cw_village_role_get_kind         (CwVillageRole  *self);
void           cw_village_role_set_kind         (CwVillageRole  *self,
                                                 CwRoleKind      kind);
/* 0 for an outsider. */
gint64         cw_village_role_get_person_id    (CwVillageRole  *self);
void           cw_village_role_set_person_id    (CwVillageRole  *self,
                                                 gint64          person_id);
/* The holder's name: the person's, or the outsider's. */
const char    *cw_village_role_get_name         (CwVillageRole  *self);
void           cw_village_role_set_outsider_name (CwVillageRole *self,
                                                 const char     *name);
gboolean       cw_village_role_is_outsider      (CwVillageRole  *self);
/* The person's household number; "" for an outsider. */
const char    *cw_village_role_get_household_number (CwVillageRole *self);
const char    *cw_village_role_get_from         (CwVillageRole  *self);
void           cw_village_role_set_from         (CwVillageRole  *self,
                                                 const char     *from);
/* NULL while the holding lasts. */
const char    *cw_village_role_get_to           (CwVillageRole  *self);
void           cw_village_role_set_to           (CwVillageRole  *self,
                                                 const char     *to);
/* Whether the holding covers @date ("YYYY-MM-DD"). */
gboolean       cw_village_role_covers           (CwVillageRole  *self,
                                                 const char     *date);

/* Every holding, by office then start date; with @on ("YYYY-MM-DD"),
 * only those that cover that day. A GListModel of CwVillageRole. */
GListModel    *cw_village_role_list             (CwDatabase     *db,
                                                 const char     *on,
                                                 GError        **error);
/* The holdings of @kind that cover @on. */
GListModel    *cw_village_role_holders          (CwDatabase     *db,
                                                 CwRoleKind      kind,
                                                 const char     *on,
                                                 GError        **error);
/* How many hold @kind on @on (the 村民代表 of a 村民代表会议). */
guint          cw_village_role_count            (CwDatabase     *db,
                                                 CwRoleKind      kind,
                                                 const char     *on);
/* The 村务监督委员会 member (主任 or 委员) called @name on @on; NULL and
 * CW_ERROR_NOT_FOUND naming the members of that day when there is none. */
CwVillageRole *cw_village_role_find_supervisor  (CwDatabase     *db,
                                                 const char     *name,
                                                 const char     *on,
                                                 GError        **error);
/* What is wrong with the 监委会 on @on (fewer than 3 or more than 5
 * members, no 主任), in the person's words; NULL when nothing is. */
char          *cw_village_role_supervision_problem (CwDatabase  *db,
                                                 const char     *on);

/* The person a clerk means by @text: the register's row number, an ID
 * number, or a name that only one person present on @on carries.
 * CW_ERROR_NOT_FOUND or CW_ERROR_INVALID (a name several carry, listing
 * their households) otherwise. */
gint64         cw_village_role_resolve_person   (CwDatabase     *db,
                                                 const char     *text,
                                                 const char     *on,
                                                 GError        **error);

/* Records a holding after the rules: a real date, the end not before the
 * start; the person present in the register when it starts; one holder
 * at a time of 党支部书记, 村委会主任, 监委会主任 and 调解委员会主任; nobody
 * twice in one office at once; no 村委会 member on the 监委会 at the same
 * time; at most five on the 监委会. Returns the new id, 0 on error. */
gint64         cw_village_role_add              (CwDatabase     *db,
                                                 CwVillageRole  *role,
                                                 GError        **error);
/* Saves an edited holding (same rules). */
gboolean       cw_village_role_update           (CwDatabase     *db,
                                                 CwVillageRole  *role,
                                                 GError        **error);
/* Ends holding @id on @to (not before its start). */
gboolean       cw_village_role_end              (CwDatabase     *db,
                                                 gint64          id,
                                                 const char     *to,
                                                 GError        **error);
CwVillageRole *cw_village_role_load             (CwDatabase     *db,
                                                 gint64          id,
                                                 GError        **error);

G_END_DECLS
