/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include "core/common/cw-database-private.h"
#include "core/common/cw-database.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household-import.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

/* A village with two groups in a fresh database, and a folder for the
 * CSV files the tests write; both removed afterwards. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");
  g_autoptr(CwVillageGroup) first = NULL;
  g_autoptr(CwVillageGroup) second = NULL;

  fixture->dir = cw_test_dir_new ();
  fixture->db = cw_test_database_new (fixture->dir, FALSE);
  g_assert_true (cw_village_create (fixture->db, village, &error));
  first = cw_village_group_add (fixture->db, "第一组", &error);
  g_assert_no_error (error);
  second = cw_village_group_add (fixture->db, "第二组", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->dir, cw_test_dir_free);
}

/* An ID number with its real check character (GB 11643-1999). */
static char *
make_id (const char *area,
         const char *birth,
         const char *sequence)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[] = "10X98765432";
  g_autofree char *body = g_strconcat (area, birth, sequence, NULL);
  int sum = 0;

  g_assert_cmpuint (strlen (body), ==, 17);
  for (int i = 0; i < 17; i++)
    sum += (body[i] - '0') * weights[i];
  return g_strdup_printf ("%s%c", body, checks[sum % 11]);
}

/* The same number with a wrong check character. */
static char *
spoil_id (const char *id)
{
  char *spoiled = g_strdup (id);

  spoiled[17] = spoiled[17] == '1' ? '2' : '1';
  return spoiled;
}

typedef enum
{
  UTF8,
  UTF8_BOM,
  GB18030,
} Encoding;

/* Lines are joined with CRLF, as Excel saves them, so that line k of
 * the file is lines[k - 1]. */
