/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo-notices"

#include "config.h"

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-demo-private.h"
#include "core/village/cw-village-role.h"

#define BOARD "村委会村务公开栏"

/* The name of the first 监委会 member on @date, who reviews. */
static char *
reviewer_on (CwDatabase *db,
             CwRoleKind  kind,
             const char *date)
{
  g_autoptr(GListModel) holders = cw_village_role_holders (db, kind, date, NULL);
  g_autoptr(CwVillageRole) first = NULL;

  if (holders == NULL || g_list_model_get_n_items (holders) == 0)
    return NULL;
  first = g_list_model_get_item (holders, 0);
  return g_strdup (cw_village_role_get_name (first));
}

/* The 低保 households of the register as a table: names only, as a
 * board may show them. */
static GPtrArray *
care_table (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT h.number, p.name, g.name FROM person p JOIN household h ON h.id = p.household_id "
                             "JOIN village_group g ON g.id = h.group_id WHERE p.relation = '户主' AND "
                             "p.status = 'active' AND h.tags LIKE '%低保%' ORDER BY g.position, h.number LIMIT 60",
                         NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "序号", "户号", "户主", "村民小组", NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) header));
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, 5);
      row[0] = g_strdup_printf ("%u", rows->len);
      row[1] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row[2] = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row[3] = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/* The way of notice @id: reviewed by the 监委会's chair, settled, posted.
 * A demo village too small for its committees leaves it a draft. */
static gboolean
review_and_post (CwDatabase  *db,
                 gint64       id,
                 const char  *reviewed,
                 const char  *settled,
                 const char  *posted,
                 GError     **error)
{
  g_autofree char *chair = reviewer_on (db, CW_ROLE_SUPERVISION_CHAIR, reviewed);

  if (chair == NULL)
    return TRUE;
  return cw_notice_review (db, id, chair, reviewed, "同意公开", error) &&
         cw_notice_settle (db, id, settled, error) &&
         cw_notice_post (db, id, posted, BOARD, error);
}

/* A notice of @item posted on @posted (NULL: left as a draft), reviewed
 * three days and settled two days before. Returns its id. */
static gint64
publish (CwDatabase  *db,
         const char  *item_name,
         const char  *title,
         const char  *body,
         const char  *posted,
         const char  *period,
         GPtrArray   *table,
         GError     **error)
{
  g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, item_name, error);
  g_autofree char *to = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *settled = NULL;
  g_autoptr(CwNotice) notice = NULL;
  gint64 id;

  if (item == NULL)
    return 0;
  to = cw_notice_date_add_days (posted, 14);
  notice = cw_notice_new (cw_notice_item_get_kind (item), title, posted, to);
  cw_notice_set_item_id (notice, cw_notice_item_get_id (item));
  cw_notice_set_period (notice, period);
  cw_notice_set_body (notice, body);
  cw_notice_set_table (notice, table);
  if ((id = cw_notice_add (db, notice, error)) == 0)
    return 0;
  reviewed = cw_notice_date_add_days (posted, -3);
  settled = cw_notice_date_add_days (posted, -2);
  return review_and_post (db, id, reviewed, settled, posted, error) ? id : 0;
}

