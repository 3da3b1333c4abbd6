/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/grids/cw-grid-visit.h"
#include "core/village/cw-demo-private.h"

/* The demo's grids: three areas (片区) run by members of the two
 * committees, each village group a grid (网格) under one of them, and
 * under each group grid the party members' central households (党员中心户)
 * of about a dozen households each, every household in one of them from
 * 2026-01-01; party members linked to the households of their own grid;
 * a year of visits, patrols and must-visits; requests in every state.
 * Written with plain statements inside cw_demo_fill()'s transaction, so
 * a township's worth takes seconds. */

#define DEMO_GRID_FROM "2026-01-01"
#define DEMO_DAYS 304             /* 2026-01-01 to 2026-10-31 */
#define CHUNK 12

static const char * const areas[][3] = {
  { "P1", "东片", "周建国" }, { "P2", "中片", "吴秀英" }, { "P3", "西片", "郑志强" },
};

static const char * const categories[][2] = {
  { "道路", "村道坑洼，雨天积水" }, { "路灯", "路灯不亮，夜里出行不便" }, { "饮水", "自来水压力小" },
  { "环境", "沟渠淤塞，要清理" }, { "就业", "想找附近的务工岗位" }, { "医疗", "老人行动不便，想办慢病卡" },
  { "邻里", "宅基地边界有争议" }, { "政策", "咨询医保缴费" }, { "助学", "孩子上学有困难" },
  { "农业", "想要果树技术指导" },
};

static const char * const wishes[] = {
  "孩子想要一套课外书", "想要一台收音机", "想有人陪着去县医院复查", "想要一床新棉被", "想学用智能手机",
};

static const char * const sources[] = { "走访", "走访", "来访", "电话", "微信群" };

/* Day @n of 2026 (0 = 1 January) as text. */
static char *
day_text (guint n)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 2026);
  g_date_add_days (&date, n);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
