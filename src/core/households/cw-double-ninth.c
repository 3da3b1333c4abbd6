/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-double-ninth"

#include "config.h"

#include "core/households/cw-double-ninth.h"

/* Computed with ICU's Chinese calendar; a table keeps the program free of
 * a calendar library for one date a year. */
static const struct { guint16 year; guint8 month, day; } double_ninth[] = {
  { 2020, 10, 25 }, { 2021, 10, 14 }, { 2022, 10, 4 }, { 2023, 10, 23 },
  { 2024, 10, 11 }, { 2025, 10, 29 }, { 2026, 10, 18 }, { 2027, 10, 8 },
  { 2028, 10, 26 }, { 2029, 10, 16 }, { 2030, 10, 5 }, { 2031, 10, 24 },
  { 2032, 10, 12 }, { 2033, 10, 1 }, { 2034, 10, 20 }, { 2035, 10, 9 },
  { 2036, 10, 27 }, { 2037, 10, 17 }, { 2038, 10, 7 }, { 2039, 10, 26 },
  { 2040, 10, 14 }, { 2041, 10, 3 }, { 2042, 10, 22 }, { 2043, 10, 11 },
  { 2044, 10, 29 }, { 2045, 10, 18 }, { 2046, 10, 8 }, { 2047, 10, 27 },
  { 2048, 10, 16 }, { 2049, 10, 5 }, { 2050, 10, 24 },
};

gboolean
cw_double_ninth_next (const GDate *from,
                      GDate       *out)
{
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (double_ninth); i++)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, double_ninth[i].day, double_ninth[i].month, double_ninth[i].year);
      if (g_date_compare (out, from) >= 0)
        return TRUE;
    }

  return FALSE;
}
