/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-id-number"

#include "core/common/cw-date.h"
#include "core/common/cw-id-number.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/common/cw-error.h"

#define ID_LENGTH 18
#define MIN_BIRTH_YEAR 1890

static const int id_weights[ID_LENGTH - 1] = {
  7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
};

/* Besides the usual white space, people paste zero-width characters and
 * stray byte-order marks from web pages and Word documents. */
static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

/* @text must be valid UTF-8. */
static char *
trim_dup (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && is_blank (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_blank (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* Full-width digits come from Chinese input methods left in full-width
 * mode; they are the same digits to the person typing them. */
static int
digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 0xFF10 && c <= 0xFF19)
    return c - 0xFF10;
  return -1;
}

/* @s holds at least @n ASCII digits. */
static int
number_at (const char *s,
           int         n)
{
  int value = 0;
  int i;

  for (i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');
  return value;
}

static gboolean
is_x (gunichar c)
{
  return c == 'X' || c == 'x' || c == 0xFF38 || c == 0xFF58;
}

char
cw_id_number_check_character (const char *digits17)
{
  static const char map[] = "10X98765432";
  int sum = 0;
  int i;

  for (i = 0; i < ID_LENGTH - 1; i++)
    sum += (digits17[i] - '0') * id_weights[i];

  return map[sum % 11];
}

/* GB/T 2260 provinces, plus 71/81/82 for Taiwan, Hong Kong and Macao and
 * 83 for the residence permits (居住证) their residents hold. */
static gboolean
is_province_code (int code)
{
  return (code >= 11 && code <= 15) ||
         (code >= 21 && code <= 23) ||
         (code >= 31 && code <= 37) ||
         (code >= 41 && code <= 46) ||
         (code >= 50 && code <= 54) ||
         (code >= 61 && code <= 65) ||
         code == 71 || code == 81 || code == 82 || code == 83;
}

gboolean
cw_id_number_normalize (const char  *input,
                        char       **normalized,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  char id[ID_LENGTH + 1];
  const char *p;
  glong n_chars;
  int i;
  int year, month, day;
  char expected;
  GDate birth, now;

  if (input == NULL)
    input = "";

  if (!g_utf8_validate (input, -1, NULL))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("The ID number is not valid text."));
      return FALSE;
    }

  trimmed = trim_dup (input);
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("The ID number is empty."));
      return FALSE;
    }

  n_chars = g_utf8_strlen (trimmed, -1);
  if (n_chars == 15)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is an old 15-digit ID number; enter the 18-character number of the current ID card."),
                   trimmed);
      return FALSE;
    }
  if (n_chars != ID_LENGTH)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” has %u characters, but an ID number has 18."),
                   trimmed, (guint) n_chars);
      return FALSE;
    }

  for (p = trimmed, i = 0; i < ID_LENGTH; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      int value = digit_value (c);

      if (value >= 0)
        {
          id[i] = '0' + value;
        }
      else if (i == ID_LENGTH - 1)
        {
          /* A wrong last character is most often a mistyped check
           * character, so it gets the check-character message below. */
          id[i] = is_x (c) ? 'X' : '?';
        }
      else
        {
          char bad[8] = { 0 };

          g_unichar_to_utf8 (c, bad);
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” contains “%s”: an ID number has only digits, and X only as the last character."),
                       trimmed, bad);
          return FALSE;
        }
    }
  id[ID_LENGTH] = '\0';

  if (!is_province_code ((id[0] - '0') * 10 + (id[1] - '0')))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a valid ID number: it starts with %.2s, which is not the code of a province."),
                   id, id);
      return FALSE;
    }

  year = number_at (id + 6, 4);
  month = number_at (id + 10, 2);
  day = number_at (id + 12, 2);

  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a valid ID number: its birth date %.8s is not a date that exists."),
                   id, id + 6);
      return FALSE;
    }
  if (year < MIN_BIRTH_YEAR)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a valid ID number: its birth year %d is before 1890."),
                   id, year);
      return FALSE;
    }

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, day, month, year);
  cw_date_today (&now);
  if (g_date_compare (&birth, &now) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” is not a valid ID number: its birth date %.8s is in the future."),
                   id, id + 6);
      return FALSE;
    }

  expected = cw_id_number_check_character (id);
  if (id[ID_LENGTH - 1] != expected)
    {
      /* The person typed something other than a digit or X last; show
       * what they typed, not our placeholder. */
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” has a wrong check character: it should end in %c. If the card really ends that way, another digit was mistyped."),
                   id[ID_LENGTH - 1] == '?' ? trimmed : id, expected);
      return FALSE;
    }

  if (normalized != NULL)
    *normalized = g_strdup (id);

  return TRUE;
}

