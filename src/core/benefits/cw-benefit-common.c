/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-common"

#include "config.h"

#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"

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
