/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GtkColumnView columns of labels, one factory per column (as Nautilus 43's
 * list view builds them), and the sorters their headers use. */

typedef enum
{
  CW_COLUMN_TEXT    = 0,
  CW_COLUMN_NUMERIC = 1 << 0,   /* right-aligned, tabular figures */
  CW_COLUMN_SIGNED  = 1 << 1,   /* negative figures in the error colour */
  CW_COLUMN_EXPAND  = 1 << 2,   /* takes the spare width, ellipsizes */
  CW_COLUMN_DIM     = 1 << 3,   /* secondary information */
} CwColumnFlags;

/* The text of one cell: a new string for @item (a row of the model). */
typedef char *(*CwColumnTextFunc) (gpointer item);

/* One column of a table of columns, written as a static array. Its title
 * is marked for translation where the table is written and translated when
 * the column is made; a title marked with a context repeats the context
 * in @context. */
typedef struct
{
  const char       *title;     /* marked for translation */
  const char       *context;   /* the context it was marked with, or NULL */
  CwColumnTextFunc  text;
  CwColumnFlags     flags;
  const char       *sort_by;   /* a property of the item type; NULL: no sorting */
} CwColumnInfo;

/* A column of labels; @sorter (consumed, may be NULL) makes its header
 * sort the view. */
GtkColumnViewColumn *cw_ui_column_new      (const char         *title,
                                            CwColumnTextFunc    text,
                                            CwColumnFlags       flags,
                                            GtkSorter          *sorter);
/* Appends the columns of a table to @view; @item_type is the type of the
 * model's items, whose properties the sorters read. */
void                 cw_ui_columns_append  (GtkColumnView      *view,
                                            GType               item_type,
                                            const CwColumnInfo *columns,
                                            guint               n_columns);

/* Shows @text in @tooltip (from @widget's "query-tooltip") wrapped at a
 * readable width: gtk_widget_set_tooltip_text() sets a long Chinese text
 * one character a line in GTK 4.8. */
void                 cw_ui_tooltip_set_text (GtkTooltip    *tooltip,
                                             GtkWidget     *widget,
                                             const char    *text);

/* Gives @cell (a list's GtkLabel or GtkInscription, cut with "…" when
 * too long) its whole text as its tooltip, as cw_ui_tooltip_set_text()
 * shows it. */
void                 cw_ui_cell_set_text_tooltip (GtkWidget   *cell);

/* A numeric sorter on a numeric (int or int64) property of @type. */
GtkSorter           *cw_ui_int_sorter      (GType               type,
                                            const char         *property);
/* A string sorter on a string property of @type. */
GtkSorter           *cw_ui_string_sorter   (GType               type,
                                            const char         *property);

/* Scrolls @view the least needed to show the row at @position: choosing a
 * row (a record just added, a jump from another page) does not scroll a
 * GtkColumnView by itself in GTK 4.8. */
void                 cw_ui_column_view_show_row (GtkColumnView *view,
                                                 guint          position);

/* "+5" and "−3" (a real minus sign), "0": the figures a CW_COLUMN_SIGNED
 * column colours. */
char                *cw_ui_format_signed   (gint64              points);

G_END_DECLS
