/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-csv-reader"

#include "core/common/cw-csv-reader.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/common/cw-error.h"

#define HEADER_SEARCH_RECORDS 20
#define SEPARATOR_GUESS_LINES 20

struct _CwCsvReader
{
  GObject parent_instance;

  char *text;               /* the whole file, as UTF-8 */
  gsize length;
  const char *encoding;
  char separator;

  gsize pos;                /* where the next record starts */
  guint line;               /* the line at pos */

  GPtrArray *fields;        /* the current record */
  gboolean has_record;
  guint record_line;

  GHashTable *columns;      /* header name → index + 1 */
  GHashTable *aliases;      /* another name of a column → its name */
  GStrv unknown_columns;
  guint header_line;
};

G_DEFINE_FINAL_TYPE (CwCsvReader, cw_csv_reader, G_TYPE_OBJECT)

typedef enum
{
  PARSE_RECORD,
  PARSE_END,
  PARSE_ERROR,
} ParseResult;

static const char *const empty_strv[] = { NULL };

static void
cw_csv_reader_finalize (GObject *object)
{
  CwCsvReader *self = CW_CSV_READER (object);

  g_free (self->text);
  g_ptr_array_unref (self->fields);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_hash_table_unref);
  g_clear_pointer (&self->unknown_columns, g_strfreev);

  G_OBJECT_CLASS (cw_csv_reader_parent_class)->finalize (object);
}

static void
cw_csv_reader_class_init (CwCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_csv_reader_finalize;
}

static void
cw_csv_reader_init (CwCsvReader *self)
{
  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->separator = ',';
  self->line = 1;
}

/* Besides ASCII white space: the ideographic space (U+3000) that Chinese
 * input methods type, no-break spaces from web pages, and zero-width
 * characters and stray BOMs from files pasted together. */
static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

