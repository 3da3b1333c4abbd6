/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-workbook"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "report/common/cw-workbook.h"
#include "report/common/cw-text.h"
#include "core/common/cw-error.h"
#include "core/common/cw-output.h"

/* Excel's limit for a cell; libxlsxwriter refuses longer strings. */
#define MAX_CELL_CHARS   32767
#define MAX_COLUMNS      1000
#define DEFAULT_MAX_WIDTH 40
/* A4 in Excel's paper codes. */
#define PAPER_A4         9

#define TITLE_ROW        0
#define HEADER_ROW       1
#define FIRST_DATA_ROW   2

#define N_KINDS (CW_WORKBOOK_FEN + 1)

struct _CwWorkbook
{
  GObject        parent_instance;

  char          *path;
  CwOutput      *output;
  lxw_workbook  *workbook;

  lxw_format    *title_format;
  lxw_format    *note_format;
  lxw_format    *header_format;
  lxw_format    *total_format;
  lxw_format    *footer_format;
  lxw_format    *cell_formats[N_KINDS];

  /* The sheet being written. */
  lxw_worksheet *sheet;
  guint          n_columns;
  CwWorkbookKind *kinds;
  guint         *min_widths;
  guint         *max_widths;
  guint         *widths;
  lxw_row_t      next_row;
  guint          n_rows;
  gboolean       total_written;
  guint          n_sheets;
  gboolean       properties_set;
};

G_DEFINE_FINAL_TYPE (CwWorkbook, cw_workbook, G_TYPE_OBJECT)

static void
clear_sheet (CwWorkbook *self)
{
  self->sheet = NULL;
  self->n_columns = 0;
  g_clear_pointer (&self->kinds, g_free);
  g_clear_pointer (&self->min_widths, g_free);
  g_clear_pointer (&self->max_widths, g_free);
  g_clear_pointer (&self->widths, g_free);
  self->next_row = 0;
  self->n_rows = 0;
  self->total_written = FALSE;
}

static void
cw_workbook_finalize (GObject *object)
{
  CwWorkbook *self = CW_WORKBOOK (object);

  /* Not closed: an error or a cancelled export. Free without writing and
   * leave no trace of the temporary file. */
  if (self->workbook != NULL)
    lxw_workbook_free (self->workbook);
  g_clear_pointer (&self->output, cw_output_free);

  clear_sheet (self);
  g_free (self->path);

  G_OBJECT_CLASS (cw_workbook_parent_class)->finalize (object);
}

static void
cw_workbook_class_init (CwWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_workbook_finalize;
}

static void
cw_workbook_init (CwWorkbook *self)
{
}

/* Fast path first: almost every cell is clean, and 1.5 million cells go
 * through here for a township roster, so no allocation unless needed. */
static gboolean
text_is_clean (const char *text)
{
  const guchar *p = (const guchar *) text;
  gboolean ascii = TRUE;
  gsize length;

  for (; *p != '\0'; p++)
    {
      if (*p < 0x20)
        {
          if (*p != '\t' && *p != '\n')
            return FALSE;
        }
      else if (*p >= 0x80)
        {
          ascii = FALSE;
          /* U+FFFE and U+FFFF are not allowed in XML either. */
          if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return FALSE;
        }
    }
  length = (gsize) (p - (const guchar *) text);
  if (ascii)
    return length <= MAX_CELL_CHARS;
  if (!g_utf8_validate (text, (gssize) length, NULL))
    return FALSE;
  return length <= MAX_CELL_CHARS || g_utf8_strlen (text, (gssize) length) <= MAX_CELL_CHARS;
}

char *
cw_workbook_repair_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint n_chars = 0;

  if (text == NULL || text_is_clean (text))
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0' && n_chars < MAX_CELL_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
      n_chars++;
    }
  return g_string_free (out, FALSE);
}

/* libxlsxwriter's own words (lxw_strerror) are English and name its
 * source files; the clerk gets what happened and what to do instead, and
 * the code number stays for whoever is asked to help. */
static const char *
describe_lxw_error (lxw_error code)
{
  switch (code)
    {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return _("The computer ran out of memory. Close other programs and try again.");
    case LXW_ERROR_CREATING_XLSX_FILE:
      return _("The file could not be created. Check that the folder exists, that you may write to it, and that the file is not open in another program.");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return _("Writing the workbook failed part way. Check that the disk is not full and try again.");
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
      return _("A cell holds more text than Excel allows (32 767 characters).");
    default:
      return _("The workbook could not be written.");
    }
}

