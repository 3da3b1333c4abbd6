/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/common/cw-import-report.h"

G_BEGIN_DECLS

/* The CSV import of every register. A register describes its file — the
 * columns, with the other names offices give them, and which rows make
 * one unit (a household's rows; or each row alone) — and writes one unit
 * at a time. The importer does the rest, the same way for all:
 *
 *  - reads the file as offices have it (cw-csv-reader.h: UTF-8 with or
 *    without a BOM, GB18030 as Excel on Chinese Windows saves it, UTF-16),
 *    finds the header below any title rows, by any name of a column, and
 *    reports how it read every column of the header;
 *  - refuses a file with a column it cannot place, unless the person
 *    said to leave that column out: a value nobody reads is a value lost;
 *  - reads past the closing lines of a form below the data ("合计 …",
 *    "制表人 … 审核人 …"), and reports where it did;
 *  - refuses a row with a value under no column (a comma in an unquoted
 *    field shifts the fields after it), as any other bad row;
 *  - reads every row before writing anything, so that a broken file
 *    writes nothing;
 *  - settles the units in the order they first appear: a unit goes in
 *    whole or not at all. A unit with a problem is refused: every bad row
 *    is reported by its line, and the unit's other rows as skipped;
 *  - writes in one transaction for the whole file, each unit in a
 *    savepoint of its own; a dry run does all of it and rolls back, so
 *    its report is the real run's;
 *  - reports progress, stops when cancelled (and takes everything back),
 *    and emits CwDatabase::changed for what it wrote after the commit.
 *
 * A register's file is described once, as a static CwImporter
 * (cw_household_importer, cw_point_rule_importer, …), and imported with
 * cw_importer_import_file() or cw_importer_import_bytes(). */

/* Called now and then while a file is imported: @done_rows of the file's
 * @total_rows data rows are settled (imported or refused). It runs in the
 * importing thread. */
typedef void (*CwImportProgressFunc) (guint    done_rows,
                                      guint    total_rows,
                                      gpointer user_data);

typedef enum
{
  /* Do everything, then roll it back: the report says what would happen. */
  CW_IMPORT_DRY_RUN = 1 << 0,
  /* Leave out every column the register does not know, instead of
   * refusing the file. */
  CW_IMPORT_IGNORE_UNKNOWN_COLUMNS = 1 << 1,
} CwImportFlags;

/* Flags from here on are a register's own options, read with
 * cw_import_get_flags(): e.g. CW_POINT_IMPORT_REVIEWED. */
#define CW_IMPORT_REGISTER_FLAG(n) (1u << (8 + (n)))

typedef enum
{
  /* A header without the column is not the header; a file without one
   * is refused. */
  CW_IMPORT_COLUMN_REQUIRED = 1 << 0,
  /* The same few words on every row (村民小组, 性别): equal values are
   * stored once, and are the same pointer. */
  CW_IMPORT_COLUMN_REPEATS  = 1 << 1,
  /* A key the register looks up or stores as a key (户号, 身份证号, a
   * name looked up, a rule code, a group): cleaned as it is read
   * (cw_text_clean_line()), as core cleans what it stores, so that
   * ０１０００１ or a number pasted with a zero-width space is the
   * household 010001 of the register and of the file's other rows. */
  CW_IMPORT_COLUMN_KEY      = 1 << 2,
  /* The form's own column (序号), which the register's export writes and
   * its import reads past: its fields are always "". */
  CW_IMPORT_COLUMN_FORM     = 1 << 3,
  /* A number kept as text (户号, 身份证号, a phone): one apostrophe
   * before it, Excel's mark for a cell typed as text ('430421…), is not
   * part of it and is dropped as it is read. */
  CW_IMPORT_COLUMN_TEXT_NUMBER = 1 << 4,
} CwImportColumnFlags;

/* One column of a register's file; its name is in the importer's
 * column_names. */
typedef struct
{
  CwImportColumnFlags  flags;
  /* Other header words that mean the same column, NULL-terminated, or
   * NULL. Offices name columns as they like: 身份证号码 for 身份证号. The
   * name itself wins when a header has both. */
  const char * const  *aliases;
} CwImportColumn;

/* A static list of aliases, for CwImportColumn tables. */
#define CW_IMPORT_ALIASES(...) ((const char * const []) { __VA_ARGS__, NULL })

