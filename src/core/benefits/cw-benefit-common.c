/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-common"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/village/cw-village-role.h"

gboolean
cw_benefit_invalid (GError     **error,
                    const char  *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, message);
  return FALSE;
}

char *
cw_benefit_normalize_day (const char  *field,
                          const char  *text,
                          GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *day = cw_date_normalize (text != NULL ? text : "", &local);

  if (day == NULL)
    cw_benefit_invalid (error, "%s: %s", field, local->message);
  return day;
}

void
cw_benefit_bind_optional_int (sqlite3_stmt *stmt,
                              int           index,
                              int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

void
cw_benefit_bind_optional_text (sqlite3_stmt *stmt,
                               int           index,
                               const char   *value)
{
  if (value != NULL && value[0] != '\0')
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
}

/* The holder of a 两委 office on @on called @name; with @name empty, the
 * 党支部书记 of that day, or "" when the village has recorded none. NULL
 * with @error naming those who hold one when @name holds none. */
static char *
find_reviewer (CwDatabase  *db,
               const char  *name,
               const char  *on,
               GError     **error)
{
  static const CwRoleKind offices[] = { CW_ROLE_PARTY_SECRETARY, CW_ROLE_DIRECTOR, CW_ROLE_COMMITTEE_MEMBER };
  g_autofree char *wanted = cw_text_clean_line (name != NULL ? name : "");
  g_autoptr(GPtrArray) holders = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < G_N_ELEMENTS (offices); k++)
    {
      g_autoptr(GListModel) roles = cw_village_role_holders (db, offices[k], on, error);

      if (roles == NULL)
        return NULL;
      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr(CwVillageRole) role = g_list_model_get_item (roles, i);
          const char *holder = cw_village_role_get_name (role);

          if (wanted[0] == '\0' || g_str_equal (holder, wanted))
            return g_strdup (holder);
          g_ptr_array_add (holders, g_strdup (holder));
        }
    }
  if (wanted[0] == '\0')
    return g_strdup ("");
  g_ptr_array_add (holders, NULL);
  if (holders->len == 1)
    cw_benefit_invalid (error, _("Reviewed by: nobody holds an office of the two committees on %s; "
                                 "record the village’s roles first."), on);
  else
    {
      g_autofree char *names = g_strjoinv ("、", (char **) holders->pdata);
      cw_benefit_invalid (error, _("Reviewed by: %s holds no office of the two committees on %s; they are: %s."),
                          wanted, on, names);
    }
  return NULL;
}

void
cw_benefit_approval_clear (CwBenefitApproval *approval)
{
  g_clear_pointer (&approval->reviewed_on, g_free);
  g_clear_pointer (&approval->reviewer, g_free);
  g_clear_pointer (&approval->representatives_on, g_free);
}

gboolean
cw_benefit_check_approval (CwDatabase         *db,
                           const char         *reviewed_on,
                           const char         *reviewed_by,
                           const char         *representatives_on,
                           gboolean            needs_representatives,
                           CwBenefitApproval  *out,
                           GError            **error)
{
  out->reviewed_on = cw_benefit_normalize_day (_("Reviewed by the committees on"), reviewed_on, error);
  if (out->reviewed_on == NULL)
    return FALSE;
  out->reviewer = find_reviewer (db, reviewed_by, out->reviewed_on, error);
  if (out->reviewer == NULL)
    return FALSE;
  if (!needs_representatives && (representatives_on == NULL || representatives_on[0] == '\0'))
    return TRUE;
  if (representatives_on == NULL || representatives_on[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Representatives: this programme needs the villagers’ representatives’ "
                                              "approval; give the day of their meeting."));
  out->representatives_on = cw_benefit_normalize_day (_("Representatives"), representatives_on, error);
  if (out->representatives_on == NULL)
    return FALSE;
  if (strcmp (out->representatives_on, out->reviewed_on) < 0)
    return cw_benefit_invalid (error, "%s",
                               _("Representatives: the representatives approve after the two committees’ review."));
  if (cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, out->representatives_on) == 0)
    return cw_benefit_invalid (error, _("Representatives: no villagers’ representatives are recorded on %s; "
                                        "record them among the village’s roles first."), out->representatives_on);
  return TRUE;
}
