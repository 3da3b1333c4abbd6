/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-columns-cli"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "core/common/cw-id-number.h"

#include "cw-test-core.h"
#include "cw-test-run.h"

/* `cunwu import` and `cunwu export households` as a clerk's script runs
 * them, in both languages (issue 8): how each column was read, a column
 * the register cannot place refusing the file until --ignore-column or
 * --ignore-unknown-columns, and the whole record with --all. */

static const char * const langs[] = { "C.UTF-8", "zh_CN.UTF-8" };

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

static gint64
count_households (const char *db_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM household", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_columns (gconstpointer data)
{
  const char *lang = data;
  gboolean chinese = g_str_has_prefix (lang, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = g_build_filename (dir, "village.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *first17 = g_strdup ("43042119600101101");
  g_autofree char *id = g_strdup_printf ("%s%c", first17, cw_id_number_check_character (first17));
  g_autofree char *text = g_strdup_printf ("序号,户号,组别,姓名,与户主关系,公民身份号码,手机号码,籍贯,微信号\r\n"
                                           "1,0101,一组,王一,户主,%s,13812345678,湖南,wang1\r\n", id);
  g_auto(CwTestRun) r = { 0 };

  cw_test_write_file (csv, text, "GB18030");
  cw_test_run_cunwu (&r, lang, "--db", db, "init", "--village", "青山村", NULL);
  g_assert_cmpint (r.status, ==, 0);

  /* Refused whole, saying how it read every column and what to do. */
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "households", csv, "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.out, "公民身份号码 → 身份证号");
  assert_has (r.out, "手机号码 → 联系电话");
  assert_has (r.out, "组别 → 村民小组");
  assert_has (r.out, chinese ? "序号 → 不读" : "序号 → not read");
  assert_has (r.out, chinese ? "籍贯 → 无法对应" : "籍贯 → cannot be placed");
  assert_has (r.err, "籍贯");
  assert_has (r.err, "微信号");
  assert_has (r.err, "--ignore-column");
  assert_has (r.err, "--ignore-unknown-columns");
  /* One line, as every failure says it. */
  g_assert_true (strchr (r.err, '\n') == strrchr (r.err, '\n'));
  g_assert_cmpint (count_households (db), ==, 0);

  /* One left out is not enough. */
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "households", csv, "--ignore-column", "籍贯", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_has (r.out, chinese ? "籍贯 → 按要求不导入" : "籍贯 → left out, as asked");
  assert_has (r.err, "微信号");
  g_assert_null (strstr (r.err, "籍贯"));
  g_assert_cmpint (count_households (db), ==, 0);

  /* Both, by name. */
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "households", csv, "--ignore-column", "籍贯",
                     "--ignore-column", "微信号", "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_has (r.out, "微信号 → ");
  g_assert_cmpint (count_households (db), ==, 0);

  /* Every unknown one at once. */
  cw_test_run_cunwu (&r, lang, "--db", db, "import", "households", csv, "--ignore-unknown-columns", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (count_households (db), ==, 1);
}

/* The whole record, imported into an empty village, and the options it
 * cannot take. */
static void
test_export_all (gconstpointer data)
{
  const char *lang = data;
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = g_build_filename (dir, "village.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "register.xlsx", NULL);
  g_auto(CwTestRun) r = { 0 };

  cw_test_run_cunwu (&r, lang, "--db", db, "demo", "--households", "30", NULL);
  g_assert_cmpint (r.status, ==, 0);

  cw_test_run_cunwu (&r, lang, "--db", db, "export", "households", xlsx, "--all", "--masked", NULL);
  g_assert_cmpint (r.status, ==, 2);
  assert_has (r.err, "--all");
  cw_test_run_cunwu (&r, lang, "--db", db, "export", "households", xlsx, "--all", "--group", "第一村民小组", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));

  cw_test_run_cunwu (&r, lang, "--db", db, "export", "households", xlsx, "--all", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *columns = g_strdup_printf ("/import-columns-cli/%s/columns", langs[i]);
      g_autofree char *all = g_strdup_printf ("/import-columns-cli/%s/export-all", langs[i]);

      g_test_add_data_func (columns, langs[i], test_columns);
      g_test_add_data_func (all, langs[i], test_export_all);
    }

  return g_test_run ();
}
