/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout-blocks"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-print-layout-private.h"

/* The blocks of text around a CwPrintLayout's table, each measured and
 * drawn by one function (with @cr NULL it only measures): the title, the
 * body's paragraphs, the closing block with the signatures and the
 * issuer under the seal, and the running title and page number of every
 * page. */

#define SEAL_ROOM   48.0   /* above the issuer, where the seal goes */
#define ISSUER_W    220.0
#define SIGN_LINE_MIN 72.0 /* the least line to sign on beside its label */

/* The title, then the note on the right and the subtitles, grey. The
 * paragraphs follow as pieces of their own (add_paragraphs()). */
double
_cw_print_layout_title_block (CwPrintLayout *self,
                              cairo_t       *cr,
                              double         y)
{
  const Style *style = self->style;
  const char *note = cw_print_table_get_note (self->table);
  const char * const *subtitles = cw_print_table_get_subtitles (self->table);
  double x = style->margin_x, top = y;

  y += _cw_print_layout_show_text (self, cr, self->title_font, cw_print_table_get_title (self->table), x, y,
                                   self->table_w, PANGO_ALIGN_CENTER, 3);
  if (note != NULL || subtitles[0] != NULL)
    y += style->title_gap;
  if (note != NULL)
    y += _cw_print_layout_show_text (self, cr, self->small_font, note, x, y, self->table_w, PANGO_ALIGN_RIGHT, 1);
  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
    }
  for (guint i = 0; subtitles[i] != NULL; i++)
    y += _cw_print_layout_show_text (self, cr, self->small_font, subtitles[i], x, y, self->table_w,
                                     PANGO_ALIGN_LEFT, 0);
  if (cr != NULL)
    cairo_restore (cr);
  return y + style->title_after - top;
}

PangoLayout *
_cw_print_layout_paragraph_layout (CwPrintLayout *self,
                                   guint          index)
{
  PangoLayout *layout = _cw_print_layout_new_text (self, self->body_font, self->table_w, PANGO_ALIGN_LEFT, FALSE,
                                                   0);

  pango_layout_set_text (layout, cw_print_table_get_paragraphs (self->table)[index], -1);
  return layout;
}

void
_cw_print_layout_paragraph_lines (CwPrintLayout *self,
                                  PangoLayout   *layout,
                                  cairo_t       *cr,
                                  const Piece   *piece,
                                  double         y,
                                  LineFunc       func,
                                  gpointer       data)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle line;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      top = (double) line.y / PANGO_SCALE;
      if (func != NULL)
        func (top, top + (double) line.height / PANGO_SCALE, data);
      /* Line by line, not clipped: a line is on one page only, also for
       * whoever reads the text out of the PDF. */
      if (cr != NULL && top + 0.01 >= piece->from && top + 0.01 < piece->from + piece->height)
        {
          cairo_move_to (cr, self->style->margin_x + (double) line.x / PANGO_SCALE,
                         y - piece->from + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The closing lines, the lines to sign on, and the issuer with the date
 * under room for the seal, right-aligned under each other as offices
 * do, so that the seal is stamped over both. */
double
_cw_print_layout_closing_block (CwPrintLayout *self,
                                cairo_t       *cr,
                                double         y)
{
  const Style *style = self->style;
  const char * const *closing = cw_print_table_get_closing (self->table);
  const char * const *signatures = cw_print_table_get_signatures (self->table);
  const char *issuer = cw_print_table_get_issuer (self->table);
  const char *date = cw_print_table_get_issue_date (self->table);
  double x = style->margin_x, top = y;
  guint n_signatures = g_strv_length ((char **) signatures);

  if (closing[0] == NULL && n_signatures == 0 && issuer == NULL && date == NULL)
    return 0;

  y += style->closing_gap;
  for (guint i = 0; closing[i] != NULL; i++)
    y += _cw_print_layout_show_text (self, cr, self->body_font, closing[i], x, y, self->table_w,
                                     PANGO_ALIGN_LEFT, 0) + 6;

  if (n_signatures > 0)
    {
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      double widest = 0, slot;
      guint per_row;

      for (guint i = 0; i < n_signatures; i++)
        {
          /* Translators: a line to sign on, "%s：" (制表人：______) */
          g_autofree char *label = g_strdup_printf (_("%s:"), signatures[i]);
          PangoLayout *layout = _cw_print_layout_new_text (self, self->body_font, -1, PANGO_ALIGN_LEFT, FALSE, 0);
          double label_w;

          pango_layout_set_text (layout, label, -1);
          _cw_print_layout_text_size (layout, &label_w, NULL);
          widest = MAX (widest, label_w);
          g_ptr_array_add (layouts, layout);
        }
      /* Side by side as many as leave each a line to sign on; the others
       * on rows below, so that long labels (each committee member by
       * name, each party of an agreement) never run into each other. */
      per_row = CLAMP ((guint) (self->table_w / (widest + SIGN_LINE_MIN)), 1, n_signatures);
      slot = self->table_w / per_row;

      y += 12;
      for (guint i = 0; i < n_signatures; i++)
        {
          PangoLayout *layout = g_ptr_array_index (layouts, i);
          double label_w, left = x + (i % per_row) * slot;

          if (i > 0 && i % per_row == 0)
            y += self->line_h + 12;
          _cw_print_layout_text_size (layout, &label_w, NULL);
          if (cr != NULL)
            {
              cairo_move_to (cr, left, y);
              pango_cairo_show_layout (cr, layout);
              cairo_new_path (cr);
              cairo_move_to (cr, left + label_w + 2, y + self->line_h);
              cairo_line_to (cr, left + slot - 12, y + self->line_h);
              cairo_stroke (cr);
            }
        }
      y += self->line_h + 6;
    }

  if (issuer != NULL || date != NULL)
    {
      double width = MIN (self->table_w, ISSUER_W);

      x = style->margin_x + self->table_w - width;
      y += SEAL_ROOM;
      if (issuer != NULL)
        y += _cw_print_layout_show_text (self, cr, self->body_font, issuer, x, y, width,
                                         PANGO_ALIGN_CENTER, 0) + 6;
      if (date != NULL)
        y += _cw_print_layout_show_text (self, cr, self->body_font, date, x, y, width, PANGO_ALIGN_CENTER, 0);
    }
  return y - top;
}

void
_cw_print_layout_running_title (CwPrintLayout *self,
                                cairo_t       *cr)
{
  /* A loose page still says which table it belongs to. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  _cw_print_layout_show_text (self, cr, self->small_font, cw_print_table_get_title (self->table),
                              self->style->margin_x, self->style->margin_top, self->table_w, PANGO_ALIGN_LEFT, 1);
  cairo_restore (cr);
}

void
_cw_print_layout_page_number (CwPrintLayout *self,
                              cairo_t       *cr,
                              int            part_page,
                              int            part_n_pages)
{
  const Style *style = self->style;
  g_autofree char *footer = NULL;

  /* Translators: at the foot of each printed page, "第 %d 页 共 %d 页" */
  footer = g_strdup_printf (_("Page %d of %d"), part_page + 1, part_n_pages);
  _cw_print_layout_show_text (self, cr, self->small_font, footer, style->margin_x,
                              self->page_h - style->margin_bottom + style->footer_offset, self->table_w,
                              PANGO_ALIGN_CENTER, 1);
}
