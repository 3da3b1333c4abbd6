/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grids"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

/* The tree the figures are computed on, three levels deep:
 *
 *   P1 东片 (片区)
 *     G1 一网格 (网格)
 *       C1 张家屋场 (党员中心户): H1, H2 (H2 moves to G2 on 03-15)
 *     G2 二网格 (网格): H3
 *   H4 is in no grid. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      group;
  gint64      p1, g1, g2, c1;
  gint64      h1, h2, h3, h4;
  gint64      member;       /* 王五, of H3 */
  gint64      party;        /* 党员 李党, of H1 */
} Fixture;

static gint64
add_grid (Fixture    *f,
          const char *code,
          const char *name,
          const char *level,
          gint64      parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGrid) grid = cw_grid_new ();

  cw_grid_set_text (grid, "code", code);
  cw_grid_set_text (grid, "name", name);
  cw_grid_set_text (grid, "level", level);
  cw_grid_set_parent_id (grid, parent);
  g_assert_true (cw_grid_add (f->db, grid, &error));
  g_assert_no_error (error);
  return cw_grid_get_id (grid);
}

static CwPerson *
person (const char *name,
        const char *relation)
{
  CwPerson *p = cw_person_new ();

  cw_person_set_text (p, "name", name);
  cw_person_set_text (p, "relation", relation);
  return p;
}

static gint64
add_household (Fixture    *f,
               const char *number,
               const char *head)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) p = person (head, "户主");

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, f->group);
  g_assert_true (cw_household_add (f->db, h, p, &error));
  g_assert_no_error (error);
  return cw_household_get_id (h);
}

static gint64
add_member (Fixture    *f,
            gint64      household,
            const char *name,
            const char *relation,
            const char *political,
            const char *birth_date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) p = person (name, relation);

  cw_person_set_household_id (p, household);
  cw_person_set_text (p, "political", political);
  cw_person_set_text (p, "birth-date", birth_date);
  g_assert_true (cw_person_add (f->db, p, &error));
  g_assert_no_error (error);
  return cw_person_get_id (p);
}

static void
place (Fixture    *f,
       gint64      household,
       gint64      grid,
       const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_grid_place_household (f->db, household, grid, date, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  group = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  f->group = cw_village_group_get_id (group);

  f->p1 = add_grid (f, "P1", "东片", "片区", 0);
  f->g1 = add_grid (f, "g1", "一网格", "网格", f->p1);
  f->g2 = add_grid (f, "G2", "二网格", "网格", f->p1);
  f->c1 = add_grid (f, "C1", "张家屋场", "党员中心户", f->g1);

  f->h1 = add_household (f, "0001", "张一");
  f->h2 = add_household (f, "0002", "张二");
  f->h3 = add_household (f, "0003", "王三");
  f->h4 = add_household (f, "0004", "赵四");
  f->member = add_member (f, f->h3, "王五", "父亲", "", "");
  f->party = add_member (f, f->h1, "李党", "配偶", "中共党员", "");
  place (f, f->h1, f->c1, "2026-01-01");
  place (f, f->h2, f->c1, "2026-01-01");
  place (f, f->h3, f->g2, "2026-01-01");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static CwGrid *
grid_in (GListModel *grids,
         const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);

      if (g_str_equal (cw_grid_get_code (grid), code))
        return g_steal_pointer (&grid);
    }
  g_assert_not_reached ();
}

