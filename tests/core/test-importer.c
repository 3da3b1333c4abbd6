/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-importer"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-importer.h"

/* The importer on its own, with a small register made up for the test:
 * a ledger of amounts per household, in a table of its own. A household
 * (户号) is the unit; a row with an amount that is not a number is
 * refused only after the unit's earlier rows were written, so that the
 * unit's savepoint is what keeps it all-or-nothing. A household written
 * as "旧户" is in the ledger already (unchanged). */

enum { LEDGER_NUMBER, LEDGER_AMOUNT, LEDGER_NOTE, LEDGER_N_COLUMNS };

static const char * const ledger_names[] = { "户号", "金额", "备注", NULL };

static const CwImportColumn ledger_columns[LEDGER_N_COLUMNS] = {
  [LEDGER_NUMBER] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("户编号", "家庭编号") },
  [LEDGER_AMOUNT] = { CW_IMPORT_COLUMN_REQUIRED, CW_IMPORT_ALIASES ("数额", "金额（元）") },
  [LEDGER_NOTE] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("说明") },
};

typedef struct
{
  sqlite3_stmt *insert;
} Ledger;

/* Where check() ran last. */
static GThread *checked_in;

/* What check() found: the unit's total, for write() to count. */
typedef struct
{
  gint64 total;
} Verdict;

static gboolean
ledger_begin (CwImport  *import,
              gpointer   state,
              GError   **error)
{
  Ledger *self = state;

  self->insert = cw_database_prepare (cw_import_get_database (import),
                                      "INSERT INTO ledger (number, amount, note) VALUES (?1, ?2, ?3)", error);
  return self->insert != NULL;
}

static void
ledger_end (gpointer state)
{
  Ledger *self = state;

  g_clear_pointer (&self->insert, sqlite3_finalize);
}

static gpointer
ledger_check (CwImport           *import,
              const CwImportUnit *unit,
              gpointer            state)
{
  Verdict *verdict = g_new0 (Verdict, 1);

  checked_in = g_thread_self ();
  for (guint i = 0; i < unit->n_rows; i++)
    verdict->total += g_ascii_strtoll (unit->rows[i]->fields[LEDGER_AMOUNT], NULL, 10);
  return verdict;
}

static gboolean
ledger_write (CwImport            *import,
              const CwImportUnit  *unit,
              gpointer             data,
              gpointer             state,
              GError             **error)
{
  Ledger *self = state;
  Verdict *verdict = data;
  CwDatabase *db = cw_import_get_database (import);

  if (g_str_equal (unit->key, "旧户"))
    {
      cw_import_unchanged (import);
      return TRUE;
    }

  for (guint i = 0; i < unit->n_rows; i++)
    {
      const CwImportRow *row = unit->rows[i];
      gint64 amount;
      gboolean ok;

      if (!g_ascii_string_to_signed (row->fields[LEDGER_AMOUNT], 10, G_MININT64, G_MAXINT64, &amount, NULL))
        {
          g_autofree char *message = g_strdup_printf ("not a number: %s", row->fields[LEDGER_AMOUNT]);

          cw_import_refuse_row (import, row, NULL, message);
          continue;
        }
      sqlite3_reset (self->insert);
      sqlite3_bind_text (self->insert, 1, row->fields[LEDGER_NUMBER], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (self->insert, 2, amount);
      sqlite3_bind_text (self->insert, 3, row->fields[LEDGER_NOTE], -1, SQLITE_STATIC);
      ok = cw_database_step_done (db, self->insert, error);
      sqlite3_reset (self->insert);
      if (!ok)
        return FALSE;
    }

  cw_import_count (import, "rows written", unit->n_rows);
  cw_import_count (import, "total", (guint) verdict->total);
  cw_import_add_name (import, "households", unit->key);
  cw_import_changed (import, "ledger");
  return TRUE;
}

static const CwImporter ledger_importer = {
  .unit = "units",
  .column_names = ledger_names,
  .columns = ledger_columns,
  .unit_column = LEDGER_NUMBER,
  .unit_key_missing = "The column “%s” is empty.",
  .unit_rows_skipped = "Skipped because of line %u.",
  .state_size = sizeof (Ledger),
  .begin = ledger_begin,
  .check = ledger_check,
  .free_verdict = g_free,
  .write = ledger_write,
  .end = ledger_end,
};

/* The same without a unit column: every row a unit (made in main()). */
static CwImporter row_importer;

typedef struct
{
  char       *dir;
  CwDatabase *db;
  GPtrArray  *changed;   /* tables CwDatabase::changed named */
} Fixture;

static void
changed_cb (CwDatabase *db,
            const char *table,
            Fixture    *fixture)
{
  g_ptr_array_add (fixture->changed, g_strdup (table));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("cunwu-importer-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_exec (fixture->db,
                                   "CREATE TABLE ledger (number TEXT NOT NULL, amount INTEGER NOT NULL, "
                                   "note TEXT NOT NULL)",
                                   &error));
  fixture->changed = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->db, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->db);
  g_ptr_array_unref (fixture->changed);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static CwImportReport *
