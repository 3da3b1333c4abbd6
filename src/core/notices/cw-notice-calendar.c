/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-calendar"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/village/cw-settings.h"

static const char *const due_names[CW_N_DUE_STATES] = {
  N_("Not yet"), N_("Awaiting posting"), N_("On time"), N_("Late"), N_("Not posted"), N_("As needed"),
};

const char *
cw_due_state_name (CwDueState state)
{
  g_return_val_if_fail (state < CW_N_DUE_STATES, "");
  return _(due_names[state]);
}

void
cw_calendar_entry_free (CwCalendarEntry *entry)
{
  g_clear_object (&entry->item);
  g_free (entry->period);
  g_free (entry->starts);
  g_free (entry->due);
  g_free (entry->number);
  g_free (entry->posted);
  g_free (entry);
}

char *
cw_notice_date_add_days (const char *date,
                         int         n)
{
  GDate day;

  if (!cw_date_parse (date, &day, NULL))
    return g_strdup (date);
  if (n >= 0)
    g_date_add_days (&day, (guint) n);
  else
    g_date_subtract_days (&day, (guint) -n);
  return cw_date_format (&day);
}

/* What was posted for each (item, period) of @year: "item\tperiod" →
 * the first posting's number and day, and how many. */
typedef struct
{
  char  *number;
  char  *posted;
  guint  count;
} Posted;

static void
posted_free (Posted *posted)
{
  g_free (posted->number);
  g_free (posted->posted);
  g_free (posted);
}

static GHashTable *
posted_in (CwDatabase  *db,
           int          year,
           GError     **error)
{
  /* An immediate item's period is empty: its notices count in the year
   * their publicity starts. */
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT item_id, CASE period WHEN '' THEN substr(from_date, 1, 4) ELSE period END AS p, "
                             "number, posted_date FROM notice "
                             "WHERE state = 'posted' AND item_id IS NOT NULL AND substr(p, 1, 4) = ?1 "
                             "ORDER BY posted_date, id", error);
  g_autofree char *year_text = g_strdup_printf ("%04d", year);
  g_autoptr(GHashTable) found = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, year_text, -1, SQLITE_STATIC);
  found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) posted_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("%lld\t%s", (long long) sqlite3_column_int64 (stmt, 0),
                                              sqlite3_column_text (stmt, 1));
      Posted *posted = g_hash_table_lookup (found, key);

      if (posted == NULL)
        {
          posted = g_new0 (Posted, 1);
          posted->number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          posted->posted = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          g_hash_table_insert (found, g_steal_pointer (&key), posted);
        }
      posted->count++;
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* @begins: the day the village's record here begins; a period due
 * before it with nothing posted for it is not listed (a village new to
 * the program in December owes nothing from January). */
static void
add_entry (GPtrArray    *entries,
           GHashTable   *posted,
           CwNoticeItem *item,
           const char   *period,
           const char   *starts,
           const char   *due,
           const char   *on,
           const char   *begins)
{
  g_autofree char *key = g_strdup_printf ("%lld\t%s", (long long) cw_notice_item_get_id (item), period);
  Posted *found = g_hash_table_lookup (posted, key);
  CwCalendarEntry *entry;

  if (found == NULL && due[0] != '\0' && strcmp (due, begins) < 0)
    return;
  entry = g_new0 (CwCalendarEntry, 1);

  entry->item = g_object_ref (item);
  entry->period = g_strdup (period);
  entry->starts = g_strdup (starts);
  entry->due = g_strdup (due);
  entry->number = g_strdup (found != NULL ? found->number : "");
  entry->posted = g_strdup (found != NULL ? found->posted : "");
  entry->count = found != NULL ? found->count : 0;
  if (cw_notice_item_get_cadence (item) == CW_CADENCE_IMMEDIATE)
    entry->state = CW_DUE_AS_NEEDED;
  else if (found != NULL)
    entry->state = strcmp (found->posted, due) <= 0 ? CW_DUE_ON_TIME : CW_DUE_LATE;
  else if (strcmp (on, starts) < 0)
    entry->state = CW_DUE_NOT_YET;
  else if (strcmp (on, due) <= 0)
    entry->state = CW_DUE_OPEN;
  else
    entry->state = CW_DUE_MISSING;
  g_ptr_array_add (entries, entry);
}

