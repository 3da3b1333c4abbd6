/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-importer"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-error.h"
#include "core/common/cw-importer.h"
#include "core/common/cw-importer-private.h"
#include "core/common/cw-text.h"

/* At most this many progress calls per import, so that a window's
 * progress bar is not flooded from 30 000 households. */
#define PROGRESS_STEPS 200

/* How many units the checking thread may be ahead of the writing. */
#define VERDICTS_AHEAD 64

/* A free slot for the checking thread that is not a spent verdict. */
#define EMPTY_SLOT GUINT_TO_POINTER (G_MAXUINT)

/* How the lines below a form's table begin: its totals ("合计：450户"),
 * and the lines for signatures and the date ("制表人：… 审核人：…"). */
static const char * const closing_words[] = {
  "合计", "总计", "共计", "小计", "制表", "填表", "填报", "审核", "负责人", "日期", "备注：", "备注:", NULL
};

typedef struct
{
  CwImportUnit        unit;
  const CwImportRow  *single;     /* the row of a one-row unit */
  GPtrArray          *rows;       /* the rows of a unit by key, else NULL */
} Unit;

typedef struct
{
  const char *counter;
  guint       n;
} Count;

struct _CwImport
{
  const CwImporter     *importer;
  CwDatabase           *db;
  CwImportFlags         flags;
  const char * const   *ignore_columns;
  CwImportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;

  CwImportReport       *report;
  guint                 n_columns;
  int                  *index;          /* per column: in the file's header, or -1 */
  guint                 header_line;

  GStringChunk         *strings;
  GArray               *rows;           /* CwImportRow */
  GPtrArray            *fields;         /* n_columns per row */
  GArray               *units;          /* Unit, in order of first row */
  GHashTable           *read_problems;  /* row index → what is wrong with it as read */
  gpointer              state;          /* the register's */

  /* The unit being settled. */
  Unit                 *unit;
  guint8               *row_refused;    /* per row of the file */
  guint                 first_bad_line;
  gboolean              refused;
  gboolean              refused_whole;
  gboolean              unchanged;
  GArray               *pending_counts; /* Count */
  GPtrArray            *pending_lists;  /* the list of each pending name */
  GPtrArray            *pending_names;
  GPtrArray            *pending_tables;
  GPtrArray            *changed_tables; /* by units that went in */

  /* Verdicts travel from the checking thread to the writing one as unit
   * indexes + 1; slots bound how far the checking runs ahead, and so the
   * memory, and bring spent verdicts back to be freed there. */
  gpointer             *verdicts;       /* per unit */
  GAsyncQueue          *ready;
  GAsyncQueue          *slots;
  GThread              *checker;
  gint                  stop;

  /* The savepoint of each unit, prepared once (see write_unit()). */
  sqlite3_stmt         *unit_begin;
  sqlite3_stmt         *unit_rollback;
  sqlite3_stmt         *unit_release;

  guint                 done_rows;
  /* Rows a register checked in begin() (cw_import_checked()), when it
   * checks the whole file first: then checking is the progress's first
   * half. */
  guint                 checked_rows;
  gboolean              checks_first;
  guint                 last_step;
  CwImportTuning        tuning;
};

static void
finalize_savepoints (CwImport *import)
{
  g_clear_pointer (&import->unit_begin, sqlite3_finalize);
  g_clear_pointer (&import->unit_rollback, sqlite3_finalize);
  g_clear_pointer (&import->unit_release, sqlite3_finalize);
}

