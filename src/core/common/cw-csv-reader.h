/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Reads CSV files as village offices have them: saved by Excel or WPS on
 * Chinese Windows (GB18030/GBK), as "CSV UTF-8" (with a BOM), or by
 * LibreOffice and scripts (UTF-8 without one); comma-, tab- or
 * semicolon-separated; often with a title row above the header.
 *
 * Typical use:
 *
 *     reader = cw_csv_reader_new_from_file (path, &error);
 *     if (!cw_csv_reader_find_header (reader, required, known, &error))
 *       …
 *     while (cw_csv_reader_next (reader, &error))
 *       name = cw_csv_reader_get (reader, "姓名");
 *     if (error != NULL)
 *       …
 *
 * Every field is trimmed of surrounding white space, including the
 * ideographic space U+3000 and no-break spaces; line breaks inside quoted
 * fields come out as "\n". Errors name the line: CW_ERROR_INVALID (not
 * text, a quote never closed, no usable header), CW_ERROR_EMPTY_FILE;
 * and for cw_csv_reader_new_from_file() CW_ERROR_NOT_FOUND or
 * CW_ERROR_FAILED when the file cannot be read. */

#define CW_TYPE_CSV_READER (cw_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (CwCsvReader, cw_csv_reader, CW, CSV_READER, GObject)

/* The encoding is detected, never asked for: UTF-8 with or without a BOM,
 * UTF-16 (Excel's "Unicode text"), otherwise GB18030 (a superset of GBK and
 * GB2312). A file that is none of these is refused, naming the line. */
CwCsvReader        *cw_csv_reader_new_from_file       (const char          *path,
                                                       GError             **error);
CwCsvReader        *cw_csv_reader_new_from_bytes      (GBytes              *bytes,
                                                       GError             **error);

/* "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE" or "UTF-16BE", for
 * reports; not translated. */
const char         *cw_csv_reader_get_encoding        (CwCsvReader         *self);

/* ',', '\t' or ';'. Guessed from the first lines when the reader is
 * made, settled by cw_csv_reader_find_header(). */
char                cw_csv_reader_get_separator       (CwCsvReader         *self);

/* Other names offices give the columns (“身份证号码” for 身份证号): maps
 * each alias to the column's name; a reference is kept. A header cell
 * that is an alias then counts as the name, for find_header()'s
 * @required and @known and for cw_csv_reader_get(), unless the header
 * has the name itself (the alias is then an unknown column). Header
 * cells are also matched without what printed forms decorate them with:
 * spaces inside ("姓  名"), a star marking a required column ("*姓名")
 * and a note in brackets at the end ("身份证号码（18位）"). Call before
 * cw_csv_reader_find_header(); NULL for none. */
void                cw_csv_reader_set_aliases         (CwCsvReader         *self,
                                                       GHashTable          *aliases);

/* Header cells to leave out, as the file writes them (trimmed): they
 * neither count as the column they name nor as unknown columns, and
 * their values are never read. Call before cw_csv_reader_find_header();
 * NULL for none. */
void                cw_csv_reader_set_ignored_columns (CwCsvReader         *self,
                                                       const char * const  *cells);

/* Finds the header among the first 20 non-empty records: the first one
 * that contains every name in @required (exact match after trimming),
 * trying each separator, so that title rows above the header are skipped.
 * Reading then continues after it. @known lists optional columns the
 * caller understands (may be NULL); any other non-empty header name is
 * reported by cw_csv_reader_get_unknown_columns(). A header naming a
 * column twice is an error. */
gboolean            cw_csv_reader_find_header         (CwCsvReader         *self,
                                                       const char * const  *required,
                                                       const char * const  *known,
                                                       GError             **error);
/* NULL-terminated, in header order; empty before a header is found.
 * Besides names nobody declared, a cell naming a column another cell
 * names already (住址 beside 地址) is unknown. */
const char * const *cw_csv_reader_get_unknown_columns (CwCsvReader         *self);
/* The header's cells as read, empty ones too, NULL-terminated; empty
 * before a header is found. */
const char * const *cw_csv_reader_get_header          (CwCsvReader         *self);
/* Where the header found has @column (by its name or an alias), for
 * cw_csv_reader_get_field(): the index, or -1 when it has no such
 * column. */
int                 cw_csv_reader_get_column_index    (CwCsvReader         *self,
                                                       const char          *column);
/* The line the header starts on, 0 before one is found. */
guint               cw_csv_reader_get_header_line     (CwCsvReader         *self);

/* Moves to the next record that is not entirely empty. Returns FALSE at
 * the end (error unset) or on a malformed record (error set). Without a
 * header, reading starts at the top of the file. */
gboolean            cw_csv_reader_next                (CwCsvReader         *self,
                                                       GError             **error);

/* The 1-based line on which the current record starts, as a text editor
 * counts lines (a line break inside a quoted field counts too). */
guint               cw_csv_reader_get_line            (CwCsvReader         *self);

/* The current record's field under @column: NULL if the header has no
 * such column (or there is no current record), "" if the field is empty
 * or the record is short. */
const char         *cw_csv_reader_get                 (CwCsvReader         *self,
                                                       const char          *column);

/* The first non-empty field of the current record that stands under no
 * header cell (an empty one, or past the header's last), with its index;
 * NULL when every value has a column. A row longer than the header is
 * usually a comma typed into an unquoted field (低保,五保), which shifted
 * the fields after it. */
const char         *cw_csv_reader_get_stray_field     (CwCsvReader         *self,
                                                       guint               *index);

/* Raw access to the current record, for files without a header. */
guint               cw_csv_reader_get_n_fields        (CwCsvReader         *self);
const char         *cw_csv_reader_get_field           (CwCsvReader         *self,
                                                       guint                index);

/* TRUE for what Excel makes of a long number in a General cell, such as
 * "4.30421E+17" for an ID number: the digits are lost and the caller must
 * ask for the file to be saved again with the column formatted as text. */
gboolean            cw_csv_looks_like_excel_number    (const char          *field);

G_END_DECLS
