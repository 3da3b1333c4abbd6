/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-notice"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-notice.h"
#include "core/notices/cw-notice-mask.h"

/* The days a notice stays up when the catalogue names no item: the
 * default catalogue's. */
#define DEFAULT_MIN_DAYS 7

/* The catalogue item a disclosure is posted under: 财务收支明细 as the
 * default catalogue names it, else the first finance item published at
 * the disclosure's rhythm, else the other; 0 for none, -1 with @error
 * when the catalogue cannot be read. */
static gint64
find_item (CwDatabase             *db,
           const CwFinancePeriod  *period,
           GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT id FROM notice_item WHERE kind = 'finance' AND retired = 0 "
                         "AND cadence IN ('monthly', 'quarterly') "
                         "ORDER BY name = '财务收支明细' DESC, cadence = ?1 DESC, position LIMIT 1",
                         error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, period->month != 0 ? "monthly" : "quarterly", -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE ? 0 : -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* The last day of the month, or of the quarter, @on falls in; at least
 * @min_days from @on, both ends counted. */
static char *
posted_until (const char *on,
              gboolean    quarterly,
              guint       min_days)
{
  GDate from, to;
  GDateMonth month;

  if (!cw_date_parse (on, &from, NULL))
    return g_strdup (on);
  month = g_date_get_month (&from);
  if (quarterly)
    month = (GDateMonth) (((month - 1) / 3) * 3 + 3);
  g_date_set_dmy (&to, g_date_get_days_in_month (month, g_date_get_year (&from)), month, g_date_get_year (&from));
  if (min_days > 0 && g_date_days_between (&from, &to) + 1 < (int) min_days)
    {
      to = from;
      g_date_add_days (&to, min_days - 1);
    }
  return cw_date_format (&to);
}

static void
add_kind (GPtrArray                 *rows,
          const CwFinanceDisclosure *disclosure,
          gboolean                   income)
{
  g_autoptr(GPtrArray) lines = cw_finance_disclosure_table_rows (disclosure, income);
  char **section = g_new0 (char *, 5);

  section[0] = g_strdup ("");
  section[1] = g_strdup (income ? _("Income") : _("Expense"));
  section[2] = g_strdup ("");
  section[3] = g_strdup ("");
  g_ptr_array_add (rows, section);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (rows, g_strdupv (g_ptr_array_index (lines, i)));
}

static GPtrArray *
disclosure_rows (const CwFinanceDisclosure *disclosure)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **header = g_new0 (char *, 5);

  header[0] = g_strdup (_("Code"));
  header[1] = g_strdup (_("Account"));
  header[2] = g_strdup (_("This period"));
  header[3] = g_strdup (_("This year"));
  g_ptr_array_add (rows, header);
  add_kind (rows, disclosure, TRUE);
  add_kind (rows, disclosure, FALSE);
  return rows;
}

/* The paragraphs above the table: what the figures are, the balance and
 * the totals in capitals, the large items, who reviewed the entries. A
 * summary is what the clerk typed: a payee's mobile or ID number there
 * never reaches the board. */
static char *
disclosure_body (const CwFinanceDisclosure *disclosure)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_auto(GStrv) balance = cw_finance_disclosure_balance_lines (disclosure);
  g_auto(GStrv) large = cw_finance_disclosure_large_item_lines (disclosure);
  g_autofree char *chart = cw_finance_disclosure_chart_line (disclosure);

  g_string_append (body, chart);
  for (guint i = 0; balance[i] != NULL; i++)
    g_string_append_printf (body, "\n%s", balance[i]);
  for (guint i = 0; large[i] != NULL; i++)
    {
      g_autofree char *masked = cw_notice_mask_text (large[i]);

      g_string_append_printf (body, "\n%s", masked);
    }
  if (disclosure->reviewers->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < disclosure->reviewers->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "、" : "",
                                (const char *) g_ptr_array_index (disclosure->reviewers, i));
      g_string_append_c (body, '\n');
      /* Translators: the supervision committee members who reviewed the
       * period's entries, "、"-joined */
      g_string_append_printf (body, _("Entries reviewed by the supervision committee: %s."), names->str);
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

CwNotice *
cw_finance_disclosure_notice (CwDatabase                *db,
                              const CwFinanceDisclosure *disclosure,
                              const char                *on,
                              GError                   **error)
{
  g_autofree char *title = cw_finance_disclosure_title (db, &disclosure->period);
  g_autofree char *body = disclosure_body (disclosure);
  g_autofree char *to = NULL;
  g_autoptr(CwNoticeItem) item = NULL;
  gint64 item_id = find_item (db, &disclosure->period, error);
  gboolean quarterly = disclosure->period.quarter != 0;
  guint min_days = DEFAULT_MIN_DAYS;
  CwNotice *notice;

  if (item_id < 0)
    return NULL;
  if (item_id != 0)
    {
      item = cw_notice_item_load (db, item_id, error);
      if (item == NULL)
        return NULL;
      quarterly = cw_notice_item_get_cadence (item) == CW_CADENCE_QUARTERLY;
      min_days = cw_notice_item_get_min_days (item);
    }
  to = posted_until (on, quarterly, min_days);
  notice = cw_notice_new (CW_NOTICE_KIND_FINANCE, title, on, to);
  cw_notice_set_item_id (notice, item_id);
  cw_notice_set_body (notice, body);
  cw_notice_set_table (notice, disclosure_rows (disclosure));
  return notice;
}

/* The number of a standing notice titled @title in *@number, NULL for
 * none; FALSE with @error when the notices cannot be read. */
static gboolean
standing_notice (CwDatabase  *db,
                 const char  *title,
                 char       **number,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT number FROM notice WHERE title = ?1 AND state <> 'withdrawn' "
                             "ORDER BY id DESC LIMIT 1", error);
  int rc;

  *number = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ROW)
    *number = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return rc != SQLITE_ERROR;
}

gint64
cw_finance_disclosure_add_notice (CwDatabase            *db,
                                  const CwFinancePeriod *period,
                                  const char            *on,
                                  GError               **error)
{
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *label = cw_finance_period_label (period);
  g_autofree char *title = NULL;
  g_autofree char *standing = NULL;

  if (strcmp (on, period->last) <= 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is not over: its disclosure is posted once the period has ended."), label);
      return 0;
    }
  disclosure = cw_finance_disclosure_compute (db, period, error);
  if (disclosure == NULL)
    return 0;
  if (disclosure->pending > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u entry of %s waits for the supervision committee’s review: the board shows "
                                "the whole period, reviewed.",
                                "%u entries of %s wait for the supervision committee’s review: the board shows "
                                "the whole period, reviewed.",
                                disclosure->pending),
                   disclosure->pending, label);
      return 0;
    }
  title = cw_finance_disclosure_title (db, period);
  if (!standing_notice (db, title, &standing, error))
    return 0;
  if (standing != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("Notice %s already discloses %s: open it in Notices, or withdraw it there first."),
                   standing, label);
      return 0;
    }
  notice = cw_finance_disclosure_notice (db, disclosure, on, error);
  if (notice == NULL)
    return 0;
  return cw_notice_add (db, notice, error);
}
