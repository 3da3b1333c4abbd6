/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-fuzz"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/benefits/cw-benefit-flag-import.h"
#include "core/finance/cw-finance-import.h"
#include "core/grids/cw-grid-import.h"
#include "core/households/cw-household-import.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-record-import.h"
#include "core/points/cw-point-import.h"
#include "core/village/cw-demo.h"

#include "cw-fuzz.h"
#include "cw-test-core.h"

/* Small, so that every input is imported against the whole register
 * quickly; large enough for every kind of household, party members and
 * point entries of both schemes. The demo's mediation cases (about 60)
 * come with it. */
#define DEMO_HOUSEHOLDS 24
#define DEMO_POINT_ENTRIES 200

static const char * const target_names[CW_FUZZ_N_TARGETS] = {
  [CW_FUZZ_CSV_READER] = "csv-reader",
  [CW_FUZZ_HOUSEHOLDS] = "households",
  [CW_FUZZ_POINT_RULES] = "point-rules",
  [CW_FUZZ_POINT_ENTRIES] = "point-entries",
  [CW_FUZZ_CASES] = "cases",
  [CW_FUZZ_FOLLOWUPS] = "followups",
  [CW_FUZZ_CLOCKS] = "clocks",
  [CW_FUZZ_FINANCE] = "finance",
  [CW_FUZZ_GRIDS] = "grids",
  [CW_FUZZ_GRID_PLACES] = "grid-places",
  [CW_FUZZ_PARTY_LINKS] = "party-links",
  [CW_FUZZ_BENEFIT_FLAGS] = "benefit-flags",
};

const char *
cw_fuzz_target_name (CwFuzzTarget target)
{
  g_return_val_if_fail (target < CW_FUZZ_N_TARGETS, NULL);
  return target_names[target];
}

const CwImporter *
cw_fuzz_target_importer (CwFuzzTarget target)
{
  switch (target)
    {
    case CW_FUZZ_HOUSEHOLDS:
      return &cw_household_importer;
    case CW_FUZZ_POINT_RULES:
      return &cw_point_rule_importer;
    case CW_FUZZ_POINT_ENTRIES:
      return &cw_point_entry_importer;
    case CW_FUZZ_CASES:
      return &cw_mediation_case_importer;
    case CW_FUZZ_FOLLOWUPS:
      return &cw_mediation_followup_importer;
    case CW_FUZZ_CLOCKS:
      return &cw_mediation_clock_importer;
    case CW_FUZZ_FINANCE:
      return &cw_finance_importer;
    case CW_FUZZ_GRIDS:
      return &cw_grid_importer;
    case CW_FUZZ_GRID_PLACES:
      return &cw_grid_household_importer;
    case CW_FUZZ_PARTY_LINKS:
      return &cw_party_link_importer;
    case CW_FUZZ_BENEFIT_FLAGS:
      return &cw_benefit_flag_importer;
    case CW_FUZZ_CSV_READER:
    case CW_FUZZ_N_TARGETS:
    default:
      return NULL;
    }
}

/* The database */

static char *database_dir;
static CwDatabase *database;

static void
remove_database (void)
{
  g_clear_object (&database);
  cw_test_remove_tree (database_dir);
  g_clear_pointer (&database_dir, g_free);
}

CwDatabase *
cw_fuzz_database (void)
{
  if (database == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      CwDemoOptions options = { DEMO_HOUSEHOLDS, DEMO_POINT_ENTRIES };

      /* Not cw_test_dir_new(): its signal handlers would stand in front
       * of libFuzzer's, which save the input that crashed. */
      database_dir = g_dir_make_tmp ("cunwu-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_database);

      path = g_build_filename (database_dir, "village.db", NULL);
      database = cw_database_open (path, &error);
      g_assert_no_error (error);
      cw_database_set_operator (database, "测试员");
      cw_demo_fill (database, &options, &error);
      g_assert_no_error (error);
    }
  return database;
}

/* What every text the program shows must be */

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
assert_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == CW_ERROR);
  assert_text (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
}

/* The reader trims these (cw-csv-reader.h). */
static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