static char *
write_csv (Fixture            *fixture,
           const char         *name,
           Encoding            encoding,
           const char * const *lines)
{
  g_autofree char *text = g_strjoinv ("\r\n", (char **) lines);
  g_autofree char *with_end = g_strconcat (text, "\r\n", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);
  gsize length = 0;

  switch (encoding)
    {
    case UTF8:
      data = g_strdup (with_end);
      length = strlen (data);
      break;
    case UTF8_BOM:
      data = g_strconcat ("\357\273\277", with_end, NULL);
      length = strlen (data);
      break;
    case GB18030:
      data = g_convert (with_end, -1, "GB18030", "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
      /* Really not UTF-8, or the test would prove nothing. */
      g_assert_false (g_utf8_validate (data, (gssize) length, NULL));
      break;
    }

  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
  return path;
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return cw_database_query_int (fixture->db, sql, -1);
}

static char *
query_text (Fixture    *fixture,
            const char *sql,
            const char *parameter)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (fixture->db, sql, NULL);

  g_assert_nonnull (stmt);
  if (parameter != NULL)
    sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* The import of @path, leaving out the header cells in @ignore. */
static CwImportReport *
import_ignoring (Fixture            *fixture,
                 const char         *path,
                 gboolean            dry_run,
                 const char * const *ignore)
{
  g_autoptr(GError) error = NULL;
  CwImportReport *report = cw_importer_import_file_full (&cw_household_importer, fixture->db, path,
                                                         dry_run ? CW_IMPORT_DRY_RUN : 0, ignore,
                                                         NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static CwImportReport *
import (Fixture    *fixture,
        const char *path,
        gboolean    dry_run)
{
  return import_ignoring (fixture, path, dry_run, NULL);
}

/* The problem reported on @line (there must be exactly one) contains
 * every one of the given words. */
static void
assert_problem (CwImportReport *report,
                guint           line,
                const char     *household,
                ...)
{
  const char *found_household = NULL, *found_message = NULL;
  guint matches = 0;
  const char *word;
  va_list args;

  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *h, *m;

      if (cw_import_report_get_problem (report, i, &h, &m) == line)
        {
          found_household = h;
          found_message = m;
          matches++;
        }
    }
  if (matches != 1)
    g_error ("%u problems reported on line %u, expected one", matches, line);
  g_test_message ("line %u (%s): %s", line, found_household, found_message);
  g_assert_cmpstr (found_household, ==, household);

  va_start (args, household);
  while ((word = va_arg (args, const char *)) != NULL)
    if (strstr (found_message, word) == NULL)
      g_error ("The problem on line %u, “%s”, does not mention “%s”", line, found_message, word);
  va_end (args);
}

static void
assert_no_problem (CwImportReport *report,
                   guint           line)
{
  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    g_assert_cmpuint (cw_import_report_get_problem (report, i, NULL, NULL), !=, line);
}

#define HEADER "户号,村民小组,姓名,与户主关系,性别,身份证号,出生日期,民族,联系电话,政治面貌,人员状态,标签,住址"

static void
test_good_households (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *id_head = make_id ("430421", "19491231", "001");
  g_autofree char *id_wife = make_id ("430421", "19520308", "022");
  g_autofree char *id_son = make_id ("430421", "19800101", "013");
  g_autofree char *id_other = make_id ("430421", "19751010", "035");
  /* Columns in another order, an unknown column left out as asked,
   * synonyms as rosters write them (本人, 妻, 汉, 党员, 外出), the head not
   * on the first row. */
  g_autofree char *line2 = g_strdup_printf ("妻,李梅,第一组,0101,%s,女,,汉,,,,,", id_wife);
  g_autofree char *line3 = g_strdup_printf ("本人,张三,第一组,0101,%s,男,1949-12-31,汉族,13812345678,党员,在册,低保、残疾,青山村一组12号", id_head);
  g_autofree char *line4 = g_strdup_printf ("长子,张小明,第一组,0101,%s,,,汉族,,群众,外出务工,,", id_son);
  g_autofree char *line5 = g_strdup_printf ("户主,王五,第二组,0102,%s,男,,苗族,0731-88888888,,,独居;高龄,青山村二组3号", id_other);
  const char *lines[] = {
    "与户主关系,姓名,村民小组,户号,身份证号,性别,出生日期,民族,联系电话,政治面貌,人员状态,标签,住址,微信号",
    line2, line3, line4, line5, NULL
  };
  g_autofree char *path = write_csv (fixture, "good.csv", UTF8_BOM, lines);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 audit_before = count (fixture, "SELECT count(*) FROM audit_log");
  g_autofree char *value = NULL;

  report = import_ignoring (fixture, path, FALSE, (const char *[]) { "微信号", NULL });
  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "UTF-8 (BOM)");
  g_assert_false (cw_import_report_get_dry_run (report));
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 4);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS), ==, 4);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 0);
  g_assert_true (cw_import_report_is_complete (report));
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "微信号", NULL }));
  g_assert_null (cw_import_report_get_names (report, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED)[0]);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 4);
  /* Every row is audited, under one change. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_before + 6);
  g_assert_cmpint (count (fixture, "SELECT count(DISTINCT change_id) FROM audit_log "
                                   "WHERE table_name IN ('household', 'person')"), ==, 1);

  /* The household takes its address and phone from the head's row. */
  stmt = cw_database_prepare (fixture->db,
                              "SELECT g.name, h.address, h.phone, h.status FROM household h "
                              "JOIN village_group g ON g.id = h.group_id WHERE h.number = '0101'",
                              NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "第一组");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "青山村一组12号");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "13812345678");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "active");
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Every field, canonical, the head first. */
  stmt = cw_database_prepare (fixture->db,
                              "SELECT p.position, p.name, p.relation, p.sex, p.birth_date, p.id_number, "
                              "p.ethnicity, p.phone, p.political, p.status, p.tags, p.search_key "
                              "FROM person p JOIN household h ON h.id = p.household_id "
                              "WHERE h.number = '0101' ORDER BY p.position",
                              NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "张三");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "户主");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "M");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "1949-12-31");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, id_head);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "汉族");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 7), ==, "13812345678");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 8), ==, "中共党员");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 9), ==, "active");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 10), ==, "低保、残疾");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 11), ==, "zhangsan zs");

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "李梅");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "配偶");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "F");
  /* Birth date and sex from the ID number when the row has none. */
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "1952-03-08");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "汉族");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 9), ==, "active");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 11), ==, "limei lm");

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 3);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "张小明");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "子");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "M");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 8), ==, "群众");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 9), ==, "migrant");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  value = query_text (fixture, "SELECT tags FROM person WHERE name = ?", "王五");
  g_assert_cmpstr (value, ==, "独居、高龄");
  g_free (value);
  value = query_text (fixture, "SELECT g.name FROM household h JOIN village_group g ON g.id = h.group_id "
                               "WHERE h.number = ?", "0102");
  g_assert_cmpstr (value, ==, "第二组");
  g_free (value);
  value = query_text (fixture, "SELECT phone FROM household WHERE number = ?", "0102");
  g_assert_cmpstr (value, ==, "0731-88888888");
}

