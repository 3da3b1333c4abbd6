/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-import-report"

#include "config.h"

#include <string.h>

#include "core/common/cw-import-report.h"

typedef struct
{
  guint  line;
  guint  order;        /* the order added, so that sorting is stable */
  char  *key;
  char  *message;
} Problem;

typedef struct
{
  char              *header;
  char              *field;
  CwImportHeaderUse  use;
} Column;

struct _CwImportReport
{
  GObject     parent_instance;

  char       *unit;
  char       *encoding;
  gboolean    dry_run;
  guint       header_line;
  GArray     *columns;          /* Column, in header order */
  GPtrArray  *ignored_columns;  /* NULL-terminated */
  GPtrArray  *unknown_columns;  /* NULL-terminated */
  GArray     *skipped_lines;    /* guint */
  guint       rows_read;
  guint       units_refused;
  guint       rows_refused;
  GHashTable *counts;           /* counter → guint */
  GHashTable *names;            /* list → GPtrArray of names, NULL-terminated */
  GPtrArray  *changed_tables;   /* NULL-terminated */
  GArray     *problems;
  gboolean    sorted;
};

G_DEFINE_FINAL_TYPE (CwImportReport, cw_import_report, G_TYPE_OBJECT)

static const char * const no_names[] = { NULL };

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->key);
  g_free (problem->message);
}

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->header);
  g_free (column->field);
}

static GPtrArray *
names_new (void)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (names, NULL);
  return names;
}

/* Keeps the array NULL-terminated for the getters. */
static void
names_add (GPtrArray  *names,
           const char *name)
{
  g_ptr_array_insert (names, (int) names->len - 1, g_strdup (name));
}

static void
cw_import_report_finalize (GObject *object)
{
  CwImportReport *self = CW_IMPORT_REPORT (object);

  g_free (self->unit);
  g_free (self->encoding);
  g_array_unref (self->columns);
  g_ptr_array_unref (self->ignored_columns);
  g_ptr_array_unref (self->unknown_columns);
  g_array_unref (self->skipped_lines);
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->names);
  g_ptr_array_unref (self->changed_tables);
  g_array_unref (self->problems);

  G_OBJECT_CLASS (cw_import_report_parent_class)->finalize (object);
}

static void
cw_import_report_class_init (CwImportReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_import_report_finalize;
}

static void
cw_import_report_init (CwImportReport *self)
{
  self->columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->ignored_columns = names_new ();
  self->unknown_columns = names_new ();
  self->skipped_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->changed_tables = names_new ();
  self->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->problems, problem_clear);
  self->sorted = TRUE;
}

CwImportReport *
cw_import_report_new (const char *unit,
                      const char *encoding,
                      gboolean    dry_run)
{
  CwImportReport *self;

  g_return_val_if_fail (unit != NULL, NULL);

  self = g_object_new (CW_TYPE_IMPORT_REPORT, NULL);
  self->unit = g_strdup (unit);
  self->encoding = g_strdup (encoding != NULL ? encoding : "");
  self->dry_run = dry_run;
  return self;
}

void
cw_import_report_set_header_line (CwImportReport *self,
                                  guint           line)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->header_line = line;
}

void
cw_import_report_add_column (CwImportReport    *self,
                             const char        *header,
                             const char        *field,
                             CwImportHeaderUse  use)
{
  Column column;

  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (header != NULL);

  column.header = g_strdup (header);
  column.field = g_strdup (field);
  column.use = use;
  g_array_append_val (self->columns, column);
  if (use == CW_IMPORT_HEADER_UNKNOWN)
    names_add (self->unknown_columns, header);
  else if (use != CW_IMPORT_HEADER_READ)
    names_add (self->ignored_columns, header);
}

void
cw_import_report_add_skipped_line (CwImportReport *self,
                                   guint           line)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_array_append_val (self->skipped_lines, line);
}

void
cw_import_report_set_rows_read (CwImportReport *self,
                                guint           rows)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->rows_read = rows;
}

void
cw_import_report_add_count (CwImportReport *self,
                            const char     *counter,
                            guint           n)
{
  guint *count;

  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (counter != NULL);

  count = g_hash_table_lookup (self->counts, counter);
  if (count == NULL)
    {
      count = g_new0 (guint, 1);
      g_hash_table_insert (self->counts, g_strdup (counter), count);
    }
  *count += n;
}

void
cw_import_report_add_name (CwImportReport *self,
                           const char     *list,
                           const char     *name)
{
  GPtrArray *names;

  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (list != NULL);
  g_return_if_fail (name != NULL);

  names = g_hash_table_lookup (self->names, list);
  if (names == NULL)
    {
      names = names_new ();
      g_hash_table_insert (self->names, g_strdup (list), names);
    }
  names_add (names, name);
}

void
cw_import_report_add_refused (CwImportReport *self,
                              guint           units,
                              guint           rows)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->units_refused += units;
  self->rows_refused += rows;
}

/* How much of a value a problem quotes: enough to find the cell, while a
 * cell of a million characters (a paste gone wrong) does not flood the
 * report nor the terminal. */
#define QUOTED_CHARS 40

