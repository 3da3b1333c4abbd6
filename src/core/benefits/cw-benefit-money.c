/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-money"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-money.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"

/* Drops what a clerk writes around a figure: the yuan sign (¥ and ￥ are
 * one after NFKC), 元, spaces and thousands commas. */
static char *
bare_figure (const char *text)
{
  g_autofree char *clean = cw_text_clean_line (text);
  GString *out = g_string_new (NULL);
  const char *p = clean;

  if (g_str_has_prefix (p, "¥"))
    p += strlen ("¥");
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == ',' || *p == ' ')
        continue;
      if (g_str_has_prefix (p, "元") && p[strlen ("元")] == '\0')
        break;
      g_string_append_unichar (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

gboolean
cw_benefit_money_parse (const char  *text,
                        gint64       max,
                        gint64      *fen,
                        GError     **error)
{
  g_autofree char *bare = bare_figure (text != NULL ? text : "");
  const char *dot = strchr (bare, '.');
  g_autofree char *whole = g_strndup (bare, dot != NULL ? (gsize) (dot - bare) : strlen (bare));
  gint64 yuan = 0, cents = 0;
  g_autoptr(GError) local = NULL;

  if (bare[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("write the amount, e.g. 100 or 100.50."));
      return FALSE;
    }
  if (whole[0] == '-')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("an amount cannot be negative."));
      return FALSE;
    }
  for (const char *c = whole; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      goto not_a_number;
  if (whole[0] != '\0' && !cw_text_parse_integer (whole, 0, max / 100, &yuan, &local))
    {
      g_autofree char *most = cw_benefit_money_format (max);
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("an amount is at most ¥%s."), most);
      return FALSE;
    }
  if (dot != NULL)
    {
      const char *d = dot + 1;
      gsize n = strlen (d);

      if (n == 0 && whole[0] == '\0')
        goto not_a_number;
      if (n > 2)
        {
          g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                               _("an amount has at most two decimals (fen)."));
          return FALSE;
        }
      for (gsize i = 0; i < n; i++)
        if (!g_ascii_isdigit (d[i]))
          goto not_a_number;
      cents = (n > 0 ? (d[0] - '0') * 10 : 0) + (n > 1 ? d[1] - '0' : 0);
    }
  if (yuan * 100 + cents > max)
    {
      g_autofree char *most = cw_benefit_money_format (max);
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("an amount is at most ¥%s."), most);
      return FALSE;
    }
  *fen = yuan * 100 + cents;
  return TRUE;

not_a_number:
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not an amount; write e.g. 100 or 100.50."), text);
  return FALSE;
}

char *
cw_benefit_money_format (gint64 fen)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (fen / 100));
  GString *out = g_string_new (fen < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ".%02d", (int) ABS (fen % 100));
  return g_string_free (out, FALSE);
}

static const char * const capital_digits[] = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
static const char * const capital_places[] = { "", "拾", "佰", "仟" };
/* Below 10 000: each figure with its place, one 零 for a run of zeros
 * between figures (壹仟零伍, 壹佰零伍), none at the end (壹仟伍佰). */
static void
append_below_10000 (GString *out,
                    guint    value)
{
  static const guint powers[] = { 1000, 100, 10, 1 };
  gboolean zero_pending = FALSE, wrote = FALSE;

  for (int i = 0; i < 4; i++)
    {
      guint digit = value / powers[i] % 10;

      if (digit == 0)
        {
          zero_pending = wrote;
          continue;
        }
      if (zero_pending)
        g_string_append (out, "零");
      g_string_append (out, capital_digits[digit]);
      g_string_append (out, capital_places[3 - i]);
      zero_pending = FALSE;
      wrote = TRUE;
    }
}

/* 亿 and 万 take what stands above them; a rest that does not fill the
 * place below them starts with 零 (壹万零伍元, 壹亿零伍万元). */
static void
append_yuan (GString *out,
             guint64  yuan)
{
  if (yuan >= 100000000)
    {
      guint64 rest = yuan % 100000000;

      append_yuan (out, yuan / 100000000);
      g_string_append (out, "亿");
      if (rest > 0 && rest < 10000000)
        g_string_append (out, "零");
      if (rest > 0)
        append_yuan (out, rest);
    }
  else if (yuan >= 10000)
    {
      guint rest = (guint) (yuan % 10000);

      append_below_10000 (out, (guint) (yuan / 10000));
      g_string_append (out, "万");
      if (rest > 0 && rest < 1000)
        g_string_append (out, "零");
      if (rest > 0)
        append_below_10000 (out, rest);
    }
  else
    append_below_10000 (out, (guint) yuan);
}

char *
cw_benefit_money_capitals (gint64 fen)
{
  GString *out = g_string_new (fen < 0 ? "负" : "");
  guint64 value = fen < 0 ? (guint64) -(fen + 1) + 1 : (guint64) fen;
  guint64 yuan = value / 100;
  guint jiao = (guint) (value / 10 % 10), cents = (guint) (value % 10);

  if (value == 0)
    {
      g_string_append (out, "零元整");
      return g_string_free (out, FALSE);
    }
  if (yuan > 0)
    {
      append_yuan (out, yuan);
      g_string_append (out, "元");
    }
  if (jiao == 0 && cents == 0)
    g_string_append (out, "整");
  else
    {
      if (jiao > 0)
        g_string_append_printf (out, "%s角", capital_digits[jiao]);
      else if (yuan > 0)
        g_string_append (out, "零");
      if (cents > 0)
        g_string_append_printf (out, "%s分", capital_digits[cents]);
    }
  return g_string_free (out, FALSE);
}
