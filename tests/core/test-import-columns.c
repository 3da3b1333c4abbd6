/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-columns"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-database-private.h"

#include "import-test-util.h"

/* Issue 8, the roster's columns: every template an office really has is
 * read whole (户口簿, 公安 and 民政 headers), a column the register cannot
 * place stops the file until the person says to leave it out, the report
 * says how each column was read, a row whose fields slipped is refused by
 * its line, and a household whose rows disagree is never settled
 * silently. */

typedef ImportFixture Fixture;

static CwImportReport *
import_text (Fixture            *fixture,
             const char         *text,
             CwImportFlags       flags,
             const char * const *ignore)
{
  return import_test_text (fixture->db, text, flags, ignore);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return cw_database_query_int (fixture->db, sql, -1);
}

static void
assert_text (Fixture    *fixture,
             const char *sql,
             const char *parameter,
             const char *expected)
{
  g_autofree char *value = import_test_query_text (fixture->db, sql, parameter);

  g_assert_cmpstr (value, ==, expected);
}

#define assert_problem import_test_assert_problem
#define valid_id import_test_valid_id

/* The roster headers offices really have: every column is read, not one
 * ID number or phone left behind. */
static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct
  {
    const char *header;
    const char *template;   /* printf: the 户号, the ID number */
  } files[] = {
    /* 公安 (police): the 户口簿's words. */
    { "户编号,组别,户主姓名,姓名,与户主关系,性别,民族,出生日期,公民身份号码,文化程度,现住址,联系电话",
      "%s,一组,%s,%s,户主,男,汉,1960-01-01,%s,初中,一组1号,13812345678" },
    /* 民政 (civil affairs). */
    { "户号,村民小组,姓名,与户主的关系,身份证号码,出生年月,学历,政治面貌,家庭住址,手机号码",
      "%s,一组,%.0s%s,户主,%s,1960.01,初中,群众,一组1号,13812345678" },
    /* An office's own sheet. */
    { "户号,小组,姓名,关系,证件号码,住址,手机,户主姓名",
      "%s,一组,%.0s%s,户主,%s,一组1号,13812345678,%s" },
    { "户号,所属小组,姓名,关系,身份证,地址,电话号码",
      "%s,一组,%.0s%s,本人,%s,一组1号,13812345678" },
    /* Printed forms: spread names, a star for required, notes in brackets. */
    { "*户号,村民小组,姓  名,与户主关系,身份证号码（18位）,出生日期(年月日),联系电话,现 住 址",
      "%s,一组,%.0s%s,户主,%s,1960-01-01,13812345678,一组1号" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *number = g_strdup_printf ("05%02u", i);
      g_autofree char *name = g_strdup_printf ("周%u", i);
      g_autofree char *first17 = g_strdup_printf ("43042119600101%03u", 101 + 2 * i);
      g_autofree char *id = valid_id (first17);
      g_autofree char *row = g_strdup_printf (files[i].template, number, name, name, id, name);
      g_autofree char *text = g_strconcat (files[i].header, "\n", row, "\n", NULL);
      g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);

      g_test_message ("%s", files[i].header);
      g_assert_null (cw_import_report_get_unknown_columns (report)[0]);
      g_assert_null (cw_import_report_get_ignored_columns (report)[0]);
      g_assert_true (cw_import_report_is_complete (report));
      g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
      assert_text (fixture, "SELECT id_number FROM person WHERE name = ?", name, id);
      assert_text (fixture, "SELECT phone FROM person WHERE name = ?", name, "13812345678");
      assert_text (fixture, "SELECT birth_date FROM person WHERE name = ?", name, "1960-01-01");
      assert_text (fixture, "SELECT address FROM household WHERE number = ?", number, "一组1号");
    }
  assert_text (fixture, "SELECT education FROM person WHERE name = ?", "周0", "初中");
  assert_text (fixture, "SELECT political FROM person WHERE name = ?", "周1", "群众");
}

