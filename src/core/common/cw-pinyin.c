/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-pinyin"

#include "core/common/cw-pinyin.h"
#include "core/common/cw-pinyin-private.h"

#include <string.h>

#include "core/common/cw-pinyin-icu.h"
/* Generated: the syllable of every character a name is likely to hold, made
 * at build time from the same ICU by the same function (pinyin-table-gen.c). */
#include "core/common/cw-pinyin-table.h"

/* Surnames whose reading differs from the character's common reading,
 * which is the one ICU gives. */
static const struct
{
  const char *han;
  const char *syllables[2];
} surnames[] = {
  { "尉迟", { "yu", "chi" } },
  { "万俟", { "mo", "qi" } },
  { "长孙", { "zhang", "sun" } },
  { "曾", { "zeng" } },
  { "单", { "shan" } },
  { "仇", { "qiu" } },
  { "解", { "xie" } },
  { "查", { "zha" } },
  { "区", { "ou" } },
  { "朴", { "piao" } },
  { "翟", { "zhai" } },
  { "乐", { "yue" } },
  { "缪", { "miao" } },
  { "覃", { "qin" } },
  { "盖", { "ge" } },
  { "燕", { "yan" } },
  { "华", { "hua" } },
  { "任", { "ren" } },
  { "纪", { "ji" } },
  { "秘", { "bi" } },
  { "召", { "shao" } },
  { "种", { "chong" } },
  { "繁", { "po" } },
  { "员", { "yun" } },
  { "葛", { "ge" } },
  { "黑", { "he" } },
  { "藏", { "zang" } },
  { "过", { "guo" } },
  { "能", { "nai" } },
  { "那", { "na" } },
  { "舍", { "she" } },
  { "薄", { "bo" } },
  { "牟", { "mou" } },
  { "占", { "zhan" } },
  { "卜", { "bu" } },
  { "宓", { "mi" } },
  { "阚", { "kan" } },
  { "曲", { "qu" } },
};

/* A character outside the table (rare) is read by ICU, compiled on first
 * need: that costs about a billion instructions, which no import or start
 * of the window pays any more unless a name holds such a character.
 * utrans objects must not be used from two threads at once, and names are
 * keyed from worker threads (imports) as well as the main thread. One lock
 * covers the transliterator and the cache it fills. */
static GMutex fallback_lock;
static UTransliterator *transliterator;
static gboolean transliterator_failed;
/* gunichar → syllable, never freed: few characters are outside the table. */
static GHashTable *syllable_cache;

const char *
cw_pinyin_table_lookup (gunichar c)
{
  guint lo = 0;
  guint hi = G_N_ELEMENTS (pinyin_ranges);

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (c < pinyin_ranges[mid].first)
        hi = mid;
      else if (c > pinyin_ranges[mid].last)
        lo = mid + 1;
      else
        return pinyin_syllables + pinyin_ranges[mid].cells[c - pinyin_ranges[mid].first];
    }

  return NULL;
}

gboolean
cw_pinyin_table_range (guint     i,
                       gunichar *first,
                       gunichar *last)
{
  if (i >= G_N_ELEMENTS (pinyin_ranges))
    return FALSE;
  *first = pinyin_ranges[i].first;
  *last = pinyin_ranges[i].last;
  return TRUE;
}

static const char *
lookup_fallback (gunichar c)
{
  const char *syllable;

  g_mutex_lock (&fallback_lock);

  if (syllable_cache == NULL)
    syllable_cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  syllable = g_hash_table_lookup (syllable_cache, GUINT_TO_POINTER (c));
  if (syllable == NULL)
    {
      char *fresh;

      if (transliterator == NULL && !transliterator_failed)
        {
          g_autoptr(GError) error = NULL;

          transliterator = cw_pinyin_icu_open (&error);
          if (transliterator == NULL)
            {
              /* Search by Chinese characters still works; only pinyin
               * keys are lost, so this is not worth refusing to go on
               * over, nor worth trying again for every character. */
              g_warning ("%s", error->message);
              transliterator_failed = TRUE;
            }
        }

      fresh = transliterator != NULL ? cw_pinyin_icu_syllable (transliterator, c) : g_strdup ("");
      g_hash_table_insert (syllable_cache, GUINT_TO_POINTER (c), fresh);
      syllable = fresh;
    }

  g_mutex_unlock (&fallback_lock);

  /* Safe outside the lock: the cache's strings are never freed or replaced. */
  return syllable;
}

static const char *
lookup_syllable (gunichar c)
{
  const char *syllable = cw_pinyin_table_lookup (c);

  return syllable != NULL ? syllable : lookup_fallback (c);
}

static void
append_han (GString    *full,
            GString    *initials,
            const char *syllable)
{
  if (syllable[0] == '\0')
    return;
  if (full != NULL)
    g_string_append (full, syllable);
  if (initials != NULL)
    g_string_append_c (initials, syllable[0]);
}

static void
append_other (GString    *full,
              GString    *initials,
              const char *text)
{
  if (full != NULL)
    g_string_append (full, text);
  if (initials != NULL)
    g_string_append (initials, text);
}

/* Only the first character(s) of a name are a surname. */
static const char *
append_surname (const char *text,
                GString    *full,
                GString    *initials)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      size_t len = strlen (surnames[i].han);

      if (strncmp (text, surnames[i].han, len) == 0)
        {
          append_han (full, initials, surnames[i].syllables[0]);
          if (surnames[i].syllables[1] != NULL)
            append_han (full, initials, surnames[i].syllables[1]);
          return text + len;
        }
    }

  return text;
}

static void
build_keys (const char *text,
            GString    *full,
            GString    *initials)
{
  const char *p;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;

  p = text;
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  p = append_surname (p, full, initials);

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        {
          if (g_ascii_isalnum (c))
            {
              char lower[2] = { g_ascii_tolower (c), '\0' };

              append_other (full, initials, lower);
            }
        }
      else if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        {
          append_han (full, initials, lookup_syllable (c));
        }
      else
        {
          append_other (full, initials, lookup_syllable (c));
        }
    }
}

char *
cw_pinyin_full (const char *text)
{
  GString *full = g_string_new (NULL);

  build_keys (text, full, NULL);
  return g_string_free (full, FALSE);
}

char *
cw_pinyin_initials (const char *text)
{
  GString *initials = g_string_new (NULL);

  build_keys (text, NULL, initials);
  return g_string_free (initials, FALSE);
}

char *
cw_pinyin_search_key (const char *name)
{
  GString *full = g_string_new (NULL);
  g_autoptr(GString) initials = g_string_new (NULL);

  build_keys (name, full, initials);

  if (!g_str_equal (full->str, initials->str))
    {
      g_string_append_c (full, ' ');
      g_string_append_len (full, initials->str, initials->len);
    }

  return g_string_free (full, FALSE);
}
