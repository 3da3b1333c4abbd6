/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Files the window writes and opens beside the clerk's work. */

/* A file name without characters that file systems refuse. */
char       *cw_ui_file_name            (const char  *stem,
                                        const char  *extension);

/* A second connection to the same file for a worker thread: SQLite
 * connections are not shared between threads here. It carries the
 * operator's name, so the audit log names who imported. */
CwDatabase *cw_ui_open_worker_database (CwDatabase  *db,
                                        GError     **error);

G_END_DECLS
