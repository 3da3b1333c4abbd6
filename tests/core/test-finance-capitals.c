/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-capitals"

/* Money as the disclosure writes it: amounts read as an agency's file or a
 * clerk types them, shown to the fen, and in Chinese capitals (大写) with
 * 零 and 整 where the payment rules put them. */

#include "config.h"

#include <string.h>

#include "core/common/cw-error.h"
#include "core/common/cw-money.h"

#include "cw-test-core.h"

static void
test_capitals (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 5, "伍分" },
    { 1000, "壹拾元整" },
    { 10000010, "壹拾万元零壹角" },
    { G_GINT64_CONSTANT (100000000001), "壹拾亿元零壹分" },
    { 1002000, "壹万零贰拾元整" },
    { 1234567, "壹万贰仟叁佰肆拾伍元陆角柒分" },
    { 0, "零元整" },
    { 168032, "壹仟陆佰捌拾元零叁角贰分" },
    { 105, "壹元零伍分" },
    { 50, "伍角" },
    { 1005, "壹拾元零伍分" },
    { 10100, "壹佰零壹元整" },
    { G_GINT64_CONSTANT (10001000000), "壹亿零壹万元整" },
    { G_GINT64_CONSTANT (10000000100), "壹亿零壹元整" },
    { G_GINT64_CONSTANT (101000000000), "壹拾亿壹仟万元整" },
    { G_GINT64_CONSTANT (100000000000000), "壹万亿元整" },
    { G_GINT64_CONSTANT (100010000000000), "壹万零壹亿元整" },
    { 100100, "壹仟零壹元整" },
    { -300, "负叁元整" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cw_money_capitals (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_amounts (void)
{
  static const struct { const char *text; gint64 fen; } good[] = {
    { "1,234.50", 123450 }, { "1234.5", 123450 }, { "¥1,234.50", 123450 }, { "￥１２３４．５", 123450 },
    { "1234元", 123400 }, { "0.05", 5 }, { "1,234,567.89", 123456789 }, { " 12 ", 1200 },
    { "9,999,999,999.99", CW_MONEY_MAX }, { "0", 0 },
  };
  static const char * const bad[] = {
    "1,2.3", "1.234", "12,34", "1234,567", ",123", "1,", "-5", "+5", "", "abc", "1.", ".5", "1e3",
    "10,000,000,000.00", "99999999999999999999999",
  };
  static const struct { gint64 fen; const char *text; } shown[] = {
    { 123450, "1,234.50" }, { -5, "-0.05" }, { 0, "0.00" },
    { G_GINT64_CONSTANT (100000000001), "1,000,000,000.01" }, { 99999, "999.99" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_assert_true (cw_money_parse (good[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, good[i].fen);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_assert_false (cw_money_parse (bad[i], &fen, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      g_assert_cmpint (fen, ==, -1);
    }
  /* A minus sign is said to be one, and how a wrong entry is righted,
   * rather than "not an amount". */
  {
    g_autoptr(GError) error = NULL;
    gint64 fen = -1;

    g_assert_false (cw_money_parse ("-100", &fen, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_assert_true (strstr (error->message, "minus") != NULL || strstr (error->message, "负") != NULL);
  }
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = cw_money_format (shown[i].fen);
      g_assert_cmpstr (text, ==, shown[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/finance/capitals", test_capitals);
  g_test_add_func ("/finance/amounts", test_amounts);

  return g_test_run ();
}
