/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-pinyin"

#include "core/common/cw-pinyin-icu.h"

#include <unicode/ustring.h>

#define TRANSLITERATOR_ID "Han-Latin; Latin-ASCII; Lower"

/* Not CW_ERROR: the table generator links neither core nor its error
 * domain, and no caller needs more than the message. */
#define PINYIN_ICU_ERROR (g_quark_from_static_string ("cw-pinyin-icu-error"))

UTransliterator *
cw_pinyin_icu_open (GError **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *transliterator;
  UChar id[64];

  u_uastrcpy (id, TRANSLITERATOR_ID);
  transliterator = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    {
      g_set_error (error, PINYIN_ICU_ERROR, 0,
                   "Cannot open the ICU transliterator “%s”: %s",
                   TRANSLITERATOR_ID, u_errorName (status));
      return NULL;
    }

  return transliterator;
}

char *
cw_pinyin_icu_syllable (UTransliterator *transliterator,
                        gunichar         c)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[64];
  int32_t length = 0;
  int32_t limit;
  char utf8[256];
  int32_t utf8_length = 0;
  GString *out;
  int32_t i;

  U16_APPEND_UNSAFE (buffer, length, c);
  limit = length;
  utrans_transUChars (transliterator, buffer, &length, G_N_ELEMENTS (buffer),
                      0, &limit, &status);
  if (U_FAILURE (status))
    return g_strdup ("");

  u_strToUTF8 (utf8, sizeof utf8, &utf8_length, buffer, length, &status);
  if (U_FAILURE (status) || status == U_STRING_NOT_TERMINATED_WARNING)
    return g_strdup ("");

  /* Whatever ICU could not turn into ASCII letters (a rare character with
   * no reading, punctuation) is of no use in a key typed on a keyboard. */
  out = g_string_sized_new (utf8_length);
  for (i = 0; i < utf8_length; i++)
    if (g_ascii_isalnum (utf8[i]))
      g_string_append_c (out, g_ascii_tolower (utf8[i]));

  return g_string_free (out, FALSE);
}
