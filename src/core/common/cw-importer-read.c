/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-importer"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-error.h"
#include "core/common/cw-importer.h"
#include "core/common/cw-importer-private.h"
#include "core/common/cw-text.h"

/* Reading a form into rows, before anything is checked or written: where
 * its header is, where each of the register's columns is in it, which
 * lines below the table close the form, and the rows gathered into units.
 * The checking and writing are cw-importer.c's. */

/* How the lines below a form's table begin: its totals ("合计：450户"),
 * and the lines for signatures and the date ("制表人：… 审核人：…"). */
static const char * const closing_words[] = {
  "合计", "总计", "共计", "小计", "制表", "填表", "填报", "审核", "负责人", "日期", "备注：", "备注:", NULL
};

gboolean
cw_import_find_header (CwImport     *import,
                       CwCsvReader  *reader,
                       GError      **error)
{
  const CwImporter *importer = import->importer;
  g_autoptr(GHashTable) aliases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) required = g_ptr_array_new ();

  for (guint c = 0; c < import->n_columns; c++)
    {
      const CwImportColumn *column = &importer->columns[c];

      if (column->flags & CW_IMPORT_COLUMN_REQUIRED)
        g_ptr_array_add (required, (gpointer) importer->column_names[c]);
      for (guint a = 0; column->aliases != NULL && column->aliases[a] != NULL; a++)
        g_hash_table_insert (aliases, (gpointer) column->aliases[a], (gpointer) importer->column_names[c]);
    }
  g_ptr_array_add (required, NULL);

  cw_csv_reader_set_aliases (reader, aliases);
  cw_csv_reader_set_ignored_columns (reader, import->ignore_columns);
  if (!cw_csv_reader_find_header (reader, (const char * const *) required->pdata, importer->column_names, error))
    return FALSE;
  import->header_line = cw_csv_reader_get_header_line (reader);
  return TRUE;
}

/* Where each column of the register is in the file, and how every
 * header cell was read, into the report. Returns FALSE when a cell can
 * be placed nowhere and the person did not say to leave it out. */
gboolean
cw_import_map_columns (CwImport    *import,
                       CwCsvReader *reader)
{
  const CwImporter *importer = import->importer;
  const char * const *header = cw_csv_reader_get_header (reader);
  gboolean ignore_unknown = (import->flags & CW_IMPORT_IGNORE_UNKNOWN_COLUMNS) != 0;
  gboolean placed = TRUE;

  for (guint c = 0; c < import->n_columns; c++)
    import->index[c] = cw_csv_reader_get_column_index (reader, importer->column_names[c]);

  for (guint i = 0; header[i] != NULL; i++)
    {
      CwImportHeaderUse use = ignore_unknown ? CW_IMPORT_HEADER_IGNORED : CW_IMPORT_HEADER_UNKNOWN;
      const char *field = NULL;

      if (header[i][0] == '\0')
        continue;
      for (guint c = 0; c < import->n_columns; c++)
        if (import->index[c] == (int) i)
          {
            field = importer->column_names[c];
            use = importer->columns[c].flags & CW_IMPORT_COLUMN_FORM ? CW_IMPORT_HEADER_FORM
                                                                     : CW_IMPORT_HEADER_READ;
          }
      if (field == NULL && import->ignore_columns != NULL &&
          g_strv_contains (import->ignore_columns, header[i]))
        use = CW_IMPORT_HEADER_IGNORED;
      placed &= use != CW_IMPORT_HEADER_UNKNOWN;
      cw_import_report_add_column (import->report, header[i], field, use);
    }

  /* The form's own columns are recognised, never read. */
  for (guint c = 0; c < import->n_columns; c++)
    if (importer->columns[c].flags & CW_IMPORT_COLUMN_FORM)
      import->index[c] = -1;
  return placed;
}

static gboolean
starts_with_closing_word (const char *field)
{
  for (guint i = 0; closing_words[i] != NULL; i++)
    if (g_str_has_prefix (field, closing_words[i]))
      return TRUE;
  return FALSE;
}

typedef enum
{
  LINE_DATA,
  LINE_CLOSING,
  /* Begins with a closing word but fills other columns too ("合计,1户,2人",
   * "制表人：张三,,,审核人：李四"): the form's closing lines when only such
   * lines follow it to the end, else a row (and an error, see
   * read_rows()). */
  LINE_MAYBE_CLOSING,
} LineKind;

/* The lines a form has below its table: a record that begins with 合计,
 * 制表人 … and has nothing else in the required columns (the words may
 * stand in one of them, when the form has no 序号), and after the first
 * such line any record like it whatever its words (a note for the person
 * filling the form in). A data row has its required columns. */
