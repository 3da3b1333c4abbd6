/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/common/cw-import-report.h"

G_BEGIN_DECLS

/* Called now and then while a file is imported: @done_lines of the file's
 * @total_lines data rows are settled (imported or refused). It runs in the
 * importing thread. */
typedef void (*CwImportProgressFunc) (guint    done_lines,
                                      guint    total_lines,
                                      gpointer user_data);

/* The columns a roster CSV must have; all the columns it may have are
 * cw_roster_columns (cw-roster-rows.h), which the roster export writes.
 * NULL-terminated. */
extern const char * const cw_household_import_required_columns[];

/* Imports a roster CSV (户号, 村民小组, 姓名, 与户主关系, 性别, 身份证号,
 * 出生日期, 民族, 联系电话, 政治面貌, 人员状态, 标签, 住址 in any order; the
 * first four required) in UTF-8 with or without BOM or GB18030, with or
 * without a title row above the header.
 *
 * Rows are grouped into households by 户号. Each row is checked by the
 * person rules (cw_person_validate()), and each household must have one
 * present head, ID numbers unknown to the register and not repeated in
 * the file, one village group, and a 户号 not yet in the register. A
 * household with any bad row is refused whole; the report names every bad
 * row by line, and the household's other rows as skipped. The good
 * households go in together, in one transaction; a village group that does
 * not exist yet is made for them.
 *
 * With @dry_run everything is done the same way and then rolled back, so
 * the report is the one a real import would give.
 *
 * Slow work: call it from a worker thread (GTask) in the window. @db is
 * used only from the calling thread (the checking of rows runs in a
 * helper thread of its own, without the database); CwDatabase::changed
 * is emitted there too, after the commit.
 *
 * Returns NULL with @error set when the file cannot be used at all (not
 * found, not text, no header row, a broken quote: nothing was written), on
 * an unexpected database error (everything rolled back) and when
 * @cancellable is cancelled (CW_ERROR_CANCELLED; everything rolled back).
 * Refused rows are not an error: they are in the report. */
CwImportReport *cw_household_import_csv (CwDatabase            *db,
                                         const char            *path,
                                         gboolean               dry_run,
                                         CwImportProgressFunc   progress,
                                         gpointer               user_data,
                                         GCancellable          *cancellable,
                                         GError               **error);

/* The same for a file already in memory (the window reads files through
 * GIO); @display_name names it in messages. */
CwImportReport *cw_household_import_csv_bytes (CwDatabase            *db,
                                               GBytes                *bytes,
                                               const char            *display_name,
                                               gboolean               dry_run,
                                               CwImportProgressFunc   progress,
                                               gpointer               user_data,
                                               GCancellable          *cancellable,
                                               GError               **error);

G_END_DECLS
