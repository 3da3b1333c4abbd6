/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-money"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"

static gboolean
refuse (const char  *text,
        GError     **error)
{
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not an amount of money; write it as 1234.50 or 1,234.50, at most two decimals."),
               text);
  return FALSE;
}

static void
drop_prefix (char       **p,
             const char  *prefix)
{
  if (g_str_has_prefix (*p, prefix))
    *p += strlen (prefix);
}

gboolean
cw_money_parse (const char  *text,
                gint64      *fen,
                GError     **error)
{
  /* NFKC makes ￥ a ¥, full-width digits and commas ASCII. */
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");
  char *p = clean;
  char *end;
  gint64 yuan = 0, cents = 0;
  guint digits = 0, group = 0, decimals = 0;
  gboolean grouped = FALSE;

  drop_prefix (&p, "¥");
  drop_prefix (&p, "RMB");
  while (*p == ' ')
    p++;
  end = p + strlen (p);
  if (end - p >= (gssize) strlen ("元") && g_str_has_suffix (p, "元"))
    end -= strlen ("元");
  while (end > p && end[-1] == ' ')
    end--;
  if (p == end)
    return refuse (text, error);
  /* A sum of money here is never less than nothing: a minus sign says
   * the clerk means to take something back, which is done otherwise. */
  if (*p == '-' || g_str_has_prefix (p, "−"))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is less than nothing: write the amount without a minus sign (a wrong entry is "
                     "taken back by reversing it)."),
                   text);
      return FALSE;
    }

  for (; p < end && *p != '.'; p++)
    {
      if (*p == ',')
        {
          /* Commas only between groups of three: 1,2.3 and 12,34 are refused. */
          if (digits == 0 || (grouped && group != 3) || (!grouped && group > 3))
            return refuse (text, error);
          grouped = TRUE;
          group = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return refuse (text, error);
      /* Past the largest amount the digits are still read, so that the
       * message says too large rather than not a number. */
      if (yuan <= CW_MONEY_MAX)
        yuan = yuan * 10 + (*p - '0');
      digits++;
      group++;
    }
  if (digits == 0 || (grouped && group != 3))
    return refuse (text, error);
  if (p < end)
    {
      for (p++; p < end; p++)
        {
          if (!g_ascii_isdigit (*p) || ++decimals > 2)
            return refuse (text, error);
          cents = cents * 10 + (*p - '0');
        }
      if (decimals == 0)
        return refuse (text, error);
      if (decimals == 1)
        cents *= 10;
    }
  if (yuan > CW_MONEY_MAX / 100 ||
      yuan * 100 + cents > CW_MONEY_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("%s is more than one entry can hold (¥9,999,999,999.99)."), text);
      return FALSE;
    }
  *fen = yuan * 100 + cents;
  return TRUE;
}

char *
cw_money_format (gint64 fen)
{
  guint64 magnitude = fen < 0 ? (guint64) 0 - (guint64) fen : (guint64) fen;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  GString *out = g_string_new (fen < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ".%02u", (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

static const char * const numerals[] = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };

/* 1…9999, with one 零 for each run of zeros between digits. */
static void
append_four (GString *out,
             guint    n)
{
  static const char * const places[] = { "仟", "佰", "拾", "" };
  guint divisor = 1000;
  gboolean started = FALSE, zero = FALSE;

  for (guint i = 0; i < 4; i++, divisor /= 10)
    {
      guint digit = (n / divisor) % 10;

      if (digit == 0)
        {
          zero = started;
          continue;
        }
      if (zero)
        g_string_append (out, numerals[0]);
      g_string_append (out, numerals[digit]);
      g_string_append (out, places[i]);
      started = TRUE;
      zero = FALSE;
    }
}

/* A whole number of yuan above 0: groups of four under 万 and 亿 (亿
 * stacks: 壹万亿), and a 零 where a group starts below its place. */
static void
append_whole (GString *out,
              guint64  n)
{
  if (n >= 100000000)
    {
      guint64 low = n % 100000000;

      append_whole (out, n / 100000000);
      g_string_append (out, "亿");
      if (low == 0)
        return;
      if (low < 10000000)
        g_string_append (out, numerals[0]);
      append_whole (out, low);
      return;
    }
  if (n >= 10000)
    {
      guint low = (guint) (n % 10000);

      append_four (out, (guint) (n / 10000));
      g_string_append (out, "万");
      if (low == 0)
        return;
      if (low < 1000)
        g_string_append (out, numerals[0]);
      append_four (out, low);
      return;
    }
  append_four (out, (guint) n);
}

char *
cw_money_capitals (gint64 fen)
{
  guint64 magnitude = fen < 0 ? (guint64) 0 - (guint64) fen : (guint64) fen;
  guint64 yuan = magnitude / 100;
  guint jiao = (guint) (magnitude / 10 % 10);
  guint cents = (guint) (magnitude % 10);
  GString *out = g_string_new (fen < 0 ? "负" : "");

  if (magnitude == 0)
    {
      g_string_append (out, "零元整");
      return g_string_free (out, FALSE);
    }
  if (yuan > 0)
    {
      append_whole (out, yuan);
      g_string_append (out, "元");
    }
  if (jiao == 0 && cents == 0)
    {
      g_string_append (out, "整");
      return g_string_free (out, FALSE);
    }
  /* One 零 for the zeros between the yuan's last digit and the first of
   * 角分 that is not zero: 壹仟陆佰捌拾元零叁角贰分, 壹元零伍分. */
  if (yuan > 0 && (yuan % 10 == 0 || jiao == 0))
    g_string_append (out, numerals[0]);
  if (jiao > 0)
    g_string_append_printf (out, "%s角", numerals[jiao]);
  if (cents > 0)
    g_string_append_printf (out, "%s分", numerals[cents]);
  return g_string_free (out, FALSE);
}
