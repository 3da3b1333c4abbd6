/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* For an import that takes a file whole or not at all (grids, mediation
 * cases and their records): the problem each row was found to have
 * before anything is written, and then, row by row, the refusal: its own
 * problem, or the first bad line that keeps the rest of the file out. */
typedef struct _CwImportProblems CwImportProblems;

CwImportProblems *cw_import_problems_new    (void);
void              cw_import_problems_free   (CwImportProblems  *self);
/* Takes @message; a row keeps its first problem. */
void              cw_import_problems_add    (CwImportProblems  *self,
                                             const CwImportRow *row,
                                             char              *message);
gboolean          cw_import_problems_any    (CwImportProblems  *self);
/* In write(): TRUE when @row may go in; otherwise it is refused (under
 * @key, or the unit's) and FALSE. */
gboolean          cw_import_problems_let_in (CwImportProblems  *self,
                                             CwImport          *import,
                                             const CwImportRow *row,
                                             const char        *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwImportProblems, cw_import_problems_free)

G_END_DECLS
