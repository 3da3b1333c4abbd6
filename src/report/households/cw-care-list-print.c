/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-care-list-print"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-pdf.h"
#include "report/common/cw-print-font.h"
#include "report/households/cw-care-list-print.h"
#include "report/households/cw-roster-export.h"
#include "report/common/cw-workbook.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"

/* A4 in points. */
#define A4_WIDTH   595.2756
#define A4_HEIGHT  841.8898

#define FONT_FAMILIES CW_PRINT_FONT_FAMILIES
#define BODY_SIZE   9.0
/* When twelve columns do not fit at 9 points, smaller type is better than
 * ID numbers broken over two lines; below 7 it is not. */
#define SMALLEST_BODY_SIZE 7.0
#define TITLE_SIZE  14.0
#define SMALL_SIZE  8.0

#define MARGIN_X      34.0    /* 12 mm */
#define MARGIN_TOP    34.0
#define MARGIN_BOTTOM 42.0    /* room for the page numbers */
#define PAD_X         3.0
#define PAD_Y         3.0
#define LINE_WIDTH    0.5
/* A cell shows at most this many lines, then an ellipsis: one absurd
 * value must not take a whole page. */
#define MAX_LINES     4

struct _CwCareListLayout
{
  GObject                parent_instance;

  CwCareList            *list;
  char                  *printed_note;
  PangoContext          *context;
  PangoFontDescription  *body_font;
  PangoFontDescription  *bold_font;
  PangoFontDescription  *title_font;
  PangoFontDescription  *small_font;

  /* Set by get_n_pages(). */
  gboolean               laid_out;
  double                 page_w;
  double                 page_h;
  guint                  n_columns;
  double                *col_widths;
  double                 table_w;
  double                 title_h;
  double                 header_h;
  double                 total_h;
  float                 *row_heights;
  GArray                *page_starts;   /* guint: first row of each page */
};

G_DEFINE_FINAL_TYPE (CwCareListLayout, cw_care_list_layout, G_TYPE_OBJECT)

static void
cw_care_list_layout_finalize (GObject *object)
{
  CwCareListLayout *self = CW_CARE_LIST_LAYOUT (object);

  g_clear_pointer (&self->list, cw_care_list_free);
  g_free (self->printed_note);
  g_clear_object (&self->context);
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_free (self->col_widths);
  g_free (self->row_heights);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (cw_care_list_layout_parent_class)->finalize (object);
}

static void
cw_care_list_layout_class_init (CwCareListLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_care_list_layout_finalize;
}