/* @text cut to QUOTED_CHARS characters and "…", appended to @out. */
static void
append_cut (GString    *out,
            const char *text,
            gssize      length)
{
  const char *end = text + length;
  const char *p = text;
  guint n = 0;

  while (p < end && n < QUOTED_CHARS)
    {
      p = g_utf8_next_char (p);
      n++;
    }
  g_string_append_len (out, text, p - text);
  if (p < end)
    g_string_append (out, "…");
}

/* The message with every value it quotes (“…”) cut; the importers quote
 * the cells they name, so this one place spares them all. */
static char *
cut_quoted_values (const char *message)
{
  GString *out = g_string_new (NULL);
  const char *p = message;
  const char *open;

  while ((open = strstr (p, "“")) != NULL)
    {
      const char *value = open + strlen ("“");
      const char *close = strstr (value, "”");

      if (close == NULL)
        break;
      g_string_append_len (out, p, value - p);
      append_cut (out, value, close - value);
      p = close;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

void
cw_import_report_add_problem (CwImportReport *self,
                              guint           line,
                              const char     *key,
                              const char     *message)
{
  Problem problem;

  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (message != NULL);

  problem.line = line;
  problem.order = self->problems->len;
  {
    GString *cut = g_string_new (NULL);

    if (key != NULL)
      append_cut (cut, key, strlen (key));
    problem.key = g_string_free (cut, FALSE);
  }
  problem.message = cut_quoted_values (message);
  if (self->problems->len > 0 &&
      g_array_index (self->problems, Problem, self->problems->len - 1).line > line)
    self->sorted = FALSE;
  g_array_append_val (self->problems, problem);
}

void
cw_import_report_add_changed_table (CwImportReport *self,
                                    const char     *table)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (table != NULL);

  if (g_strv_contains ((const char * const *) self->changed_tables->pdata, table))
    return;
  names_add (self->changed_tables, table);
}

const char *
cw_import_report_get_unit (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), NULL);
  return self->unit;
}

const char *
cw_import_report_get_encoding (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), NULL);
  return self->encoding;
}

gboolean
cw_import_report_get_dry_run (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), FALSE);
  return self->dry_run;
}

guint
cw_import_report_get_header_line (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->header_line;
}

const char * const *
cw_import_report_get_ignored_columns (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), no_names);
  return (const char * const *) self->ignored_columns->pdata;
}

const char * const *
cw_import_report_get_unknown_columns (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), no_names);
  return (const char * const *) self->unknown_columns->pdata;
}

guint
cw_import_report_get_n_columns (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->columns->len;
}

CwImportHeaderUse
cw_import_report_get_column (CwImportReport  *self,
                             guint            index,
                             const char     **header,
                             const char     **field)
{
  const Column *column;

  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), CW_IMPORT_HEADER_UNKNOWN);
  g_return_val_if_fail (index < self->columns->len, CW_IMPORT_HEADER_UNKNOWN);

  column = &g_array_index (self->columns, Column, index);
  if (header != NULL)
    *header = column->header;
  if (field != NULL)
    *field = column->field;
  return column->use;
}

const guint *
cw_import_report_get_skipped_lines (CwImportReport *self,
                                    guint          *n_lines)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), NULL);
  g_return_val_if_fail (n_lines != NULL, NULL);

  *n_lines = self->skipped_lines->len;
  return (const guint *) self->skipped_lines->data;
}

guint
cw_import_report_get_rows_read (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->rows_read;
}

guint
cw_import_report_get_count (CwImportReport *self,
                            const char     *counter)
{
  guint *count;

  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (counter != NULL, 0);
  count = g_hash_table_lookup (self->counts, counter);
  return count != NULL ? *count : 0;
}

guint
cw_import_report_get_imported (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return cw_import_report_get_count (self, self->unit);
}

guint
cw_import_report_get_refused (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->units_refused;
}

guint
cw_import_report_get_rows_refused (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->rows_refused;
}

const char * const *
cw_import_report_get_names (CwImportReport *self,
                            const char     *list)
{
  GPtrArray *names;

  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), no_names);
  g_return_val_if_fail (list != NULL, no_names);

  names = g_hash_table_lookup (self->names, list);
  return names != NULL ? (const char * const *) names->pdata : no_names;
}

guint
cw_import_report_get_n_problems (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->problems->len;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const Problem *pa = a, *pb = b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

guint
cw_import_report_get_problem (CwImportReport  *self,
                              guint            index,
                              const char     **key,
                              const char     **message)
{
  const Problem *problem;

  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (index < self->problems->len, 0);

  /* Importers settle a household's rows together, and they may be
   * scattered over the file; people read a report top down. */
  if (!self->sorted)
    {
      g_array_sort (self->problems, compare_problems);
      self->sorted = TRUE;
    }

  problem = &g_array_index (self->problems, Problem, index);
  if (key != NULL)
    *key = problem->key;
  if (message != NULL)
    *message = problem->message;
  return problem->line;
}

gboolean
cw_import_report_is_complete (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), FALSE);
  return self->rows_refused == 0 && self->problems->len == 0 && self->unknown_columns->len == 1;
}

const char * const *
cw_import_report_get_changed_tables (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), no_names);
  return (const char * const *) self->changed_tables->pdata;
}
