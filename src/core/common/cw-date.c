/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-date"

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"

static gboolean
parse_number (const char **p,
              guint        min_digits,
              guint        max_digits,
              guint       *out)
{
  guint value = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < max_digits)
    {
      value = value * 10 + (guint) (**p - '0');
      (*p)++;
      digits++;
    }
  *out = value;
  return digits >= min_digits;
}

/* Skips one separator: - / . or one of 年 月 (the 日 at the end is optional). */
static gboolean
skip_separator (const char **p)
{
  static const char *separators[] = { "-", "/", ".", "年", "月" };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (g_str_has_prefix (*p, separators[i]))
      {
        *p += strlen (separators[i]);
        return TRUE;
      }
  return FALSE;
}

gboolean
cw_date_parse (const char  *text,
               GDate       *out,
               GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = trimmed;
  guint year = 0, month = 0, day = 0;
  gboolean ok;

  g_date_clear (out, 1);

  if (strlen (trimmed) == 8 && strspn (trimmed, "0123456789") == 8)
    {
      /* 20261123, as in ID numbers and many spreadsheets. */
      ok = parse_number (&p, 4, 4, &year) && parse_number (&p, 2, 2, &month) &&
           parse_number (&p, 2, 2, &day) && *p == '\0';
    }
  else
    {
      ok = parse_number (&p, 4, 4, &year) && skip_separator (&p) &&
           parse_number (&p, 1, 2, &month) && skip_separator (&p) &&
           parse_number (&p, 1, 2, &day);
      if (ok && g_str_has_prefix (p, "日"))
        p += strlen ("日");
      ok = ok && *p == '\0';
    }

  if (!ok)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a date; write it as 2026-11-23."), trimmed);
      return FALSE;
    }

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a date that exists."), trimmed);
      return FALSE;
    }

  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

char *
cw_date_format (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/* Called for every row of an import: time() and localtime_r() rather than
 * GDateTime, which on GLib 2.74 re-reads /etc/localtime on every call when
 * TZ is unset (nine system calls a row). */
void
cw_date_today (GDate *out)
{
  time_t now = time (NULL);
  struct tm local;

  localtime_r (&now, &local);
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) local.tm_mday, (GDateMonth) (local.tm_mon + 1),
                  (GDateYear) (local.tm_year + 1900));
}

char *
cw_date_today_text (void)
{
  GDate today;

  cw_date_today (&today);
  return cw_date_format (&today);
}

char *
cw_date_normalize (const char  *text,
                   GError     **error)
{
  GDate date;

  /* cw_date_parse() trims the text itself. */
  if (!cw_date_parse (text, &date, error))
    return NULL;

  return cw_date_format (&date);
}

int
cw_date_age_on (const GDate *birth,
                const GDate *on)
{
  int age;

  g_return_val_if_fail (g_date_valid (birth) && g_date_valid (on), 0);

  age = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  /* Born on 29 February: the birthday comes on 1 March in other years. */
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) &&
       g_date_get_day (on) < g_date_get_day (birth)))
    age--;
  return age;
}
