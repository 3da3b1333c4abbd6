/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-roundtrip"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-roster-rows.h"
#include "core/village/cw-village.h"
#include "report/households/cw-roster-export.h"

#include "cw-test-core.h"
#include "cw-test-run.h"
#include "reliability-util.h"

/* Issue 8: the roster is the whole record. The demo village, with what a
 * register gathers over the years (notes with commas, quotes and line
 * breaks, the dead and those moved away with their dates and reasons, a
 * household that left, a household phone that is not the head's), is
 * exported, read back by LibreOffice as a clerk would save it as CSV, and
 * imported into an empty village: the register comes back field by
 * field. The township's roster of the present population does too, for
 * those present; the masked roster keeps nothing that gives a number
 * back. Runs in both languages: an export made under any locale imports
 * again. */

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} Fixture;

#define CSV_FILTER "csv:Text - txt - csv (StarCalc):44,34,76,1"

static void
run_sql (CwDatabase *db,
         const char *sql)
{
  g_autoptr(GError) error = NULL;

  /* In a transaction of its own: the audit log numbers each change. */
  cw_database_begin (db, &error);
  g_assert_no_error (error);
  cw_database_exec (db, sql, &error);
  g_assert_no_error (error);
  cw_database_commit (db, &error);
  g_assert_no_error (error);
}

static gint64
person_id (CwDatabase *db,
           const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT p.id FROM person p JOIN household h ON h.id = p.household_id "
                                          "WHERE %s ORDER BY p.id LIMIT 1", where);
  gint64 id = cw_database_query_int (db, sql, 0);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* What years of keeping a register leave in it, beside the demo's
 * education, disabilities, party members, migrants and household tags. */
static void
add_history (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  gint64 dead = person_id (db, "p.relation <> '户主' AND p.status = 'active' AND h.status = 'active'");
  gint64 left = person_id (db, "p.relation <> '户主' AND p.status = 'active' AND h.status = 'active' "
                               "AND p.id > 200");
  gint64 away = person_id (db, "p.relation <> '户主' AND p.status = 'active' AND h.status = 'active' "
                               "AND p.id > 400");
  g_autofree char *notes = NULL;

  g_assert_true (cw_household_set_person_status (db, dead, "deceased", "2024-02-29", "病故", 0, &error));
  g_assert_no_error (error);
  g_assert_true (cw_household_set_person_status (db, left, "moved_out", "2023-09-01", "嫁往邻村，户口迁出",
                                                 0, &error));
  g_assert_no_error (error);
  g_assert_true (cw_household_set_person_status (db, away, "migrant", "2025-03-15", "广东东莞打工", 0, &error));
  g_assert_no_error (error);

  notes = g_strdup_printf ("UPDATE person SET notes = '右腿旧伤，\"重活\"干不了' || char(10) || '每月回访' "
                           "WHERE id = %" G_GINT64_FORMAT, away);
  run_sql (db, notes);
  run_sql (db, "UPDATE household SET notes = '危房改造户, 2025年已完工', phone = '0731-88886666' "
               "WHERE id = (SELECT min(id) FROM household WHERE status = 'active')");
  /* A household that has left, if the demo has none. */
  if (cw_database_query_int (db, "SELECT count(*) FROM household WHERE status <> 'active'", 0) == 0)
    {
      gint64 household = cw_database_query_int (db, "SELECT max(id) FROM household", 0);

      g_assert_true (cw_household_set_status (db, household, "moved_out", "2025-03-01", "迁往县城", &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM person WHERE status NOT IN ('active', 'migrant')",
                                          0), >, 2);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cw_test_dir_new ();
  fixture->db = cw_test_database_new (fixture->dir, TRUE);
  add_history (fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->dir, cw_test_dir_free);
}

/* @xlsx saved as CSV by LibreOffice, as a clerk does in Excel or WPS. */
static char *
save_as_csv (Fixture    *fixture,
             const char *xlsx)
{
  g_autofree char *outdir = g_build_filename (fixture->dir, "csv", NULL);
  g_autofree char *stem = g_path_get_basename (xlsx);
  g_autofree char *name = NULL;
  char *csv;
  g_auto(CwTestRun) run = { 0 };

  *strrchr (stem, '.') = '\0';
  name = g_strconcat (stem, ".csv", NULL);
  csv = g_build_filename (outdir, name, NULL);
  cw_test_soffice_convert (&run, xlsx, CSV_FILTER, outdir);
  if (!g_file_test (csv, G_FILE_TEST_EXISTS))
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);
  return csv;
}

typedef enum
{
  WHOLE_RECORD,
  PRESENT,
  MASKED,
} Export;