static void
assert_field (const char *field)
{
  assert_text (field);
  if (field[0] != '\0')
    {
      g_assert_false (is_blank (g_utf8_get_char (field)));
      g_assert_false (is_blank (g_utf8_get_char (g_utf8_prev_char (field + strlen (field)))));
    }
  /* Only that it answers, on every field. */
  (void) cw_csv_looks_like_excel_number (field);
}

/* The CSV reader */

static void
assert_reader (CwCsvReader *reader)
{
  const char *encoding = cw_csv_reader_get_encoding (reader);
  const char * const encodings[] = { "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE", NULL };

  g_assert_true (g_strv_contains (encodings, encoding));
  g_assert_nonnull (strchr (",\t;", cw_csv_reader_get_separator (reader)));
  g_assert_cmpint (cw_csv_reader_get_separator (reader), !=, '\0');
}

/* Every record from the top, as cw_test_read_csv() reads a file without
 * a header. */
static void
read_records (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwCsvReader) reader = cw_csv_reader_new_from_bytes (bytes, &error);
  guint last_line = 0;

  if (reader == NULL)
    {
      assert_error (error);
      return;
    }
  assert_reader (reader);
  g_assert_null (cw_csv_reader_get (reader, "姓名"));

  while (cw_csv_reader_next (reader, &error))
    {
      guint n = cw_csv_reader_get_n_fields (reader);
      guint line = cw_csv_reader_get_line (reader);
      gboolean empty = TRUE;

      /* Records follow each other down the file. */
      g_assert_cmpuint (line, >, last_line);
      last_line = line;
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          const char *field = cw_csv_reader_get_field (reader, i);

          assert_field (field);
          empty &= field[0] == '\0';
        }
      g_assert_false (empty);
      g_assert_null (cw_csv_reader_get_field (reader, n));
      /* No header: no column by name. */
      g_assert_null (cw_csv_reader_get (reader, "姓名"));
    }
  if (error != NULL)
    assert_error (error);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 0);
  /* At the end it stays at the end. */
  g_assert_false (cw_csv_reader_next (reader, NULL));
}

/* With the header found as the roster importer finds it: its columns,
 * its required ones and its aliases. */
static void
read_with_header (GBytes *bytes)
{
  const CwImporter *importer = &cw_household_importer;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwCsvReader) reader = cw_csv_reader_new_from_bytes (bytes, &error);
  g_autoptr(GHashTable) aliases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) required = g_ptr_array_new ();
  const char * const *names = importer->column_names;
  guint header_line, last_line;

  if (reader == NULL)
    {
      assert_error (error);
      return;
    }

  for (guint c = 0; names[c] != NULL; c++)
    {
      const CwImportColumn *column = &importer->columns[c];

      if (column->flags & CW_IMPORT_COLUMN_REQUIRED)
        g_ptr_array_add (required, (gpointer) names[c]);
      for (guint a = 0; column->aliases != NULL && column->aliases[a] != NULL; a++)
        g_hash_table_insert (aliases, (gpointer) column->aliases[a], (gpointer) names[c]);
    }
  g_ptr_array_add (required, NULL);
  cw_csv_reader_set_aliases (reader, aliases);

  if (!cw_csv_reader_find_header (reader, (const char * const *) required->pdata, names, &error))
    {
      assert_error (error);
      g_assert_cmpuint (cw_csv_reader_get_header_line (reader), ==, 0);
      return;
    }
  assert_reader (reader);
  header_line = cw_csv_reader_get_header_line (reader);
  g_assert_cmpuint (header_line, >, 0);
  for (guint c = 0; required->pdata[c] != NULL; c++)
    g_assert_cmpint (cw_csv_reader_get_column_index (reader, required->pdata[c]), >=, 0);
  for (const char * const *unknown = cw_csv_reader_get_unknown_columns (reader); *unknown != NULL; unknown++)
    {
      assert_field (*unknown);
      g_assert_cmpuint (strlen (*unknown), >, 0);
    }

  last_line = header_line;
  while (cw_csv_reader_next (reader, &error))
    {
      guint line = cw_csv_reader_get_line (reader);

      g_assert_cmpuint (line, >, last_line);
      last_line = line;
      for (guint c = 0; names[c] != NULL; c++)
        {
          const char *value = cw_csv_reader_get (reader, names[c]);
          int index = cw_csv_reader_get_column_index (reader, names[c]);

          if (index < 0)
            {
              g_assert_null (value);
              continue;
            }
          assert_field (value);
          /* By name or by index, the same field ("" past a short record's end). */
          if (index < (int) cw_csv_reader_get_n_fields (reader))
            g_assert_true (value == cw_csv_reader_get_field (reader, index));
          else
            g_assert_cmpstr (value, ==, "");
        }
    }
  if (error != NULL)
    assert_error (error);
}