/* A column nobody would read stops the file: nothing is read past the
 * header, let alone written, and the report says how every column was
 * read. Left out by name, or all such at once, the file goes in. */
static void
test_unknown_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *id = valid_id ("43042119600101101");
  g_autofree char *text = g_strdup_printf ("序号,户号,村民小组,姓名,与户主关系,身份证号码,籍贯,微信号\n"
                                           "1,0601,一组,吴一,户主,%s,湖南,wu1\n", id);
  static const struct { const char *header, *field; CwImportHeaderUse use; } columns[] = {
    { "序号", "序号", CW_IMPORT_HEADER_FORM },
    { "户号", "户号", CW_IMPORT_HEADER_READ },
    { "村民小组", "村民小组", CW_IMPORT_HEADER_READ },
    { "姓名", "姓名", CW_IMPORT_HEADER_READ },
    { "与户主关系", "与户主关系", CW_IMPORT_HEADER_READ },
    { "身份证号码", "身份证号", CW_IMPORT_HEADER_READ },
    { "籍贯", NULL, CW_IMPORT_HEADER_UNKNOWN },
    { "微信号", NULL, CW_IMPORT_HEADER_UNKNOWN },
  };
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) dry = NULL;

  for (guint pass = 0; pass < 2; pass++)
    {
      g_clear_object (&report);
      report = import_text (fixture, text, pass == 0 ? CW_IMPORT_DRY_RUN : 0, NULL);
      g_assert_cmpuint (cw_import_report_get_n_columns (report), ==, G_N_ELEMENTS (columns));
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          const char *header = NULL, *field = NULL;

          g_assert_cmpint (cw_import_report_get_column (report, i, &header, &field), ==, columns[i].use);
          g_assert_cmpstr (header, ==, columns[i].header);
          g_assert_cmpstr (field, ==, columns[i].field);
        }
      g_assert_cmpstrv (cw_import_report_get_unknown_columns (report), ((const char *[]) { "籍贯", "微信号", NULL }));
      g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "序号", NULL }));
      g_assert_false (cw_import_report_is_complete (report));
      g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 0);
      g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
      g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);
      g_assert_cmpint (count (fixture, "SELECT count(*) FROM village_group"), ==, 0);
    }

  /* One left out is not enough. */
  g_clear_object (&report);
  report = import_text (fixture, text, 0, (const char *[]) { "籍贯", NULL });
  g_assert_cmpstrv (cw_import_report_get_unknown_columns (report), ((const char *[]) { "微信号", NULL }));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 0);

  /* Both, by name: the dry run and the import say the same. */
  dry = import_text (fixture, text, CW_IMPORT_DRY_RUN, (const char *[]) { "籍贯", "微信号", NULL });
  g_clear_object (&report);
  report = import_text (fixture, text, 0, (const char *[]) { "籍贯", "微信号", NULL });
  for (CwImportReport **r = (CwImportReport *[]) { dry, report, NULL }; *r != NULL; r++)
    {
      g_assert_null (cw_import_report_get_unknown_columns (*r)[0]);
      g_assert_cmpstrv (cw_import_report_get_ignored_columns (*r), ((const char *[]) { "序号", "籍贯", "微信号", NULL }));
      g_assert_cmpint (cw_import_report_get_column (*r, 6, NULL, NULL), ==, CW_IMPORT_HEADER_IGNORED);
      g_assert_cmpuint (cw_import_report_get_imported (*r), ==, 1);
      g_assert_true (cw_import_report_is_complete (*r));
    }
  assert_text (fixture, "SELECT id_number FROM person WHERE name = ?", "吴一", id);

  /* All unknown columns at once. */
  g_clear_object (&report);
  report = import_text (fixture, text, CW_IMPORT_IGNORE_UNKNOWN_COLUMNS | CW_IMPORT_DRY_RUN, NULL);
  g_assert_null (cw_import_report_get_unknown_columns (report)[0]);
  g_assert_cmpstrv (cw_import_report_get_ignored_columns (report), ((const char *[]) { "序号", "籍贯", "微信号", NULL }));
  /* The household went in above: now it is in the register already. */
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 1);
}