static gboolean
set_lxw_error (CwWorkbook  *self,
               lxw_error    code,
               GError     **error)
{
  g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
               _("Could not write “%s”: %s (workbook error %d)"),
               self->path, describe_lxw_error (code), (int) code);
  return FALSE;
}

static lxw_format *
add_format (CwWorkbook *self,
            gboolean    bordered)
{
  lxw_format *format = workbook_add_format (self->workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (bordered)
    format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
add_formats (CwWorkbook *self)
{
  lxw_format *format;

  /* The lines across the table wrap rather than run out of their
   * merged cells: a 大写 amount cut short is a wrong amount. */
  format = self->title_format = add_format (self, FALSE);
  format_set_bold (format);
  format_set_font_size (format, 16);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);

  format = self->note_format = add_format (self, FALSE);
  format_set_align (format, LXW_ALIGN_RIGHT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_font_size (format, 10);
  format_set_text_wrap (format);

  format = self->header_format = add_format (self, TRUE);
  format_set_bold (format);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_bg_color (format, 0xDDEBF7);
  format_set_pattern (format, LXW_PATTERN_SOLID);

  format = self->total_format = add_format (self, TRUE);
  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);

  format = self->footer_format = add_format (self, FALSE);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);

  format = self->cell_formats[CW_WORKBOOK_TEXT] = add_format (self, TRUE);
  format_set_text_wrap (format);

  format = self->cell_formats[CW_WORKBOOK_CENTER] = add_format (self, TRUE);
  format_set_align (format, LXW_ALIGN_CENTER);

  /* "@": a clerk who edits the cell in Excel keeps text, not 4.3E+17. */
  format = self->cell_formats[CW_WORKBOOK_CODE] = add_format (self, TRUE);
  format_set_num_format (format, "@");

  format = self->cell_formats[CW_WORKBOOK_DATE] = add_format (self, TRUE);
  format_set_num_format (format, "@");
  format_set_align (format, LXW_ALIGN_CENTER);

  format = self->cell_formats[CW_WORKBOOK_NUMBER] = add_format (self, TRUE);
  format_set_align (format, LXW_ALIGN_CENTER);

  format = self->cell_formats[CW_WORKBOOK_MONEY] = add_format (self, TRUE);
  format_set_num_format (format, "#,##0.00");
  format_set_align (format, LXW_ALIGN_RIGHT);
  self->cell_formats[CW_WORKBOOK_FEN] = format;
}

/* libxlsxwriter gives a format its style number when first written with,
 * except a format with the same properties as one used before (a number
 * cell is centered like a centered one): that twin is looked up again,
 * its whole description hashed, for every cell written with it — a sixth
 * of a roster's export. Numbered here, each twin gives way to the format
 * it repeats. */
static void
merge_twin_formats (CwWorkbook *self)
{
  lxw_format **formats[5 + N_KINDS] = {
    &self->title_format, &self->note_format, &self->header_format, &self->total_format, &self->footer_format,
  };
  guint n = 5;

  for (guint k = 0; k < N_KINDS; k++)
    formats[n++] = &self->cell_formats[k];

  for (guint i = 0; i < n; i++)
    {
      int32_t number = lxw_format_get_xf_index (*formats[i]);

      if ((*formats[i])->xf_index != LXW_PROPERTY_UNSET)
        continue;
      for (guint j = 0; j < i; j++)
        if ((*formats[j])->xf_index == number)
          {
            *formats[i] = *formats[j];
            break;
          }
    }
}

CwWorkbook *
cw_workbook_new (const char  *path,
                 GError     **error)
{
  g_autoptr(CwWorkbook) self = NULL;
  lxw_workbook_options options = { 0 };
  g_autofree char *tmpdir = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (CW_TYPE_WORKBOOK, NULL);
  self->path = g_strdup (path);

  /* Made now, so that a database at @path or a folder we cannot write to
   * is reported before a minute of work rather than after it. */
  self->output = cw_output_new (NULL, path, CW_OUTPUT_DEFAULT, error);
  if (self->output == NULL)
    return NULL;

  /* Constant memory spills each sheet to temporary files; keep them on
   * the destination's disk, so that a full /tmp cannot fail an export to
   * a disk with room, and a full destination fails early. In a folder of
   * the output's own: libxlsxwriter removes each file the moment it has
   * made it, but a kill in that moment would leave a "tmp.XXXXXX" among
   * the clerk's files for good, where the folder is swept away. */
  options.constant_memory = LXW_TRUE;
  tmpdir = g_strdup (cw_output_get_scratch_folder (self->output, error));
  if (tmpdir == NULL)
    return NULL;
  options.tmpdir = tmpdir;
  self->workbook = workbook_new_opt (cw_output_get_temp_path (self->output), &options);
  if (self->workbook == NULL)
    {
      set_lxw_error (self, LXW_ERROR_MEMORY_MALLOC_FAILED, error);
      return NULL;
    }
  add_formats (self);
  merge_twin_formats (self);

  return g_steal_pointer (&self);
}

