/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-tally"

#include "config.h"

#include <stdlib.h>
#include <string.h>

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

/* The tally is read in three streams, each in the order of its subjects'
 * ids, and merged here: the subjects with their names and groups, their
 * reviewed points by quarter (cache_point_total, kept by triggers, so a
 * million entries cost a few rows per subject) and, for households, what
 * they redeemed. Joined in SQL the totals needed a temporary index and the
 * rows a sort of joined text, three times the time; sorted here, a row is
 * compared by its numbers. ?1 is the period's first day. */
static const char household_subjects_sql[] =
  "SELECT h.id, h.number, coalesce(head.name, ''), g.id, g.name, g.position, "
  "       h.status = 'active' OR h.status_date >= ?1 "
  "FROM household h JOIN village_group g ON g.id = h.group_id "
  /* The one-head index makes this join a lookup per household. */
  "LEFT JOIN person head ON head.household_id = h.id AND head.relation = '户主' "
  "                     AND head.status IN ('active', 'migrant') "
  "ORDER BY h.id";

/* Party members, and anyone with party points (who may have left the party). */
static const char party_subjects_sql[] =
  "SELECT p.id, h.number, p.name, g.id, g.name, g.position, "
  "       p.political IN ('中共党员', '中共预备党员') AND (p.status IN ('active', 'migrant') OR p.status_date >= ?1) "
  "FROM person p JOIN household h ON h.id = p.household_id JOIN village_group g ON g.id = h.group_id "
  "WHERE p.political IN ('中共党员', '中共预备党员') "
  "   OR p.id IN (SELECT subject_id FROM cache_point_total WHERE scheme = 'party') "
  "ORDER BY p.id";

/* ?1 the scheme, ?2 the period's last quarter: in the key's order, no sort. */
static const char totals_sql[] =
  "SELECT subject_id, quarter, points FROM cache_point_total "
  "WHERE scheme = ?1 AND quarter <= ?2 ORDER BY subject_id";

/* ?1 the period's last day. */
static const char spent_sql[] =
  "SELECT household_id, sum(points) FROM shop_redemption "
  "WHERE NOT voided AND redeemed_on <= ?1 GROUP BY household_id ORDER BY household_id";

/* A tally row while it is being made. */
typedef struct
{
  CwPointTallyRow *row;
  gint64           group_id;
  gboolean         in_period;   /* any reviewed points in the period */
} Line;

static int
compare_points_descending (gconstpointer a,
                           gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x < y) - (x > y);
}

/* The office's ranking: equal points share a rank and the next rank skips
 * (1, 2, 2, 4) — a subject's rank is one more than the number of subjects
 * with more points. Lines come ordered by group and points, so the group
 * rank falls out of one pass; the village rank comes from the points
 * sorted once. */
static void
assign_ranks (GArray *lines)
{
  g_autofree gint64 *sorted = g_new (gint64, MAX (lines->len, 1));
  guint since_group_start = 0;

  for (guint i = 0; i < lines->len; i++)
    sorted[i] = g_array_index (lines, Line, i).row->quarter_points;
  qsort (sorted, lines->len, sizeof (gint64), compare_points_descending);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      CwPointTallyRow *row = line->row;
      CwPointTallyRow *previous = i > 0 ? g_array_index (lines, Line, i - 1).row : NULL;
      guint lo = 0, hi = lines->len;

      if (previous == NULL || line->group_id != g_array_index (lines, Line, i - 1).group_id)
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

/* By group (its position, then its id), points downwards, then 户号 and
 * name, as bytes: the order SQLite's ORDER BY gave. */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *x = a, *y = b;
  int order;

  if (x->row->group_position != y->row->group_position)
    return x->row->group_position < y->row->group_position ? -1 : 1;
  if (x->group_id != y->group_id)
    return x->group_id < y->group_id ? -1 : 1;
  if (x->row->quarter_points != y->row->quarter_points)
    return x->row->quarter_points > y->row->quarter_points ? -1 : 1;
  order = strcmp (x->row->number, y->row->number);
  return order != 0 ? order : strcmp (x->row->name, y->row->name);
}

static sqlite3_stmt *
prepare_stream (CwDatabase  *db,
                const char  *sql,
                const char  *first,
                const char  *second,
                GError     **error)
{
  sqlite3_stmt *stmt = cw_database_prepare (db, sql, error);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
      if (second != NULL)
        sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
    }
  return stmt;
}

