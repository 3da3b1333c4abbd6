/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-entry-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-points-entry-columns.h"

char *
cw_points_entry_date_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_entry_date (item));
}

char *
cw_points_entry_number_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_household_number (item));
}

char *
cw_points_entry_name_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_subject_name (item));
}

char *
cw_points_entry_scheme_text (gpointer item)
{
  if (g_strcmp0 (cw_point_entry_get_scheme (item), CW_SCHEME_PARTY) == 0)
    return g_strdup (_("Party Member Points"));

  return g_strdup (_("Household Points"));
}

char *
cw_points_entry_group_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_group_name (item));
}

char *
cw_points_entry_rule_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_rule_code (item));
}

char *
cw_points_entry_description_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_rule_description (item));
}

char *
cw_points_entry_quantity_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_entry_get_quantity (item));
}

char *
cw_points_entry_points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_entry_get_points (item));
}

char *
cw_points_entry_note_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_note (item));
}

char *
cw_points_entry_reason_text (gpointer item)
{
  return g_strdup (cw_point_entry_get_reject_reason (item));
}
