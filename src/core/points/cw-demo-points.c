/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/village/cw-demo-private.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"

/* What a household must have for a rule to be about it: nobody is
 * praised as a good daughter-in-law where there is none. */
enum {
  NEEDS_ELDER = 1 << 0,          /* a member 60 or older */
  NEEDS_SCHOOL_CHILD = 1 << 1,   /* a member 6 to 15 */
  NEEDS_DAUGHTER_IN_LAW = 1 << 2,
};

/* A rule book as villages publish them (加减分细则), by category. */
static const struct {
  const char *code, *scheme, *category, *description, *unit;
  int points, cap;
  guint needs;
} demo_rules[] = {
  { "HJ01", "household", "人居环境", "庭院整洁，落实门前三包", "次", 5, 15 },
  { "HJ02", "household", "人居环境", "参加环境整治义务劳动", "次", 3, 12 },
  { "HJ03", "household", "人居环境", "垃圾分类投放到位", "次", 2, 6 },
  { "HJ04", "household", "人居环境", "乱堆乱放、乱倒垃圾", "次", -5, 0 },
  { "HJ05", "household", "人居环境", "评为“美丽庭院”", "次", 10, 10 },
  { "GG01", "household", "公共设施", "爱护公共设施，主动报修", "次", 2, 6 },
  { "GG02", "household", "公共设施", "损坏公共设施", "次", -10, 0 },
  { "GG03", "household", "公共设施", "参与修路修渠投工投劳", "天", 5, 20 },
  { "JT01", "household", "家庭美德", "孝老爱亲，赡养老人", "次", 5, 10, NEEDS_ELDER },
  { "JT02", "household", "家庭美德", "邻里和睦，主动化解纠纷", "次", 3, 9 },
  { "JT03", "household", "家庭美德", "评为“好媳妇”“好婆婆”", "次", 10, 10, NEEDS_DAUGHTER_IN_LAW },
  { "JT04", "household", "家庭美德", "不赡养老人经查实", "次", -20, 0, NEEDS_ELDER },
  { "YF01", "household", "移风易俗", "红白喜事简办", "次", 5, 10 },
  { "YF02", "household", "移风易俗", "大操大办、铺张浪费", "次", -10, 0 },
  { "YF03", "household", "移风易俗", "参与反对封建迷信宣传", "次", 2, 6 },
  { "YF04", "household", "移风易俗", "索要高额彩礼", "次", -10, 0 },
  { "XY01", "household", "兴业致富", "发展特色种养", "项", 5, 10 },
  { "XY02", "household", "兴业致富", "带动邻里就业", "人", 5, 20 },
  { "XY03", "household", "兴业致富", "参加技能培训", "次", 2, 6 },
  { "ZY01", "household", "志愿服务", "参加志愿服务", "小时", 2, 20 },
  { "ZY02", "household", "志愿服务", "防汛抗旱、森林防火值守", "次", 5, 15 },
  { "ZY03", "household", "志愿服务", "无偿献血", "次", 5, 5 },
  { "ZF01", "household", "遵纪守法", "违反村规民约", "次", -5, 0 },
  { "ZF02", "household", "遵纪守法", "违法违规受到处理", "次", -20, 0 },
  { "ZF03", "household", "遵纪守法", "按时缴纳医保", "次", 2, 2 },
  { "ZF04", "household", "遵纪守法", "适龄子女按时入学", "人", 2, 4, NEEDS_SCHOOL_CHILD },
  { "DY01", "party", "组织生活", "按时参加组织生活", "次", 2, 6 },
  { "DY02", "party", "组织生活", "按时足额交纳党费", "次", 2, 2 },
  { "DY03", "party", "联系群众", "联系服务群众、帮办实事", "件", 3, 15 },
  { "DY04", "party", "先锋作用", "带头参加志愿服务", "次", 3, 12 },
  { "DY05", "party", "组织生活", "无故缺席组织生活", "次", -3, 0 },
};

static const struct {
  const char *name, *unit;
  int price, stock;
} demo_goods[] = {
  { "洗洁精", "瓶", 15, 120 }, { "洗衣粉", "袋", 20, 150 }, { "牙膏", "支", 10, 200 },
  { "毛巾", "条", 12, 150 }, { "洗脸盆", "个", 30, 60 }, { "酱油", "瓶", 15, 100 },
  { "食用油", "桶", 60, 40 }, { "大米", "袋", 50, 40 },
};

static const char *demo_quarters[] = {
  "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4",
};

/* The demo's "today": entries stop the day before, and 2026Q4's are still
 * waiting for review, as they would be in November. */
#define DEMO_LAST_DAY "2026-10-31"
#define DEMO_PUBLISHED "2026Q3"

static char *
random_day (GRand      *rand,
            const char *quarter)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate day, end;

  cw_quarter_bounds (quarter, &first, &last);
  if (g_strcmp0 (last, DEMO_LAST_DAY) > 0)
    {
      g_free (last);
      last = g_strdup (DEMO_LAST_DAY);
    }
  g_date_clear (&day, 1);
  g_date_clear (&end, 1);
  g_date_set_parse (&day, first);
  g_date_set_parse (&end, last);
  g_date_add_days (&day, (guint) g_rand_int_range (rand, 0, g_date_days_between (&day, &end) + 1));
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

