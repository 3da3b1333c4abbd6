/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-importer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-error.h"
#include "core/common/cw-importer.h"
#include "core/common/cw-importer-private.h"

/* At most this many progress calls per import, so that a window's
 * progress bar is not flooded from 30 000 households. */
#define PROGRESS_STEPS 200

/* How many units the checking thread may be ahead of the writing. */
#define VERDICTS_AHEAD 64

/* A free slot for the checking thread that is not a spent verdict. */
#define EMPTY_SLOT GUINT_TO_POINTER (G_MAXUINT)

typedef struct
{
  CwImportUnit        unit;
  const CwImportRow  *single;     /* the row of a one-row unit */
  GPtrArray          *rows;       /* the rows of a unit by key, else NULL */
  gboolean            bad_text;   /* a row of it is not valid text */
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
  CwImportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;

  CwImportReport       *report;
  guint                 n_columns;
  gboolean             *present;        /* per column: in the file's header */
  guint                 header_line;

  GStringChunk         *strings;
  GArray               *rows;           /* CwImportRow */
  GPtrArray            *fields;         /* n_columns per row */
  GHashTable           *bad_text;       /* row index → column name, or NULL */
  GArray               *units;          /* Unit, in order of first row */
  gpointer              state;          /* the register's */
  gboolean              begun;

  /* The unit being settled. */
  Unit                 *unit;
  guint8               *row_refused;    /* per row of the file */
  guint                 first_bad_line;
  gboolean              refused;
  gboolean              refused_whole;
  gboolean              unchanged;
  GArray               *pending_counts; /* Count */
  GPtrArray            *pending_names;  /* list, name, list, name … */
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

  guint                 done_rows;
  guint                 last_step;
  CwImportTuning        tuning;
};

