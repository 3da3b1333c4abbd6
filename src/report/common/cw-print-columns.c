/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-columns"

#include "config.h"

#include <math.h>

#include "report/common/cw-print-columns.h"

static double
text_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

void
cw_print_measure_widest (PangoContext                *context,
                         const PangoFontDescription  *font,
                         CwPrintTable                *table,
                         double                      *widest)
{
  guint n_rows = cw_print_table_get_n_rows (table);
  g_autoptr(PangoLayout) measure = pango_layout_new (context);
  /* Values repeat (sexes, ages, groups), and the table keeps each string
   * once, so a cell's pointer is its key. */
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  pango_layout_set_font_description (measure, font);
  for (guint c = 0; c < cw_print_table_get_n_columns (table); c++)
    {
      const CwPrintColumn *column = cw_print_table_get_column (table, c);

      widest[c] = 0;
      if (column->share > 0 && column->overflow != CW_PRINT_WRAP)
        continue;
      g_hash_table_remove_all (seen);
      for (guint row = 0; row < n_rows; row++)
        {
          const char *text = cw_print_table_get_cell (table, row, c);

          if (!g_hash_table_add (seen, (gpointer) text))
            continue;
          pango_layout_set_text (measure, text, -1);
          widest[c] = MAX (widest[c], text_width (measure));
        }
    }
}

/* Shrinks @widths towards @floors, each in proportion to what it can give,
 * until they fit in @available; FALSE if even the floors do not fit. */
static gboolean
shrink_to (double       *widths,
           const double *floors,
           guint         n,
           double        available)
{
  double sum = 0, slack = 0, over;

  for (guint i = 0; i < n; i++)
    {
      sum += widths[i];
      slack += MAX (widths[i] - floors[i], 0);
    }
  over = sum - available;
  if (over <= 0)
    return TRUE;
  if (slack <= 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      double give = MAX (widths[i] - floors[i], 0);

      widths[i] -= MIN (give, give * over / slack);
    }
  return over <= slack + 0.01;
}

/* The narrowest @layout's header may be: on at most two lines, broken
 * between words (or between Chinese characters), never inside an English
 * word; short ones stay whole. */
static double
header_minimum (PangoLayout *layout,
                double       natural)
{
  double narrowest = natural;

  /* "性别" or "No." on two lines would only look broken. */
  if (g_utf8_strlen (pango_layout_get_text (layout), -1) <= 3)
    return natural;
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (double width = ceil (natural / 2); width < natural; width += 1.0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      if (pango_layout_get_line_count (layout) <= 2 && text_width (layout) <= width + 0.01)
        {
          narrowest = width;
          break;
        }
    }
  pango_layout_set_width (layout, -1);
  return narrowest;
}

/* A header's longest word: how narrow a column that gives way may get. */
static double
longest_word (PangoLayout *layout)
{
  double width;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, 1);
  width = text_width (layout);
  pango_layout_set_width (layout, -1);
  return width;
}

gboolean
cw_print_fit_columns (PangoContext                *context,
                      const PangoFontDescription  *header_font,
                      CwPrintTable                *table,
                      const double                *natural,
                      double                       pad,
                      int                          max_lines,
                      double                       available,
                      double                      *widths)
{
  guint n = cw_print_table_get_n_columns (table);
  g_autofree double *want = g_new0 (double, n);
  g_autofree double *floors = g_new0 (double, n);
  g_autofree double *words = g_new0 (double, n);
  g_autoptr(PangoLayout) measure = pango_layout_new (context);
  guint last_step = 0;
  double em, sum = 0;
  gboolean fits;

  pango_layout_set_font_description (measure, header_font);
  pango_layout_set_text (measure, "国", -1);
  em = text_width (measure);

  for (guint i = 0; i < n; i++)
    {
      const CwPrintColumn *column = cw_print_table_get_column (table, i);
      double header, least = column->min_ems * em;

      if (column->share > 0)
        continue;
      pango_layout_set_text (measure, column->header, -1);
      header = text_width (measure);
      want[i] = MAX (MAX (natural[i], header), least) + pad;
      floors[i] = MAX (MAX (natural[i], header_minimum (measure, header)), least) + pad;
      words[i] = longest_word (measure);
      last_step = MAX (last_step, column->give_way);
    }

  /* 1. Headers on two lines. */
  fits = shrink_to (want, floors, n, available);

  /* 2. Columns give way, one step after the other; each still holds its
   * header's longest word, and its widest cell on the lines a cell may
   * have (one spare, since lines break between words). */
  for (guint step = 1; !fits && step <= last_step; step++)
    {
      for (guint i = 0; i < n; i++)
        {
          const CwPrintColumn *column = cw_print_table_get_column (table, i);
          double least = MAX (MAX (column->min_ems * em, words[i]), natural[i] / MAX (max_lines - 1, 1));

          if (column->share <= 0 && column->give_way == step)
            floors[i] = MIN (floors[i], least + pad);
        }
      fits = shrink_to (want, floors, n, available);
    }

  /* 3. If that is not enough, all alike; and spare room to all alike. */
  for (guint i = 0; i < n; i++)
    sum += want[i];
  for (guint i = 0; i < n && sum > 0; i++)
    if (cw_print_table_get_column (table, i)->share <= 0)
      widths[i] = want[i] * (available / sum);
  return fits;
}
