/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout-private.h"

/* The printed table's layout: its styles, paginate() measuring what goes
 * on the pages (cw-print-layout-table.c, -blocks.c) before the flow puts
 * it on them (cw-print-layout-flow.c), and draw_page() going down a
 * page's items. */

#define HEADER_SHADE 0.88
#define STRIPE_SHADE 0.95

static const Style styles[] = {
  [CW_PRINT_TABLE_LIST] = {
    .title_size = 14, .heading_size = 10.5, .body_size = 9, .smallest_body_size = 7, .small_size = 8,
    .margin_x = 34, .margin_top = 34, .margin_bottom = 42, .footer_offset = 14,
    .pad_x = 3, .pad_y = 3, .line_width = 0.5,
    .title_gap = 6, .title_after = 6, .running_gap = 6, .section_gap = 10, .closing_gap = 12,
  },
  [CW_PRINT_TABLE_NOTICE] = {
    .title_size = 18, .heading_size = 11.5, .body_size = 10.5, .smallest_body_size = 10.5, .small_size = 8.5,
    .margin_x = 48, .margin_top = 42, .margin_bottom = 48, .footer_offset = 18,
    .pad_x = 4, .pad_y = 3.5, .line_width = 0.6,
    .title_gap = 8, .title_after = 12, .running_gap = 8, .section_gap = 12, .closing_gap = 18,
  },
};

G_DEFINE_FINAL_TYPE (CwPrintLayout, cw_print_layout, G_TYPE_OBJECT)

static void
cw_print_layout_finalize (GObject *object)
{
  CwPrintLayout *self = CW_PRINT_LAYOUT (object);

  g_clear_object (&self->table);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->heading_font, pango_font_description_free);
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_free (self->col_w);
  g_free (self->row_heights);
  g_array_unref (self->items);
  g_array_unref (self->pieces);
  g_array_unref (self->page_starts);
  g_array_unref (self->part_starts);
  for (guint c = 0; c < self->n_columns; c++)
    g_clear_pointer (&self->shaped[c], g_hash_table_unref);
  g_free (self->shaped);

  G_OBJECT_CLASS (cw_print_layout_parent_class)->finalize (object);
}

static void
cw_print_layout_class_init (CwPrintLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_print_layout_finalize;
}

