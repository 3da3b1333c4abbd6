/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What `cunwu check` looks at, in the order it reports them. */
typedef enum
{
  CW_HEALTH_VERSION,      /* a Cunwu database of a version this program knows */
  CW_HEALTH_SCHEMA,       /* every expected table, column, index and rule */
  CW_HEALTH_AUDIT,        /* the audit log's triggers on every table */
  CW_HEALTH_REFERENCES,   /* every reference (foreign key) finds its row */
  CW_HEALTH_INTEGRITY,    /* SQLite's integrity check of every page */
  CW_HEALTH_N_ASPECTS
} CwHealthAspect;

#define CW_TYPE_HEALTH (cw_health_get_type ())
G_DECLARE_FINAL_TYPE (CwHealth, cw_health, CW, HEALTH, GObject)

/* Checks the database file at @path without changing it: opened read-only,
 * never migrated, never switched to WAL, and no file is left beside it.
 * Returns NULL with @error only when the file cannot be examined at all
 * (missing, not a database, another program's, newer than this program,
 * busy); damage is reported in the result. */
CwHealth           *cw_health_check_file         (const char     *path,
                                                  GError        **error);

const char         *cw_health_get_path           (CwHealth       *self);
gboolean            cw_health_is_healthy         (CwHealth       *self);
int                 cw_health_get_schema_version (CwHealth       *self);
/* The village's name, or NULL when there is none (or it cannot be read). */
const char         *cw_health_get_village        (CwHealth       *self);

/* What an aspect is, translated: "Tables, columns and indexes". */
const char         *cw_health_aspect_title       (CwHealthAspect  aspect);
/* What was found wrong with @aspect, translated; empty when it is in order.
 * (transfer none) */
const char * const *cw_health_get_problems       (CwHealth       *self,
                                                  CwHealthAspect  aspect);
/* A remark on an aspect that is in order, e.g. that an older version will
 * be upgraded when the file is opened for work; or NULL. */
const char         *cw_health_get_note           (CwHealth       *self,
                                                  CwHealthAspect  aspect);

/* TRUE when healthy; otherwise FALSE with a CW_ERROR_CORRUPT @error that
 * names the file and its problems in one message. */
gboolean            cw_health_to_error           (CwHealth       *self,
                                                  GError        **error);

G_END_DECLS
