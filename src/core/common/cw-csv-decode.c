/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-csv-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader-private.h"
#include "core/common/cw-error.h"

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
convert_utf16 (const guint8  *data,
               gsize          size,
               const char    *encoding,
               char         **text,
               gsize         *length,
               const char   **encoding_out,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;

  *text = g_convert ((const char *) data, size, "UTF-8", encoding,
                     NULL, &written, &local_error);
  if (*text == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("The file looks like UTF-16 text, but is not: %s"),
                   local_error->message);
      return FALSE;
    }

  /* U+0000 is no more text in UTF-16 than a zero byte is in UTF-8; as a
   * NUL in the UTF-8 text it would cut its field short. */
  if (memchr (*text, '\0', written) != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Line %u contains zero bytes: this is not a text file."),
                   line_at_offset ((const guint8 *) *text,
                                   (const guint8 *) memchr (*text, '\0', written) - (const guint8 *) *text));
      g_clear_pointer (text, g_free);
      return FALSE;
    }

  *length = written;
  *encoding_out = encoding;
  return TRUE;
}

gboolean
cw_csv_decode (const guint8  *data,
               gsize          size,
               char         **text,
               gsize         *length,
               const char   **encoding,
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
      *text = g_strndup ((const char *) data, size);
      *length = size;
      *encoding = "UTF-8 (BOM)";
      return TRUE;
    }

  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return convert_utf16 (data + 2, size - 2, "UTF-16LE", text, length, encoding, error);
  if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return convert_utf16 (data + 2, size - 2, "UTF-16BE", text, length, encoding, error);

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
        return convert_utf16 (data, size, "UTF-16LE", text, length, encoding, error);
      if (size % 2 == 0 && zeros[0] >= MAX (2, size / 40) && zeros[0] > 4 * zeros[1])
        return convert_utf16 (data, size, "UTF-16BE", text, length, encoding, error);

      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Line %u contains zero bytes: this is not a text file."),
                   line_at_offset (data, (const guint8 *) memchr (data, '\0', size) - data));
      return FALSE;
    }

  if (g_utf8_validate_len ((const char *) data, size, &utf8_end))
    {
      *text = g_strndup ((const char *) data, size);
      *length = size;
      *encoding = "UTF-8";
      return TRUE;
    }

  *text = g_convert ((const char *) data, size, "UTF-8", "GB18030",
                          &read, &written, &local_error);
  if (*text == NULL)
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

  *length = written;
  *encoding = "GB18030";
  return TRUE;
}