static void
trim_range (const char  *text,
            gsize        length,
            const char **start_out,
            const char **end_out)
{
  const char *start = text;
  const char *end = text + length;

  while (start < end && is_blank (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_blank (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  *start_out = start;
  *end_out = end;
}

static void
push_field (GPtrArray *fields,
            GString   *field)
{
  const char *start, *end;

  trim_range (field->str, field->len, &start, &end);
  g_ptr_array_add (fields, g_strndup (start, end - start));
  g_string_truncate (field, 0);
}

static gboolean
only_blanks (const GString *field)
{
  const char *start, *end;

  trim_range (field->str, field->len, &start, &end);
  return start == end;
}

static gboolean
record_is_empty (GPtrArray *fields)
{
  guint i;

  for (i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;
  return TRUE;
}

/* Reads one record starting at *pos (on line *line) into @fields and
 * advances both. RFC 4180, leniently: a quote in the middle of an
 * unquoted field is taken literally, text after a closing quote is kept,
 * and CR, LF and CRLF all end a line. */
static ParseResult
parse_record (const char  *text,
              gsize        length,
              char         separator,
              gsize       *pos_inout,
              guint       *line_inout,
              GPtrArray   *fields,
              guint       *start_line,
              GError     **error)
{
  g_autoptr(GString) field = g_string_new (NULL);
  gsize pos = *pos_inout;
  guint line = *line_inout;
  gboolean in_quotes = FALSE;
  gboolean was_quoted = FALSE;
  guint quote_line = 0;

  g_ptr_array_set_size (fields, 0);

  if (pos >= length)
    return PARSE_END;

  *start_line = line;

  for (;;)
    {
      char c;

      if (pos >= length)
        {
          if (in_quotes)
            {
              g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Line %u: a quoted field starts here and is never closed."),
                           quote_line);
              return PARSE_ERROR;
            }
          push_field (fields, field);
          break;
        }

      c = text[pos];

      if (in_quotes)
        {
          if (c == '"')
            {
              if (pos + 1 < length && text[pos + 1] == '"')
                {
                  g_string_append_c (field, '"');
                  pos += 2;
                }
              else
                {
                  in_quotes = FALSE;
                  pos++;
                }
            }
          else if (c == '\r' || c == '\n')
            {
              pos += (c == '\r' && pos + 1 < length && text[pos + 1] == '\n') ? 2 : 1;
              line++;
              g_string_append_c (field, '\n');
            }
          else
            {
              g_string_append_c (field, c);
              pos++;
            }
        }
      else if (c == separator)
        {
          push_field (fields, field);
          was_quoted = FALSE;
          pos++;
        }
      else if (c == '\r' || c == '\n')
        {
          pos += (c == '\r' && pos + 1 < length && text[pos + 1] == '\n') ? 2 : 1;
          line++;
          push_field (fields, field);
          break;
        }
      else if (c == '"' && !was_quoted && only_blanks (field))
        {
          /* Hand-edited files put a space after the comma: , "a, b" */
          g_string_truncate (field, 0);
          in_quotes = TRUE;
          was_quoted = TRUE;
          quote_line = line;
          pos++;
        }
      else
        {
          g_string_append_c (field, c);
          pos++;
        }
    }

  *pos_inout = pos;
  *line_inout = line;
  return PARSE_RECORD;
}

/* Used only until find_header() settles it, so a rough count will do:
 * the separator that occurs most often outside quotes in the first lines
 * wins, a comma on a tie. */
static char
guess_separator (const char *text,
                 gsize       length)
{
  static const char candidates[] = { ',', '\t', ';' };
  gsize counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean in_quotes = FALSE;
  guint lines = 0;
  gsize pos;
  guint i, best = 0;

  for (pos = 0; pos < length && lines < SEPARATOR_GUESS_LINES; pos++)
    {
      char c = text[pos];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && c == '\n')
        lines++;
      else if (!in_quotes)
        for (i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (c == candidates[i])
            counts[i]++;
    }

  for (i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

/* As a text editor counts: CRLF, LF and a lone CR each end a line. */
static guint
line_at_offset (const guint8 *data,
                gsize         offset)
{
  guint line = 1;
  gsize i;

  for (i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n'))
        line++;
    }

  return line;
}

static gboolean
convert_utf16 (CwCsvReader   *self,
               const guint8  *data,
               gsize          size,
               const char    *encoding,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;

  self->text = g_convert ((const char *) data, size, "UTF-8", encoding,
                          NULL, &written, &local_error);
  if (self->text == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("The file looks like UTF-16 text, but is not: %s"),
                   local_error->message);
      return FALSE;
    }

  /* U+0000 is no more text in UTF-16 than a zero byte is in UTF-8; as a
   * NUL in the UTF-8 text it would cut its field short. */
  if (memchr (self->text, '\0', written) != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Line %u contains zero bytes: this is not a text file."),
                   line_at_offset ((const guint8 *) self->text,
                                   (const guint8 *) memchr (self->text, '\0', written) - (const guint8 *) self->text));
      return FALSE;
    }

  self->length = written;
  self->encoding = encoding;
  return TRUE;
}

static gboolean
decode (CwCsvReader   *self,
        const guint8  *data,
        gsize          size,
        GError       **error)
{
  const char *utf8_end = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize read = 0;
  gsize written = 0;

  /* The commonest wrong file: the workbook itself instead of a CSV
   * saved from it (zip for .xlsx, OLE2 for .xls and .et). */
  if ((size >= 4 && memcmp (data, "PK\003\004", 4) == 0) ||
      (size >= 4 && memcmp (data, "\320\317\021\340", 4) == 0))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("This is an Excel or WPS workbook, not a CSV file. Open it in Excel or WPS and save it as “CSV UTF-8 (comma delimited)”."));
      return FALSE;
    }

  if (size >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    {
      data += 3;
      size -= 3;
      if (!g_utf8_validate_len ((const char *) data, size, &utf8_end))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("The file is marked as UTF-8 text, but line %u contains bytes that are not UTF-8."),
                       line_at_offset (data, (const guint8 *) utf8_end - data));
          return FALSE;
        }
      self->text = g_strndup ((const char *) data, size);
      self->length = size;
      self->encoding = "UTF-8 (BOM)";
      return TRUE;
    }

  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return convert_utf16 (self, data + 2, size - 2, "UTF-16LE", error);
  if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return convert_utf16 (self, data + 2, size - 2, "UTF-16BE", error);

  /* No text encoding we accept has zero bytes except UTF-16, which
   * without a BOM shows itself by the zero high bytes of its ASCII
   * characters (separators, line breaks), all on the same side. */
  if (memchr (data, '\0', size) != NULL)
    {
      gsize zeros[2] = { 0, 0 };
      gsize i;

      for (i = 0; i < size; i++)
        if (data[i] == 0)
          zeros[i % 2]++;

      /* Even a file of Chinese text has a separator or a line break
       * every twenty characters; a stray zero byte or two does not. */
      if (size % 2 == 0 && zeros[1] >= MAX (2, size / 40) && zeros[1] > 4 * zeros[0])
        return convert_utf16 (self, data, size, "UTF-16LE", error);
      if (size % 2 == 0 && zeros[0] >= MAX (2, size / 40) && zeros[0] > 4 * zeros[1])
        return convert_utf16 (self, data, size, "UTF-16BE", error);

      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Line %u contains zero bytes: this is not a text file."),
                   line_at_offset (data, (const guint8 *) memchr (data, '\0', size) - data));
      return FALSE;
    }

  if (g_utf8_validate_len ((const char *) data, size, &utf8_end))
    {
      self->text = g_strndup ((const char *) data, size);
      self->length = size;
      self->encoding = "UTF-8";
      return TRUE;
    }

  self->text = g_convert ((const char *) data, size, "UTF-8", "GB18030",
                          &read, &written, &local_error);
  if (self->text == NULL)
    {
      /* The later failure is the telling one: a UTF-8 file with one bad
       * byte fails as GB18030 near its first Chinese character, and a
       * GB18030 file with one bad byte fails as UTF-8 there too. */
      guint utf8_line = line_at_offset (data, (const guint8 *) utf8_end - data);
      guint gb_line = line_at_offset (data, MIN (read, size));

      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Line %u contains bytes that are neither UTF-8 nor GB18030 (GBK) text. Save the file again as “CSV UTF-8 (comma delimited)”."),
                   MAX (utf8_line, gb_line));
      return FALSE;
    }

  self->length = written;
  self->encoding = "GB18030";
  return TRUE;
}

