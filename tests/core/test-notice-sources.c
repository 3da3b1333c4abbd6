/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notice-sources"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-source.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/village/cw-village-group.h"
#include "cw-test-core.h"

/* A notice's table drafted from the other registers: what it holds, and
 * that no ID number, phone or birth date gets onto it. */

static void
assert_row (GPtrArray  *rows,
            guint       index,
            const char *expected)
{
  g_autofree char *joined = g_strjoinv ("|", g_ptr_array_index (rows, index));

  g_assert_cmpstr (joined, ==, expected);
}

/* No cell holds anything shaped like an ID or phone number, nor any of
 * @secrets (the register's own numbers and birth dates). */
static void
assert_nothing_personal (GPtrArray          *rows,
                         const char * const *secrets)
{
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_assert_false (cw_notice_text_is_masked (cells[c]));
          for (guint s = 0; secrets != NULL && secrets[s] != NULL; s++)
            g_assert_null (strstr (cells[c], secrets[s]));
        }
    }
}

static gint64
add_household (CwDatabase *db,
               gint64      group,
               const char *number,
               const char *tags,
               const char *head,
               const char *head_tags,
               const char *id_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = cw_household_new ();
  g_autoptr(CwPerson) person = cw_person_new ();

  cw_household_set_text (household, "number", number);
  cw_household_set_text (household, "tags", tags);
  cw_household_set_text (household, "phone", "13812345678");
  cw_household_set_group_id (household, group);
  cw_person_set_text (person, "name", head);
  cw_person_set_text (person, "relation", "户主");
  cw_person_set_text (person, "tags", head_tags);
  cw_person_set_text (person, "id-number", id_number);
  cw_person_set_text (person, "phone", "13987654321");
  g_assert_true (cw_household_add (db, household, person, &error));
  g_assert_no_error (error);
  return cw_household_get_id (household);
}

static void
test_care (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(CwVillageGroup) one = cw_village_group_add (db, "一组", NULL);
  g_autoptr(CwVillageGroup) two = cw_village_group_add (db, "二组", NULL);
  g_autoptr(CwPerson) son = cw_person_new ();
  g_autoptr(GPtrArray) dibao = NULL;
  g_autoptr(GPtrArray) disabled = NULL;
  g_autoptr(GPtrArray) nobody = NULL;
  g_autoptr(GError) error = NULL;
  const char *const secrets[] = { "11010519491231002X", "430421195803120011", "430421200103150037", "1949", "1958", "2001", "13812345678", "13987654321", "5678", "4321", NULL };
  gint64 zhang;

  zhang = add_household (db, cw_village_group_get_id (two), "201", "低保", "张三", "", "11010519491231002X");
  add_household (db, cw_village_group_get_id (one), "101", "", "王五", "残疾", "430421195803120011");
  cw_person_set_household_id (son, zhang);
  cw_person_set_text (son, "name", "张小明");
  cw_person_set_text (son, "relation", "子");
  cw_person_set_text (son, "id-number", "430421200103150037");
  g_assert_true (cw_person_add (db, son, &error));
  g_assert_no_error (error);

  /* A household's tag lists each member; a person's only that person. */
  dibao = cw_notice_source_table (db, CW_NOTICE_SOURCE_CARE, "低保", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dibao->len, ==, 3);
  assert_row (dibao, 0, "序号|村民小组|户号|姓名|与户主关系");
  assert_row (dibao, 1, "1|二组|201|张三|户主");
  assert_row (dibao, 2, "2|二组|201|张小明|子");
  assert_nothing_personal (dibao, secrets);

  disabled = cw_notice_source_table (db, CW_NOTICE_SOURCE_CARE, "残疾", &error);
  g_assert_cmpuint (disabled->len, ==, 2);
  assert_row (disabled, 1, "1|一组|101|王五|户主");
  assert_nothing_personal (disabled, secrets);

  /* A tag no one has: the header alone. */
  nobody = cw_notice_source_table (db, CW_NOTICE_SOURCE_CARE, "军属", &error);
  g_assert_cmpuint (nobody->len, ==, 1);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  CwNoticeSource source;

  g_assert_true (cw_notice_source_parse ("care:低保户", &source, &what, &error));
  g_assert_cmpint (source, ==, CW_NOTICE_SOURCE_CARE);
  g_assert_cmpstr (what, ==, "低保");
  g_clear_pointer (&what, g_free);
  g_assert_true (cw_notice_source_parse (" grids ", &source, &what, &error));
  g_assert_cmpint (source, ==, CW_NOTICE_SOURCE_GRIDS);
  g_assert_null (what);
  g_assert_true (cw_notice_source_parse ("points:2026年第3季度", &source, &what, &error));
  g_assert_cmpint (source, ==, CW_NOTICE_SOURCE_POINTS);
  g_assert_cmpstr (what, ==, "2026Q3");
  g_clear_pointer (&what, g_free);
  g_assert_no_error (error);

  g_assert_false (cw_notice_source_parse ("care:富裕户", &source, &what, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_notice_source_parse ("points:2026Q5", &source, &what, &error));
  g_clear_error (&error);
  g_assert_false (cw_notice_source_parse ("roster", &source, &what, &error));
  g_clear_error (&error);
}

/* The demo village: every phone and ID number of its register, none of
 * which may reach a table. */
static GPtrArray *
demo_secrets (CwDatabase *db)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  GPtrArray *secrets = g_ptr_array_new_with_free_func (g_free);

  query.any_status = TRUE;
  persons = cw_person_query_run (db, &query, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);
      if (cw_person_get_id_number (person)[0] != '\0')
        g_ptr_array_add (secrets, g_strdup (cw_person_get_id_number (person)));
      if (cw_person_get_phone (person)[0] != '\0')
        g_ptr_array_add (secrets, g_strdup (cw_person_get_phone (person)));
    }
  g_ptr_array_add (secrets, NULL);
  return secrets;
}