static void
import_clear (CwImport *import)
{
  if (import->units != NULL)
    for (guint i = 0; i < import->units->len; i++)
      g_clear_pointer (&g_array_index (import->units, Unit, i).rows, g_ptr_array_unref);
  g_clear_pointer (&import->units, g_array_unref);
  finalize_savepoints (import);
  g_clear_pointer (&import->verdicts, g_free);
  g_clear_pointer (&import->ready, g_async_queue_unref);
  g_clear_pointer (&import->slots, g_async_queue_unref);
  g_clear_pointer (&import->index, g_free);
  g_clear_pointer (&import->strings, g_string_chunk_free);
  g_clear_pointer (&import->rows, g_array_unref);
  g_clear_pointer (&import->fields, g_ptr_array_unref);
  g_clear_pointer (&import->read_problems, g_hash_table_unref);
  g_clear_pointer (&import->row_refused, g_free);
  g_clear_pointer (&import->pending_counts, g_array_unref);
  g_clear_pointer (&import->pending_lists, g_ptr_array_unref);
  g_clear_pointer (&import->pending_names, g_ptr_array_unref);
  g_clear_pointer (&import->pending_tables, g_ptr_array_unref);
  g_clear_pointer (&import->changed_tables, g_ptr_array_unref);
  g_clear_pointer (&import->state, g_free);
  g_clear_object (&import->report);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwImport, import_clear)

/* For the register's functions */

CwDatabase *
cw_import_get_database (CwImport *import)
{
  return import->db;
}

CwImportFlags
cw_import_get_flags (CwImport *import)
{
  return import->flags;
}

guint
cw_import_get_header_line (CwImport *import)
{
  return import->header_line;
}

gboolean
cw_import_has_column (CwImport *import,
                      guint     column)
{
  g_return_val_if_fail (column < import->n_columns, FALSE);
  return import->index[column] >= 0;
}

guint
cw_import_get_n_rows (CwImport *import)
{
  return import->rows->len;
}

const CwImportRow *
cw_import_get_row (CwImport *import,
                   guint     index)
{
  g_return_val_if_fail (index < import->rows->len, NULL);
  return &g_array_index (import->rows, CwImportRow, index);
}

const char *
cw_import_get_read_problem (CwImport          *import,
                            const CwImportRow *row)
{
  return g_hash_table_lookup (import->read_problems, GUINT_TO_POINTER (row->index));
}

void
cw_import_refuse_row (CwImport          *import,
                      const CwImportRow *row,
                      const char        *key,
                      const char        *message)
{
  g_return_if_fail (import->unit != NULL);

  cw_import_report_add_problem (import->report, row->line, key != NULL ? key : import->unit->unit.key, message);
  import->row_refused[row->index] = TRUE;
  import->first_bad_line = MIN (import->first_bad_line, row->line);
  import->refused = TRUE;
}

void
cw_import_refuse_unit (CwImport   *import,
                       guint       line,
                       const char *message)
{
  g_return_if_fail (import->unit != NULL);

  cw_import_report_add_problem (import->report, line, import->unit->unit.key, message);
  import->refused = TRUE;
  import->refused_whole = TRUE;
}

void
cw_import_unchanged (CwImport *import)
{
  import->unchanged = TRUE;
}

void
cw_import_count (CwImport   *import,
                 const char *counter,
                 guint       n)
{
  Count count = { counter, n };

  g_array_append_val (import->pending_counts, count);
}

void
cw_import_add_name (CwImport   *import,
                    const char *list,
                    const char *name)
{
  g_ptr_array_add (import->pending_lists, (gpointer) list);
  g_ptr_array_add (import->pending_names, g_strdup (name));
}

void
cw_import_changed (CwImport   *import,
                   const char *table)
{
  g_ptr_array_add (import->pending_tables, (gpointer) table);
}

/* Reading */

