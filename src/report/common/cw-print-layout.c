/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-pdf.h"
#include "report/common/cw-print-columns.h"
#include "report/common/cw-print-font.h"
#include "report/common/cw-print-layout.h"

/* A cell shows at most this many lines, then "…": one absurd value must
 * not take a whole page. */
#define MAX_LINES   4
/* Rows that stay with a section's heading and header, so that a heading
 * never stands alone at the foot of a page; and with the closing lines,
 * so that the publicity period and the signatures never stand alone on
 * the last page. */
#define KEEP_ROWS   3
#define SEAL_ROOM   48.0   /* above the issuer, where the seal goes */
#define ISSUER_W    220.0
#define SIGN_LINE_MIN 72.0 /* the least line to sign on beside its label */
#define HEADER_SHADE 0.88
#define STRIPE_SHADE 0.95
/* A column with at most this many different values (points, ranks, sexes,
 * groups) keeps each value shaped once for all pages. */
#define MAX_SHAPED   1024

typedef struct
{
  double title_size;
  double heading_size;
  double body_size;
  double smallest_body_size;
  double small_size;
  double margin_x;
  double margin_top;
  double margin_bottom;   /* the page numbers stand in it */
  double footer_offset;   /* from the top of the bottom margin */
  double pad_x;
  double pad_y;
  double line_width;
  double title_gap;       /* under the title */
  double title_after;     /* under the note and subtitles */
  double running_gap;     /* under the running title of later pages */
  double section_gap;
  double closing_gap;
} Style;

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

typedef enum
{
  ITEM_TITLE,
  ITEM_HEADING,     /* index: the section; flag: continued */
  ITEM_HEADER,
  ITEM_ROW,         /* index: the row; flag: shaded */
  ITEM_EMPTY,
  ITEM_TOTAL,
  ITEM_CLOSING,
  ITEM_PARAGRAPH,   /* index: the piece */
} ItemKind;

typedef struct
{
  guint  kind : 8;
  guint  flag : 1;
  guint  index;
  double y;
} Item;

/* The lines of a paragraph that stand on one page: those from @from to
 * @from + @height down the paragraph. */
typedef struct
{
  guint  paragraph;
  double from;
  double height;
} Piece;

struct _CwPrintLayout
{
  GObject                parent_instance;

  CwPrintTable          *table;
  const Style           *style;
  guint                  n_columns;
  PangoContext          *context;
  PangoFontDescription  *title_font;
  PangoFontDescription  *heading_font;
  PangoFontDescription  *body_font;
  PangoFontDescription  *bold_font;
  PangoFontDescription  *small_font;

