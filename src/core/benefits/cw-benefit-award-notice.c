/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-award-notice"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-award-notice.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/notices/cw-notice.h"

/* The board's rows: a header, then one row an approved award; the latest
 * approval day in @approved. A notice is the village's record, posted on
 * its board: it is written in Chinese whatever the clerk's language, as
 * a notice drafted from a register is (cw-notice-source.h). */
static GPtrArray *
board_rows (GListModel  *awards,
            char       **approved)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (rows, g_strdupv ((char *[]) { "村民小组", "户号", "户主", "荣誉", "奖励", NULL }));
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) award = g_list_model_get_item (awards, i);
      g_autofree char *grade = NULL;
      g_autofree char *prize = NULL;

      if (!cw_award_is_approved (award))
        continue;
      if (*approved == NULL || strcmp (cw_award_get_representatives_on (award), *approved) > 0)
        {
          g_free (*approved);
          *approved = g_strdup (cw_award_get_representatives_on (award));
        }
      if (cw_award_get_stars (award) > 0)
        {
          GString *stars = g_string_new (cw_award_kind_record_name (cw_award_get_kind (award)));

          g_string_append_c (stars, ' ');
          for (int s = 0; s < cw_award_get_stars (award); s++)
            g_string_append (stars, "★");
          grade = g_string_free (stars, FALSE);
        }
      else
        grade = g_strdup (cw_award_kind_record_name (cw_award_get_kind (award)));
      prize = cw_award_prize_text (award);
      g_ptr_array_add (rows, g_strdupv ((char *[]) { (char *) cw_award_get_group_name (award),
                                                     (char *) cw_award_get_household_number (award),
                                                     (char *) cw_award_get_head_name (award), grade, prize,
                                                     NULL }));
    }
  return rows;
}

gint64
cw_award_notice_draft (CwDatabase  *db,
                       int          year,
                       const char  *from,
                       const char  *to,
                       GError     **error)
{
  g_autoptr(GListModel) awards = cw_award_list (db, year, FALSE, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *approved = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *period = g_strdup_printf ("%04d", year);

  if (awards == NULL)
    return 0;
  rows = board_rows (awards, &approved);
  if (rows->len == 1)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("No award of %d is approved yet; the board posts the awards the representatives approved."),
                   year);
      return 0;
    }
  start = from != NULL && from[0] != '\0' ? g_strdup (from) : cw_date_today_text ();
  if (to != NULL && to[0] != '\0')
    end = g_strdup (to);
  else
    {
      GDate day;

      if (!cw_date_parse (start, &day, error))
        {
          g_prefix_error (error, _("From: "));
          return 0;
        }
      g_date_add_days (&day, CW_AWARD_NOTICE_DAYS);
      end = cw_date_format (&day);
    }

  /* In Chinese, as the board's rows (see board_rows()). */
  title = g_strdup_printf ("%d年度文明卫生户、星级文明户评选结果公示", year);
  body = g_strdup_printf ("经两委审核，村民代表会议于 %s 审议通过 %d 年度评选结果如下：每个村民小组评出文明卫生户"
                          "一户，并评定星级文明户。如有异议，请在公示期内向村委会反映。",
                          approved, year);
  notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, title, start, end);
  cw_notice_set_period (notice, period);
  cw_notice_set_body (notice, body);
  cw_notice_set_table (notice, g_steal_pointer (&rows));
  return cw_notice_add (db, notice, error);
}
