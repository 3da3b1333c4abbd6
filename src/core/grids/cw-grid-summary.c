/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-summary.h"
#include "core/grids/cw-grids-private.h"

gboolean
cw_grid_summarize (CwSummary   *summary,
                   CwDatabase  *db,
                   GError     **error)
{
  g_autoptr(CwGridCheck) check = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *overdue_sql = NULL;
  gint64 grids = cw_database_query_int (db, "SELECT count(*) FROM grid WHERE NOT retired", 0);
  gint64 open, overdue;

  if (grids == 0)
    return TRUE;
  check = cw_grid_check (db, error);
  if (check == NULL)
    return FALSE;
  open = cw_database_query_int (db, "SELECT count(*) FROM request WHERE state IN ('received', 'assigned')", 0);
  /* Past the deadline today, days on hold added; a request on hold waits. */
  overdue_sql = g_strdup_printf ("SELECT count(*) FROM request WHERE state IN ('received', 'assigned') "
                                 "AND hold_since IS NULL AND julianday('%s') > julianday(due_date) + held_days",
                                 today);
  overdue = cw_database_query_int (db, overdue_sql, 0);

  cw_summary_add_count (summary, _("Grids"), grids, "grids");
  cw_summary_add_count (summary, _("Open requests"), open, "grids");
  if (check->households_without_grid->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household in no grid",
                                                             "%u households in no grid",
                                                             check->households_without_grid->len),
                                                check->households_without_grid->len);

      cw_summary_add_attention (summary, CW_SUMMARY_WARNING, title,
                                _("Every household belongs to one grid: place them from the Grids page or "
                                  "with cunwu import grid-households."),
                                "grids");
    }
  if (check->grids_without_head->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u grid without a head",
                                                             "%u grids without a head",
                                                             check->grids_without_head->len),
                                                check->grids_without_head->len);

      cw_summary_add_attention (summary, CW_SUMMARY_INFO, title,
                                _("A grid head (网格长) answers for the grid; name one in the grid’s editor."),
                                "grids");
    }
  if (overdue > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request past its deadline",
                                                             "%u requests past their deadline", (gulong) overdue),
                                                (guint) overdue);

      cw_summary_add_attention (summary, CW_SUMMARY_WARNING, title,
                                _("The requests board lists them under Overdue."), "grids");
    }
  return TRUE;
}