static gboolean
fill_notices (CwDatabase  *db,
              GError     **error)
{
  /* Months 1–10 of 2026: March late, June missing. */
  static const char *const finance_days[] = {
    "2026-01-15", "2026-02-18", "2026-03-25", NULL, "2026-05-12", NULL,
    "2026-07-16", "2026-08-19", "2026-09-14", "2026-10-16",
  };
  static const struct { const char *item; const char *days[4]; } quarterly[] = {
    { "党费收缴使用情况", { "2026-01-12", "2026-04-13", "2026-07-10", "2026-10-12" } },
    { "低保对象名单", { "2026-01-16", "2026-04-15", "2026-07-28", "2026-10-15" } },
    { "残疾人补贴发放", { "2026-01-19", NULL, "2026-07-17", "2026-10-19" } },
    { "积分制管理公示", { "2026-01-20", "2026-04-20", "2026-07-20", "2026-10-20" } },
    { "债权债务情况", { "2026-01-14", "2026-04-16", "2026-07-15", "2026-10-14" } },
  };
  gint64 subsidy, dibao_q2 = 0, last_finance = 0;
  g_autoptr(CwNotice) correction = NULL;
  g_autoptr(CwNotice) draft = NULL;

  for (guint m = 0; m < G_N_ELEMENTS (finance_days); m++)
    {
      g_autofree char *title = g_strdup_printf ("2026年%u月村集体财务收支明细", m + 1);
      g_autofree char *period = g_strdup_printf ("2026-%02u", m + 1);

      if (finance_days[m] != NULL &&
          (last_finance = publish (db, "财务收支明细", title, "本月村集体收入、支出已经村务监督委员会审核，明细账目存村委会，村民可到村委会查阅。如有异议，请于公示期内反映。",
                                   finance_days[m], period, NULL, error)) == 0)
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (quarterly); i++)
    for (guint q = 0; q < 4; q++)
      {
        g_autofree char *title = g_strdup_printf ("2026年第%u季度%s", q + 1, quarterly[i].item);
        g_autofree char *period = g_strdup_printf ("2026Q%u", q + 1);
        gboolean dibao = g_str_equal (quarterly[i].item, "低保对象名单");
        /* Not "公布如下" with nothing below it: a notice says what it
         * makes public (posting refuses one that says nothing). */
        g_autofree char *said = g_strdup_printf ("第%u季度%s已经村务监督委员会审核，明细账目存村委会，"
                                                 "村民可到村委会查阅。如有异议，请于公示期内反映。",
                                                 q + 1, quarterly[i].item);
        gint64 id;

        if (quarterly[i].days[q] == NULL)
          continue;
        id = publish (db, quarterly[i].item, title,
                      dibao ? "经村民代表会议评议、乡镇审核，以下家庭纳入农村最低生活保障，现予公示。"
                              "如有异议，请于公示期内向村委会或村务监督委员会反映。"
                            : said,
                      quarterly[i].days[q], period, dibao ? care_table (db) : NULL, error);
        if (id == 0)
          return FALSE;
        if (dibao && q == 1)
          dibao_q2 = id;
      }
  if (publish (db, "村年度工作计划和目标", "青山村2026年度工作计划", "一、人居环境整治\n二、村道硬化\n三、产业发展",
               "2026-01-15", "2026", NULL, error) == 0 ||
      publish (db, "党组织年度工作计划和总结", "党支部2026年工作计划", "加强党员教育管理，落实三会一课。",
               "2026-01-18", "2026", NULL, error) == 0 ||
      publish (db, "网格划分和网格长", "2026年网格划分及网格长名单", "全村划分为若干网格，网格长名单见村委会。",
               "2026-02-10", "2026", NULL, error) == 0 ||
      publish (db, "宅基地审批", "宅基地审批结果公示", "经村民代表会议评议、乡镇审核，第一组、第三组各一户的宅基地申请符合条件，予以公示。",
               "2026-06-08", NULL, NULL, error) == 0)
    return FALSE;

  /* A subsidy notice with a wrong amount: withdrawn, and corrected. */
  if ((subsidy = publish (db, "农业补贴发放", "2026年耕地地力保护补贴发放公示", "每亩补贴105元。",
                          "2026-04-22", NULL, NULL, error)) == 0 ||
      !cw_notice_withdraw (db, subsidy, "2026-04-24", "补贴标准有误，另行公示", error))
    return FALSE;
  correction = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "2026年耕地地力保护补贴发放公示（更正）", "2026-04-28", "2026-05-12");
  cw_notice_set_body (correction, "更正4月22日公示：每亩补贴标准为115元。");
  {
    g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, "农业补贴发放", error);
    if (item == NULL)
      return FALSE;
    cw_notice_set_item_id (correction, cw_notice_item_get_id (item));
  }
  cw_notice_set_corrects_id (correction, subsidy);
  if (cw_notice_add (db, correction, error) == 0 ||
      !review_and_post (db, cw_notice_get_id (correction), "2026-04-25", "2026-04-26", "2026-04-28", error))
    return FALSE;

  /* A question on the 低保 list, answered within the ten days; one on
   * the last finance notice waiting. */
  if (dibao_q2 != 0 && cw_village_role_count (db, CW_ROLE_SUPERVISION_CHAIR, "2026-04-12") > 0)
    {
      gint64 question = cw_notice_question_add (db, dibao_q2, "李秀英", "2026-04-18",
                                                "名单中第二组一户家中有车，是否符合条件？", error);
      if (question == 0 ||
          !cw_notice_question_answer (db, question, "2026-04-25",
                                      "经村务监督委员会入户核实，该车辆已于去年转让，符合条件。", error))
        return FALSE;
    }
  if (last_finance != 0 && cw_village_role_count (db, CW_ROLE_SUPERVISION_CHAIR, "2026-10-13") > 0 &&
      cw_notice_question_add (db, last_finance, "王建国", "2026-10-28", "九月份修路支出明细能否公开到每一笔？",
                              error) == 0)
    return FALSE;

  /* November's finance, still a draft. */
  draft = cw_notice_new (CW_NOTICE_KIND_FINANCE, "2026年11月村集体财务收支明细", "2026-11-10", "2026-11-24");
  cw_notice_set_body (draft, "本月村集体收入、支出已经村务监督委员会审核，明细账目存村委会，村民可到村委会查阅。如有异议，请于公示期内反映。");
  {
    g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, "财务收支明细", error);
    if (item == NULL)
      return FALSE;
    cw_notice_set_item_id (draft, cw_notice_item_get_id (item));
  }
  return cw_notice_add (db, draft, error) != 0;
}