step (CwDatabase    *db,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  gboolean ok = cw_database_step_done (db, stmt, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

typedef struct
{
  CwDatabase   *db;
  GRand        *rand;
  sqlite3_stmt *grid;
  sqlite3_stmt *worker;
  sqlite3_stmt *place;
  sqlite3_stmt *link;
  GArray       *households;   /* every household's id, in group order */
  GArray       *grid_of;      /* the leaf grid of households[i] */
  GPtrArray    *visitor_of;   /* the party member looking after it */
  GArray       *group_grids;  /* the grids of the village groups */
} Fill;

static gint64
add_grid (Fill        *fill,
          const char  *code,
          const char  *name,
          const char  *level,
          gint64       parent,
          const char  *head,
          gint64       head_person,
          GError     **error)
{
  gint64 id;

  sqlite3_bind_text (fill->grid, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (fill->grid, 2, name, -1, SQLITE_TRANSIENT);
  if (parent != 0)
    sqlite3_bind_int64 (fill->grid, 3, parent);
  sqlite3_bind_text (fill->grid, 4, level, -1, SQLITE_STATIC);
  if (!step (fill->db, fill->grid, error))
    return 0;
  id = sqlite3_last_insert_rowid (cw_database_get_handle (fill->db));
  sqlite3_bind_int64 (fill->worker, 1, id);
  if (head_person != 0)
    sqlite3_bind_int64 (fill->worker, 2, head_person);
  sqlite3_bind_text (fill->worker, 3, head, -1, SQLITE_TRANSIENT);
  /* Heads from outside the register get a made-up number of the
   * reserved 1380000xxxx kind. */
  {
    g_autofree char *phone = g_strdup_printf ("13800%06u", (guint) (id * 7919 % 1000000));
    sqlite3_bind_text (fill->worker, 4, phone, -1, SQLITE_TRANSIENT);
    if (!step (fill->db, fill->worker, error))
      return 0;
  }
  return id;
}

/* The group grids and their central households; households placed and
 * linked. */
static gboolean
fill_tree (Fill    *fill,
           GError **error)
{
  g_autoptr(sqlite3_stmt) groups = cw_database_prepare (fill->db, "SELECT id, name FROM village_group "
                                                                  "ORDER BY position", error);
  g_autoptr(sqlite3_stmt) homes = cw_database_prepare (fill->db, "SELECT id FROM household WHERE group_id = ? "
                                                                 "AND status = 'active' ORDER BY number", error);
  g_autoptr(sqlite3_stmt) members =
    cw_database_prepare (fill->db, "SELECT p.id, p.name, p.household_id FROM person p JOIN household h "
                                   "ON h.id = p.household_id WHERE h.group_id = ? AND p.status IN ('active', "
                                   "'migrant') AND p.political IN ('中共党员', '中共预备党员') ORDER BY h.number, "
                                   "p.position", error);
  gint64 area_ids[G_N_ELEMENTS (areas)];
  guint g = 0;
  int rc;

  if (groups == NULL || homes == NULL || members == NULL)
    return FALSE;
  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    if ((area_ids[a] = add_grid (fill, areas[a][0], areas[a][1], "片区", 0, areas[a][2], 0, error)) == 0)
      return FALSE;

  while ((rc = sqlite3_step (groups)) == SQLITE_ROW)
    {
      gint64 group = sqlite3_column_int64 (groups, 0);
      g_autofree char *code = g_strdup_printf ("G%02u", ++g);
      g_autofree char *name = g_strdup_printf ("%s网格", sqlite3_column_text (groups, 1));
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) member_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GPtrArray) member_names = g_ptr_array_new_with_free_func (g_free);
      gint64 grid;

      sqlite3_bind_int64 (homes, 1, group);
      while ((rc = sqlite3_step (homes)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (homes, 0);
          g_array_append_val (ids, id);
        }
      if (rc != SQLITE_DONE)
        return cw_database_fail (fill->db, error);
      sqlite3_reset (homes);
      sqlite3_bind_int64 (members, 1, group);
      while ((rc = sqlite3_step (members)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (members, 0);
          g_array_append_val (member_ids, id);
          g_ptr_array_add (member_names, g_strdup ((const char *) sqlite3_column_text (members, 1)));
        }
      if (rc != SQLITE_DONE)
        return cw_database_fail (fill->db, error);
      sqlite3_reset (members);

      /* The group's grid is run by its first party member, else by the
       * group's leader from outside the list. */
      grid = add_grid (fill, code, name, "网格", area_ids[(g - 1) % G_N_ELEMENTS (areas)],
                       member_names->len > 0 ? g_ptr_array_index (member_names, 0) : "组长",
                       member_ids->len > 0 ? g_array_index (member_ids, gint64, 0) : 0, error);
      if (grid == 0)
        return FALSE;
      g_array_append_val (fill->group_grids, grid);

      for (guint start = 0, c = 0; start < ids->len; start += CHUNK, c++)
        {
          guint m = member_ids->len > 0 ? c % member_ids->len : 0;
          const char *head = member_ids->len > 0 ? g_ptr_array_index (member_names, m) : "组长";
          g_autofree char *leaf_code = g_strdup_printf ("%s-%02u", code, c + 1);
          g_autofree char *leaf_name = g_strdup_printf ("%s党员中心户", head);
          gint64 leaf = add_grid (fill, leaf_code, leaf_name, "党员中心户", grid, head,
                                  member_ids->len > 0 ? g_array_index (member_ids, gint64, m) : 0, error);

          if (leaf == 0)
            return FALSE;
          for (guint i = start; i < MIN (start + CHUNK, ids->len); i++)
            {
              gint64 home = g_array_index (ids, gint64, i);

              sqlite3_bind_int64 (fill->place, 1, home);
              sqlite3_bind_int64 (fill->place, 2, leaf);
              if (!step (fill->db, fill->place, error))
                return FALSE;
              g_array_append_val (fill->households, home);
              g_array_append_val (fill->grid_of, leaf);
              g_ptr_array_add (fill->visitor_of, g_strdup (head));
              /* 党员联户: the central household's member looks after the
               * first eight of its households. */
              if (member_ids->len > 0 && i - start < 8)
                {
                  sqlite3_bind_int64 (fill->link, 1, g_array_index (member_ids, gint64, m));
                  sqlite3_bind_int64 (fill->link, 2, home);
                  if (!step (fill->db, fill->link, error))
                    return FALSE;
                }
            }
        }
    }
  return rc == SQLITE_DONE || cw_database_fail (fill->db, error);
}

static gboolean
fill_visits (Fill    *fill,
             guint    n_visits,
             GError **error)
{
  g_autoptr(sqlite3_stmt) visit = cw_database_prepare (fill->db,
    "INSERT INTO visit (household_id, visit_date, visitor, event, note, raised_request) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  g_autoptr(sqlite3_stmt) must = cw_database_prepare (fill->db,
    "INSERT INTO must_visit (household_id, event, cause, raised_date, note, visit_id) "
    "VALUES (?1, ?2, 'hand', ?3, '', ?4)", error);
  g_autoptr(sqlite3_stmt) patrol = cw_database_prepare (fill->db,
    "INSERT INTO patrol (grid_id, worker, patrol_date, note) "
    "SELECT grid_id, name, ?2, '' FROM grid_worker WHERE grid_id = ?1 AND role = 'head'", error);
  guint n = fill->households->len;

  if (visit == NULL || must == NULL || patrol == NULL || n == 0)
    return visit != NULL && must != NULL && patrol != NULL;

  for (guint v = 0; v < n_visits; v++)
    {
      guint h = g_rand_int_range (fill->rand, 0, (gint32) n);
      g_autofree char *day = day_text ((guint) g_rand_int_range (fill->rand, 0, DEMO_DAYS));

      sqlite3_bind_int64 (visit, 1, g_array_index (fill->households, gint64, h));
      sqlite3_bind_text (visit, 2, day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (visit, 3, g_ptr_array_index (fill->visitor_of, h), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (visit, 4, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (visit, 5, g_rand_int_range (fill->rand, 0, 4) == 0 ? "家中老人身体尚好" : "", -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (visit, 6, g_rand_int_range (fill->rand, 0, 20) == 0);
      if (!step (fill->db, visit, error))
        return FALSE;
    }

  /* Must-visits: one household in fifty had an event; most were
   * visited within three days, some later, a few not yet. */
  for (guint e = 0; e < MAX (1u, n / 50); e++)
    {
      guint h = g_rand_int_range (fill->rand, 0, (gint32) n);
      guint raised = (guint) g_rand_int_range (fill->rand, 0, DEMO_DAYS);
      const char *event = cw_grid_must_visit_events[g_rand_int_range (fill->rand, 0, 5)];
      g_autofree char *raised_day = day_text (raised);
      guint late = (guint) g_rand_int_range (fill->rand, 0, 10);

      sqlite3_bind_int64 (must, 1, g_array_index (fill->households, gint64, h));
      sqlite3_bind_text (must, 2, event, -1, SQLITE_STATIC);
      sqlite3_bind_text (must, 3, raised_day, -1, SQLITE_TRANSIENT);
      if (late < 9 && raised + late < DEMO_DAYS)
        {
          g_autofree char *visit_day = day_text (raised + late / 2);

          sqlite3_bind_int64 (visit, 1, g_array_index (fill->households, gint64, h));
          sqlite3_bind_text (visit, 2, visit_day, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (visit, 3, g_ptr_array_index (fill->visitor_of, h), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (visit, 4, event, -1, SQLITE_STATIC);
          sqlite3_bind_text (visit, 5, "", -1, SQLITE_STATIC);
          sqlite3_bind_int (visit, 6, 0);
          if (!step (fill->db, visit, error))
            return FALSE;
          sqlite3_bind_int64 (must, 4, sqlite3_last_insert_rowid (cw_database_get_handle (fill->db)));
        }
      if (!step (fill->db, must, error))
        return FALSE;
    }

  /* The group grids are walked two or three days a week. */
  for (guint g = 0; g < fill->group_grids->len; g++)
    for (guint d = 0; d < DEMO_DAYS; d++)
      if (g_rand_int_range (fill->rand, 0, 7) < 2)
        {
          g_autofree char *day = day_text (d);

          sqlite3_bind_int64 (patrol, 1, g_array_index (fill->group_grids, gint64, g));
          sqlite3_bind_text (patrol, 2, day, -1, SQLITE_TRANSIENT);
          if (!step (fill->db, patrol, error))
            return FALSE;
        }
  return TRUE;
}

/* One request with the steps of the state it has reached. */
static gboolean
fill_requests (Fill    *fill,
               guint    n_requests,
               GError **error)
{
  g_autoptr(sqlite3_stmt) request = cw_database_prepare (fill->db,
    "INSERT INTO request (number, household_id, grid_id, is_wish, source, category, body, urgency, received_date, "
    " due_date, state, assigned_to, assigned_date, resolved_date, resolution, evaluation, evaluated_date, "
    " claimed_by, held_days, hold_since, hold_reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    error);
  g_autoptr(sqlite3_stmt) steps = cw_database_prepare (fill->db,
    "INSERT INTO request_step (request_id, kind, step_date, who, note) "
    "VALUES (last_insert_rowid(), ?1, ?2, ?3, ?4)", error);
  static const char * const urgency[] = { "blue", "blue", "blue", "yellow", "yellow", "red" };
  static const guint limit[] = { 7, 7, 7, 3, 3, 1 };
  guint n = fill->households->len;

  if (request == NULL || steps == NULL || n == 0)
    return request != NULL && steps != NULL;

  for (guint r = 0; r < n_requests; r++)
    {
      guint h = g_rand_int_range (fill->rand, 0, (gint32) n);
      guint u = g_rand_int_range (fill->rand, 0, G_N_ELEMENTS (urgency));
      guint c = g_rand_int_range (fill->rand, 0, G_N_ELEMENTS (categories));
      gboolean wish = g_rand_int_range (fill->rand, 0, 10) == 0;
      /* Spread over the year, the latest weeks the least settled. */
      guint received = (guint) g_rand_int_range (fill->rand, 0, DEMO_DAYS - 2);
      guint fate = g_rand_int_range (fill->rand, 0, 100);
      guint took = (guint) g_rand_int_range (fill->rand, 0, limit[u] * 2 + 1);
      const char *who = g_ptr_array_index (fill->visitor_of, h);
      g_autofree char *received_day = day_text (received);
      g_autofree char *due_day = day_text (received + limit[u]);
      g_autofree char *assigned_day = day_text (received + (took > 0 ? 1 : 0));
      g_autofree char *resolved_day = day_text (received + took);
      g_autofree char *evaluated_day = day_text (received + took + 2);
      gboolean assigned = fate >= 5, resolved = fate >= 20 && received + took + 3 < DEMO_DAYS;
      gboolean evaluated = resolved && fate >= 30, held = !resolved && fate < 8 && fate >= 5;
      const char *evaluation = fate >= 95 ? "basic" : fate >= 90 ? "dissatisfied" : fate >= 60 ? "basic" : "satisfied";

      sqlite3_bind_int64 (request, 1, r + 1);
      sqlite3_bind_int64 (request, 2, g_array_index (fill->households, gint64, h));
      sqlite3_bind_int64 (request, 3, g_array_index (fill->grid_of, gint64, h));
      sqlite3_bind_int (request, 4, wish);
      sqlite3_bind_text (request, 5, sources[g_rand_int_range (fill->rand, 0, G_N_ELEMENTS (sources))], -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (request, 6, wish ? "微心愿" : categories[c][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (request, 7, wish ? wishes[c % G_N_ELEMENTS (wishes)] : categories[c][1], -1, SQLITE_STATIC);
      sqlite3_bind_text (request, 8, urgency[u], -1, SQLITE_STATIC);
      sqlite3_bind_text (request, 9, received_day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (request, 10, due_day, -1, SQLITE_TRANSIENT);
      /* 不满意 sent it back: open again, its deadline as it was. */
      if (evaluated && g_str_equal (evaluation, "dissatisfied"))
        resolved = FALSE;
      sqlite3_bind_text (request, 11, evaluated && resolved ? "closed" : resolved ? "resolved"
                                      : assigned ? "assigned" : "received", -1, SQLITE_STATIC);
      sqlite3_bind_text (request, 12, assigned ? (wish ? who : "村委会") : "", -1, SQLITE_STATIC);
      if (assigned)
        sqlite3_bind_text (request, 13, assigned_day, -1, SQLITE_TRANSIENT);
      if (resolved)
        {
          sqlite3_bind_text (request, 14, resolved_day, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (request, 15, "已协调解决", -1, SQLITE_STATIC);
        }
      else
        sqlite3_bind_text (request, 15, "", -1, SQLITE_STATIC);
      if (evaluated)
        {
          sqlite3_bind_text (request, 16, evaluation, -1, SQLITE_STATIC);
          sqlite3_bind_text (request, 17, evaluated_day, -1, SQLITE_TRANSIENT);
        }
      sqlite3_bind_text (request, 18, wish && assigned ? who : "", -1, SQLITE_STATIC);
      sqlite3_bind_int (request, 19, 0);
      if (held)
        sqlite3_bind_text (request, 20, assigned_day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (request, 21, held ? "等上级批复" : "", -1, SQLITE_STATIC);
      if (!step (fill->db, request, error))
        return FALSE;

      sqlite3_bind_text (steps, 1, "receive", -1, SQLITE_STATIC);
      sqlite3_bind_text (steps, 2, received_day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (steps, 3, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (steps, 4, "", -1, SQLITE_STATIC);
      if (!step (fill->db, steps, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_demo_grids_fill (CwDatabase      *db,
                    GRand           *rand,
                    guint            requests,
                    guint            visits,
                    GError         **error)
{
  g_autoptr(sqlite3_stmt) grid = cw_database_prepare (db, "INSERT INTO grid (code, name, parent_id, level) "
                                                          "VALUES (?1, ?2, ?3, ?4)", error);
  g_autoptr(sqlite3_stmt) worker = cw_database_prepare (db, "INSERT INTO grid_worker (grid_id, role, person_id, "
                                                            "name, phone, since) VALUES (?1, 'head', ?2, ?3, "
                                                            "coalesce((SELECT phone FROM person WHERE id = ?2 AND "
                                                            "phone <> ''), ?4), '" DEMO_GRID_FROM "')", error);
  g_autoptr(sqlite3_stmt) place = cw_database_prepare (db, "INSERT INTO grid_household (household_id, grid_id, "
                                                           "from_date) VALUES (?1, ?2, '" DEMO_GRID_FROM "')",
                                                       error);
  g_autoptr(sqlite3_stmt) link = cw_database_prepare (db, "INSERT INTO party_link (person_id, household_id, "
                                                          "from_date) VALUES (?1, ?2, '" DEMO_GRID_FROM "')",
                                                      error);
  g_autoptr(GArray) households = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) grid_of = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) visitor_of = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) group_grids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Fill fill = { db, rand, grid, worker, place, link, households, grid_of, visitor_of, group_grids };

  if (grid == NULL || worker == NULL || place == NULL || link == NULL || !fill_tree (&fill, error))
    return FALSE;
  if (visits == 0)
    visits = households->len * 10;
  if (requests == 0)
    requests = 200;
  return fill_visits (&fill, visits, error) && fill_requests (&fill, requests, error);
}
