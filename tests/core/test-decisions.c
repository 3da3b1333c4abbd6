/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-decisions"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"
#include "cw-test-core.h"

/* The register on 2026-05-15, counted by hand:
 * household 001: 甲父 (head, 1950), 甲 (party member since 2010)
 * household 002: 乙父 (head, 1955), 乙 (joins the party 2026-06-01)
 * household 003: 丙父 (head, 1956), 丙 (party member, died 2026-05-01)
 * household 004: 丁父 (head, 1957), 丁 (party member, moved out 2026-05-20)
 * household 005: 戊 (head, 1980), 己 (born 2008-05-15: 18 that day),
 *                庚 (born 2008-05-16: not yet)
 * household 006: moved out 2026-05-10 with its head 辛 (1970).
 * Party members due on 05-15: 甲, 丁 = 2 (乙 not yet, 丙 dead).
 * Adults on 05-15: 甲父 甲 乙父 乙 丙父 丁父 丁 戊 己 = 9 (丙 dead, 庚 17,
 * 辛 gone). Households on 05-15: 001–005 = 5. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      group;
  gint64      ids[16];
} Fixture;

static gint64
household (Fixture    *f,
           const char *number,
           const char *head,
           const char *born)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) person = cw_person_new ();
  g_autoptr(CwHousehold) h = cw_household_new ();

  cw_person_set_text (person, "name", head);
  cw_person_set_text (person, "relation", "户主");
  cw_person_set_text (person, "birth-date", born);
  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, f->group);
  g_assert_true (cw_household_add (f->db, h, person, &error));
  g_assert_no_error (error);
  return cw_household_get_id (h);
}

static gint64
member (Fixture    *f,
        gint64      household_id,
        const char *name,
        const char *born,
        const char *party_since)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) person = cw_person_new ();

  cw_person_set_text (person, "name", name);
  cw_person_set_text (person, "relation", "子");
  cw_person_set_text (person, "birth-date", born);
  if (party_since != NULL)
    {
      cw_person_set_text (person, "political", "中共党员");
      cw_person_set_text (person, "party-join-date", party_since);
    }
  cw_person_set_household_id (person, household_id);
  g_assert_true (cw_person_add (f->db, person, &error));
  g_assert_no_error (error);
  return cw_person_get_id (person);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;
  gint64 h;
  gint64 bing, ding;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  group = cw_village_group_add (f->db, "一组", &error);
  f->group = cw_village_group_get_id (group);

  h = household (f, "001", "甲父", "1950-01-01");
  member (f, h, "甲", "1975-01-01", "2010-07-01");
  h = household (f, "002", "乙父", "1955-01-01");
  member (f, h, "乙", "1980-01-01", "2026-06-01");
  h = household (f, "003", "丙父", "1956-01-01");
  bing = member (f, h, "丙", "1981-01-01", "2005-07-01");
  h = household (f, "004", "丁父", "1957-01-01");
  ding = member (f, h, "丁", "1982-01-01", "2006-07-01");
  h = household (f, "005", "戊", "1980-01-01");
  member (f, h, "己", "2008-05-15", NULL);
  member (f, h, "庚", "2008-05-16", NULL);
  h = household (f, "006", "辛", "1970-01-01");

  g_assert_true (cw_household_set_person_status (f->db, bing, "deceased", "2026-05-01", "病故", 0, &error));
  g_assert_true (cw_household_set_person_status (f->db, ding, "moved_out", "2026-05-20", "迁出", 0, &error));
  g_assert_true (cw_household_set_status (f->db, h, "moved_out", "2026-05-10", "迁往县城", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static void
test_quorum_counts (void)
{
  gboolean valid, passed;

  /* Party members' meeting, 30 due: 20 present is exactly 2/3. */
  cw_quorum_party (30, 20, 16, &valid, &passed);
  g_assert_true (valid);
  g_assert_true (passed);
  cw_quorum_party (30, 19, 19, &valid, &passed);
  g_assert_false (valid);
  g_assert_false (passed);
  /* More than half of those DUE: 15 of 30 is exactly half, not enough,
   * though it is most of the 20 present. */
  cw_quorum_party (30, 20, 15, &valid, &passed);
  g_assert_true (valid);
  g_assert_false (passed);
  /* 31 due: 2/3 is 20.67, so 21 present. */
  cw_quorum_party (31, 20, 20, &valid, &passed);
  g_assert_false (valid);
  cw_quorum_party (31, 21, 16, &valid, &passed);
  g_assert_true (valid && passed);

  /* Villagers' meeting: 100 adults, 50 present is half, not more. */
  cw_quorum_villagers (100, 50, 40, 20, 40, &valid, &passed);
  g_assert_false (valid);
  cw_quorum_villagers (100, 51, 40, 20, 26, &valid, &passed);
  g_assert_true (valid);
  g_assert_true (passed);
  /* Half of those present is not enough: 51 present, 25 for... */
  cw_quorum_villagers (100, 51, 40, 20, 25, &valid, &passed);
  g_assert_false (passed);
  /* ...or valid through the households: 2/3 of 30 represented. */
  cw_quorum_villagers (100, 50, 30, 20, 26, &valid, &passed);
  g_assert_true (valid);
  g_assert_true (passed);
  cw_quorum_villagers (100, 50, 30, 20, 25, &valid, &passed);
  g_assert_true (valid);
  g_assert_false (passed);
  cw_quorum_villagers (100, 50, 30, 19, 40, &valid, &passed);
  g_assert_false (valid);
  /* Only the households' representatives counted. */
  cw_quorum_villagers (100, -1, 30, 21, 11, &valid, &passed);
  g_assert_true (valid && passed);

  /* Representatives' meeting, 30 members: 20 present, 10 for is half. */
  cw_quorum_representatives (30, 20, 10, &valid, &passed);
  g_assert_true (valid);
  g_assert_false (passed);
  cw_quorum_representatives (30, 20, 11, &valid, &passed);
  g_assert_true (valid && passed);
  cw_quorum_representatives (30, 19, 19, &valid, &passed);
  g_assert_false (valid || passed);
}

