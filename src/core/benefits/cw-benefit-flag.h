/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Person flags a programme's rule may ask for, such as 参与土地分配 (holds
 * land-distribution rights): a word held from a day until a day. */

/* @person_id holds @flag from @since (YYYY-MM-DD or as typed). Refused
 * when the person holds it already. */
gboolean cw_benefit_flag_set   (CwDatabase  *db,
                                gint64       person_id,
                                const char  *flag,
                                const char  *since,
                                GError     **error);
/* @person_id holds @flag no longer from @until, for @reason. */
gboolean cw_benefit_flag_clear (CwDatabase  *db,
                                gint64       person_id,
                                const char  *flag,
                                const char  *until,
                                const char  *reason,
                                GError     **error);
/* The flags @person_id holds on @on (NULL: today), NULL-terminated;
 * NULL when they cannot be read. */
char   **cw_benefit_flag_list  (CwDatabase  *db,
                                gint64       person_id,
                                const char  *on,
                                GError     **error);

G_END_DECLS
