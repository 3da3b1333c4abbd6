/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-importer"

#include "config.h"

#include "core/common/cw-importer-private.h"

/* SQLite's default page cache (2 MB) is smaller than the pages an import
 * keeps changing (the indexes of person and of the audit log), so SQLite
 * keeps writing pages out to the WAL and reading them back: 8 MB takes
 * about a tenth off a 120 000-person import, for 8 MB more memory while it
 * runs. */
#define IMPORT_CACHE_KIB 8192

void
cw_import_tuning_init (CwImportTuning *tuning)
{
  tuning->temp_store = -1;
  tuning->cache_size = 0;
}

/* Every insert of an import is a statement with triggers (the audit log)
 * and a foreign key, for which SQLite keeps a statement journal, and each
 * unit is a savepoint. With the default temp_store that journal becomes a
 * temporary file as soon as it holds more than 64 KiB, and from then on
 * every insert costs a dozen write() calls: a 120 000-person import took
 * minutes instead of seconds. In memory it costs a memcpy. Changing
 * temp_store drops the connection's TEMP tables, so it is left alone when
 * there are any. Returns the setting to restore, or -1. */
static int
keep_journal_in_memory (CwDatabase *db)
{
  gint64 previous;

  if (cw_database_in_transaction (db))
    return -1;
  previous = cw_database_query_int (db, "PRAGMA temp_store", -1);
  if (previous < 0 || previous == 2)
    return -1;
  if (cw_database_query_int (db, "SELECT count(*) FROM temp.sqlite_master", 1) != 0)
    return -1;
  if (!cw_database_exec (db, "PRAGMA temp_store = MEMORY", NULL))
    return -1;
  return (int) previous;
}

/* Returns the setting to restore, or 0. */
static gint64
enlarge_cache (CwDatabase *db)
{
  gint64 previous = cw_database_query_int (db, "PRAGMA cache_size", 0);
  gint64 page_size = cw_database_query_int (db, "PRAGMA page_size", 4096);
  /* Negative: KiB; positive: pages. */
  gint64 kib = previous < 0 ? -previous : previous * page_size / 1024;

  if (previous == 0 || kib >= IMPORT_CACHE_KIB)
    return 0;
  if (!cw_database_exec (db, "PRAGMA cache_size = -" G_STRINGIFY (IMPORT_CACHE_KIB), NULL))
    return 0;
  return previous;
}

void
cw_import_tuning_apply (CwImportTuning *tuning,
                        CwDatabase     *db)
{
  tuning->temp_store = keep_journal_in_memory (db);
  tuning->cache_size = enlarge_cache (db);
}

void
cw_import_tuning_restore (CwImportTuning *tuning,
                          CwDatabase     *db)
{
  if (tuning->temp_store >= 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA temp_store = %d", tuning->temp_store);

      cw_database_exec (db, sql, NULL);
    }
  if (tuning->cache_size != 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, tuning->cache_size);

      cw_database_exec (db, sql, NULL);
    }
  cw_import_tuning_init (tuning);
}
