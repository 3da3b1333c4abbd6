/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/core only: the checks of CwHealth on a connection core holds. */

#include <sqlite3.h>

#include "core/common/cw-health.h"

G_BEGIN_DECLS

/* Every check but the file's identity, on an open connection to @path. */
CwHealth *cw_health_check_connection (sqlite3     *handle,
                                      const char  *path,
                                      GError     **error);

/* Whether the tables, indexes and triggers are those of @version (cheap:
 * no page is read beyond the schema). */
gboolean  cw_health_schema_matches   (sqlite3     *handle,
                                      int          version);

G_END_DECLS