static void
test_demo_registers (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GPtrArray) secrets = demo_secrets (db);
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, NULL);
  g_autoptr(GListModel) tally = cw_point_tally_quarter (db, CW_SCHEME_HOUSEHOLD, "2026Q3", NULL);
  g_autoptr(GPtrArray) board = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (secrets->len, >, 100);
  /* Two workers on the first grid, one with a phone the board must not show. */
  {
    g_autoptr(CwGrid) first = g_list_model_get_item (grids, 0);
    g_assert_true (cw_grid_add_worker (db, cw_grid_get_id (first), 0, "刘网格", "13900002222", "2026-01-05", &error));
    g_assert_true (cw_grid_add_worker (db, cw_grid_get_id (first), 0, "陈网格", "", "2026-01-05", &error));
    g_assert_no_error (error);
    g_ptr_array_insert (secrets, 0, g_strdup ("13900002222"));
  }

  /* The grid board: a row a grid, its head and workers by name. */
  board = cw_notice_source_table (db, CW_NOTICE_SOURCE_GRIDS, NULL, &error);
  g_assert_no_error (error);
  assert_row (board, 0, "网格|层级|网格长|网格员|户数");
  g_assert_cmpuint (board->len, ==, g_list_model_get_n_items (grids) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      char **row = g_ptr_array_index (board, i + 1);
      g_autofree char *households = g_strdup_printf ("%u", cw_grid_get_households (grid));

      g_assert_cmpstr (row[0], ==, cw_grid_get_path (grid));
      g_assert_cmpstr (row[2], ==, cw_grid_get_head_name (grid));
      g_assert_cmpstr (row[4], ==, households);
      if (i == 0)
        g_assert_cmpstr (row[3], ==, "刘网格、陈网格");
    }
  assert_nothing_personal (board, (const char * const *) secrets->pdata);

  /* The points: the tally's rows, in its order. */
  points = cw_notice_source_table (db, CW_NOTICE_SOURCE_POINTS, "2026Q3", &error);
  g_assert_no_error (error);
  assert_row (points, 0, "村民小组|户号|户主|本季度积分|本年累计|组内排名");
  g_assert_cmpuint (points->len, ==, g_list_model_get_n_items (tally) + 1);
  g_assert_cmpuint (points->len, >, 10);
  {
    g_autoptr(CwPointTallyRow) first = g_list_model_get_item (tally, 0);
    char **row = g_ptr_array_index (points, 1);
    g_autofree char *quarter = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_quarter_points (first));

    g_assert_cmpstr (row[2], ==, cw_point_tally_row_get_name (first));
    g_assert_cmpstr (row[3], ==, quarter);
  }
  assert_nothing_personal (points, (const char * const *) secrets->pdata);
}

