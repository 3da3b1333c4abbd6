/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CW_TYPE_IMPORT_REPORT (cw_import_report_get_type ())
G_DECLARE_FINAL_TYPE (CwImportReport, cw_import_report, CW, IMPORT_REPORT, GObject)

/* What an import did (or, in a dry run, would do), for every register:
 * shown by the window and printed by `cunwu import`. A dry run's report
 * is the same as the real run's on the same file and database, except
 * for get_dry_run() and get_changed_tables().
 *
 * An import goes by units — a household's rows, or a single row of point
 * entries — each in whole or refused whole. The register names its unit
 * ("households", "rules", "entries"), and the units imported are the
 * counter of that name. Registers count more under names of their own
 * ("persons", "reviewed"), and may list names ("groups created").
 *
 * Problems are in line order; each names the file line, the row's key
 * (the 户号, the rule code …; "" when the row has none) and what is
 * wrong, translated. */

/* The counter of units that were in the register already as the file
 * has them: left alone, neither imported nor a problem. */
#define CW_IMPORT_REPORT_UNCHANGED "unchanged"

/* For the importer: a report is filled while the file is read. */
CwImportReport     *cw_import_report_new                 (const char         *unit,
                                                         const char         *encoding,
                                                         gboolean            dry_run);
void                cw_import_report_set_header_line     (CwImportReport     *self,
                                                         guint               line);
void                cw_import_report_set_ignored_columns (CwImportReport     *self,
                                                         const char * const *columns);
void                cw_import_report_set_rows_read       (CwImportReport     *self,
                                                         guint               rows);
void                cw_import_report_add_count           (CwImportReport     *self,
                                                         const char         *counter,
                                                         guint               n);
void                cw_import_report_add_name            (CwImportReport     *self,
                                                         const char         *list,
                                                         const char         *name);
void                cw_import_report_add_refused         (CwImportReport     *self,
                                                         guint               units,
                                                         guint               rows);
/* Problems may be added in any order; they are kept sorted by line. */
void                cw_import_report_add_problem         (CwImportReport     *self,
                                                         guint               line,
                                                         const char         *key,
                                                         const char         *message);
void                cw_import_report_add_changed_table   (CwImportReport     *self,
                                                         const char         *table);

/* "households", "rules", "entries": not translated. */
const char         *cw_import_report_get_unit            (CwImportReport     *self);
/* "UTF-8", "UTF-8 (BOM)", "GB18030", … as cw_csv_reader_get_encoding(). */
const char         *cw_import_report_get_encoding        (CwImportReport     *self);
gboolean            cw_import_report_get_dry_run         (CwImportReport     *self);
guint               cw_import_report_get_header_line     (CwImportReport     *self);
/* Header names the importer does not know, in header order; never NULL. */
const char * const *cw_import_report_get_ignored_columns (CwImportReport     *self);
/* Data rows (not counting the title and header rows or empty lines). */
guint               cw_import_report_get_rows_read       (CwImportReport     *self);
/* 0 for a counter nothing was counted under. */
guint               cw_import_report_get_count           (CwImportReport     *self,
                                                         const char         *counter);
/* The units that went in (or would): the counter named by the unit. */
guint               cw_import_report_get_imported        (CwImportReport     *self);
guint               cw_import_report_get_refused         (CwImportReport     *self);
guint               cw_import_report_get_rows_refused    (CwImportReport     *self);
/* In the order added; never NULL. */
const char * const *cw_import_report_get_names           (CwImportReport     *self,
                                                         const char         *list);

guint               cw_import_report_get_n_problems      (CwImportReport     *self);
/* Returns the problem's line; @key and @message (nullable out
 * parameters) point into the report. */
guint               cw_import_report_get_problem         (CwImportReport     *self,
                                                         guint               index,
                                                         const char        **key,
                                                         const char        **message);
/* TRUE when every row of the file went in, or was in the register
 * already (or would, in a dry run). */
gboolean            cw_import_report_is_complete         (CwImportReport     *self);

/* The tables a real import wrote to, for the window's other connection
 * to reload; empty for a dry run or when nothing went in. Never NULL. */
const char * const *cw_import_report_get_changed_tables  (CwImportReport     *self);

G_END_DECLS