/* Steps @stmt to its first row whose first column is @id or more; FALSE
 * when there is none. SQLITE_ROW in *@rc while it has rows. */
static gboolean
catch_up (sqlite3_stmt *stmt,
          int          *rc,
          gint64        id)
{
  while (*rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) < id)
    *rc = sqlite3_step (stmt);
  return *rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == id;
}

static GListModel *
tally (CwDatabase  *db,
       const char  *scheme,
       const char  *first_quarter,
       const char  *last_quarter,
       GError     **error)
{
  g_autoptr(sqlite3_stmt) subjects = NULL;
  g_autoptr(sqlite3_stmt) totals = NULL;
  g_autoptr(sqlite3_stmt) spent = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *year_first = cw_quarter_first_of_year (last_quarter);
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  gboolean party = g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0;
  int rc, totals_rc, spent_rc = SQLITE_DONE;
  GListStore *store;

  if (g_strcmp0 (scheme, CW_SCHEME_HOUSEHOLD) != 0 && !party)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not a points scheme."), scheme);
      return NULL;
    }
  cw_quarter_bounds (first_quarter, &first_day, NULL);
  cw_quarter_bounds (last_quarter, NULL, &last_day);

  subjects = prepare_stream (db, party ? party_subjects_sql : household_subjects_sql, first_day, NULL, error);
  totals = prepare_stream (db, totals_sql, scheme, last_quarter, error);
  if (!party)
    spent = prepare_stream (db, spent_sql, last_day, NULL, error);
  if (subjects == NULL || totals == NULL || (!party && spent == NULL))
    return NULL;

  totals_rc = sqlite3_step (totals);
  if (!party)
    spent_rc = sqlite3_step (spent);
  while ((rc = sqlite3_step (subjects)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (subjects, 0);
      gboolean eligible = sqlite3_column_int (subjects, 6);
      gint64 period = 0, year = 0, earned = 0;
      gboolean in_period = FALSE;
      Line line = { 0 };
      CwPointTallyRow *row;

      for (gboolean found = catch_up (totals, &totals_rc, id); found;
           found = (totals_rc = sqlite3_step (totals)) == SQLITE_ROW && sqlite3_column_int64 (totals, 0) == id)
        {
          const char *quarter = (const char *) sqlite3_column_text (totals, 1);
          gint64 points = sqlite3_column_int64 (totals, 2);

          earned += points;
          if (strcmp (quarter, year_first) >= 0)
            year += points;
          if (strcmp (quarter, first_quarter) >= 0)
            {
              period += points;
              in_period = TRUE;
            }
        }
      if (!party && catch_up (spent, &spent_rc, id))
        earned -= sqlite3_column_int64 (spent, 1);
      if (!eligible && !in_period)
        continue;

      row = g_object_new (CW_TYPE_POINT_TALLY_ROW, NULL);
      row->subject_id = id;
      row->number = g_strdup ((const char *) sqlite3_column_text (subjects, 1));
      row->name = g_strdup ((const char *) sqlite3_column_text (subjects, 2));
      row->group_name = g_strdup ((const char *) sqlite3_column_text (subjects, 4));
      row->group_position = sqlite3_column_int (subjects, 5);
      row->quarter_points = period;
      row->year_points = year;
      row->balance = earned;
      line.row = row;
      line.group_id = sqlite3_column_int64 (subjects, 3);
      line.in_period = in_period;
      g_array_append_val (lines, line);
    }
  if (rc != SQLITE_DONE || (totals_rc != SQLITE_DONE && totals_rc != SQLITE_ROW) ||
      (spent_rc != SQLITE_DONE && spent_rc != SQLITE_ROW))
    {
      cw_database_fail (db, error);
      for (guint i = 0; i < lines->len; i++)
        g_object_unref (g_array_index (lines, Line, i).row);
      return NULL;
    }

  g_array_sort (lines, compare_lines);
  assign_ranks (lines);

  rows = g_ptr_array_new_full (lines->len, g_object_unref);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (rows, g_array_index (lines, Line, i).row);
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

gboolean
cw_point_tally_total (CwDatabase  *db,
                      const char  *scheme,
                      const char  *quarter,
                      gint64      *total,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT coalesce(sum(points), 0) FROM cache_point_total "
                             "WHERE scheme = ? AND quarter = ?", error);

  *total = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, quarter, -1, SQLITE_STATIC);
  /* A sum always has its row: anything else is a failed read. */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *total = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}
