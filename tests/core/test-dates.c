/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-dates"

#include "config.h"

#include <locale.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-double-ninth.h"

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *quarter = cw_quarter_current ();
  g_autofree char *expected_quarter = NULL;

  /* Run across midnight, the two may differ by a day: read again. */
  if (g_strcmp0 (today, expected) != 0)
    {
      g_free (today);
      today = cw_date_today_text ();
    }
  g_assert_cmpstr (today, ==, expected);

  expected_quarter = g_strdup_printf ("%04dQ%d", g_date_time_get_year (now),
                                      (g_date_time_get_month (now) + 2) / 3);
  g_assert_cmpstr (quarter, ==, expected_quarter);
}

static void
test_normalize (void)
{
  static const struct { const char *typed, *date; } good[] = {
    { "2026-03-05", "2026-03-05" },
    { " 2026/3/5 ", "2026-03-05" },
    { "2026.3.5", "2026-03-05" },
    { "20260305", "2026-03-05" },
    { "2026年3月5日", "2026-03-05" },
    { "2024-02-29", "2024-02-29" },
  };
  static const char * const bad[] = { "", "  ", "2026-02-30", "3/5/2026", "明天", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *date = cw_date_normalize (good[i].typed, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (date, ==, good[i].date);
    }

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *date = cw_date_normalize (bad[i], &error);

      g_assert_null (date);
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *date = cw_date_normalize (NULL, &error);

    g_assert_null (date);
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  }
}

static void
test_double_ninth (void)
{
  static const struct { const char *from, *festival; } days[] = {
    { "2026-01-01", "2026-10-18" },
    { "2026-10-18", "2026-10-18" },   /* on the day itself */
    { "2026-10-19", "2027-10-08" },
    { "2025-10-29", "2025-10-29" },
    { "2020-01-01", "2020-10-25" },
    { "2050-10-24", "2050-10-24" },
  };
  GDate from, out;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *festival = NULL;

      g_assert_true (cw_date_parse (days[i].from, &from, NULL));
      g_assert_true (cw_double_ninth_next (&from, &out));
      festival = cw_date_format (&out);
      g_assert_cmpstr (festival, ==, days[i].festival);
    }

  /* Past the table: said, not guessed. */
  g_assert_true (cw_date_parse ("2050-10-25", &from, NULL));
  g_assert_false (cw_double_ninth_next (&from, &out));
}

/* Formatted by hand (cw_date_format() runs several times a row of an
 * import): the same text as "%04u-%02u-%02u", padded. */
static void
test_format (void)
{
  static const struct { guint year, month, day; const char *text; } dates[] = {
    { 2026, 12, 2, "2026-12-02" },
    { 1949, 10, 1, "1949-10-01" },
    { 900, 1, 31, "0900-01-31" },
    { 5, 7, 9, "0005-07-09" },
    { 9999, 12, 31, "9999-12-31" },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) dates[i].day, (GDateMonth) dates[i].month, (GDateYear) dates[i].year);
      text = cw_date_format (&date);
      g_assert_cmpstr (text, ==, dates[i].text);
    }
  g_date_clear (&date, 1);
  {
    g_autofree char *text = cw_date_format (&date);

    g_assert_cmpstr (text, ==, "");
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/today", test_today);
  g_test_add_func ("/dates/format", test_format);
  g_test_add_func ("/dates/normalize", test_normalize);
  g_test_add_func ("/dates/double-ninth", test_double_ninth);

  return g_test_run ();
}
