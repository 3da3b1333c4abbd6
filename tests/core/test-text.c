/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include "core/common/cw-error.h"
#include "core/common/cw-text.h"

static void
test_clean_line (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "０１０００１", "010001" },
    { " 张\u200B三 ", "张三" },
    { "张\u200C\u200D\u2060\uFEFF\u00AD三", "张三" },
    { "\u202A王五\u202C", "王五" },
    { "阿卜杜·热合曼", "阿卜杜·热合曼" },
    { "第一\u3000\u3000组", "第一 组" },
    { "a\t\n b\u00A0c", "a b c" },
    { "ＨＪ０１", "HJ01" },
    { "hj01", "hj01" },
    { "\uF900", "\u8C48" },     /* a compatibility ideograph becomes the unified one */
    { "e\u200B\u0301", "\u00E9" },   /* no invisible between a letter and its accent */
    { "", "" },
    { "\u200B \u3000", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cw_text_clean_line (cases[i].in);
      g_autofree char *again = cw_text_clean_line (out);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpstr (again, ==, out);
      if (cases[i].in != NULL && cw_text_is_clean_line (cases[i].in))
        g_assert_cmpstr (cases[i].in, ==, out);
    }
}

static void
test_normalize_key (void)
{
  const char *same[] = { "hj01", "ＨＪ０１", " Hj01\u200B", "ｈｊ０１", "HJ01" };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *key = cw_text_normalize_key (same[i]);
      g_assert_cmpstr (key, ==, "HJ01");
    }
  {
    g_autofree char *id = cw_text_normalize_key ("11010519491231002ｘ");
    g_assert_cmpstr (id, ==, "11010519491231002X");
  }
}

static void
test_is_clean_line (void)
{
  g_assert_true (cw_text_is_clean_line (""));
  g_assert_true (cw_text_is_clean_line ("zs"));
  g_assert_true (cw_text_is_clean_line ("张三 010001"));
  g_assert_false (cw_text_is_clean_line (" zs"));
  g_assert_false (cw_text_is_clean_line ("zs "));
  g_assert_false (cw_text_is_clean_line ("z  s"));
  g_assert_false (cw_text_is_clean_line ("０１"));
  g_assert_false (cw_text_is_clean_line ("张\u200B三"));
}

static void
test_parse_integer (void)
{
  const struct { const char *text; gint64 value; } good[] = {
    { "20", 20 }, { "０１０", 10 }, { " 7 ", 7 }, { "+3", 3 }, { "-5", -5 }, { "１００", 100 },
    { "9223372036854775807", G_MAXINT64 }, { "-9223372036854775808", G_MININT64 },
  };
  const char *not_numbers[] = { "1e9", "0x10", "1.5", "1,000", "", "  ", "-", "12a", "五", NULL };
  const char *out_of_range[] = { "9223372036854775808", "99999999999999999999", "-9223372036854775809" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 0;

      g_assert_true (cw_text_parse_integer (good[i].text, G_MININT64, G_MAXINT64, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 42;

      g_assert_false (cw_text_parse_integer (not_numbers[i], G_MININT64, G_MAXINT64, &value, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      g_assert_cmpint (value, ==, 42);
    }
  for (guint i = 0; i < G_N_ELEMENTS (out_of_range); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 42;

      g_assert_false (cw_text_parse_integer (out_of_range[i], G_MININT64, G_MAXINT64, &value, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      g_assert_cmpint (value, ==, 42);
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 value = 0;

    g_assert_false (cw_text_parse_integer ("0", 1, 10, &value, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (cw_text_parse_integer ("-0", 1, 10, &value, &error));
    g_clear_error (&error);
    g_assert_false (cw_text_parse_integer ("11", 1, 10, &value, &error));
    g_clear_error (&error);
    g_assert_true (cw_text_parse_integer ("10", 1, 10, &value, &error));
    g_assert_cmpint (value, ==, 10);
  }
}

/* 一式三份: small counts in Chinese numerals, as a document writes them. */
static void
test_count_in_hanzi (void)
{
  static const struct
  {
    guint       n;
    const char *text;
  } cases[] = {
    { 1, "一" }, { 3, "三" }, { 9, "九" }, { 10, "十" }, { 13, "十三" }, { 20, "二十" },
    { 21, "二十一" }, { 99, "九十九" }, { 100, "100" }, { 0, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cw_text_count_in_hanzi (cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/clean-line", test_clean_line);
  g_test_add_func ("/text/normalize-key", test_normalize_key);
  g_test_add_func ("/text/is-clean-line", test_is_clean_line);
  g_test_add_func ("/text/parse-integer", test_parse_integer);
  g_test_add_func ("/text/count-in-hanzi", test_count_in_hanzi);

  return g_test_run ();
}
