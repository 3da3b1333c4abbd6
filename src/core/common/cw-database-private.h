/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/core only: SQL on the village's database. Outside core a change
 * is a core function with a GError, all or nothing (tests/check-layers.sh
 * keeps this header inside). */

#include <sqlite3.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *cw_database_get_handle            (CwDatabase   *self);

/* How every connection core opens waits for another's lock (see
 * cw_database_set_wait()); the one place that sets it. */
void          cw_database_wait_setup            (sqlite3      *handle,
                                                 guint         timeout_ms);
/* Whether @path is a Cunwu database this program knows, without changing
 * it; @version (may be NULL) gets its schema version. */
gboolean      cw_database_identify              (const char   *path,
                                                 int          *version,
                                                 GError      **error);
/* The schema of @version, built in the empty database @handle as the
 * migrations and the audit log build it. */
gboolean      cw_database_build_schema          (sqlite3      *handle,
                                                 int           version,
                                                 GError      **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * savepoints, so core functions compose into one change (one Undo). */
gboolean      cw_database_begin                 (CwDatabase   *self,
                                                 GError      **error);
gboolean      cw_database_commit                (CwDatabase   *self,
                                                 GError      **error);
void          cw_database_rollback              (CwDatabase   *self);
/* An audit batch (cw-audit-private.h) holds the outermost commit while its
 * trigger is dropped; a rollback of its level lets go. */
void          cw_database_hold_commit           (CwDatabase   *self,
                                                 gboolean      hold);

gboolean      cw_database_exec                  (CwDatabase   *self,
                                                 const char   *sql,
                                                 GError      **error);
sqlite3_stmt *cw_database_prepare               (CwDatabase   *self,
                                                 const char   *sql,
                                                 GError      **error);
gboolean      cw_database_step_done             (CwDatabase   *self,
                                                 sqlite3_stmt *stmt,
                                                 GError      **error);
/* Steps @stmt, a read of at most one row (a find by key, an "is there
 * one?"): SQLITE_ROW, SQLITE_DONE when there is no such row, or
 * SQLITE_ERROR with @error set (cw_database_fail()) when the read itself
 * failed (damaged page, I/O error, busy, out of memory). Use it wherever
 * "no row" leads to "not found", "none" or "free": only SQLITE_DONE may,
 * a failure is never taken for an answer. */
int           cw_database_step_one              (CwDatabase   *self,
                                                 sqlite3_stmt *stmt,
                                                 GError      **error);
/* For a reader with no GError to fill (a default, a figure on the
 * overview): logs the connection's last SQLite error with g_warning(),
 * naming @what could not be read, so the failure is not silent. */
void          cw_database_warn                  (CwDatabase   *self,
                                                 const char   *what);
/* Sets @error from the connection's last SQLite error, in the person's
 * words (cw_sqlite_error()); returns FALSE. */
gboolean      cw_database_fail                  (CwDatabase   *self,
                                                 GError      **error);
/* The first column of @sql's first row, or @fallback; a failed read is
 * logged (cw_database_warn()). Where the answer decides a change, read it
 * with cw_database_step_one() and a GError instead. */
gint64        cw_database_query_int             (CwDatabase   *self,
                                                 const char   *sql,
                                                 gint64        fallback);

/* The setting table, by key; the keys and typed accessors are in
 * core/village/cw-settings.h. */
char         *cw_database_get_setting           (CwDatabase   *self,
                                                 const char   *key);
gboolean      cw_database_set_setting           (CwDatabase   *self,
                                                 const char   *key,
                                                 const char   *value,
                                                 GError      **error);

G_END_DECLS