/* Entries go in by one prepared statement: at township scale the demo
 * writes a million of them. They are valid by construction — each rule at
 * most once per subject and quarter, within its cap — which is what
 * cw_point_entry_add() would check one by one. */
static gboolean
add_entries (CwDatabase      *db,
             GRand           *rand,
             GArray          *subjects,
             GArray          *shapes,
             const char      *scheme,
             const gint64    *rule_ids,
             guint            target,
             CwDemoProgress  *progress,
             guint            steps,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) insert =
    cw_database_prepare (db,
                         "INSERT INTO point_entry (scheme, household_id, person_id, rule_id, entry_date, "
                         "quarter, quantity, points, note, recorded_by, state, reviewed_by, reviewed_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', '网格员', ?9, ?10, ?11)",
                         error);
  guint rules[G_N_ELEMENTS (demo_rules)], n_rules = 0;
  guint per_subject_quarter;
  guint written = 0;

  if (insert == NULL)
    return FALSE;
  for (guint r = 0; r < G_N_ELEMENTS (demo_rules); r++)
    if (g_str_equal (demo_rules[r].scheme, scheme))
      rules[n_rules++] = r;
  if (subjects->len == 0)
    return cw_demo_step (progress, steps, error);
  per_subject_quarter = MAX (1, (target + subjects->len * 8 - 1) / (subjects->len * 8));
  per_subject_quarter = MIN (per_subject_quarter, n_rules);

  for (guint q = 0; q < G_N_ELEMENTS (demo_quarters); q++)
    {
      /* This quarter's share of the steps. */
      guint share = steps * (q + 1) / G_N_ELEMENTS (demo_quarters) - steps * q / G_N_ELEMENTS (demo_quarters);

      for (guint s = 0; s < subjects->len && written < target; s++)
        {
          /* A different rule for each entry of the quarter, mostly good conduct. */
          guint start = (guint) g_rand_int_range (rand, 0, (gint32) n_rules);
          guint count = (guint) g_rand_int_range (rand, MAX (1, (gint32) per_subject_quarter - 1),
                                                  (gint32) per_subject_quarter + 2);

          guint made = 0;

          for (guint k = 0; k < n_rules && made < count && written < target; k++)
            {
              guint r = rules[(start + k * 7) % n_rules];
              int quantity = 1, points;
              g_autofree char *day = NULL;
              gboolean pending;

              if ((demo_rules[r].needs & (shapes != NULL ? g_array_index (shapes, guint, s) : 0)) !=
                  demo_rules[r].needs)
                continue;
              if (demo_rules[r].points < 0 && g_rand_double (rand) > 0.15)
                continue;
              if (demo_rules[r].cap > 0)
                quantity = g_rand_int_range (rand, 1, demo_rules[r].cap / ABS (demo_rules[r].points) + 1);
              else if (demo_rules[r].points > 0)
                quantity = g_rand_int_range (rand, 1, 4);
              points = demo_rules[r].points * quantity;
              day = random_day (rand, demo_quarters[q]);
              pending = g_str_equal (demo_quarters[q], "2026Q4") && g_rand_double (rand) < 0.8;

              sqlite3_reset (insert);
              sqlite3_clear_bindings (insert);
              sqlite3_bind_text (insert, 1, scheme, -1, SQLITE_STATIC);
              sqlite3_bind_int64 (insert, g_str_equal (scheme, CW_SCHEME_PARTY) ? 3 : 2,
                                  g_array_index (subjects, gint64, s));
              sqlite3_bind_int64 (insert, 4, rule_ids[r]);
              sqlite3_bind_text (insert, 5, day, -1, SQLITE_STATIC);
              sqlite3_bind_text (insert, 6, demo_quarters[q], -1, SQLITE_STATIC);
              sqlite3_bind_int (insert, 7, quantity);
              sqlite3_bind_int (insert, 8, points);
              sqlite3_bind_text (insert, 9, pending ? CW_POINT_STATE_PENDING : CW_POINT_STATE_REVIEWED, -1, SQLITE_STATIC);
              if (!pending)
                {
                  sqlite3_bind_text (insert, 10, "村委会", -1, SQLITE_STATIC);
                  sqlite3_bind_text (insert, 11, day, -1, SQLITE_STATIC);
                }
              if (!cw_database_step_done (db, insert, error))
                return FALSE;
              written++;
              made++;
            }
        }
      if (!cw_demo_step (progress, share, error))
        return FALSE;
    }
  return TRUE;
}

static GArray *
ids_of (CwDatabase *db,
        const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return ids;
}

/* The registered households, and what each has that rules need (the
 * demo's day is 2026-11-01). */