import_text (Fixture          *fixture,
             const CwImporter *importer,
             const char       *text,
             CwImportFlags     flags,
             GError          **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return cw_importer_import_bytes (importer, fixture->db, bytes, "test.csv", flags, NULL, NULL, NULL, error);
}

static CwImportReport *
import_ok (Fixture          *fixture,
           const CwImporter *importer,
           const char       *text,
           CwImportFlags     flags)
{
  g_autoptr(GError) error = NULL;
  CwImportReport *report = import_text (fixture, importer, text, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_false (cw_database_in_transaction (fixture->db));
  return report;
}

static void
import_fails (Fixture    *fixture,
              const char *text,
              int         code,
              const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) report = import_text (fixture, &ledger_importer, text, 0, &error);

  g_assert_null (report);
  g_assert_error (error, CW_ERROR, code);
  g_test_message ("%s", error->message);
  if (word != NULL && strstr (error->message, word) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, word);
  g_assert_false (cw_database_in_transaction (fixture->db));
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return cw_database_query_int (fixture->db, sql, -1);
}

/* The problem on @line (exactly one), its key and message. */
static void
assert_problem (CwImportReport *report,
                guint           line,
                const char     *key,
                const char     *message)
{
  guint matches = 0;

  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *k, *m;

      if (cw_import_report_get_problem (report, i, &k, &m) != line)
        continue;
      matches++;
      g_assert_cmpstr (k, ==, key);
      g_assert_cmpstr (m, ==, message);
    }
  g_assert_cmpuint (matches, ==, 1);
}

static void
test_aliases (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CwImportReport) report = NULL;

  /* Other names for every column, in another order. */
  report = import_ok (fixture, &ledger_importer, "说明,数额,户编号\n早,5,A\n晚,7,A\n", 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (report, "total"), ==, 12);
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { NULL }));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = 'A' AND note IN ('早', '晚')"), ==, 2);
  g_clear_object (&report);

  /* The name itself wins; the alias beside it is a column not used,
   * left out when the person says so. */
  report = import_ok (fixture, &ledger_importer, "户号,户编号,金额\nB,X,3\n", CW_IMPORT_IGNORE_UNKNOWN_COLUMNS);
  g_assert_cmpstrv (cw_import_report_get_names (report, "households"), ((const char *[]) { "B", NULL }));
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "户编号", NULL }));
  g_clear_object (&report);

  /* Full-width brackets, as Excel users type them. */
  report = import_ok (fixture, &ledger_importer, "户号,金额（元）\nC,1\n", 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);

  /* Two aliases of one column: which one is meant? */
  import_fails (fixture, "户编号,家庭编号,金额\nD,E,1\n", CW_ERROR_INVALID, "家庭编号");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number IN ('D', 'E')"), ==, 0);
}

static void
test_header (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CwImportReport) report = NULL;

  /* Required columns missing, by any name: the file is refused, naming
   * the column by its own name. */
  import_fails (fixture, "户号,备注\nA,x\n", CW_ERROR_INVALID, "金额");
  import_fails (fixture, "户编号,说明\nA,x\n", CW_ERROR_INVALID, "金额");
  import_fails (fixture, "姓名,地址\n张三,一组\n", CW_ERROR_INVALID, "户号");
  import_fails (fixture, "", CW_ERROR_EMPTY_FILE, NULL);
  import_fails (fixture, "户号,金额,金额\nA,1,2\n", CW_ERROR_INVALID, "金额");
  /* A quote never closed: nothing of the file goes in, not even the rows
   * before it. */
  import_fails (fixture, "户号,金额\nA,1\nB,\"2\n", CW_ERROR_INVALID, "test.csv");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 0);

  /* Title rows above the header, unknown columns reported in header
   * order, the line numbers as a text editor counts them. */
  report = import_ok (fixture, &ledger_importer,
                      "青山村 2026 年台账\n"
                      "制表：村委会\n"
                      "颜色,户号,金额,备注,形状\n"
                      "红,A,x,,圆\n",
                      CW_IMPORT_IGNORE_UNKNOWN_COLUMNS);
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 1);
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "颜色", "形状", NULL }));
  assert_problem (report, 4, "A", "not a number: x");
}