  /* Set by paginate(). */
  gboolean               laid_out;
  double                 page_w;
  double                 page_h;
  double                 table_w;
  double                *col_w;
  double                 line_h;        /* one line of body text */
  double                 row_h;         /* a row of one line */
  float                 *row_heights;   /* NULL when every row is one line */
  double                 header_h;
  double                 heading_h;
  double                 running_h;
  double                 title_h;
  double                 total_h;
  double                 closing_h;
  GArray                *items;         /* Item */
  GArray                *pieces;        /* Piece */
  GArray                *page_starts;   /* guint: first item of each page */
  /* guint: the first page of each part, the pages numbered among
   * themselves: the whole table, or each section when they are apart. */
  GArray                *part_starts;
  /* Per column, for columns of few values: cell text → its PangoLayout,
   * shaped once; NULL for the others. */
  GHashTable           **shaped;
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

static PangoFontDescription *
make_font (double   size,
           gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (CW_PRINT_FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

static void
set_body_size (CwPrintLayout *self,
               double         size)
{
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  self->body_font = make_font (size, FALSE);
  self->bold_font = make_font (size, TRUE);
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
  self->title_font = make_font (self->style->title_size, TRUE);
  self->heading_font = make_font (self->style->heading_size, TRUE);
  self->small_font = make_font (self->style->small_size, FALSE);
  set_body_size (self, self->style->body_size);
  return self;
}

/* Our own context, so that measuring and drawing agree whatever cairo_t
 * comes along: 72 dpi (one point per unit) and no hinting of metrics. */
static void
ensure_context (CwPrintLayout *self,
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

/* @width ≤ 0: one line as long as it takes. Otherwise @width wide, and
 * wrapped on at most @max_lines lines (0 = any number), or with
 * @ellipsize on one line ending in "…" when too long. */
static PangoLayout *
new_layout (CwPrintLayout               *self,
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

static void
layout_size (PangoLayout *layout,
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

static const CwPrintColumn *
column_at (CwPrintLayout *self,
           guint          c)
{
  return cw_print_table_get_column (self->table, c);
}

static gboolean
fits_content (const CwPrintColumn *column)
{
  return column->share <= 0;
}

static void
lay_out_columns (CwPrintLayout *self,
                 double        *natural)
{
  const Style *style = self->style;
  double available = self->page_w - 2 * style->margin_x;
  double fitted = available;
  gboolean any_fitted = FALSE;
  g_autofree double *scaled = g_new0 (double, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = column_at (self, c);

      if (fits_content (column))
        any_fitted = TRUE;
      else
        {
          self->col_w[c] = available * column->share;
          fitted -= self->col_w[c];
        }
    }

  set_body_size (self, style->body_size);
  cw_print_measure_widest (self->context, self->body_font, self->table, natural);

  /* Without hinting, text widths scale with the type size, so smaller
   * sizes are tried without measuring every cell again. */
  for (double size = style->body_size; any_fitted; size -= 1.0)
    {
      set_body_size (self, size);
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

/* Row heights: one line, or what a wrapped cell needs. */
static void
measure_rows (CwPrintLayout *self,
              const double  *natural)
{
  guint n_rows = cw_print_table_get_n_rows (self->table);
  g_autoptr(GHashTable) heights = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  g_clear_pointer (&self->row_heights, g_free);
  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = column_at (self, c);
      g_autoptr(PangoLayout) cell = NULL;

      if (column->overflow != CW_PRINT_WRAP || natural[c] <= self->col_w[c] - 2 * self->style->pad_x + 0.01)
        continue;
      if (self->row_heights == NULL)
        {
          self->row_heights = g_new (float, MAX (n_rows, 1));
          for (guint row = 0; row < n_rows; row++)
            self->row_heights[row] = (float) self->row_h;
        }
      cell = new_layout (self, self->body_font, self->col_w[c] - 2 * self->style->pad_x, PANGO_ALIGN_LEFT, FALSE,
                         MAX_LINES);
      g_hash_table_remove_all (heights);
      for (guint row = 0; row < n_rows; row++)
        {
          const char *text = cw_print_table_get_cell (self->table, row, c);
          double *height = g_hash_table_lookup (heights, text);

          if (height == NULL)
            {
              height = g_new (double, 1);
              pango_layout_set_text (cell, text, -1);
              layout_size (cell, NULL, height);
              *height += 2 * self->style->pad_y;
              g_hash_table_insert (heights, (gpointer) text, height);
            }
          self->row_heights[row] = MAX (self->row_heights[row], (float) *height);
        }
    }
}

/* Which columns keep their values shaped: drawing a page then costs
 * little more than writing it. Cell widths changed, so shaped values of
 * an earlier pagination are dropped. */
static void
prepare_shaped (CwPrintLayout *self)
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

/* The layout of a cell: the column's shaped one, or @scratch given the
 * text. */
static PangoLayout *
cell_layout (CwPrintLayout *self,
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

static double
row_height (CwPrintLayout *self,
            guint          row)
{
  return self->row_heights != NULL ? self->row_heights[row] : self->row_h;
}

/* Blocks measured and drawn by one function each: with @cr NULL they
 * only measure, so the two can never disagree. */

static double
show_text (CwPrintLayout               *self,
           cairo_t                     *cr,
           const PangoFontDescription  *font,
           const char                  *text,
           double                       x,
           double                       y,
           double                       width,
           PangoAlignment               alignment,
           int                          max_lines)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, width, alignment, max_lines == 1, max_lines);
  double height;

  pango_layout_set_text (layout, text, -1);
  layout_size (layout, NULL, &height);
  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return height;
}

/* The title, then the note on the right and the subtitles, grey. The
 * paragraphs follow as pieces of their own (add_paragraphs()). */
static double
title_block (CwPrintLayout *self,
             cairo_t       *cr,
             double         y)
{
  const Style *style = self->style;
  const char *note = cw_print_table_get_note (self->table);
  const char * const *subtitles = cw_print_table_get_subtitles (self->table);
  double x = style->margin_x, top = y;

  y += show_text (self, cr, self->title_font, cw_print_table_get_title (self->table), x, y, self->table_w,
                  PANGO_ALIGN_CENTER, 3);
  if (note != NULL || subtitles[0] != NULL)
    y += style->title_gap;
  if (note != NULL)
    y += show_text (self, cr, self->small_font, note, x, y, self->table_w, PANGO_ALIGN_RIGHT, 1);
  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
    }
  for (guint i = 0; subtitles[i] != NULL; i++)
    y += show_text (self, cr, self->small_font, subtitles[i], x, y, self->table_w, PANGO_ALIGN_LEFT, 0);
  if (cr != NULL)
    cairo_restore (cr);
  return y + style->title_after - top;
}

/* Paragraph @index laid out across the text's width, for
 * paragraph_lines(). */
static PangoLayout *
paragraph_layout (CwPrintLayout *self,
                  guint          index)
{
  PangoLayout *layout = new_layout (self, self->body_font, self->table_w, PANGO_ALIGN_LEFT, FALSE, 0);

  pango_layout_set_text (layout, cw_print_table_get_paragraphs (self->table)[index], -1);
  return layout;
}

/* Each line of @layout: its top and bottom down the paragraph given to
 * @func; with @cr, the lines of @piece drawn at @y as well. */
typedef void (*LineFunc) (double top, double bottom, gpointer data);

static void
paragraph_lines (CwPrintLayout *self,
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
static double
closing_block (CwPrintLayout *self,
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
    y += show_text (self, cr, self->body_font, closing[i], x, y, self->table_w, PANGO_ALIGN_LEFT, 0) + 6;

  if (n_signatures > 0)
    {
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      double widest = 0, slot;
      guint per_row;

      for (guint i = 0; i < n_signatures; i++)
        {
          /* Translators: a line to sign on, "%s：" (制表人：______) */
          g_autofree char *label = g_strdup_printf (_("%s:"), signatures[i]);
          PangoLayout *layout = new_layout (self, self->body_font, -1, PANGO_ALIGN_LEFT, FALSE, 0);
          double label_w;

          pango_layout_set_text (layout, label, -1);
          layout_size (layout, &label_w, NULL);
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
          layout_size (layout, &label_w, NULL);
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
        y += show_text (self, cr, self->body_font, issuer, x, y, width, PANGO_ALIGN_CENTER, 0) + 6;
      if (date != NULL)
        y += show_text (self, cr, self->body_font, date, x, y, width, PANGO_ALIGN_CENTER, 0);
    }
  return y - top;
}

/* Pages */

typedef struct
{
  CwPrintLayout *self;
  double         y;
  double         bottom;
  guint          rows_on_page;
} Flow;

static void
add_item (Flow     *flow,
          ItemKind  kind,
          guint     index,
          gboolean  flag,
          double    height)
{
  Item item = { kind, flag, index, flow->y };

  g_array_append_val (flow->self->items, item);
  flow->y += height;
}

static void
new_page (Flow *flow)
{
  guint start = flow->self->items->len;

  g_array_append_val (flow->self->page_starts, start);
  flow->y = flow->self->style->margin_top + flow->self->running_h;
  flow->rows_on_page = 0;
}

/* A part begins on a page of its own, under the title. */
static void
new_part (Flow *flow)
{
  CwPrintLayout *self = flow->self;
  guint start = self->items->len;
  guint page = self->page_starts->len;

  g_array_append_val (self->page_starts, start);
  g_array_append_val (self->part_starts, page);
  flow->y = self->style->margin_top;
  flow->rows_on_page = 0;
  add_item (flow, ITEM_TITLE, 0, FALSE, self->title_h);
}

static gboolean
page_is_empty (Flow *flow)
{
  GArray *starts = flow->self->page_starts;

  return flow->self->items->len == g_array_index (starts, guint, starts->len - 1);
}

/* @after: what must follow the section's last @keep_last rows on their
 * page (the total, the closing block), 0 for nothing. */
static void
add_section (Flow   *flow,
             guint   section,
             double  after,
             guint   keep_last)
{
  CwPrintLayout *self = flow->self;
  const char *name;
  guint first, count, tail;
  double keep;

  cw_print_table_get_section (self->table, section, &name, NULL, &first, &count);
  tail = first + count - MIN (count, keep_last);
  keep = (name != NULL ? self->heading_h : 0) + self->header_h;
  for (guint r = first; r < first + MIN (count, KEEP_ROWS); r++)
    keep += row_height (self, r);
  /* A short section stays whole with what follows it. */
  if (after > 0 && tail < first + KEEP_ROWS)
    {
      for (guint r = first + MIN (count, KEEP_ROWS); r < first + count; r++)
        keep += row_height (self, r);
      keep += after;
    }

  if (!page_is_empty (flow) && g_array_index (self->items, Item, self->items->len - 1).kind != ITEM_TITLE)
    flow->y += self->style->section_gap;
  if (flow->y + keep > flow->bottom && !page_is_empty (flow))
    new_page (flow);
  if (name != NULL)
    add_item (flow, ITEM_HEADING, section, FALSE, self->heading_h);
  add_item (flow, ITEM_HEADER, section, FALSE, self->header_h);

  for (guint r = first; r < first + count; r++)
    {
      double needed = row_height (self, r);

      /* The last rows go over with what follows them rather than leave it
       * alone on the next page. */
      if (after > 0 && r == tail && tail >= first + KEEP_ROWS)
        {
          for (guint t = r + 1; t < first + count; t++)
            needed += row_height (self, t);
          needed += after;
        }

      /* A row that does not fit even on an empty page goes on one of its
       * own and is cut; MAX_LINES makes that all but impossible. */
      if (flow->y + needed > flow->bottom && flow->rows_on_page > 0)
        {
          new_page (flow);
          if (name != NULL)
            add_item (flow, ITEM_HEADING, section, TRUE, self->heading_h);
          add_item (flow, ITEM_HEADER, section, TRUE, self->header_h);
        }
      add_item (flow, ITEM_ROW, r, (r - first) % 2 == 1, row_height (self, r));
      flow->rows_on_page++;
    }
}

static void
add_piece (Flow   *flow,
           guint   paragraph,
           double  from,
           double  to)
{
  Piece piece = { paragraph, from, to - from };

  g_array_append_val (flow->self->pieces, piece);
  add_item (flow, ITEM_PARAGRAPH, flow->self->pieces->len - 1, FALSE, to - from);
}

typedef struct
{
  Flow   *flow;
  guint   paragraph;
  double  from;   /* the first line not placed yet */
  double  to;     /* the end of the lines that fit so far */
} Placing;

/* A line that does not fit ends the piece on this page; the paragraph
 * goes on at the top of the next. */
static void
place_line (double   top,
            double   bottom,
            gpointer data)
{
  Placing *placing = data;
  Flow *flow = placing->flow;

  if (flow->y + (bottom - placing->from) > flow->bottom)
    {
      if (placing->to > placing->from)
        {
          add_piece (flow, placing->paragraph, placing->from, placing->to);
          placing->from = placing->to;
        }
      if (!page_is_empty (flow))
        new_page (flow);
    }
  placing->to = bottom;
}

/* The paragraphs (a notice's body) under the title, as long as they are:
 * page after page, a paragraph broken between lines. */
static void
add_paragraphs (Flow *flow)
{
  CwPrintLayout *self = flow->self;
  const char * const *paragraphs = cw_print_table_get_paragraphs (self->table);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = paragraph_layout (self, i);
      Placing placing = { flow, i, 0, 0 };

      if (i > 0)
        flow->y += 4;
      paragraph_lines (self, layout, NULL, NULL, 0, place_line, &placing);
      if (placing.to > placing.from)
        add_piece (flow, i, placing.from, placing.to);
    }
}

static void
add_total (Flow *flow)
{
  /* Only when a lone last row filled its page does the total go alone. */
  if (flow->y + flow->self->total_h > flow->bottom)
    new_page (flow);
  add_item (flow, ITEM_TOTAL, 0, FALSE, flow->self->total_h);
}

static void
add_closing (Flow *flow)
{
  if (flow->y + flow->self->closing_h > flow->bottom && !page_is_empty (flow))
    new_page (flow);
  add_item (flow, ITEM_CLOSING, 0, FALSE, flow->self->closing_h);
}

int
cw_print_layout_paginate (CwPrintLayout *self,
                          cairo_t       *measuring_cr,
                          double         page_w,
                          double         page_h)
{
  const Style *style;
  g_autofree double *natural = NULL;
  guint n_rows, n_sections;
  gboolean apart;
  Flow flow = { self, 0, 0, 0 };

  g_return_val_if_fail (CW_IS_PRINT_LAYOUT (self), 0);
  g_return_val_if_fail (measuring_cr != NULL, 0);

  style = self->style;
  ensure_context (self, measuring_cr);
  self->page_w = page_w;
  self->page_h = page_h;
  n_rows = cw_print_table_get_n_rows (self->table);
  n_sections = cw_print_table_get_n_sections (self->table);
  apart = cw_print_table_get_sections_apart (self->table);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->pieces, 0);
  g_array_set_size (self->page_starts, 0);
  g_array_set_size (self->part_starts, 0);

  natural = g_new0 (double, self->n_columns);
  lay_out_columns (self, natural);
  /* Prose alone (a notice without a table) has the page's width. */
  if (self->n_columns == 0)
    self->table_w = page_w - 2 * style->margin_x;
  {
    g_autoptr(PangoLayout) measure = new_layout (self, self->body_font, -1, PANGO_ALIGN_LEFT, FALSE, 0);

    pango_layout_set_text (measure, "国", -1);
    layout_size (measure, NULL, &self->line_h);
  }
  self->row_h = cw_print_table_get_row_lines (self->table) * self->line_h + 2 * style->pad_y;
  measure_rows (self, natural);
  prepare_shaped (self);

  self->header_h = 0;
  for (guint c = 0; c < self->n_columns; c++)
    self->header_h = MAX (self->header_h, show_text (self, NULL, self->bold_font, column_at (self, c)->header, 0, 0,
                                                     self->col_w[c] - 2 * style->pad_x, PANGO_ALIGN_CENTER, 0));
  self->header_h += 2 * style->pad_y;
  self->heading_h = show_text (self, NULL, self->heading_font, "国", 0, 0, -1, PANGO_ALIGN_LEFT, 0) + 5;
  self->running_h = show_text (self, NULL, self->small_font, "国", 0, 0, -1, PANGO_ALIGN_LEFT, 0) +
                    style->running_gap;
  self->title_h = title_block (self, NULL, 0);
  /* The total says it all, wrapped in its box when it is longer than a
   * row (a disclosure's balance line in English): never cut short. */
  self->total_h = 0;
  if (cw_print_table_get_total (self->table) != NULL)
    self->total_h = MAX (self->row_h, show_text (self, NULL, self->bold_font, cw_print_table_get_total (self->table),
                                                 0, 0, self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0) +
                                      2 * style->pad_y);
  self->closing_h = closing_block (self, NULL, 0);

  flow.bottom = page_h - style->margin_bottom;
  new_part (&flow);
  add_paragraphs (&flow);

  if (n_rows == 0 && cw_print_table_get_empty_text (self->table) != NULL)
    add_item (&flow, ITEM_EMPTY, 0, FALSE, self->row_h);
  else if (n_rows == 0 && self->n_columns > 0)
    add_item (&flow, ITEM_HEADER, 0, FALSE, self->header_h);
  for (guint s = 0; s < n_sections; s++)
    {
      gboolean last = s + 1 == n_sections;
      /* The closing block ends every part. */
      gboolean part_ends = apart || last;
      double after = (last ? self->total_h : 0) + (part_ends ? self->closing_h : 0);

      if (apart && s > 0)
        new_part (&flow);
      add_section (&flow, s, after, part_ends && self->closing_h > 0 ? KEEP_ROWS : 1);
      if (last && self->total_h > 0)
        add_total (&flow);
      if (apart && !last && self->closing_h > 0)
        add_closing (&flow);
    }
  if (n_sections == 0 && self->total_h > 0)
    add_total (&flow);
  if (self->closing_h > 0)
    add_closing (&flow);

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

/* Drawing */

/* A row of cells, each layout already holding its text: a thin border
 * around each cell, text centred vertically, and clipped to its cell
 * should it ever be larger. */
static void
draw_cells (CwPrintLayout  *self,
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

/* The cells' layouts, made once per page and given each row's text. */
static PangoLayout **
new_row_layouts (CwPrintLayout *self,
                 gboolean       header)
{
  PangoLayout **layouts = g_new0 (PangoLayout *, self->n_columns + 1);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const CwPrintColumn *column = column_at (self, c);
      double width = self->col_w[c] - 2 * self->style->pad_x;

      if (header)
        {
          layouts[c] = new_layout (self, self->bold_font, width, PANGO_ALIGN_CENTER, FALSE, 0);
          pango_layout_set_text (layouts[c], column->header, -1);
        }
      else
        layouts[c] = new_layout (self, self->body_font, width, to_pango_alignment (column->align),
                                 column->overflow == CW_PRINT_ELLIPSIZE, MAX_LINES);
    }
  return layouts;
}

static void
free_row_layouts (PangoLayout **layouts)
{
  for (guint c = 0; layouts[c] != NULL; c++)
    g_object_unref (layouts[c]);
  g_free (layouts);
}

static void
draw_heading (CwPrintLayout *self,
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
  show_text (self, cr, self->heading_font, heading, self->style->margin_x, item->y, self->table_w,
             PANGO_ALIGN_LEFT, 1);
}

static void
draw_total (CwPrintLayout *self,
            cairo_t       *cr,
            double         y)
{
  const Style *style = self->style;
  double h = show_text (self, NULL, self->bold_font, cw_print_table_get_total (self->table), 0, 0,
                        self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0);

  show_text (self, cr, self->bold_font, cw_print_table_get_total (self->table), style->margin_x + style->pad_x,
             y + (self->total_h - h) / 2, self->table_w - 2 * style->pad_x, PANGO_ALIGN_LEFT, 0);
  cairo_rectangle (cr, style->margin_x, y, self->table_w, self->total_h);
  cairo_stroke (cr);
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
  g_autofree char *footer = NULL;
  guint first, last;
  int n_pages, part_page, part_n_pages;

  g_return_if_fail (CW_IS_PRINT_LAYOUT (self));
  g_return_if_fail (self->laid_out);
  n_pages = (int) self->page_starts->len;
  g_return_if_fail (page >= 0 && page < n_pages);

  style = self->style;
  ensure_context (self, cr);
  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : self->items->len;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, style->line_width);
  cells = new_row_layouts (self, FALSE);
  row = g_new0 (PangoLayout *, self->n_columns);
  headers = new_row_layouts (self, TRUE);

  part_pages (self, page, &part_page, &part_n_pages);
  if (part_page > 0)
    {
      /* A loose page still says which table it belongs to. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_text (self, cr, self->small_font, cw_print_table_get_title (self->table), style->margin_x,
                 style->margin_top, self->table_w, PANGO_ALIGN_LEFT, 1);
      cairo_restore (cr);
    }

  for (guint i = first; i < last; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TITLE:
          title_block (self, cr, item->y);
          break;
        case ITEM_HEADING:
          draw_heading (self, cr, item);
          break;
        case ITEM_HEADER:
          draw_cells (self, cr, headers, item->y, self->header_h, HEADER_SHADE);
          break;
        case ITEM_ROW:
          for (guint c = 0; c < self->n_columns; c++)
            row[c] = cell_layout (self, cells[c], c, cw_print_table_get_cell (self->table, item->index, c));
          /* Every other line shaded, so that a finger finds its row. */
          draw_cells (self, cr, row, item->y, row_height (self, item->index), item->flag ? STRIPE_SHADE : 1);
          break;
        case ITEM_EMPTY:
          show_text (self, cr, self->body_font, cw_print_table_get_empty_text (self->table), style->margin_x,
                     item->y, self->table_w, PANGO_ALIGN_CENTER, 0);
          break;
        case ITEM_TOTAL:
          draw_total (self, cr, item->y);
          break;
        case ITEM_CLOSING:
          closing_block (self, cr, item->y);
          break;
        case ITEM_PARAGRAPH:
          {
            const Piece *piece = &g_array_index (self->pieces, Piece, item->index);
            g_autoptr(PangoLayout) layout = paragraph_layout (self, piece->paragraph);

            paragraph_lines (self, layout, cr, piece, item->y, NULL, NULL);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* Translators: at the foot of each printed page, "第 %d 页 共 %d 页" */
  footer = g_strdup_printf (_("Page %d of %d"), part_page + 1, part_n_pages);
  show_text (self, cr, self->small_font, footer, style->margin_x, self->page_h - style->margin_bottom + style->footer_offset,
             self->table_w, PANGO_ALIGN_CENTER, 1);

  free_row_layouts (cells);
  free_row_layouts (headers);
  cairo_restore (cr);
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
