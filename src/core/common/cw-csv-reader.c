/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-csv-reader"

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-csv-reader-private.h"

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

  GPtrArray *fields;        /* the current record, pointers into @record */
  GString *record;          /* its fields, each ending in a NUL */
  gboolean has_record;
  guint record_line;

  GHashTable *columns;      /* header name → index + 1 */
  GHashTable *aliases;      /* another name of a column → its name */
  GHashTable *names;        /* the columns' own names, while finding the header */
  GHashTable *ignored;      /* header cells to leave out, as written */
  GStrv header;             /* the header's cells as read */
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
  g_string_free (self->record, TRUE);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->aliases, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_clear_pointer (&self->header, g_strfreev);
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
  self->fields = g_ptr_array_new ();
  self->record = g_string_new (NULL);
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

  /* Printable ASCII at both ends, as nearly every field has, is no blank. */
  if (length > 0 && (guchar) text[0] > ' ' && (guchar) text[0] < 0x7F &&
      (guchar) text[length - 1] > ' ' && (guchar) text[length - 1] < 0x7F)
    {
      *start_out = start;
      *end_out = end;
      return;
    }

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

/* The field being read is @record from @field_start on: trimmed, ended
 * with a NUL and its offset kept in @fields (pointers once the record is
 * read, see point_fields(): the text may move until then). One buffer
 * per record instead of a string per field. */
static void
push_field (GPtrArray *fields,
            GString   *record,
            gsize     *field_start)
{
  const char *start, *end;
  gsize offset;

  trim_range (record->str + *field_start, record->len - *field_start, &start, &end);
  /* Offsets before the NUL goes in: appending it may move the text. */
  offset = (gsize) (start - record->str);
  g_string_truncate (record, (gsize) (end - record->str));
  g_string_append_c (record, '\0');
  g_ptr_array_add (fields, GSIZE_TO_POINTER (offset));
  *field_start = record->len;
}

static void
point_fields (GPtrArray *fields,
              GString   *record)
{
  for (guint i = 0; i < fields->len; i++)
    fields->pdata[i] = record->str + GPOINTER_TO_SIZE (fields->pdata[i]);
}

static gboolean
only_blanks (const GString *record,
             gsize          field_start)
{
  const char *start, *end;

  trim_range (record->str + field_start, record->len - field_start, &start, &end);
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
              GString     *record,
              guint       *start_line,
              GError     **error)
{
  gsize field_start = 0;
  gsize pos = *pos_inout;
  guint line = *line_inout;
  gboolean in_quotes = FALSE;
  gboolean was_quoted = FALSE;
  guint quote_line = 0;

  g_ptr_array_set_size (fields, 0);
  g_string_truncate (record, 0);

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
              g_ptr_array_set_size (fields, 0);
              return PARSE_ERROR;
            }
          push_field (fields, record, &field_start);
          break;
        }

      c = text[pos];

      if (in_quotes)
        {
          if (c == '"')
            {
              if (pos + 1 < length && text[pos + 1] == '"')
                {
                  g_string_append_c (record, '"');
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
              g_string_append_c (record, '\n');
            }
          else
            {
              g_string_append_c (record, c);
              pos++;
            }
        }
      else if (c == separator)
        {
          push_field (fields, record, &field_start);
          was_quoted = FALSE;
          pos++;
        }
      else if (c == '\r' || c == '\n')
        {
          pos += (c == '\r' && pos + 1 < length && text[pos + 1] == '\n') ? 2 : 1;
          line++;
          push_field (fields, record, &field_start);
          break;
        }
      else if (c == '"' && !was_quoted && only_blanks (record, field_start))
        {
          /* Hand-edited files put a space after the comma: , "a, b" */
          g_string_truncate (record, field_start);
          in_quotes = TRUE;
          was_quoted = TRUE;
          quote_line = line;
          pos++;
        }
      else
        {
          g_string_append_c (record, c);
          pos++;
        }
    }

  point_fields (fields, record);
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

  if (!cw_csv_decode (data, size, &self->text, &self->length, &self->encoding, error))
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

void
cw_csv_reader_set_ignored_columns (CwCsvReader        *self,
                                   const char * const *cells)
{
  g_return_if_fail (CW_IS_CSV_READER (self));

  g_clear_pointer (&self->ignored, g_hash_table_unref);
  if (cells == NULL || cells[0] == NULL)
    return;
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; cells[i] != NULL; i++)
    g_hash_table_add (self->ignored, g_strstrip (g_strdup (cells[i])));
}

static gboolean
is_ignored (CwCsvReader *self,
            const char  *cell)
{
  return self->ignored != NULL && g_hash_table_contains (self->ignored, cell);
}

/* A header cell as printed forms write it, without what only decorates
 * it: the spaces that spread "姓  名" across its cell, the star that
 * marks a required column ("*姓名") and a note in brackets at the end
 * ("身份证号码（18位）"). NULL when there is nothing to take away. */