/* An importer */

typedef struct
{
  guint calls;
  guint done;
  guint total;
} Progress;

static void
on_progress (guint    done_rows,
             guint    total_rows,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done_rows, <=, total_rows);
  g_assert_cmpuint (done_rows, >=, progress->done);
  if (progress->calls > 0)
    g_assert_cmpuint (total_rows, ==, progress->total);
  progress->calls++;
  progress->done = done_rows;
  progress->total = total_rows;
}

static void
assert_report (const CwImporter *importer,
               CwImportReport   *report,
               gboolean          dry_run,
               const Progress   *progress)
{
  guint rows = cw_import_report_get_rows_read (report);
  guint header_line = cw_import_report_get_header_line (report);
  guint last_line = 0;
  guint units;

  g_assert_cmpstr (cw_import_report_get_unit (report), ==, importer->unit);
  g_assert_true (cw_import_report_get_dry_run (report) == dry_run);
  g_assert_cmpuint (header_line, >, 0);
  for (const char * const *column = cw_import_report_get_ignored_columns (report); *column != NULL; column++)
    assert_field (*column);
  /* Only a real run that imported something changed tables. */
  if (dry_run || cw_import_report_get_imported (report) == 0)
    g_assert_null (cw_import_report_get_changed_tables (report)[0]);
  else
    g_assert_nonnull (cw_import_report_get_changed_tables (report)[0]);

  /* Each unit has a row at least, and a row is refused once. */
  units = cw_import_report_get_imported (report) + cw_import_report_get_refused (report) +
          cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);
  g_assert_cmpuint (units, <=, rows);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), <=, rows);

  /* Problems in line order, each on a data row, below the header. */
  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *key = NULL, *message = NULL;
      guint line = cw_import_report_get_problem (report, i, &key, &message);

      g_assert_cmpuint (line, >, header_line);
      g_assert_cmpuint (line, >=, last_line);
      last_line = line;
      assert_text (key);
      assert_text (message);
      g_assert_cmpuint (strlen (message), >, 0);
    }
  /* A refused row is said why. */
  if (cw_import_report_get_rows_refused (report) > 0)
    {
      g_assert_cmpuint (cw_import_report_get_n_problems (report), >, 0);
      g_assert_false (cw_import_report_is_complete (report));
    }

  /* The last call says every row is settled. */
  g_assert_cmpuint (progress->calls, >, 0);
  g_assert_cmpuint (progress->done, ==, rows);
  g_assert_cmpuint (progress->total, ==, rows);
}

/* The counters and lists the registers keep beside their unit. */
static const char * const counters[] = {
  CW_IMPORT_REPORT_UNCHANGED, CW_HOUSEHOLD_IMPORT_PERSONS, CW_POINT_IMPORT_REVIEWED_COUNT, CW_MEDIATION_IMPORT_MASKED,
  CW_FINANCE_IMPORT_LINES, NULL
};
static const char * const lists[] = { CW_HOUSEHOLD_IMPORT_GROUPS_CREATED, NULL };

/* "A dry run's report is the same as the real run's on the same file and
 * database" (cw-import-report.h). */
