/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/common/cw-importer.h"

#include "cw-test-core.h"

G_BEGIN_DECLS

/* What the tests of imports at scale share (test-scale, test-import-audit):
 * a village, the demo village's roster as a file, points to import. */

/* Runs @sql; the test fails when it fails. */
void            scale_exec             (CwDatabase       *db,
                                        const char       *sql);
/* A fresh database with the village 青山村 and nothing else. */
CwDatabase     *scale_village_database (const char       *dir);
/* The demo village's roster as a CSV file in @dir ("roster.csv"). */
char           *scale_write_roster     (const char       *dir);
/* @other attached to @db as "other". */
void            scale_attach           (CwDatabase       *db,
                                        CwDatabase       *other);
/* @path imported into @db; the file must be usable, and rows imported. */
CwImportReport *scale_import_file      (const CwImporter *importer,
                                        CwDatabase       *db,
                                        const char       *path,
                                        CwImportFlags     flags);

#define SCALE_ENTRY_HOUSEHOLDS 40

/* A village with the demo roster and two household rules (HJ01, 5 points
 * capped at 10 a quarter; ZY01, 2 points), and @entries
 * (@dir/entries.csv): two entries for each of the first
 * SCALE_ENTRY_HOUSEHOLDS households, and last one more HJ01 entry for the
 * first household, over the cap. */
CwDatabase     *scale_points_database  (const char       *dir,
                                        char            **entries);

G_END_DECLS