/* A second cell for a column another cell fills (住址 beside 现住址) is a
 * column nobody would read, too; leaving one out lets the other be read. */
static void
test_second_cell (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *text = "户号,村民小组,姓名,与户主关系,住址,户籍地址\n0701,一组,郑一,户主,一组7号,老屋场\n";
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);

  g_assert_cmpstrv (cw_import_report_get_unknown_columns (report), ((const char *[]) { "户籍地址", NULL }));
  g_clear_object (&report);

  report = import_text (fixture, "户号,村民小组,姓名,与户主关系,住址,现住址\n0701,一组,郑一,户主,一组7号,新屋场\n",
                        0, NULL);
  g_assert_cmpstrv (cw_import_report_get_unknown_columns (report), ((const char *[]) { "现住址", NULL }));
  g_clear_object (&report);

  report = import_text (fixture, "户号,村民小组,姓名,与户主关系,住址,现住址\n0701,一组,郑一,户主,一组7号,新屋场\n",
                        0, (const char *[]) { "住址", NULL });
  g_assert_true (cw_import_report_is_complete (report));
  assert_text (fixture, "SELECT address FROM household WHERE number = ?", "0701", "新屋场");
}

/* 低保,五保 typed without quotes: the comma splits the field, the address
 * becomes 五保 and the real address falls off the end. That row is wrong,
 * said on its line, and its household stays out; the others go in. */
static void
test_extra_fields (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *text =
    "户号,村民小组,姓名,与户主关系,人员标签,住址\n"
    "0801,一组,冯一,户主,低保,五保,一组8号\n"
    "0801,一组,冯二,配偶,,\n"
    "0802,一组,陈一,户主,\"低保,特困\",一组9号\n"
    "0803,一组,褚一,户主,,一组10号,,,\n"
    "0804,一组,卫一,户主,,一组11号,,,备用\n";
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);

  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 5);
  /* Quoted, the comma is the field's; empty fields past the header (as
   * Excel writes them) are nothing. */
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  assert_text (fixture, "SELECT tags FROM person WHERE name = ?", "陈一", "低保、特困");
  assert_text (fixture, "SELECT address FROM household WHERE number = ?", "0803", "一组10号");

  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 2);
  assert_problem (report, 2, "一组8号", "7", "6", "\"低保,五保\"", NULL);
  assert_problem (report, 3, "2", NULL);
  assert_problem (report, 6, "备用", NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household WHERE number IN ('0801', '0804')"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household WHERE address = '五保'"), ==, 0);

  /* A value under an empty header cell has no column either. */
  g_clear_object (&report);
  report = import_text (fixture, "户号,村民小组,姓名,与户主关系,,住址\n0805,一组,蒋一,户主,迁来,一组12号\n", 0, NULL);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  assert_problem (report, 2, "迁来", "5", NULL);
}

/* A household's rows that disagree about the household (its address,
 * phone, group, tags, head): each is a problem on its line naming both
 * values; the household is not settled on the first row's word. Rows
 * that leave a household column empty, or write the same value another
 * way, agree. */
