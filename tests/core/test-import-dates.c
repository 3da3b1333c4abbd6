/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-dates"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"

#include "core/points/cw-point-import.h"

#include "import-test-util.h"

/* Issue 9, dates in imports: every form Excel and WPS write is read (the
 * import once called 1962/1/1 "not a date" and dropped the household),
 * a birth date that cannot be read comes from the ID number, one that
 * contradicts it is a problem naming both, and an ID number Excel
 * destroyed is refused, never guessed. */

typedef ImportFixture Fixture;

static char *
parse_cell (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!cw_date_parse_cell (text, &date, &error))
    {
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      return NULL;
    }
  g_assert_no_error (error);
  return cw_date_format (&date);
}

static void
test_cell_forms (void)
{
  static const struct { const char *cell, *date; } good[] = {
    { "1962/1/1", "1962-01-01" },
    { "1965/8/8", "1965-08-08" },
    { "1962-1-1", "1962-01-01" },
    { "1962.1.1", "1962-01-01" },
    { "1962年1月1日", "1962-01-01" },
    { "19620101", "1962-01-01" },
    { "1962/01/01 00:00:00", "1962-01-01" },
    { "1962/1/1 0:00", "1962-01-01" },
    { "1962-01-01T08:30:00.000", "1962-01-01" },
    { "1962年1月1日 0:00", "1962-01-01" },
    /* Full-width, as a Chinese input method types them. */
    { "１９６２年１月１日", "1962-01-01" },
    { "１９６２／１／１", "1962-01-01" },
    { "　1962-01-01　", "1962-01-01" },
    /* Excel's serial days, with its 1900-02-29 that never was. */
    { "22647", "1962-01-01" },
    { "23962", "1965-08-08" },
    { "22647.75", "1962-01-01" },
    { "１", "1900-01-01" },
    { "59", "1900-02-28" },
    { "61", "1900-03-01" },
    { "46349", "2026-11-23" },
  };
  static const char * const bad[] = {
    "", "1962/13/1", "1962/2/30", "60", "0", "1962", "2026", "1/1/1962", "1962/1/1 25:00", "4.30421E+17",
    "196201011", "不详", "1962/1/1 早上",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *date = parse_cell (good[i].cell);

      g_test_message ("%s", good[i].cell);
      g_assert_cmpstr (date, ==, good[i].date);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *date = parse_cell (bad[i]);

      g_test_message ("%s", bad[i]);
      g_assert_null (date);
    }

  /* Typed by a person, a number is no date: 2026 is not 1905-07-18. */
  {
    g_autoptr(GError) error = NULL;
    GDate date;

    g_assert_false (cw_date_parse ("22647", &date, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (cw_date_parse ("１９６２／１／１ 00:00", &date, &error));
    g_assert_no_error (error);
  }

  /* The year and month of 出生年月 columns. */
  {
    static const char * const months[] = { "1962年1月", "1962-01", "1962.1", "1962/1", "196201", "１９６２．０１" };
    guint year = 0, month = 0;

    for (guint i = 0; i < G_N_ELEMENTS (months); i++)
      {
        g_assert_true (cw_date_parse_month (months[i], &year, &month));
        g_assert_cmpuint (year, ==, 1962);
        g_assert_cmpuint (month, ==, 1);
      }
    g_assert_false (cw_date_parse_month ("1962-13", &year, &month));
    g_assert_false (cw_date_parse_month ("1962-01-01", &year, &month));
  }
}

static CwImportReport *
import_text (Fixture    *fixture,
             const char *text)
{
  return import_test_text (fixture->db, text, 0, NULL);
}

static char *
birth_date_of (Fixture    *fixture,
               const char *name)
{
  return import_test_query_text (fixture->db, "SELECT birth_date FROM person WHERE name = ?", name);
}

#define assert_problem import_test_assert_problem
#define valid_id import_test_valid_id

/* Each household a person with a birth date as a spreadsheet wrote it. */
static void
test_roster_dates (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct { const char *birth, *stored; } forms[] = {
    { "1962/1/1", "1962-01-01" },
    { "1965/8/8", "1965-08-08" },
    { "1962-1-1", "1962-01-01" },
    { "1962.1.1", "1962-01-01" },
    { "1962年1月1日", "1962-01-01" },
    { "19620101", "1962-01-01" },
    { "22647", "1962-01-01" },
    { "1962/01/01 00:00:00", "1962-01-01" },
    { "１９６２年１月１日", "1962-01-01" },
  };
  g_autoptr(GString) text = g_string_new ("户号,村民小组,姓名,与户主关系,出生日期,入党时间,政治面貌\n");
  g_autoptr(CwImportReport) report = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    g_string_append_printf (text, "11%02u,一组,李%u,户主,%s,%s,中共党员\n", i, i, forms[i].birth,
                            i == 6 ? "32690" : "1988/7/1");
  report = import_text (fixture, text->str);

  g_assert_true (cw_import_report_is_complete (report));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, G_N_ELEMENTS (forms));
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *name = g_strdup_printf ("李%u", i);
      g_autofree char *stored = birth_date_of (fixture, name);

      g_assert_cmpstr (stored, ==, forms[i].stored);
    }
  g_assert_cmpint (cw_database_query_int (fixture->db,
                                          "SELECT count(*) FROM person WHERE party_join_date = '1988-07-01'", -1),
                   ==, G_N_ELEMENTS (forms) - 1);
  g_assert_cmpint (cw_database_query_int (fixture->db,
                                          "SELECT count(*) FROM person WHERE party_join_date = '1989-07-01'", -1),
                   ==, 1);
}

/* The ID number knows the birth date: a date that cannot be read, or
 * gives only the month, is taken from it; one that says otherwise is a
 * problem naming both. Without an ID number the column is all there is. */