/* Writes a cleaned string; every string of the workbook goes through here. */
static lxw_error
write_string (CwWorkbook  *self,
              lxw_row_t    row,
              lxw_col_t    col,
              const char  *text,
              lxw_format  *format)
{
  g_autofree char *repaired = cw_workbook_repair_text (text);

  return worksheet_write_string (self->sheet, row, col, repaired != NULL ? repaired : text, format);
}

static lxw_error
merge_across (CwWorkbook  *self,
              lxw_row_t    row,
              lxw_col_t    first,
              lxw_col_t    last,
              const char  *text,
              lxw_format  *format)
{
  g_autofree char *repaired = NULL;

  if (first == last)
    return write_string (self, row, first, text, format);
  repaired = cw_workbook_repair_text (text);
  return worksheet_merge_range (self->sheet, row, first, row, last,
                                repaired != NULL ? repaired : text, format);
}

/* The title's 16-point characters beside the cells' 11-point ones. */
#define TITLE_SCALE 1.5

/* A column's width as finish_sheet() will set it, from what it has seen
 * so far. */
static guint
column_width (CwWorkbook *self,
              guint       column)
{
  return CLAMP (self->widths[column] + 2, self->min_widths[column], self->max_widths[column]);
}

/* The height of a row whose @text is merged across @first … @last, in
 * points: @line points a line, as many lines as the text takes at the
 * columns' widths (in character columns, CJK counting two; a larger
 * font's characters @scale times as wide), never less than @least.
 * Spreadsheets do not grow a merged row for its wrapped text by
 * themselves. */
static double
merged_row_height (CwWorkbook *self,
                   const char *text,
                   guint       first,
                   guint       last,
                   double      scale,
                   double      line,
                   double      least)
{
  guint width = 0, needed, lines;

  for (guint i = first; i <= last; i++)
    width += column_width (self, i);
  /* The cell's own padding, and a margin for fonts wider than counted. */
  width = width > 4 ? width - 4 : 1;
  needed = (guint) (cw_text_display_width (text != NULL ? text : "") * scale + 0.5);
  lines = MAX ((needed + width - 1) / width, 1);
  return MAX (least, lines * line + 6);
}

/* Over the header and the data. In constant-memory mode libxlsxwriter
 * refuses a range that ends above the row being written, so this is set
 * after the last data row and before a total line. */
static gboolean
set_autofilter (CwWorkbook  *self,
                GError     **error)
{
  lxw_error code = worksheet_autofilter (self->sheet, HEADER_ROW, 0, HEADER_ROW + self->n_rows,
                                         (lxw_col_t) (self->n_columns - 1));

  if (code != LXW_NO_ERROR)
    return set_lxw_error (self, code, error);
  return TRUE;
}

/* Settles what could only be known after the last row: the widths, and the
 * autofilter's extent (unless a total line came first). libxlsxwriter
 * writes <cols> when it assembles the file, so in constant-memory mode
 * the widths may still be set now. */
static gboolean
finish_sheet (CwWorkbook  *self,
              GError     **error)
{
  lxw_error code;

  if (self->sheet == NULL)
    return TRUE;

  for (guint i = 0; i < self->n_columns; i++)
    {
      /* Two for the cell's padding; a little more than the text so that
       * Excel, WPS and LibreOffice, whose CJK fonts differ, all fit it. */
      guint width = column_width (self, i);

      code = worksheet_set_column (self->sheet, (lxw_col_t) i, (lxw_col_t) i, width, NULL);
      if (code != LXW_NO_ERROR)
        return set_lxw_error (self, code, error);
    }

  if (!self->total_written && !set_autofilter (self, error))
    return FALSE;

  clear_sheet (self);
  return TRUE;
}