static LineKind
closing_line_kind (CwImport    *import,
                   CwCsvReader *reader,
                   gboolean     closing_seen)
{
  const CwImporter *importer = import->importer;
  guint n = cw_csv_reader_get_n_fields (reader);
  guint first = 0;
  gboolean starts_closing;

  while (first < n && cw_csv_reader_get_field (reader, first)[0] == '\0')
    first++;
  starts_closing = first < n && starts_with_closing_word (cw_csv_reader_get_field (reader, first));
  for (guint c = 0; c < import->n_columns; c++)
    if ((importer->columns[c].flags & CW_IMPORT_COLUMN_REQUIRED) &&
        import->index[c] >= 0 && (guint) import->index[c] != first)
      {
        const char *value = cw_csv_reader_get_field (reader, (guint) import->index[c]);

        if (value != NULL && value[0] != '\0')
          return starts_closing ? LINE_MAYBE_CLOSING : LINE_DATA;
      }
  return closing_seen || starts_closing ? LINE_CLOSING : LINE_DATA;
}

/* A value under no column would be lost, and the values after it are
 * shifted under the wrong columns: the row is refused. */
static void
check_stray_field (CwImport    *import,
                   CwCsvReader *reader,
                   guint        row_index)
{
  guint index = 0;
  const char *stray = cw_csv_reader_get_stray_field (reader, &index);
  guint width = g_strv_length ((char **) cw_csv_reader_get_header (reader));
  char *message;

  if (stray == NULL)
    return;
  if (index >= width)
    message = g_strdup_printf (_("This row has %u fields but the header has %u columns, so “%s” stands under "
                                 "no column and the fields before it may be under the wrong ones. A value with "
                                 "a comma in it, such as 低保,五保, must be in quotes (\"低保,五保\") or "
                                 "written with 、 (低保、五保)."),
                               cw_csv_reader_get_n_fields (reader), width, stray);
  else
    message = g_strdup_printf (_("“%s” stands in a column without a name in the header (column %u); nothing "
                                 "would read it. Give the column its name in the header, or move the value "
                                 "where it belongs."),
                               stray, index + 1);
  g_hash_table_insert (import->read_problems, GUINT_TO_POINTER (row_index), message);
}

/* The lines held since the first line that may close the form: its
 * closing lines if nothing but such lines follows. */
typedef struct
{
  guint   first_row;   /* the rows of the maybe-closing lines from here */
  GArray *lines;       /* guint: every line held, in file order */
  GArray *maybe_rows;  /* guint: the row index of each maybe-closing one */
} ClosingTail;

/* A data row came after the held lines: the plain closing lines are
 * skipped as ever, the ones that filled other columns stay rows and are
 * refused, saying why (never skipped silently in the midst of the data). */
static void
closing_tail_is_data (CwImport    *import,
                      ClosingTail *tail)
{
  for (guint i = 0; i < tail->lines->len; i++)
    {
      guint line = g_array_index (tail->lines, guint, i);
      gboolean is_row = FALSE;

      for (guint r = 0; r < tail->maybe_rows->len; r++)
        {
          guint index = g_array_index (tail->maybe_rows, guint, r);

          if (g_array_index (import->rows, CwImportRow, index).line == line)
            {
              is_row = TRUE;
              g_hash_table_replace (import->read_problems, GUINT_TO_POINTER (index),
                                    g_strdup (_("This line begins like the closing lines below a form’s table "
                                                "(合计, 制表人 …), but rows follow it, so it is read as a row. "
                                                "Move the totals and signatures below the last row, or correct "
                                                "the line.")));
            }
        }
      if (!is_row)
        cw_import_report_add_skipped_line (import->report, line);
    }
  g_array_set_size (tail->lines, 0);
  g_array_set_size (tail->maybe_rows, 0);
}

/* The end of the file came after the held lines: all are the form's
 * closing lines, and the rows read from them are taken back. */
static void
closing_tail_is_closing (CwImport    *import,
                         ClosingTail *tail)
{
  for (guint i = 0; i < tail->lines->len; i++)
    cw_import_report_add_skipped_line (import->report, g_array_index (tail->lines, guint, i));
  if (tail->maybe_rows->len > 0)
    {
      for (guint r = tail->first_row; r < import->rows->len; r++)
        g_hash_table_remove (import->read_problems, GUINT_TO_POINTER (r));
      g_array_set_size (import->rows, tail->first_row);
      g_ptr_array_set_size (import->fields, (guint) tail->first_row * import->n_columns);
    }
}

/* @value without the apostrophe Excel puts before a number typed as
 * text; only one, and only before the number (spaces aside). */
static const char *
without_text_marker (const char *value)
{
  const char *p = value;

  while (*p == ' ')
    p++;
  return *p == '\'' ? p + 1 : value;
}

/* Every data row goes into memory first: the rows of one unit may be
 * scattered over the file, registers check across all rows (an ID
 * number twice in the file), and a broken file is refused before
 * anything is written. */