static void
test_units (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CwImportReport) report = NULL;
  /* Line k is lines[k - 1]; A's rows are scattered, B has a bad row
   * between good ones, 旧户 is there already, line 8 has no key. */
  const char *text =
    "户号,金额,备注\n"
    "A,1,一\n"
    "B,2,二\n"
    "A,3,三\n"
    "B,x,四\n"
    "B,4,五\n"
    "旧户,9,\n"
    ",5,\n"
    "C,6,\n";

  report = import_ok (fixture, &ledger_importer, text, 0);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 8);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), ==, 4);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (report, "rows written"), ==, 3);
  g_assert_cmpuint (cw_import_report_get_count (report, "total"), ==, 10);
  g_assert_cmpstrv (cw_import_report_get_names (report, "households"), ((const char *[]) { "A", "C", NULL }));
  g_assert_false (cw_import_report_is_complete (report));

  /* B is refused whole, though lines 3 and 6 were written: the bad line
   * and the skipped ones, in line order; the row without a key alone. */
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 4);
  assert_problem (report, 3, "B", "Skipped because of line 5.");
  assert_problem (report, 5, "B", "not a number: x");
  assert_problem (report, 6, "B", "Skipped because of line 5.");
  assert_problem (report, 8, "", "The column “户号” is empty.");
  for (guint i = 1; i < cw_import_report_get_n_problems (report); i++)
    g_assert_cmpuint (cw_import_report_get_problem (report, i - 1, NULL, NULL), <,
                      cw_import_report_get_problem (report, i, NULL, NULL));

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = 'B'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = 'A'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = '旧户'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 3);

  /* The units were checked beside the writing. */
  g_assert_nonnull (checked_in);
  g_assert_true (checked_in != g_thread_self ());

  /* Every row a unit: B's good rows go in, and the row without a 户号. */
  g_clear_object (&report);
  g_assert_true (cw_database_exec (fixture->db, "DELETE FROM ledger", NULL));
  report = import_ok (fixture, &row_importer, text, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 7);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 1);
  /* The key of a row that is a unit of its own is "". */
  assert_problem (report, 5, "", "not a number: x");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = 'B'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = ''"), ==, 1);
}

static void
assert_same_reports (CwImportReport *a,
                     CwImportReport *b)
{
  g_assert_cmpstr (cw_import_report_get_unit (a), ==, cw_import_report_get_unit (b));
  g_assert_cmpstr (cw_import_report_get_encoding (a), ==, cw_import_report_get_encoding (b));
  g_assert_cmpuint (cw_import_report_get_header_line (a), ==, cw_import_report_get_header_line (b));
  g_assert_cmpuint (cw_import_report_get_rows_read (a), ==, cw_import_report_get_rows_read (b));
  g_assert_cmpuint (cw_import_report_get_imported (a), ==, cw_import_report_get_imported (b));
  g_assert_cmpuint (cw_import_report_get_refused (a), ==, cw_import_report_get_refused (b));
  g_assert_cmpuint (cw_import_report_get_rows_refused (a), ==, cw_import_report_get_rows_refused (b));
  g_assert_cmpuint (cw_import_report_get_count (a, "total"), ==, cw_import_report_get_count (b, "total"));
  g_assert_cmpuint (cw_import_report_get_count (a, CW_IMPORT_REPORT_UNCHANGED), ==,
                    cw_import_report_get_count (b, CW_IMPORT_REPORT_UNCHANGED));
  g_assert_cmpstrv (cw_import_report_get_names (a, "households"), cw_import_report_get_names (b, "households"));
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (a), cw_import_report_get_ignored_columns (b));
  g_assert_cmpstrv (cw_import_report_get_unknown_columns (a), cw_import_report_get_unknown_columns (b));
  g_assert_cmpuint (cw_import_report_get_n_columns (a), ==, cw_import_report_get_n_columns (b));
  g_assert_cmpuint (cw_import_report_get_n_problems (a), ==, cw_import_report_get_n_problems (b));
  for (guint i = 0; i < cw_import_report_get_n_problems (a); i++)
    {
      const char *ka, *ma, *kb, *mb;

      g_assert_cmpuint (cw_import_report_get_problem (a, i, &ka, &ma), ==,
                        cw_import_report_get_problem (b, i, &kb, &mb));
      g_assert_cmpstr (ka, ==, kb);
      g_assert_cmpstr (ma, ==, mb);
    }
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  const char *text = "户号,金额,颜色\nA,1,\nB,x,\nB,2,\nA,3,\n旧户,1,\n";
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) real = NULL;
  gint64 audit = count (fixture, "SELECT count(*) FROM audit_log");

  dry = import_ok (fixture, &ledger_importer, text, CW_IMPORT_DRY_RUN | CW_IMPORT_IGNORE_UNKNOWN_COLUMNS);
  g_assert_true (cw_import_report_get_dry_run (dry));
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit);
  g_assert_cmpstrv (cw_import_report_get_changed_tables (dry), ((const char *[]) { NULL }));
  g_assert_cmpuint (fixture->changed->len, ==, 0);

  real = import_ok (fixture, &ledger_importer, text, CW_IMPORT_IGNORE_UNKNOWN_COLUMNS);
  g_assert_false (cw_import_report_get_dry_run (real));
  assert_same_reports (dry, real);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 2);

  /* After the commit, once per table. */
  g_assert_cmpstrv (cw_import_report_get_changed_tables (real), ((const char *[]) { "ledger", NULL }));
  g_assert_cmpuint (fixture->changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->changed, 0), ==, "ledger");
}

