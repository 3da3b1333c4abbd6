/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "core/village/cw-settings.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"

/* A setting's text, trimmed; NULL when the key is not in the table. */
static char *
get_text (CwDatabase *db,
          const char *key)
{
  char *value = cw_database_get_setting (db, key);

  return value != NULL ? g_strstrip (value) : NULL;
}

static gboolean
set_text (CwDatabase  *db,
          const char  *key,
          const char  *value,
          GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));

  return cw_database_set_setting (db, key, trimmed, error);
}

char *
cw_settings_get_operator (CwDatabase *db)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  name = get_text (db, CW_SETTING_OPERATOR);
  return name != NULL && name[0] != '\0' ? g_steal_pointer (&name) : NULL;
}

gboolean
cw_settings_set_operator (CwDatabase  *db,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  before = g_strdup (cw_database_get_operator (db));
  cw_database_set_operator (db, name);
  if (!set_text (db, CW_SETTING_OPERATOR, name, error))
    {
      cw_database_set_operator (db, before != NULL ? before : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_settings_get_mask_names (CwDatabase *db)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  /* "true" is what the program writes; 1 and yes are what a person
   * editing the file by hand might. */
  value = get_text (db, CW_SETTING_MASK_NAMES);
  return value != NULL && (g_ascii_strcasecmp (value, "true") == 0 ||
                           g_str_equal (value, "1") ||
                           g_ascii_strcasecmp (value, "yes") == 0);
}

gboolean
cw_settings_set_mask_names (CwDatabase  *db,
                            gboolean     mask,
                            GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  return set_text (db, CW_SETTING_MASK_NAMES, mask ? "true" : "false", error);
}

char *
cw_settings_get_objection_place (CwDatabase *db)
{
  char *place;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  place = get_text (db, CW_SETTING_OBJECTION_PLACE);
  return place != NULL ? place : g_strdup ("");
}

gboolean
cw_settings_set_objection_place (CwDatabase  *db,
                                 const char  *place,
                                 GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  return set_text (db, CW_SETTING_OBJECTION_PLACE, place, error);
}

guint
cw_settings_get_notice_day (CwDatabase *db)
{
  g_autofree char *value = NULL;
  gint64 day = 0;

  g_return_val_if_fail (CW_IS_DATABASE (db), 20);

  value = get_text (db, CW_SETTING_NOTICE_DAY);
  if (value == NULL || !cw_text_parse_integer (value, 1, 28, &day, NULL))
    return 20;
  return (guint) day;
}

gboolean
cw_settings_set_notice_day (CwDatabase  *db,
                            guint        day,
                            GError     **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  if (day < 1 || day > 28)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Posting day: a day from 1 to 28, so that every month has it."));
      return FALSE;
    }
  value = g_strdup_printf ("%u", day);
  return set_text (db, CW_SETTING_NOTICE_DAY, value, error);
}