CwCsvReader *
cw_csv_reader_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(CwCsvReader) self = NULL;
  const guint8 *data;
  gsize size = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CW_TYPE_CSV_READER, NULL);
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = (const guint8 *) "";

  if (!decode (self, data, size, error))
    return NULL;

  self->separator = guess_separator (self->text, self->length);
  return g_steal_pointer (&self);
}

CwCsvReader *
cw_csv_reader_new_from_file (const char  *path,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GBytes) bytes = NULL;
  CwCsvReader *self;
  char *contents = NULL;
  gsize size = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);

  if (!g_file_get_contents (path, &contents, &size, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                     _("The file “%s” does not exist."), display);
      else
        g_set_error (error, CW_ERROR, CW_ERROR_FAILED,
                     _("Cannot read “%s”: %s"), display, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, size);
  self = cw_csv_reader_new_from_bytes (bytes, error);
  if (self == NULL)
    g_prefix_error (error, _("“%s”: "), display);

  return self;
}

const char *
cw_csv_reader_get_encoding (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), NULL);

  return self->encoding;
}

char
cw_csv_reader_get_separator (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), '\0');

  return self->separator;
}

/* Separators and quotes alone are what Excel saves for an empty sheet
 * with formatted cells; there is nothing to find a header in. */
static gboolean
has_content (const char *text,
             gsize       length)
{
  const char *p;
  const char *end = text + length;

  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_blank (c) && c != ',' && c != ';' && c != '"')
        return TRUE;
    }

  return FALSE;
}

void
cw_csv_reader_set_aliases (CwCsvReader *self,
                           GHashTable  *aliases)
{
  g_return_if_fail (CW_IS_CSV_READER (self));

  g_clear_pointer (&self->aliases, g_hash_table_unref);
  if (aliases != NULL)
    self->aliases = g_hash_table_ref (aliases);
}

/* The column a header cell names: itself, or the name it is an alias of. */
static const char *
canonical (CwCsvReader *self,
           const char  *cell)
{
  const char *name = self->aliases != NULL ? g_hash_table_lookup (self->aliases, cell) : NULL;

  return name != NULL ? name : cell;
}