static void
setup_page (CwWorkbook            *self,
            const CwWorkbookSheet *sheet)
{
  g_autofree char *footer = NULL;

  worksheet_set_paper (self->sheet, PAPER_A4);
  if (sheet->portrait)
    worksheet_set_portrait (self->sheet);
  else
    worksheet_set_landscape (self->sheet);
  /* One page wide, as many pages long as it takes: a roster cut into
   * vertical strips is useless on paper. */
  worksheet_fit_to_pages (self->sheet, 1, 0);
  worksheet_set_margins (self->sheet, 0.4, 0.4, 0.6, 0.7);
  worksheet_center_horizontally (self->sheet);
  /* The title and header on every page, so page 7 still says what it is. */
  worksheet_repeat_rows (self->sheet, TITLE_ROW, HEADER_ROW);

  /* Translators: the footer of printed spreadsheets. &P is the page
   * number and &N the number of pages; keep both exactly as they are. */
  footer = g_strdup_printf ("&C%s", _("Page &P of &N"));
  /* The footer is limited to 255 characters; a translation cannot be
   * that long, and a failure here only loses page numbers on paper. */
  if (worksheet_set_footer (self->sheet, footer) != LXW_NO_ERROR)
    g_debug ("Footer “%s” refused by libxlsxwriter", footer);
}

/* Excel refuses sheet names longer than 31 characters or with []:*?/\ in
 * them; the name is decoration, so it is made acceptable, not refused. */
static char *
sheet_name_for (const char *name)
{
  g_autofree char *repaired = cw_workbook_repair_text (name);
  g_autofree char *clean = g_strdup (repaired != NULL ? repaired : name);
  char *cut;

  g_strdelimit (clean, "[]:*?/\\\t\n", '_');
  g_strstrip (clean);
  while (clean[0] == '\'')
    memmove (clean, clean + 1, strlen (clean));
  cut = g_utf8_substring (clean, 0, MIN (g_utf8_strlen (clean, -1), LXW_SHEETNAME_MAX));
  while (cut[0] != '\0' && cut[strlen (cut) - 1] == '\'')
    cut[strlen (cut) - 1] = '\0';
  if (cut[0] == '\0')
    g_clear_pointer (&cut, g_free);
  return cut;
}