static void
assert_same_report (CwImportReport *dry,
                    CwImportReport *real)
{
  guint n = cw_import_report_get_n_problems (dry);

  g_assert_cmpstr (cw_import_report_get_encoding (dry), ==, cw_import_report_get_encoding (real));
  g_assert_cmpuint (cw_import_report_get_header_line (dry), ==, cw_import_report_get_header_line (real));
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (dry), cw_import_report_get_ignored_columns (real));
  g_assert_cmpuint (cw_import_report_get_rows_read (dry), ==, cw_import_report_get_rows_read (real));
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, cw_import_report_get_imported (real));
  g_assert_cmpuint (cw_import_report_get_refused (dry), ==, cw_import_report_get_refused (real));
  g_assert_cmpuint (cw_import_report_get_rows_refused (dry), ==, cw_import_report_get_rows_refused (real));
  for (guint i = 0; counters[i] != NULL; i++)
    g_assert_cmpuint (cw_import_report_get_count (dry, counters[i]), ==, cw_import_report_get_count (real, counters[i]));
  for (guint i = 0; lists[i] != NULL; i++)
    g_assert_cmpstrv (cw_import_report_get_names (dry, lists[i]), cw_import_report_get_names (real, lists[i]));

  g_assert_cmpuint (cw_import_report_get_n_problems (real), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *dry_key, *dry_message, *real_key, *real_message;

      g_assert_cmpuint (cw_import_report_get_problem (dry, i, &dry_key, &dry_message), ==,
                        cw_import_report_get_problem (real, i, &real_key, &real_message));
      g_assert_cmpstr (dry_key, ==, real_key);
      g_assert_cmpstr (dry_message, ==, real_message);
    }
}

/* Every write is in the audit log. */
static gint64
audit_rows (CwDatabase *db)
{
  return cw_database_query_int (db, "SELECT count(*) FROM audit_log", -1);
}

/* Imports @bytes; NULL when the file was refused as a whole (@error). */
static CwImportReport *
run_import (CwFuzzTarget   target,
            GBytes        *bytes,
            CwImportFlags  flags,
            GError       **error)
{
  const CwImporter *importer = cw_fuzz_target_importer (target);
  CwDatabase *db = cw_fuzz_database ();
  CwImportReport *report;
  Progress progress = { 0 };

  /* Reviewing at once runs everything adding runs, and more. */
  if (target == CW_FUZZ_POINT_ENTRIES)
    flags |= CW_POINT_IMPORT_REVIEWED;

  report = cw_importer_import_bytes (importer, db, bytes, "fuzz.csv", flags,
                                     on_progress, &progress, NULL, error);
  if (report == NULL)
    {
      assert_error (*error);
      g_assert_true (g_str_has_prefix ((*error)->message, "“fuzz.csv”: "));
      return NULL;
    }
  assert_report (importer, report, (flags & CW_IMPORT_DRY_RUN) != 0, &progress);
  return report;
}

/* A dry run, which must leave the register as it was; then the real
 * import, in a transaction of the harness's own that is rolled back,
 * which must do what the dry run said. */
static void
import (CwFuzzTarget  target,
        GBytes       *bytes)
{
  CwDatabase *db = cw_fuzz_database ();
  gint64 audited = audit_rows (db);
  g_autoptr(GError) dry_error = NULL;
  g_autoptr(GError) real_error = NULL;
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) real = NULL;

  dry = run_import (target, bytes, CW_IMPORT_DRY_RUN, &dry_error);
  g_assert_false (cw_database_in_transaction (db));
  g_assert_cmpint (audit_rows (db), ==, audited);

  g_assert_true (cw_database_begin (db, NULL));
  real = run_import (target, bytes, 0, &real_error);
  g_assert_true (cw_database_in_transaction (db));
  cw_database_rollback (db);
  g_assert_cmpint (audit_rows (db), ==, audited);

  if (dry == NULL)
    {
      g_assert_null (real);
      g_assert_cmpstr (dry_error->message, ==, real_error->message);
      return;
    }
  g_assert_nonnull (real);
  assert_same_report (dry, real);
}

void
cw_fuzz_one (CwFuzzTarget  target,
             const guint8 *data,
             gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);

  g_return_if_fail (target < CW_FUZZ_N_TARGETS);

  if (target == CW_FUZZ_CSV_READER)
    {
      read_records (bytes);
      read_with_header (bytes);
    }
  else
    import (target, bytes);
}
