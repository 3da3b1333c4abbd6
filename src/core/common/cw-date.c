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

/* What Excel and WPS write after a date when the cell's format has a
 * time: " 0:00", " 00:00:00", "T08:30:00.000". The date is what counts. */
static gboolean
skip_time (const char **p)
{
  guint hours = 0, minutes = 0, seconds = 0;

  if (**p != ' ' && **p != 'T')
    return FALSE;
  while (**p == ' ')
    (*p)++;
  if (**p == 'T')
    (*p)++;
  if (!parse_number (p, 1, 2, &hours) || **p != ':')
    return FALSE;
  (*p)++;
  if (!parse_number (p, 2, 2, &minutes))
    return FALSE;
  if (**p == ':')
    {
      (*p)++;
      if (!parse_number (p, 2, 2, &seconds))
        return FALSE;
      if (**p == '.')
        do
          (*p)++;
        while (g_ascii_isdigit (**p));
    }
  return hours < 24 && minutes < 60 && seconds < 60;
}

/* Full-width forms (U+FF01–FF5E, as a Chinese input method types them)
 * become their ASCII twins and the ideographic space a space, so that
 * only 年 月 日 are left beside ASCII; trimmed. */
static char *
fold_width (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        g_string_append_c (out, (char) (c - 0xFEE0));
      else if (c == 0x3000)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Year, month and day of a folded text, not yet checked to exist. */
static gboolean
parse_ymd (const char *text,
           guint      *year,
           guint      *month,
           guint      *day)
{
  const char *p = text;

  if (strspn (text, "0123456789") == 8)
    {
      /* 20261123, as in ID numbers and many spreadsheets. */
      if (!parse_number (&p, 4, 4, year) || !parse_number (&p, 2, 2, month) ||
          !parse_number (&p, 2, 2, day))
        return FALSE;
    }
  else
    {
      if (!parse_number (&p, 4, 4, year) || !skip_separator (&p) ||
          !parse_number (&p, 1, 2, month) || !skip_separator (&p) ||
          !parse_number (&p, 1, 2, day))
        return FALSE;
      if (g_str_has_prefix (p, "日"))
        p += strlen ("日");
    }
  if (*p != '\0' && !skip_time (&p))
    return FALSE;
  return *p == '\0';
}

static gboolean
set_date (GDate       *out,
          guint        year,
          guint        month,
          guint        day,
          const char  *text,
          GError     **error)
{
  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a date that exists."), text);
      return FALSE;
    }
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static gboolean
not_a_date (const char  *text,
            GError     **error)
{
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not a date; write it as 2026-11-23."), text);
  return FALSE;
}

gboolean
cw_date_parse (const char  *text,
               GDate       *out,
               GError     **error)
{
  g_autofree char *folded = fold_width (text);
  guint year = 0, month = 0, day = 0;

  g_date_clear (out, 1);
  if (!parse_ymd (folded, &year, &month, &day))
    return not_a_date (folded, error);
  return set_date (out, year, month, day, folded, error);
}

/* Excel's serial day number: whole days, perhaps with the time of day as
 * a fraction; at most five digits (up to the year 2173), so that 20261123
 * stays a date and 196201 a month. */
static gboolean
parse_serial (const char *text,
              guint      *serial)
{
  const char *p = text;

  if (!parse_number (&p, 1, 5, serial) || g_ascii_isdigit (*p))
    return FALSE;
  /* 1962 is a year alone (and 1962.01 a month): no one means 1905-05-16. */
  if (p - text == 4 && *serial >= 1800 && *serial < 2200)
    return FALSE;
  if (*p == '.')
    do
      p++;
    while (g_ascii_isdigit (*p));
  return *p == '\0';
}

gboolean
cw_date_parse_cell (const char  *text,
                    GDate       *out,
                    GError     **error)
{
  g_autofree char *folded = fold_width (text);
  guint serial = 0;

  if (!parse_serial (folded, &serial))
    return cw_date_parse (folded, out, error);

  g_date_clear (out, 1);
  /* Excel counts 1900-02-29, which never was: from day 61 on its days
   * are one ahead of the calendar's. */
  if (serial == 0 || serial == 60)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a date that exists."), folded);
      return FALSE;
    }
  g_date_set_dmy (out, 30, G_DATE_DECEMBER, 1899);
  g_date_add_days (out, serial < 60 ? serial + 1 : serial);
  return TRUE;
}

gboolean
cw_date_parse_month (const char *text,
                     guint      *year,
                     guint      *month)
{
  g_autofree char *folded = fold_width (text);
  const char *p = folded;

  if (strlen (folded) == 6 && strspn (folded, "0123456789") == 6)
    {
      if (!parse_number (&p, 4, 4, year) || !parse_number (&p, 2, 2, month))
        return FALSE;
    }
  else
    {
      if (!parse_number (&p, 4, 4, year) || !skip_separator (&p) || !parse_number (&p, 1, 2, month))
        return FALSE;
      if (g_str_has_prefix (p, "月"))
        p += strlen ("月");
    }
  return *p == '\0' && *year >= 1 && *month >= 1 && *month <= 12;
}

char *
cw_date_format (const GDate *date)
{
  guint year, month, day;
  char *text;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);
  if (year > 9999)
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  /* "%04u-%02u-%02u" by hand: an import formats several dates a row. */
  text = g_malloc (11);
  text[0] = (char) ('0' + year / 1000);
  text[1] = (char) ('0' + year / 100 % 10);
  text[2] = (char) ('0' + year / 10 % 10);
  text[3] = (char) ('0' + year % 10);
  text[4] = '-';
  text[5] = (char) ('0' + month / 10);
  text[6] = (char) ('0' + month % 10);
  text[7] = '-';
  text[8] = (char) ('0' + day / 10);
  text[9] = (char) ('0' + day % 10);
  text[10] = '\0';
  return text;
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
