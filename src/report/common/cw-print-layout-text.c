/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout-text"

#include "config.h"

#include <pango/pangocairo.h>

#include "report/common/cw-print-font.h"
#include "report/common/cw-print-layout-private.h"

/* Text for CwPrintLayout: its fonts, its own Pango context, and text laid
 * out, measured and shown the same way on any cairo_t. */

PangoFontDescription *
_cw_print_layout_make_font (double   size,
                            gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (CW_PRINT_FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

void
_cw_print_layout_set_body_size (CwPrintLayout *self,
                                double         size)
{
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  self->body_font = _cw_print_layout_make_font (size, FALSE);
  self->bold_font = _cw_print_layout_make_font (size, TRUE);
}

void
_cw_print_layout_ensure_context (CwPrintLayout *self,
                                 cairo_t       *cr)
{
  if (self->context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->context, options);
      cairo_font_options_destroy (options);
    }
  pango_cairo_update_context (cr, self->context);
  pango_cairo_context_set_resolution (self->context, 72.0);
}

PangoLayout *
_cw_print_layout_new_text (CwPrintLayout               *self,
                           const PangoFontDescription  *font,
                           double                       width,
                           PangoAlignment               alignment,
                           gboolean                     ellipsize,
                           int                          max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, alignment);
  if (width <= 0)
    return layout;
  pango_layout_set_width (layout, pango_units_from_double (width));
  if (ellipsize)
    {
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      return layout;
    }
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (max_lines > 0)
    {
      /* Negative heights count lines. */
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

void
_cw_print_layout_text_size (PangoLayout *layout,
                            double      *width,
                            double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

double
_cw_print_layout_show_text (CwPrintLayout               *self,
                            cairo_t                     *cr,
                            const PangoFontDescription  *font,
                            const char                  *text,
                            double                       x,
                            double                       y,
                            double                       width,
                            PangoAlignment               alignment,
                            int                          max_lines)
{
  g_autoptr(PangoLayout) layout = _cw_print_layout_new_text (self, font, width, alignment, max_lines == 1,
                                                             max_lines);
  double height;

  pango_layout_set_text (layout, text, -1);
  _cw_print_layout_text_size (layout, NULL, &height);
  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return height;
}
