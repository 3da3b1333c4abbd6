/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-reader"

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-error.h"

static const char *const required[] = { "户主姓名", "身份证号", NULL };
static const char *const known[] = { "性别", "电话", "备注", NULL };

static CwCsvReader *
reader_for (const char *data,
            gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  CwCsvReader *reader = cw_csv_reader_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static char *
reader_error_for (const char *data,
                  gssize      length,
                  int         code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  CwCsvReader *reader = cw_csv_reader_new_from_bytes (bytes, &error);

  g_assert_null (reader);
  g_assert_error (error, CW_ERROR, code);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

static void
assert_message_has (const char *message,
                    const char *part)
{
  if (strstr (message, part) == NULL)
    g_error ("“%s” does not mention “%s”", message, part);
}

static void
find_header (CwCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_csv_reader_find_header (reader, required, known, &error));
  g_assert_no_error (error);
}

static void
next (CwCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
assert_end (CwCsvReader *reader)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cw_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 0);
  g_assert_null (cw_csv_reader_get (reader, "户主姓名"));
}

#define SIMPLE "户主姓名,身份证号,性别\n张三,11010519491231002X,男\n李四,430421199001011234,女\n"

static void
check_simple (CwCsvReader *reader)
{
  find_header (reader);
  g_assert_cmpuint (cw_csv_reader_get_header_line (reader), ==, 1);

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "张三");
  g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "11010519491231002X");
  g_assert_cmpstr (cw_csv_reader_get (reader, "性别"), ==, "男");
  /* Known, but not in this file. */
  g_assert_null (cw_csv_reader_get (reader, "电话"));

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "李四");

  assert_end (reader);
}

static void
test_utf8 (void)
{
  g_autoptr(CwCsvReader) reader = reader_for (SIMPLE, -1);

  g_assert_cmpstr (cw_csv_reader_get_encoding (reader), ==, "UTF-8");
  g_assert_cmpint (cw_csv_reader_get_separator (reader), ==, ',');
  check_simple (reader);
  g_assert_cmpstr (cw_csv_reader_get_unknown_columns (reader)[0], ==, NULL);
}

static void
test_utf8_bom (void)
{
  g_autoptr(CwCsvReader) reader = reader_for ("\xEF\xBB\xBF" SIMPLE, -1);

  g_assert_cmpstr (cw_csv_reader_get_encoding (reader), ==, "UTF-8 (BOM)");
  /* The BOM must not stick to the first header name. */
  check_simple (reader);
}

static void
test_gb18030 (void)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (SIMPLE, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(CwCsvReader) reader = NULL;

  g_assert_no_error (error);
  /* Make sure the data really is not UTF-8, or the test proves nothing. */
  g_assert_false (g_utf8_validate (gb, length, NULL));

  reader = reader_for (gb, length);
  g_assert_cmpstr (cw_csv_reader_get_encoding (reader), ==, "GB18030");
  check_simple (reader);
}

static void
test_gb18030_rare (void)
{
  /* 䶮 (U+4DAE, in a name made famous in 2021) is outside GBK: GB18030
   * writes it in four bytes. */
  static const char utf8[] = "户主姓名,身份证号\n刘䶮,11010519491231002X\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(CwCsvReader) reader = NULL;

  g_assert_no_error (error);
  reader = reader_for (gb, length);
  find_header (reader);
  next (reader);
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "刘䶮");
}

