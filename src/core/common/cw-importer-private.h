/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* SQLite settings that make a large import several times faster, set for
 * the import and restored afterwards (cw-importer-tuning.c). */
typedef struct
{
  int    temp_store;   /* to restore, or -1 */
  gint64 cache_size;   /* to restore, or 0 */
} CwImportTuning;

void cw_import_tuning_init    (CwImportTuning *tuning);
void cw_import_tuning_apply   (CwImportTuning *tuning,
                               CwDatabase     *db);
void cw_import_tuning_restore (CwImportTuning *tuning,
                               CwDatabase     *db);

/* One import while it runs, shared by the reading (cw-importer-read.c)
 * and the checking and writing (cw-importer.c). */

typedef struct
{
  CwImportUnit        unit;
  const CwImportRow  *single;     /* the row of a one-row unit */
  GPtrArray          *rows;       /* the rows of a unit by key, else NULL */
} Unit;

typedef struct
{
  const char *counter;
  guint       n;
} Count;

struct _CwImport
{
  const CwImporter     *importer;
  CwDatabase           *db;
  CwImportFlags         flags;
  const char * const   *ignore_columns;
  CwImportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;

  CwImportReport       *report;
  guint                 n_columns;
  int                  *index;          /* per column: in the file's header, or -1 */
  guint                 header_line;

  GStringChunk         *strings;
  GArray               *rows;           /* CwImportRow */
  GPtrArray            *fields;         /* n_columns per row */
  GArray               *units;          /* Unit, in order of first row */
  GHashTable           *read_problems;  /* row index → what is wrong with it as read */
  gpointer              state;          /* the register's */

  /* The unit being settled. */
  Unit                 *unit;
  guint8               *row_refused;    /* per row of the file */
  guint                 first_bad_line;
  gboolean              refused;
  gboolean              refused_whole;
  gboolean              unchanged;
  GArray               *pending_counts; /* Count */
  GPtrArray            *pending_lists;  /* the list of each pending name */
  GPtrArray            *pending_names;
  GPtrArray            *pending_tables;
  GPtrArray            *changed_tables; /* by units that went in */

  /* Verdicts travel from the checking thread to the writing one as unit
   * indexes + 1; slots bound how far the checking runs ahead, and so the
   * memory, and bring spent verdicts back to be freed there. */
  gpointer             *verdicts;       /* per unit */
  GAsyncQueue          *ready;
  GAsyncQueue          *slots;
  GThread              *checker;
  gint                  stop;

  /* The savepoint of each unit, prepared once (see write_unit()). */
  sqlite3_stmt         *unit_begin;
  sqlite3_stmt         *unit_rollback;
  sqlite3_stmt         *unit_release;

  guint                 done_rows;
  /* Rows a register checked in begin() (cw_import_checked()), when it
   * checks the whole file first: then checking is the progress's first
   * half. */
  guint                 checked_rows;
  gboolean              checks_first;
  guint                 last_step;
  CwImportTuning        tuning;
};

/* Reading (cw-importer-read.c): each returns FALSE (with @error where it
 * takes one) when the import cannot go on. */
gboolean cw_import_find_header (CwImport     *import,
                                CwCsvReader  *reader,
                                GError      **error);
/* FALSE when a column is one the register cannot place: the report says. */
gboolean cw_import_map_columns (CwImport     *import,
                                CwCsvReader  *reader);
gboolean cw_import_read_rows   (CwImport     *import,
                                CwCsvReader  *reader,
                                GError      **error);
void     cw_import_group_rows  (CwImport     *import);

G_END_DECLS
