/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CW_TYPE_IMPORT_REPORT (cw_import_report_get_type ())
G_DECLARE_FINAL_TYPE (CwImportReport, cw_import_report, CW, IMPORT_REPORT, GObject)

/* What an import did (or, in a dry run, would do): shown by the window
 * and printed by `cunwu import`. A dry run's report is the same as the
 * real run's on the same file and database, except for get_dry_run().
 *
 * Problems are in line order; each names the file line, the household
 * (户号, "" when the row has none) and what is wrong, translated. */

/* For importers: a report is filled while the file is read. */
CwImportReport     *cw_import_report_new                    (const char      *encoding,
                                                            gboolean         dry_run);
void                cw_import_report_set_header_line        (CwImportReport  *self,
                                                            guint            line);
void                cw_import_report_set_ignored_columns    (CwImportReport  *self,
                                                            const char * const *columns);
void                cw_import_report_set_rows_read          (CwImportReport  *self,
                                                            guint            rows);
void                cw_import_report_add_imported           (CwImportReport  *self,
                                                            guint            households,
                                                            guint            persons);
void                cw_import_report_add_refused            (CwImportReport  *self,
                                                            guint            households,
                                                            guint            rows);
void                cw_import_report_add_group_created      (CwImportReport  *self,
                                                            const char      *name);
/* Problems may be added in any order; they are kept sorted by line. */
void                cw_import_report_add_problem            (CwImportReport  *self,
                                                            guint            line,
                                                            const char      *household,
                                                            const char      *message);

/* "UTF-8", "UTF-8 (BOM)", "GB18030", … as cw_csv_reader_get_encoding(). */
const char         *cw_import_report_get_encoding           (CwImportReport  *self);
gboolean            cw_import_report_get_dry_run            (CwImportReport  *self);
guint               cw_import_report_get_header_line        (CwImportReport  *self);
/* Header names the importer does not know, in header order; never NULL. */
const char * const *cw_import_report_get_ignored_columns    (CwImportReport  *self);
/* Data rows (not counting the title and header rows or empty lines). */
guint               cw_import_report_get_rows_read          (CwImportReport  *self);
guint               cw_import_report_get_households_imported (CwImportReport *self);
guint               cw_import_report_get_persons_imported   (CwImportReport  *self);
guint               cw_import_report_get_households_refused (CwImportReport  *self);
guint               cw_import_report_get_rows_refused       (CwImportReport  *self);
/* Village groups that did not exist and were made for the imported
 * households, in the order made; never NULL. */
const char * const *cw_import_report_get_groups_created     (CwImportReport  *self);

guint               cw_import_report_get_n_problems         (CwImportReport  *self);
/* Returns the problem's line; @household and @message (nullable out
 * parameters) point into the report. */
guint               cw_import_report_get_problem            (CwImportReport  *self,
                                                            guint            index,
                                                            const char     **household,
                                                            const char     **message);
/* TRUE when every row of the file went in (or would, in a dry run). */
gboolean            cw_import_report_is_complete            (CwImportReport  *self);

G_END_DECLS