static gboolean
step (CwDatabase  *db,
      gint64       id,
      guint        number,
      const char  *date,
      CwMeeting    meeting,
      gint64       present,
      gint64       in_favour,
      GError     **error)
{
  g_autoptr(CwDecisionStep) recorded = NULL;
  CwStepInput input;

  cw_step_input_init (&input);
  input.step = number;
  input.date = date;
  input.meeting = meeting;
  input.present = present;
  input.in_favour = in_favour;
  if (present >= 0)
    input.against = MAX (0, present - in_favour - 1);
  recorded = cw_decision_record_step (db, id, &input, error);
  return recorded != NULL;
}

/* Posts the notice a step 5 or 6 drafted. */
static gboolean
post_drafted (CwDatabase  *db,
              gint64       decision_id,
              guint        number,
              const char  *reviewed,
              const char  *settled,
              const char  *posted,
              GError     **error)
{
  g_autoptr(CwDecision) decision = cw_decision_load (db, decision_id, error);
  CwDecisionStep *held = decision != NULL ? cw_decision_get_step (decision, number) : NULL;

  if (held == NULL)
    return decision != NULL;
  return review_and_post (db, held->notice_id, reviewed, settled, posted, error);
}

static gboolean
fill_decisions (CwDatabase  *db,
                GError     **error)
{
  gint64 road, pond, hall;
  gint64 party = cw_decision_count_party_members (db, "2026-03-12");
  gint64 representatives = cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, "2026-03-20");

  if (party < 6 || representatives < 3)
    return TRUE;
  /* The road: all six steps; steps 1 and 2 on one day, the secretary
   * being the director too. */
  if ((road = cw_decision_add (db, "村道硬化工程（总投资48.6万元）", "2026-03-02", error)) == 0 ||
      !step (db, road, 1, "2026-03-05", CW_MEETING_NONE, -1, -1, error) ||
      !step (db, road, 2, "2026-03-05", CW_MEETING_NONE, -1, -1, error) ||
      !step (db, road, 3, "2026-03-12", CW_MEETING_NONE, party * 2 / 3 + 2, party / 2 + 2, error) ||
      !step (db, road, 4, "2026-03-20", CW_MEETING_REPRESENTATIVES, representatives - 2, representatives - 4, error) ||
      !step (db, road, 5, "2026-03-23", CW_MEETING_NONE, -1, -1, error) ||
      !post_drafted (db, road, 5, "2026-03-23", "2026-03-24", "2026-03-25", error) ||
      !step (db, road, 6, "2026-09-15", CW_MEETING_NONE, -1, -1, error) ||
      !post_drafted (db, road, 6, "2026-09-15", "2026-09-16", "2026-09-18", error))
    return FALSE;
  /* The fish pond: the party members' meeting had no quorum. */
  if ((pond = cw_decision_add (db, "村集体鱼塘发包方案", "2026-05-06", error)) == 0 ||
      !step (db, pond, 1, "2026-05-08", CW_MEETING_NONE, -1, -1, error) ||
      !step (db, pond, 2, "2026-05-09", CW_MEETING_NONE, -1, -1, error) ||
      !step (db, pond, 3, "2026-05-15", CW_MEETING_NONE, party / 2, party / 2 - 1, error))
    return FALSE;
  /* The hall: under way. */
  return (hall = cw_decision_add (db, "新建村文化活动室", "2026-10-10", error)) != 0 &&
         step (db, hall, 1, "2026-10-12", CW_MEETING_NONE, -1, -1, error) &&
         step (db, hall, 2, "2026-10-14", CW_MEETING_NONE, -1, -1, error);
}

/* The demo village began keeping its calendar with 2026. */
static gboolean
start_catalogue (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(GListModel) items = cw_notice_item_list (db, FALSE, error);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CwNoticeItem) item = g_list_model_get_item (items, i);
      cw_notice_item_set_since (item, "2026-01-01");
      if (!cw_notice_item_update (db, item, error))
        return FALSE;
    }
  return items != NULL;
}

gboolean
cw_demo_notices_fill (CwDatabase  *db,
                      GError     **error)
{
  return start_catalogue (db, error) && fill_notices (db, error) && fill_decisions (db, error);
}
