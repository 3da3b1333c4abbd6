/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every Cunwu database: "CwWu". */
#define CW_DATABASE_APPLICATION_ID 0x43775775

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define CW_TYPE_DATABASE (cw_database_get_type ())
G_DECLARE_FINAL_TYPE (CwDatabase, cw_database, CW, DATABASE, GObject)

char         *cw_database_default_path          (void);
int           cw_database_latest_schema_version (void);

CwDatabase   *cw_database_open                  (const char  *path,
                                                 GError     **error);
const char   *cw_database_get_path              (CwDatabase  *self);
sqlite3      *cw_database_get_handle            (CwDatabase  *self);
int           cw_database_get_schema_version    (CwDatabase  *self);

const char   *cw_database_get_operator          (CwDatabase  *self);
void          cw_database_set_operator          (CwDatabase  *self,
                                                 const char  *operator_name);

gboolean      cw_database_begin                 (CwDatabase  *self,
                                                 GError     **error);
gboolean      cw_database_commit                (CwDatabase  *self,
                                                 GError     **error);
void          cw_database_rollback              (CwDatabase  *self);
gboolean      cw_database_in_transaction        (CwDatabase  *self);
gint64        cw_database_get_last_change       (CwDatabase  *self);

gboolean      cw_database_exec                  (CwDatabase  *self,
                                                 const char  *sql,
                                                 GError     **error);
sqlite3_stmt *cw_database_prepare               (CwDatabase  *self,
                                                 const char  *sql,
                                                 GError     **error);
gboolean      cw_database_step_done             (CwDatabase   *self,
                                                 sqlite3_stmt *stmt,
                                                 GError      **error);
gboolean      cw_database_fail                  (CwDatabase  *self,
                                                 GError     **error);
gint64        cw_database_query_int             (CwDatabase  *self,
                                                 const char  *sql,
                                                 gint64       fallback);

char         *cw_database_get_setting           (CwDatabase  *self,
                                                 const char  *key);
gboolean      cw_database_set_setting           (CwDatabase  *self,
                                                 const char  *key,
                                                 const char  *value,
                                                 GError     **error);

gboolean      cw_database_check                 (CwDatabase  *self,
                                                 GError     **error);

void          cw_database_emit_changed          (CwDatabase  *self,
                                                 const char  *table);

G_END_DECLS