gboolean
cw_workbook_add_sheet (CwWorkbook             *self,
                       const CwWorkbookSheet  *sheet,
                       GError                **error)
{
  g_autofree char *name = NULL;
  lxw_col_t last;
  lxw_error code;

  g_return_val_if_fail (CW_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (self->workbook != NULL, FALSE);
  g_return_val_if_fail (sheet != NULL && sheet->columns != NULL, FALSE);
  g_return_val_if_fail (sheet->n_columns > 0 && sheet->n_columns <= MAX_COLUMNS, FALSE);

  if (!finish_sheet (self, error))
    return FALSE;

  if (!self->properties_set && sheet->title != NULL)
    {
      g_autofree char *title = cw_workbook_repair_text (sheet->title);
      lxw_doc_properties properties = { 0 };

      /* libxlsxwriter copies the strings. */
      properties.title = title != NULL ? title : (char *) sheet->title;
      workbook_set_properties (self->workbook, &properties);
      self->properties_set = TRUE;
    }

  name = sheet->name != NULL ? sheet_name_for (sheet->name) : NULL;
  if (name != NULL && workbook_get_worksheet_by_name (self->workbook, name) != NULL)
    {
      /* Two sheets of the same name: number the second rather than fail. */
      g_autofree char *base = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), LXW_SHEETNAME_MAX - 4));

      g_free (name);
      name = g_strdup_printf ("%s (%u)", base, self->n_sheets + 1);
    }
  self->sheet = workbook_add_worksheet (self->workbook, name);
  if (self->sheet == NULL)
    {
      /* In constant-memory mode each sheet needs a temporary file. */
      g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                   _("Could not write “%s”: no temporary file could be made in “%s”."),
                   self->path, g_get_tmp_dir ());
      return FALSE;
    }
  self->n_sheets++;

  self->n_columns = sheet->n_columns;
  self->kinds = g_new0 (CwWorkbookKind, sheet->n_columns);
  self->min_widths = g_new0 (guint, sheet->n_columns);
  self->max_widths = g_new0 (guint, sheet->n_columns);
  self->widths = g_new0 (guint, sheet->n_columns);
  last = (lxw_col_t) (sheet->n_columns - 1);

  setup_page (self, sheet);
  worksheet_freeze_panes (self->sheet, FIRST_DATA_ROW, 0);

  /* The columns' widths as their headers ask, before the title row,
   * whose height follows from them. */
  for (guint i = 0; i < sheet->n_columns; i++)
    {
      const CwWorkbookColumn *column = &sheet->columns[i];

      self->kinds[i] = column->kind;
      self->max_widths[i] = column->max_width > 0 ? column->max_width : DEFAULT_MAX_WIDTH;
      self->min_widths[i] = MIN (MAX (column->min_width, 4), self->max_widths[i]);
      /* Room for the autofilter's button beside the header's words. */
      self->widths[i] = cw_text_display_width (column->header != NULL ? column->header : "") + 2;
    }

  /* The title row. With enough columns the note gets the right-hand ones
   * of its own, so it stays visible next to a long title. The title's
   * font is larger: its characters count half again. */
  if (sheet->note != NULL && sheet->note[0] != '\0' && sheet->n_columns >= 4)
    {
      /* A narrow sheet keeps most of the width for its title; the note
       * wraps in what it gets. */
      lxw_col_t note_columns = sheet->n_columns >= 9 ? 3 : sheet->n_columns >= 6 ? 2 : 1;
      worksheet_set_row (self->sheet, TITLE_ROW,
                         MAX (merged_row_height (self, sheet->title, 0, last - note_columns, TITLE_SCALE, 21, 30),
                              merged_row_height (self, sheet->note, last - note_columns + 1, last, 1.5, 14, 30)),
                         NULL);
      code = merge_across (self, TITLE_ROW, 0, last - note_columns,
                           sheet->title != NULL ? sheet->title : "", self->title_format);
      if (code == LXW_NO_ERROR)
        code = merge_across (self, TITLE_ROW, last - note_columns + 1, last,
                             sheet->note, self->note_format);
    }
  else
    {
      g_autofree char *title = NULL;

      if (sheet->note != NULL && sheet->note[0] != '\0')
        title = g_strdup_printf ("%s　%s", sheet->title != NULL ? sheet->title : "", sheet->note);
      else
        title = g_strdup (sheet->title != NULL ? sheet->title : "");
      worksheet_set_row (self->sheet, TITLE_ROW, merged_row_height (self, title, 0, last, TITLE_SCALE, 21, 30), NULL);
      code = merge_across (self, TITLE_ROW, 0, last, title, self->title_format);
    }
  if (code != LXW_NO_ERROR)
    return set_lxw_error (self, code, error);

  for (guint i = 0; i < sheet->n_columns; i++)
    {
      const char *header = sheet->columns[i].header != NULL ? sheet->columns[i].header : "";

      code = write_string (self, HEADER_ROW, (lxw_col_t) i, header, self->header_format);
      if (code != LXW_NO_ERROR)
        return set_lxw_error (self, code, error);
    }
  self->next_row = FIRST_DATA_ROW;

  return TRUE;
}

static gboolean
parse_whole_number (const char *text,
                    double     *out)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, -999999999999999, 999999999999999, &value, NULL))
    return FALSE;
  *out = (double) value;
  return TRUE;
}

/* "1234.50" or "-3.05": digits, a point, two digits. */
static gboolean
parse_money (const char *text,
             double     *out)
{
  const char *dot = strchr (text, '.');
  g_autofree char *whole = NULL;
  double number;

  if (dot == NULL || strlen (dot) != 3 || !g_ascii_isdigit (dot[1]) || !g_ascii_isdigit (dot[2]))
    return FALSE;
  whole = g_strndup (text, (gsize) (dot - text));
  if (!parse_whole_number (whole, &number))
    return FALSE;
  *out = g_ascii_strtod (text, NULL);
  return TRUE;
}

