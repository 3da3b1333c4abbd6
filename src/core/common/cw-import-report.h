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

/* How a column of the file's header was read. */
typedef enum
{
  /* As a column of the register: get_column()'s @field names it. */
  CW_IMPORT_HEADER_READ,
  /* The form's own column, such as 序号: recognised and read past
   * (@field names it as the register knows it). */
  CW_IMPORT_HEADER_FORM,
  /* Left out, as the person asked (by its name, or all unknown ones). */
  CW_IMPORT_HEADER_IGNORED,
  /* Nothing the register keeps, or a second cell for a column another
   * cell fills already: the import cannot place it, and the file is
   * refused until the person says to leave it out. */
  CW_IMPORT_HEADER_UNKNOWN,
} CwImportHeaderUse;

/* For the importer: a report is filled while the file is read. */
CwImportReport     *cw_import_report_new                 (const char         *unit,
                                                         const char         *encoding,
                                                         gboolean            dry_run);
void                cw_import_report_set_header_line     (CwImportReport     *self,
                                                         guint               line);
/* Every non-empty header cell, in header order; @field is the register's
 * name of the column (NULL for an ignored or unknown one). */
void                cw_import_report_add_column          (CwImportReport     *self,
                                                         const char         *header,
                                                         const char         *field,
                                                         CwImportHeaderUse   use);
/* A line read as the form's closing lines (合计, 制表人 …), not a row. */
void                cw_import_report_add_skipped_line    (CwImportReport     *self,
                                                         guint               line);
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
/* How the file's header was read: get_n_columns() header cells, each
 * with its use and, when read, the register's name for it (@header and
 * @field, nullable out parameters, point into the report). */
guint               cw_import_report_get_n_columns       (CwImportReport     *self);
CwImportHeaderUse   cw_import_report_get_column          (CwImportReport     *self,
                                                         guint               index,
                                                         const char        **header,
                                                         const char        **field);
/* The header cells whose values were not read (ignored, or the form's
 * own), in header order; never NULL. */
const char * const *cw_import_report_get_ignored_columns (CwImportReport     *self);
/* The header cells the import could not place, in header order; never
 * NULL. When there are any, nothing was read past the header: the file
 * is refused whole, and get_rows_read() is 0. */
const char * const *cw_import_report_get_unknown_columns (CwImportReport     *self);
/* The lines below the data read as the form's closing lines ("合计 …",
 * "制表人 … 审核人 …") and left out, in file order. */
const guint        *cw_import_report_get_skipped_lines   (CwImportReport     *self,
                                                         guint              *n_lines);
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
 * already (or would, in a dry run); FALSE when the file has unknown
 * columns. */
gboolean            cw_import_report_is_complete         (CwImportReport     *self);

/* The tables a real import wrote to, for the window's other connection
 * to reload; empty for a dry run or when nothing went in. Never NULL. */
const char * const *cw_import_report_get_changed_tables  (CwImportReport     *self);

G_END_DECLS