/* The day the village's record begins: its creation, or its first
 * notice when the office typed in older ones. NULL with @error when the
 * register cannot be read. */
static char *
record_begins (CwDatabase  *db,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT min(day) FROM (SELECT substr(created_at, 1, 10) AS day FROM village "
                             "UNION ALL SELECT min(from_date) FROM notice)", error);

  if (stmt == NULL)
    return NULL;
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return NULL;
  return g_strdup (sqlite3_column_text (stmt, 0) != NULL ? (const char *) sqlite3_column_text (stmt, 0) : "");
}

GPtrArray *
cw_notice_calendar (CwDatabase  *db,
                    int          year,
                    const char  *on,
                    GError     **error)
{
  g_autoptr(GListModel) items = cw_notice_item_list (db, FALSE, error);
  g_autoptr(GHashTable) posted = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *begins = NULL;
  guint day = cw_settings_get_notice_day (db);

  if (items == NULL || (posted = posted_in (db, year, error)) == NULL || (begins = record_begins (db, error)) == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_calendar_entry_free);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CwNoticeItem) item = g_list_model_get_item (items, i);
      const char *since = cw_notice_item_get_since (item);
      CwCadence cadence = cw_notice_item_get_cadence (item);
      guint n = cadence == CW_CADENCE_MONTHLY ? 12 : cadence == CW_CADENCE_QUARTERLY ? 4 : 1;

      for (guint p = 0; p < n; p++)
        {
          guint month = cadence == CW_CADENCE_MONTHLY ? p + 1 : cadence == CW_CADENCE_QUARTERLY ? 3 * p + 1 : 1;
          g_autofree char *starts = g_strdup_printf ("%04d-%02u-01", year, month);
          g_autofree char *due = g_strdup_printf ("%04d-%02u-%02u", year, month, day);
          g_autofree char *period = cadence == CW_CADENCE_MONTHLY ? g_strdup_printf ("%04d-%02u", year, month)
                                  : cadence == CW_CADENCE_QUARTERLY ? g_strdup_printf ("%04dQ%u", year, p + 1)
                                  : g_strdup_printf ("%04d", year);

          /* Periods before the village owed the item are not counted. */
          if (since != NULL && cadence != CW_CADENCE_IMMEDIATE && strcmp (due, since) < 0)
            continue;
          add_entry (entries, posted, item, period, starts,
                     cadence == CW_CADENCE_IMMEDIATE ? "" : due, on, begins);
        }
    }
  return g_steal_pointer (&entries);
}

static int
by_due (gconstpointer a,
        gconstpointer b)
{
  const CwCalendarEntry *x = *(CwCalendarEntry * const *) a;
  const CwCalendarEntry *y = *(CwCalendarEntry * const *) b;

  return strcmp (x->due, y->due);
}

GPtrArray *
cw_notice_calendar_attention (CwDatabase  *db,
                              const char  *on,
                              guint        days,
                              GError     **error)
{
  g_autofree char *until = cw_notice_date_add_days (on, (int) days);
  g_autofree char *year_ago = cw_notice_date_add_days (on, -365);
  int year = (int) g_ascii_strtoll (on, NULL, 10);
  g_autoptr(GPtrArray) attention = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_calendar_entry_free);

  /* Last year's missing periods still need the clerk, this year's due
   * ones, and in late December next January's. */
  for (int y = year - 1; y <= year + 1; y++)
    {
      g_autoptr(GPtrArray) entries = cw_notice_calendar (db, y, on, error);

      if (entries == NULL)
        return NULL;
      for (guint i = 0; i < entries->len; i++)
        {
          CwCalendarEntry *entry = g_ptr_array_index (entries, i);
          gboolean due_soon = (entry->state == CW_DUE_OPEN || entry->state == CW_DUE_NOT_YET) &&
                              strcmp (entry->due, on) >= 0 && strcmp (entry->due, until) < 0;
          gboolean missing = entry->state == CW_DUE_MISSING && strcmp (entry->due, year_ago) >= 0;

          if (due_soon || missing)
            g_ptr_array_add (attention, g_ptr_array_steal_index (entries, i--));
        }
    }
  g_ptr_array_sort (attention, by_due);
  return g_steal_pointer (&attention);
}
