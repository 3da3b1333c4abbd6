/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-summary"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice-summary.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-role.h"

gboolean
cw_notice_summarize (CwSummary   *summary,
                     CwDatabase  *db,
                     GError     **error)
{
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GListModel) notices = cw_notice_list (db, (int) g_ascii_strtoll (today, NULL, 10), error);
  g_autoptr(GListModel) roles = cw_village_role_list (db, today, error);
  g_autoptr(GPtrArray) attention = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *committee = NULL;
  guint posted = 0, due = 0, missing = 0, late_questions = 0;

  if (notices == NULL || roles == NULL)
    return FALSE;
  if (g_list_model_get_n_items (notices) == 0 && g_list_model_get_n_items (roles) == 0)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i);
      if (cw_notice_get_posted_date (notice) != NULL && cw_notice_get_state (notice) != CW_NOTICE_WITHDRAWN)
        posted++;
    }
  cw_summary_add_count (summary, _("Notices posted this year"), posted, "notices");

  if ((attention = cw_notice_calendar_attention (db, today, 7, error)) == NULL ||
      (questions = cw_notice_question_list_open (db, today, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < attention->len; i++)
    {
      CwCalendarEntry *entry = g_ptr_array_index (attention, i);
      if (entry->state == CW_DUE_MISSING)
        missing++;
      else
        due++;
    }
  for (guint i = 0; i < questions->len; i++)
    if (cw_notice_question_is_late (g_ptr_array_index (questions, i), today))
      late_questions++;

  if (missing > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u notice of the calendar is missing",
                                                             "%u notices of the calendar are missing", missing),
                                                missing);
      cw_summary_add_attention (summary, CW_SUMMARY_WARNING, title,
                                _("Their posting day has passed (村民委员会组织法 art. 30). The Calendar lists them."),
                                "notices");
    }
  if (due > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u notice is due this week",
                                                             "%u notices are due this week", due), due);
      cw_summary_add_attention (summary, CW_SUMMARY_INFO, title,
                                _("Draft them in time for the supervisory committee's review and the joint meeting."),
                                "notices");
    }
  if (late_questions > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u villager's question is past its ten days",
                                                             "%u villagers' questions are past their ten days",
                                                             late_questions), late_questions);
      cw_summary_add_attention (summary, CW_SUMMARY_WARNING, title,
                                _("A question about a notice is answered, or the notice corrected, within 10 days."),
                                "notices");
    }
  if ((committee = cw_village_role_supervision_problem (db, today)) != NULL)
    cw_summary_add_attention (summary, CW_SUMMARY_WARNING, committee,
                              _("Notices are reviewed by its members: record who holds which office with “cunwu role set”."),
                              "settings");
  return TRUE;
}