/* A roster as another office made it: every column under another name
 * it is known by, and an address column twice under two names, one of
 * them left out as asked. */
static void
test_other_column_names (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *id = make_id ("430421", "19600101", "011");
  g_autofree char *line3 = g_strdup_printf ("0901,第一组,周一,户主,%s,13912345678,1960-01-01,九组3号,九组旧址", id);
  const char *lines[] = {
    "第一村民小组花名册",
    "户编号,所属小组,成员姓名,与户主的关系,身份证号码,手机号码,出生年月日,住址,地址",
    line3,
    "0901,第一组,周二,妻,,,,,",
    NULL
  };
  g_autofree char *path = write_csv (fixture, "names.csv", GB18030, lines);
  g_autoptr(CwImportReport) report = import_ignoring (fixture, path, FALSE, (const char *[]) { "地址", NULL });
  g_autofree char *value = NULL;

  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS), ==, 2);
  g_assert_true (cw_import_report_is_complete (report));
  /* 住址 is the column's own name: 地址 beside it is not used. */
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "地址", NULL }));

  value = query_text (fixture, "SELECT id_number FROM person WHERE name = ?", "周一");
  g_assert_cmpstr (value, ==, id);
  g_free (value);
  value = query_text (fixture, "SELECT relation FROM person WHERE name = ?", "周二");
  g_assert_cmpstr (value, ==, "配偶");
  g_free (value);
  value = query_text (fixture, "SELECT phone FROM household WHERE number = ?", "0901");
  g_assert_cmpstr (value, ==, "13912345678");
  g_free (value);
  value = query_text (fixture, "SELECT address FROM household WHERE number = ?", "0901");
  g_assert_cmpstr (value, ==, "九组3号");
}

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *a1 = make_id ("430421", "19600101", "011");
  g_autofree char *a2 = make_id ("430421", "19620202", "022");
  g_autofree char *a2_bad = spoil_id (a2);
  g_autofree char *b1 = make_id ("430421", "19600303", "031");
  g_autofree char *b2 = make_id ("430421", "19900230", "041");   /* no such day */
  g_autofree char *c1 = make_id ("430421", "19700505", "051");   /* a man */
  g_autofree char *d1 = make_id ("430421", "19700606", "061");
  g_autofree char *e1 = make_id ("430421", "19700707", "071");
  g_autofree char *e2 = make_id ("430421", "19720808", "082");
  g_autofree char *g1 = make_id ("430421", "19801010", "101");
  g_autofree char *g2 = make_id ("430421", "19821111", "112");
  /* Line numbers are the index in lines[] plus one. */
  g_autofree char *l2 = g_strdup_printf ("0201,第一组,赵一,户主,男,%s,,,,,,,", a1);
  g_autofree char *l3 = g_strdup_printf ("0201,第一组,钱二,配偶,女,%s,,,,,,,", a2_bad);
  g_autofree char *l4 = g_strdup_printf ("0202,第一组,孙三,户主,男,%s,,,,,,,", b1);
  g_autofree char *l5 = g_strdup_printf ("0202,第一组,李四,子,男,%s,,,,,,,", b2);
  g_autofree char *l6 = g_strdup_printf ("0202,第一组,周五,女,女,,2001-02-30,,,,,,");
  g_autofree char *l7 = g_strdup_printf ("0203,第一组,吴六,户主,女,%s,,,,,,,", c1);
  g_autofree char *l8 = g_strdup_printf ("0204,第一组,郑七,户主,男,%s,,,,,,,", d1);
  g_autofree char *l9 = g_strdup_printf ("0204,第一组,,配偶,女,,,,,,,,");
  g_autofree char *l10 = g_strdup_printf ("0205,第一组,冯八,户主,男,%s,,,,,,,", e1);
  g_autofree char *l11 = g_strdup_printf ("0205,第一组,陈九,户主,女,%s,,,,,,,", e2);
  g_autofree char *l12 = g_strdup_printf ("0206,第一组,褚十,配偶,女,,,,,,,,");
  g_autofree char *l13 = g_strdup_printf ("0206,第一组,卫十一,子,男,,,,,,,,");
  g_autofree char *l14 = g_strdup_printf ("0207,第二组,蒋十二,户主,男,%s,,,,,,,", g1);
  g_autofree char *l15 = g_strdup_printf ("0207,第二组,沈十三,配偶,女,%s,,,,,,,", g2);
  g_autofree char *l16 = g_strdup_printf ("0208,第一组,韩十四,户主,男,4.30421E+17,,,,,,,");
  g_autofree char *l17 = g_strdup_printf (",第一组,杨十五,户主,男,,,,,,,,");
  g_autofree char *l18 = g_strdup_printf ("0209,第一组,朱十六,户主,男,,,,,,不知道,,");
  g_autofree char *l19 = g_strdup_printf ("0210,第一组,秦十七,户主,男,,,,,,,,");
  g_autofree char *l20 = g_strdup_printf ("0210,第二组,尤十八,配偶,女,,,,,,,,");
  /* A head who has died, and nobody else is head. */
  g_autofree char *l21 = g_strdup_printf ("0211,第一组,许十九,户主,男,,,,,,死亡,,");
  g_autofree char *l22 = g_strdup_printf ("0211,第一组,何二十,配偶,女,,,,,,,,");
  const char *lines[] = {
    HEADER, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, l14, l15, l16, l17, l18,
    l19, l20, l21, l22, NULL
  };
  g_autofree char *path = write_csv (fixture, "bad.csv", UTF8, lines);
  g_autoptr(CwImportReport) report = import (fixture, path, FALSE);
  g_autofree char *skipped3 = NULL;

  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "UTF-8");
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 21);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS), ==, 2);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 10);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), ==, 19);
  g_assert_false (cw_import_report_is_complete (report));

  /* Wrong check character: the row, and its household's good row skipped. */
  assert_problem (report, 3, "0201", a2_bad, NULL);
  assert_problem (report, 2, "0201", "line 3", NULL);
  /* An ID number with an impossible date, a birth date that does not exist. */
  assert_problem (report, 5, "0202", b2, "date", NULL);
  assert_problem (report, 6, "0202", "2001-02-30", NULL);
  assert_problem (report, 4, "0202", "line 5", NULL);
  /* Sex against the ID number. */
  assert_problem (report, 7, "0203", "Sex", "male", NULL);
  /* No name. */
  assert_problem (report, 9, "0204", "Name", NULL);
  assert_problem (report, 8, "0204", "line 9", NULL);
  /* Two heads: reported on the second, naming the first. */
  assert_problem (report, 11, "0205", "line 10", "冯八", NULL);
  assert_problem (report, 10, "0205", "line 11", NULL);
  /* No head: reported on the household's first row. */
  assert_problem (report, 12, "0206", "0206", "户主", NULL);
  assert_problem (report, 13, "0206", "line 12", NULL);
  /* Excel's rounded number, with the hint. */
  assert_problem (report, 16, "0208", "4.30421E+17", "text", NULL);
  /* No 户号. */
  assert_problem (report, 17, "", "户号", NULL);
  /* A status the register does not know. */
  assert_problem (report, 18, "0209", "不知道", NULL);
  /* Two groups for one household. */
  assert_problem (report, 20, "0210", "第二组", "第一组", "line 19", NULL);
  assert_problem (report, 19, "0210", "line 20", NULL);
  /* A head who has died leaves the household without one. */
  assert_problem (report, 21, "0211", "许十九", NULL);
  assert_problem (report, 22, "0211", "line 21", NULL);

  assert_no_problem (report, 14);
  assert_no_problem (report, 15);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 19);

  /* Problems come in line order. */
  for (guint i = 1; i < cw_import_report_get_n_problems (report); i++)
    g_assert_cmpuint (cw_import_report_get_problem (report, i - 1, NULL, NULL), <,
                      cw_import_report_get_problem (report, i, NULL, NULL));

  /* Only the good household is in, whole. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household WHERE number = '0207'"), ==, 1);
  skipped3 = query_text (fixture, "SELECT name FROM person WHERE name = ?", "赵一");
  g_assert_null (skipped3);
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *x = make_id ("430421", "19500101", "011");
  g_autofree char *y = make_id ("430421", "19510101", "021");
  g_autofree char *z = make_id ("430421", "19520101", "031");
  g_autofree char *w = make_id ("430421", "19530101", "041");
  g_autofree char *first_line = g_strdup_printf ("0301,第一组,张三,户主,男,%s,,,,,,,老地址", x);
  const char *first_lines[] = { HEADER, first_line, NULL };
  g_autofree char *first_path = write_csv (fixture, "first.csv", UTF8, first_lines);
  /* 0301 again with another address; x in the register; y twice. */
  g_autofree char *l2 = g_strdup_printf ("0301,第一组,张三,户主,男,%s,,,,,,,新地址", w);
  g_autofree char *l3 = g_strdup_printf ("0302,第一组,李四,户主,男,%s,,,,,,,", x);
  g_autofree char *l4 = g_strdup_printf ("0303,第一组,王五,户主,男,%s,,,,,,,", y);
  g_autofree char *l5 = g_strdup_printf ("0304,第一组,赵六,户主,男,%s,,,,,,,", z);
  g_autofree char *l6 = g_strdup_printf ("0304,第一组,钱七,子,男,%s,,,,,,,", y);
  g_autofree char *l7 = g_strdup_printf ("0301,第一组,张小三,子,男,,,,,,,,");
  const char *lines[] = { HEADER, l2, l3, l4, l5, l6, l7, NULL };
  g_autofree char *path = write_csv (fixture, "second.csv", UTF8, lines);
  g_autoptr(CwImportReport) first = import (fixture, first_path, FALSE);
  g_autoptr(CwImportReport) report = NULL;
  g_autofree char *address = NULL;

  g_assert_cmpuint (cw_import_report_get_imported (first), ==, 1);

  report = import (fixture, path, FALSE);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 4);
  g_assert_cmpuint (cw_import_report_get_rows_refused (report), ==, 6);

  /* The existing household: one line for it, naming its rows. */
  assert_problem (report, 2, "0301", "0301", "already", "2 rows", NULL);
  assert_no_problem (report, 7);
  /* The ID number in the register: who has it. */
  assert_problem (report, 3, "0302", x, "张三", "0301", NULL);
  /* The ID number twice in the file: each names the other. */
  assert_problem (report, 4, "0303", y, "line 6", NULL);
  assert_problem (report, 6, "0304", y, "line 4", NULL);
  assert_problem (report, 5, "0304", "line 6", NULL);

  /* Not overwritten. */
  address = query_text (fixture, "SELECT address FROM household WHERE number = ?", "0301");
  g_assert_cmpstr (address, ==, "老地址");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 1);
}

