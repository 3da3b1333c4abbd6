/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-import-report"

#include "config.h"

#include "core/points/cw-point-import-report.h"

typedef struct
{
  guint  line;
  guint  order;        /* the order added, so that sorting is stable */
  char  *key;
  char  *message;
} Problem;

struct _CwPointImportReport
{
  GObject    parent_instance;

  char      *encoding;
  gboolean   dry_run;
  guint      header_line;
  GStrv      ignored_columns;
  guint      rows_read;
  guint      imported;
  guint      reviewed;
  guint      unchanged;
  GArray    *problems;
  gboolean   sorted;
};

G_DEFINE_FINAL_TYPE (CwPointImportReport, cw_point_import_report, G_TYPE_OBJECT)

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->key);
  g_free (problem->message);
}

static void
cw_point_import_report_finalize (GObject *object)
{
  CwPointImportReport *self = CW_POINT_IMPORT_REPORT (object);

  g_free (self->encoding);
  g_strfreev (self->ignored_columns);
  g_array_unref (self->problems);

  G_OBJECT_CLASS (cw_point_import_report_parent_class)->finalize (object);
}

static void
cw_point_import_report_class_init (CwPointImportReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_point_import_report_finalize;
}

static void
cw_point_import_report_init (CwPointImportReport *self)
{
  self->problems = g_array_new (FALSE, TRUE, sizeof (Problem));
  g_array_set_clear_func (self->problems, problem_clear);
  self->ignored_columns = g_new0 (char *, 1);
  self->sorted = TRUE;
}

CwPointImportReport *
cw_point_import_report_new (const char *encoding,
                            gboolean    dry_run)
{
  CwPointImportReport *self = g_object_new (CW_TYPE_POINT_IMPORT_REPORT, NULL);

  self->encoding = g_strdup (encoding != NULL ? encoding : "");
  self->dry_run = dry_run;
  return self;
}

void
cw_point_import_report_set_header_line (CwPointImportReport *self,
                                        guint                line)
{
  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  self->header_line = line;
}

void
cw_point_import_report_set_ignored_columns (CwPointImportReport *self,
                                            const char * const  *columns)
{
  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  g_strfreev (self->ignored_columns);
  self->ignored_columns = columns != NULL ? g_strdupv ((char **) columns) : g_new0 (char *, 1);
}

void
cw_point_import_report_set_rows_read (CwPointImportReport *self,
                                      guint                rows)
{
  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  self->rows_read = rows;
}

void
cw_point_import_report_add_imported (CwPointImportReport *self,
                                     gboolean             reviewed)
{
  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  self->imported++;
  if (reviewed)
    self->reviewed++;
}

void
cw_point_import_report_add_unchanged (CwPointImportReport *self)
{
  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  self->unchanged++;
}

void
cw_point_import_report_add_problem (CwPointImportReport *self,
                                    guint                line,
                                    const char          *key,
                                    const char          *message)
{
  Problem problem;

  g_return_if_fail (CW_IS_POINT_IMPORT_REPORT (self));
  g_return_if_fail (message != NULL);

  problem.line = line;
  problem.order = self->problems->len;
  problem.key = g_strdup (key != NULL ? key : "");
  problem.message = g_strdup (message);
  if (self->problems->len > 0 &&
      g_array_index (self->problems, Problem, self->problems->len - 1).line > line)
    self->sorted = FALSE;
  g_array_append_val (self->problems, problem);
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

static void
ensure_sorted (CwPointImportReport *self)
{
  if (self->sorted)
    return;
  g_array_sort (self->problems, compare_problems);
  self->sorted = TRUE;
}

const char *
cw_point_import_report_get_encoding (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), NULL);
  return self->encoding;
}

gboolean
cw_point_import_report_get_dry_run (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), FALSE);
  return self->dry_run;
}

guint
cw_point_import_report_get_header_line (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->header_line;
}

const char * const *
cw_point_import_report_get_ignored_columns (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), NULL);
  return (const char * const *) self->ignored_columns;
}

guint
cw_point_import_report_get_rows_read (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->rows_read;
}

guint
cw_point_import_report_get_imported (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->imported;
}

guint
cw_point_import_report_get_reviewed (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->reviewed;
}

guint
cw_point_import_report_get_unchanged (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->unchanged;
}

guint
cw_point_import_report_get_refused (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  /* One problem per refused row. */
  return self->problems->len;
}

guint
cw_point_import_report_get_n_problems (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  return self->problems->len;
}

guint
cw_point_import_report_get_problem (CwPointImportReport  *self,
                                    guint                 index,
                                    const char          **key,
                                    const char          **message)
{
  Problem *problem;

  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (index < self->problems->len, 0);

  ensure_sorted (self);
  problem = &g_array_index (self->problems, Problem, index);
  if (key != NULL)
    *key = problem->key;
  if (message != NULL)
    *message = problem->message;
  return problem->line;
}

gboolean
cw_point_import_report_is_complete (CwPointImportReport *self)
{
  g_return_val_if_fail (CW_IS_POINT_IMPORT_REPORT (self), FALSE);
  return self->problems->len == 0;
}
