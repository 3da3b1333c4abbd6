/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-filter"

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "ui/households/cw-household-filter.h"

struct _CwHouseholdFilter
{
  GObject                parent_instance;

  GListModel            *source;
  CwHouseholdFilterFunc  passes;
  gpointer               user_data;
  char                  *query;

  /* The source's households, in its order; each one's search text in
   * text, ended by '\0', from starts[i] (starts has one more, the end);
   * and whether it passes the other filters. */
  GPtrArray             *households;
  GArray                *starts;
  GString               *text;
  GByteArray            *passing;

  /* Where the households shown are in the source, in order. */
  GArray                *shown;
};

static void cw_household_filter_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CwHouseholdFilter, cw_household_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cw_household_filter_list_model_init))

static GType
cw_household_filter_get_item_type (GListModel *model)
{
  return CW_TYPE_HOUSEHOLD;
}

static guint
cw_household_filter_get_n_items (GListModel *model)
{
  return CW_HOUSEHOLD_FILTER (model)->shown->len;
}

static CwHousehold *
shown_household (CwHouseholdFilter *self,
                 guint              position)
{
  return g_ptr_array_index (self->households, g_array_index (self->shown, guint, position));
}

static gpointer
cw_household_filter_get_item (GListModel *model,
                              guint       position)
{
  CwHouseholdFilter *self = CW_HOUSEHOLD_FILTER (model);

  if (position >= self->shown->len)
    return NULL;
  return g_object_ref (shown_household (self, position));
}

static void
cw_household_filter_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cw_household_filter_get_item_type;
  iface->get_n_items = cw_household_filter_get_n_items;
  iface->get_item = cw_household_filter_get_item;
}

/* Matching */

/* Household @i's search text contains @word (of @length bytes). */
static gboolean
text_contains (CwHouseholdFilter *self,
               guint              i,
               const char        *word,
               gsize              length)
{
  guint start = g_array_index (self->starts, guint, i);
  guint end = g_array_index (self->starts, guint, i + 1) - 1;

  return memmem (self->text->str + start, end - start, word, length) != NULL;
}

static gboolean
household_matches (CwHouseholdFilter *self,
                   guint              i)
{
  if (self->query[0] == '\0')
    return TRUE;
  if (cw_household_query_is_plain (self->query))
    return text_contains (self, i, self->query, strlen (self->query));
  return cw_household_matches (g_ptr_array_index (self->households, i), self->query);
}

/* Every household that passes and contains the plain query, found by
 * scanning all the texts at once: the households come in the order of
 * the hits, and after a hit the scan goes on at the next household. */
static void
scan_all (CwHouseholdFilter *self,
          GArray            *shown)
{
  const char *text = self->text->str;
  const char *end = text + self->text->len;
  const char *at = text;
  const char *hit;
  gsize length = strlen (self->query);
  guint i = 0;

  while (at < end && (hit = memmem (at, (gsize) (end - at), self->query, length)) != NULL)
    {
      guint offset = (guint) (hit - text);

      while (g_array_index (self->starts, guint, i + 1) <= offset)
        i++;
      if (self->passing->data[i])
        g_array_append_val (shown, i);
      at = text + g_array_index (self->starts, guint, i + 1);
      i++;
    }
}

/* The households shown for the query now: all of them tested, or with
 * @narrower only those shown so far (the query only grew). */
static GArray *
filter (CwHouseholdFilter *self,
        gboolean           narrower)
{
  GArray *shown = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean plain = cw_household_query_is_plain (self->query);

  /* One scan of every text beats testing most of them one by one. */
  if (narrower && (!plain || self->shown->len < self->households->len / 4))
    {
      for (guint k = 0; k < self->shown->len; k++)
        {
          guint i = g_array_index (self->shown, guint, k);

          if (household_matches (self, i))
            g_array_append_val (shown, i);
        }
    }
  else if (plain)
    scan_all (self, shown);
  else
    {
      for (guint i = 0; i < self->households->len; i++)
        if (self->passing->data[i] && household_matches (self, i))
          g_array_append_val (shown, i);
    }
  return shown;
}

/* Replaces what is shown, telling the list the one stretch that changed
 * (as GtkFilterListModel does): @before are the households shown until
 * now, which need not be in households any more. */
static void
show (CwHouseholdFilter *self,
      GArray            *shown,
      GPtrArray         *before)
{
  guint n_before = before->len, n_after = shown->len;
  guint same_start = 0, same_end = 0;

  g_array_unref (self->shown);
  self->shown = shown;

  while (same_start < MIN (n_before, n_after) &&
         g_ptr_array_index (before, same_start) == shown_household (self, same_start))
    same_start++;
  while (same_end < MIN (n_before, n_after) - same_start &&
         g_ptr_array_index (before, n_before - 1 - same_end) == shown_household (self, n_after - 1 - same_end))
    same_end++;
  if (same_start + same_end < MAX (n_before, n_after))
    g_list_model_items_changed (G_LIST_MODEL (self), same_start, n_before - same_start - same_end,
                                n_after - same_start - same_end);
}

