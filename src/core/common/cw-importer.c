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

gboolean
cw_import_refuse_row_for (CwImport          *import,
                          const CwImportRow *row,
                          const char        *key,
                          GError            *row_error,
                          GError           **error)
{
  g_return_val_if_fail (row_error != NULL, FALSE);

  if (!cw_error_is_about_input (row_error))
    {
      g_propagate_error (error, row_error);
      return FALSE;
    }
  cw_import_refuse_row (import, row, key, row_error->message);
  g_error_free (row_error);
  return TRUE;
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
  if (!cw_import_find_header (import, reader, error))
    return NULL;

  import->report = cw_import_report_new (importer->unit, cw_csv_reader_get_encoding (reader), dry_run);
  cw_import_report_set_header_line (import->report, import->header_line);
  /* Nothing is read, let alone written, from a file with a column that
   * nobody would read: the report says which, and how each was read. */
  if (!cw_import_map_columns (import, reader))
    {
      /* Settled too, with no row read: the progress ends as every import's does. */
      report_progress (import, TRUE);
      return g_steal_pointer (&import->report);
    }

  if (!cw_import_read_rows (import, reader, error))
    return NULL;
  cw_import_report_set_rows_read (import->report, import->rows->len);

  report_progress (import, TRUE);
  if (cancelled (import, error))
    return NULL;

  cw_import_group_rows (import);

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
