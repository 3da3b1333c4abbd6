/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-import-report"

#include "config.h"

#include "core/common/cw-import-report.h"

typedef struct
{
  guint  line;
  guint  order;        /* the order added, so that sorting is stable */
  char  *household;
  char  *message;
} Problem;

struct _CwImportReport
{
  GObject    parent_instance;

  char      *encoding;
  gboolean   dry_run;
  guint      header_line;
  GStrv      ignored_columns;
  guint      rows_read;
  guint      households_imported;
  guint      persons_imported;
  guint      households_refused;
  guint      rows_refused;
  GPtrArray *groups_created;   /* NULL-terminated, for get_groups_created() */
  GArray    *problems;
  gboolean   sorted;
};

G_DEFINE_FINAL_TYPE (CwImportReport, cw_import_report, G_TYPE_OBJECT)

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->household);
  g_free (problem->message);
}

static void
cw_import_report_finalize (GObject *object)
{
  CwImportReport *self = CW_IMPORT_REPORT (object);

  g_free (self->encoding);
  g_strfreev (self->ignored_columns);
  g_ptr_array_unref (self->groups_created);
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
  self->ignored_columns = g_new0 (char *, 1);
  self->groups_created = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->groups_created, NULL);
  self->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->problems, problem_clear);
  self->sorted = TRUE;
}

CwImportReport *
cw_import_report_new (const char *encoding,
                      gboolean    dry_run)
{
  CwImportReport *self = g_object_new (CW_TYPE_IMPORT_REPORT, NULL);

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
cw_import_report_set_ignored_columns (CwImportReport     *self,
                                      const char * const *columns)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));

  g_strfreev (self->ignored_columns);
  self->ignored_columns = columns != NULL ? g_strdupv ((char **) columns) : g_new0 (char *, 1);
}

void
cw_import_report_set_rows_read (CwImportReport *self,
                                guint           rows)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->rows_read = rows;
}

void
cw_import_report_add_imported (CwImportReport *self,
                               guint           households,
                               guint           persons)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->households_imported += households;
  self->persons_imported += persons;
}

void
cw_import_report_add_refused (CwImportReport *self,
                              guint           households,
                              guint           rows)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  self->households_refused += households;
  self->rows_refused += rows;
}

void
cw_import_report_add_group_created (CwImportReport *self,
                                    const char     *name)
{
  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (name != NULL);

  /* Keep the array NULL-terminated for the getter. */
  g_ptr_array_insert (self->groups_created, (int) self->groups_created->len - 1, g_strdup (name));
}

void
cw_import_report_add_problem (CwImportReport *self,
                              guint           line,
                              const char     *household,
                              const char     *message)
{
  Problem problem;

  g_return_if_fail (CW_IS_IMPORT_REPORT (self));
  g_return_if_fail (message != NULL);

  problem.line = line;
  problem.order = self->problems->len;
  problem.household = g_strdup (household != NULL ? household : "");
  problem.message = g_strdup (message);
  g_array_append_val (self->problems, problem);
  self->sorted = FALSE;
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
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), NULL);
  return (const char * const *) self->ignored_columns;
}

guint
cw_import_report_get_rows_read (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->rows_read;
}

guint
cw_import_report_get_households_imported (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->households_imported;
}

guint
cw_import_report_get_persons_imported (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->persons_imported;
}

guint
cw_import_report_get_households_refused (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->households_refused;
}

guint
cw_import_report_get_rows_refused (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  return self->rows_refused;
}

const char * const *
cw_import_report_get_groups_created (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), NULL);
  return (const char * const *) self->groups_created->pdata;
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
                              const char     **household,
                              const char     **message)
{
  const Problem *problem;

  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (index < self->problems->len, 0);

  /* Importers add problems household by household, and a household's
   * rows may be scattered over the file; people read a report top down. */
  if (!self->sorted)
    {
      g_array_sort (self->problems, compare_problems);
      self->sorted = TRUE;
    }

  problem = &g_array_index (self->problems, Problem, index);
  if (household != NULL)
    *household = problem->household;
  if (message != NULL)
    *message = problem->message;
  return problem->line;
}

gboolean
cw_import_report_is_complete (CwImportReport *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_REPORT (self), FALSE);
  return self->rows_refused == 0 && self->problems->len == 0;
}
