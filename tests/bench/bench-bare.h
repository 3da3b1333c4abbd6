/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The bare workbooks: a constant-memory libxlsxwriter loop writing the
 * cells the program's export writes (title and note, header, data, total
 * line; a number as a number, an empty value as a bordered blank), with
 * none of its checks. The cells are gathered beforehand. */
typedef struct
{
  char      *title;
  char      *note;
  GStrv      header;
  guint8    *numeric;   /* per column: written as a number */
  GPtrArray *rows;      /* GStrv, n_columns each */
  char      *total;     /* NULL: no total line */
  char      *closing;   /* lines below the total (who made the table), \n apart; NULL: none */
} BareSheet;

BareSheet *bare_sheet_new    (const char         *title,
                              const char         *note,
                              const char * const *header,
                              const char         *numeric_columns);
void       bare_sheet_add    (BareSheet          *sheet,
                              const char * const *row);
void       bare_sheet_free   (BareSheet          *sheet);

/* Writes @sheets (BareSheet) to @path; returns the milliseconds it took. */
double     bare_workbook     (GPtrArray          *sheets,
                              const char         *path);

/* One line of the bare printout for the @position-th item (a new string). */
typedef char *(*BareLineFunc) (gpointer item,
                               guint    position);

/* The bare printout: @rows as lines of text in the print font at 10 pt,
 * @line_h apart from @top down to @bottom of each A4 page, with none of
 * the page layout, to @path; returns the milliseconds it took (the lines
 * made in it), and the pages in @n_pages unless NULL. */
double     bare_pdf_lines    (GListModel         *rows,
                              BareLineFunc        line,
                              double              top,
                              double              line_h,
                              double              bottom,
                              const char         *path,
                              int                *n_pages);

/* The cells of every sheet of an .xlsx file, as `unzip` lists them;
 * -1 without unzip. */
gint64     bare_count_cells  (const char         *path);

G_END_DECLS
