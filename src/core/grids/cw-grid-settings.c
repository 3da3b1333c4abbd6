/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/grids/cw-grid-settings.h"

static int
get_days (CwDatabase *db,
          const char *key,
          int         fallback)
{
  g_autofree char *text = cw_database_get_setting (db, key);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (g_strstrip (text), 10, 1, 3650, &value, NULL))
    return fallback;
  return (int) value;
}

int
cw_grid_settings_get_visit_days (CwDatabase *db)
{
  return get_days (db, CW_SETTING_GRID_VISIT_DAYS, 30);
}

int
cw_grid_settings_get_link_max (CwDatabase *db)
{
  return get_days (db, CW_SETTING_GRID_LINK_MAX, 10);
}

int
cw_grid_settings_get_must_visit_days (CwDatabase *db)
{
  return get_days (db, CW_SETTING_GRID_MUST_VISIT_DAYS, 3);
}

int
cw_grid_settings_get_limit_days (CwDatabase *db,
                                 const char *urgency)
{
  if (g_strcmp0 (urgency, "red") == 0)
    return get_days (db, CW_SETTING_GRID_LIMIT_RED, 1);
  if (g_strcmp0 (urgency, "yellow") == 0)
    return get_days (db, CW_SETTING_GRID_LIMIT_YELLOW, 3);
  return get_days (db, CW_SETTING_GRID_LIMIT_BLUE, 7);
}

gboolean
cw_grid_settings_set_days (CwDatabase  *db,
                           const char  *key,
                           int          days,
                           GError     **error)
{
  g_autofree char *text = NULL;

  if (days < 1 || days > 3650)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Days: a number of days from 1 to 3650; %d is not."), days);
      return FALSE;
    }
  text = g_strdup_printf ("%d", days);
  return cw_database_set_setting (db, key, text, error);
}
