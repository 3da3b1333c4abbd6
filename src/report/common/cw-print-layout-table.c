/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout-table"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-print-columns.h"
#include "report/common/cw-print-layout-private.h"

/* The table of a CwPrintLayout: its columns' widths and the body's type
 * size, its rows' heights, and its cells drawn. */

/* A column with at most this many different values (points, ranks, sexes,
 * groups) keeps each value shaped once for all pages. */
#define MAX_SHAPED   1024

static PangoAlignment
to_pango_alignment (CwPrintAlign align)
{
  switch (align)
    {
    case CW_PRINT_ALIGN_CENTER: return PANGO_ALIGN_CENTER;
    case CW_PRINT_ALIGN_RIGHT:  return PANGO_ALIGN_RIGHT;
    case CW_PRINT_ALIGN_LEFT:
    default:                    return PANGO_ALIGN_LEFT;
    }
}

static gboolean
fits_content (const CwPrintColumn *column)
{
  return column->share <= 0;
}

void
_cw_print_layout_lay_out_columns (CwPrintLayout *self,
                                  double        *natural)
{
  const Style *style = self->style;
  double available = self->page_w - 2 * style->margin_x;
  double fitted = available;
  gboolean any_fitted = FALSE;
  g_autofree double *scaled = g_new0 (double, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = _cw_print_layout_column (self, c);

      if (fits_content (column))
        any_fitted = TRUE;
      else
        {
          self->col_w[c] = available * column->share;
          fitted -= self->col_w[c];
        }
    }

  _cw_print_layout_set_body_size (self, style->body_size);
  cw_print_measure_widest (self->context, self->body_font, self->table, natural);

  /* Without hinting, text widths scale with the type size, so smaller
   * sizes are tried without measuring every cell again. */
  for (double size = style->body_size; any_fitted; size -= 1.0)
    {
      _cw_print_layout_set_body_size (self, size);
      for (guint c = 0; c < self->n_columns; c++)
        scaled[c] = natural[c] * size / style->body_size;
      if (cw_print_fit_columns (self->context, self->bold_font, self->table, scaled, 2 * style->pad_x, MAX_LINES,
                                MAX (fitted, 0), self->col_w) ||
          size - 1.0 < style->smallest_body_size)
        break;
    }
  if (any_fitted)
    memcpy (natural, scaled, sizeof (double) * self->n_columns);

  self->table_w = 0;
  for (guint c = 0; c < self->n_columns; c++)
    self->table_w += self->col_w[c];
}

void
_cw_print_layout_measure_rows (CwPrintLayout *self,
                               const double  *natural)
{
  guint n_rows = cw_print_table_get_n_rows (self->table);
  g_autoptr(GHashTable) heights = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  g_clear_pointer (&self->row_heights, g_free);
  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = _cw_print_layout_column (self, c);
      g_autoptr(PangoLayout) cell = NULL;

      if (column->overflow != CW_PRINT_WRAP || natural[c] <= self->col_w[c] - 2 * self->style->pad_x + 0.01)
        continue;
      if (self->row_heights == NULL)
        {
          self->row_heights = g_new (float, MAX (n_rows, 1));
          for (guint row = 0; row < n_rows; row++)
            self->row_heights[row] = (float) self->row_h;
        }
      cell = _cw_print_layout_new_text (self, self->body_font, self->col_w[c] - 2 * self->style->pad_x,
                                        PANGO_ALIGN_LEFT, FALSE, MAX_LINES);
      g_hash_table_remove_all (heights);
      for (guint row = 0; row < n_rows; row++)
        {
          const char *text = cw_print_table_get_cell (self->table, row, c);
          double *height = g_hash_table_lookup (heights, text);

          if (height == NULL)
            {
              height = g_new (double, 1);
              pango_layout_set_text (cell, text, -1);
              _cw_print_layout_text_size (cell, NULL, height);
              *height += 2 * self->style->pad_y;
              g_hash_table_insert (heights, (gpointer) text, height);
            }
          self->row_heights[row] = MAX (self->row_heights[row], (float) *height);
        }
    }
}

void
_cw_print_layout_prepare_shaped (CwPrintLayout *self)
{
  guint n_rows = cw_print_table_get_n_rows (self->table);
  g_autoptr(GHashTable) values = g_hash_table_new (NULL, NULL);

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_clear_pointer (&self->shaped[c], g_hash_table_unref);
      g_hash_table_remove_all (values);
      for (guint row = 0; row < n_rows && g_hash_table_size (values) <= MAX_SHAPED; row++)
        g_hash_table_add (values, (gpointer) cw_print_table_get_cell (self->table, row, c));
      if (g_hash_table_size (values) <= MAX_SHAPED)
        self->shaped[c] = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
    }
}

