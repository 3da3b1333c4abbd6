/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-pinyin"

#include "core/common/cw-pinyin.h"

#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#define TRANSLITERATOR_ID "Han-Latin; Latin-ASCII; Lower"

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

/* utrans objects must not be used from two threads at once, and names
 * are keyed from worker threads (imports) as well as the main thread.
 * One lock covers the transliterator and the cache it fills. */
static GMutex pinyin_lock;
static UTransliterator *transliterator;
/* gunichar → syllable (or folded text for non-Han characters), never
 * freed: the set of characters that occur in names is small, and a hit
 * here is what makes 100 000 names take milliseconds instead of seconds. */
static GHashTable *syllable_cache;

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      UErrorCode status = U_ZERO_ERROR;
      UChar id[64];

      u_uastrcpy (id, TRANSLITERATOR_ID);
      transliterator = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
      if (U_FAILURE (status))
        {
          /* Search by Chinese characters still works; only pinyin keys
           * are lost, so this is not worth refusing to start over. */
          g_warning ("Cannot open the ICU transliterator “%s”: %s",
                     TRANSLITERATOR_ID, u_errorName (status));
          transliterator = NULL;
        }

      syllable_cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

      g_once_init_leave (&initialized, 1);
    }
}

static gpointer
warm_up_thread (gpointer data)
{
  ensure_initialized ();
  return NULL;
}

void
cw_pinyin_warm_up (void)
{
  static gsize started = 0;

  if (g_once_init_enter (&started))
    {
      GThread *thread = g_thread_try_new ("cw-pinyin", warm_up_thread, NULL, NULL);

      /* Without a thread the first key compiles it, as before. */
      if (thread != NULL)
        g_thread_unref (thread);
      g_once_init_leave (&started, 1);
    }
}

/* Called with pinyin_lock held. */
static char *
transliterate_char (gunichar c)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[64];
  int32_t length = 0;
  int32_t limit;
  char utf8[256];
  int32_t utf8_length = 0;
  GString *out;
  int32_t i;

  if (transliterator == NULL)
    return g_strdup ("");

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

/* Called with pinyin_lock held. */
static const char *
lookup_syllable (gunichar c)
{
  char *syllable = g_hash_table_lookup (syllable_cache, GUINT_TO_POINTER (c));

  if (syllable == NULL)
    {
      syllable = transliterate_char (c);
      g_hash_table_insert (syllable_cache, GUINT_TO_POINTER (c), syllable);
    }

  return syllable;
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

  ensure_initialized ();

  p = text;
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  p = append_surname (p, full, initials);

  g_mutex_lock (&pinyin_lock);

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

  g_mutex_unlock (&pinyin_lock);
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