static void
test_birth_date_and_id (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *a = valid_id ("43042119620101101");
  g_autofree char *b = valid_id ("43042119650808102");
  g_autofree char *c = valid_id ("43042119620101113");
  g_autofree char *d = valid_id ("43042119620101124");
  g_autofree char *e = valid_id ("43042119620101135");
  g_autofree char *f = valid_id ("43042119620101146");
  /* Line k is the k-th line of the text. */
  g_autofree char *text =
    g_strdup_printf ("户号,村民小组,姓名,与户主关系,身份证号,出生年月\n"
                     "1201,一组,周甲,户主,%s,不详\n"          /* 2: unreadable: from the ID */
                     "1202,一组,周乙,户主,%s,\n"              /* 3: missing: from the ID */
                     "1203,一组,周丙,户主,%s,1962.01\n"       /* 4: the month agrees */
                     "1204,一组,周丁,户主,%s,1963.01\n"       /* 5: the month does not */
                     "1205,一组,周戊,户主,%s,1962/1/2\n"      /* 6: the day does not */
                     "1206,一组,周己,户主,%s,1962/13/45\n"    /* 7: no such day: from the ID */
                     "1207,一组,周庚,户主,,1962.01\n"         /* 8: a month is not a birth date */
                     "1208,一组,周辛,户主,,不详\n",           /* 9: nor is this */
                     a, b, c, d, e, f);
  g_autoptr(CwImportReport) report = import_text (fixture, text);
  static const struct { const char *name, *date; } stored[] = {
    { "周甲", "1962-01-01" }, { "周乙", "1965-08-08" }, { "周丙", "1962-01-01" }, { "周己", "1962-01-01" },
  };

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, G_N_ELEMENTS (stored));
  for (guint i = 0; i < G_N_ELEMENTS (stored); i++)
    {
      g_autofree char *date = birth_date_of (fixture, stored[i].name);

      g_assert_cmpstr (date, ==, stored[i].date);
    }
  assert_problem (report, 5, "1963.01", d, "1962-01-01", NULL);
  assert_problem (report, 6, "1962-01-02", "1962-01-01", NULL);
  assert_problem (report, 8, "1962.01", NULL);
  assert_problem (report, 9, "不详", NULL);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 4);
}

/* What Excel does to an 18-digit number in a cell not formatted as text:
 * the number is gone, the row says so and the household stays out. */
static void
test_excel_ids (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *full_width = NULL;
  g_autofree char *id = valid_id ("43042119620101157");
  g_autofree char *text = NULL;
  g_autoptr(CwImportReport) report = NULL;
  GString *wide = g_string_new (NULL);

  /* The same number typed in full-width digits is the number. */
  for (const char *p = id; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_unichar (wide, 0xFF10 + (gunichar) (*p - '0'));
    else
      g_string_append_c (wide, *p);
  full_width = g_string_free (wide, FALSE);

  text = g_strdup_printf ("户号,村民小组,姓名,与户主关系,身份证号,出生日期\n"
                          "1301,一组,吴甲,户主,4.30421E+17,1962/1/1\n"
                          "1302,一组,吴乙,户主,430421196201011000,1962/1/1\n"
                          "1303,一组,吴丙,户主,%s,１９６２/１/１\n",
                          full_width);
  report = import_text (fixture, text);

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  assert_problem (report, 2, "4.30421E+17", "Excel", NULL);
  assert_problem (report, 3, "430421196201011000", "Excel", "15", NULL);
  g_assert_cmpint (cw_database_query_int (fixture->db, "SELECT count(*) FROM household", -1), ==, 1);
  {
    g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (fixture->db, "SELECT id_number, birth_date FROM person",
                                                        NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, id);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "1962-01-01");
  }
}

/* The points entries' 日期 is a spreadsheet's date cell too: the forms a
 * roster's dates may take are read there as well. */
static void
test_entry_dates (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *rules = g_build_filename (fixture->dir, "rules.csv", NULL);
  g_autofree char *entries = g_build_filename (fixture->dir, "entries.csv", NULL);
  g_autoptr(CwImportReport) roster = NULL;
  g_autoptr(CwImportReport) rule_book = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  roster = import_text (fixture, "户号,村民小组,姓名,与户主关系,出生日期\n"
                                 "1301,一组,吴甲,户主,1962/1/1\n");
  g_assert_cmpuint (cw_import_report_get_imported (roster), ==, 1);
  cw_test_write_file (rules, "编号,积分类型,类别,内容,分值\n"
                             "ZY01,村民积分,人居环境,庭院整洁,5\n", NULL);
  rule_book = cw_importer_import_file (&cw_point_rule_importer, fixture->db, rules, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (rule_book), ==, 1);

  cw_test_write_file (entries, "户号,规则编号,日期\n"
                               "1301,ZY01,2024/2/10\n"
                               "1301,ZY01,2024年2月11日\n"
                               "1301,ZY01,45334\n"
                               "1301,ZY01,2024/2/13 0:00\n", NULL);
  report = cw_importer_import_file (&cw_point_entry_importer, fixture->db, entries, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 4);
  g_assert_cmpint (cw_database_query_int (fixture->db,
                                          "SELECT count(*) FROM point_entry WHERE entry_date IN "
                                          "('2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13')", -1), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-dates/cell-forms", test_cell_forms);
#define ADD(path, func) g_test_add (path, Fixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import-dates/roster-dates", test_roster_dates);
  ADD ("/import-dates/birth-date-and-id", test_birth_date_and_id);
  ADD ("/import-dates/excel-ids", test_excel_ids);
  ADD ("/import-dates/entry-dates", test_entry_dates);
#undef ADD

  return g_test_run ();
}
