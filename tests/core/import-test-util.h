/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/common/cw-importer.h"

#include "cw-test-core.h"

G_BEGIN_DECLS

/* What the roster import's tests share (test-import-columns,
 * test-import-dates): an empty village, rosters given as text, and the
 * problems a report names. */

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} ImportFixture;

/* A fresh database with the village 青山村 (白沙镇, 临江县) and no group. */
void            import_fixture_set_up     (ImportFixture      *fixture,
                                           gconstpointer       data);
void            import_fixture_tear_down  (ImportFixture      *fixture,
                                           gconstpointer       data);

/* A real ID number: @first17 and its check character. */
char           *import_test_valid_id      (const char         *first17);
/* The roster @text ("roster.csv") imported with cw_household_importer;
 * the file must be usable (a report, no error). */
CwImportReport *import_test_text          (CwDatabase         *db,
                                           const char         *text,
                                           CwImportFlags       flags,
                                           const char * const *ignore);
/* The one problem on @line names every word given, up to NULL. */
void            import_test_assert_problem (CwImportReport    *report,
                                            guint              line,
                                            ...) G_GNUC_NULL_TERMINATED;
/* The first column of the first row of @sql with @parameter bound to ?1,
 * or NULL when there is no row. */
char           *import_test_query_text    (CwDatabase         *db,
                                           const char         *sql,
                                           const char         *parameter);

G_END_DECLS