static gboolean
record_has (CwCsvReader *self,
            GPtrArray   *fields,
            const char  *name)
{
  guint i;

  for (i = 0; i < fields->len; i++)
    if (g_str_equal (canonical (self, g_ptr_array_index (fields, i)), name))
      return TRUE;
  return FALSE;
}

static char *
quoted_list (const char * const *names)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, C_("list separator", ", "));
      g_string_append_printf (out, _("“%s”"), names[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
take_header (CwCsvReader        *self,
             GPtrArray          *header,
             guint               header_line,
             const char * const *required,
             const char * const *known,
             GError            **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) unknown = g_strv_builder_new ();
  guint i, pass;

  /* Exact names first: a header with 住址 and also an alias of it reads
   * 住址, and the other is an unknown column as it always was. */
  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < header->len; i++)
      {
        const char *cell = g_ptr_array_index (header, i);
        const char *name = canonical (self, cell);
        gboolean alias = name != cell;
        const char *earlier_cell;
        gpointer earlier;

        /* Excel writes a separator for every empty cell of the widest
         * row, so trailing empty header cells are normal. */
        if (*cell == '\0' || alias != (pass == 1))
          continue;

        if (!g_hash_table_lookup_extended (columns, name, NULL, &earlier))
          {
            g_hash_table_insert (columns, g_strdup (name), GUINT_TO_POINTER (i + 1));
            continue;
          }
        earlier_cell = g_ptr_array_index (header, GPOINTER_TO_UINT (earlier) - 1);
        if (g_str_equal (earlier_cell, cell))
          {
            g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                         _("The header row (line %u) has the column “%s” twice; rename or delete one of them."),
                         header_line, cell);
            return FALSE;
          }
        if (!g_str_equal (earlier_cell, name))
          {
            g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                         _("The header row (line %u) has both “%s” and “%s”, which name the same column “%s”; "
                           "rename or delete one of them."),
                         header_line, earlier_cell, cell, name);
            return FALSE;
          }
      }

  for (i = 0; i < header->len; i++)
    {
      const char *cell = g_ptr_array_index (header, i);
      const char *name = canonical (self, cell);

      if (*cell == '\0')
        continue;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (columns, name)) != i + 1 ||
          (!g_strv_contains (required, name) && (known == NULL || !g_strv_contains (known, name))))
        g_strv_builder_add (unknown, cell);
    }

  g_clear_pointer (&self->columns, g_hash_table_unref);
  self->columns = g_steal_pointer (&columns);
  g_clear_pointer (&self->unknown_columns, g_strfreev);
  self->unknown_columns = g_strv_builder_end (unknown);
  self->header_line = header_line;
  return TRUE;
}

