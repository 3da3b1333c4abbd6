/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-layout-flow"

#include "config.h"

#include "report/common/cw-print-layout-private.h"

/* What stands on which page of a CwPrintLayout, once everything is
 * measured: the title, the body's paragraphs as pieces, the sections'
 * headings, headers and rows, the total and the closing block, each an
 * item at its height down its page. */

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
    keep += _cw_print_layout_row_height (self, r);
  /* A short section stays whole with what follows it. */
  if (after > 0 && tail < first + KEEP_ROWS)
    {
      for (guint r = first + MIN (count, KEEP_ROWS); r < first + count; r++)
        keep += _cw_print_layout_row_height (self, r);
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
      double needed = _cw_print_layout_row_height (self, r);

      /* The last rows go over with what follows them rather than leave it
       * alone on the next page. */
      if (after > 0 && r == tail && tail >= first + KEEP_ROWS)
        {
          for (guint t = r + 1; t < first + count; t++)
            needed += _cw_print_layout_row_height (self, t);
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
      add_item (flow, ITEM_ROW, r, (r - first) % 2 == 1, _cw_print_layout_row_height (self, r));
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
      g_autoptr(PangoLayout) layout = _cw_print_layout_paragraph_layout (self, i);
      Placing placing = { flow, i, 0, 0 };

      if (i > 0)
        flow->y += 4;
      _cw_print_layout_paragraph_lines (self, layout, NULL, NULL, 0, place_line, &placing);
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

void
_cw_print_layout_flow (CwPrintLayout *self)
{
  guint n_rows = cw_print_table_get_n_rows (self->table);
  guint n_sections = cw_print_table_get_n_sections (self->table);
  gboolean apart = cw_print_table_get_sections_apart (self->table);
  Flow flow = { self, 0, 0, 0 };

  flow.bottom = self->page_h - self->style->margin_bottom;
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
}
