/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What every register prints as a table, described once, beside the
 * workbook sheet (cw-workbook.h); CwPrintLayout (cw-print-layout.h) puts
 * it on paper, the same way for the PDF and the print dialog:
 *
 *   the title, centred; a note under it on the right ("打印日期 …") and
 *   subtitle lines in small type (what the list is, how to read it)
 *   the table: its header repeated at the top of every page; rows,
 *   optionally in sections, each under its heading ("第一村民小组（共 57 户）"),
 *   a section that runs over a page going on under "第一村民小组（续）"
 *   a total line under the last row, kept with it ("合计 384 人")
 *   closing lines (the publicity period, where to object)
 *   the signature block: lines to sign on ("制表人：______"), and the
 *   issuing committee with the date, with room for the seal above them
 *   "第 N 页 共 M 页" at the foot of every page, and the title in small
 *   type at the head of every page after the first
 *
 * Or, with the sections apart, each section a printout of its own for a
 * board of its own (a village group's): it starts a new page under the
 * title, has the closing lines and the signature block after its rows,
 * and its pages are numbered among themselves.
 *
 * Every string is checked at the door as the workbook's are (invalid UTF-8
 * repaired, control characters made spaces), so Pango never sees them.
 *
 * Personal numbers are the caller's to mask, by saying which columns hold
 * them and asking for a masked table: ID numbers and phones then print as
 * "430421********1234" and "138****5678" (cw-id-number.h), names, when
 * asked too, as "张*三", and a birth date column is left out, since next
 * to a masked ID it gives the whole number back. Cells are masked as they
 * come in, so nothing in full stays in the table. */

#define CW_TYPE_PRINT_TABLE (cw_print_table_get_type ())
G_DECLARE_FINAL_TYPE (CwPrintTable, cw_print_table, CW, PRINT_TABLE, GObject)

typedef enum
{
  /* The office's lists (care lists, ledgers): 9 pt, down to 7 pt when many
   * columns do not fit, 12 mm margins. */
  CW_PRINT_TABLE_LIST,
  /* The notice board, read standing from a step away: 10.5 pt (五号) and
   * an 18 pt title, 17 mm margins; the type never shrinks. */
  CW_PRINT_TABLE_NOTICE,
} CwPrintTableStyle;

typedef enum
{
  CW_PRINT_ALIGN_LEFT,
  CW_PRINT_ALIGN_CENTER,
  CW_PRINT_ALIGN_RIGHT,
} CwPrintAlign;

typedef enum
{
  /* Words go on further lines within the cell, four at most, then "…". */
  CW_PRINT_WRAP,
  /* One line; what does not fit ends in "…". Rows stay one line high, so a
   * table of such columns is laid out without measuring a single cell. */
  CW_PRINT_ELLIPSIZE,
} CwPrintOverflow;

typedef enum
{
  CW_PRINT_PUBLIC,
  CW_PRINT_NAME,         /* masked with CW_PRINT_MASK_NAMES */
  CW_PRINT_ID_NUMBER,    /* masked with CW_PRINT_MASK_NUMBERS */
  CW_PRINT_PHONE,        /* masked with CW_PRINT_MASK_NUMBERS */
  CW_PRINT_BIRTH_DATE,   /* left out with CW_PRINT_MASK_NUMBERS */
} CwPrintPersonal;

typedef enum
{
  CW_PRINT_MASK_NONE    = 0,
  CW_PRINT_MASK_NUMBERS = 1 << 0,
  CW_PRINT_MASK_NAMES   = 1 << 1,
} CwPrintMask;

typedef struct
{
  const char       *header;    /* as shown, already translated */
  CwPrintAlign      align;
  CwPrintOverflow   overflow;
  /* > 0: this fraction of the table's width (0.2 = a fifth), whatever the
   * cells hold. 0: as wide as the widest cell and the header, the spare
   * room shared out among such columns. */
  double            share;
  /* The narrowest the column may be, in Chinese characters: room for a
   * signature in an empty column, or how far a column that gives way may
   * go. 0 = no limit. */
  double            min_ems;
  /* For columns that fit their cells, when the page is too narrow for all
   * of them: 0 = never narrower than its widest cell; 1, 2 … the order in
   * which columns give way (wrap, or ellipsize), down to min_ems. Only if
   * that is not enough does the type get smaller (CW_PRINT_TABLE_LIST). */
  guint             give_way;
  CwPrintPersonal   personal;
} CwPrintColumn;

/* The columns are copied (not their headers' strings, which must outlive
 * the table: translated strings and literals do). At most 64 columns;
 * none for prose alone (a notice without a table: its paragraphs, the
 * closing lines, the signatures and the issuer). */
CwPrintTable   *cw_print_table_new            (CwPrintTableStyle     style,
                                               const char           *title,
                                               const CwPrintColumn  *columns,
                                               guint                 n_columns,
                                               CwPrintMask           mask);