static PangoFontDescription *
make_font (double   size,
           gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

static void
set_body_size (CwCareListLayout *self,
               double            size)
{
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  self->body_font = make_font (size, FALSE);
  self->bold_font = make_font (size, TRUE);
}

static void
cw_care_list_layout_init (CwCareListLayout *self)
{
  set_body_size (self, BODY_SIZE);
  self->title_font = make_font (TITLE_SIZE, TRUE);
  self->small_font = make_font (SMALL_SIZE, FALSE);
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

CwCareListLayout *
cw_care_list_layout_new (CwDatabase           *db,
                         const CwPersonQuery  *query,
                         gboolean              masked,
                         GError              **error)
{
  g_autoptr(CwCareListLayout) self = NULL;
  g_autofree char *today = NULL;
  CwCareList *list;
  GDate date;

  list = cw_care_list_new (db, query, masked, error);
  if (list == NULL)
    return NULL;

  self = g_object_new (CW_TYPE_CARE_LIST_LAYOUT, NULL);
  self->list = list;
  cw_date_today (&date);
  today = cw_date_format (&date);
  /* Translators: under a printed list's title, %s is a date YYYY-MM-DD */
  self->printed_note = g_strdup_printf (_("Printed %s"), today);
  return g_steal_pointer (&self);
}

/* Our own context, so that measuring and drawing agree whatever cairo_t
 * comes along: 72 dpi (one point per unit) and no hinting of metrics. */
static void
ensure_context (CwCareListLayout *self,
                cairo_t          *cr)
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

/* Every string passes the same gate as the workbook's: Pango warns about
 * invalid UTF-8 (a fatal warning in tests) and draws control characters
 * as boxes. */
static void
set_text (PangoLayout *layout,
          const char  *text)
{
  g_autofree char *repaired = cw_workbook_repair_text (text);

  pango_layout_set_text (layout, repaired != NULL ? repaired : (text != NULL ? text : ""), -1);
}

static PangoLayout *
new_layout (CwCareListLayout            *self,
            const PangoFontDescription  *font,
            double                       width,
            PangoAlignment               alignment,
            int                          max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, alignment);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
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

/* The columns whose words may go on several lines when the page is too
 * narrow, in the order they give way: tags first, names last (a gift
 * list is read by name); 0 for columns that never wrap. @ems is how
 * narrow they may become, in Chinese characters: "低保、残疾" still on
 * two lines, a three-character name on one. */
static int
column_give_way (CwCareColumn  column,
                 double       *ems)
{
  switch (column)
    {
    case CW_CARE_COLUMN_TAGS:             *ems = 3; return 1;
    case CW_CARE_COLUMN_RELATION:         *ems = 2; return 2;
    case CW_CARE_COLUMN_GROUP:            *ems = 3; return 3;
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER: *ems = 2; return 4;
    case CW_CARE_COLUMN_NAME:             *ems = 3; return 5;
    default:                              *ems = 0; return 0;
    }
}

static PangoAlignment
column_alignment (CwCareColumn column)
{
  switch (column)
    {
    case CW_CARE_COLUMN_NAME:
    case CW_CARE_COLUMN_TAGS:
      return PANGO_ALIGN_LEFT;
    default:
      return PANGO_ALIGN_CENTER;
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

/* The narrowest a header may be: on at most two lines, broken between
 * words (or between Chinese characters), never inside an English word;
 * short ones stay whole. */
static double
header_minimum (CwCareListLayout *self,
                const char       *header,
                double            natural)
{
  g_autoptr(PangoLayout) layout = new_layout (self, self->bold_font, -1, PANGO_ALIGN_LEFT, 0);

  set_text (layout, header);
  /* "性别" or "No." on two lines would only look broken. */
  if (g_utf8_strlen (header, -1) <= 3)
    return natural;
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (double width = ceil (natural / 2); width < natural; width += 1.0)
    {
      double used;

      pango_layout_set_width (layout, pango_units_from_double (width));
      layout_size (layout, &used, NULL);
      if (pango_layout_get_line_count (layout) <= 2 && used <= width + 0.01)
        return width;
    }
  return natural;
}

/* Column widths: what the widest cell and header need; when that is more
 * than the page, first headers go to two lines, then tags, relations,
 * groups, household numbers and at last names wrap, and only if it still
 * does not fit is every column narrowed alike (cells then wrap wherever
 * they must — never over their neighbour). */
static gboolean
lay_out_columns (CwCareListLayout *self,
                 double            available,
                 const double     *content_natural)
{
  guint n = self->n_columns;
  g_autofree double *want = g_new0 (double, n);
  g_autofree double *floors = g_new0 (double, n);
  g_autofree double *longest_word = g_new0 (double, n);
  g_autoptr(PangoLayout) measure = new_layout (self, self->bold_font, -1, PANGO_ALIGN_LEFT, 0);
  double em, sum = 0;
  gboolean fits;

  set_text (measure, "国");
  layout_size (measure, &em, NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *header = cw_care_list_get_header (self->list, i);
      double header_natural;

      set_text (measure, header);
      layout_size (measure, &header_natural, NULL);
      want[i] = MAX (content_natural[i], header_natural) + 2 * PAD_X;
      floors[i] = MAX (content_natural[i], header_minimum (self, header, header_natural)) + 2 * PAD_X;
      /* A column that gives way still holds its header's longest word. */
      pango_layout_set_wrap (measure, PANGO_WRAP_WORD);
      pango_layout_set_width (measure, 1);
      layout_size (measure, &longest_word[i], NULL);
      pango_layout_set_width (measure, -1);
    }

  /* 1. Headers on two lines. */
  fits = shrink_to (want, floors, n, available);

  /* 2. Words wrap, one kind of column after the other. */
  for (int step = 1; !fits && step <= 5; step++)
    {
      for (guint i = 0; i < n; i++)
        {
          double ems;

          if (column_give_way (cw_care_list_get_column (self->list, i), &ems) == step)
            floors[i] = MIN (floors[i], MAX (ems * em, longest_word[i]) + 2 * PAD_X);
        }
      fits = shrink_to (want, floors, n, available);
    }

  /* 3. Everything alike. */
  if (!fits)
    {
      double total = 0;

      for (guint i = 0; i < n; i++)
        total += want[i];
      for (guint i = 0; i < n; i++)
        want[i] *= available / total;
    }

  /* Spare room goes to every column alike, so the table spans the page. */
  for (guint i = 0; i < n; i++)
    sum += want[i];
  for (guint i = 0; i < n; i++)
    self->col_widths[i] = want[i] * (available / sum);
  self->table_w = available;
  return fits;
}

int
cw_care_list_layout_get_n_pages (CwCareListLayout *self,
                                 cairo_t          *measuring_cr,
                                 double            page_w,
                                 double            page_h)
{
  guint n_rows, n_columns;
  g_autofree double *content_natural = NULL;
  g_autofree double *scaled = NULL;
  g_autofree gboolean *wraps = NULL;
  g_autoptr(PangoLayout) measure = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(GPtrArray) caches = NULL;
  double line_h, body_h, y;
  guint row;

  g_return_val_if_fail (CW_IS_CARE_LIST_LAYOUT (self), 0);
  g_return_val_if_fail (measuring_cr != NULL, 0);

  ensure_context (self, measuring_cr);
  n_rows = cw_care_list_get_n_rows (self->list);
  n_columns = cw_care_list_get_n_columns (self->list);
  self->page_w = page_w;
  self->page_h = page_h;
  self->n_columns = n_columns;
  g_free (self->col_widths);
  self->col_widths = g_new0 (double, n_columns);
  g_free (self->row_heights);
  self->row_heights = g_new0 (float, MAX (n_rows, 1));
  g_array_set_size (self->page_starts, 0);

  /* Pass 1: each column's widest cell. Many values repeat (sexes, ages,
   * groups, relations, tags), so each column remembers what it measured. */
  content_natural = g_new0 (double, n_columns);
  caches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (caches, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free));
  set_body_size (self, BODY_SIZE);
  measure = new_layout (self, self->body_font, -1, PANGO_ALIGN_LEFT, 0);
  for (row = 0; row < n_rows; row++)
    for (guint c = 0; c < n_columns; c++)
      {
        g_autofree char *text = cw_care_list_dup_cell (self->list, row, c);
        GHashTable *cache = g_ptr_array_index (caches, c);
        double *width = g_hash_table_lookup (cache, text);

        if (width == NULL)
          {
            width = g_new (double, 1);
            set_text (measure, text);
            layout_size (measure, width, NULL);
            g_hash_table_insert (cache, g_steal_pointer (&text), width);
          }
        content_natural[c] = MAX (content_natural[c], *width);
      }

  /* Without hinting, text widths scale with the type size, so smaller
   * sizes are tried without measuring every cell again. */
  scaled = g_new0 (double, n_columns);
  for (double size = BODY_SIZE; ; size -= 1.0)
    {
      set_body_size (self, size);
      for (guint c = 0; c < n_columns; c++)
        scaled[c] = content_natural[c] * size / BODY_SIZE;
      if (lay_out_columns (self, page_w - 2 * MARGIN_X, scaled) || size - 1.0 < SMALLEST_BODY_SIZE)
        break;
    }
  memcpy (content_natural, scaled, sizeof (double) * n_columns);
  g_clear_object (&measure);
  measure = new_layout (self, self->body_font, -1, PANGO_ALIGN_LEFT, 0);
  set_text (measure, "国");
  layout_size (measure, NULL, &line_h);

  /* Pass 2: row heights. Only a column narrower than its widest cell can
   * have a cell on more than one line. */
  wraps = g_new0 (gboolean, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      wraps[c] = content_natural[c] > self->col_widths[c] - 2 * PAD_X + 0.01;
      g_hash_table_remove_all (g_ptr_array_index (caches, c));
    }
  for (row = 0; row < n_rows; row++)
    {
      double height = line_h;

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) cell = NULL;
          GHashTable *cache;
          double *cell_h;

          if (!wraps[c])
            continue;
          text = cw_care_list_dup_cell (self->list, row, c);
          cache = g_ptr_array_index (caches, c);
          cell_h = g_hash_table_lookup (cache, text);
          if (cell_h == NULL)
            {
              cell = new_layout (self, self->body_font, self->col_widths[c] - 2 * PAD_X,
                                 PANGO_ALIGN_LEFT, MAX_LINES);
              set_text (cell, text);
              cell_h = g_new (double, 1);
              layout_size (cell, NULL, cell_h);
              g_hash_table_insert (cache, g_steal_pointer (&text), cell_h);
            }
          height = MAX (height, *cell_h);
        }
      self->row_heights[row] = (float) (height + 2 * PAD_Y);
    }

  /* The header, the title block and the total line. */
  self->header_h = 0;
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(PangoLayout) header = new_layout (self, self->bold_font, self->col_widths[c] - 2 * PAD_X,
                                                  PANGO_ALIGN_CENTER, 0);
      double h;

      set_text (header, cw_care_list_get_header (self->list, c));
      layout_size (header, NULL, &h);
      self->header_h = MAX (self->header_h, h + 2 * PAD_Y);
    }
  title = new_layout (self, self->title_font, self->table_w, PANGO_ALIGN_CENTER, 3);
  set_text (title, cw_care_list_get_title (self->list));
  layout_size (title, NULL, &self->title_h);
  /* The title, a gap, the printed date in small type, a gap. */
  self->title_h += 6 + SMALL_SIZE * 1.5 + 4;
  self->total_h = line_h + 2 * PAD_Y;

  /* Pages: rows while they fit under the header; the last row keeps the
   * total line with it. Later pages carry a one-line running title. */
  body_h = page_h - MARGIN_TOP - MARGIN_BOTTOM;
  y = self->title_h + self->header_h;
  row = 0;
  g_array_append_val (self->page_starts, row);
  for (row = 0; row < n_rows; row++)
    {
      double needed = self->row_heights[row] + (row + 1 == n_rows ? self->total_h : 0);
      guint start = g_array_index (self->page_starts, guint, self->page_starts->len - 1);

      /* A row that cannot fit even on an empty page gets a page of its
       * own and is cut; MAX_LINES makes that all but impossible. */
      if (y + needed > body_h && row > start)
        {
          g_array_append_val (self->page_starts, row);
          y = SMALL_SIZE * 1.5 + 4 + self->header_h;
        }
      y += self->row_heights[row];
    }
  if (n_rows > 0 && y + self->total_h > body_h)
    {
      /* Only when a lone last row filled its page: the total goes alone. */
      g_array_append_val (self->page_starts, n_rows);
    }

  self->laid_out = TRUE;
  return (int) self->page_starts->len;
}

