/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-text"

#include "report/common/cw-text.h"

guint
cw_text_display_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2 : 1;
    }
  return width;
}