gboolean
cw_csv_reader_find_header (CwCsvReader         *self,
                           const char * const  *required,
                           const char * const  *known,
                           GError             **error)
{
  static const char all_separators[] = { ',', '\t', ';' };
  char separators[G_N_ELEMENTS (all_separators)];
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) best_missing = g_ptr_array_new ();
  g_autoptr(GError) parse_error = NULL;
  guint n_separators = 0;
  guint best_found = 0;
  guint best_line = 0;
  guint s, i;

  g_return_val_if_fail (CW_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (required != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The guess first: it decides only when the header would be found
   * with more than one separator. */
  separators[n_separators++] = self->separator;
  for (i = 0; i < G_N_ELEMENTS (all_separators); i++)
    if (all_separators[i] != self->separator)
      separators[n_separators++] = all_separators[i];

  for (s = 0; s < n_separators; s++)
    {
      gsize pos = 0;
      guint line = 1;
      guint n_records = 0;

      while (n_records < HEADER_SEARCH_RECORDS)
        {
          g_autoptr(GError) local_error = NULL;
          guint start_line = 0;
          guint found = 0;
          ParseResult result;

          result = parse_record (self->text, self->length, separators[s],
                                 &pos, &line, fields, &start_line, &local_error);
          if (result == PARSE_END)
            break;
          if (result == PARSE_ERROR)
            {
              /* Perhaps only with this separator; report it if no other
               * separator gets further. */
              if (parse_error == NULL)
                parse_error = g_steal_pointer (&local_error);
              break;
            }
          if (record_is_empty (fields))
            continue;

          n_records++;

          for (i = 0; required[i] != NULL; i++)
            if (record_has (self, fields, required[i]))
              found++;

          if (found == i)
            {
              if (!take_header (self, fields, start_line, required, known, error))
                return FALSE;

              self->separator = separators[s];
              self->pos = pos;
              self->line = line;
              self->has_record = FALSE;
              g_ptr_array_set_size (self->fields, 0);
              return TRUE;
            }

          if (found > best_found)
            {
              best_found = found;
              best_line = start_line;
              g_ptr_array_set_size (best_missing, 0);
              for (i = 0; required[i] != NULL; i++)
                if (!record_has (self, fields, required[i]))
                  g_ptr_array_add (best_missing, (gpointer) required[i]);
            }
        }
    }

  if (parse_error != NULL && best_found == 0)
    {
      g_propagate_error (error, g_steal_pointer (&parse_error));
      return FALSE;
    }

  if (!has_content (self->text, self->length))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_EMPTY_FILE,
                           _("The file has no rows."));
      return FALSE;
    }

  if (best_found > 0)
    {
      g_autofree char *missing = NULL;

      g_ptr_array_add (best_missing, NULL);
      missing = quoted_list ((const char * const *) best_missing->pdata);
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   ngettext ("The header row (line %u) lacks the column %s.",
                             "The header row (line %u) lacks the columns %s.",
                             best_missing->len - 1),
                   best_line, missing);
    }
  else
    {
      g_autofree char *wanted = quoted_list (required);

      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("No header row was found in the first 20 rows. The header needs the columns %s."),
                   wanted);
    }

  return FALSE;
}

const char * const *
cw_csv_reader_get_unknown_columns (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), empty_strv);

  if (self->unknown_columns == NULL)
    return empty_strv;
  return (const char * const *) self->unknown_columns;
}

int
cw_csv_reader_get_column_index (CwCsvReader *self,
                                const char  *column)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), -1);
  g_return_val_if_fail (column != NULL, -1);

  if (self->columns == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, column)) - 1;
}

guint
cw_csv_reader_get_header_line (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), 0);

  return self->header_line;
}

gboolean
cw_csv_reader_next (CwCsvReader  *self,
                    GError      **error)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (;;)
    {
      ParseResult result;

      result = parse_record (self->text, self->length, self->separator,
                             &self->pos, &self->line, self->fields,
                             &self->record_line, error);
      if (result != PARSE_RECORD)
        {
          self->has_record = FALSE;
          if (result == PARSE_ERROR)
            {
              /* Do not report the same broken record forever. */
              self->pos = self->length;
            }
          return FALSE;
        }

      if (!record_is_empty (self->fields))
        {
          self->has_record = TRUE;
          return TRUE;
        }
    }
}

guint
cw_csv_reader_get_line (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), 0);

  return self->has_record ? self->record_line : 0;
}

const char *
cw_csv_reader_get (CwCsvReader *self,
                   const char  *column)
{
  guint index;

  g_return_val_if_fail (CW_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  if (!self->has_record || self->columns == NULL)
    return NULL;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, column));
  if (index == 0)
    return NULL;
  if (index > self->fields->len)
    return "";

  return g_ptr_array_index (self->fields, index - 1);
}

guint
cw_csv_reader_get_n_fields (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), 0);

  return self->has_record ? self->fields->len : 0;
}

const char *
cw_csv_reader_get_field (CwCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), NULL);

  if (!self->has_record || index >= self->fields->len)
    return NULL;

  return g_ptr_array_index (self->fields, index);
}

gboolean
cw_csv_looks_like_excel_number (const char *field)
{
  const char *p = field;
  gboolean mantissa = FALSE;

  if (p == NULL)
    return FALSE;

  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    {
      p++;
      mantissa = TRUE;
    }
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          p++;
          mantissa = TRUE;
        }
    }
  if (!mantissa || (*p != 'E' && *p != 'e'))
    return FALSE;
  p++;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == '\0';
}