static void
test_new_group (Fixture       *fixture,
                gconstpointer  data)
{
  const char *lines[] = {
    HEADER,
    "0901,第九组,甲,户主,男,,,,,,,,",
    "0902,第九组,乙,户主,男,,,,,,,,",
    /* Refused: its group must not be made. */
    "1001,第十组,丙,配偶,女,,,,,,,,",
    NULL
  };
  g_autofree char *path = write_csv (fixture, "groups.csv", UTF8, lines);
  g_autoptr(CwImportReport) report = import (fixture, path, FALSE);
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstrv (cw_import_report_get_names (report, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED),
                    ((const char *[]) { "第九组", NULL }));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 1);

  group = cw_village_group_find (fixture->db, "第九组", &error);
  g_assert_no_error (error);
  g_assert_nonnull (group);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household h JOIN village_group g "
                                   "ON g.id = h.group_id WHERE g.name = '第九组'"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM village_group WHERE name = '第十组'"), ==, 0);
  /* After the existing groups. */
  g_assert_cmpint (count (fixture, "SELECT position FROM village_group WHERE name = '第九组'"), ==, 3);
}

static void
assert_same_reports (CwImportReport *a,
                     CwImportReport *b)
{
  g_assert_cmpstr (cw_import_report_get_encoding (a), ==, cw_import_report_get_encoding (b));
  g_assert_cmpuint (cw_import_report_get_header_line (a), ==, cw_import_report_get_header_line (b));
  g_assert_cmpuint (cw_import_report_get_rows_read (a), ==, cw_import_report_get_rows_read (b));
  g_assert_cmpuint (cw_import_report_get_imported (a), ==, cw_import_report_get_imported (b));
  g_assert_cmpuint (cw_import_report_get_count (a, CW_HOUSEHOLD_IMPORT_PERSONS), ==,
                    cw_import_report_get_count (b, CW_HOUSEHOLD_IMPORT_PERSONS));
  g_assert_cmpuint (cw_import_report_get_refused (a), ==, cw_import_report_get_refused (b));
  g_assert_cmpuint (cw_import_report_get_rows_refused (a), ==, cw_import_report_get_rows_refused (b));
  g_assert_cmpstrv (cw_import_report_get_names (a, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED),
                    cw_import_report_get_names (b, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED));
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (a), cw_import_report_get_ignored_columns (b));
  g_assert_cmpuint (cw_import_report_get_n_problems (a), ==, cw_import_report_get_n_problems (b));
  for (guint i = 0; i < cw_import_report_get_n_problems (a); i++)
    {
      const char *ha, *ma, *hb, *mb;

      g_assert_cmpuint (cw_import_report_get_problem (a, i, &ha, &ma), ==,
                        cw_import_report_get_problem (b, i, &hb, &mb));
      g_assert_cmpstr (ha, ==, hb);
      g_assert_cmpstr (ma, ==, mb);
    }
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *x = make_id ("430421", "19500101", "011");
  g_autofree char *l2 = g_strdup_printf ("0401,第五组,张三,户主,男,%s,,,,,,,", x);
  g_autofree char *l4 = g_strdup_printf ("0402,第一组,李四,户主,男,%s,,,,,,,", x);
  const char *lines[] = {
    HEADER, l2,
    "0401,第五组,张小三,子,男,,,,,,死亡,,",
    l4,
    "0403,第一组,王五,户主,男,,1990-02-30,,,,,,",
    NULL
  };
  g_autofree char *path = write_csv (fixture, "dry.csv", UTF8, lines);
  const char *tables[] = { "household", "person", "village_group", "audit_log" };
  gint64 before[G_N_ELEMENTS (tables)];
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) real = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      before[i] = count (fixture, sql);
    }

  dry = import (fixture, path, TRUE);
  g_assert_true (cw_import_report_get_dry_run (dry));
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, 0);
  g_assert_cmpuint (cw_import_report_get_refused (dry), ==, 3);
  g_assert_cmpstrv (cw_import_report_get_names (dry, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED), ((const char *[]) { NULL }));
  g_assert_false (cw_database_in_transaction (fixture->db));

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_assert_cmpint (count (fixture, sql), ==, before[i]);
    }

  /* Now a file that would go in: the dry run writes nothing of it. */
  {
    const char *good_lines[] = {
      HEADER,
      "0501,第五组,赵六,户主,男,,,,,,,,",
      "0501,第五组,赵小六,子,男,,,,,,死亡,,",
      "0502,第一组,钱七,户主,女,,,,,,,,",
      "0503,第一组,,户主,女,,,,,,,,",
      NULL
    };
    g_autofree char *good = write_csv (fixture, "dry-good.csv", GB18030, good_lines);
    g_autoptr(CwImportReport) good_dry = import (fixture, good, TRUE);

    g_assert_cmpuint (cw_import_report_get_imported (good_dry), ==, 2);
    g_assert_cmpuint (cw_import_report_get_count (good_dry, CW_HOUSEHOLD_IMPORT_PERSONS), ==, 3);
    g_assert_cmpstrv (cw_import_report_get_names (good_dry, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED),
                      ((const char *[]) { "第五组", NULL }));
    for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
        g_assert_cmpint (count (fixture, sql), ==, before[i]);
      }

    /* The real run reports the very same. */
    real = import (fixture, good, FALSE);
    g_assert_false (cw_import_report_get_dry_run (real));
    assert_same_reports (good_dry, real);
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, before[1] + 3);

    /* A status that needs a date gets the day of the import, said so. */
    {
      g_autofree char *status = query_text (fixture, "SELECT status FROM person WHERE name = ?", "赵小六");
      g_autofree char *date = query_text (fixture, "SELECT status_date FROM person WHERE name = ?", "赵小六");
      g_autofree char *reason = query_text (fixture, "SELECT status_reason FROM person WHERE name = ?", "赵小六");
      g_autofree char *today = NULL;
      GDate now;

      cw_date_today (&now);
      today = cw_date_format (&now);
      g_assert_cmpstr (status, ==, "deceased");
      g_assert_cmpstr (date, ==, today);
      g_assert_cmpstr (reason, !=, "");
    }
  }
}

