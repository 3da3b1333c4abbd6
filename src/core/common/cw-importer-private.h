/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database-private.h"

G_BEGIN_DECLS

/* SQLite settings that make a large import several times faster, set for
 * the import and restored afterwards (cw-importer-tuning.c). */
typedef struct
{
  int    temp_store;   /* to restore, or -1 */
  gint64 cache_size;   /* to restore, or 0 */
} CwImportTuning;

void cw_import_tuning_init    (CwImportTuning *tuning);
void cw_import_tuning_apply   (CwImportTuning *tuning,
                               CwDatabase     *db);
void cw_import_tuning_restore (CwImportTuning *tuning,
                               CwDatabase     *db);

G_END_DECLS
