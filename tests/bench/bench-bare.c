/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>
#include <xlsxwriter.h>

#include "report/common/cw-print-font.h"

#include "bench-bare.h"
#include "bench-common.h"

double
bare_pdf_lines (GListModel   *rows,
                BareLineFunc  line,
                double        top,
                double        line_h,
                double        bottom,
                const char   *path,
                int          *n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (CW_PRINT_FONT_FAMILIES " 10");
  double start = bench_now_ms (), y = top;
  int pages = 1;

  pango_layout_set_font_description (layout, font);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);
      g_autofree char *text = line (item, i);

      pango_layout_set_text (layout, text, -1);
      cairo_move_to (cr, 40, y);
      pango_cairo_show_layout (cr, layout);
      y += line_h;
      if (y > bottom)
        {
          cairo_show_page (cr);
          pages++;
          y = top;
        }
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  pango_font_description_free (font);
  g_object_unref (layout);
  if (n_pages != NULL)
    *n_pages = pages;
  return bench_now_ms () - start;
}

BareSheet *
bare_sheet_new (const char         *title,
                const char         *note,
                const char * const *header,
                const char         *numeric_columns)
{
  BareSheet *sheet = g_new0 (BareSheet, 1);
  guint n = g_strv_length ((char **) header);

  sheet->title = g_strdup (title);
  sheet->note = g_strdup (note);
  sheet->header = g_strdupv ((char **) header);
  sheet->numeric = g_new0 (guint8, n);
  /* "..N.N": N marks a number column. */
  for (guint c = 0; numeric_columns != NULL && c < n && numeric_columns[c] != '\0'; c++)
    sheet->numeric[c] = numeric_columns[c] == 'N';
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return sheet;
}

void
bare_sheet_add (BareSheet          *sheet,
                const char * const *row)
{
  guint n = g_strv_length (sheet->header);
  char **copy = g_new0 (char *, n + 1);

  for (guint c = 0; c < n; c++)
    copy[c] = g_strdup (row[c] != NULL ? row[c] : "");
  g_ptr_array_add (sheet->rows, copy);
}

void
bare_sheet_free (BareSheet *sheet)
{
  g_free (sheet->title);
  g_free (sheet->note);
  g_strfreev (sheet->header);
  g_free (sheet->numeric);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet->total);
  g_free (sheet->closing);
  g_free (sheet);
}

static lxw_format *
bordered (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  return format;
}

double
bare_workbook (GPtrArray  *sheets,
               const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  double start = bench_now_ms ();
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_format *title = workbook_add_format (workbook);
  lxw_format *header = bordered (workbook);
  lxw_format *cell = bordered (workbook);

  format_set_bold (title);
  format_set_bold (header);
  for (guint s = 0; s < sheets->len; s++)
    {
      BareSheet *sheet = g_ptr_array_index (sheets, s);
      lxw_worksheet *worksheet = workbook_add_worksheet (workbook, NULL);
      lxw_col_t last = (lxw_col_t) (g_strv_length (sheet->header) - 1);
      lxw_row_t row = 2;

      /* The title row as the program writes it: the note apart on the
       * right when there are columns enough. */
      if (sheet->note != NULL && last >= 3)
        {
          lxw_col_t note_columns = last >= 8 ? 3 : 2;

          worksheet_merge_range (worksheet, 0, 0, 0, last - note_columns, sheet->title, title);
          worksheet_merge_range (worksheet, 0, last - note_columns + 1, 0, last, sheet->note, title);
        }
      else
        worksheet_merge_range (worksheet, 0, 0, 0, last, sheet->title, title);
      for (lxw_col_t c = 0; c <= last; c++)
        worksheet_write_string (worksheet, 1, c, sheet->header[c], header);

      for (guint r = 0; r < sheet->rows->len; r++, row++)
        {
          char **values = g_ptr_array_index (sheet->rows, r);

          for (lxw_col_t c = 0; c <= last; c++)
            {
              if (values[c][0] == '\0')
                worksheet_write_blank (worksheet, row, c, cell);
              else if (sheet->numeric[c])
                worksheet_write_number (worksheet, row, c, g_ascii_strtod (values[c], NULL), cell);
              else
                worksheet_write_string (worksheet, row, c, values[c], cell);
            }
        }
      if (sheet->total != NULL)
        {
          worksheet_merge_range (worksheet, row, 0, row, last, sheet->total, header);
          row++;
        }
      if (sheet->closing != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (sheet->closing, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++, row++)
            worksheet_merge_range (worksheet, row, 0, row, last, lines[i], title);
        }
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return bench_now_ms () - start;
}

gint64
bare_count_cells (const char *path)
{
  const char *argv[] = { "unzip", "-p", path, "xl/worksheets/*.xml", NULL };
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autofree char *out = NULL;
  gint64 cells = 0;
  int status;

  if (unzip == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL))
    return -1;
  for (const char *p = out; (p = strstr (p, "<c ")) != NULL; p += 3)
    cells++;
  return cells;
}