static void
test_title_row (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *id = make_id ("430421", "19491001", "011");
  g_autofree char *l3 = g_strdup_printf ("0601,第一组,曾小单,户主,男,%s,,汉族,,,,,", id);
  /* Our own roster export saved as CSV by Excel: a title row, the header,
   * empty cells padded with commas. */
  const char *lines[] = {
    "青山村户籍台账 2026-11-23,,,,,,,,,,,,",
    HEADER,
    l3,
    "0601,第一组,曾大,子,男,,,汉族,,,,,",
    ",,,,,,,,,,,,",
    "0602,第二组,吕梅,户主,女,,,,,,,,",
    NULL
  };
  g_autofree char *path = write_csv (fixture, "titled.csv", GB18030, lines);
  g_autoptr(CwImportReport) report = import (fixture, path, FALSE);
  g_autofree char *key = NULL;

  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "GB18030");
  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS), ==, 3);
  g_assert_true (cw_import_report_is_complete (report));

  key = query_text (fixture, "SELECT search_key FROM person WHERE name = ?", "曾小单");
  g_assert_cmpstr (key, ==, "zengxiaodan zxd");

  /* Line numbers count the title row. */
  {
    const char *again[] = {
      "青山村户籍台账 2026-11-23",
      HEADER,
      "0701,第一组,,户主,男,,,,,,,,",
      NULL
    };
    g_autofree char *again_path = write_csv (fixture, "titled-bad.csv", GB18030, again);
    g_autoptr(CwImportReport) bad = import (fixture, again_path, FALSE);

    assert_problem (bad, 3, "0701", "Name", NULL);
  }
}

