/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-quarter"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"

static const char *chinese_digits[] = { "", "一", "二", "三", "四" };

gboolean
cw_quarter_parse (const char  *text,
                  char       **quarter,
                  GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = trimmed;
  int year = 0, number = 0;

  for (int i = 0; i < 4 && g_ascii_isdigit (*p); i++, p++)
    year = year * 10 + (*p - '0');
  if (p - trimmed == 4)
    {
      if (*p == '-')
        p++;
      if (*p == 'Q' || *p == 'q')
        p++;
      if (g_str_has_prefix (p, "年第"))
        {
          p += strlen ("年第");
          for (int i = 1; i <= 4 && number == 0; i++)
            if (g_str_has_prefix (p, chinese_digits[i]))
              {
                number = i;
                p += strlen (chinese_digits[i]);
              }
          if (number == 0 && *p >= '1' && *p <= '4')
            number = *p++ - '0';
          if (g_str_has_prefix (p, "季度"))
            p += strlen ("季度");
          else
            number = 0;
        }
      else if (*p >= '1' && *p <= '4')
        number = *p++ - '0';
    }

  if (year < 1900 || number == 0 || *p != '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a quarter; write it as 2026Q3."), trimmed);
      return FALSE;
    }
  *quarter = g_strdup_printf ("%04dQ%d", year, number);
  return TRUE;
}

char *
cw_quarter_of_date (const char *date)
{
  GDate parsed;

  if (!cw_date_parse (date, &parsed, NULL))
    return NULL;
  return g_strdup_printf ("%04uQ%u", g_date_get_year (&parsed), (g_date_get_month (&parsed) + 2) / 3);
}

char *
cw_quarter_current (void)
{
  g_autofree char *today = cw_date_today_text ();

  return cw_quarter_of_date (today);
}

void
cw_quarter_bounds (const char  *quarter,
                   char       **first_day,
                   char       **last_day)
{
  int year = atoi (quarter);
  int number = quarter[5] - '0';
  static const char *last[] = { "", "03-31", "06-30", "09-30", "12-31" };

  if (first_day != NULL)
    *first_day = g_strdup_printf ("%04d-%02d-01", year, (number - 1) * 3 + 1);
  if (last_day != NULL)
    *last_day = g_strdup_printf ("%04d-%s", year, last[number]);
}

char *
cw_quarter_first_of_year (const char *quarter)
{
  return g_strdup_printf ("%.4sQ1", quarter);
}

char *
cw_quarter_previous (const char *quarter)
{
  int year = atoi (quarter);
  int number = quarter[5] - '0';

  if (number == 1)
    return g_strdup_printf ("%04dQ4", year - 1);
  return g_strdup_printf ("%04dQ%d", year, number - 1);
}

char *
cw_quarter_label (const char *quarter)
{
  int year = atoi (quarter);
  int number = quarter[5] - '0';
  /* Chinese writes the quarter's number in words: 第三季度. */
  const char *words[] = { "", C_("quarter", "1"), C_("quarter", "2"), C_("quarter", "3"), C_("quarter", "4") };

  if (number < 1 || number > 4)
    return g_strdup (quarter);
  /* Translators: a quarter in titles: %1$d the year, %2$s the quarter's
   * number as translated with context "quarter"; e.g. 2026年第三季度. */
  return g_strdup_printf (_("Q%2$s %1$d"), year, words[number]);
}
