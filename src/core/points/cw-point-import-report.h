/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an import of point rules or point entries did (or, in a dry run,
 * would do). The households import has its own report (CwImportReport),
 * counted in households and persons; here a row of the file is the unit:
 * each row goes in whole or is refused with its line and reason.
 *
 * Problems are kept in line order; each names the file line, the row's
 * key (the rule code, or the 户号 / member the entry is for; "" when the
 * row has none) and what is wrong, translated. */

#define CW_TYPE_POINT_IMPORT_REPORT (cw_point_import_report_get_type ())
G_DECLARE_FINAL_TYPE (CwPointImportReport, cw_point_import_report, CW, POINT_IMPORT_REPORT, GObject)

/* For the importers. */
CwPointImportReport *cw_point_import_report_new               (const char          *encoding,
                                                               gboolean             dry_run);
void                 cw_point_import_report_set_header_line   (CwPointImportReport *self,
                                                               guint                line);
void                 cw_point_import_report_set_ignored_columns (CwPointImportReport *self,
                                                               const char * const  *columns);
void                 cw_point_import_report_set_rows_read     (CwPointImportReport *self,
                                                               guint                rows);
/* A row that went in; @reviewed when it was reviewed on the way in. */
void                 cw_point_import_report_add_imported      (CwPointImportReport *self,
                                                               gboolean             reviewed);
/* A rule already in the rule book exactly as the row has it: left alone,
 * not a problem (importing the same rule book twice changes nothing). */
void                 cw_point_import_report_add_unchanged     (CwPointImportReport *self);
/* A refused row: counted, and its problem recorded. */
void                 cw_point_import_report_add_problem       (CwPointImportReport *self,
                                                               guint                line,
                                                               const char          *key,
                                                               const char          *message);

const char          *cw_point_import_report_get_encoding      (CwPointImportReport *self);
gboolean             cw_point_import_report_get_dry_run       (CwPointImportReport *self);
guint                cw_point_import_report_get_header_line   (CwPointImportReport *self);
/* Never NULL. */
const char * const  *cw_point_import_report_get_ignored_columns (CwPointImportReport *self);
guint                cw_point_import_report_get_rows_read     (CwPointImportReport *self);
guint                cw_point_import_report_get_imported      (CwPointImportReport *self);
guint                cw_point_import_report_get_reviewed      (CwPointImportReport *self);
guint                cw_point_import_report_get_unchanged     (CwPointImportReport *self);
guint                cw_point_import_report_get_refused       (CwPointImportReport *self);
guint                cw_point_import_report_get_n_problems    (CwPointImportReport *self);
/* Returns the problem's line; @key and @message point into the report. */
guint                cw_point_import_report_get_problem       (CwPointImportReport *self,
                                                               guint                index,
                                                               const char         **key,
                                                               const char         **message);
/* TRUE when no row was refused. */
gboolean             cw_point_import_report_is_complete       (CwPointImportReport *self);

G_END_DECLS