static void
test_household_conflicts (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *text =
    "户号,村民小组,户主姓名,姓名,与户主关系,住址,户联系电话,户标签\n"
    /* 0901: one address on the head's row only, one phone written two
     * ways, tags in another order: all agree. */
    "0901,一组,韩一,韩一,户主,一组1号,138 1234 5678,低保、残疾\n"
    "0901,一组,,韩二,配偶,,13812345678,残疾；低保\n"
    /* 0902: two addresses. */
    "0902,一组,杨一,杨一,户主,一组2号,,\n"
    "0902,一组,杨一,杨二,子,二组2号,,\n"
    /* 0903: two phones. */
    "0903,一组,朱一,朱一,户主,,13900001111,\n"
    "0903,一组,朱一,朱二,女,,13900002222,\n"
    /* 0904: two groups. */
    "0904,一组,秦一,秦一,户主,,,\n"
    "0904,二组,秦一,秦二,子,,,\n"
    /* 0905: a head's name that is not the head's. */
    "0905,一组,许三,许一,户主,,,\n"
    "0905,一组,许三,许二,配偶,,,\n"
    /* 0906: two sets of tags. */
    "0906,一组,何一,何一,户主,,,低保\n"
    "0906,一组,何一,何二,妻,,,特困\n";
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 5);
  assert_text (fixture, "SELECT address FROM household WHERE number = ?", "0901", "一组1号");
  assert_text (fixture, "SELECT phone FROM household WHERE number = ?", "0901", "13812345678");
  assert_text (fixture, "SELECT tags FROM household WHERE number = ?", "0901", "低保、残疾");

  assert_problem (report, 5, "住址", "二组2号", "一组2号", "4", NULL);
  assert_problem (report, 7, "户联系电话", "13900002222", "13900001111", "6", NULL);
  assert_problem (report, 9, "村民小组", "二组", "一组", "8", NULL);
  assert_problem (report, 10, "户主姓名", "许三", "许一", NULL);
  assert_problem (report, 13, "户标签", "特困", "低保", "12", NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 1);
}

/* The township's form below its table: the totals and the signatures'
 * line are not rows (and after them, the form's notes); a title row
 * above the header is not either. */
static void
test_closing_lines (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *text =
    "临江县白沙镇青山村户籍台账,,,,,导出日期 2026-11-23\n"
    "序号,户号,村民小组,姓名,与户主关系,住址\n"
    "1,1001,一组,吕一,户主,一组1号\n"
    "2,1001,一组,吕二,子,一组1号\n"
    "合计：1户，2人,,,,,\n"
    ",,,,,\n"
    "制表人：　　审核人：　　日期：2026年11月23日,,,,,\n"
    "填表说明：本表由村委会填写。,,,,,\n";
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);
  guint n = 0;
  const guint *lines = cw_import_report_get_skipped_lines (report, &n);

  g_assert_cmpuint (cw_import_report_get_header_line (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 2);
  g_assert_true (cw_import_report_is_complete (report));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (lines[0], ==, 5);
  g_assert_cmpuint (lines[1], ==, 7);
  g_assert_cmpuint (lines[2], ==, 8);

  /* A row with a household after them is a row: it is read, not lost. */
  g_clear_object (&report);
  report = import_text (fixture,
                        "户号,村民小组,姓名,与户主关系\n"
                        "1002,一组,施一,户主\n"
                        "合计：1户\n"
                        "1003,一组,张一,户主\n"
                        "合计不对,,,\n"
                        ",一组,孔一,户主\n",
                        0, NULL);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  assert_problem (report, 6, "户号", NULL);
}

/* Closing lines that fill other cells too (the totals spread over the
 * columns, the signatures in two cells) are the form's when nothing but
 * such lines follows; in the midst of the data such a line is a row and
 * refused on its line, never skipped silently. */