gboolean
cw_id_number_birth_date (const char *normalized,
                         GDate      *out)
{
  int year, month, day;
  int i;

  g_return_val_if_fail (normalized != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  for (i = 0; i < 14; i++)
    if (!g_ascii_isdigit (normalized[i]))
      return FALSE;

  year = number_at (normalized + 6, 4);
  month = number_at (normalized + 10, 2);
  day = number_at (normalized + 12, 2);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

char
cw_id_number_sex (const char *normalized)
{
  g_return_val_if_fail (normalized != NULL, '\0');

  if (strnlen (normalized, 17) < 17 || !g_ascii_isdigit (normalized[16]))
    return '\0';

  return ((normalized[16] - '0') % 2 == 1) ? 'M' : 'F';
}

char *
cw_id_number_mask (const char *id)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  glong i;
  GString *out;

  if (id == NULL || !g_utf8_validate (id, -1, NULL))
    return g_strdup ("");

  chars = g_utf8_to_ucs4_fast (id, -1, &n);
  out = g_string_sized_new (n + 1);

  for (i = 0; i < n; i++)
    {
      if (n >= 10 && (i < 6 || i >= n - 4))
        g_string_append_unichar (out, chars[i]);
      else
        g_string_append_c (out, '*');
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_phone_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '(' || c == ')' || c == '+';
}

char *
cw_phone_mask (const char *phone)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  glong i;
  glong head, tail;
  GString *out;

  if (phone == NULL || !g_utf8_validate (phone, -1, NULL))
    return g_strdup ("");

  chars = g_utf8_to_ucs4_fast (phone, -1, &n);
  head = n >= 8 ? 3 : 0;
  tail = n > 4 ? 4 : 0;
  /* A landline keeps its whole area code (0731-****6666): the area is
   * public knowledge, and a starred area code reads as a typo. */
  for (i = 0; i < n && i < 5; i++)
    if (is_phone_separator (chars[i]) && chars[0] == '0')
      head = i;
  out = g_string_sized_new (n + 1);

  for (i = 0; i < n; i++)
    {
      if (i < head || i >= n - tail || is_phone_separator (chars[i]))
        g_string_append_unichar (out, chars[i]);
      else
        g_string_append_c (out, '*');
    }

  return g_string_free (out, FALSE);
}

/* Folds what people type around phone numbers onto a few ASCII marks:
 * digits, '+', ' ' for any separator, 'x' for an extension (转), or 0
 * for anything that has no business in a phone number. */
static char
phone_char (gunichar c)
{
  int value = digit_value (c);

  if (value >= 0)
    return '0' + value;
  if (c == '+' || c == 0xFF0B)
    return '+';
  if (is_blank (c) || c == '-' || c == 0xFF0D || (c >= 0x2010 && c <= 0x2015) ||
      c == 0x2212 || c == '(' || c == ')' || c == 0xFF08 || c == 0xFF09)
    return ' ';
  if (c == 0x8F6C) /* 转 */
    return 'x';
  return 0;
}

#define MAX_BOUNDARIES 16

gboolean
cw_phone_normalize (const char  *input,
                    char       **normalized,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  /* Where the person put a separator, counted in digits: it tells an
   * area code or an extension apart when the count alone cannot. */
  gsize boundaries[MAX_BOUNDARIES];
  guint n_boundaries = 0;
  gssize ext_pos = -1;
  gboolean plus = FALSE;
  gsize shift = 0;
  guint n;
  const char *p;
  const char *d;
  gsize len;
  guint i;

  if (input == NULL)
    input = "";

  if (!g_utf8_validate (input, -1, NULL))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("The phone number is not valid text."));
      return FALSE;
    }

  trimmed = trim_dup (input);
  if (*trimmed == '\0')
    {
      if (normalized != NULL)
        *normalized = g_strdup ("");
      return TRUE;
    }

  for (p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char m = phone_char (c);
      gboolean bad = FALSE;

      switch (m)
        {
        case '+':
          bad = plus || digits->len > 0;
          plus = TRUE;
          break;
        case ' ':
          if (digits->len > 0 && n_boundaries < MAX_BOUNDARIES &&
              (n_boundaries == 0 || boundaries[n_boundaries - 1] != digits->len))
            boundaries[n_boundaries++] = digits->len;
          break;
        case 'x':
          bad = ext_pos >= 0 || digits->len == 0;
          ext_pos = digits->len;
          break;
        case 0:
          bad = TRUE;
          break;
        default:
          g_string_append_c (digits, m);
          break;
        }

      if (bad)
        {
          char shown[8] = { 0 };

          g_unichar_to_utf8 (c, shown);
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” is not a phone number: it contains “%s”."),
                       trimmed, shown);
          return FALSE;
        }
    }

  /* The country code is dropped: everyone in the register is reached
   * through the Chinese network, and one form keeps duplicates visible.
   * Written internationally, a landline loses the 0 of its area code. */
  if (plus || g_str_has_prefix (digits->str, "0086"))
    {
      gsize skip = plus ? 2 : 4;

      if (!g_str_has_prefix (digits->str + skip - 2, "86"))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” is not a Chinese phone number: only numbers starting with +86 can be entered."),
                       trimmed);
          return FALSE;
        }
      shift = skip;
      if (digits->str[skip] >= '2' && digits->str[skip] <= '9')
        {
          g_string_insert_c (digits, skip, '0');
          for (i = 0; i < n_boundaries; i++)
            if (boundaries[i] > skip)
              boundaries[i]++;
          if (ext_pos > (gssize) skip)
            ext_pos++;
        }
    }
  else if (digits->len == 13 && g_str_has_prefix (digits->str, "86") &&
           digits->str[2] == '1')
    {
      shift = 2;
    }

  /* From here on, positions count from the start of the national number. */
  d = digits->str + shift;
  len = digits->len - shift;
  for (i = 0, n = 0; i < n_boundaries; i++)
    if (boundaries[i] > shift)
      boundaries[n++] = boundaries[i] - shift;
  n_boundaries = n;
  if (ext_pos >= 0)
    ext_pos = ext_pos > (gssize) shift ? ext_pos - (gssize) shift : 0;

  if (len > 0 && d[0] == '1')
    {
      if (len != 11 || d[1] < '3' || ext_pos >= 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” is not a mobile number: a mobile number has 11 digits and starts with 13 to 19."),
                       trimmed);
          return FALSE;
        }
      if (normalized != NULL)
        *normalized = g_strndup (d, len);
      return TRUE;
    }

  if (len > 1 && d[0] == '0' && d[1] != '0')
    {
      gsize area_len = 0;
      gsize local_end = len;
      gsize ext_len;

      /* Beijing (010) and the 02x cities have three-digit area codes,
       * everyone else four; a separator the person typed overrides. */
      if (n_boundaries > 0 && boundaries[0] >= 3 && boundaries[0] <= 4)
        area_len = boundaries[0];
      else
        area_len = (d[1] == '1' || d[1] == '2') ? 3 : 4;

      if (ext_pos >= 0)
        {
          local_end = ext_pos;
        }
      else if (len > area_len + 8)
        {
          for (i = 0; i < n_boundaries; i++)
            {
              gsize b = boundaries[i];

              if (b > area_len && (b - area_len == 7 || b - area_len == 8))
                local_end = b;
            }
        }

      if (local_end < area_len || local_end - area_len < 7 ||
          local_end - area_len > 8 || d[area_len] == '0' || d[area_len] == '1')
        {
          g_autofree char *area = g_strndup (d, area_len);

          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” is not a landline number: after the area code %s there should be 7 or 8 digits."),
                       trimmed, area);
          return FALSE;
        }

      ext_len = len - local_end;
      if (ext_len > 6)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” has an extension of %u digits; an extension has at most 6."),
                       trimmed, (guint) ext_len);
          return FALSE;
        }
      if (ext_pos >= 0 && ext_len == 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("“%s” is not a phone number: it contains “%s”."),
                       trimmed, "转");
          return FALSE;
        }

      if (normalized != NULL)
        {
          if (ext_len > 0)
            *normalized = g_strdup_printf ("%.*s-%.*s-%.*s",
                                           (int) area_len, d,
                                           (int) (local_end - area_len), d + area_len,
                                           (int) ext_len, d + local_end);
          else
            *normalized = g_strdup_printf ("%.*s-%.*s",
                                           (int) area_len, d,
                                           (int) (local_end - area_len), d + area_len);
        }
      return TRUE;
    }

  if ((len == 7 || len == 8) && !plus)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("“%s” has no area code: write a landline number with its area code, such as 0731-88888888."),
                   trimmed);
      return FALSE;
    }

  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not a phone number: enter an 11-digit mobile number, or a landline number with its area code, such as 0731-88888888."),
               trimmed);
  return FALSE;
}