/* Small, right-aligned under the title, e.g. "打印日期 2026-12-01". */
void            cw_print_table_set_note       (CwPrintTable         *self,
                                               const char           *note);
/* Small, left-aligned under the title; each call adds a paragraph. */
void            cw_print_table_add_subtitle   (CwPrintTable         *self,
                                               const char           *text);

/* A paragraph of text under the title and before the table, in the
 * table's type (a notice's body); each call adds one. They run on over
 * as many pages as they take, a paragraph broken between its lines. */
void            cw_print_table_add_paragraph  (CwPrintTable         *self,
                                               const char           *text);

/* Starts a section: the rows added after it stand under @heading
 * (e.g. "第一村民小组（共 57 户）"), and under "@name (continued)" on a
 * page it continues on. @heading NULL = @name. Rows added before any
 * section stand in a section of their own without a heading. */
void            cw_print_table_add_section    (CwPrintTable         *self,
                                               const char           *name,
                                               const char           *heading);
/* Whether each section starts a new page and is printed as a table of
 * its own (see above), FALSE by default: the "sections-apart" property. */
void            cw_print_table_set_sections_apart (CwPrintTable     *self,
                                                   gboolean          apart);
gboolean        cw_print_table_get_sections_apart (CwPrintTable     *self);
/* One row: a value for every column given to cw_print_table_new() (also
 * one left out by masking), in that order; NULL prints as empty. */
void            cw_print_table_add_row        (CwPrintTable         *self,
                                               const char * const   *cells);

/* Printed instead of the header when there are no rows at all ("Nobody is
 * listed for this quarter."); without it an empty table shows its header. */
void            cw_print_table_set_empty_text (CwPrintTable         *self,
                                               const char           *text);
/* Every row at least @lines lines of body type high (1 by default), its
 * text centred in it: room to sign or press a thumbprint on a 签领表. */
void            cw_print_table_set_row_lines  (CwPrintTable         *self,
                                               double                lines);
double          cw_print_table_get_row_lines  (CwPrintTable         *self);
/* A line in a box under the last row, kept on its page: "合计 384 人";
 * wrapped in the box when it is longer than a row, never cut short. */
void            cw_print_table_set_total      (CwPrintTable         *self,
                                               const char           *text);
/* A paragraph after the table; each call adds one. */
void            cw_print_table_add_closing    (CwPrintTable         *self,
                                               const char           *text);
/* A line to sign a name on, "@label：________" (制表人, 审核人 …), side
 * by side after the closing lines. */
void            cw_print_table_add_signature  (CwPrintTable         *self,
                                               const char           *label);
/* Who issues the table, and the date, right-aligned at the very end with
 * room for the seal above them. */
void            cw_print_table_set_issuer     (CwPrintTable         *self,
                                               const char           *issuer,
                                               const char           *date);

/* For CwPrintLayout; the strings belong to the table. */
CwPrintTableStyle    cw_print_table_get_style         (CwPrintTable *self);
const char          *cw_print_table_get_title         (CwPrintTable *self);
const char          *cw_print_table_get_note          (CwPrintTable *self);
const char * const  *cw_print_table_get_subtitles     (CwPrintTable *self);
const char * const  *cw_print_table_get_paragraphs    (CwPrintTable *self);
/* The columns printed: without those that masking leaves out. */
guint                cw_print_table_get_n_columns     (CwPrintTable *self);
const CwPrintColumn *cw_print_table_get_column        (CwPrintTable *self,
                                                       guint         column);
guint                cw_print_table_get_n_rows        (CwPrintTable *self);
/* Never NULL. */
const char          *cw_print_table_get_cell          (CwPrintTable *self,
                                                       guint         row,
                                                       guint         column);
/* Sections in order, every row in one; @name and @heading are NULL for
 * the rows added before any section. A table without rows has none. */
guint                cw_print_table_get_n_sections    (CwPrintTable *self);
void                 cw_print_table_get_section       (CwPrintTable *self,
                                                       guint         section,
                                                       const char  **name,
                                                       const char  **heading,
                                                       guint        *first_row,
                                                       guint        *n_rows);
const char          *cw_print_table_get_empty_text    (CwPrintTable *self);
const char          *cw_print_table_get_total         (CwPrintTable *self);
const char * const  *cw_print_table_get_closing       (CwPrintTable *self);
const char * const  *cw_print_table_get_signatures    (CwPrintTable *self);
const char          *cw_print_table_get_issuer        (CwPrintTable *self);
const char          *cw_print_table_get_issue_date    (CwPrintTable *self);

/* 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜, 张三 → 张*; a one-character name is
 * left as it is. Counts characters, not bytes. */
char                *cw_print_mask_name               (const char   *name);

G_END_DECLS