PangoLayout *
_cw_print_layout_cell_layout (CwPrintLayout *self,
                              PangoLayout   *scratch,
                              guint          column,
                              const char    *text)
{
  GHashTable *shaped = self->shaped[column];
  PangoLayout *layout;

  if (shaped == NULL)
    {
      pango_layout_set_text (scratch, text, -1);
      return scratch;
    }
  layout = g_hash_table_lookup (shaped, text);
  if (layout == NULL)
    {
      layout = pango_layout_copy (scratch);
      pango_layout_set_text (layout, text, -1);
      g_hash_table_insert (shaped, (gpointer) text, layout);
    }
  return layout;
}

/* A thin border around each cell, text centred vertically, and clipped
 * to its cell should it ever be larger. */
void
_cw_print_layout_draw_cells (CwPrintLayout  *self,
                             cairo_t        *cr,
                             PangoLayout   **layouts,
                             double          top,
                             double          height,
                             double          shade)
{
  const double pad_x = self->style->pad_x;
  double x = self->style->margin_x;

  if (shade < 1)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, shade, shade, shade);
      cairo_rectangle (cr, x, top, self->table_w, height);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  for (guint c = 0; c < self->n_columns; c++)
    {
      PangoRectangle logical;
      double w = self->col_w[c];
      double text_h;
      gboolean clip;

      pango_layout_get_extents (layouts[c], NULL, &logical);
      text_h = (double) logical.height / PANGO_SCALE;
      clip = text_h > height + 0.01 || logical.x < 0 ||
             (double) (logical.x + logical.width) / PANGO_SCALE > w - 2 * pad_x + 0.01;
      if (clip)
        {
          cairo_save (cr);
          cairo_rectangle (cr, x, top, w, height);
          cairo_clip (cr);
        }
      cairo_move_to (cr, x + pad_x, top + MAX ((height - text_h) / 2, 0));
      pango_cairo_show_layout (cr, layouts[c]);
      if (clip)
        cairo_restore (cr);
      x += w;
    }

  /* The borders after the text, so that the text of a row goes to the PDF
   * in one piece; a rectangle to a stroke, which a PDF says shortest. */
  cairo_new_path (cr);
  x = self->style->margin_x;
  for (guint c = 0; c < self->n_columns; c++)
    {
      cairo_rectangle (cr, x, top, self->col_w[c], height);
      cairo_stroke (cr);
      x += self->col_w[c];
    }
}

PangoLayout **
_cw_print_layout_new_row_layouts (CwPrintLayout *self,
                                  gboolean       header)
{
  PangoLayout **layouts = g_new0 (PangoLayout *, self->n_columns + 1);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = _cw_print_layout_column (self, c);
      double width = self->col_w[c] - 2 * self->style->pad_x;

      if (header)
        {
          layouts[c] = _cw_print_layout_new_text (self, self->bold_font, width, PANGO_ALIGN_CENTER, FALSE, 0);
          pango_layout_set_text (layouts[c], column->header, -1);
        }
      else
        layouts[c] = _cw_print_layout_new_text (self, self->body_font, width, to_pango_alignment (column->align),
                                                column->overflow == CW_PRINT_ELLIPSIZE, MAX_LINES);
    }
  return layouts;
}

void
_cw_print_layout_free_row_layouts (PangoLayout **layouts)
{
  for (guint c = 0; layouts[c] != NULL; c++)
    g_object_unref (layouts[c]);
  g_free (layouts);
}

void
_cw_print_layout_draw_heading (CwPrintLayout *self,
                               cairo_t       *cr,
                               const Item    *item)
{
  const char *name, *heading;
  g_autofree char *continued = NULL;

  cw_print_table_get_section (self->table, item->index, &name, &heading, NULL, NULL);
  if (item->flag)
    /* Translators: a section of a printed table (a village group's)
     * continued on the next page: "%s（续）" */
    heading = continued = g_strdup_printf (_("%s (continued)"), name);
  _cw_print_layout_show_text (self, cr, self->heading_font, heading, self->style->margin_x, item->y, self->table_w,
                              PANGO_ALIGN_LEFT, 1);
}

void
_cw_print_layout_draw_total (CwPrintLayout *self,
                             cairo_t       *cr,
                             double         y)
{
  const Style *style = self->style;
  double h = _cw_print_layout_show_text (self, NULL, self->bold_font, cw_print_table_get_total (self->table), 0, 0,
                                         self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0);

  _cw_print_layout_show_text (self, cr, self->bold_font, cw_print_table_get_total (self->table),
                              style->margin_x + style->pad_x, y + (self->total_h - h) / 2,
                              self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0);
  cairo_rectangle (cr, style->margin_x, y, self->table_w, self->total_h);
  cairo_stroke (cr);
}