static void
stroke_rectangle (cairo_t *cr,
                  double   x,
                  double   y,
                  double   w,
                  double   h)
{
  cairo_rectangle (cr, x, y, w, h);
  cairo_stroke (cr);
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A row of cells: text centred vertically, a thin border around each. */
static void
draw_cells (CwCareListLayout  *self,
            cairo_t           *cr,
            double             top,
            double             height,
            const char *const *texts,
            gboolean           header)
{
  double x = MARGIN_X;

  if (header)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.88, 0.91, 0.95);
      cairo_rectangle (cr, MARGIN_X, top, self->table_w, height);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  for (guint c = 0; c < self->n_columns; c++)
    {
      double w = self->col_widths[c];
      CwCareColumn column = cw_care_list_get_column (self->list, c);
      g_autoptr(PangoLayout) layout = new_layout (self, header ? self->bold_font : self->body_font,
                                                  w - 2 * PAD_X,
                                                  header ? PANGO_ALIGN_CENTER : column_alignment (column),
                                                  header ? 0 : MAX_LINES);
      double text_h;

      set_text (layout, texts[c]);
      layout_size (layout, NULL, &text_h);

      cairo_save (cr);
      /* Clip to the cell: nothing may ever run into its neighbour. */
      cairo_rectangle (cr, x, top, w, height);
      cairo_clip (cr);
      show_layout_at (cr, layout, x + PAD_X, top + MAX ((height - text_h) / 2, PAD_Y));
      cairo_restore (cr);

      stroke_rectangle (cr, x, top, w, height);
      x += w;
    }
}

