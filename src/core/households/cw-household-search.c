/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/households/cw-household-search-private.h"

/* One member's part of the text: [start, end), its name the first
 * name_length bytes. */
typedef struct
{
  gint64      person_id;
  const char *relation;     /* interned */
  guint       start;
  guint       end;
  guint       name_length;
  gboolean    head;
} Member;

struct _CwHouseholdSearch
{
  /* "户号 phone member member …", as written, and ASCII-lowercased (the
   * same length, so the same places). */
  char   *text;
  char   *haystack;
  /* Where the members' parts start: before it, the household's own. */
  guint   members_start;
  Member *members;
  guint   n_members;
};

/* The next field of @p up to @separator (or the end of the member):
 * returns its length and moves @p past it. */
static gsize
next_field (const char **p,
            char         separator)
{
  const char *start = *p;
  const char *end = start;

  while (*end != '\0' && *end != separator && *end != '\x1e')
    end++;
  *p = *end == separator ? end + 1 : end;
  return (gsize) (end - start);
}

CwHouseholdSearch *
cw_household_search_new (const char *number,
                         const char *phone,
                         const char *members)
{
  CwHouseholdSearch *self = g_new0 (CwHouseholdSearch, 1);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 1;

  g_string_append (text, number != NULL ? number : "");
  g_string_append_c (text, ' ');
  g_string_append (text, phone != NULL ? phone : "");
  self->members_start = (guint) text->len;

  /* Read in place, without splitting: at township scale this is done for
   * a hundred thousand persons when the register opens. */
  for (const char *p = members != NULL ? members : ""; *p != '\0'; p++)
    n += *p == '\x1e';
  self->members = g_new0 (Member, n);
  for (const char *p = members; p != NULL && *p != '\0';)
    {
      /* id, relation, head, name, the rest */
      Member *member = &self->members[self->n_members++];
      const char *field = p;
      char relation[64];
      gsize length;

      member->person_id = g_ascii_strtoll (field, NULL, 10);
      next_field (&p, '\x1f');
      field = p;
      length = next_field (&p, '\x1f');
      length = MIN (length, sizeof relation - 1);
      memcpy (relation, field, length);
      relation[length] = '\0';
      member->relation = g_intern_string (relation);
      member->head = *p == '1';
      next_field (&p, '\x1f');

      g_string_append_c (text, ' ');
      member->start = (guint) text->len;
      field = p;
      member->name_length = (guint) next_field (&p, '\x1f');
      g_string_append_len (text, field, (gssize) member->name_length);
      g_string_append_c (text, ' ');
      field = p;
      g_string_append_len (text, field, (gssize) next_field (&p, '\x1e'));
      member->end = (guint) text->len;
    }

  self->haystack = g_ascii_strdown (text->str, (gssize) text->len);
  self->text = g_string_free (g_steal_pointer (&text), FALSE);
  return self;
}

CwHouseholdSearch *
cw_household_search_copy (CwHouseholdSearch *self)
{
  CwHouseholdSearch *copy = g_memdup2 (self, sizeof *self);

  copy->text = g_strdup (self->text);
  copy->haystack = g_strdup (self->haystack);
  copy->members = g_memdup2 (self->members, sizeof (Member) * MAX (self->n_members, 1));
  return copy;
}

void
cw_household_search_free (CwHouseholdSearch *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->haystack);
  g_free (self->members);
  g_free (self);
}

/* The query's words, lowercased; NULL when it has none. Words are parted
 * by spaces, tabs and the full-width space a Chinese input method types
 * (replaced first: g_strsplit_set() splits at bytes, and its bytes are
 * inside many a character's). */
static GStrv
query_words (const char *query)
{
  g_auto(GStrv) split = NULL;
  g_autoptr(GString) spaced = NULL;
  GPtrArray *words;

  if (query == NULL)
    return NULL;
  spaced = g_string_new (query);
  g_string_replace (spaced, "\u3000", " ", 0);
  split = g_strsplit_set (spaced->str, " \t", -1);
  words = g_ptr_array_new ();
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      g_ptr_array_add (words, g_ascii_strdown (split[i], -1));
  if (words->len == 0)
    {
      g_ptr_array_free (words, TRUE);
      return NULL;
    }
  g_ptr_array_add (words, NULL);
  return (GStrv) g_ptr_array_free (words, FALSE);
}

/* The common case, one lowercase word, needs no allocation per row; this
 * is asked 30 000 times a keystroke, so in one pass. A dash sends the
 * query the slow way (see word_found()). */
static gboolean
one_lowercase_word (const char *query)
{
  for (const guchar *p = (const guchar *) query; *p != '\0'; p++)
    if (g_ascii_isupper (*p) || *p == ' ' || *p == '\t' || *p == '-' ||
        (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80))
      return FALSE;
  return TRUE;
}

/* @word in [start, end) of the haystack. A phone number is written with
 * dashes as often as without (138-1234-5678), and mobiles are kept as bare
 * digits: a word of digits and dashes that is not found as typed is looked
 * for without its dashes too (a landline, 0731-8888…, is kept with its
 * dash and found as typed). */
static gboolean
word_found (CwHouseholdSearch *self,
            guint              start,
            guint              end,
            const char        *word)
{
  char digits[64];
  gsize n = 0;

  if (g_strstr_len (self->haystack + start, end - start, word) != NULL)
    return TRUE;
  if (strchr (word, '-') == NULL)
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '-')
        continue;
      if (!g_ascii_isdigit (*p) || n + 1 >= sizeof digits)
        return FALSE;
      digits[n++] = *p;
    }
  digits[n] = '\0';
  return n > 0 && g_strstr_len (self->haystack + start, end - start, digits) != NULL;
}

const char *
cw_household_search_get_text (CwHouseholdSearch *self)
{
  return self->haystack;
}

gboolean
cw_household_search_is_plain (const char *query)
{
  return query != NULL && query[0] != '\0' && one_lowercase_word (query);
}

gboolean
cw_household_search_matches (CwHouseholdSearch *self,
                             const char        *query)
{
  g_auto(GStrv) words = NULL;

  if (query == NULL || query[0] == '\0')
    return TRUE;
  if (one_lowercase_word (query))
    return strstr (self->haystack, query) != NULL;

  words = query_words (query);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (!word_found (self, 0, (guint) strlen (self->haystack), words[i]))
      return FALSE;
  return TRUE;
}

gint64
cw_household_search_member (CwHouseholdSearch  *self,
                            const char         *query,
                            char              **name,
                            const char        **relation)
{
  g_auto(GStrv) words = query_words (query);

  if (words == NULL || !cw_household_search_matches (self, query))
    return 0;

  /* The first word that neither the household's own fields nor its head
   * explain names the member: "李 红" finds 李小红 in 李大山's household. */
  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean explained = word_found (self, 0, self->members_start, words[w]);

      for (guint i = 0; i < self->n_members && !explained; i++)
        explained = self->members[i].head &&
                    word_found (self, self->members[i].start, self->members[i].end, words[w]);
      if (explained)
        continue;

      for (guint i = 0; i < self->n_members; i++)
        {
          Member *member = &self->members[i];

          if (!member->head && word_found (self, member->start, member->end, words[w]))
            {
              if (name != NULL)
                *name = g_strndup (self->text + member->start, member->name_length);
              if (relation != NULL)
                *relation = member->relation;
              return member->person_id;
            }
        }
    }
  return 0;
}
