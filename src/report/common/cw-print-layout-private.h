/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "report/common/cw-print-layout.h"

G_BEGIN_DECLS

/* What the files of CwPrintLayout share, inside the report layer only:
 *
 *   cw-print-layout.c         the type: measuring for paginate(), and
 *                             draw_page() going down a page's items
 *   cw-print-layout-text.c    fonts, the layout's own Pango context, text
 *                             laid out, measured and shown
 *   cw-print-layout-table.c   the table: column widths, row heights, the
 *                             cells' layouts, a row, a heading, the total
 *   cw-print-layout-blocks.c  the title, the body's paragraphs, the closing
 *                             lines with the signatures and the issuer
 *                             under the seal, the running title and the
 *                             page number
 *   cw-print-layout-flow.c    what stands on which page (items and pieces)
 */

/* A cell shows at most this many lines, then "…": one absurd value must
 * not take a whole page. */
#define MAX_LINES   4
/* Rows that stay with a section's heading and header, so that a heading
 * never stands alone at the foot of a page; and with the closing lines,
 * so that the publicity period and the signatures never stand alone on
 * the last page. */
#define KEEP_ROWS   3

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
  /* Set by cw_print_layout_set_page_numbering(): the footer counts the
   * pages of a bigger document (0: its own parts). */
  int                    numbering_first;
  int                    numbering_n_pages;
  /* Per column, for columns of few values: cell text → its PangoLayout,
   * shaped once; NULL for the others. */
  GHashTable           **shaped;
};

/* Fonts and text (cw-print-layout-text.c). */
PangoFontDescription *_cw_print_layout_make_font      (double                       size,
                                                       gboolean                     bold);
/* The body's regular and bold fonts at @size points. */
void                  _cw_print_layout_set_body_size  (CwPrintLayout               *self,
                                                       double                       size);
/* Our own context, so that measuring and drawing agree whatever cairo_t
 * comes along: 72 dpi (one point per unit) and no hinting of metrics. */
void                  _cw_print_layout_ensure_context (CwPrintLayout               *self,
                                                       cairo_t                     *cr);
/* @width ≤ 0: one line as long as it takes. Otherwise @width wide, and
 * wrapped on at most @max_lines lines (0 = any number), or with
 * @ellipsize on one line ending in "…" when too long. */
PangoLayout          *_cw_print_layout_new_text       (CwPrintLayout               *self,
                                                       const PangoFontDescription  *font,
                                                       double                       width,
                                                       PangoAlignment               alignment,
                                                       gboolean                     ellipsize,
                                                       int                          max_lines);
void                  _cw_print_layout_text_size      (PangoLayout                 *layout,
                                                       double                      *width,
                                                       double                      *height);
/* @text at @x, @y, as _cw_print_layout_new_text() lays it out (one line
 * ellipsized when @max_lines is 1); its height. With @cr NULL it only
 * measures, so that measuring and drawing can never disagree. */
double                _cw_print_layout_show_text      (CwPrintLayout               *self,
                                                       cairo_t                     *cr,
                                                       const PangoFontDescription  *font,
                                                       const char                  *text,
                                                       double                       x,
                                                       double                       y,
                                                       double                       width,
                                                       PangoAlignment               alignment,
                                                       int                          max_lines);

/* The table (cw-print-layout-table.c). */
static inline const CwPrintColumn *
_cw_print_layout_column (CwPrintLayout *self,
                         guint          c)
{
  return cw_print_table_get_column (self->table, c);
}

static inline double
_cw_print_layout_row_height (CwPrintLayout *self,
                             guint          row)
{
  return self->row_heights != NULL ? self->row_heights[row] : self->row_h;
}

/* Column widths and the body's type size; @natural (n_columns) gets
 * each column's widest cell at that size. */
void                  _cw_print_layout_lay_out_columns  (CwPrintLayout  *self,
                                                         double         *natural);
/* Row heights: one line, or what a wrapped cell needs. */
void                  _cw_print_layout_measure_rows     (CwPrintLayout  *self,
                                                         const double   *natural);
/* Which columns keep their values shaped: drawing a page then costs
 * little more than writing it. Cell widths changed, so shaped values of
 * an earlier pagination are dropped. */
void                  _cw_print_layout_prepare_shaped   (CwPrintLayout  *self);
/* The layout of a cell: the column's shaped one, or @scratch given the
 * text. */
PangoLayout          *_cw_print_layout_cell_layout      (CwPrintLayout  *self,
                                                         PangoLayout    *scratch,
                                                         guint           column,
                                                         const char     *text);
/* The cells' layouts (NULL-terminated), made once per page: the header's
 * with their text, or the body's to be given each row's text. */
PangoLayout         **_cw_print_layout_new_row_layouts  (CwPrintLayout  *self,
                                                         gboolean        header);
void                  _cw_print_layout_free_row_layouts (PangoLayout   **layouts);
/* A row of cells at @top, each layout holding its text, on a ground of
 * grey @shade (1: none). */
void                  _cw_print_layout_draw_cells       (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         PangoLayout   **layouts,
                                                         double          top,
                                                         double          height,
                                                         double          shade);
void                  _cw_print_layout_draw_heading     (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         const Item     *item);
void                  _cw_print_layout_draw_total       (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         double          y);

/* The blocks of text (cw-print-layout-blocks.c): with @cr NULL they only
 * measure and return their height. */
double                _cw_print_layout_title_block      (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         double          y);
/* Paragraph @index laid out across the text's width. */
PangoLayout          *_cw_print_layout_paragraph_layout (CwPrintLayout  *self,
                                                         guint           index);
/* Each line of @layout: its top and bottom down the paragraph given to
 * @func; with @cr, the lines of @piece drawn at @y as well. */
typedef void (*LineFunc) (double top, double bottom, gpointer data);
void                  _cw_print_layout_paragraph_lines  (CwPrintLayout  *self,
                                                         PangoLayout    *layout,
                                                         cairo_t        *cr,
                                                         const Piece    *piece,
                                                         double          y,
                                                         LineFunc        func,
                                                         gpointer        data);
double                _cw_print_layout_closing_block    (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         double          y);
/* On a page after the first of its part, the title in small type. */
void                  _cw_print_layout_running_title    (CwPrintLayout  *self,
                                                         cairo_t        *cr);
/* "Page N of M" at the foot of the page. */
void                  _cw_print_layout_page_number      (CwPrintLayout  *self,
                                                         cairo_t        *cr,
                                                         int             part_page,
                                                         int             part_n_pages);

/* The pages (cw-print-layout-flow.c): with everything measured, the
 * items of every page, from the title to the closing block. */
void                  _cw_print_layout_flow             (CwPrintLayout  *self);

G_END_DECLS
