/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/core only: the one place where an SQLite failure becomes a
 * GError a person can act on. */

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Sets @error from SQLite's result @rc (an extended code, or 0 to take the
 * connection's last one) on @handle, which works on the database @path.
 * The message is in the user's language and says what happened and what to
 * do: busy, damaged (naming the newest good backup), disk full, read-only,
 * or which field or rule a refused change broke. SQLite's own text goes to
 * the debug log only. Returns FALSE, so callers can `return cw_sqlite_error (…)`. */
gboolean cw_sqlite_error       (sqlite3     *handle,
                                int          rc,
                                const char  *path,
                                GError     **error);

/* @sql with every run of white space made one space, none at the ends. */
char    *cw_sqlite_squeeze     (const char  *sql);

G_END_DECLS
