/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-import-problems"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-import-problems.h"

struct _CwImportProblems
{
  GHashTable *messages;       /* row index → message */
  guint       first_bad_line; /* 0: none */
};

CwImportProblems *
cw_import_problems_new (void)
{
  CwImportProblems *self = g_new0 (CwImportProblems, 1);

  self->messages = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return self;
}

void
cw_import_problems_free (CwImportProblems *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->messages);
  g_free (self);
}

void
cw_import_problems_add (CwImportProblems  *self,
                        const CwImportRow *row,
                        char              *message)
{
  if (g_hash_table_contains (self->messages, GUINT_TO_POINTER (row->index)))
    {
      g_free (message);
      return;
    }
  g_hash_table_insert (self->messages, GUINT_TO_POINTER (row->index), message);
  if (self->first_bad_line == 0 || row->line < self->first_bad_line)
    self->first_bad_line = row->line;
}

gboolean
cw_import_problems_any (CwImportProblems *self)
{
  return self->first_bad_line != 0;
}

gboolean
cw_import_problems_let_in (CwImportProblems  *self,
                           CwImport          *import,
                           const CwImportRow *row,
                           const char        *key)
{
  const char *problem = g_hash_table_lookup (self->messages, GUINT_TO_POINTER (row->index));
  g_autofree char *other = NULL;

  if (self->first_bad_line == 0)
    return TRUE;
  if (problem == NULL)
    other = g_strdup_printf (_("Not imported: line %u has a problem, and nothing of the file goes in until "
                               "it is right."), self->first_bad_line);
  cw_import_refuse_row (import, row, key, problem != NULL ? problem : other);
  return FALSE;
}
