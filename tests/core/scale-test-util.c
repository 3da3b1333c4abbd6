/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "scale-test-util"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-roster-rows.h"
#include "core/points/cw-point-rule.h"
#include "core/village/cw-village.h"

#include "scale-test-util.h"

void
scale_exec (CwDatabase *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

CwDatabase *
scale_village_database (const char *dir)
{
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwVillage) village = cw_village_new ("青山村", NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_village_create (db, village, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&db);
}

static gboolean
append_row (const char * const  *row,
            gpointer             user_data,
            GError             **error)
{
  GString *csv = user_data;

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    {
      g_assert_null (strpbrk (row[i], ",\"\n"));
      g_string_append_printf (csv, "%s%s", i ? "," : "", row[i]);
    }
  g_string_append (csv, "\n");
  return TRUE;
}

char *
scale_write_roster (const char *dir)
{
  g_auto(CwTestDir) demo_dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) demo = cw_test_database_new (demo_dir, TRUE);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "roster.csv", NULL);

  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    g_string_append_printf (csv, "%s%s", i ? "," : "", cw_roster_columns[i]);
  g_string_append (csv, "\n");
  g_assert_true (cw_roster_rows_foreach (demo, NULL, CW_ROSTER_PRESENT, append_row, csv, &error));
  g_assert_no_error (error);
  cw_test_write_file (path, csv->str, NULL);
  return path;
}

void
scale_attach (CwDatabase *db,
              CwDatabase *other)
{
  g_autofree char *sql = g_strdup_printf ("ATTACH '%s' AS other", cw_database_get_path (other));

  scale_exec (db, sql);
}

CwImportReport *
scale_import_file (const CwImporter *importer,
                   CwDatabase       *db,
                   const char       *path,
                   CwImportFlags     flags)
{
  g_autoptr(GError) error = NULL;
  CwImportReport *report = cw_importer_import_file (importer, db, path, flags, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), >, 0);
  return report;
}

CwDatabase *
scale_points_database (const char *dir,
                       char      **entries)
{
  g_autoptr(CwDatabase) db = scale_village_database (dir);
  g_autofree char *roster = scale_write_roster (dir);
  g_autoptr(CwImportReport) report = scale_import_file (&cw_household_importer, db, roster, 0);
  g_autoptr(CwPointRule) capped = g_object_new (CW_TYPE_POINT_RULE, "code", "HJ01", "scheme", "household",
                                                "category", "人居环境", "description", "庭院整洁",
                                                "points", 5, "quarter-cap", 10, NULL);
  g_autoptr(CwPointRule) free_rule = g_object_new (CW_TYPE_POINT_RULE, "code", "ZY01", "scheme", "household",
                                                   "category", "志愿服务", "description", "志愿服务",
                                                   "points", 2, NULL);
  g_autoptr(GString) csv = g_string_new ("户号,规则编号,日期,数量,备注\n");
  g_autoptr(sqlite3_stmt) numbers = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (cw_point_rule_add (db, capped, &error));
  g_assert_true (cw_point_rule_add (db, free_rule, &error));
  g_assert_no_error (error);
  numbers = cw_database_prepare (db, "SELECT number FROM household ORDER BY id LIMIT ?", &error);
  sqlite3_bind_int (numbers, 1, SCALE_ENTRY_HOUSEHOLDS);
  for (n = 0; sqlite3_step (numbers) == SQLITE_ROW; n++)
    {
      const char *number = (const char *) sqlite3_column_text (numbers, 0);

      g_string_append_printf (csv, "%s,HJ01,2026-02-03,1,\n%s,ZY01,2026-05-0%u,%u,说明 %u\n",
                              number, number, 1 + n % 9, 1 + n % 3, n);
    }
  g_assert_cmpuint (n, ==, SCALE_ENTRY_HOUSEHOLDS);
  /* Over the cap, counting the row above in the same file: refused. */
  g_string_append (csv, "010001,HJ01,2026-02-10,2,\n");
  *entries = g_build_filename (dir, "entries.csv", NULL);
  cw_test_write_file (*entries, csv->str, NULL);
  return g_steal_pointer (&db);
}