static void
test_gb18030 (Fixture       *fixture,
              gconstpointer  data)
{
  const char *utf8 = "村委会收支台账\r\n户编号,金额（元）,说明\r\n甲,1,修路\r\n乙,2,绿化\r\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autofree char *bom = g_strconcat ("\357\273\277", utf8, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "ledger.csv", NULL);
  g_autoptr(CwImportReport) report = NULL;

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (gb, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (path, gb, (gssize) length, &error));

  report = cw_importer_import_file (&ledger_importer, fixture->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "GB18030");
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = '甲' AND note = '修路'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger WHERE number = '乙' AND note = '绿化'"), ==, 1);
  g_clear_object (&report);

  report = import_ok (fixture, &row_importer, bom, CW_IMPORT_DRY_RUN);
  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "UTF-8 (BOM)");
  g_clear_object (&report);

  /* A file that is not there: its name, and nothing else happens. */
  g_unlink (path);
  report = cw_importer_import_file (&ledger_importer, fixture->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ledger.csv"));
}

typedef struct
{
  guint         calls;
  guint         last_done;
  guint         last_total;
  GCancellable *cancel_at;
  guint         cancel_when;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >=, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->calls++;
  progress->last_done = done;
  progress->last_total = total;
  if (progress->cancel_at != NULL && done >= progress->cancel_when)
    g_cancellable_cancel (progress->cancel_at);
}

static void
test_progress_and_cancel (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("户号,金额\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "%u,%u\n", i / 2, i);
  bytes = g_bytes_new (text->str, text->len);

  progress.cancel_at = cancellable;
  progress.cancel_when = 1000;
  report = cw_importer_import_bytes (&ledger_importer, fixture->db, bytes, "many.csv", 0,
                                     on_progress, &progress, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpuint (progress.last_done, >=, 1000);
  g_assert_cmpuint (progress.last_done, <, 2000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 0);
  g_assert_false (cw_database_in_transaction (fixture->db));
  g_clear_error (&error);

  memset (&progress, 0, sizeof progress);
  report = cw_importer_import_bytes (&ledger_importer, fixture->db, bytes, "many.csv", 0,
                                     on_progress, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1000);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_cmpuint (progress.calls, <=, 210);
  g_assert_cmpuint (progress.last_done, ==, 2000);
  g_assert_cmpuint (progress.last_total, ==, 2000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 2000);
}

/* An SQLite error halfway takes back everything, also the units before. */
static void
test_database_error (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) report = NULL;

  g_assert_true (cw_database_exec (fixture->db,
                                   "CREATE TRIGGER boom BEFORE INSERT ON ledger WHEN NEW.number = 'C' "
                                   "BEGIN SELECT RAISE(ABORT, 'boom'); END",
                                   &error));
  report = import_text (fixture, &ledger_importer, "户号,金额\nA,1\nB,2\nC,3\nD,4\n", 0, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "boom"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ledger"), ==, 0);
  g_assert_false (cw_database_in_transaction (fixture->db));
  g_assert_cmpuint (fixture->changed->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  row_importer = ledger_importer;
  row_importer.unit = "rows";
  row_importer.unit_column = -1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/importer/aliases", test_aliases);
  ADD ("/importer/header", test_header);
  ADD ("/importer/units", test_units);
  ADD ("/importer/dry-run", test_dry_run);
  ADD ("/importer/gb18030", test_gb18030);
  ADD ("/importer/progress-and-cancel", test_progress_and_cancel);
  ADD ("/importer/database-error", test_database_error);

  return g_test_run ();
}
