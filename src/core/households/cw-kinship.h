/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/households/cw-person.h"

G_BEGIN_DECLS

/* Who is whose relation (与户主关系) when the head of a household changes:
 * the rules every screen and command that changes the head follows. A
 * household has one head, its present member with relation 户主
 * (cw_person_is_head()). */

/* The head among @members (CwPerson items), or NULL when none of them is
 * a present 户主. */
CwPerson           *cw_kinship_find_head              (GListModel  *members);

/* The relations a former head may take when another member becomes head:
 * every relation but 户主, in the register's order. NULL-terminated. */
const char * const *cw_kinship_former_head_relations  (void);

/* What the former head usually is to @new_head, from @new_head's relation
 * to the former head: the parent of a son, the spouse of a spouse, the
 * grandparent of a grandchild, the child of a parent (by @old_head's
 * sex); otherwise 其他亲属. The clerk may choose another. */
const char         *cw_kinship_suggest_former_head_relation (CwPerson *new_head,
                                                             CwPerson *old_head);

/* Refuses (CW_ERROR_INVALID) a relation the former head cannot take: one
 * the register does not know, or 户主, since a household has one head. */
gboolean            cw_kinship_check_former_head_relation (const char  *relation,
                                                           GError     **error);

G_END_DECLS