static void
import_clear (CwImport *import)
{
  if (import->units != NULL)
    for (guint i = 0; i < import->units->len; i++)
      g_clear_pointer (&g_array_index (import->units, Unit, i).rows, g_ptr_array_unref);
  g_clear_pointer (&import->units, g_array_unref);
  g_clear_pointer (&import->verdicts, g_free);
  g_clear_pointer (&import->ready, g_async_queue_unref);
  g_clear_pointer (&import->slots, g_async_queue_unref);
  g_clear_pointer (&import->present, g_free);
  g_clear_pointer (&import->strings, g_string_chunk_free);
  g_clear_pointer (&import->rows, g_array_unref);
  g_clear_pointer (&import->fields, g_ptr_array_unref);
  g_clear_pointer (&import->bad_text, g_hash_table_unref);
  g_clear_pointer (&import->row_refused, g_free);
  g_clear_pointer (&import->pending_counts, g_array_unref);
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
  return import->present[column];
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
  g_ptr_array_add (import->pending_names, (gpointer) list);
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
  if (!cw_csv_reader_find_header (reader, (const char * const *) required->pdata, importer->column_names, error))
    return FALSE;
  import->header_line = cw_csv_reader_get_header_line (reader);
  return TRUE;
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

  for (guint c = 0; c < import->n_columns; c++)
    import->present[c] = cw_csv_reader_has_column (reader, importer->column_names[c]);

  while (cw_csv_reader_next (reader, &local_error))
    {
      CwImportRow row = { import->rows->len, cw_csv_reader_get_line (reader), NULL };

      for (guint c = 0; c < import->n_columns; c++)
        {
          const char *value = import->present[c] ? cw_csv_reader_get (reader, importer->column_names[c]) : "";

          if (value[0] == '\0')
            value = "";
          else if (importer->columns[c].flags & CW_IMPORT_COLUMN_REPEATS)
            value = g_string_chunk_insert_const (import->strings, value);
          else
            value = g_string_chunk_insert (import->strings, value);

          /* The reader hands out UTF-8 only; this keeps it so whatever
           * reader comes next. */
          if (value[0] != '\0' && !g_utf8_validate (value, -1, NULL))
            {
              if (import->bad_text == NULL)
                import->bad_text = g_hash_table_new (NULL, NULL);
              g_hash_table_insert (import->bad_text, GUINT_TO_POINTER (row.index),
                                   (gpointer) importer->column_names[c]);
            }
          g_ptr_array_add (import->fields, (gpointer) value);
        }
      g_array_append_val (import->rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

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
          Unit new_unit = { { key, NULL, 0 }, row, NULL, FALSE };

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
      if (import->bad_text != NULL && g_hash_table_contains (import->bad_text, GUINT_TO_POINTER (i)))
        unit->bad_text = TRUE;
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
  Unit *unit = unit_at (import, index);

  if (!unit->bad_text)
    import->verdicts[index] = import->importer->check (import, &unit->unit, import->state);
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
  guint step;

  if (import->progress == NULL)
    return;
  step = total > 0 ? (guint) ((guint64) import->done_rows * PROGRESS_STEPS / total) : PROGRESS_STEPS;
  if (!force && step == import->last_step)
    return;
  import->last_step = step;
  import->progress (import->done_rows, total, import->user_data);
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

static void
refuse_bad_text (CwImport *import,
                 Unit     *unit)
{
  for (guint i = 0; i < unit->unit.n_rows; i++)
    {
      const CwImportRow *row = unit->unit.rows[i];
      const char *column = g_hash_table_lookup (import->bad_text, GUINT_TO_POINTER (row->index));
      g_autofree char *message = NULL;

      if (column == NULL)
        continue;
      message = g_strdup_printf (_("The column “%s” is not valid text."), column);
      cw_import_refuse_row (import, row, NULL, message);
    }
}

/* Writes the unit in a savepoint of its own, so that a unit the register
 * refuses halfway leaves nothing behind. */
static gboolean
write_unit (CwImport  *import,
            Unit      *unit,
            gpointer   verdict,
            GError   **error)
{
  if (!cw_database_begin (import->db, error))
    return FALSE;
  if (!import->importer->write (import, &unit->unit, verdict, import->state, error))
    {
      cw_database_rollback (import->db);
      return FALSE;
    }
  if (import->refused || import->unchanged)
    {
      cw_database_rollback (import->db);
      return TRUE;
    }
  return cw_database_commit (import->db, error);
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
      for (guint i = 0; i < import->pending_names->len; i += 2)
        cw_import_report_add_name (import->report, g_ptr_array_index (import->pending_names, i),
                                   g_ptr_array_index (import->pending_names, i + 1));
      for (guint i = 0; i < import->pending_tables->len; i++)
        add_changed_table (import->changed_tables, g_ptr_array_index (import->pending_tables, i));
    }
  for (guint i = 1; i < import->pending_names->len; i += 2)
    g_free (g_ptr_array_index (import->pending_names, i));
  g_ptr_array_set_size (import->pending_names, 0);
  g_array_set_size (import->pending_counts, 0);
  g_ptr_array_set_size (import->pending_tables, 0);
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

  if (unit->bad_text)
    refuse_bad_text (import, unit);
  else if (!write_unit (import, unit, verdict, error))
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
  ok = (importer->begin == NULL || importer->begin (import, import->state, error)) &&
       settle_units (import, error);
  /* Before the transaction ends, so that no statement holds it open. */
  if (importer->end != NULL)
    importer->end (import->state);

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
  cw_import_report_set_ignored_columns (import->report, cw_csv_reader_get_unknown_columns (reader));

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
  import->done_rows = import->rows->len;
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
  g_auto(CwImport) import = { 0 };
  g_autoptr(CwCsvReader) reader = NULL;
  CwImportReport *report = NULL;

  g_return_val_if_fail (importer != NULL && importer->write != NULL, NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import.importer = importer;
  import.db = db;
  import.flags = flags;
  import.progress = progress;
  import.user_data = user_data;
  import.cancellable = cancellable;
  import.n_columns = g_strv_length ((char **) importer->column_names);
  import.present = g_new0 (gboolean, import.n_columns);
  import.strings = g_string_chunk_new (64 * 1024);
  import.rows = g_array_new (FALSE, FALSE, sizeof (CwImportRow));
  import.fields = g_ptr_array_new ();
  import.units = g_array_new (FALSE, FALSE, sizeof (Unit));
  import.pending_counts = g_array_new (FALSE, FALSE, sizeof (Count));
  import.pending_names = g_ptr_array_new ();
  import.pending_tables = g_ptr_array_new ();
  import.changed_tables = g_ptr_array_new ();
  cw_import_tuning_init (&import.tuning);

  reader = cw_csv_reader_new_from_bytes (bytes, error);
  if (reader != NULL)
    report = run (&import, reader, error);
  cw_import_tuning_restore (&import.tuning, db);

  if (report == NULL && display_name != NULL && error != NULL && *error != NULL &&
      !g_error_matches (*error, CW_ERROR, CW_ERROR_CANCELLED))
    g_prefix_error (error, _("“%s”: "), display_name);
  return report;
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
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &size, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist."), display);
      else
        g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                     _("Cannot read “%s”: %s"), display, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, size);

  return cw_importer_import_bytes (importer, db, bytes, display, flags, progress, user_data,
                                   cancellable, error);
}