static void
assert_import_fails (Fixture    *fixture,
                     const char *path,
                     int         code,
                     const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) report = NULL;
  gint64 households = count (fixture, "SELECT count(*) FROM household");
  gint64 audit = count (fixture, "SELECT count(*) FROM audit_log");

  report = cw_importer_import_file (&cw_household_importer, fixture->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, code);
  g_test_message ("%s", error->message);
  if (word != NULL && strstr (error->message, word) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, word);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, households);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit);
  g_assert_false (cw_database_in_transaction (fixture->db));
}

static void
test_not_csv (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.csv", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *workbook = g_build_filename (fixture->dir, "roster.xlsx.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[4096];
  const char *no_header_lines[] = { "名字,地址", "张三,一组", NULL };
  const char *lacking_lines[] = { "户号,村民小组,姓名,性别", "0101,第一组,张三,男", NULL };
  const char *broken_lines[] = { HEADER, "0101,第一组,\"张三,户主,男,,,,,,,,", "0102,第一组,李四,户主,男,,,,,,,,", NULL };
  g_autofree char *no_header = write_csv (fixture, "no-header.csv", UTF8, no_header_lines);
  g_autofree char *lacking = write_csv (fixture, "lacking.csv", UTF8, lacking_lines);
  g_autofree char *broken = write_csv (fixture, "broken.csv", UTF8, broken_lines);

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (garbage, (const char *) bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  g_file_set_contents (workbook, "PK\003\004garbage", 11, &error);
  g_assert_no_error (error);

  assert_import_fails (fixture, garbage, CW_ERROR_INVALID, "garbage.csv");
  assert_import_fails (fixture, workbook, CW_ERROR_INVALID, "CSV");
  assert_import_fails (fixture, missing, CW_ERROR_NOT_FOUND, "missing.csv");
  assert_import_fails (fixture, no_header, CW_ERROR_INVALID, "户号");
  assert_import_fails (fixture, lacking, CW_ERROR_INVALID, "与户主关系");
  /* A quote never closed: nothing of the file goes in, not even the rows
   * before it. */
  assert_import_fails (fixture, broken, CW_ERROR_INVALID, "2");
}

static void
test_no_village (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *csv = g_build_filename (dir, "x.csv", NULL);
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwImportReport) report = NULL;

  g_file_set_contents (csv, HEADER "\n0101,第一组,张三,户主,男,,,,,,,,\n", -1, &error);
  g_assert_no_error (error);
  report = cw_importer_import_file (&cw_household_importer, db, csv, 0, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM village_group", -1), ==, 0);
}

/* An SQLite error halfway (here a trigger the test adds) takes back
 * everything, also the households before it and the group made for them. */
static void
test_rollback_on_database_error (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *lines[] = {
    HEADER,
    "0801,第八组,甲,户主,男,,,,,,,,",
    "0802,第一组,乙,户主,男,,,,,,,,",
    "0803,第一组,炸弹,户主,男,,,,,,,,",
    "0804,第一组,丁,户主,男,,,,,,,,",
    NULL
  };
  g_autofree char *path = write_csv (fixture, "boom.csv", UTF8, lines);
  g_autoptr(GError) error = NULL;

  cw_database_exec (fixture->db,
                    "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.person WHEN NEW.name = '炸弹' "
                    "BEGIN SELECT RAISE(ABORT, 'boom'); END",
                    &error);
  g_assert_no_error (error);

  assert_import_fails (fixture, path, CW_ERROR_FAILED, "boom");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM village_group WHERE name = '第八组'"), ==, 0);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint last_total;
  GCancellable *cancel_after_first;
  GCancellable *cancel_halfway;
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
  if (progress->cancel_after_first != NULL)
    g_cancellable_cancel (progress->cancel_after_first);
  if (progress->cancel_halfway != NULL && done >= total / 2)
    g_cancellable_cancel (progress->cancel_halfway);
}

static void
test_progress_and_cancel (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0 };

  g_ptr_array_add (lines, g_strdup (HEADER));
  for (guint i = 0; i < 500; i++)
    {
      g_ptr_array_add (lines, g_strdup_printf ("%04u,第一组,户主%u,户主,男,,,,,,,,", i, i));
      g_ptr_array_add (lines, g_strdup_printf ("%04u,第一组,配偶%u,配偶,女,,,,,,,,", i, i));
    }
  g_ptr_array_add (lines, NULL);
  path = write_csv (fixture, "many.csv", UTF8, (const char * const *) lines->pdata);

  /* Cancelled at the start of the work: nothing goes in. */
  progress.cancel_after_first = cancellable;
  report = cw_importer_import_file (&cw_household_importer, fixture->db, path, 0, on_progress, &progress,
                                    cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_false (cw_database_in_transaction (fixture->db));
  g_clear_error (&error);

  /* Cancelled halfway, with households written and more checked ahead:
   * all of it is taken back. */
  memset (&progress, 0, sizeof progress);
  g_cancellable_reset (cancellable);
  progress.cancel_halfway = cancellable;
  report = cw_importer_import_file (&cw_household_importer, fixture->db, path, 0, on_progress, &progress,
                                    cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpuint (progress.last_done, >=, 500);
  g_assert_cmpuint (progress.last_done, <, 1000);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM village_group"), ==, 2);
  g_assert_false (cw_database_in_transaction (fixture->db));
  g_clear_error (&error);

  memset (&progress, 0, sizeof progress);
  report = cw_importer_import_file (&cw_household_importer, fixture->db, path, 0, on_progress, &progress,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 500);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_cmpuint (progress.calls, <=, 210);
  g_assert_cmpuint (progress.last_done, ==, 1000);
  g_assert_cmpuint (progress.last_total, ==, 1000);
}

int
main (int    argc,
      char **argv)
{
  /* The assertions look for English words of the messages. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/import/good-households", test_good_households);
  ADD ("/import/other-column-names", test_other_column_names);
  ADD ("/import/bad-rows", test_bad_rows);
  ADD ("/import/duplicates", test_duplicates);
  ADD ("/import/new-group", test_new_group);
  ADD ("/import/dry-run", test_dry_run);
  ADD ("/import/title-row", test_title_row);
  ADD ("/import/not-csv", test_not_csv);
  ADD ("/import/rollback", test_rollback_on_database_error);
  ADD ("/import/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/import/no-village", test_no_village);

  return g_test_run ();
}