static void
test_register_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpuint (cw_decision_count_party_members (f->db, "2026-05-15"), ==, 2);
  /* Before 丙 died: 甲 丙 丁. After 乙 joins and 丁 left: 甲 乙. */
  g_assert_cmpuint (cw_decision_count_party_members (f->db, "2026-04-30"), ==, 3);
  g_assert_cmpuint (cw_decision_count_party_members (f->db, "2026-06-01"), ==, 2);
  g_assert_cmpuint (cw_decision_count_adults (f->db, "2026-05-15"), ==, 9);
  g_assert_cmpuint (cw_decision_count_adults (f->db, "2026-05-16"), ==, 10);
  g_assert_cmpuint (cw_decision_count_households (f->db, "2026-05-15"), ==, 5);
  g_assert_cmpuint (cw_decision_count_households (f->db, "2026-05-09"), ==, 6);
}

static CwDecisionStep *
record (Fixture     *f,
        gint64       id,
        guint        step,
        const char  *date,
        gint64       present,
        gint64       in_favour,
        GError     **error)
{
  CwStepInput input;

  cw_step_input_init (&input);
  input.step = step;
  input.date = date;
  input.present = present;
  input.in_favour = in_favour;
  return cw_decision_record_step (f->db, id, &input, error);
}

static guint
n_records (Fixture *f,
           gint64   id)
{
  g_autoptr(CwDecision) decision = cw_decision_load (f->db, id, NULL);

  return cw_decision_get_records (decision)->len;
}

