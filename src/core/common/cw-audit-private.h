/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the database connection only: what the audit log needs of SQLite. */

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Every table but the audit log itself gets triggers that write the change
 * (table, row, action, before and after as JSON, operator, time) into
 * audit_log in the same transaction. Tables named cache_* hold derived data
 * and are left out. Called after each migration, inside its transaction. */
gboolean cw_audit_install_triggers (sqlite3  *db,
                                    GError  **error);

/* Registers cw_operator() on the connection: the name the audit rows carry. */
void     cw_audit_register_operator (sqlite3     *db,
                                     const char **operator_name);

/* Registers cw_change_id(): the change the open transaction belongs to.
 * Outside a transaction it is NULL, which the audit log refuses: every
 * write goes through cw_database_begin(). */
void     cw_audit_register_change_id (sqlite3 *db,
                                      gint64  *change_id);

G_END_DECLS
