/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "core/village/cw-settings.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-text.h"
#include "core/common/cw-error.h"

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

/* A name typed by a person: cleaned at the door; NULL when empty. */
static char *
get_name (CwDatabase *db,
          const char *key)
{
  g_autofree char *name = get_text (db, key);

  return name != NULL && name[0] != '\0' ? g_steal_pointer (&name) : NULL;
}

static gboolean
set_name (CwDatabase  *db,
          const char  *key,
          const char  *name,
          GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (name);

  return set_text (db, key, clean, error);
}

char *
cw_settings_get_mediation_short_name (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  return get_name (db, CW_SETTING_MEDIATION_SHORT);
}

gboolean
cw_settings_set_mediation_short_name (CwDatabase  *db,
                                      const char  *name,
                                      GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  return set_name (db, CW_SETTING_MEDIATION_SHORT, name, error);
}

char *
cw_settings_get_mediation_committee (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  return get_name (db, CW_SETTING_MEDIATION_NAME);
}

gboolean
cw_settings_set_mediation_committee (CwDatabase  *db,
                                     const char  *name,
                                     GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  return set_name (db, CW_SETTING_MEDIATION_NAME, name, error);
}

/* 、，, ; and spaces part the words; they are joined by 、. */
char *
cw_settings_join_words (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("[、，,;；\\s]+", text != NULL ? text : "", 0, 0);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (kept, words[i]);
  list = g_strv_builder_end (kept);
  return g_strjoinv ("、", list);
}

char *
cw_settings_get_star_criteria (CwDatabase *db)
{
  char *criteria;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  criteria = get_text (db, CW_SETTING_STAR_CRITERIA);
  if (criteria == NULL || criteria[0] == '\0')
    {
      g_free (criteria);
      return g_strdup ("爱党爱国、遵纪守法、家庭和睦、卫生整洁、勤劳致富");
    }
  return criteria;
}

gboolean
cw_settings_set_star_criteria (CwDatabase  *db,
                               const char  *criteria,
                               GError     **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  joined = cw_settings_join_words (criteria);
  return set_text (db, CW_SETTING_STAR_CRITERIA, joined, error);
}

gint64
cw_settings_get_finance_large_item (CwDatabase *db)
{
  g_autofree char *value = NULL;
  gint64 fen;

  g_return_val_if_fail (CW_IS_DATABASE (db), 0);

  value = get_text (db, CW_SETTING_FINANCE_LARGE_ITEM);
  if (value == NULL || !g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &fen, NULL))
    return 5000000;
  return fen;
}

gboolean
cw_settings_set_finance_large_item (CwDatabase  *db,
                                    gint64       fen,
                                    GError     **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  if (fen <= 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Large items: the amount from which items are listed one by one is above 0."));
      return FALSE;
    }
  value = g_strdup_printf ("%" G_GINT64_FORMAT, fen);
  return set_text (db, CW_SETTING_FINANCE_LARGE_ITEM, value, error);
}

/* A whole number from @min to @max; @fallback when not set or out of range. */
static guint
get_number (CwDatabase *db,
            const char *key,
            guint       min,
            guint       max,
            guint       fallback)
{
  g_autofree char *value = get_text (db, key);
  gint64 number = 0;

  if (value == NULL || !cw_text_parse_integer (value, min, max, &number, NULL))
    return fallback;
  return (guint) number;
}

/* @message is the refusal of a number out of range. */
static gboolean
set_number (CwDatabase  *db,
            const char  *key,
            guint        number,
            guint        min,
            guint        max,
            const char  *message,
            GError     **error)
{
  g_autofree char *value = NULL;

  if (number < min || number > max)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, message);
      return FALSE;
    }
  value = g_strdup_printf ("%u", number);
  return set_text (db, key, value, error);
}

gboolean
cw_settings_get_finance_a3 (CwDatabase *db)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  value = get_text (db, CW_SETTING_FINANCE_PAPER);
  return value != NULL && g_ascii_strcasecmp (value, "A3") == 0;
}

gboolean
cw_settings_set_finance_a3 (CwDatabase  *db,
                            gboolean     a3,
                            GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  return set_text (db, CW_SETTING_FINANCE_PAPER, a3 ? "A3" : "A4", error);
}

guint
cw_settings_get_notice_day (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), 20);
  return get_number (db, CW_SETTING_NOTICE_DAY, 1, 28, 20);
}

gboolean
cw_settings_set_notice_day (CwDatabase  *db,
                            guint        day,
                            GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  return set_number (db, CW_SETTING_NOTICE_DAY, day, 1, 28,
                     _("Posting day: a day from 1 to 28, so that every month has it."), error);
}

guint
cw_settings_get_notice_days (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), 7);
  return get_number (db, CW_SETTING_NOTICE_DAYS, 1, 366, 7);
}

gboolean
cw_settings_set_notice_days (CwDatabase  *db,
                             guint        days,
                             GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  return set_number (db, CW_SETTING_NOTICE_DAYS, days, 1, 366,
                     _("Publicity: a new notice stays up from 1 to 366 days."), error);
}

char *
cw_settings_get_notice_place (CwDatabase *db)
{
  char *place;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  place = get_name (db, CW_SETTING_NOTICE_PLACE);
  return place != NULL ? place : g_strdup ("村务公开栏");
}

gboolean
cw_settings_set_notice_place (CwDatabase  *db,
                              const char  *place,
                              GError     **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  return set_name (db, CW_SETTING_NOTICE_PLACE, place, error);
}
