/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notices"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-date.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-summary.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"
#include "core/village/cw-village.h"
#include "cw-test-core.h"

/* A village with a 监委会 of three (王监 chair, 李监 and 赵监 members,
 * 赵监 from 2026-03-01) and an empty record of notices. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
} Fixture;

static gint64
add_person (CwDatabase *db,
            gint64      group,
            const char *number,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwHousehold) household = cw_household_new ();

  cw_person_set_text (head, "name", name);
  cw_person_set_text (head, "relation", "户主");
  cw_household_set_text (household, "number", number);
  cw_household_set_group_id (household, group);
  g_assert_true (cw_household_add (db, household, head, &error));
  g_assert_no_error (error);
  return cw_person_get_id (head);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;
  const struct { const char *name; CwRoleKind kind; const char *from; } members[] = {
    { "王监", CW_ROLE_SUPERVISION_CHAIR, "2021-04-01" },
    { "李监", CW_ROLE_SUPERVISION_MEMBER, "2021-04-01" },
    { "赵监", CW_ROLE_SUPERVISION_MEMBER, "2026-03-01" },
  };

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  group = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *number = g_strdup_printf ("10%u", i);
      gint64 person = add_person (f->db, cw_village_group_get_id (group), number, members[i].name);
      g_autoptr(CwVillageRole) role = cw_village_role_new (members[i].kind, person, NULL, members[i].from, NULL);

      g_assert_cmpint (cw_village_role_add (f->db, role, &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static gint64
item_id (Fixture    *f,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNoticeItem) item = cw_notice_item_find (f->db, name, &error);

  g_assert_no_error (error);
  return cw_notice_item_get_id (item);
}

static gint64
draft (Fixture    *f,
       const char *item,
       const char *from,
       const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "关于某事的公示", from, to);
  gint64 id;

  /* Posting refuses a notice that says nothing. */
  cw_notice_set_body (notice, "经村两委研究，现予公示。");
  if (item != NULL)
    cw_notice_set_item_id (notice, item_id (f, item));
  id = cw_notice_add (f->db, notice, &error);
  g_assert_no_error (error);
  return id;
}

static void
post (Fixture    *f,
      gint64      id,
      const char *reviewed,
      const char *posted)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_notice_review (f->db, id, "王监", reviewed, "同意", &error));
  g_assert_no_error (error);
  g_assert_true (cw_notice_settle (f->db, id, reviewed, &error));
  g_assert_no_error (error);
  g_assert_true (cw_notice_post (f->db, id, posted, "公开栏", &error));
  g_assert_no_error (error);
}

