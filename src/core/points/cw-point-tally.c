/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-tally"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"

enum {
  PROP_0,
  PROP_SUBJECT_ID,
  PROP_NUMBER,
  PROP_NAME,
  PROP_GROUP_NAME,
  PROP_GROUP_POSITION,
  PROP_QUARTER_POINTS,
  PROP_YEAR_POINTS,
  PROP_BALANCE,
  PROP_RANK,
  PROP_GROUP_RANK,
  N_PROPS
};

struct _CwPointTallyRow
{
  GObject  parent_instance;

  gint64   subject_id;
  char    *number;
  char    *name;
  char    *group_name;
  int      group_position;
  gint64   quarter_points;
  gint64   year_points;
  gint64   balance;
  int      rank;
  int      group_rank;
};

G_DEFINE_FINAL_TYPE (CwPointTallyRow, cw_point_tally_row, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_point_tally_row_finalize (GObject *object)
{
  CwPointTallyRow *self = (CwPointTallyRow *)object;

  g_free (self->number);
  g_free (self->name);
  g_free (self->group_name);

  G_OBJECT_CLASS (cw_point_tally_row_parent_class)->finalize (object);
}

static void
cw_point_tally_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwPointTallyRow *self = CW_POINT_TALLY_ROW (object);

  switch (prop_id)
    {
    case PROP_SUBJECT_ID: g_value_set_int64 (value, self->subject_id); break;
    case PROP_NUMBER: g_value_set_string (value, self->number); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_GROUP_NAME: g_value_set_string (value, self->group_name); break;
    case PROP_GROUP_POSITION: g_value_set_int (value, self->group_position); break;
    case PROP_QUARTER_POINTS: g_value_set_int64 (value, self->quarter_points); break;
    case PROP_YEAR_POINTS: g_value_set_int64 (value, self->year_points); break;
    case PROP_BALANCE: g_value_set_int64 (value, self->balance); break;
    case PROP_RANK: g_value_set_int (value, self->rank); break;
    case PROP_GROUP_RANK: g_value_set_int (value, self->group_rank); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_point_tally_row_class_init (CwPointTallyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_point_tally_row_finalize;
  object_class->get_property = cw_point_tally_row_get_property;

  properties[PROP_SUBJECT_ID] = g_param_spec_int64 ("subject-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", ro);
  properties[PROP_GROUP_NAME] = g_param_spec_string ("group-name", NULL, NULL, "", ro);
  properties[PROP_GROUP_POSITION] = g_param_spec_int ("group-position", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  properties[PROP_QUARTER_POINTS] = g_param_spec_int64 ("quarter-points", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_YEAR_POINTS] = g_param_spec_int64 ("year-points", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_BALANCE] = g_param_spec_int64 ("balance", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_RANK] = g_param_spec_int ("rank", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_GROUP_RANK] = g_param_spec_int ("group-rank", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_point_tally_row_init (CwPointTallyRow *self)
{
}

gint64 cw_point_tally_row_get_subject_id (CwPointTallyRow *self) { return self->subject_id; }
const char *cw_point_tally_row_get_number (CwPointTallyRow *self) { return self->number; }
const char *cw_point_tally_row_get_name (CwPointTallyRow *self) { return self->name; }
const char *cw_point_tally_row_get_group_name (CwPointTallyRow *self) { return self->group_name; }
int cw_point_tally_row_get_group_position (CwPointTallyRow *self) { return self->group_position; }
gint64 cw_point_tally_row_get_quarter_points (CwPointTallyRow *self) { return self->quarter_points; }
gint64 cw_point_tally_row_get_year_points (CwPointTallyRow *self) { return self->year_points; }
gint64 cw_point_tally_row_get_balance (CwPointTallyRow *self) { return self->balance; }
int cw_point_tally_row_get_rank (CwPointTallyRow *self) { return self->rank; }
int cw_point_tally_row_get_group_rank (CwPointTallyRow *self) { return self->group_rank; }

/* Sums come from cache_point_total (reviewed points per subject and
 * quarter, kept by triggers), so a million entries cost a few thousand
 * rows here. ?1 is the period's last quarter, ?2 its first (the same for a
 * quarter, Q1 for a year), ?3 Q1 of the year, ?4 the period's last day and
 * ?5 its first. Ranks are counted in C (see assign_ranks()): SQL's window
 * functions would sort 30 000 rows twice more and triple the time. */
#define TALLY_TOTALS \
  "WITH t AS (SELECT subject_id, " \
  "                  sum(points) FILTER (WHERE quarter BETWEEN ?2 AND ?1) AS period, " \
  "                  sum(points) FILTER (WHERE quarter BETWEEN ?3 AND ?1) AS year, " \
  "                  sum(points) FILTER (WHERE quarter <= ?1) AS earned " \
  "           FROM cache_point_total WHERE scheme = ?6 AND quarter <= ?1 GROUP BY subject_id), "

static const char household_sql[] =
  TALLY_TOTALS
  "spent AS (SELECT household_id, sum(points) AS points FROM shop_redemption "
  "          WHERE NOT voided AND redeemed_on <= ?4 GROUP BY household_id), "
  "base AS (SELECT h.id, h.number, coalesce(head.name, '') AS name, "
  "                g.id AS gid, g.name AS gname, g.position AS gpos, "
  "                coalesce(t.period, 0) AS period, coalesce(t.year, 0) AS year, "
  "                coalesce(t.earned, 0) - coalesce(spent.points, 0) AS balance "
  "         FROM household h JOIN village_group g ON g.id = h.group_id "
  /* The one-head index makes this join a lookup per household. */
  "         LEFT JOIN person head ON head.household_id = h.id AND head.relation = '户主' "
  "                               AND head.status IN ('active', 'migrant') "
  "         LEFT JOIN t ON t.subject_id = h.id LEFT JOIN spent ON spent.household_id = h.id "
  "         WHERE h.status = 'active' OR h.status_date >= ?5 OR t.period IS NOT NULL) "
  "SELECT id, number, name, gname, gpos, period, year, balance, gid "
  "FROM base ORDER BY gpos, gid, period DESC, number";

static const char party_sql[] =
  TALLY_TOTALS
  "base AS (SELECT p.id, h.number, p.name, g.id AS gid, g.name AS gname, g.position AS gpos, "
  "                coalesce(t.period, 0) AS period, coalesce(t.year, 0) AS year, "
  "                coalesce(t.earned, 0) AS balance "
  "         FROM person p JOIN household h ON h.id = p.household_id "
  "         JOIN village_group g ON g.id = h.group_id LEFT JOIN t ON t.subject_id = p.id "
  "         WHERE (p.political IN ('中共党员', '中共预备党员') AND "
  "                (p.status IN ('active', 'migrant') OR p.status_date >= ?5)) "
  "            OR t.period IS NOT NULL) "
  "SELECT id, number, name, gname, gpos, period, year, balance, gid "
  "FROM base ORDER BY gpos, gid, period DESC, number, name";

static int
compare_points_descending (gconstpointer a,
                           gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x < y) - (x > y);
}

/* The office's ranking: equal points share a rank and the next rank skips
 * (1, 2, 2, 4) — a subject's rank is one more than the number of subjects
 * with more points. Rows arrive ordered by group and points, so the group
 * rank falls out of one pass; the village rank comes from the points
 * sorted once. */
static void
assign_ranks (GPtrArray *rows,
              GArray    *group_ids)
{
  g_autofree gint64 *sorted = g_new (gint64, MAX (rows->len, 1));
  guint since_group_start = 0;

  for (guint i = 0; i < rows->len; i++)
    sorted[i] = ((CwPointTallyRow *) g_ptr_array_index (rows, i))->quarter_points;
  qsort (sorted, rows->len, sizeof (gint64), compare_points_descending);

  for (guint i = 0; i < rows->len; i++)
    {
      CwPointTallyRow *row = g_ptr_array_index (rows, i);
      CwPointTallyRow *previous = i > 0 ? g_ptr_array_index (rows, i - 1) : NULL;
      guint lo = 0, hi = rows->len;

      if (previous == NULL || g_array_index (group_ids, gint64, i) != g_array_index (group_ids, gint64, i - 1))
        since_group_start = 0;
      if (since_group_start > 0 && previous->quarter_points == row->quarter_points)
        row->group_rank = previous->group_rank;
      else
        row->group_rank = (int) since_group_start + 1;
      since_group_start++;

      /* The first position holding these points, by binary search. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          if (sorted[mid] > row->quarter_points)
            lo = mid + 1;
          else
            hi = mid;
        }
      row->rank = (int) lo + 1;
    }
}

static GListModel *
tally (CwDatabase  *db,
       const char  *scheme,
       const char  *first_quarter,
       const char  *last_quarter,
       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *year_first = cw_quarter_first_of_year (last_quarter);
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  GListStore *store;
  int rc;

  if (g_strcmp0 (scheme, CW_SCHEME_HOUSEHOLD) != 0 && g_strcmp0 (scheme, CW_SCHEME_PARTY) != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not a points scheme."), scheme);
      return NULL;
    }
  cw_quarter_bounds (first_quarter, &first_day, NULL);
  cw_quarter_bounds (last_quarter, NULL, &last_day);

  stmt = cw_database_prepare (db, g_str_equal (scheme, CW_SCHEME_PARTY) ? party_sql : household_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, last_quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first_quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, year_first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, last_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, first_day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, scheme, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwPointTallyRow *row = g_object_new (CW_TYPE_POINT_TALLY_ROW, NULL);

      row->subject_id = sqlite3_column_int64 (stmt, 0);
      row->number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->group_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      row->group_position = sqlite3_column_int (stmt, 4);
      row->quarter_points = sqlite3_column_int64 (stmt, 5);
      row->year_points = sqlite3_column_int64 (stmt, 6);
      row->balance = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (rows, row);
      {
        gint64 group_id = sqlite3_column_int64 (stmt, 8);
        g_array_append_val (group_ids, group_id);
      }
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  assign_ranks (rows, group_ids);

  store = g_list_store_new (CW_TYPE_POINT_TALLY_ROW);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

GListModel *
cw_point_tally_quarter (CwDatabase  *db,
                        const char  *scheme,
                        const char  *quarter,
                        GError     **error)
{
  g_autofree char *canonical = NULL;

  if (!cw_quarter_parse (quarter, &canonical, error))
    return NULL;
  return tally (db, scheme, canonical, canonical, error);
}

GListModel *
cw_point_tally_year (CwDatabase  *db,
                     const char  *scheme,
                     int          year,
                     GError     **error)
{
  g_autofree char *first = g_strdup_printf ("%04dQ1", year);
  g_autofree char *last = g_strdup_printf ("%04dQ4", year);

  return tally (db, scheme, first, last, error);
}

gint64
cw_point_tally_total (CwDatabase *db,
                      const char *scheme,
                      const char *quarter)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT coalesce(sum(points), 0) FROM cache_point_total "
                             "WHERE scheme = ? AND quarter = ?", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quarter, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
