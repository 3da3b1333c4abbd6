/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-period"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/finance/cw-finance-period.h"

static void
set_bounds (CwFinancePeriod *out,
            int              first_month,
            int              last_month)
{
  GDate last;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, g_date_get_days_in_month ((GDateMonth) last_month, (GDateYear) out->year),
                  (GDateMonth) last_month, (GDateYear) out->year);
  g_snprintf (out->first, sizeof out->first, "%04d-%02d-01", out->year, first_month);
  g_snprintf (out->last, sizeof out->last, "%04d-%02d-%02d", out->year, last_month, g_date_get_day (&last));
}

void
cw_finance_period_for_month (int              year,
                             int              month,
                             CwFinancePeriod *out)
{
  memset (out, 0, sizeof *out);
  out->year = year;
  out->month = month;
  set_bounds (out, month, month);
}

gboolean
cw_finance_period_parse (const char       *text,
                         CwFinancePeriod  *out,
                         GError          **error)
{
  g_autofree char *clean = cw_text_normalize_key (text != NULL ? text : "");
  int year = 0, number = 0, used = 0;

  if (sscanf (clean, "%4dQ%1d%n", &year, &number, &used) == 2 && clean[used] == '\0' &&
      number >= 1 && number <= 4 && year >= 1900 && year <= 9999)
    {
      memset (out, 0, sizeof *out);
      out->year = year;
      out->quarter = number;
      set_bounds (out, number * 3 - 2, number * 3);
      return TRUE;
    }
  used = 0;
  if (((sscanf (clean, "%4d-%2d%n", &year, &number, &used) == 2 && clean[used] == '\0') ||
       (sscanf (clean, "%4d年%2d月%n", &year, &number, &used) == 2 && clean[used] == '\0')) &&
      number >= 1 && number <= 12 && year >= 1900 && year <= 9999)
    {
      cw_finance_period_for_month (year, number, out);
      return TRUE;
    }
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is neither a month nor a quarter; write a month as 2026-07 and a quarter as 2026Q3."),
               text);
  return FALSE;
}

char *
cw_finance_period_key (const CwFinancePeriod *period)
{
  if (period->quarter != 0)
    return g_strdup_printf ("%04dQ%d", period->year, period->quarter);
  return g_strdup_printf ("%04d-%02d", period->year, period->month);
}

char *
cw_finance_period_label (const CwFinancePeriod *period)
{
  /* TRANSLATORS: a quarter: the year, the quarter's number ("2026 Q3",
   * 2026年第3季度). */
  if (period->quarter != 0)
    return g_strdup_printf (_("%d Q%d"), period->year, period->quarter);
  /* TRANSLATORS: a month: the year, the month's number ("2026-07", 2026年7月). */
  return g_strdup_printf (_("%d-%02d"), period->year, period->month);
}

gboolean
cw_finance_month_is_closed (CwDatabase  *db,
                            const char  *month,
                            gboolean    *closed,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "SELECT 1 FROM finance_month WHERE month = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, month, 7, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return FALSE;
  *closed = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
cw_finance_month_check_open (CwDatabase  *db,
                             const char  *date,
                             GError     **error)
{
  gboolean closed = FALSE;

  if (!cw_finance_month_is_closed (db, date, &closed, error))
    return FALSE;
  if (!closed)
    return TRUE;
  g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
               _("Date: the month %.7s is closed; correct it by a reversing entry in an open month."), date);
  return FALSE;
}

gboolean
cw_finance_month_close (CwDatabase  *db,
                        const char  *month,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *today = cw_date_today_text ();
  CwFinancePeriod period;
  gint64 pending;
  const char *operator_name = cw_database_get_operator (db);
  gboolean closed = FALSE;

  if (!cw_finance_period_parse (month, &period, error))
    return FALSE;
  if (period.month == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Months are closed one by one; write the month as 2026-07."));
      return FALSE;
    }
  if (strcmp (period.last, today) >= 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The month %.7s is not over yet; it can be closed from its last day on."), period.first);
      return FALSE;
    }
  if (!cw_finance_month_is_closed (db, period.first, &closed, error))
    return FALSE;
  if (closed)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("The month %.7s is closed already."), period.first);
      return FALSE;
    }

  if (!cw_database_begin (db, error))
    return FALSE;
  stmt = cw_database_prepare (db,
                              "SELECT count(*) FROM finance_entry "
                              "WHERE entry_date BETWEEN ?1 AND ?2 AND reviewed_by IS NULL",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, period.first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, period.last, -1, SQLITE_STATIC);
  /* count(*) always has its row: a failed read is not "none pending". */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    goto fail;
  pending = sqlite3_column_int64 (stmt, 0);
  if (pending > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("The month %.7s cannot be closed: %lld of its entries wait for the supervision "
                     "committee's review."),
                   period.first, (long long) pending);
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = cw_database_prepare (db, "INSERT INTO finance_month (month, closed_by) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, period.first, 7, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, operator_name != NULL ? operator_name : "", -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    goto fail;
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "finance_month");
  return TRUE;

fail:
  cw_database_rollback (db);
  return FALSE;
}

char **
cw_finance_month_list_closed (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "SELECT month FROM finance_month ORDER BY month DESC",
                                                      NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}
