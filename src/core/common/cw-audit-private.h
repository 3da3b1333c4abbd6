/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the database connection only: what the audit log needs of SQLite. */

#include <sqlite3.h>
#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Every table but the audit log itself gets triggers that write the change
 * (table, row, action, before and after as JSON, operator, time) into
 * audit_log in the same transaction: an insert's row whole, a delete's row
 * whole, an update's changed columns only, before and after. Tables named cache_* hold derived data
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

/* Bulk work (an import) audited by one statement instead of a trigger
 * per row. A batch drops the per-row audit trigger of one action on one
 * table inside the open transaction; cw_audit_batch_finish() writes the
 * audit rows that trigger would have written (same change, operator,
 * table, row, action and JSON images, in table order rather than
 * interleaved with other tables) and creates the trigger again from its
 * own text. Nothing commits while a batch is unfinished
 * (cw_database_commit() refuses); a rollback brings the trigger back by
 * itself.
 *
 * An inserts batch audits the rows inserted since it began (rowid above
 * the largest one then) with their images at the finish: finish it before
 * anything updates them. */
typedef struct _CwAuditBatch CwAuditBatch;

CwAuditBatch *cw_audit_batch_inserts   (CwDatabase    *db,
                                        const char    *table,
                                        GError       **error);
/* The rows were inserted as an update later in the same change would
 * leave them (an import's entries inserted reviewed): the audit log holds
 * what it would hold had they been inserted and then updated — each
 * row's insert with @values (SQL expressions, NULL-terminated with
 * @columns) for @columns, then its update from that image to the row. */
void          cw_audit_batch_set_inserted_as (CwAuditBatch       *batch,
                                              const char * const *columns,
                                              const char * const *values);
gboolean      cw_audit_batch_finish    (CwAuditBatch  *batch,
                                        GError       **error);
void          cw_audit_batch_free      (CwAuditBatch  *batch);

/* For the tests that hold a batch against what it stands in for: on @db
 * with @per_row, a batch leaves the per-row trigger in place and writes
 * nothing itself (cw_audit_batch_set_inserted_as() included), so the same
 * import is audited row by row by the triggers. */
void          cw_audit_set_per_row     (CwDatabase    *db,
                                        gboolean       per_row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwAuditBatch, cw_audit_batch_free)

G_END_DECLS