/* One data row of the file. */
typedef struct
{
  guint               index;    /* from 0, in file order */
  guint               line;     /* where it starts in the file */
  /* Per column of the importer: "" when the field is empty or the file
   * has no such column; never NULL. Valid during the import. */
  const char * const *fields;
} CwImportRow;

/* The rows that go in together, in file order. */
typedef struct
{
  /* The unit column's value; "" when each row is a unit of its own. */
  const char          *key;
  const CwImportRow  **rows;
  guint                n_rows;
} CwImportUnit;

/* One run of an importer, for the register's functions. */
typedef struct _CwImport CwImport;

typedef struct
{
  /* The report's unit, plural and untranslated: "households". */
  const char             *unit;
  /* The header words as the register's export writes them (so that an
   * export imports again), NULL-terminated; a file format, never
   * translated. */
  const char * const     *column_names;
  /* One per name: required or not, and its aliases. */
  const CwImportColumn   *columns;

  /* The column whose value gathers rows into one unit (the 户号), or -1
   * when every row is a unit of its own. */
  int                     unit_column;
  /* For a unit column, messages marked for translation (N_, translated
   * when used): a row with it empty is refused on its own ("%s" the
   * column), and the good rows of a refused unit are skipped ("%u" the
   * first bad line). */
  const char             *unit_key_missing;
  const char             *unit_rows_skipped;

  /* The register's state for one import: this many bytes, zeroed, handed
   * to every function below. */
  gsize                   state_size;

  /* Before the file is read: can the database take this import at all
   * (is there a village)? May be NULL. */
  gboolean (*prepare)     (CwDatabase          *db,
                           GError             **error);
  /* In the transaction, every row read: load what the units are checked
   * against, prepare statements, check the header further. May be NULL. */
  gboolean (*begin)       (CwImport            *import,
                           gpointer             state,
                           GError             **error);
  /* Judges a unit without the database, in a helper thread of its own
   * that runs ahead of the writing (reading only what begin() loaded);
   * returns what write() needs, freed with free_verdict. May be NULL. */
  gpointer (*check)       (CwImport            *import,
                           const CwImportUnit  *unit,
                           gpointer             state);
  GDestroyNotify          free_verdict;
  /* Settles a unit: writes it, or refuses it (cw_import_refuse_row(),
   * cw_import_refuse_unit()), or finds it in the register already
   * (cw_import_unchanged()). A unit it refused is taken back whole.
   * Returns FALSE (with @error) only when the whole import must stop: a
   * database error. */
  gboolean (*write)       (CwImport            *import,
                           const CwImportUnit  *unit,
                           gpointer             verdict,
                           gpointer             state,
                           GError             **error);
  /* TRUE when a unit write() refuses (or finds unchanged) leaves the
   * database as it was without help: write() changes it by one statement
   * at most, which SQLite takes back whole when it fails, or it refuses
   * only before its first change and any failure after that is an error
   * that stops the whole import. Such a unit needs no savepoint of its
   * own (three statements fewer a unit, a tenth of a million point
   * entries; and no page copied aside for each household). */
  gboolean                unit_needs_no_savepoint;
  /* After the last unit is settled, before the transaction ends (on a
   * dry run too, so that its report is the real run's): work done once
   * for all the units, such as their audit rows (cw_audit_batch_finish()).
   * Returns FALSE (with @error) to stop the import, everything rolled
   * back. May be NULL. */
  gboolean (*finish)      (CwImport            *import,
                           gpointer             state,
                           GError             **error);
  /* Before the transaction ends, whatever happened: finalizes the
   * statements and frees what begin() made. May be NULL. */
  void     (*end)         (gpointer             state);
} CwImporter;

/* Imports @path. Returns NULL with @error set when the file cannot be
 * used at all (not found, not text, no header row, a broken quote:
 * nothing was written), on an unexpected database error (everything
 * rolled back) and when @cancellable is cancelled (CW_ERROR_CANCELLED;
 * everything rolled back). Refused rows are not an error: they are in
 * the report.
 *
 * Slow work: call it from a worker thread (GTask) in the window. @db is
 * used only from the calling thread; CwDatabase::changed is emitted there
 * too, after the commit. */
CwImportReport *cw_importer_import_file  (const CwImporter      *importer,
                                          CwDatabase            *db,
                                          const char            *path,
                                          CwImportFlags          flags,
                                          CwImportProgressFunc   progress,
                                          gpointer               user_data,
                                          GCancellable          *cancellable,
                                          GError               **error);
