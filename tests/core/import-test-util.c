/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "import-test-util"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-household-import.h"
#include "core/village/cw-village.h"

#include "import-test-util.h"

void
import_fixture_set_up (ImportFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");

  fixture->dir = cw_test_dir_new ();
  fixture->db = cw_test_database_new (fixture->dir, FALSE);
  g_assert_true (cw_village_create (fixture->db, village, &error));
  g_assert_no_error (error);
}

void
import_fixture_tear_down (ImportFixture *fixture,
                          gconstpointer  data)
{
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->dir, cw_test_dir_free);
}

char *
import_test_valid_id (const char *first17)
{
  g_assert_cmpuint (strlen (first17), ==, 17);
  return g_strdup_printf ("%s%c", first17, cw_id_number_check_character (first17));
}

CwImportReport *
import_test_text (CwDatabase         *db,
                  const char         *text,
                  CwImportFlags       flags,
                  const char * const *ignore)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CwImportReport *report = cw_importer_import_bytes_full (&cw_household_importer, db, bytes, "roster.csv",
                                                          flags, ignore, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *message = NULL;
      guint line = cw_import_report_get_problem (report, i, NULL, &message);

      g_test_message ("line %u: %s", line, message);
    }
  return report;
}

void
import_test_assert_problem (CwImportReport *report,
                            guint           line,
                            ...)
{
  const char *message = NULL;
  const char *word;
  guint matches = 0;
  va_list args;

  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *m;

      if (cw_import_report_get_problem (report, i, NULL, &m) == line)
        {
          message = m;
          matches++;
        }
    }
  if (matches != 1)
    g_error ("%u problems on line %u, expected one", matches, line);
  va_start (args, line);
  while ((word = va_arg (args, const char *)) != NULL)
    if (strstr (message, word) == NULL)
      g_error ("The problem on line %u, “%s”, does not name “%s”", line, message, word);
  va_end (args);
}

char *
import_test_query_text (CwDatabase *db,
                        const char *sql,
                        const char *parameter)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}