static void
test_utf16 (void)
{
  static const char *const encodings[] = { "UTF-16LE", "UTF-16BE" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize length = 0;
      gsize length_no_bom = 0;
      /* g_convert() writes U+FEFF as the BOM of the target encoding. */
      g_autofree char *utf16 = g_convert ("\xEF\xBB\xBF" SIMPLE, -1, encodings[i], "UTF-8",
                                          NULL, &length, &error);
      g_autofree char *no_bom = g_convert (SIMPLE, -1, encodings[i], "UTF-8",
                                           NULL, &length_no_bom, NULL);
      g_autoptr(CwCsvReader) reader = NULL;
      g_autoptr(CwCsvReader) reader_no_bom = NULL;

      g_assert_no_error (error);
      reader = reader_for (utf16, length);
      g_assert_cmpstr (cw_csv_reader_get_encoding (reader), ==, encodings[i]);
      check_simple (reader);

      reader_no_bom = reader_for (no_bom, length_no_bom);
      g_assert_cmpstr (cw_csv_reader_get_encoding (reader_no_bom), ==, encodings[i]);
      check_simple (reader_no_bom);
    }
}

static void
test_invalid_bytes (void)
{
  g_autofree char *message = NULL;

  message = reader_error_for ("户主姓名,身份证号\n\xFF\xFF\n", -1, CW_ERROR_INVALID);
  assert_message_has (message, "Line 2");
  assert_message_has (message, "GB18030");
  g_clear_pointer (&message, g_free);

  /* Good UTF-8 Chinese text for two lines, then a broken byte. */
  message = reader_error_for ("户主姓名,身份证号\r\n张三,1\r\n李四,\xFF\xFF 2\r\n", -1, CW_ERROR_INVALID);
  assert_message_has (message, "Line 3");
  g_clear_pointer (&message, g_free);

  /* A BOM promises UTF-8. */
  message = reader_error_for ("\xEF\xBB\xBF" "a,b\n\n\xC3\n", -1, CW_ERROR_INVALID);
  assert_message_has (message, "line 3");
  g_clear_pointer (&message, g_free);

  message = reader_error_for ("a,b\n1,\0\n", 8, CW_ERROR_INVALID);
  assert_message_has (message, "Line 2");
  g_clear_pointer (&message, g_free);

  /* U+0000 in UTF-16 is refused too, not a field cut short (found by
   * tests/fuzz: "a,b\n1,x\0y\n" in UTF-16LE read "x" on line 2). */
  message = reader_error_for ("\377\376a\0,\0b\0\n\0001\0,\0x\0\0\0y\0\n\0", 22, CW_ERROR_INVALID);
  assert_message_has (message, "Line 2");
  g_clear_pointer (&message, g_free);

  message = reader_error_for ("PK\003\004\024\000\006\000", 8, CW_ERROR_INVALID);
  assert_message_has (message, "workbook");
}

static void
test_quoted (void)
{
  g_autoptr(CwCsvReader) reader = reader_for (
    "户主姓名,身份证号,备注\n"
    "\"张三\",\"11010519491231002X\",\"青山村, 一组\"\n"
    "李四,430421199001011234,\"第一行\n"
    "第二行\r\n"
    "第三行\"\n"
    "王五,1,\"他说\"\"好\"\"\"\n"
    "赵六, \"2\" ,\"\"\n"
    "孙七,3,a\"b\n", -1);

  find_header (reader);

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "张三");
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "青山村, 一组");

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "第一行\n第二行\n第三行");

  /* The line numbers count the lines inside the quoted field. */
  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 6);
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "他说\"好\"");

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 7);
  g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "2");
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "");

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 8);
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "a\"b");

  assert_end (reader);
}

static void
test_line_endings (void)
{
  static const char *const files[] = {
    "户主姓名,身份证号\r\n张三,1\r\n\r\n李四,2\r\n\r\n\r\n",
    "户主姓名,身份证号\n张三,1\n\n李四,2\n\n\n",
    "户主姓名,身份证号\r张三,1\r\r李四,2\r\r\r",
    "户主姓名,身份证号\r\n张三,1\n\r李四,2",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(CwCsvReader) reader = reader_for (files[i], -1);

      find_header (reader);
      next (reader);
      g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 2);
      g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "1");
      next (reader);
      g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 4);
      g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "李四");
      g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "2");
      assert_end (reader);
    }
}