gboolean
cw_import_read_rows (CwImport     *import,
                     CwCsvReader  *reader,
                     GError      **error)
{
  const CwImporter *importer = import->importer;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) tail_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) tail_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  ClosingTail tail = { 0, tail_lines, tail_rows };
  gboolean closing_seen = FALSE;

  while (cw_csv_reader_next (reader, &local_error))
    {
      CwImportRow row = { import->rows->len, cw_csv_reader_get_line (reader), NULL };
      /* After a maybe-closing line, an empty row is held with it. */
      LineKind kind = closing_line_kind (import, reader, closing_seen || tail.lines->len > 0);

      if (kind == LINE_CLOSING && tail.lines->len == 0)
        {
          closing_seen = TRUE;
          cw_import_report_add_skipped_line (import->report, row.line);
          continue;
        }
      if (kind != LINE_DATA)
        {
          if (tail.maybe_rows->len == 0)
            tail.first_row = row.index;
          g_array_append_val (tail.lines, row.line);
          if (kind == LINE_CLOSING)
            continue;
          g_array_append_val (tail.maybe_rows, row.index);
        }
      else if (tail.lines->len > 0)
        closing_tail_is_data (import, &tail);
      check_stray_field (import, reader, row.index);

      for (guint c = 0; c < import->n_columns; c++)
        {
          const char *value = import->index[c] >= 0 ? cw_csv_reader_get_field (reader, import->index[c]) : NULL;
          g_autofree char *cleaned = NULL;

          if (value != NULL && (importer->columns[c].flags & CW_IMPORT_COLUMN_KEY) && !cw_text_is_clean_line (value))
            value = cleaned = cw_text_clean_line (value);
          if (value != NULL && (importer->columns[c].flags & CW_IMPORT_COLUMN_TEXT_NUMBER))
            value = without_text_marker (value);
          /* NULL when the record is short or the file lacks the column. */
          if (value == NULL || value[0] == '\0')
            value = "";
          else if (importer->columns[c].flags & CW_IMPORT_COLUMN_REPEATS)
            value = g_string_chunk_insert_const (import->strings, value);
          else
            value = g_string_chunk_insert (import->strings, value);
          g_ptr_array_add (import->fields, (gpointer) value);
        }
      g_array_append_val (import->rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  closing_tail_is_closing (import, &tail);

  /* The fields are all in now; the array no longer moves. */
  for (guint i = 0; i < import->rows->len; i++)
    g_array_index (import->rows, CwImportRow, i).fields =
      (const char * const *) import->fields->pdata + (gsize) i * import->n_columns;
  import->row_refused = g_new0 (guint8, MAX (import->rows->len, 1));
  return TRUE;
}

/* Gathers the rows into units, in the order units first appear. A row
 * without a key belongs to no unit and is refused on its own. */
void
cw_import_group_rows (CwImport *import)
{
  const CwImporter *importer = import->importer;
  int column = importer->unit_column;
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < import->rows->len; i++)
    {
      const CwImportRow *row = &g_array_index (import->rows, CwImportRow, i);
      const char *key = column >= 0 ? row->fields[column] : "";
      gpointer index;
      Unit *unit;

      if (column >= 0 && key[0] == '\0')
        {
          g_autofree char *message = g_strdup_printf (_(importer->unit_key_missing),
                                                      importer->column_names[column]);

          cw_import_report_add_problem (import->report, row->line, "", message);
          cw_import_report_add_refused (import->report, 0, 1);
          continue;
        }

      if (column < 0 || !g_hash_table_lookup_extended (by_key, key, NULL, &index))
        {
          Unit new_unit = { { key, NULL, 0 }, row, NULL };

          if (column >= 0)
            {
              new_unit.rows = g_ptr_array_new ();
              g_hash_table_insert (by_key, (gpointer) key, GUINT_TO_POINTER (import->units->len));
            }
          g_array_append_val (import->units, new_unit);
          index = GUINT_TO_POINTER (import->units->len - 1);
        }
      unit = &g_array_index (import->units, Unit, GPOINTER_TO_UINT (index));
      if (unit->rows != NULL)
        g_ptr_array_add (unit->rows, (gpointer) row);
    }

  /* The units are all in now; the array no longer moves. */
  for (guint u = 0; u < import->units->len; u++)
    {
      Unit *unit = &g_array_index (import->units, Unit, u);

      if (unit->rows != NULL)
        {
          unit->unit.rows = (const CwImportRow **) unit->rows->pdata;
          unit->unit.n_rows = unit->rows->len;
        }
      else
        {
          unit->unit.rows = &unit->single;
          unit->unit.n_rows = 1;
        }
    }
  import->verdicts = g_new0 (gpointer, MAX (import->units->len, 1));
}
