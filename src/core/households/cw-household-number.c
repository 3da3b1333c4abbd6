/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household-number"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/households/cw-household-number.h"

/* The digits at the end of a 户号, and how many there are. */
static gboolean
trailing_number (const char *number,
                 guint64    *value,
                 gsize      *digits,
                 gsize      *prefix_len)
{
  gsize len = strlen (number);
  gsize start = len;

  while (start > 0 && g_ascii_isdigit (number[start - 1]))
    start--;
  /* A number too long for 64 bits is not one the office counts with. */
  if (start == len || len - start > 18)
    return FALSE;

  *value = g_ascii_strtoull (number + start, NULL, 10);
  *digits = len - start;
  *prefix_len = start;
  return TRUE;
}

char *
cw_household_number_suggest (GListModel *households,
                             gint64      group_id,
                             int         group_position)
{
  g_autofree char *best_prefix = NULL;
  guint64 best = 0;
  gsize best_digits = 0;
  gboolean found = FALSE;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (households), NULL);

  n = g_list_model_get_n_items (households);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);
      const char *number = cw_household_get_number (household);
      guint64 value;
      gsize digits, prefix_len;

      if (cw_household_get_group_id (household) != group_id ||
          !trailing_number (number, &value, &digits, &prefix_len))
        continue;

      if (!found || value > best)
        {
          found = TRUE;
          best = value;
          best_digits = digits;
          g_free (best_prefix);
          best_prefix = g_strndup (number, prefix_len);
        }
    }

  if (!found)
    return g_strdup_printf ("%02d0001", CLAMP (group_position, 0, 99));

  /* The next number that nobody has, in case the numbering has holes
   * filled from another group. */
  for (guint64 next = best + 1; ; next++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s%0*" G_GUINT64_FORMAT,
                                                    best_prefix, (int) best_digits, next);

      if (cw_household_number_find (households, candidate, 0) == NULL)
        return g_steal_pointer (&candidate);
    }
}

CwHousehold *
cw_household_number_find (GListModel *households,
                          const char *number,
                          gint64      except_id)
{
  /* Numbers are stored cleaned (cw-text.h): ０１０００１ typed is 010001. */
  g_autofree char *trimmed = cw_text_clean_line (number);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (households), NULL);

  if (trimmed[0] == '\0')
    return NULL;

  n = g_list_model_get_n_items (households);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (households, i);

      if (cw_household_get_id (household) != except_id &&
          g_str_equal (cw_household_get_number (household), trimmed))
        return household;   /* still owned by the model */
    }

  return NULL;
}

/* Zeros enough for any office's 户号 (six to ten digits). */
#define MAX_DROPPED_ZEROS 4

/* The register's 户号 that is @number with the zeros Excel dropped put
 * back, or NULL. Each width is one look-up by the number's index. */
static char *
with_leading_zeros (CwDatabase *db,
                    const char *number)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (number[0] == '\0' || strspn (number, "0123456789") != strlen (number))
    return NULL;
  stmt = cw_database_prepare (db, "SELECT number FROM household WHERE number = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  for (guint zeros = 1; zeros <= MAX_DROPPED_ZEROS; zeros++)
    {
      g_autofree char *padded = g_strdup_printf ("%0*d%s", (int) zeros, 0, number);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, padded, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        return g_steal_pointer (&padded);
    }
  return NULL;
}

void
cw_household_number_not_found (CwDatabase  *db,
                               const char  *number,
                               GError     **error)
{
  g_autofree char *meant = NULL;

  g_return_if_fail (number != NULL);

  meant = with_leading_zeros (db, number);
  if (meant != NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                 _("There is no household %s. Did you mean %s? Excel drops the leading zeros of a number: "
                   "format the 户号 column as text in Excel or WPS and type the numbers again."),
                 number, meant);
  else
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no household %s."), number);
}
