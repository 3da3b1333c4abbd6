/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/village/cw-demo.h"

G_BEGIN_DECLS

/* What a row of the township benchmark kept in a file of its own (a
 * register's, bench-<register>.c) uses of bench-township.c. */

/* The township: 30 000 households, a million point entries. */
#define TOWNSHIP_HOUSEHOLDS 30000
#define TOWNSHIP_ENTRIES 1000000

/* How many runs each figure is the median of (CUNWU_BENCH_RUNS, 3). */
guint       bench_runs      (void);
/* @name in the benchmark's folder, where its databases and files stay. */
char       *bench_path      (const char *name);
/* The demo village @name of @households households and @entries point
 * entries, built the first time (cw_demo_fill) and kept. */
CwDatabase *open_or_build   (const char *name,
                             guint       households,
                             guint       entries);
/* The same with any demo's @options; @what says what it holds in the
 * line printed while it is built. */
CwDatabase *open_or_build_demo (const char          *name,
                                const CwDemoOptions *options,
                                const char          *what);
/* @sql run by the sqlite3 shell on @db's file, the best of three runs
 * (wall ms, the shell's start included); 0 without sqlite3. */
double      bench_shell_sql (CwDatabase *db,
                             const char *sql);
/* @from copied over @to, its journal files gone; @from must be closed. */
void        copy_file       (const char *from,
                             const char *to);
/* The database file @path and its journal files removed. */
void        remove_database (const char *path);

/* Writes @db's workbook to @path. */
typedef gboolean (*ExportFunc) (CwDatabase *db, const char *path, GError **error);
/* The row "@what": @export beside the bare libxlsxwriter loop writing
 * @bare_sheets (BareSheet, bench-bare.h), each to @name.xlsx and
 * @name-bare.xlsx, with their CPU times and cells. */
void        bench_workbook  (CwDatabase *db,
                             const char *what,
                             const char *name,
                             ExportFunc  export,
                             GPtrArray  *bare_sheets,
                             const char *bar,
                             const char *goal);

typedef void (*BenchRowFunc) (CwDatabase *township);
void        bench_register  (const char   *name,
                             BenchRowFunc  func,
                             const char   *file,
                             int           line,
                             gboolean      alone);

/* Registers @func as a row before main() runs: a row is a function and
 * this line after it, nothing else. */
#define BENCH_ROW(func) \
  static void __attribute__ ((constructor)) func##_register (void) \
  { bench_register (#func, func, __FILE__, __LINE__, FALSE); }
/* A row on databases of its own, whose @township is NULL: picked alone
 * (CUNWU_BENCH_ROWS), it runs without the township being built. */
#define BENCH_ROW_ALONE(func) \
  static void __attribute__ ((constructor)) func##_register (void) \
  { bench_register (#func, func, __FILE__, __LINE__, TRUE); }

G_END_DECLS