static gboolean
find_header (CwImport     *import,
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
static gboolean
map_columns (CwImport    *import,
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
static gboolean
read_rows (CwImport     *import,
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
static void
group_rows (CwImport *import)
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

/* Checking, ahead of the writing */

static Unit *
unit_at (CwImport *import,
         guint     index)
{
  return &g_array_index (import->units, Unit, index);
}

static void
judge (CwImport *import,
       guint     index)
{
  import->verdicts[index] = import->importer->check (import, &unit_at (import, index)->unit, import->state);
}

static void
free_verdict (CwImport *import,
              guint     index)
{
  gpointer verdict = g_steal_pointer (&import->verdicts[index]);

  if (verdict != NULL && import->importer->free_verdict != NULL)
    import->importer->free_verdict (verdict);
}

/* The checking thread: judges the units in order, never more than the
 * free slots ahead of the writing thread. Spent verdicts come back as
 * slots and are freed here, which keeps that work off the writing
 * thread too. */
static gpointer
check_units (gpointer data)
{
  CwImport *import = data;

  for (guint i = 0; i < import->units->len; i++)
    {
      gpointer slot = g_async_queue_pop (import->slots);

      if (slot != EMPTY_SLOT)
        free_verdict (import, GPOINTER_TO_UINT (slot) - 1);
      if (g_atomic_int_get (&import->stop))
        break;
      judge (import, i);
      g_async_queue_push (import->ready, GUINT_TO_POINTER (i + 1));
    }
  return NULL;
}

static void
start_checker (CwImport *import)
{
  if (import->importer->check == NULL)
    return;
  import->ready = g_async_queue_new ();
  import->slots = g_async_queue_new ();
  for (guint i = 0; i < VERDICTS_AHEAD; i++)
    g_async_queue_push (import->slots, EMPTY_SLOT);
  /* Without a thread the writing thread judges each unit itself. */
  import->checker = g_thread_try_new ("cw-import-check", check_units, import, NULL);
}

static gpointer
next_verdict (CwImport *import,
              guint     index)
{
  if (import->importer->check == NULL)
    return NULL;
  if (import->checker == NULL)
    judge (import, index);
  else
    g_assert (GPOINTER_TO_UINT (g_async_queue_pop (import->ready)) == index + 1);
  return import->verdicts[index];
}

static void
spend_verdict (CwImport *import,
               guint     index)
{
  if (import->checker == NULL)
    free_verdict (import, index);
  else
    g_async_queue_push (import->slots, GUINT_TO_POINTER (index + 1));
}

static void
stop_checker (CwImport *import)
{
  if (import->checker != NULL)
    {
      /* Wakes it if it waits for a slot; it then sees the flag. */
      g_atomic_int_set (&import->stop, 1);
      g_async_queue_push (import->slots, EMPTY_SLOT);
      g_thread_join (g_steal_pointer (&import->checker));
    }
  for (guint i = 0; i < import->units->len; i++)
    free_verdict (import, i);
}

/* Settling */

static void
report_progress (CwImport *import,
                 gboolean  force)
{
  guint total = import->rows->len;
  guint done = import->done_rows;
  guint step;

  if (import->progress == NULL)
    return;
  if (import->checks_first)
    done = (guint) (((guint64) import->checked_rows + import->done_rows) / 2);
  step = total > 0 ? (guint) ((guint64) done * PROGRESS_STEPS / total) : PROGRESS_STEPS;
  if (!force && step == import->last_step)
    return;
  import->last_step = step;
  import->progress (done, total, import->user_data);
}

static gboolean
cancelled (CwImport  *import,
           GError   **error)
{
  if (!g_cancellable_is_cancelled (import->cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED,
                       _("The import was cancelled; nothing was imported."));
  return TRUE;
}

gboolean
cw_import_checked (CwImport  *import,
                   guint      n_rows,
                   GError   **error)
{
  import->checks_first = TRUE;
  import->checked_rows = MIN (n_rows, import->rows->len);
  report_progress (import, FALSE);
  return !cancelled (import, error);
}

static gboolean
prepare_savepoints (CwImport  *import,
                    GError   **error)
{
  import->unit_begin = cw_database_prepare (import->db, "SAVEPOINT cw_import_unit", error);
  import->unit_rollback = cw_database_prepare (import->db, "ROLLBACK TO cw_import_unit", error);
  import->unit_release = cw_database_prepare (import->db, "RELEASE cw_import_unit", error);
  return import->unit_begin != NULL && import->unit_rollback != NULL && import->unit_release != NULL;
}

static gboolean
step (CwImport      *import,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  gboolean ok = cw_database_step_done (import->db, stmt, error);

  sqlite3_reset (stmt);
  return ok;
}

/* Writes the unit in a savepoint of its own, so that a unit the register
 * refuses halfway leaves nothing behind. The savepoint is the importer's
 * own, beside cw_database_begin()'s (which the register's functions may
 * use inside it): prepared once instead of parsed twice per unit, it
 * costs 30 000 households next to nothing. */
static gboolean
write_unit (CwImport  *import,
            Unit      *unit,
            gpointer   verdict,
            GError   **error)
{
  gboolean ok;

  if (import->importer->unit_needs_no_savepoint)
    return import->importer->write (import, &unit->unit, verdict, import->state, error);
  if (!step (import, import->unit_begin, error))
    return FALSE;
  ok = import->importer->write (import, &unit->unit, verdict, import->state, error);
  if (!ok || import->refused || import->unchanged)
    step (import, import->unit_rollback, NULL);
  /* Released even after an error, so that the transaction can end. */
  return step (import, import->unit_release, ok ? error : NULL) && ok;
}

static void
add_changed_table (GPtrArray  *tables,
                   const char *table)
{
  for (guint i = 0; i < tables->len; i++)
    if (g_str_equal (g_ptr_array_index (tables, i), table))
      return;
  g_ptr_array_add (tables, (gpointer) table);
}

/* What the register counted goes into the report if the unit went in. */
static void
settle_pending (CwImport *import,
                gboolean  imported)
{
  if (imported)
    {
      for (guint i = 0; i < import->pending_counts->len; i++)
        {
          Count *count = &g_array_index (import->pending_counts, Count, i);

          cw_import_report_add_count (import->report, count->counter, count->n);
        }
      for (guint i = 0; i < import->pending_names->len; i++)
        cw_import_report_add_name (import->report, g_ptr_array_index (import->pending_lists, i),
                                   g_ptr_array_index (import->pending_names, i));
      for (guint i = 0; i < import->pending_tables->len; i++)
        add_changed_table (import->changed_tables, g_ptr_array_index (import->pending_tables, i));
    }
  g_ptr_array_set_size (import->pending_lists, 0);
  g_ptr_array_set_size (import->pending_names, 0);
  g_array_set_size (import->pending_counts, 0);
  g_ptr_array_set_size (import->pending_tables, 0);
}

/* Refuses the rows of the unit that were wrong as read; TRUE if any. */
static gboolean
refuse_misread_rows (CwImport *import,
                     Unit     *unit)
{
  for (guint i = 0; g_hash_table_size (import->read_problems) > 0 && i < unit->unit.n_rows; i++)
    {
      const CwImportRow *row = unit->unit.rows[i];
      const char *message = g_hash_table_lookup (import->read_problems, GUINT_TO_POINTER (row->index));

      if (message != NULL)
        cw_import_refuse_row (import, row, NULL, message);
    }
  return import->refused;
}

static gboolean
settle_unit (CwImport  *import,
             Unit      *unit,
             gpointer   verdict,
             GError   **error)
{
  guint n = unit->unit.n_rows;

  import->unit = unit;
  import->first_bad_line = G_MAXUINT;
  import->refused = import->refused_whole = import->unchanged = FALSE;

  if (!refuse_misread_rows (import, unit) && !write_unit (import, unit, verdict, error))
    return FALSE;

  if (import->refused)
    {
      g_autofree char *skipped = NULL;

      for (guint i = 0; !import->refused_whole && i < n; i++)
        {
          const CwImportRow *row = unit->unit.rows[i];

          if (import->row_refused[row->index])
            continue;
          if (skipped == NULL)
            skipped = g_strdup_printf (_(import->importer->unit_rows_skipped), import->first_bad_line);
          cw_import_report_add_problem (import->report, row->line, unit->unit.key, skipped);
        }
      cw_import_report_add_refused (import->report, 1, n);
    }
  else if (import->unchanged)
    cw_import_report_add_count (import->report, CW_IMPORT_REPORT_UNCHANGED, 1);
  else
    cw_import_report_add_count (import->report, import->importer->unit, 1);

  settle_pending (import, !import->refused && !import->unchanged);
  import->unit = NULL;
  return TRUE;
}

/* Checks and writes every unit, in the open transaction. */
static gboolean
settle_units (CwImport  *import,
              GError   **error)
{
  gboolean ok = TRUE;

  start_checker (import);
  for (guint i = 0; ok && i < import->units->len; i++)
    {
      Unit *unit = unit_at (import, i);

      if (cancelled (import, error))
        {
          ok = FALSE;
          break;
        }
      ok = settle_unit (import, unit, next_verdict (import, i), error);
      import->done_rows += unit->unit.n_rows;
      spend_verdict (import, i);
      report_progress (import, FALSE);
    }
  stop_checker (import);
  return ok;
}

static gboolean
run_in_transaction (CwImport  *import,
                    GError   **error)
{
  const CwImporter *importer = import->importer;
  gboolean ok;

  if (!cw_database_begin (import->db, error))
    return FALSE;

  if (importer->state_size > 0)
    import->state = g_malloc0 (importer->state_size);
  ok = prepare_savepoints (import, error) &&
       (importer->begin == NULL || importer->begin (import, import->state, error)) &&
       settle_units (import, error) &&
       (importer->finish == NULL || importer->finish (import, import->state, error));
  /* Before the transaction ends, so that no statement holds it open. */
  if (importer->end != NULL)
    importer->end (import->state);
  finalize_savepoints (import);

  if (!ok || (import->flags & CW_IMPORT_DRY_RUN))
    {
      cw_database_rollback (import->db);
      return ok;
    }
  return cw_database_commit (import->db, error);
}

static CwImportReport *
run (CwImport     *import,
     CwCsvReader  *reader,
     GError      **error)
{
  const CwImporter *importer = import->importer;
  gboolean dry_run = (import->flags & CW_IMPORT_DRY_RUN) != 0;

  if (importer->prepare != NULL && !importer->prepare (import->db, error))
    return NULL;
  if (!find_header (import, reader, error))
    return NULL;

  import->report = cw_import_report_new (importer->unit, cw_csv_reader_get_encoding (reader), dry_run);
  cw_import_report_set_header_line (import->report, import->header_line);
  /* Nothing is read, let alone written, from a file with a column that
   * nobody would read: the report says which, and how each was read. */
  if (!map_columns (import, reader))
    {
      /* Settled too, with no row read: the progress ends as every import's does. */
      report_progress (import, TRUE);
      return g_steal_pointer (&import->report);
    }

  if (!read_rows (import, reader, error))
    return NULL;
  cw_import_report_set_rows_read (import->report, import->rows->len);

  report_progress (import, TRUE);
  if (cancelled (import, error))
    return NULL;

  group_rows (import);

  cw_import_tuning_apply (&import->tuning, import->db);
  if (!run_in_transaction (import, error))
    return NULL;

  /* Rows without a key are settled too. */
  import->done_rows = import->checked_rows = import->rows->len;
  report_progress (import, TRUE);

  if (!dry_run && cw_import_report_get_imported (import->report) > 0)
    for (guint i = 0; i < import->changed_tables->len; i++)
      {
        const char *table = g_ptr_array_index (import->changed_tables, i);

        cw_import_report_add_changed_table (import->report, table);
        cw_database_emit_changed (import->db, table);
      }

  return g_steal_pointer (&import->report);
}

/* Imports what @reader holds; @reader is NULL when the file could not be
 * read (@error says why, naming the file). */
static CwImportReport *
import_from_reader (const CwImporter      *importer,
                    CwDatabase            *db,
                    CwCsvReader           *reader,
                    const char            *display_name,
                    CwImportFlags          flags,
                    const char * const    *ignore_columns,
                    CwImportProgressFunc   progress,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_auto(CwImport) import = { 0 };
  CwImportReport *report;

  g_return_val_if_fail (importer != NULL && importer->write != NULL, NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (reader == NULL)
    return NULL;

  import.importer = importer;
  import.db = db;
  import.flags = flags;
  import.ignore_columns = ignore_columns;
  import.progress = progress;
  import.user_data = user_data;
  import.cancellable = cancellable;
  import.n_columns = g_strv_length ((char **) importer->column_names);
  import.index = g_new0 (int, import.n_columns);
  import.strings = g_string_chunk_new (64 * 1024);
  import.rows = g_array_new (FALSE, FALSE, sizeof (CwImportRow));
  import.fields = g_ptr_array_new ();
  import.units = g_array_new (FALSE, FALSE, sizeof (Unit));
  import.read_problems = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  import.pending_counts = g_array_new (FALSE, FALSE, sizeof (Count));
  import.pending_lists = g_ptr_array_new ();
  import.pending_names = g_ptr_array_new_with_free_func (g_free);
  import.pending_tables = g_ptr_array_new ();
  import.changed_tables = g_ptr_array_new ();
  cw_import_tuning_init (&import.tuning);

  report = run (&import, reader, error);
  cw_import_tuning_restore (&import.tuning, db);

  if (report == NULL && display_name != NULL && error != NULL && *error != NULL &&
      !g_error_matches (*error, CW_ERROR, CW_ERROR_CANCELLED))
    g_prefix_error (error, _("“%s”: "), display_name);
  return report;
}

CwImportReport *
cw_importer_import_bytes (const CwImporter      *importer,
                          CwDatabase            *db,
                          GBytes                *bytes,
                          const char            *display_name,
                          CwImportFlags          flags,
                          CwImportProgressFunc   progress,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  return cw_importer_import_bytes_full (importer, db, bytes, display_name, flags, NULL, progress, user_data,
                                        cancellable, error);
}

CwImportReport *
cw_importer_import_bytes_full (const CwImporter      *importer,
                               CwDatabase            *db,
                               GBytes                *bytes,
                               const char            *display_name,
                               CwImportFlags          flags,
                               const char * const    *ignore_columns,
                               CwImportProgressFunc   progress,
                               gpointer               user_data,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_autoptr(CwCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = cw_csv_reader_new_from_bytes (bytes, &local_error);
  if (reader == NULL)
    {
      if (display_name != NULL)
        g_prefix_error (&local_error, _("“%s”: "), display_name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return import_from_reader (importer, db, reader, display_name, flags, ignore_columns, progress, user_data,
                             cancellable, error);
}

CwImportReport *
cw_importer_import_file (const CwImporter      *importer,
                         CwDatabase            *db,
                         const char            *path,
                         CwImportFlags          flags,
                         CwImportProgressFunc   progress,
                         gpointer               user_data,
                         GCancellable          *cancellable,
                         GError               **error)
{
  return cw_importer_import_file_full (importer, db, path, flags, NULL, progress, user_data, cancellable, error);
}

CwImportReport *
cw_importer_import_file_full (const CwImporter      *importer,
                              CwDatabase            *db,
                              const char            *path,
                              CwImportFlags          flags,
                              const char * const    *ignore_columns,
                              CwImportProgressFunc   progress,
                              gpointer               user_data,
                              GCancellable          *cancellable,
                              GError               **error)
{
  g_autoptr(CwCsvReader) reader = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The reader names the file in its own errors. */
  reader = cw_csv_reader_new_from_file (path, error);
  display = g_filename_display_basename (path);
  return import_from_reader (importer, db, reader, display, flags, ignore_columns, progress, user_data,
                             cancellable, error);
}
