/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-pinyin.h"
#include "core/common/cw-text.h"
#include "core/common/cw-text-private.h"

/* Characters that take no room and show nothing, yet make "张三" and
 * "张\u200B三" two names: format characters (Cf: zero-width space and
 * joiners, word joiner, BOM, soft hyphen, bidirectional marks), control
 * characters other than white space, the combining grapheme joiner, and
 * the Hangul fillers that some input methods leave behind. */
static gboolean
is_invisible (gunichar c)
{
  GUnicodeType type;

  if (c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0)
    return TRUE;
  type = g_unichar_type (c);
  return type == G_UNICODE_FORMAT || (type == G_UNICODE_CONTROL && !g_unichar_isspace (c));
}

char *
cw_text_clean_line (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) visible = NULL;
  g_autofree char *normal = NULL;
  GString *out;
  gboolean space = FALSE;

  /* Nearly every name, phone and ID number of an import is clean as
   * typed; NFKC of 100 000 names is most of what checking a person costs. */
  if (cw_text_is_clean_line (text))
    return g_strdup (text);

  valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  visible = g_string_sized_new (strlen (valid));

  /* Invisibles go first: between a letter and its accent one would keep
   * NFKC from composing them. */
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_invisible (c))
        g_string_append_unichar (visible, c);
    }

  normal = g_utf8_normalize (visible->str, -1, G_NORMALIZE_NFKC);
  out = g_string_sized_new (strlen (normal));
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
cw_text_normalize_key (const char *text)
{
  char *key = cw_text_clean_line (text);

  for (char *p = key; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);
  return key;
}

gboolean
cw_text_is_clean_line (const char *text)
{
  gboolean space = TRUE;   /* a space at the start is not clean */

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          if (space)
            return FALSE;
          space = TRUE;
          continue;
        }
      space = FALSE;
      /* Printable ASCII and the CJK ideographs are their own NFKC; for
       * anything else, asking costs a call to the cleaner. */
      if (!(c > 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF) && !(c >= 0x3400 && c <= 0x4DBF))
        return FALSE;
    }
  return !space || text[0] == '\0';
}

gboolean
cw_text_parse_integer (const char  *text,
                       gint64       min,
                       gint64       max,
                       gint64      *value,
                       GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (text);
  const char *p = clean;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  gboolean too_large = FALSE;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  if (!g_ascii_isdigit (*p))
    goto not_a_number;
  for (; g_ascii_isdigit (*p); p++)
    {
      guint digit = (guint) (*p - '0');

      /* Past what 64 bits hold, the digits are still read, so that
       * "99999999999999999999" is too large rather than not a number. */
      if (magnitude > (G_MAXUINT64 - digit) / 10)
        too_large = TRUE;
      else
        magnitude = magnitude * 10 + digit;
    }
  if (*p != '\0')
    goto not_a_number;

  /* A number past what gint64 holds is out of range, as is one past the
   * bounds; the magnitude is checked first so that no step overflows. */
  if (!too_large && magnitude <= (guint64) G_MAXINT64 + (negative ? 1 : 0))
    {
      gint64 number = negative ? (gint64) ((guint64) 0 - magnitude) : (gint64) magnitude;

      if (number >= min && number <= max)
        {
          *value = number;
          return TRUE;
        }
    }
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               /* Translators: a number as typed, then the smallest and largest allowed */
               _("%s is out of range: write a whole number from %lld to %lld."),
               clean, (long long) min, (long long) max);
  return FALSE;

not_a_number:
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not a whole number; write digits only, e.g. 20."), clean);
  return FALSE;
}

static void
sql_text_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  char *(*clean) (const char *) = sqlite3_user_data (context);
  g_autofree char *result = NULL;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  result = clean ((const char *) sqlite3_value_text (argv[0]));
  sqlite3_result_text (context, result, -1, SQLITE_TRANSIENT);
}

void
cw_text_register_sql_functions (sqlite3 *db)
{
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

  sqlite3_create_function_v2 (db, "cw_clean_line", 1, flags, (void *) cw_text_clean_line,
                              sql_text_function, NULL, NULL, NULL);
  sqlite3_create_function_v2 (db, "cw_normalize_key", 1, flags, (void *) cw_text_normalize_key,
                              sql_text_function, NULL, NULL, NULL);
  sqlite3_create_function_v2 (db, "cw_search_key", 1, flags, (void *) cw_pinyin_search_key,
                              sql_text_function, NULL, NULL, NULL);
}

gboolean
cw_text_check_length (const char  *text,
                      guint        max,
                      const char  *field,
                      GError     **error)
{
  glong length;

  /* A character is at least a byte: most texts need no counting. */
  if (strlen (text) <= max)
    return TRUE;
  length = g_utf8_strlen (text, -1);
  if (length <= (glong) max)
    return TRUE;
  /* Translators: a field, its limit, then how many characters it has */
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("%s: at most %u characters, but this has %ld."),
               _(field), max, length);
  return FALSE;
}

char *
cw_text_count_in_hanzi (guint n)
{
  static const char * const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

  if (n == 0 || n > 99)
    return g_strdup_printf ("%u", n);
  if (n < 10)
    return g_strdup (digits[n]);
  /* 十, 十三, 二十, 二十三: no 一 before a leading 十. */
  return g_strconcat (n >= 20 ? digits[n / 10] : "", "十", n % 10 != 0 ? digits[n % 10] : "", NULL);
}