static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDecisionStep) step = NULL;
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *state = NULL;
  gint64 id = cw_decision_add (f->db, "鱼塘发包", "2026-05-01", &error);
  CwStepInput input;

  g_assert_no_error (error);
  decision = cw_decision_load (f->db, id, &error);
  g_assert_cmpstr (cw_decision_get_number (decision), ==, "2026-01");

  /* Out of order: refused, nothing recorded. */
  g_assert_null (record (f, id, 2, "2026-05-02", -1, -1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_null (record (f, id, 1, "2026-04-30", -1, -1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpuint (n_records (f, id), ==, 0);

  step = record (f, id, 1, "2026-05-02", -1, -1, &error);
  g_assert_no_error (error);
  g_assert_true (step->passed);
  g_clear_pointer (&step, cw_decision_step_free);
  /* Step 2 on step 1's day needs one person as secretary and director. */
  g_assert_null (record (f, id, 2, "2026-05-02", -1, -1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  {
    gint64 jia_fu = cw_village_role_resolve_person (f->db, "甲父", "2026-05-02", &error);
    g_autoptr(CwVillageRole) secretary = cw_village_role_new (CW_ROLE_PARTY_SECRETARY, jia_fu, NULL, "2021-04-01", NULL);
    g_autoptr(CwVillageRole) director = cw_village_role_new (CW_ROLE_DIRECTOR, jia_fu, NULL, "2021-04-01", NULL);
    g_assert_cmpint (cw_village_role_add (f->db, secretary, &error), >, 0);
    g_assert_cmpint (cw_village_role_add (f->db, director, &error), >, 0);
  }
  step = record (f, id, 2, "2026-05-02", -1, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&step, cw_decision_step_free);
  g_assert_null (record (f, id, 2, "2026-05-03", -1, -1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);   /* already passed */
  g_clear_error (&error);

  /* Step 3 on 05-15: 2 due from the register; 1 present is short of 2/3. */
  step = record (f, id, 3, "2026-05-15", 1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step->due, ==, 2);
  g_assert_false (step->valid);
  g_assert_false (step->passed);
  g_clear_pointer (&step, cw_decision_step_free);
  g_clear_object (&decision);
  decision = cw_decision_load (f->db, id, &error);
  g_assert_true (cw_decision_is_stopped (decision));
  state = cw_decision_describe (decision);
  g_assert_nonnull (strstr (state, "2026-05-15"));

  /* The decision stops: step 4 refused until step 3 is held again. */
  cw_step_input_init (&input);
  input.step = 4;
  input.date = "2026-05-20";
  input.meeting = CW_MEETING_VILLAGERS;
  input.present = 9;
  input.in_favour = 9;
  g_assert_null (cw_decision_record_step (f->db, id, &input, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "2026-05-15"));
  g_clear_error (&error);
  g_assert_cmpuint (n_records (f, id), ==, 3);

  /* Impossible counts. */
  g_assert_null (record (f, id, 3, "2026-05-16", 3, 1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (record (f, id, 3, "2026-05-16", 2, 3, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  /* Held again: 2 of 2, 1 for is exactly half of those due: not passed. */
  step = record (f, id, 3, "2026-05-16", 2, 1, &error);
  g_assert_true (step->valid);
  g_assert_false (step->passed);
  g_clear_pointer (&step, cw_decision_step_free);
  step = record (f, id, 3, "2026-05-17", 2, 2, &error);
  g_assert_true (step->valid && step->passed);
  g_clear_pointer (&step, cw_decision_step_free);

  /* Step 4, a villagers' meeting on 05-20: 9 adults (庚 is 18 since the
   * 16th; 丁, who moved out on the 20th, is no longer counted). */
  input.date = "2026-05-20";
  input.present = 5;
  input.in_favour = 5;
  step = cw_decision_record_step (f->db, id, &input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step->due, ==, 9);
  g_assert_cmpint (step->households_due, ==, 5);
  /* 5 of 9 is more than half: valid; 5 for of 5 present passes. */
  g_assert_true (step->valid && step->passed);
  g_clear_pointer (&step, cw_decision_step_free);

  /* Step 6 before 5: refused; 5 drafts the resolution's notice. */
  g_assert_null (record (f, id, 6, "2026-05-22", -1, -1, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  step = record (f, id, 5, "2026-05-21", -1, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step->notice_id, >, 0);
  notice = cw_notice_load (f->db, step->notice_id, &error);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
  g_assert_cmpint (cw_notice_get_decision_id (notice), ==, id);
  g_assert_nonnull (strstr (cw_notice_get_title (notice), "鱼塘发包"));
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "“鱼塘发包”事项已经过以下“四议”程序"));
  /* In Chinese, the village's record, though the test runs in C: the
   * meetings as held, the last party members' meeting counting. */
  g_assert_cmpstr (cw_notice_get_title (notice), ==, "关于“鱼塘发包”的决议公告");
  /* Its table: the four deliberations as held, a meeting held again
   * counting as its last holding. */
  {
    GPtrArray *table = cw_notice_get_table (notice);
    static const char *const rows[] = {
      "程序|日期|到会情况|表决情况|结果",
      "党支部会提议|2026-05-02|—|—|通过",
      "两委会商议|2026-05-02|—|—|通过",
      "党员大会审议|2026-05-17|应到 2 人，实到 2 人|赞成 2 票，反对 0 票|通过",
      "村民会议决议|2026-05-20|应到 9 人，实到 5 人|赞成 5 票，反对 0 票|通过",
    };

    g_assert_nonnull (table);
    g_assert_cmpuint (table->len, ==, G_N_ELEMENTS (rows));
    for (guint r = 0; r < table->len; r++)
      {
        g_autofree char *row = g_strjoinv ("|", g_ptr_array_index (table, r));
        g_assert_cmpstr (row, ==, rows[r]);
        g_assert_false (g_regex_match_simple ("[A-Za-z]", row, 0, 0));
      }
  }
  g_assert_false (g_regex_match_simple ("[A-Za-z]", cw_notice_get_title (notice), 0, 0));
  g_assert_false (g_regex_match_simple ("[A-Za-z]", cw_notice_get_body (notice), 0, 0));
  g_assert_cmpstr (cw_notice_get_item_name (notice), ==, "村民会议、村民代表会议决议");
  g_clear_pointer (&step, cw_decision_step_free);
  step = record (f, id, 6, "2026-09-01", -1, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&decision);
  decision = cw_decision_load (f->db, id, &error);
  g_assert_cmpuint (cw_decision_get_progress (decision), ==, 6);
  /* 1, 2, 3 three times, 4, 5, 6. */
  g_assert_cmpuint (n_records (f, id), ==, 8);
}

static void
test_representatives (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDecisionStep) step = NULL;
  gint64 id = cw_decision_add (f->db, "修路", "2026-03-01", &error);
  const char *names[] = { "甲父", "乙父", "丙父" };
  CwStepInput input;

  /* No representatives recorded yet: the count must be given. */
  g_assert_nonnull (record (f, id, 1, "2026-03-02", -1, -1, &error));
  g_assert_nonnull (record (f, id, 2, "2026-03-03", -1, -1, &error));
  g_assert_nonnull (record (f, id, 3, "2026-03-04", 3, 3, &error));
  g_assert_no_error (error);
  cw_step_input_init (&input);
  input.step = 4;
  input.date = "2026-03-10";
  input.meeting = CW_MEETING_REPRESENTATIVES;
  input.present = 2;
  input.in_favour = 2;
  g_assert_null (cw_decision_record_step (f->db, id, &input, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gint64 person = cw_village_role_resolve_person (f->db, names[i], "2026-03-10", &error);
      g_autoptr(CwVillageRole) role = cw_village_role_new (CW_ROLE_REPRESENTATIVE, person, NULL, "2021-04-01", NULL);
      g_assert_cmpint (cw_village_role_add (f->db, role, &error), >, 0);
    }
  /* 3 representatives: 2 present is exactly 2/3; 1 for of 2 is half. */
  input.in_favour = 1;
  step = cw_decision_record_step (f->db, id, &input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step->due, ==, 3);
  g_assert_true (step->valid);
  g_assert_false (step->passed);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decisions/quorum-counts", test_quorum_counts);
  ADD ("/decisions/register-counts", test_register_counts);
  ADD ("/decisions/steps", test_steps);
  ADD ("/decisions/representatives", test_representatives);

  return g_test_run ();
}
