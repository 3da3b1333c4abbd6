/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every Cunwu database: "CwWu". */
#define CW_DATABASE_APPLICATION_ID 0x43775775

/* How long a statement waits for another program's lock, in ms: the
 * command line and worker threads wait long, the window's own connection on
 * the main loop briefly (then "busy, try again"). */
#define CW_DATABASE_WAIT_COMMAND 10000
#define CW_DATABASE_WAIT_WINDOW    300

#define CW_TYPE_DATABASE (cw_database_get_type ())
G_DECLARE_FINAL_TYPE (CwDatabase, cw_database, CW, DATABASE, GObject)

/* The village's database as the rest of the program sees it: a file that
 * is opened, checked and followed. SQL, statements and transactions stay
 * inside core (cw-database-private.h); every change is a core function.
 * A CwDatabase is used by one thread at a time, the one that opened it:
 * work in another thread opens a connection of its own. */

char         *cw_database_default_path          (void);
int           cw_database_latest_schema_version (void);

CwDatabase   *cw_database_open                  (const char  *path,
                                                 GError     **error);
const char   *cw_database_get_path              (CwDatabase  *self);
void          cw_database_set_wait              (CwDatabase  *self,
                                                 guint        timeout_ms);
guint         cw_database_get_wait              (CwDatabase  *self);
int           cw_database_get_schema_version    (CwDatabase  *self);

/* The name audit rows of this connection carry; cw_settings_set_operator()
 * also keeps it for later starts. */
const char   *cw_database_get_operator          (CwDatabase  *self);
void          cw_database_set_operator          (CwDatabase  *self,
                                                 const char  *operator_name);

gboolean      cw_database_in_transaction        (CwDatabase  *self);
gint64        cw_database_get_last_change       (CwDatabase  *self);

gboolean      cw_database_check                 (CwDatabase  *self,
                                                 GError     **error);

void          cw_database_emit_changed          (CwDatabase  *self,
                                                 const char  *table);

G_END_DECLS