static void
test_catalogue (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = cw_notice_item_list (f->db, FALSE, &error);
  g_autoptr(CwNoticeItem) dibao = cw_notice_item_find (f->db, "低保对象名单", &error);
  g_autoptr(CwNoticeItem) added = cw_notice_item_new (" 村规民约修订 ", CW_NOTICE_KIND_VILLAGE, CW_CADENCE_IMMEDIATE, 10);
  g_autoptr(CwNoticeItem) twice = cw_notice_item_new ("村规民约修订", CW_NOTICE_KIND_PARTY, CW_CADENCE_YEARLY, 5);
  CwNoticeKind kind;
  CwCadence cadence;

  g_assert_no_error (error);
  /* The default catalogue: 20 items, the 低保 list quarterly for 7 days. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 20);
  g_assert_cmpint (cw_notice_item_get_cadence (dibao), ==, CW_CADENCE_QUARTERLY);
  g_assert_cmpuint (cw_notice_item_get_min_days (dibao), ==, 7);
  g_assert_cmpint (cw_notice_item_get_kind (dibao), ==, CW_NOTICE_KIND_VILLAGE);

  g_assert_cmpint (cw_notice_item_add (f->db, added, &error), >, 0);
  g_assert_cmpstr (cw_notice_item_get_name (added), ==, "村规民约修订");
  g_assert_cmpint (cw_notice_item_add (f->db, twice, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  cw_notice_item_set_min_days (added, 400);
  g_assert_false (cw_notice_item_update (f->db, added, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  /* Nor taken down the day it goes up. */
  cw_notice_item_set_min_days (added, 0);
  g_assert_false (cw_notice_item_update (f->db, added, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* Retired items leave the calendar's list. */
  g_assert_true (cw_notice_item_set_retired (f->db, cw_notice_item_get_id (added), TRUE, &error));
  g_clear_object (&items);
  items = cw_notice_item_list (f->db, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 20);

  g_assert_true (cw_notice_kind_parse ("财务", &kind) && kind == CW_NOTICE_KIND_FINANCE);
  g_assert_true (cw_cadence_parse ("每季度", &cadence) && cadence == CW_CADENCE_QUARTERLY);
  g_assert_false (cw_notice_kind_parse ("其他", &kind));
}

static void
test_draft_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "低保公示", "2026-04-10", "2026-04-15");
  g_autoptr(CwNotice) loaded = NULL;

  /* 低保 lists stay up seven days: 10th to 15th is six. */
  cw_notice_set_item_id (notice, item_id (f, "低保对象名单"));
  g_assert_cmpint (cw_notice_add (f->db, notice, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  cw_notice_set_to (notice, "2026/4/16");
  cw_notice_set_period (notice, "2026-04");
  g_assert_cmpint (cw_notice_add (f->db, notice, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  /* The message shows the form this quarterly item's periods take,
   * never the month it refuses as one of the ways to write it. */
  g_assert_nonnull (strstr (error->message, "2026Q2"));
  g_assert_null (strstr (error->message, "2026-03"));
  g_clear_error (&error);
  /* The period follows from the start: 2026Q2. */
  cw_notice_set_period (notice, "");
  g_assert_cmpint (cw_notice_add (f->db, notice, &error), >, 0);
  g_assert_no_error (error);
  loaded = cw_notice_load (f->db, cw_notice_get_id (notice), &error);
  g_assert_cmpstr (cw_notice_get_number (loaded), ==, "2026-001");
  g_assert_cmpstr (cw_notice_get_period (loaded), ==, "2026Q2");
  g_assert_cmpstr (cw_notice_get_to (loaded), ==, "2026-04-16");
  g_assert_cmpint (cw_notice_get_state (loaded), ==, CW_NOTICE_DRAFT);

  /* The period backwards; the next number. */
  cw_notice_set_from (notice, "2026-05-01");
  cw_notice_set_to (notice, "2026-04-30");
  g_assert_cmpint (cw_notice_add (f->db, notice, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (draft (f, NULL, "2026-05-01", "2026-05-02"), >, 0);
  g_clear_object (&loaded);
  loaded = cw_notice_find (f->db, "2026-002", &error);
  g_assert_no_error (error);
}

static void
test_way (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = draft (f, NULL, "2026-03-10", "2026-03-20");
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GPtrArray) reviews = NULL;

  /* No step can be skipped. */
  g_assert_false (cw_notice_post (f->db, id, "2026-03-10", "公开栏", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_notice_settle (f->db, id, "2026-03-09", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* Only a 监委会 member of that day reviews: 赵监 from March. */
  g_assert_false (cw_notice_review (f->db, id, "赵监", "2026-02-28", "同意", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cw_notice_review (f->db, id, "路人", "2026-03-05", "同意", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (cw_notice_review (f->db, id, "赵监", "2026-03-05", "同意", &error));
  g_assert_true (cw_notice_review (f->db, id, "王监", "2026-03-06", "建议补充金额", &error));
  g_assert_no_error (error);
  g_assert_false (cw_notice_review (f->db, id, "王监", "2026-03-06", "同意", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Reviewed, not settled: still not posted. */
  g_assert_false (cw_notice_post (f->db, id, "2026-03-10", "公开栏", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* The joint meeting after the last review. */
  g_assert_false (cw_notice_settle (f->db, id, "2026-03-05", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_settle (f->db, id, "2026-03-07", &error));
  g_assert_false (cw_notice_post (f->db, id, "2026-03-21", "公开栏", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_post (f->db, id, "2026-03-10", "公开栏", &error));
  g_assert_no_error (error);

  notice = cw_notice_load (f->db, id, &error);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_POSTED);
  g_assert_cmpint (cw_notice_get_state_on (notice, "2026-03-20"), ==, CW_NOTICE_POSTED);
  g_assert_cmpint (cw_notice_get_state_on (notice, "2026-03-21"), ==, CW_NOTICE_EXPIRED);
  g_assert_cmpstr (cw_notice_get_reviewers (notice), ==, "赵监, 王监");
  reviews = cw_notice_list_reviews (f->db, id, &error);
  g_assert_cmpuint (reviews->len, ==, 2);
  g_assert_cmpstr (((CwNoticeReview *) g_ptr_array_index (reviews, 1))->opinion, ==, "建议补充金额");

  /* Withdrawn with a reason, not before its posting; only once. */
  g_assert_false (cw_notice_withdraw (f->db, id, "2026-03-12", "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_notice_withdraw (f->db, id, "2026-03-09", "金额有误", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_withdraw (f->db, id, "2026-03-12", "金额有误", &error));
  g_assert_false (cw_notice_withdraw (f->db, id, "2026-03-13", "再次", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
}

static void
test_posted_never_changes (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = draft (f, NULL, "2026-03-10", "2026-03-20");
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(CwNotice) again = NULL;
  g_autoptr(CwNotice) correction = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "姓名", "金额", NULL };
  const char *row[] = { "张三", "105", NULL };

  g_ptr_array_add (rows, g_strdupv ((char **) header));
  g_ptr_array_add (rows, g_strdupv ((char **) row));
  notice = cw_notice_load (f->db, id, &error);
  cw_notice_set_body (notice, "第一段，（见下表）。\n\n  第二段\u200B  ");
  cw_notice_set_table (notice, rows);
  g_assert_true (cw_notice_update (f->db, notice, &error));
  g_assert_no_error (error);
  post (f, id, "2026-03-08", "2026-03-10");

  /* Through core: refused, whatever the field. */
  cw_notice_set_title (notice, "改过的标题");
  g_assert_false (cw_notice_update (f->db, notice, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_notice_return_to_draft (f->db, id, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* Past core, straight into the file: the schema refuses too. */
  g_assert_false (cw_database_exec (f->db, "UPDATE notice SET body = '另一段' WHERE id = 1", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (cw_database_exec (f->db, "UPDATE notice SET state = 'draft' WHERE id = 1", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  again = cw_notice_load (f->db, id, &error);
  g_assert_cmpstr (cw_notice_get_title (again), ==, "关于某事的公示");
  /* Prose keeps its full-width punctuation; the zero-width space goes. */
  g_assert_cmpstr (cw_notice_get_body (again), ==, "第一段，（见下表）。\n第二段");
  g_assert_cmpuint (cw_notice_get_table (again)->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (cw_notice_get_table (again), 1))[1], ==, "105");

  /* A correction is a new notice naming it. */
  correction = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "更正", "2026-03-12", "2026-03-20");
  cw_notice_set_corrects_id (correction, id);
  g_assert_cmpint (cw_notice_add (f->db, correction, &error), >, 0);
  g_clear_object (&again);
  again = cw_notice_load (f->db, cw_notice_get_id (correction), &error);
  g_assert_cmpint (cw_notice_get_corrects_id (again), ==, id);
}

static void
test_return_to_draft (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = draft (f, NULL, "2026-03-10", "2026-03-20");
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GPtrArray) reviews = NULL;

  g_assert_true (cw_notice_review (f->db, id, "李监", "2026-03-05", "请改正金额", &error));
  notice = cw_notice_load (f->db, id, &error);
  cw_notice_set_body (notice, "改正后的正文");
  g_assert_false (cw_notice_update (f->db, notice, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_return_to_draft (f->db, id, &error));
  g_assert_true (cw_notice_update (f->db, notice, &error));
  g_assert_no_error (error);
  /* The old review no longer counts: settling waits for a new one. */
  reviews = cw_notice_list_reviews (f->db, id, &error);
  g_assert_cmpuint (reviews->len, ==, 0);
  g_assert_false (cw_notice_settle (f->db, id, "2026-03-07", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_review (f->db, id, "李监", "2026-03-06", "同意", &error));
  g_assert_no_error (error);
}

static void
test_questions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = draft (f, NULL, "2026-03-10", "2026-03-20");
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gint64 q1, q2;

  g_assert_cmpint (cw_notice_question_add (f->db, id, "李四", "2026-03-10", "为何？", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  post (f, id, "2026-03-08", "2026-03-10");
  q1 = cw_notice_question_add (f->db, id, "李四", "2026-03-11", "为何？", &error);
  q2 = cw_notice_question_add (f->db, id, "周五", "2026-03-12", "多少？", &error);
  g_assert_no_error (error);

  /* Ten days: asked on the 11th, answered by the 21st. */
  open = cw_notice_question_list_open (f->db, "2026-03-21", &error);
  g_assert_cmpuint (open->len, ==, 2);
  g_assert_cmpstr (((CwNoticeQuestion *) g_ptr_array_index (open, 0))->answer_by, ==, "2026-03-21");
  g_assert_false (cw_notice_question_is_late (g_ptr_array_index (open, 0), "2026-03-21"));
  g_assert_true (cw_notice_question_is_late (g_ptr_array_index (open, 0), "2026-03-22"));

  g_assert_false (cw_notice_question_answer (f->db, q1, "2026-03-10", "因为", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_notice_question_answer (f->db, q1, "2026-03-15", "因为", &error));
  g_assert_true (cw_notice_question_answer (f->db, q2, "2026-03-25", "这么多", &error));
  g_assert_no_error (error);
  all = cw_notice_question_list (f->db, id, &error);
  g_assert_false (cw_notice_question_is_late (g_ptr_array_index (all, 0), "2026-12-01"));
  /* Answered late stays late. */
  g_assert_true (cw_notice_question_is_late (g_ptr_array_index (all, 1), "2026-12-01"));
}

static CwCalendarEntry *
entry_for (GPtrArray  *entries,
           const char *item,
           const char *period)
{
  for (guint i = 0; i < entries->len; i++)
    {
      CwCalendarEntry *entry = g_ptr_array_index (entries, i);
      if (g_str_equal (cw_notice_item_get_name (entry->item), item) && g_str_equal (entry->period, period))
        return entry;
    }
  g_assert_not_reached ();
}

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) on_april_1 = NULL;
  g_autoptr(GPtrArray) on_april_21 = NULL;
  g_autoptr(GPtrArray) attention = NULL;
  gint64 withdrawn;

  g_assert_true (cw_settings_set_notice_day (f->db, 20, &error));
  g_assert_false (cw_settings_set_notice_day (f->db, 29, &error));
  g_clear_error (&error);
  /* Finance monthly: January on the 15th, February on the 25th (late),
   * March never; March's one that was withdrawn does not count. */
  post (f, draft (f, "财务收支明细", "2026-01-15", "2026-01-30"), "2026-01-14", "2026-01-15");
  post (f, draft (f, "财务收支明细", "2026-02-25", "2026-03-10"), "2026-02-24", "2026-02-25");
  withdrawn = draft (f, "财务收支明细", "2026-03-15", "2026-03-30");
  post (f, withdrawn, "2026-03-14", "2026-03-15");
  g_assert_true (cw_notice_withdraw (f->db, withdrawn, "2026-03-16", "有误", &error));
  /* 低保 quarterly: Q1 on the due day itself. */
  post (f, draft (f, "低保对象名单", "2026-01-20", "2026-01-30"), "2026-01-19", "2026-01-20");
  /* Immediate items only count. */
  post (f, draft (f, "宅基地审批", "2026-02-02", "2026-02-10"), "2026-02-01", "2026-02-02");
  post (f, draft (f, "宅基地审批", "2026-03-02", "2026-03-10"), "2026-03-01", "2026-03-02");

  on_april_1 = cw_notice_calendar (f->db, 2026, "2026-04-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry_for (on_april_1, "财务收支明细", "2026-01")->state, ==, CW_DUE_ON_TIME);
  g_assert_cmpstr (entry_for (on_april_1, "财务收支明细", "2026-01")->number, ==, "2026-001");
  g_assert_cmpint (entry_for (on_april_1, "财务收支明细", "2026-02")->state, ==, CW_DUE_LATE);
  g_assert_cmpint (entry_for (on_april_1, "财务收支明细", "2026-03")->state, ==, CW_DUE_MISSING);
  g_assert_cmpint (entry_for (on_april_1, "财务收支明细", "2026-04")->state, ==, CW_DUE_OPEN);
  g_assert_cmpstr (entry_for (on_april_1, "财务收支明细", "2026-04")->due, ==, "2026-04-20");
  g_assert_cmpint (entry_for (on_april_1, "财务收支明细", "2026-05")->state, ==, CW_DUE_NOT_YET);
  g_assert_cmpint (entry_for (on_april_1, "低保对象名单", "2026Q1")->state, ==, CW_DUE_ON_TIME);
  g_assert_cmpint (entry_for (on_april_1, "低保对象名单", "2026Q2")->state, ==, CW_DUE_OPEN);
  g_assert_cmpint (entry_for (on_april_1, "宅基地审批", "2026")->state, ==, CW_DUE_AS_NEEDED);
  g_assert_cmpuint (entry_for (on_april_1, "宅基地审批", "2026")->count, ==, 2);
  /* A yearly item not posted by 20 January. */
  g_assert_cmpint (entry_for (on_april_1, "年度财务预决算", "2026")->state, ==, CW_DUE_MISSING);

  on_april_21 = cw_notice_calendar (f->db, 2026, "2026-04-21", &error);
  g_assert_cmpint (entry_for (on_april_21, "低保对象名单", "2026Q2")->state, ==, CW_DUE_MISSING);
  g_assert_cmpint (entry_for (on_april_21, "财务收支明细", "2026-04")->state, ==, CW_DUE_MISSING);

  /* The week ahead of 14 April: April's finance and Q2's lists are due on
   * the 20th; March's finance is missing. Nothing of May. */
  attention = cw_notice_calendar_attention (f->db, "2026-04-14", 7, &error);
  g_assert_no_error (error);
  {
    guint due_on_20 = 0, missing_march = 0;
    for (guint i = 0; i < attention->len; i++)
      {
        CwCalendarEntry *entry = g_ptr_array_index (attention, i);
        g_assert_cmpstr (entry->due, <=, "2026-04-20");
        if (g_str_equal (entry->due, "2026-04-20"))
          due_on_20++;
        if (g_str_equal (entry->period, "2026-03") && entry->state == CW_DUE_MISSING)
          missing_march++;
      }
    /* One monthly item and five quarterly ones are due on the 20th. */
    g_assert_cmpuint (due_on_20, ==, 6);
    g_assert_cmpuint (missing_march, ==, 1);
  }
}

/* The office's posting settings: the day the calendar counts late from,
 * the days a new notice stays up, the board a posting names by default. */
static void
test_posting_settings (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) fresh = NULL;
  g_autoptr(CwNotice) longer = NULL;
  g_autoptr(CwNotice) posted = NULL;
  g_autoptr(GPtrArray) day_20 = NULL;
  g_autoptr(GPtrArray) day_15 = NULL;
  g_autofree char *place = NULL;
  gint64 id;

  /* Defaults: the 20th, a week, 村务公开栏. */
  g_assert_cmpuint (cw_settings_get_notice_day (f->db), ==, 20);
  g_assert_cmpuint (cw_settings_get_notice_days (f->db), ==, 7);
  place = cw_settings_get_notice_place (f->db);
  g_assert_cmpstr (place, ==, "村务公开栏");
  fresh = cw_notice_new_draft (f->db, "2026-02-25");
  g_assert_cmpstr (cw_notice_get_to (fresh), ==, "2026-03-03");

  g_assert_false (cw_settings_set_notice_days (f->db, 0, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_settings_set_notice_days (f->db, 367, &error));
  g_clear_error (&error);
  g_assert_true (cw_settings_set_notice_days (f->db, 15, &error));
  g_assert_no_error (error);
  longer = cw_notice_new_draft (f->db, "2026-12-20");
  g_assert_cmpstr (cw_notice_get_from (longer), ==, "2026-12-20");
  g_assert_cmpstr (cw_notice_get_to (longer), ==, "2027-01-03");

  /* A posting without a place records the office's board. */
  g_assert_true (cw_settings_set_notice_place (f->db, "  二组\u200b公告栏 ", &error));
  g_assert_no_error (error);
  id = draft (f, "低保对象名单", "2026-04-18", "2026-04-30");
  g_assert_true (cw_notice_review (f->db, id, "王监", "2026-04-16", "同意", &error));
  g_assert_true (cw_notice_settle (f->db, id, "2026-04-17", &error));
  g_assert_true (cw_notice_post (f->db, id, "2026-04-18", "", &error));
  g_assert_no_error (error);
  posted = cw_notice_load (f->db, id, &error);
  g_assert_cmpstr (cw_notice_get_posted_place (posted), ==, "二组公告栏");

  /* Posted on the 18th: on time by the 20th, late by the 15th. */
  day_20 = cw_notice_calendar (f->db, 2026, "2026-05-01", &error);
  g_assert_cmpint (entry_for (day_20, "低保对象名单", "2026Q2")->state, ==, CW_DUE_ON_TIME);
  g_assert_true (cw_settings_set_notice_day (f->db, 15, &error));
  day_15 = cw_notice_calendar (f->db, 2026, "2026-05-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry_for (day_15, "低保对象名单", "2026Q2")->state, ==, CW_DUE_LATE);
  g_assert_cmpstr (entry_for (day_15, "低保对象名单", "2026Q2")->due, ==, "2026-04-15");
}

static void
test_since (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNoticeItem) item = cw_notice_item_find (f->db, "财务收支明细", &error);
  g_autoptr(GPtrArray) entries = NULL;
  guint months = 0;

  /* A village that began keeping its finance board in July. */
  cw_notice_item_set_since (item, "2026-07-01");
  g_assert_true (cw_notice_item_update (f->db, item, &error));
  entries = cw_notice_calendar (f->db, 2026, "2026-12-31", &error);
  for (guint i = 0; i < entries->len; i++)
    if (cw_notice_item_get_id (((CwCalendarEntry *) g_ptr_array_index (entries, i))->item) ==
        cw_notice_item_get_id (item))
      months++;
  g_assert_cmpuint (months, ==, 6);
}

/* A village new to the program owes nothing from before its record
 * began: on its first day, nothing of the months gone is missing. */
static void
test_new_village (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("新村", "", "");
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *today = cw_date_today_text ();
  int year = (int) g_ascii_strtoll (today, NULL, 10);

  g_assert_true (cw_village_create (f->db, village, &error));
  g_assert_no_error (error);
  entries = cw_notice_calendar (f->db, year, today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      CwCalendarEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpint (entry->state, !=, CW_DUE_MISSING);
      g_assert_cmpint (entry->state, !=, CW_DUE_LATE);
    }
}

static void
test_mask (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "张三 430421197001011234 低保", "张三 430421********1234 低保" },
    { "身份证11010519491231002x。", "身份证110105********002X。" },
    { "电话13812345678", "电话138****5678" },
    { "电话 138 1234 5678", "电话 138****5678" },
    { "电话+86 138-1234-5678", "电话138****5678" },
    { "账号6222021234567890123", "账号***************0123" },
    { "日期2026-01-01，金额12345.67元，户号010203", "日期2026-01-01，金额12345.67元，户号010203" },
    { "座机0731-88888888", "座机0731-88888888" },
    { "全角４３０４２１１９７００１０１１２３４", "全角430421********1234" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = cw_notice_mask_text (cases[i].in);
      g_assert_cmpstr (masked, ==, cases[i].out);
      g_assert_true (cw_notice_text_is_masked (cases[i].in) == !g_str_equal (cases[i].in, cases[i].out));
    }
}

static void
test_table_csv (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "list.csv", NULL);
  g_autoptr(GPtrArray) rows = NULL;

  cw_test_write_file (path, "姓名,身份证号,金额\n张三,430421197001011234,105\n李四,,\n", "GB18030");
  rows = cw_notice_table_read_csv (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[1], ==, "身份证号");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "张三");
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, 2)), ==, 3);
}

/* Undo takes back a review (the notice is a draft again); a posting is
 * not taken back: the board has shown it. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = draft (f, NULL, "2026-03-10", "2026-03-20");
  g_autoptr(CwNotice) notice = NULL;

  g_assert_true (cw_notice_review (f->db, id, "王监", "2026-03-05", "同意", &error));
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  notice = cw_notice_load (f->db, id, &error);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
  g_assert_cmpstr (cw_notice_get_reviewers (notice), ==, "");

  post (f, id, "2026-03-08", "2026-03-10");
  g_assert_false (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "withdrawn"));
  g_clear_error (&error);
  g_clear_object (&notice);
  notice = cw_notice_load (f->db, id, &error);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_POSTED);
}

/* The Overview: the year's notices counted, and a 监委会 short of three
 * named (the fixture's committee has two members until 1 March 2026). */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwSummary) summary = NULL;
  GPtrArray *counts;
  gboolean counted = FALSE;

  post (f, draft (f, NULL, "2026-03-10", "2026-03-20"), "2026-03-08", "2026-03-10");
  summary = cw_summary_load (f->db, &error);
  g_assert_no_error (error);
  counts = cw_summary_get_counts (summary);
  for (guint i = 0; i < counts->len; i++)
    if (g_strcmp0 (((CwSummaryCount *) g_ptr_array_index (counts, i))->page, "notices") == 0)
      counted = TRUE;
  g_assert_true (counted);
  /* Today the committee has three: nothing to say about it. */
  for (guint i = 0; i < cw_summary_get_attention (summary)->len; i++)
    g_assert_null (strstr (((CwSummaryAttention *) g_ptr_array_index (cw_summary_get_attention (summary), i))->title,
                           "supervisory committee"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD ("/notices/catalogue", test_catalogue);
  ADD ("/notices/draft-rules", test_draft_rules);
  ADD ("/notices/way", test_way);
  ADD ("/notices/posted-never-changes", test_posted_never_changes);
  ADD ("/notices/return-to-draft", test_return_to_draft);
  ADD ("/notices/questions", test_questions);
  ADD ("/notices/calendar", test_calendar);
  ADD ("/notices/since", test_since);
  ADD ("/notices/new-village", test_new_village);
  ADD ("/notices/posting-settings", test_posting_settings);
  g_test_add_func ("/notices/mask", test_mask);
  ADD ("/notices/table-csv", test_table_csv);
  ADD ("/notices/summary", test_summary);
  ADD ("/notices/undo", test_undo);

  return g_test_run ();
}