static void
test_title_row (void)
{
  /* Our own export, saved as CSV by Excel: a title in A1, the rest of its
   * row empty, then the header. */
  g_autoptr(CwCsvReader) reader = reader_for (
    "青山村户籍台账 2026-11-23,,,,\r\n"
    ",,,,\r\n"
    "户主姓名,身份证号,性别,民族,\r\n"
    "张三,11010519491231002X,男,汉族,\r\n", -1);
  const char *const *unknown;

  find_header (reader);
  g_assert_cmpuint (cw_csv_reader_get_header_line (reader), ==, 3);

  unknown = cw_csv_reader_get_unknown_columns (reader);
  g_assert_cmpstr (unknown[0], ==, "民族");
  g_assert_null (unknown[1]);

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 4);
  g_assert_cmpstr (cw_csv_reader_get (reader, "民族"), ==, "汉族");
  g_assert_cmpuint (cw_csv_reader_get_n_fields (reader), ==, 5);
  g_assert_cmpstr (cw_csv_reader_get_field (reader, 0), ==, "张三");
  g_assert_null (cw_csv_reader_get_field (reader, 5));
  assert_end (reader);
}

static void
test_missing_column (void)
{
  g_autoptr(CwCsvReader) reader = reader_for ("标题\n户主姓名,性别\n张三,男\n", -1);
  g_autoptr(CwCsvReader) none = reader_for ("a,b\n1,2\n", -1);
  g_autoptr(GError) error = NULL;

  g_assert_false (cw_csv_reader_find_header (reader, required, known, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  assert_message_has (error->message, "“身份证号”");
  assert_message_has (error->message, "line 2");
  g_assert_null (strstr (error->message, "“户主姓名”"));
  g_clear_error (&error);

  g_assert_false (cw_csv_reader_find_header (none, required, known, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  assert_message_has (error->message, "“户主姓名”, “身份证号”");
}

static void
test_header_too_far (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(CwCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint i;

  for (i = 0; i < 20; i++)
    g_string_append_printf (data, "说明 %u,\n", i);
  g_string_append (data, "户主姓名,身份证号\n张三,1\n");

  reader = reader_for (data->str, data->len);
  g_assert_false (cw_csv_reader_find_header (reader, required, known, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

static void
test_duplicate_header (void)
{
  g_autoptr(CwCsvReader) reader = reader_for ("户主姓名,身份证号,电话,电话\n张三,1,2,3\n", -1);
  g_autoptr(GError) error = NULL;

  g_assert_false (cw_csv_reader_find_header (reader, required, known, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  assert_message_has (error->message, "“电话”");
  assert_message_has (error->message, "line 1");
}

static void
test_empty_file (void)
{
  static const char *const files[] = { "", "\n\n", "\n \u3000\n\t\n\r\n", ",,,\n,,,", "\xEF\xBB\xBF" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(CwCsvReader) reader = reader_for (files[i], -1);
      g_autoptr(GError) error = NULL;

      g_assert_false (cw_csv_reader_find_header (reader, required, known, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_EMPTY_FILE);
    }
}

static void
test_separators (void)
{
  g_autoptr(CwCsvReader) tabs = reader_for (
    "青山村 2026\n户主姓名\t身份证号\t备注\n张三\t11010519491231002X\t一,二\n", -1);
  g_autoptr(CwCsvReader) semicolons = reader_for (
    "户主姓名;身份证号;备注\n张三;11010519491231002X;\"一;二\"\n", -1);
  /* More commas than tabs in the text, but the header is tab-separated. */
  g_autoptr(CwCsvReader) misleading = reader_for (
    "说明：a,b,c,d,e,f,g\n户主姓名\t身份证号\n张三\t1\n", -1);

  g_assert_cmpint (cw_csv_reader_get_separator (tabs), ==, '\t');
  find_header (tabs);
  next (tabs);
  g_assert_cmpstr (cw_csv_reader_get (tabs, "备注"), ==, "一,二");

  find_header (semicolons);
  g_assert_cmpint (cw_csv_reader_get_separator (semicolons), ==, ';');
  next (semicolons);
  g_assert_cmpstr (cw_csv_reader_get (semicolons, "备注"), ==, "一;二");

  g_assert_cmpint (cw_csv_reader_get_separator (misleading), ==, ',');
  find_header (misleading);
  g_assert_cmpint (cw_csv_reader_get_separator (misleading), ==, '\t');
  next (misleading);
  g_assert_cmpstr (cw_csv_reader_get (misleading, "身份证号"), ==, "1");
}

static void
test_trimming (void)
{
  g_autoptr(CwCsvReader) reader = reader_for (
    " 户主姓名 ,\u3000身份证号\u3000,备注\n"
    "\u3000张 三\u00A0,\t11010519491231002X ,\" 有空格 \"\n"
    " , \u3000 ,\n"
    ",,\n"
    "李四\n", -1);

  find_header (reader);
  next (reader);
  /* Inside a field, spaces stay. */
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "张 三");
  g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "11010519491231002X");
  g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, "有空格");

  /* Blank rows are skipped; a short row gives "" for the missing fields. */
  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 5);
  g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, "李四");
  g_assert_cmpstr (cw_csv_reader_get (reader, "身份证号"), ==, "");
  g_assert_null (cw_csv_reader_get (reader, "不存在"));
  assert_end (reader);
}

/* A record's fields share one buffer that grows as the record is read:
 * every field of every length, trimmed or quoted, must come back whole
 * however the buffer moved while its record was read. Each record has a
 * reader of its own (a buffer growing from nothing), and the copies kept
 * between them leave the heap no room to grow it in place. */
static void
test_fields_of_every_length (void)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);

  for (guint length = 1; length <= 300; length++)
    for (guint form = 0; form < 3; form++)
      {
        g_autoptr(GString) value = g_string_new (NULL);
        g_autoptr(CwCsvReader) reader = NULL;
        g_autofree char *csv = NULL;

        for (guint i = 0; i < length; i++)
          g_string_append_c (value, (char) ('a' + (length + i) % 26));
        /* Plain, with blanks about it, quoted after a blank. */
        csv = g_strdup_printf (form == 0 ? "户主姓名,身份证号,备注\n%s,%u,%s\n"
                               : form == 1 ? "户主姓名,身份证号,备注\n %s ,%u,\u3000%s \n"
                               : "户主姓名,身份证号,备注\n \"%s\",%u,\"%s\"\n",
                               value->str, length, value->str);
        reader = reader_for (csv, -1);
        find_header (reader);
        next (reader);
        g_assert_cmpstr (cw_csv_reader_get (reader, "户主姓名"), ==, value->str);
        g_assert_cmpuint (strtoul (cw_csv_reader_get (reader, "身份证号"), NULL, 10), ==, length);
        g_assert_cmpstr (cw_csv_reader_get (reader, "备注"), ==, value->str);
        g_ptr_array_add (kept, g_strdup (cw_csv_reader_get (reader, "备注")));
        assert_end (reader);
      }
}

static void
test_unclosed_quote (void)
{
  g_autoptr(CwCsvReader) reader = reader_for (
    "户主姓名,身份证号\n张三,1\n李四,\"2\n王五,3\n", -1);
  g_autoptr(GError) error = NULL;

  find_header (reader);
  next (reader);
  g_assert_false (cw_csv_reader_next (reader, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  assert_message_has (error->message, "Line 3");
  g_clear_error (&error);

  /* The broken record is reported once, then the reader is at its end. */
  assert_end (reader);
}

static void
test_no_header (void)
{
  g_autoptr(CwCsvReader) reader = reader_for ("a,b\n\n1,\"2,3\"\n", -1);

  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 1);
  g_assert_cmpuint (cw_csv_reader_get_n_fields (reader), ==, 2);
  g_assert_cmpstr (cw_csv_reader_get_field (reader, 1), ==, "b");
  g_assert_null (cw_csv_reader_get (reader, "a"));
  next (reader);
  g_assert_cmpuint (cw_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpstr (cw_csv_reader_get_field (reader, 1), ==, "2,3");
  assert_end (reader);
}

static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(CwCsvReader) reader = NULL;
  g_autoptr(CwCsvReader) bad = NULL;
  int fd;

  fd = g_file_open_tmp ("cunwu-test-XXXXXX.csv", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);

  g_assert_true (g_file_set_contents (path, SIMPLE, -1, &error));
  reader = cw_csv_reader_new_from_file (path, &error);
  g_assert_no_error (error);
  check_simple (reader);

  g_assert_true (g_file_set_contents (path, "a\n\xFF\xFF", -1, &error));
  bad = cw_csv_reader_new_from_file (path, &error);
  g_assert_null (bad);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_test_message ("%s", error->message);
  assert_message_has (error->message, "cunwu-test-");
  assert_message_has (error->message, "Line 2");
  g_clear_error (&error);

  g_unlink (path);
  missing = g_strdup (path);
  bad = cw_csv_reader_new_from_file (missing, &error);
  g_assert_null (bad);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_test_message ("%s", error->message);
}

static void
test_excel_number (void)
{
  g_assert_true (cw_csv_looks_like_excel_number ("4.30421E+17"));
  g_assert_true (cw_csv_looks_like_excel_number ("4.30421e+17"));
  g_assert_true (cw_csv_looks_like_excel_number ("1.38123E+10"));
  g_assert_true (cw_csv_looks_like_excel_number ("1E5"));
  g_assert_true (cw_csv_looks_like_excel_number ("-2.5E-3"));

  g_assert_false (cw_csv_looks_like_excel_number ("430421199001011234"));
  g_assert_false (cw_csv_looks_like_excel_number ("11010519491231002X"));
  g_assert_false (cw_csv_looks_like_excel_number ("E5"));
  g_assert_false (cw_csv_looks_like_excel_number ("4.3E"));
  g_assert_false (cw_csv_looks_like_excel_number ("4.3E+"));
  g_assert_false (cw_csv_looks_like_excel_number ("4.3E+17x"));
  g_assert_false (cw_csv_looks_like_excel_number ("."));
  g_assert_false (cw_csv_looks_like_excel_number (""));
  g_assert_false (cw_csv_looks_like_excel_number (NULL));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/utf8", test_utf8);
  g_test_add_func ("/csv-reader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv-reader/gb18030", test_gb18030);
  g_test_add_func ("/csv-reader/gb18030-rare", test_gb18030_rare);
  g_test_add_func ("/csv-reader/utf16", test_utf16);
  g_test_add_func ("/csv-reader/invalid-bytes", test_invalid_bytes);
  g_test_add_func ("/csv-reader/quoted", test_quoted);
  g_test_add_func ("/csv-reader/line-endings", test_line_endings);
  g_test_add_func ("/csv-reader/title-row", test_title_row);
  g_test_add_func ("/csv-reader/missing-column", test_missing_column);
  g_test_add_func ("/csv-reader/header-too-far", test_header_too_far);
  g_test_add_func ("/csv-reader/duplicate-header", test_duplicate_header);
  g_test_add_func ("/csv-reader/empty-file", test_empty_file);
  g_test_add_func ("/csv-reader/separators", test_separators);
  g_test_add_func ("/csv-reader/trimming", test_trimming);
  g_test_add_func ("/csv-reader/fields-of-every-length", test_fields_of_every_length);
  g_test_add_func ("/csv-reader/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv-reader/no-header", test_no_header);
  g_test_add_func ("/csv-reader/file", test_file);
  g_test_add_func ("/csv-reader/excel-number", test_excel_number);

  return g_test_run ();
}
