/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CW_ERROR (cw_error_quark ())

/* Failures a person can cause or see. The message always says what to do
 * or at least which file or field is meant; the code lets callers (and
 * tests) tell them apart. */
typedef enum
{
  CW_ERROR_FAILED,       /* anything else, e.g. an SQLite error */
  CW_ERROR_NOT_SQLITE,   /* the file is not an SQLite database at all */
  CW_ERROR_EMPTY_FILE,   /* an existing, empty file */
  CW_ERROR_FOREIGN,      /* an SQLite database, but not a Cunwu one */
  CW_ERROR_TOO_NEW,      /* written by a newer version of Cunwu */
  CW_ERROR_READ_ONLY,    /* the file or its folder cannot be written */
  CW_ERROR_CORRUPT,      /* integrity check failed */
  CW_ERROR_INVALID,      /* bad input: a field, a date, an ID number */
  CW_ERROR_EXISTS,       /* a unique thing already exists */
  CW_ERROR_NOT_FOUND,    /* a named thing does not exist */
  CW_ERROR_REFUSED,      /* a register's rule forbids it */
  CW_ERROR_CANCELLED,    /* the person cancelled a long job */
  CW_ERROR_BUSY,         /* another program holds the database; try again */
  CW_ERROR_DISK_FULL,    /* no space left where the database is */
} CwError;

GQuark cw_error_quark (void);

/* Whether @error is about what was asked (a field, a rule of the
 * register, a name taken or not found) rather than a failure to read or
 * write the register (a damaged page, a full disk, a lock, an SQLite
 * error) or a cancel. An import refuses a row for the first; for the
 * others it stops, everything rolled back: the row is not to blame, and
 * the next row would fail the same way. */
gboolean cw_error_is_about_input (const GError *error);

G_END_DECLS