/* The households shown now, by pointer: they stay alive while @self
 * holds the households. */
static GPtrArray *
shown_now (CwHouseholdFilter *self)
{
  GPtrArray *before = g_ptr_array_sized_new (self->shown->len);

  for (guint k = 0; k < self->shown->len; k++)
    g_ptr_array_add (before, shown_household (self, k));
  return before;
}

static void
ask_passes (CwHouseholdFilter *self)
{
  g_byte_array_set_size (self->passing, self->households->len);
  for (guint i = 0; i < self->households->len; i++)
    self->passing->data[i] = self->passes (g_ptr_array_index (self->households, i), self->user_data) ? 1 : 0;
}

/* Reads the source again: at a load, an edit or a sort, not a keystroke. */
static void
source_changed_cb (CwHouseholdFilter *self)
{
  /* Borrowed from the old households, freed after it. */
  g_autoptr(GPtrArray) before = shown_now (self);
  g_autoptr(GPtrArray) old_households = g_steal_pointer (&self->households);
  guint n = g_list_model_get_n_items (self->source);
  guint start = 0;

  self->households = g_ptr_array_new_full (n, g_object_unref);
  g_array_set_size (self->starts, 0);
  g_string_truncate (self->text, 0);
  for (guint i = 0; i < n; i++)
    {
      CwHousehold *household = g_list_model_get_item (self->source, i);

      g_ptr_array_add (self->households, household);
      g_array_append_val (self->starts, start);
      g_string_append (self->text, cw_household_get_search_text (household));
      g_string_append_c (self->text, '\0');
      start = (guint) self->text->len;
    }
  g_array_append_val (self->starts, start);
  ask_passes (self);

  show (self, filter (self, FALSE), before);
}

void
cw_household_filter_set_query (CwHouseholdFilter *self,
                               const char        *query)
{
  g_autoptr(GPtrArray) before = NULL;
  gboolean narrower;

  g_return_if_fail (CW_IS_HOUSEHOLD_FILTER (self));
  g_return_if_fail (query != NULL);

  if (g_str_equal (query, self->query))
    return;
  /* A query that only grows can only drop households. */
  narrower = g_str_has_prefix (query, self->query);
  g_free (self->query);
  self->query = g_strdup (query);
  before = shown_now (self);
  show (self, filter (self, narrower), before);
}

void
cw_household_filter_refilter (CwHouseholdFilter *self)
{
  g_autoptr(GPtrArray) before = NULL;

  g_return_if_fail (CW_IS_HOUSEHOLD_FILTER (self));

  before = shown_now (self);
  ask_passes (self);
  show (self, filter (self, FALSE), before);
}

CwHouseholdFilter *
cw_household_filter_new (GListModel            *households,
                         CwHouseholdFilterFunc  passes,
                         gpointer               user_data)
{
  CwHouseholdFilter *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (households), NULL);
  g_return_val_if_fail (passes != NULL, NULL);

  self = g_object_new (CW_TYPE_HOUSEHOLD_FILTER, NULL);
  self->source = g_object_ref (households);
  self->passes = passes;
  self->user_data = user_data;
  g_signal_connect_object (households, "items-changed", G_CALLBACK (source_changed_cb), self,
                           G_CONNECT_SWAPPED);
  source_changed_cb (self);
  return self;
}

static void
cw_household_filter_dispose (GObject *object)
{
  CwHouseholdFilter *self = CW_HOUSEHOLD_FILTER (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (cw_household_filter_parent_class)->dispose (object);
}

static void
cw_household_filter_finalize (GObject *object)
{
  CwHouseholdFilter *self = CW_HOUSEHOLD_FILTER (object);

  g_free (self->query);
  g_ptr_array_unref (self->households);
  g_array_unref (self->starts);
  g_string_free (self->text, TRUE);
  g_byte_array_unref (self->passing);
  g_array_unref (self->shown);

  G_OBJECT_CLASS (cw_household_filter_parent_class)->finalize (object);
}

static void
cw_household_filter_class_init (CwHouseholdFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_household_filter_dispose;
  object_class->finalize = cw_household_filter_finalize;
}

static void
cw_household_filter_init (CwHouseholdFilter *self)
{
  self->query = g_strdup ("");
  self->households = g_ptr_array_new_with_free_func (g_object_unref);
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->text = g_string_new (NULL);
  self->passing = g_byte_array_new ();
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
}