/* The same for a file already in memory (the window reads files through
 * GIO); @display_name names it in messages. */
CwImportReport *cw_importer_import_bytes (const CwImporter      *importer,
                                          CwDatabase            *db,
                                          GBytes                *bytes,
                                          const char            *display_name,
                                          CwImportFlags          flags,
                                          CwImportProgressFunc   progress,
                                          gpointer               user_data,
                                          GCancellable          *cancellable,
                                          GError               **error);
/* Both, leaving out the header cells named in @ignore_columns (as the
 * file writes them; NULL-terminated, or NULL): their values are not
 * read, and they do not refuse the file. */
CwImportReport *cw_importer_import_file_full  (const CwImporter      *importer,
                                               CwDatabase            *db,
                                               const char            *path,
                                               CwImportFlags          flags,
                                               const char * const    *ignore_columns,
                                               CwImportProgressFunc   progress,
                                               gpointer               user_data,
                                               GCancellable          *cancellable,
                                               GError               **error);
CwImportReport *cw_importer_import_bytes_full (const CwImporter      *importer,
                                               CwDatabase            *db,
                                               GBytes                *bytes,
                                               const char            *display_name,
                                               CwImportFlags          flags,
                                               const char * const    *ignore_columns,
                                               CwImportProgressFunc   progress,
                                               gpointer               user_data,
                                               GCancellable          *cancellable,
                                               GError               **error);

/* For the register's functions. */
CwDatabase        *cw_import_get_database    (CwImport           *import);
CwImportFlags      cw_import_get_flags       (CwImport           *import);
guint              cw_import_get_header_line (CwImport           *import);
/* Whether the file's header has the column (by its name or an alias). */
gboolean           cw_import_has_column      (CwImport           *import,
                                              guint               column);
guint              cw_import_get_n_rows      (CwImport           *import);
const CwImportRow *cw_import_get_row         (CwImport           *import,
                                              guint               index);
/* What the importer found wrong with @row as it read it (a value under
 * no column), or NULL: such a row is refused before write() sees it; a
 * register that takes a file whole or not at all learns of it in begin(). */
const char        *cw_import_get_read_problem (CwImport          *import,
                                               const CwImportRow *row);

/* In begin(), for a register that checks every row before it writes any
 * (numbers taken across the file): @n_rows are checked so far. Progress
 * then counts the checking as its first half and the writing as the
 * second. FALSE (with @error, CW_ERROR_CANCELLED) when the import was
 * cancelled: begin() returns FALSE with it. */
gboolean           cw_import_checked         (CwImport           *import,
                                              guint               n_rows,
                                              GError            **error);

/* In write(): what is wrong with @row, reported on its line with @key
 * (NULL: the unit's key). The unit is refused. */
void               cw_import_refuse_row      (CwImport           *import,
                                              const CwImportRow  *row,
                                              const char         *key,
                                              const char         *message);
/* In write(), when writing @row failed with @row_error (taken): a
 * failure about the row (cw_error_is_about_input()) refuses it with the
 * error's message and returns TRUE; any other failure, the register's
 * own, is moved to @error and FALSE returned, for write() to return and
 * stop the import, rather than blame the row for a full disk. */
gboolean           cw_import_refuse_row_for  (CwImport           *import,
                                              const CwImportRow  *row,
                                              const char         *key,
                                              GError             *row_error,
                                              GError            **error);
/* In write(): the unit is refused with one problem on @line for all its
 * rows (none of them is reported as skipped). */
void               cw_import_refuse_unit     (CwImport           *import,
                                              guint               line,
                                              const char         *message);
/* In write(): the unit is in the register already as the file has it;
 * counted as CW_IMPORT_REPORT_UNCHANGED, neither imported nor refused. */
void               cw_import_unchanged       (CwImport           *import);
/* In write(): counts @n under @counter, names @name in @list, notes that
 * @table was written; all three only if the unit goes in. @counter,
 * @list and @table must be static strings. */
void               cw_import_count           (CwImport           *import,
                                              const char         *counter,
                                              guint               n);
void               cw_import_add_name        (CwImport           *import,
                                              const char         *list,
                                              const char         *name);
void               cw_import_changed         (CwImport           *import,
                                              const char         *table);

G_END_DECLS