static GArray *
households_with_shapes (CwDatabase  *db,
                        GArray     **shapes)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT h.id, "
                         "       coalesce(max(p.birth_date <= '1966-11-01'), 0), "
                         "       coalesce(max(p.birth_date > '2010-11-01' AND p.birth_date <= '2020-11-01'), 0), "
                         "       coalesce(max(p.relation = '儿媳'), 0) "
                         "FROM household h LEFT JOIN person p ON p.household_id = h.id "
                         "     AND p.status IN ('active', 'migrant') "
                         "WHERE h.status = 'active' GROUP BY h.id ORDER BY h.id",
                         NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  *shapes = g_array_new (FALSE, FALSE, sizeof (guint));
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint shape = (sqlite3_column_int (stmt, 1) ? NEEDS_ELDER : 0) |
                    (sqlite3_column_int (stmt, 2) ? NEEDS_SCHOOL_CHILD : 0) |
                    (sqlite3_column_int (stmt, 3) ? NEEDS_DAUGHTER_IN_LAW : 0);

      g_array_append_val (ids, id);
      g_array_append_val (*shapes, shape);
    }
  return ids;
}

gboolean
cw_demo_points_fill (CwDatabase      *db,
                     GRand           *rand,
                     guint            entries,
                     CwDemoProgress  *progress,
                     guint            steps,
                     GError         **error)
{
  gint64 rule_ids[G_N_ELEMENTS (demo_rules)];
  gint64 goods_ids[G_N_ELEMENTS (demo_goods)];
  g_autoptr(GArray) shapes = NULL;
  g_autoptr(GArray) households = households_with_shapes (db, &shapes);
  g_autoptr(GArray) members = ids_of (db, "SELECT id FROM person WHERE political = '中共党员' "
                                          "AND status IN ('active', 'migrant') ORDER BY id");
  guint party_entries;
  gint64 voided = 0;

  for (guint r = 0; r < G_N_ELEMENTS (demo_rules); r++)
    {
      g_autoptr(CwPointRule) rule =
        g_object_new (CW_TYPE_POINT_RULE,
                      "code", demo_rules[r].code, "scheme", demo_rules[r].scheme,
                      "category", demo_rules[r].category, "description", demo_rules[r].description,
                      "points", demo_rules[r].points, "unit", demo_rules[r].unit,
                      "quarter-cap", demo_rules[r].cap, NULL);
      if (!cw_point_rule_add (db, rule, error))
        return FALSE;
      rule_ids[r] = cw_point_rule_get_id (rule);
    }

  if (entries == 0)
    entries = households->len * 24;
  party_entries = MIN (entries / 20, members->len * 16);
  /* The entries take about half the time, the counter the rest. */
  if (!add_entries (db, rand, households, shapes, CW_SCHEME_HOUSEHOLD, rule_ids, entries - party_entries,
                    progress, steps / 2, error) ||
      !add_entries (db, rand, members, NULL, CW_SCHEME_PARTY, rule_ids, party_entries, progress, 0, error))
    return FALSE;

  for (guint g = 0; g < G_N_ELEMENTS (demo_goods); g++)
    {
      g_autoptr(CwShopGoods) goods = cw_shop_goods_save (db, demo_goods[g].name, demo_goods[g].unit,
                                                         demo_goods[g].price, error);
      if (goods == NULL ||
          !cw_shop_goods_stock_in (db, cw_shop_goods_get_id (goods),
                                   demo_goods[g].stock * (int) MAX (1, households->len / 450),
                                   "2025-01-05", "乡镇配送", error))
        return FALSE;
      goods_ids[g] = cw_shop_goods_get_id (goods);
    }

  /* About a third of the households come to the counter; the counter's
   * own rules (balance, stock) decide, exactly as for the clerk. */
  for (guint i = 0; i < households->len; i += 3)
    {
      gint64 household = g_array_index (households, gint64, i);
      CwShopLine lines[2] = {
        { goods_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (demo_goods))], g_rand_int_range (rand, 1, 3) },
        { goods_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (demo_goods))], 1 },
      };
      const char *days[] = { "2025-12-20", "2026-04-18", "2026-09-26" };
      g_autoptr(GError) refused = NULL;
      gint64 id = cw_shop_redeem (db, household, lines, 1 + (i % 2), days[i % 3], &refused);

      /* A refusal (not enough points yet) is part of shop life, not an error. */
      if (id == 0 && !g_error_matches (refused, CW_ERROR, CW_ERROR_REFUSED))
        {
          g_propagate_error (error, g_steal_pointer (&refused));
          return FALSE;
        }
      if (id != 0 && voided == 0)
        voided = id;
      if (!cw_demo_step (progress, (steps - steps / 2) * MIN (i + 3, households->len) / MAX (households->len, 1) -
                                   (steps - steps / 2) * i / MAX (households->len, 1), error))
        return FALSE;
    }
  if (voided != 0 && !cw_shop_void (db, voided, "拿错商品，已退回", error))
    return FALSE;

  return cw_point_quarter_publish (db, DEMO_PUBLISHED, "2026-10-08", "2026-10-14", error);
}