gboolean
cw_workbook_write_row (CwWorkbook          *self,
                       const char * const  *values,
                       GError             **error)
{
  lxw_row_t row;

  g_return_val_if_fail (CW_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (self->sheet != NULL, FALSE);
  g_return_val_if_fail (!self->total_written, FALSE);

  row = self->next_row;
  if (row >= LXW_ROW_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Could not write “%s”: a sheet holds at most %u rows."),
                   self->path, (guint) LXW_ROW_MAX);
      return FALSE;
    }

  /* A text longer than its column can grow to wraps; the row is made as
   * tall as its lines, which spreadsheets do not do for a file's rows
   * (LibreOffice draws them over the next row). A column grows to its
   * widest value up to its cap, so only a value past the cap wraps:
   * most cells are passed over by their length in bytes alone. */
  {
    guint lines = 1;

    for (guint i = 0; i < self->n_columns; i++)
      {
        const char *value = values[i];
        guint width = self->max_widths[i] > 2 ? self->max_widths[i] - 2 : 1;

        if (self->kinds[i] != CW_WORKBOOK_TEXT || value == NULL || strlen (value) <= width)
          continue;
        lines = MAX (lines, (cw_text_display_width (value) + width - 1) / width);
      }
    if (lines > 1)
      worksheet_set_row (self->sheet, row, MIN (lines, 15) * 15 + 3, NULL);
  }

  for (guint i = 0; i < self->n_columns; i++)
    {
      const char *value = values[i];
      lxw_format *format = self->cell_formats[self->kinds[i]];
      lxw_error code;
      double number;

      if (value == NULL || value[0] == '\0')
        code = worksheet_write_blank (self->sheet, row, (lxw_col_t) i, format);
      else if ((self->kinds[i] == CW_WORKBOOK_NUMBER && parse_whole_number (value, &number)) ||
               (self->kinds[i] == CW_WORKBOOK_MONEY && parse_money (value, &number)))
        code = worksheet_write_number (self->sheet, row, (lxw_col_t) i, number, format);
      else if (self->kinds[i] == CW_WORKBOOK_FEN && parse_whole_number (value, &number))
        code = worksheet_write_number (self->sheet, row, (lxw_col_t) i, number / 100, format);
      else
        code = write_string (self, row, (lxw_col_t) i, value, format);
      if (code != LXW_NO_ERROR)
        return set_lxw_error (self, code, error);

      /* The display width is never more than the length in bytes, so
       * most cells need not be measured at all. */
      if (value != NULL && strlen (value) > self->widths[i])
        self->widths[i] = MAX (self->widths[i], cw_text_display_width (value));
    }

  self->next_row++;
  self->n_rows++;
  return TRUE;
}

gboolean
cw_workbook_write_total (CwWorkbook  *self,
                         const char  *text,
                         GError     **error)
{
  lxw_error code;

  g_return_val_if_fail (CW_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (self->sheet != NULL, FALSE);
  g_return_val_if_fail (!self->total_written, FALSE);

  if (!set_autofilter (self, error))
    return FALSE;
  worksheet_set_row (self->sheet, self->next_row,
                     merged_row_height (self, text, 0, self->n_columns - 1, 1, 15, 20), NULL);
  code = merge_across (self, self->next_row, 0, (lxw_col_t) (self->n_columns - 1),
                       text != NULL ? text : "", self->total_format);
  if (code != LXW_NO_ERROR)
    return set_lxw_error (self, code, error);
  self->next_row++;
  self->total_written = TRUE;
  return TRUE;
}

gboolean
cw_workbook_write_footer (CwWorkbook  *self,
                          const char  *text,
                          GError     **error)
{
  lxw_error code;

  g_return_val_if_fail (CW_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (self->sheet != NULL, FALSE);

  if (!self->total_written && !set_autofilter (self, error))
    return FALSE;
  /* A little room above: the line is for signatures, not the table. */
  worksheet_set_row (self->sheet, self->next_row,
                     merged_row_height (self, text, 0, self->n_columns - 1, 1, 15, 30), NULL);
  code = merge_across (self, self->next_row, 0, (lxw_col_t) (self->n_columns - 1),
                       text != NULL ? text : "", self->footer_format);
  if (code != LXW_NO_ERROR)
    return set_lxw_error (self, code, error);
  self->next_row++;
  self->total_written = TRUE;
  return TRUE;
}

guint
cw_workbook_get_n_rows (CwWorkbook *self)
{
  g_return_val_if_fail (CW_IS_WORKBOOK (self), 0);

  return self->n_rows;
}

gboolean
cw_workbook_close (CwWorkbook  *self,
                   GError     **error)
{
  lxw_workbook *workbook;
  lxw_error code;

  g_return_val_if_fail (CW_IS_WORKBOOK (self), FALSE);
  g_return_val_if_fail (self->workbook != NULL, FALSE);

  if (!finish_sheet (self, error))
    return FALSE;

  /* workbook_close() frees the workbook whatever happens. libxlsxwriter
   * says only that writing failed; errno still says why. */
  workbook = g_steal_pointer (&self->workbook);
  errno = 0;
  code = workbook_close (workbook);
  if (code != LXW_NO_ERROR)
    {
      if (errno == ENOSPC || errno == EFBIG || errno == EDQUOT)
        return cw_output_set_error (self->path, errno, error);
      return set_lxw_error (self, code, error);
    }

  return cw_output_commit (self->output, error);
}