static void
cw_print_layout_init (CwPrintLayout *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->part_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

CwPrintLayout *
cw_print_layout_new (CwPrintTable *table)
{
  CwPrintLayout *self;
  CwPrintTableStyle style;

  g_return_val_if_fail (CW_IS_PRINT_TABLE (table), NULL);

  self = g_object_new (CW_TYPE_PRINT_LAYOUT, NULL);
  self->table = g_object_ref (table);
  style = cw_print_table_get_style (table);
  self->style = &styles[style <= CW_PRINT_TABLE_NOTICE ? style : CW_PRINT_TABLE_LIST];
  self->n_columns = cw_print_table_get_n_columns (table);
  self->col_w = g_new0 (double, self->n_columns);
  self->shaped = g_new0 (GHashTable *, self->n_columns);
  self->title_font = _cw_print_layout_make_font (self->style->title_size, TRUE);
  self->heading_font = _cw_print_layout_make_font (self->style->heading_size, TRUE);
  self->small_font = _cw_print_layout_make_font (self->style->small_size, FALSE);
  _cw_print_layout_set_body_size (self, self->style->body_size);
  return self;
}

int
cw_print_layout_paginate (CwPrintLayout *self,
                          cairo_t       *measuring_cr,
                          double         page_w,
                          double         page_h)
{
  const Style *style;
  g_autofree double *natural = NULL;

  g_return_val_if_fail (CW_IS_PRINT_LAYOUT (self), 0);
  g_return_val_if_fail (measuring_cr != NULL, 0);

  style = self->style;
  _cw_print_layout_ensure_context (self, measuring_cr);
  self->page_w = page_w;
  self->page_h = page_h;
  g_array_set_size (self->items, 0);
  g_array_set_size (self->pieces, 0);
  g_array_set_size (self->page_starts, 0);
  g_array_set_size (self->part_starts, 0);

  natural = g_new0 (double, self->n_columns);
  _cw_print_layout_lay_out_columns (self, natural);
  /* Prose alone (a notice without a table) has the page's width. */
  if (self->n_columns == 0)
    self->table_w = page_w - 2 * style->margin_x;
  {
    g_autoptr(PangoLayout) measure = _cw_print_layout_new_text (self, self->body_font, -1, PANGO_ALIGN_LEFT, FALSE,
                                                                0);

    pango_layout_set_text (measure, "国", -1);
    _cw_print_layout_text_size (measure, NULL, &self->line_h);
  }
  self->row_h = cw_print_table_get_row_lines (self->table) * self->line_h + 2 * style->pad_y;
  _cw_print_layout_measure_rows (self, natural);
  _cw_print_layout_prepare_shaped (self);

  self->header_h = 0;
  for (guint c = 0; c < self->n_columns; c++)
    self->header_h = MAX (self->header_h,
                          _cw_print_layout_show_text (self, NULL, self->bold_font,
                                                      _cw_print_layout_column (self, c)->header, 0, 0,
                                                      self->col_w[c] - 2 * style->pad_x, PANGO_ALIGN_CENTER, 0));
  self->header_h += 2 * style->pad_y;
  self->heading_h = _cw_print_layout_show_text (self, NULL, self->heading_font, "国", 0, 0, -1,
                                                PANGO_ALIGN_LEFT, 0) + 5;
  self->running_h = _cw_print_layout_show_text (self, NULL, self->small_font, "国", 0, 0, -1,
                                                PANGO_ALIGN_LEFT, 0) + style->running_gap;
  self->title_h = _cw_print_layout_title_block (self, NULL, 0);
  /* The total says it all, wrapped in its box when it is longer than a
   * row (a disclosure's balance line in English): never cut short. */
  self->total_h = 0;
  if (cw_print_table_get_total (self->table) != NULL)
    self->total_h = MAX (self->row_h,
                         _cw_print_layout_show_text (self, NULL, self->bold_font, cw_print_table_get_total (self->table),
                                                     0, 0, self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0) +
                         2 * style->pad_y);
  self->closing_h = _cw_print_layout_closing_block (self, NULL, 0);

  _cw_print_layout_flow (self);

  self->laid_out = TRUE;
  return (int) self->page_starts->len;
}

int
cw_print_layout_get_row_page (CwPrintLayout *self,
                              guint          row)
{
  guint page = 0;

  g_return_val_if_fail (CW_IS_PRINT_LAYOUT (self), -1);
  g_return_val_if_fail (self->laid_out, -1);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      while (page + 1 < self->page_starts->len && g_array_index (self->page_starts, guint, page + 1) <= i)
        page++;
      if (item->kind == ITEM_ROW && item->index == row)
        return (int) page;
    }
  return -1;
}

/* Where @page stands in its part: its number there (0-based) and how many
 * pages the part has. */
static void
part_pages (CwPrintLayout *self,
            int            page,
            int           *part_page,
            int           *part_n_pages)
{
  guint part = 0;
  guint start, end;

  while (part + 1 < self->part_starts->len && g_array_index (self->part_starts, guint, part + 1) <= (guint) page)
    part++;
  start = g_array_index (self->part_starts, guint, part);
  end = part + 1 < self->part_starts->len ? g_array_index (self->part_starts, guint, part + 1)
                                          : self->page_starts->len;
  *part_page = page - (int) start;
  *part_n_pages = (int) (end - start);
}