/* The export made and saved as CSV. */
static char *
export_csv (Fixture *fixture,
            Export   what)
{
  static const char * const names[] = { "register.xlsx", "roster.xlsx", "masked.xlsx" };
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (fixture->dir, names[what], NULL);

  if (what == WHOLE_RECORD)
    cw_roster_export_register (fixture->db, xlsx, NULL, NULL, NULL, &error);
  else
    cw_roster_export_households (fixture->db, xlsx, NULL, what == MASKED, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return save_as_csv (fixture, xlsx);
}

/* A new database with the same village and nothing in it. */
static CwDatabase *
empty_village (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");
  CwDatabase *db = cw_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (cw_village_create (db, village, &error));
  g_assert_no_error (error);
  return db;
}

static CwImportReport *
import_csv (CwDatabase *db,
            const char *csv)
{
  g_autoptr(GError) error = NULL;
  CwImportReport *report = cw_importer_import_file (&cw_household_importer, db, csv, 0, NULL, NULL, NULL, &error);

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

/* Every stored field of households and persons (not the row ids), one
 * text line per row, in a fixed order. */
#define HOUSEHOLD_FIELDS \
  "SELECT h.number, g.name, g.position, h.address, h.phone, h.tags, h.notes, h.status, h.status_date, " \
  "       h.status_reason " \
  "  FROM household h JOIN village_group g ON g.id = h.group_id ORDER BY h.number"
#define PERSON_FIELDS(position, where) \
  "SELECT h.number, " position ", p.name, p.relation, p.sex, p.birth_date, p.id_number, p.ethnicity, p.phone, " \
  "       p.education, p.political, p.party_join_date, p.tags, p.disability, p.notes, p.status, " \
  "       p.status_date, p.status_reason, p.search_key " \
  "  FROM person p JOIN household h ON h.id = p.household_id " where \
  " ORDER BY h.number, p.relation <> '户主', p.position"

static GPtrArray *
rows_of (CwDatabase *db,
         const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          g_string_append_printf (row, "%s%s=%s", c > 0 ? " | " : "", sqlite3_column_name (stmt, c),
                                  text != NULL ? text : "NULL");
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  return rows;
}

static void
assert_same_rows (CwDatabase *a,
                  CwDatabase *b,
                  const char *sql)
{
  g_autoptr(GPtrArray) expected = rows_of (a, sql);
  g_autoptr(GPtrArray) found = rows_of (b, sql);

  g_assert_cmpuint (expected->len, >, 0);
  for (guint i = 0; i < MIN (expected->len, found->len); i++)
    g_assert_cmpstr (g_ptr_array_index (found, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (found->len, ==, expected->len);
}

/* The whole record: every household and person, field by field. */
static void
test_whole_record (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autoptr(CwDatabase) other = NULL;
  g_autoptr(CwImportReport) report = NULL;
  guint n_skipped = 0;

  if (!cw_test_have_program ("soffice"))
    return;

  csv = export_csv (fixture, WHOLE_RECORD);
  other = empty_village (fixture, "other.db");
  report = import_csv (other, csv);
  g_assert_true (cw_import_report_is_complete (report));
  g_assert_null (cw_import_report_get_unknown_columns (report)[0]);
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "序号", NULL }));
  /* The title above the header, the totals and signatures below. */
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  cw_import_report_get_skipped_lines (report, &n_skipped);
  g_assert_cmpuint (n_skipped, ==, 2);
  g_assert_cmpint (cw_import_report_get_imported (report), ==,
                   cw_database_query_int (fixture->db, "SELECT count(*) FROM household", -1));

  assert_same_rows (fixture->db, other, HOUSEHOLD_FIELDS);
  assert_same_rows (fixture->db, other, PERSON_FIELDS ("p.position", ""));
}

/* The township's roster of those present: their every field comes back
 * (their order in the household, not the numbers of the places the
 * departed left). */
static void
test_present_roster (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autoptr(CwDatabase) other = NULL;
  g_autoptr(CwImportReport) report = NULL;

  if (!cw_test_have_program ("soffice"))
    return;

  csv = export_csv (fixture, PRESENT);
  other = empty_village (fixture, "present.db");
  report = import_csv (other, csv);
  g_assert_true (cw_import_report_is_complete (report));
  assert_same_rows (fixture->db, other, PERSON_FIELDS ("''", "WHERE p.status IN ('active', 'migrant')"));
}

/* Nothing in the masked roster gives an ID or phone number back: not the
 * numbers, not a birth date beside the masked ID, not notes. */
static void
test_masked_roster (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) numbers = NULL;
  g_autofree char *text = NULL;

  if (!cw_test_have_program ("soffice"))
    return;

  csv = export_csv (fixture, MASKED);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));

  numbers = rows_of (fixture->db, "SELECT id_number FROM person WHERE id_number IS NOT NULL "
                                  "UNION SELECT phone FROM person WHERE phone <> '' "
                                  "UNION SELECT phone FROM household WHERE phone <> ''");
  for (guint i = 0; i < numbers->len; i++)
    {
      const char *number = strchr (g_ptr_array_index (numbers, i), '=') + 1;

      if (strstr (text, number) != NULL)
        g_error ("The masked roster shows %s", number);
    }
  g_assert_null (strstr (text, "右腿旧伤"));
  g_assert_null (strstr (text, "危房改造户"));

  records = cw_test_read_csv (csv);
  g_assert_cmpuint (records->len, >, 4);
  for (guint r = 2; r < records->len - 2; r++)
    {
      GStrv fields = g_ptr_array_index (records, r);

      g_assert_cmpstr (fields[CW_ROSTER_BIRTH_DATE], ==, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  rel_init_locale ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reliability/import-roundtrip/whole-record", test_whole_record);
  ADD ("/reliability/import-roundtrip/present-roster", test_present_roster);
  ADD ("/reliability/import-roundtrip/masked-roster", test_masked_roster);
#undef ADD

  return g_test_run ();
}
