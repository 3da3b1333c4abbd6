/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-mask"

#include "config.h"

#include <string.h>

#include "core/common/cw-id-number.h"
#include "core/notices/cw-notice-mask.h"

/* Digits, full-width ones too (NFKC would make them ASCII, but a pasted
 * text is masked as it stands), with the separators a number is written
 * with. One pattern finds every candidate; the callback decides. */
#define CANDIDATE "(?<![0-9０-９])(?:\\+?86[- ]?)?[0-9０-９](?:[0-9０-９]|[- ](?=[0-9０-９])){9,}[Xx]?(?![0-9０-９])"

static GRegex *
candidate_regex (void)
{
  static GRegex *regex;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new (CANDIDATE, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/* The digits of @match as ASCII, separators and a +86 left out. */
static char *
digits_of (const char *match,
           gboolean   *had_country)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = match;

  *had_country = FALSE;
  if (g_str_has_prefix (p, "+86"))
    {
      p += 3;
      *had_country = TRUE;
    }
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= '0' && c <= '9')
        g_string_append_c (digits, (char) c);
      else if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (digits, (char) ('0' + (c - 0xFF10)));
      else if (c == 'X' || c == 'x')
        g_string_append_c (digits, 'X');
    }
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

static char *
mask_number (const char *match)
{
  gboolean country = FALSE;
  g_autofree char *digits = digits_of (match, &country);
  gsize n = strlen (digits);

  if (!country && g_str_has_prefix (digits, "86") && n == 13)
    {
      memmove (digits, digits + 2, n - 1);
      n -= 2;
      country = TRUE;
    }
  if (n == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9')
    return cw_phone_mask (digits);
  if (n == 18 || (n == 15 && strchr (digits, 'X') == NULL))
    return cw_id_number_mask (digits);
  /* A number starting with 0 is a landline with its area code (an
   * office's 咨询电话), which a board may show. */
  if (n >= 12 && digits[0] != '0' && strchr (digits, 'X') == NULL)
    {
      /* A bank account: only its last four. */
      g_autoptr(GString) masked = g_string_new (NULL);
      for (gsize i = 0; i + 4 < n; i++)
        g_string_append_c (masked, '*');
      g_string_append (masked, digits + n - 4);
      return g_string_free (g_steal_pointer (&masked), FALSE);
    }
  return NULL;
}

static gboolean
replace_cb (const GMatchInfo *info,
            GString          *result,
            gpointer          data)
{
  g_autofree char *match = g_match_info_fetch (info, 0);
  g_autofree char *masked = mask_number (match);

  g_string_append (result, masked != NULL ? masked : match);
  if (masked != NULL && data != NULL)
    *(gboolean *) data = TRUE;
  return FALSE;
}

static char *
mask (const char *text,
      gboolean   *changed)
{
  if (text == NULL)
    return g_strdup ("");
  return g_regex_replace_eval (candidate_regex (), text, -1, 0, 0, replace_cb, changed, NULL);
}

char *
cw_notice_mask_text (const char *text)
{
  char *masked = mask (text, NULL);

  return masked != NULL ? masked : g_strdup (text);
}

gboolean
cw_notice_text_is_masked (const char *text)
{
  gboolean changed = FALSE;
  g_autofree char *masked = mask (text, &changed);

  return changed;
}

char *
cw_notice_clean_prose (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) clean = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (g_unichar_isspace (c) || c == 0x3000)
        {
          space = clean->len > 0;
          continue;
        }
      if (type == G_UNICODE_FORMAT || type == G_UNICODE_CONTROL || c == 0x00AD)
        continue;
      if (space)
        g_string_append_c (clean, ' ');
      space = FALSE;
      g_string_append_unichar (clean, c);
    }
  return g_string_free (g_steal_pointer (&clean), FALSE);
}