static void
test_tree (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) grids = cw_grid_list (f->db, FALSE, &error);
  g_autoptr(CwGrid) p1 = NULL;
  g_autoptr(CwGrid) c1 = NULL;
  g_autoptr(CwGrid) moved = NULL;
  const char *order[] = { "P1", "G1", "C1", "G2" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (grids), ==, 4);
  /* Parents before children, the code cleaned (g1 → G1). */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      g_assert_cmpstr (cw_grid_get_code (grid), ==, order[i]);
    }
  p1 = grid_in (grids, "P1");
  c1 = grid_in (grids, "C1");
  g_assert_cmpuint (cw_grid_get_depth (c1), ==, 2);
  g_assert_cmpstr (cw_grid_get_path (c1), ==, "东片 › 一网格 › 张家屋场");
  g_assert_cmpuint (cw_grid_get_own_households (c1), ==, 2);
  g_assert_cmpuint (cw_grid_get_households (p1), ==, 3);
  g_assert_cmpuint (cw_grid_get_own_households (p1), ==, 0);
  g_assert_cmpuint (cw_grid_get_children (p1), ==, 2);
  /* The window's list leaves the persons uncounted; the roster's counts
   * them: C1 张一, 李党 (a party member), 张二; P1 with G2's 王三, 王五. */
  g_assert_cmpuint (cw_grid_get_persons (c1), ==, 0);
  {
    g_autoptr(GListModel) counted = cw_grid_list_with_persons (f->db, FALSE, &error);
    g_autoptr(CwGrid) p1_counted = grid_in (counted, "P1");
    g_autoptr(CwGrid) c1_counted = grid_in (counted, "C1");

    g_assert_no_error (error);
    g_assert_cmpuint (cw_grid_get_persons (c1_counted), ==, 3);
    g_assert_cmpuint (cw_grid_get_party_members (c1_counted), ==, 1);
    g_assert_cmpuint (cw_grid_get_persons (p1_counted), ==, 5);
    g_assert_cmpuint (cw_grid_get_party_members (p1_counted), ==, 1);
    g_assert_cmpuint (cw_grid_get_households (p1_counted), ==, 3);
  }

  /* A grid placed under one below it would make a loop. */
  moved = cw_grid_copy (p1);
  cw_grid_set_parent_id (moved, f->c1);
  g_assert_false (cw_grid_update (f->db, moved, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* A code is one grid's. */
  g_assert_cmpint (add_grid (f, "Z9", "九网格", "网格", 0), >, 0);
  {
    g_autoptr(CwGrid) dup = cw_grid_new ();
    cw_grid_set_text (dup, "code", "ｚ９");
    cw_grid_set_text (dup, "name", "重复");
    g_assert_false (cw_grid_add (f->db, dup, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
    g_clear_error (&error);
  }

  /* Households go into the lowest grids only. */
  g_assert_false (cw_grid_place_household (f->db, f->h4, f->g1, "2026-01-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* A move is not dated before the household came into its grid. */
  g_assert_false (cw_grid_place_household (f->db, f->h1, f->g2, "2025-12-31", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* A grid with households in it is not retired. */
  g_assert_false (cw_grid_retire (f->db, f->c1, "2026-02-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
}

static void
test_workers_links_check (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGridCheck) check = NULL;
  g_autoptr(GListModel) grids = NULL;
  g_autoptr(CwGrid) c1 = NULL;
  guint count = 0;

  g_assert_true (cw_grid_set_head (f->db, f->c1, f->party, NULL, "13800001111", "2026-01-01", &error));
  g_assert_no_error (error);
  g_assert_true (cw_grid_add_worker (f->db, f->c1, 0, "刘乡干", "13900002222", "2026-01-01", &error));
  g_assert_true (cw_grid_add_worker (f->db, f->c1, 0, "陈网格", "", "2026-01-01", &error));
  g_assert_no_error (error);
  /* What Excel makes of a mobile number is no phone, for a worker as for
   * a person of the register; a phone typed with spaces is kept as the
   * register keeps phones. */
  g_assert_false (cw_grid_add_worker (f->db, f->c1, 0, "孙网格", "1.38123E+10", "2026-01-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1.38123E+10"));
  g_clear_error (&error);
  /* A new head: the former one steps down the same day. */
  g_assert_true (cw_grid_set_head (f->db, f->c1, 0, "周书记", "137 0000 3333", "2026-02-01", &error));
  g_assert_no_error (error);
  grids = cw_grid_list (f->db, FALSE, &error);
  c1 = grid_in (grids, "C1");
  g_assert_cmpstr (cw_grid_get_head_name (c1), ==, "周书记");
  g_assert_cmpstr (cw_grid_get_head_phone (c1), ==, "13700003333");
  g_assert_cmpstr (cw_grid_get_workers (c1), ==, "刘乡干、陈网格");
  g_assert_true (cw_grid_end_worker (f->db, f->c1, "刘乡干", "2026-03-01", &error));
  g_assert_no_error (error);

  /* Only a party member looks after households; past the usual maximum
   * (2 here) it is warned about, not refused. */
  g_assert_false (cw_party_link_add (f->db, f->member, f->h1, "2026-01-01", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_grid_settings_set_days (f->db, CW_SETTING_GRID_LINK_MAX, 2, &error));
  g_assert_true (cw_party_link_add (f->db, f->party, f->h2, "2026-01-01", &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (cw_party_link_add (f->db, f->party, f->h3, "2026-01-01", &count, &error));
  g_assert_true (cw_party_link_add (f->db, f->party, f->h4, "2026-01-01", &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 3);
  g_assert_false (cw_party_link_add (f->db, f->party, f->h4, "2026-01-02", &count, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (cw_grid_find_person (f->db, "李党", &error), ==, f->party);

  check = cw_grid_check (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->households_without_grid->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (check->households_without_grid, 0), ==, "0004");
  /* P1, G1 and G2 have no head; C1 has. */
  g_assert_cmpuint (check->grids_without_head->len, ==, 3);
  g_assert_cmpuint (check->members_past_max->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (check->members_past_max, 0), ==, "李党 (3)");

  /* The contact cards of C1 and below: H2 only (H3 is in G2, H4 in none). */
  {
    g_autoptr(GPtrArray) links = cw_party_link_rows (f->db, f->c1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpstr (((CwPartyLinkRow *) g_ptr_array_index (links, 0))->household_number, ==, "0002");
  }

  /* Undo takes the last link back. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cw_party_link_count (f->db, f->party), ==, 2);
}

static void
request (Fixture    *f,
         gint64      household,
         const char *date,
         const char *urgency,
         gint64      expect)
{
  g_autoptr(GError) error = NULL;
  gint64 number = 0;

  g_assert_true (cw_grid_request_add (f->db, household, date, "走访", "道路", "路灯坏了", urgency, FALSE,
                                      &number, &error));
  g_assert_no_error (error);
  g_assert_cmpint (number, ==, expect);
}

static void
visit (Fixture    *f,
       gint64      household,
       const char *date,
       const char *event)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_visit_add (f->db, household, date, "李党", event, "", FALSE, NULL, &error));
  g_assert_no_error (error);
}

static const CwGridFigures *
figures_of (GPtrArray  *rows,
            const char *code)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const CwGridFigures *f = g_ptr_array_index (rows, i);
      if (g_str_equal (f->code, code))
        return f;
    }
  g_assert_not_reached ();
}

#define ASSERT_FIGURES(rows, code, rec, res, eval, sat, over)   \
  G_STMT_START {                                                \
    const CwGridFigures *fg_ = figures_of ((rows), (code));     \
    g_assert_cmpuint (fg_->received, ==, (rec));                \
    g_assert_cmpuint (fg_->resolved, ==, (res));                \
    g_assert_cmpuint (fg_->evaluated, ==, (eval));              \
    g_assert_cmpuint (fg_->satisfied, ==, (sat));               \
    g_assert_cmpuint (fg_->overdue, ==, (over));                \
  } G_STMT_END

#define ASSERT_VISITS(rows, code, vis, homes, visited, must, on_time, patrols) \
  G_STMT_START {                                                \
    const CwGridFigures *fg_ = figures_of ((rows), (code));     \
    g_assert_cmpuint (fg_->visits, ==, (vis));                  \
    g_assert_cmpuint (fg_->households, ==, (homes));            \
    g_assert_cmpuint (fg_->households_visited, ==, (visited));  \
    g_assert_cmpuint (fg_->must_raised, ==, (must));            \
    g_assert_cmpuint (fg_->must_on_time, ==, (on_time));        \
    g_assert_cmpuint (fg_->patrol_days, ==, (patrols));         \
  } G_STMT_END

/* Each grid's own figures, counted over its branch alone (what the
 * window's panel shows), are its row among @rows; returns how many grids. */
static guint
assert_branch_figures (CwDatabase *db,
                       GPtrArray  *rows,
                       const char *from,
                       const char *to)
{
  guint checked = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const CwGridFigures *row = g_ptr_array_index (rows, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(CwGridFigures) branch = NULL;

      if (row->grid_id == 0)
        continue;
      branch = cw_grid_figures_compute_grid (db, row->grid_id, from, to, &error);
      g_assert_no_error (error);
      g_assert_cmpint (branch->grid_id, ==, row->grid_id);
      g_assert_cmpuint (branch->received, ==, row->received);
      g_assert_cmpuint (branch->resolved, ==, row->resolved);
      g_assert_cmpuint (branch->evaluated, ==, row->evaluated);
      g_assert_cmpuint (branch->satisfied, ==, row->satisfied);
      g_assert_cmpuint (branch->overdue, ==, row->overdue);
      g_assert_cmpuint (branch->visits, ==, row->visits);
      g_assert_cmpuint (branch->households, ==, row->households);
      g_assert_cmpuint (branch->households_visited, ==, row->households_visited);
      g_assert_cmpuint (branch->must_raised, ==, row->must_raised);
      g_assert_cmpuint (branch->must_on_time, ==, row->must_on_time);
      g_assert_cmpuint (branch->patrol_days, ==, row->patrol_days);
      checked++;
    }
  return checked;
}

/* The month of March 2026, by hand (time limits: 红 1, 黄 3, 蓝 7 days):
 *
 *  R1 H1 03-02 红, due 03-03, resolved 03-03, 满意 03-04: on time.
 *  R2 H2 03-05 黄, due 03-08, resolved 03-10 (late), 不满意 03-11, so
 *     reopened: open at the month's end, past its deadline: overdue;
 *     evaluated once, not satisfied. Received in C1; H2 moving to G2 on
 *     03-15 does not take it along.
 *  R3 H3 03-10 蓝, due 03-17, on hold 03-12..03-20 (8 days): due 03-25;
 *     resolved 03-24: on time (late without the hold); 基本满意 03-25.
 *  R4 H3 03-28 蓝, due 04-04, on hold since 03-29: open, not overdue.
 *  R5 H1 02-20: another month.
 *  R6 H1 03-20 红, due 03-21, open at the month's end: overdue.
 *  R7 H4 (no grid) 03-15, resolved 03-16: the village's row only.
 *
 *  C1 = G1: received 3 (R1 R2 R6), resolved 1, evaluated 2, satisfied 1,
 *  overdue 2. G2: 2, 1, 1, 1, 0. P1: 5, 2, 3, 2, 2. Village: 6, 3, 3, 2, 2. */
static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) month = NULL;
  g_autoptr(GPtrArray) year = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *year_from = NULL;
  g_autofree char *rate = NULL;
  const CwGridFigures *village;

  request (f, f->h1, "2026-03-02", "红", 1);
  g_assert_true (cw_grid_request_assign (f->db, 1, "2026-03-02", "村委", &error));
  g_assert_true (cw_grid_request_resolve (f->db, 1, "2026-03-03", "修好了", &error));
  g_assert_true (cw_grid_request_evaluate (f->db, 1, "2026-03-04", "满意", "", &error));
  g_assert_no_error (error);

  request (f, f->h2, "2026-03-05", "黄", 2);
  g_assert_true (cw_grid_request_resolve (f->db, 2, "2026-03-10", "", &error));
  g_assert_true (cw_grid_request_evaluate (f->db, 2, "2026-03-11", "不满意", "还是不亮", &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwGridRequest) r2 = cw_grid_request_find (f->db, 2, &error);
    g_assert_cmpstr (cw_grid_request_get_text (r2, "state"), ==, "received");
    g_assert_cmpstr (cw_grid_request_get_text (r2, "due-date"), ==, "2026-03-08");
    g_assert_cmpstr (cw_grid_request_get_text (r2, "grid-code"), ==, "C1");
  }

  request (f, f->h3, "2026-03-10", "blue", 3);
  g_assert_true (cw_grid_request_hold (f->db, 3, "2026-03-12", "等材料", &error));
  g_assert_no_error (error);
  /* On hold, nothing else happens to it. */
  g_assert_false (cw_grid_request_resolve (f->db, 3, "2026-03-13", "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_grid_request_resume (f->db, 3, "2026-03-20", &error));
  g_assert_true (cw_grid_request_resolve (f->db, 3, "2026-03-24", "", &error));
  g_assert_true (cw_grid_request_evaluate (f->db, 3, "2026-03-25", "基本满意", "", &error));
  g_assert_no_error (error);

  request (f, f->h3, "2026-03-28", "", 4);
  g_assert_true (cw_grid_request_hold (f->db, 4, "2026-03-29", "等天晴", &error));
  request (f, f->h1, "2026-02-20", "红", 5);
  request (f, f->h1, "2026-03-20", "红", 6);
  request (f, f->h4, "2026-03-15", "蓝", 7);
  g_assert_true (cw_grid_request_resolve (f->db, 7, "2026-03-16", "", &error));
  g_assert_no_error (error);

  /* A step before the request came in, a bad evaluation. */
  g_assert_false (cw_grid_request_assign (f->db, 6, "2026-03-19", "村委", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_grid_request_evaluate (f->db, 7, "2026-03-17", "还行", "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* H2 moves mid-month. */
  visit (f, f->h2, "2026-03-10", "");
  place (f, f->h2, f->g2, "2026-03-15");
  g_assert_cmpint (cw_grid_of_household (f->db, f->h2), ==, f->g2);
  visit (f, f->h2, "2026-03-20", "");
  visit (f, f->h1, "2026-03-05", "");
  visit (f, f->h3, "2026-02-10", "");
  /* A death raises a must-visit by itself; answered 2 days later. */
  g_assert_true (cw_household_set_person_status (f->db, f->member, "deceased", "2026-03-12", "病故", 0, &error));
  g_assert_no_error (error);
  visit (f, f->h3, "2026-03-14", "红白喜事");
  /* One raised by hand, answered 5 days later: late. */
  g_assert_true (cw_must_visit_raise (f->db, f->h1, "生病住院", "2026-03-20", "住院", &error));
  g_assert_no_error (error);
  visit (f, f->h1, "2026-03-25", "生病住院");

  g_assert_true (cw_patrol_add (f->db, f->c1, "陈网格", "2026-03-01", "", &error));
  g_assert_true (cw_patrol_add (f->db, f->c1, "陈网格", "2026-03-02", "", &error));
  g_assert_true (cw_patrol_add (f->db, f->g2, "王网格", "2026-03-02", "", &error));
  g_assert_true (cw_patrol_add (f->db, f->g2, "王网格", "2026-03-03", "", &error));
  g_assert_true (cw_patrol_add (f->db, f->g1, "片长", "2026-03-05", "", &error));
  g_assert_no_error (error);

  g_assert_true (cw_grid_period_parse ("2026-03", &from, &to, &year_from, &error));
  g_assert_cmpstr (from, ==, "2026-03-01");
  g_assert_cmpstr (to, ==, "2026-03-31");
  g_assert_cmpstr (year_from, ==, "2026-01-01");
  month = cw_grid_figures_compute (f->db, from, to, &error);
  g_assert_no_error (error);

  ASSERT_FIGURES (month, "C1", 3, 1, 2, 1, 2);
  ASSERT_FIGURES (month, "G1", 3, 1, 2, 1, 2);
  ASSERT_FIGURES (month, "G2", 2, 1, 1, 1, 0);
  ASSERT_FIGURES (month, "P1", 5, 2, 3, 2, 2);
  ASSERT_FIGURES (month, "", 6, 3, 3, 2, 2);
  village = g_ptr_array_index (month, month->len - 1);
  g_assert_cmpint (village->grid_id, ==, 0);
  rate = cw_grid_format_rate (cw_grid_figures_resolution_rate (village));
  g_assert_cmpstr (rate, ==, "50.0%");
  g_clear_pointer (&rate, g_free);
  rate = cw_grid_format_rate (cw_grid_figures_satisfaction_rate (figures_of (month, "P1")));
  g_assert_cmpstr (rate, ==, "66.7%");

  /* Visits: C1 has V(H2 03-10), V(H1 03-05), V(H1 03-25) = 3; at the
   * month's end H1 only, visited. G2: V(H2 03-20), V(H3 03-14) = 2; H2
   * and H3, both visited. Must-visits: C1 one, late; G2 one, on time.
   * Patrol days: C1 01 02; G2 02 03; G1 01 02 05; P1 and village 01 02
   * 03 05. */
  ASSERT_VISITS (month, "C1", 3, 1, 1, 1, 0, 2);
  ASSERT_VISITS (month, "G1", 3, 1, 1, 1, 0, 3);
  ASSERT_VISITS (month, "G2", 2, 2, 2, 1, 1, 2);
  ASSERT_VISITS (month, "P1", 5, 3, 3, 2, 1, 4);
  ASSERT_VISITS (month, "", 5, 4, 3, 2, 1, 4);

  /* 累计 from January: R5 and the February visit come in. */
  year = cw_grid_figures_compute (f->db, year_from, to, &error);
  g_assert_no_error (error);
  ASSERT_FIGURES (year, "C1", 4, 1, 2, 1, 3);
  ASSERT_VISITS (year, "G2", 3, 2, 2, 1, 1, 2);

  /* One grid's figures, counted over its branch alone (the window's
   * panel), are its row's, for the month and the year: P1, G1, C1, G2. */
  g_assert_cmpuint (assert_branch_figures (f->db, month, from, to), ==, 4);
  g_assert_cmpuint (assert_branch_figures (f->db, year, year_from, to), ==, 4);

  /* The ledger's figures: the requests' alone, the same. */
  g_clear_pointer (&month, g_ptr_array_unref);
  month = cw_grid_figures_compute_requests (f->db, from, to, &error);
  g_assert_no_error (error);
  ASSERT_FIGURES (month, "C1", 3, 1, 2, 1, 2);
  ASSERT_FIGURES (month, "P1", 5, 2, 3, 2, 2);
  ASSERT_FIGURES (month, "", 6, 3, 3, 2, 2);
  ASSERT_VISITS (month, "C1", 0, 0, 0, 0, 0, 0);
}

static void
test_requests_board (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGridRequest) r = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *due = NULL;
  gint64 number = 0;

  g_assert_true (cw_grid_request_add (f->db, f->h1, "2026-03-10", "微信群", "助学", "孩子想要一套课外书", "黄",
                                      TRUE, &number, &error));
  g_assert_no_error (error);
  r = cw_grid_request_find (f->db, number, &error);
  g_assert_true (cw_grid_request_get_wish (r));
  g_assert_cmpstr (cw_grid_request_get_text (r, "due-date"), ==, "2026-03-13");
  g_assert_cmpstr (cw_grid_request_board_state (r, "2026-03-10"), ==, "open");
  g_assert_cmpstr (cw_grid_request_board_state (r, "2026-03-12"), ==, "soon");
  g_assert_cmpstr (cw_grid_request_board_state (r, "2026-03-14"), ==, "overdue");
  g_clear_object (&r);

  /* A request is not claimed; a wish is, by a party member. */
  g_assert_true (cw_grid_request_claim (f->db, number, "2026-03-11", "李党", &error));
  g_assert_no_error (error);
  g_assert_true (cw_grid_request_hold (f->db, number, "2026-03-12", "等书", &error));
  r = cw_grid_request_find (f->db, number, &error);
  g_assert_cmpstr (cw_grid_request_get_text (r, "claimed-by"), ==, "李党");
  g_assert_cmpstr (cw_grid_request_board_state (r, "2026-03-30"), ==, "hold");
  /* The clock stops: 18 days on hold by 03-30. */
  due = cw_grid_request_due_on (r, "2026-03-30");
  g_assert_cmpstr (due, ==, "2026-03-31");

  list = cw_grid_request_list (f->db, "2026-03-01", "2026-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* Undo the hold. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_clear_object (&r);
  r = cw_grid_request_find (f->db, number, &error);
  g_assert_cmpstr (cw_grid_request_get_text (r, "hold-since"), ==, "");
}

/* The households register raises must-visits by itself: a death, a
 * birth, a split (whose new household stays in the grid). */
static void
test_must_visits_from_households (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(CwHousehold) split = NULL;
  g_autofree char *today = cw_date_today_text ();
  GDate born;
  g_autofree char *born_text = NULL;
  gint64 son, ids[1];
  guint must = 0;

  g_assert_true (cw_household_set_person_status (f->db, f->member, "deceased", "2026-03-12", "病故", 0, &error));
  g_assert_no_error (error);

  cw_date_today (&born);
  g_date_subtract_days (&born, 10);
  born_text = cw_date_format (&born);
  add_member (f, f->h2, "张小宝", "子", "", born_text);
  son = add_member (f, f->h1, "张大儿", "子", "", "1990-05-01");
  ids[0] = son;
  split = cw_household_split (f->db, f->h1, "0009", ids, 1, son, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_grid_of_household (f->db, cw_household_get_id (split)), ==, f->c1);

  due = cw_visits_due (f->db, today, f->p1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < due->len; i++)
    {
      CwVisitDue *d = g_ptr_array_index (due, i);
      if (d->event[0] != '\0')
        {
          must++;
          if (d->household_id == f->h3)
            g_assert_cmpstr (d->since, ==, "2026-03-12");
          else if (d->household_id == f->h2)
            g_assert_cmpstr (d->since, ==, born_text);
          else
            g_assert_cmpint (d->household_id, ==, cw_household_get_id (split));
        }
    }
  g_assert_cmpuint (must, ==, 3);

  /* A visit answers it. */
  visit (f, f->h3, today, "");
  after = cw_visits_due (f->db, today, f->g2, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((CwVisitDue *) g_ptr_array_index (after, i))->event, ==, "");
  /* An event that is not a must-visit one. */
  g_assert_false (cw_visit_add (f->db, f->h3, today, "李党", "串门", "", FALSE, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

/* An editor's save: the grid and its new head as one change, one Undo;
 * a request's text edited, its deadline not moved. */
static void
test_editor_saves (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGrid) grid = cw_grid_new ();
  g_autoptr(CwGrid) found = NULL;
  g_autoptr(CwGridRequest) request = cw_grid_request_new ();
  g_autoptr(CwGridRequest) stored = NULL;
  g_autofree char *from = NULL, *to = NULL, *year_from = NULL;

  cw_grid_set_text (grid, "code", "g9");
  cw_grid_set_text (grid, "name", "九网格");
  cw_grid_set_text (grid, "head-name", "李党");
  cw_grid_set_parent_id (grid, f->p1);
  g_assert_true (cw_grid_save (f->db, grid, &error));
  g_assert_no_error (error);
  found = cw_grid_find (f->db, "G9", &error);
  /* 李党 is a person of the register: the phone would come from there. */
  g_assert_cmpstr (cw_grid_get_head_name (found), ==, "李党");
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = cw_grid_find (f->db, "G9", NULL);
  g_assert_null (found);
  {
    g_autoptr(GPtrArray) workers = cw_grid_worker_rows (f->db, &error);
    g_assert_cmpuint (workers->len, ==, 0);
  }

  /* Its workers as the editor lists them: a person of the register and
   * an outsider with a phone start; then one left out stops, and an
   * Undo brings the worker back. */
  {
    g_autoptr(CwGrid) nine = cw_grid_new ();
    g_autoptr(CwGrid) loaded = NULL;
    g_autoptr(GPtrArray) workers = NULL;
    gboolean outsider = FALSE;

    cw_grid_set_text (nine, "code", "g9");
    cw_grid_set_text (nine, "name", "九网格");
    cw_grid_set_text (nine, "workers", "李党、刘网格 13800000000");
    cw_grid_set_parent_id (nine, f->p1);
    g_assert_true (cw_grid_save (f->db, nine, &error));
    g_assert_no_error (error);
    loaded = cw_grid_find (f->db, "G9", &error);
    g_assert_cmpstr (cw_grid_get_workers (loaded), ==, "李党、刘网格");
    workers = cw_grid_worker_rows (f->db, &error);
    for (guint i = 0; i < workers->len; i++)
      {
        CwGridWorkerRow *row = workers->pdata[i];

        if (g_str_equal (row->name, "刘网格"))
          outsider = g_str_equal (row->phone, "13800000000") && g_str_equal (row->role, "worker");
      }
    g_assert_true (outsider);

    cw_grid_set_text (loaded, "workers", "刘网格");
    g_assert_true (cw_grid_save (f->db, loaded, &error));
    g_assert_no_error (error);
    g_clear_object (&loaded);
    loaded = cw_grid_find (f->db, "G9", &error);
    g_assert_cmpstr (cw_grid_get_workers (loaded), ==, "刘网格");
    g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
    g_clear_object (&loaded);
    loaded = cw_grid_find (f->db, "G9", &error);
    g_assert_cmpstr (cw_grid_get_workers (loaded), ==, "李党、刘网格");
  }

  g_object_set (request, "household-number", "0001", "received-date", "2026-03-02", "body", "路灯坏了",
                "urgency", "黄", NULL);
  g_assert_true (cw_grid_request_save (f->db, request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_grid_request_get_number (request), ==, 1);
  g_object_set (request, "body", "路灯和水管都坏了", "urgency", "red", "received-date", "2026-03-20", NULL);
  g_assert_true (cw_grid_request_save (f->db, request, &error));
  stored = cw_grid_request_find (f->db, 1, &error);
  g_assert_cmpstr (cw_grid_request_get_text (stored, "body"), ==, "路灯和水管都坏了");
  g_assert_cmpstr (cw_grid_request_get_text (stored, "due-date"), ==, "2026-03-05");
  g_assert_cmpstr (cw_grid_request_get_text (stored, "urgency"), ==, "yellow");

  /* Periods as the clerk names them; days outside 1…3650 refused. */
  g_assert_true (cw_grid_period_parse ("2026Q1", &from, &to, &year_from, &error));
  g_assert_cmpstr (from, ==, "2026-01-01");
  g_assert_cmpstr (to, ==, "2026-03-31");
  g_assert_null (year_from);
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);
  g_assert_true (cw_grid_period_parse ("2026", &from, &to, NULL, &error));
  g_assert_cmpstr (to, ==, "2026-12-31");
  g_assert_false (cw_grid_period_parse ("March", &from, &to, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_grid_settings_set_days (f->db, CW_SETTING_GRID_VISIT_DAYS, 0, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

/* The same on the demo village's year: 3 areas, 8 group grids, their
 * central households, a year of visits, must-visits, patrols and 200
 * requests in every state. */
static void
test_branch_figures_demo (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *year_from = g_strdup_printf ("%.4s-01-01", today);
  const char *periods[][2] = { { year_from, today }, { "2000-01-01", "2099-12-31" } };

  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = cw_grid_figures_compute (db, periods[p][0], periods[p][1], &error);
      const CwGridFigures *village;

      g_assert_no_error (error);
      village = g_ptr_array_index (rows, rows->len - 1);
      g_assert_cmpuint (village->received, >, 0);
      g_assert_cmpuint (village->visits, >, 0);
      g_assert_cmpuint (assert_branch_figures (db, rows, periods[p][0], periods[p][1]), ==, rows->len - 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/grids/tree", test_tree);
  ADD ("/grids/workers-links-check", test_workers_links_check);
  ADD ("/grids/figures", test_figures);
  ADD ("/grids/requests-board", test_requests_board);
  ADD ("/grids/must-visits-from-households", test_must_visits_from_households);
  ADD ("/grids/editor-saves", test_editor_saves);
#undef ADD
  g_test_add_func ("/grids/branch-figures-demo", test_branch_figures_demo);

  return g_test_run ();
}