static void
test_closing_lines_filled (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CwImportReport) report =
    import_text (fixture,
                 "户号,村民小组,姓名,与户主关系\n"
                 "1001,一组,吕一,户主\n"
                 "1001,一组,吕二,子\n"
                 "合计,1户,2人,\n"
                 ",,,\n"
                 "制表人：张三,,,审核人：李四\n"
                 "备注：以上信息经本人核实,,,签字\n"
                 "负责人:王五,日期,2026-11-23,\n",
                 0, NULL);
  guint n = 0;
  const guint *lines = cw_import_report_get_skipped_lines (report, &n);

  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 2);
  g_assert_true (cw_import_report_is_complete (report));
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (lines[0], ==, 4);
  g_assert_cmpuint (lines[1], ==, 6);
  g_assert_cmpuint (lines[2], ==, 7);
  g_assert_cmpuint (lines[3], ==, 8);

  g_clear_object (&report);
  report = import_text (fixture,
                        "户号,村民小组,姓名,与户主关系\n"
                        "1002,一组,施一,户主\n"
                        "合计,1户,1人,\n"
                        "小计：,,,\n"
                        "1003,一组,张一,户主\n"
                        "制表人：张三,,,审核人：李四\n",
                        0, NULL);
  lines = cw_import_report_get_skipped_lines (report, &n);
  g_assert_cmpuint (cw_import_report_get_rows_read (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (lines[0], ==, 4);
  g_assert_cmpuint (lines[1], ==, 6);
  assert_problem (report, 3, "closing lines", "rows follow", NULL);
}

static char *
repeated (const char *character,
          guint       n)
{
  GString *text = g_string_sized_new (n * strlen (character));

  for (guint i = 0; i < n; i++)
    g_string_append (text, character);
  return g_string_free (text, FALSE);
}

/* A field longer than any real name, address or note is refused on its
 * line, naming the field and its limit, and nothing of it is kept (an
 * export would cut it at a cell's 32 767 characters). */
static void
test_field_lengths (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *long_name = repeated ("张", 200000);
  g_autofree char *long_address = repeated ("路", 500000);
  g_autofree char *name_50 = repeated ("李", 50);
  g_autofree char *address_200 = repeated ("路", 200);
  g_autofree char *notes_501 = repeated ("注", 501);
  g_autofree char *text =
    g_strdup_printf ("户号,村民小组,姓名,与户主关系,住址,备注\n"
                     "1001,一组,%s,户主,一组1号,\n"
                     "1002,一组,王二,户主,%s,\n"
                     "1003,一组,%s,户主,%s,\n"
                     "1004,一组,赵四,户主,一组4号,%s\n",
                     long_name, long_address, name_50, address_200, notes_501);
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 3);
  assert_problem (report, 2, "Name", "50", "200000", NULL);
  assert_problem (report, 3, "Address", "200", "500000", NULL);
  assert_problem (report, 5, "Notes", "500", "501", NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM household"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT max(length(name)) FROM person"), ==, 50);
}

/* What Excel does to numbers, told as that: a phone in scientific
 * notation is refused saying so, and the apostrophe Excel puts before a
 * number typed as text is not part of the 户号, ID number or phone. */
static void
test_excel_numbers (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = import_test_valid_id ("43042119800101001");
  g_autofree char *text =
    g_strdup_printf ("户号,村民小组,姓名,与户主关系,身份证号,联系电话,户联系电话\n"
                     "'010001,一组,甲一,户主,'%s,'13812345678,' 13812345678\n"
                     "010001,一组,甲二,子,,,\n"
                     "010002,一组,乙一,户主,,1.38123E+10,\n"
                     "010003,一组,丙一,户主,,,1.38123E+10\n",
                     id);
  g_autoptr(CwImportReport) report = import_text (fixture, text, 0, NULL);
  g_autofree char *stored_id = NULL;

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 2);
  assert_problem (report, 4, "联系电话", "1.38123E+10", "Excel", "scientific notation", "as text", NULL);
  assert_problem (report, 5, "户联系电话", "1.38123E+10", "Excel", "scientific notation", "as text", NULL);
  assert_text (fixture, "SELECT phone FROM household WHERE number = ?", "010001", "13812345678");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM person"), ==, 2);
  stored_id = import_test_query_text (fixture->db, "SELECT id_number FROM person WHERE name = ?", "甲一");
  g_assert_cmpstr (stored_id, ==, id);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/import-columns/templates", test_templates);
  ADD ("/import-columns/unknown-column", test_unknown_column);
  ADD ("/import-columns/second-cell", test_second_cell);
  ADD ("/import-columns/extra-fields", test_extra_fields);
  ADD ("/import-columns/household-conflicts", test_household_conflicts);
  ADD ("/import-columns/closing-lines", test_closing_lines);
  ADD ("/import-columns/closing-lines-filled", test_closing_lines_filled);
  ADD ("/import-columns/field-lengths", test_field_lengths);
  ADD ("/import-columns/excel-numbers", test_excel_numbers);
#undef ADD

  return g_test_run ();
}
