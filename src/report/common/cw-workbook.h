/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The one look of every register's .xlsx export, so the township gets the
 * same kind of sheet whichever register it comes from:
 *
 *   row 1   the title, merged across the columns, and a note on the right
 *           (e.g. "青山村户籍台账" … "导出日期 2026-11-23")
 *   row 2   the header: bold, filled, bordered, wrapped; frozen below it,
 *           with an autofilter over the data; repeated on every printed page
 *   row 3…  the data, thin borders
 *   last    optionally a total line ("合计 N 人"), and lines below the table
 *           ("制表人 … 审核人 … 日期 …")
 *
 * printed on A4 (landscape or portrait per sheet), one page wide, with
 * "Page &P of &N" in the footer.
 *
 * Rows are streamed (libxlsxwriter's constant-memory mode), so a 120 000-row
 * roster costs a few megabytes: write each sheet's rows in order, top to
 * bottom. Column widths follow the widest value seen in the column (CJK
 * characters count double), within each column's limits; they are settled
 * when the sheet is finished, which libxlsxwriter allows in this mode since
 * it writes <cols> only when it assembles the file.
 *
 * Every string is checked at the door: invalid UTF-8 is repaired with
 * U+FFFD and control characters become spaces, since libxlsxwriter would
 * otherwise write a file that Excel calls corrupt and LibreOffice silently
 * truncates.
 *
 * The file is written under a temporary name beside @path, synced and
 * renamed when cw_workbook_close() succeeds (a CwOutput): a failed or
 * cancelled export never leaves a half-written file, nor destroys an older
 * export of the same name. */

#define CW_TYPE_WORKBOOK (cw_workbook_get_type ())
G_DECLARE_FINAL_TYPE (CwWorkbook, cw_workbook, CW, WORKBOOK, GObject)

typedef enum
{
  /* Words and sentences: left-aligned, wrapped when wider than the column. */
  CW_WORKBOOK_TEXT,
  /* Short words (性别, 民族, 人员状态): centred text. */
  CW_WORKBOOK_CENTER,
  /* 户号, ID numbers, phone numbers: always text with the "@" format, never
   * a number, so an 18-digit ID keeps its digits and "001" its zeros. */
  CW_WORKBOOK_CODE,
  /* Dates written as the text "YYYY-MM-DD", so the file imports unchanged
   * and no spreadsheet turns them into serial numbers. */
  CW_WORKBOOK_DATE,
  /* Whole numbers (序号, 年龄): real numbers, so sums and sorting work;
   * a value that is not a whole number is written as text. */
  CW_WORKBOOK_NUMBER,
} CwWorkbookKind;

typedef struct
{
  const char     *header;     /* as shown, already translated */
  CwWorkbookKind  kind;
  guint           min_width;  /* in character columns (CJK = 2); 0 = none */
  guint           max_width;  /* 0 = the default cap of 40 */
} CwWorkbookColumn;

typedef struct
{
  const char             *name;       /* the sheet's tab; NULL = libxlsxwriter's "Sheet1" */
  const char             *title;      /* row 1, merged across the columns */
  const char             *note;       /* row 1, right-aligned; may be NULL */
  const CwWorkbookColumn *columns;
  guint                   n_columns;
  gboolean                portrait;   /* A4 portrait; landscape otherwise */
} CwWorkbookSheet;

/* Fails early, before any row is written, when the folder does not exist,
 * is not writable, or @path is a read-only file (e.g. open elsewhere) or
 * may not be written at all (a village's database, see cw-output.h). */
CwWorkbook *cw_workbook_new         (const char             *path,
                                     GError                **error);

/* Starts a sheet: title row and header row. The previous sheet, if any, is
 * finished first. At most 1000 columns. */
gboolean    cw_workbook_add_sheet   (CwWorkbook             *self,
                                     const CwWorkbookSheet  *sheet,
                                     GError                **error);

/* One data row of the current sheet: n_columns values; NULL or "" leaves
 * the cell empty (with its border). */
gboolean    cw_workbook_write_row   (CwWorkbook             *self,
                                     const char * const     *values,
                                     GError                **error);

/* A closing line below the data, merged across the columns, outside the
 * autofilter, e.g. "合计 25 人". No data rows may follow it. */
gboolean    cw_workbook_write_total (CwWorkbook             *self,
                                     const char             *text,
                                     GError                **error);

/* A line below the table, merged across the columns, without borders:
 * where the form's signatures and date go. Only other such lines may
 * follow it. */
gboolean    cw_workbook_write_footer (CwWorkbook            *self,
                                     const char             *text,
                                     GError                **error);

/* Data rows written to the current sheet so far. */
guint       cw_workbook_get_n_rows  (CwWorkbook             *self);

/* Finishes the sheets, writes the file and puts it in place. Without this
 * call (an error, a cancelled export) nothing is left behind. */
gboolean    cw_workbook_close       (CwWorkbook             *self,
                                     GError                **error);

/* The gate every string passes: NULL when @text can be written as it is,
 * otherwise a repaired copy (invalid UTF-8 → U+FFFD, control characters
 * other than tab and line feed → space, carriage returns dropped, cut at
 * Excel's 32 767 characters). Public for the tests. */
char       *cw_workbook_repair_text (const char             *text);

G_END_DECLS