void
cw_care_list_layout_draw_page (CwCareListLayout *self,
                               cairo_t          *cr,
                               int               page)
{
  guint first, last, n_rows;
  g_autofree const char **headers = NULL;
  g_autofree char *footer = NULL;
  g_autoptr(PangoLayout) footer_layout = NULL;
  g_autoptr(PangoLayout) small = NULL;
  double y = MARGIN_TOP;
  int n_pages;

  g_return_if_fail (CW_IS_CARE_LIST_LAYOUT (self));
  g_return_if_fail (self->laid_out);
  n_pages = (int) self->page_starts->len;
  g_return_if_fail (page >= 0 && page < n_pages);

  ensure_context (self, cr);
  n_rows = cw_care_list_get_n_rows (self->list);
  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : n_rows;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, LINE_WIDTH);

  if (page == 0)
    {
      g_autoptr(PangoLayout) title = new_layout (self, self->title_font, self->table_w, PANGO_ALIGN_CENTER, 3);
      double h;

      set_text (title, cw_care_list_get_title (self->list));
      layout_size (title, NULL, &h);
      show_layout_at (cr, title, MARGIN_X, y);
      y += h + 6;
      small = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_RIGHT, 1);
      set_text (small, self->printed_note);
      show_layout_at (cr, small, MARGIN_X, y);
      y = MARGIN_TOP + self->title_h;
    }
  else
    {
      /* A loose page still says which list it belongs to. */
      small = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_LEFT, 1);
      set_text (small, cw_care_list_get_title (self->list));
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_layout_at (cr, small, MARGIN_X, y);
      cairo_restore (cr);
      y += SMALL_SIZE * 1.5 + 4;
    }

  if (first < last || page + 1 == n_pages)
    {
      headers = g_new0 (const char *, self->n_columns + 1);
      for (guint c = 0; c < self->n_columns; c++)
        headers[c] = cw_care_list_get_header (self->list, c);
      draw_cells (self, cr, y, self->header_h, headers, TRUE);
      y += self->header_h;
    }

  for (guint row = first; row < last; row++)
    {
      g_auto(GStrv) cells = g_new0 (char *, self->n_columns + 1);
      double height = self->row_heights[row];

      for (guint c = 0; c < self->n_columns; c++)
        cells[c] = cw_care_list_dup_cell (self->list, row, c);
      draw_cells (self, cr, y, height, (const char * const *) cells, FALSE);
      y += height;
    }

  if (page + 1 == n_pages)
    {
      g_autofree char *total = cw_care_list_dup_total (self->list);
      g_autoptr(PangoLayout) layout = new_layout (self, self->bold_font, self->table_w - 2 * PAD_X,
                                                  PANGO_ALIGN_LEFT, 1);
      double h;

      set_text (layout, total);
      layout_size (layout, NULL, &h);
      show_layout_at (cr, layout, MARGIN_X + PAD_X, y + (self->total_h - h) / 2);
      stroke_rectangle (cr, MARGIN_X, y, self->table_w, self->total_h);
    }

  /* Translators: at the foot of each printed page, "第 %d 页 共 %d 页" */
  footer = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
  footer_layout = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_CENTER, 1);
  set_text (footer_layout, footer);
  show_layout_at (cr, footer_layout, MARGIN_X, self->page_h - MARGIN_BOTTOM + 14);

  cairo_restore (cr);
}

gboolean
cw_care_list_print_pdf (CwDatabase           *db,
                        const CwPersonQuery  *query,
                        gboolean              masked,
                        const char           *path,
                        int                  *n_pages,
                        GError              **error)
{
  g_autoptr(CwCareListLayout) self = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  self = cw_care_list_layout_new (db, query, masked, error);
  if (self == NULL)
    return FALSE;

  title = cw_workbook_repair_text (cw_care_list_get_title (self->list));
  return cw_pdf_save_a4 (path, title != NULL ? title : cw_care_list_get_title (self->list), self,
                         (CwPdfPaginateFunc) cw_care_list_layout_get_n_pages,
                         (CwPdfDrawPageFunc) cw_care_list_layout_draw_page,
                         n_pages, error);
}