static char *
compact_cell (const char *cell)
{
  GString *out = g_string_new (NULL);
  const char *p = cell;
  const char *open;

  while (g_str_has_prefix (p, "*") || g_str_has_prefix (p, "＊"))
    p += g_str_has_prefix (p, "*") ? 1 : strlen ("＊");
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_blank (c))
        g_string_append_unichar (out, c);
    }
  if ((g_str_has_suffix (out->str, ")") && (open = strrchr (out->str, '(')) != NULL) ||
      (g_str_has_suffix (out->str, "）") && (open = g_strrstr (out->str, "（")) != NULL))
    if (open != out->str)
      g_string_truncate (out, (gsize) (open - out->str));
  if (g_str_equal (out->str, cell) || out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The name a header cell stands for, or NULL for none: a name of its own
 * or an alias of one, as written or compacted. @cell is returned when it
 * is a name itself; otherwise a pointer into the names or aliases. */
static const char *
lookup_name (CwCsvReader *self,
             const char  *cell)
{
  const char *name = self->aliases != NULL ? g_hash_table_lookup (self->aliases, cell) : NULL;

  if (name != NULL)
    return name;
  if (self->names != NULL)
    return g_hash_table_lookup (self->names, cell);
  return NULL;
}

/* The column a header cell names: itself, or the name it is an alias of
 * (also once compacted, see compact_cell()). The result lives as long as
 * the reader's tables or @cell. */
static const char *
canonical (CwCsvReader *self,
           const char  *cell)
{
  g_autofree char *compact = NULL;
  const char *name = lookup_name (self, cell);

  if (name != NULL)
    return name;
  compact = compact_cell (cell);
  if (compact != NULL && (name = lookup_name (self, compact)) != NULL)
    return name;
  return cell;
}

static gboolean
record_has (CwCsvReader *self,
            GPtrArray   *fields,
            const char  *name)
{
  guint i;

  for (i = 0; i < fields->len; i++)
    if (!is_ignored (self, g_ptr_array_index (fields, i)) &&
        g_str_equal (canonical (self, g_ptr_array_index (fields, i)), name))
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
        gboolean alias = !g_str_equal (name, cell);
        const char *earlier_cell;
        gpointer earlier;

        /* Excel writes a separator for every empty cell of the widest
         * row, so trailing empty header cells are normal. */
        if (*cell == '\0' || is_ignored (self, cell) || alias != (pass == 1))
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

      if (*cell == '\0' || is_ignored (self, cell))
        continue;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (columns, name)) != i + 1 ||
          (!g_strv_contains (required, name) && (known == NULL || !g_strv_contains (known, name))))
        g_strv_builder_add (unknown, cell);
    }

  g_clear_pointer (&self->columns, g_hash_table_unref);
  self->columns = g_steal_pointer (&columns);
  g_clear_pointer (&self->unknown_columns, g_strfreev);
  self->unknown_columns = g_strv_builder_end (unknown);
  g_clear_pointer (&self->header, g_strfreev);
  self->header = g_new0 (char *, header->len + 1);
  for (i = 0; i < header->len; i++)
    self->header[i] = g_strdup (g_ptr_array_index (header, i));
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
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GString) record = g_string_new (NULL);
  g_autoptr(GPtrArray) best_missing = g_ptr_array_new ();
  g_autoptr(GError) parse_error = NULL;
  guint n_separators = 0;
  guint best_found = 0;
  guint best_line = 0;
  guint s, i;

  g_return_val_if_fail (CW_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (required != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The names as written, for header cells that only decorate them. */
  g_clear_pointer (&self->names, g_hash_table_unref);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = 0; required[i] != NULL; i++)
    g_hash_table_insert (self->names, (gpointer) required[i], (gpointer) required[i]);
  for (i = 0; known != NULL && known[i] != NULL; i++)
    g_hash_table_insert (self->names, (gpointer) known[i], (gpointer) known[i]);

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
                                 &pos, &line, fields, record, &start_line, &local_error);
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

const char * const *
cw_csv_reader_get_header (CwCsvReader *self)
{
  g_return_val_if_fail (CW_IS_CSV_READER (self), empty_strv);

  if (self->header == NULL)
    return empty_strv;
  return (const char * const *) self->header;
}

const char *
cw_csv_reader_get_stray_field (CwCsvReader *self,
                               guint       *index)
{
  guint width;

  g_return_val_if_fail (CW_IS_CSV_READER (self), NULL);

  if (!self->has_record || self->header == NULL)
    return NULL;
  width = g_strv_length (self->header);
  for (guint i = 0; i < self->fields->len; i++)
    {
      const char *field = g_ptr_array_index (self->fields, i);

      if (field[0] != '\0' && (i >= width || self->header[i][0] == '\0'))
        {
          if (index != NULL)
            *index = i;
          return field;
        }
    }
  return NULL;
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
                             &self->pos, &self->line, self->fields, self->record,
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