void
cw_print_layout_draw_page (CwPrintLayout *self,
                           cairo_t       *cr,
                           int            page)
{
  const Style *style;
  PangoLayout **cells, **headers;
  g_autofree PangoLayout **row = NULL;
  guint first, last;
  int n_pages, part_page, part_n_pages;

  g_return_if_fail (CW_IS_PRINT_LAYOUT (self));
  g_return_if_fail (self->laid_out);
  n_pages = (int) self->page_starts->len;
  g_return_if_fail (page >= 0 && page < n_pages);

  style = self->style;
  _cw_print_layout_ensure_context (self, cr);
  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : self->items->len;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, style->line_width);
  cells = _cw_print_layout_new_row_layouts (self, FALSE);
  row = g_new0 (PangoLayout *, self->n_columns);
  headers = _cw_print_layout_new_row_layouts (self, TRUE);

  part_pages (self, page, &part_page, &part_n_pages);
  if (part_page > 0)
    _cw_print_layout_running_title (self, cr);

  for (guint i = first; i < last; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TITLE:
          _cw_print_layout_title_block (self, cr, item->y);
          break;
        case ITEM_HEADING:
          _cw_print_layout_draw_heading (self, cr, item);
          break;
        case ITEM_HEADER:
          _cw_print_layout_draw_cells (self, cr, headers, item->y, self->header_h, HEADER_SHADE);
          break;
        case ITEM_ROW:
          for (guint c = 0; c < self->n_columns; c++)
            row[c] = _cw_print_layout_cell_layout (self, cells[c], c,
                                                   cw_print_table_get_cell (self->table, item->index, c));
          /* Every other line shaded, so that a finger finds its row. */
          _cw_print_layout_draw_cells (self, cr, row, item->y, _cw_print_layout_row_height (self, item->index),
                                       item->flag ? STRIPE_SHADE : 1);
          break;
        case ITEM_EMPTY:
          _cw_print_layout_show_text (self, cr, self->body_font, cw_print_table_get_empty_text (self->table),
                                      style->margin_x, item->y, self->table_w, PANGO_ALIGN_CENTER, 0);
          break;
        case ITEM_TOTAL:
          _cw_print_layout_draw_total (self, cr, item->y);
          break;
        case ITEM_CLOSING:
          _cw_print_layout_closing_block (self, cr, item->y);
          break;
        case ITEM_PARAGRAPH:
          {
            const Piece *piece = &g_array_index (self->pieces, Piece, item->index);
            g_autoptr(PangoLayout) layout = _cw_print_layout_paragraph_layout (self, piece->paragraph);

            _cw_print_layout_paragraph_lines (self, layout, cr, piece, item->y, NULL, NULL);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (self->numbering_n_pages > 0)
    _cw_print_layout_page_number (self, cr, self->numbering_first + page, self->numbering_n_pages);
  else
    _cw_print_layout_page_number (self, cr, part_page, part_n_pages);

  _cw_print_layout_free_row_layouts (cells);
  _cw_print_layout_free_row_layouts (headers);
  cairo_restore (cr);
}

void
cw_print_layout_set_page_numbering (CwPrintLayout *self,
                                    int            first_page,
                                    int            n_pages)
{
  g_return_if_fail (CW_IS_PRINT_LAYOUT (self));
  g_return_if_fail (first_page >= 0 && n_pages >= 0);

  self->numbering_first = first_page;
  self->numbering_n_pages = n_pages;
}

gboolean
cw_print_layout_save_pdf (CwPrintLayout  *self,
                          const char     *path,
                          int            *n_pages,
                          GError        **error)
{
  g_return_val_if_fail (CW_IS_PRINT_LAYOUT (self), FALSE);

  return cw_pdf_save_a4 (path, cw_print_table_get_title (self->table), self,
                         (CwPdfPaginateFunc) cw_print_layout_paginate,
                         (CwPdfDrawPageFunc) cw_print_layout_draw_page,
                         n_pages, error);
}

gboolean
cw_print_table_save_pdf (CwPrintTable  *table,
                         const char    *path,
                         int           *n_pages,
                         GError       **error)
{
  g_autoptr(CwPrintLayout) layout = NULL;

  g_return_val_if_fail (CW_IS_PRINT_TABLE (table), FALSE);

  layout = cw_print_layout_new (table);
  return cw_print_layout_save_pdf (layout, path, n_pages, error);
}