/* A new draft takes the table, and the title and item it suggests; what
 * the clerk already wrote stays. */
static void
test_fill (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(CwNotice) blank = cw_notice_new_draft (db, "2026-10-12");
  g_autoptr(CwNotice) titled = cw_notice_new_draft (db, "2026-10-12");
  g_autoptr(CwNotice) care = cw_notice_new_draft (db, "2026-10-12");
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_notice_fill_from_source (db, blank, CW_NOTICE_SOURCE_POINTS, "2026Q3", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cw_notice_get_title (blank), ==, "2026年第三季度积分公示");
  g_assert_cmpstr (cw_notice_get_period (blank), ==, "2026Q3");
  g_assert_nonnull (cw_notice_get_table (blank));
  g_assert_cmpint (cw_notice_add (db, blank, &error), >, 0);
  g_assert_no_error (error);
  {
    g_autoptr(CwNotice) stored = cw_notice_load (db, cw_notice_get_id (blank), &error);
    g_assert_cmpstr (cw_notice_get_item_name (stored), ==, "积分制管理公示");
    g_assert_cmpuint (cw_notice_get_table (stored)->len, ==, cw_notice_get_table (blank)->len);
  }

  cw_notice_set_title (titled, "关于网格调整的公示");
  g_assert_true (cw_notice_fill_from_source (db, titled, CW_NOTICE_SOURCE_GRIDS, NULL, &error));
  g_assert_cmpstr (cw_notice_get_title (titled), ==, "关于网格调整的公示");
  g_assert_cmpstr (cw_notice_get_item_name (titled), ==, "");
  g_assert_cmpint (cw_notice_add (db, titled, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_notice_get_item_name (titled), ==, "网格划分和网格长");

  g_assert_true (cw_notice_fill_from_source (db, care, CW_NOTICE_SOURCE_CARE, "低保", &error));
  g_assert_cmpstr (cw_notice_get_title (care), ==, "低保名单公示");
  g_assert_cmpint (cw_notice_get_kind (care), ==, CW_NOTICE_KIND_VILLAGE);
}

/* The demo's notices, made here in C: their titles and bodies are the
 * village's record, in Chinese (a decision's drafted notices too). */
static void
test_demo_in_chinese (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GListModel) notices = cw_notice_list (db, 0, NULL);
  guint drafted = 0;

  g_assert_cmpstr (g_get_language_names ()[0], ==, "C.UTF-8");
  g_assert_cmpuint (g_list_model_get_n_items (notices), >, 30);
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i);

      g_assert_false (g_regex_match_simple ("[A-Za-z]", cw_notice_get_title (notice), 0, 0));
      g_assert_false (g_regex_match_simple ("[A-Za-z]", cw_notice_get_body (notice), 0, 0));
      if (cw_notice_get_decision_id (notice) != 0)
        drafted++;
    }
  /* The road's resolution and its results. */
  g_assert_cmpuint (drafted, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notice-sources/care", test_care);
  g_test_add_func ("/notice-sources/parse", test_parse);
  g_test_add_func ("/notice-sources/demo-registers", test_demo_registers);
  g_test_add_func ("/notice-sources/fill", test_fill);
  g_test_add_func ("/notice-sources/demo-in-chinese", test_demo_in_chinese);

  return g_test_run ();
}
