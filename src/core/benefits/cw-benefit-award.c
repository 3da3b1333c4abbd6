/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-award"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"
#include "core/village/cw-settings.h"

struct _CwAward
{
  GObject  parent_instance;

  gint64   id;
  int      year;
  gint64   household_id;
  int      group_position;
  int      stars;
  gint64   amount;
  gint64   points;
  gint64   ledger_entry;
  /* Strings, in the order of text_names[]. */
  char    *kind;
  char    *household_number;
  char    *head_name;
  char    *group_name;
  char    *criteria;
  char    *decided_on;
  char    *state;
  char    *state_date;
  char    *state_reason;
  char    *reviewed_on;
  char    *reviewed_by;
  char    *representatives_on;
  char    *paid_on;
  char    *paid_by;
  char    *in_kind;
};

G_DEFINE_FINAL_TYPE (CwAward, cw_award, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_YEAR,
  PROP_HOUSEHOLD_ID,
  PROP_GROUP_POSITION,
  PROP_STARS,
  PROP_AMOUNT,
  PROP_POINTS,
  PROP_LEDGER_ENTRY,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + 15
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "kind", "household-number", "head-name", "group-name", "criteria", "decided-on",
  "state", "state-date", "state-reason", "reviewed-on", "reviewed-by", "representatives-on", "paid-on", "paid-by",
  "in-kind",
};

const char *
cw_award_kind_for (const char *text)
{
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");

  if (g_str_equal (clean, CW_AWARD_CIVILIZED) || g_str_equal (clean, "文明卫生户") ||
      g_str_equal (clean, cw_award_kind_label (CW_AWARD_CIVILIZED)))
    return CW_AWARD_CIVILIZED;
  if (g_str_equal (clean, CW_AWARD_STARS) || g_str_equal (clean, "星级文明户") ||
      g_str_equal (clean, cw_award_kind_label (CW_AWARD_STARS)))
    return CW_AWARD_STARS;
  return NULL;
}

const char *
cw_award_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, CW_AWARD_CIVILIZED) == 0)
    return _("Civilized and Clean Household");
  if (g_strcmp0 (kind, CW_AWARD_STARS) == 0)
    return _("Star-Rated Civilized Household");
  return kind;
}

const char *
cw_award_kind_record_name (const char *kind)
{
  if (g_strcmp0 (kind, CW_AWARD_CIVILIZED) == 0)
    return "文明卫生户";
  if (g_strcmp0 (kind, CW_AWARD_STARS) == 0)
    return "星级文明户";
  return kind;
}

static char **
text_field (CwAward *self,
            guint    prop_id)
{
  char **fields[] = {
    &self->kind, &self->household_number, &self->head_name, &self->group_name, &self->criteria,
    &self->decided_on, &self->state, &self->state_date, &self->state_reason, &self->reviewed_on,
    &self->reviewed_by, &self->representatives_on, &self->paid_on, &self->paid_by, &self->in_kind,
  };

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    return fields[prop_id - PROP_FIRST_TEXT];
  return NULL;
}

static void
cw_award_finalize (GObject *object)
{
  CwAward *self = (CwAward *)object;

  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    g_free (*text_field (self, p));

  G_OBJECT_CLASS (cw_award_parent_class)->finalize (object);
}

static void
cw_award_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CwAward *self = CW_AWARD (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    g_value_set_string (value, *text);
  else switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KEY: g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT, self->id)); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_HOUSEHOLD_ID: g_value_set_int64 (value, self->household_id); break;
    case PROP_GROUP_POSITION: g_value_set_int (value, self->group_position); break;
    case PROP_STARS: g_value_set_int (value, self->stars); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_POINTS: g_value_set_int64 (value, self->points); break;
    case PROP_LEDGER_ENTRY: g_value_set_int64 (value, self->ledger_entry); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_award_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CwAward *self = CW_AWARD (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    {
      g_free (*text);
      *text = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
    }
  else switch (prop_id)
    {
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_STARS: self->stars = g_value_get_int (value); break;
    case PROP_AMOUNT: self->amount = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_award_class_init (CwAwardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_award_finalize;
  object_class->get_property = cw_award_get_property;
  object_class->set_property = cw_award_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", ro);
  /* What an editor sets is any figure: core refuses a wrong one in words. */
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_HOUSEHOLD_ID] = g_param_spec_int64 ("household-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_GROUP_POSITION] = g_param_spec_int ("group-position", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  properties[PROP_STARS] = g_param_spec_int ("stars", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_POINTS] = g_param_spec_int64 ("points", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_LEDGER_ENTRY] = g_param_spec_int64 ("ledger-entry", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /* kind, household-number, criteria, decided-on and in-kind are what an
   * editor sets; the rest is read. */
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    properties[p] = g_param_spec_string (text_names[p - PROP_FIRST_TEXT], NULL, NULL, "",
                                         p <= PROP_FIRST_TEXT + 1 || p == PROP_FIRST_TEXT + 4 ||
                                         p == PROP_FIRST_TEXT + 5 || p == N_PROPS - 1 ? rw : ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_award_init (CwAward *self)
{
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    *text_field (self, p) = g_strdup ("");
}

CwAward *
cw_award_new (const char *kind,
              int         year)
{
  return g_object_new (CW_TYPE_AWARD, "kind", kind, "year", year,
                       "stars", g_strcmp0 (kind, CW_AWARD_STARS) == 0 ? 5 : 0, NULL);
}

CwAward *
cw_award_copy (CwAward *self)
{
  CwAward *copy = g_object_new (CW_TYPE_AWARD, NULL);

  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    {
      g_free (*text_field (copy, p));
      *text_field (copy, p) = g_strdup (*text_field (self, p));
    }
  copy->id = self->id;
  copy->year = self->year;
  copy->household_id = self->household_id;
  copy->group_position = self->group_position;
  copy->stars = self->stars;
  copy->amount = self->amount;
  copy->points = self->points;
  copy->ledger_entry = self->ledger_entry;
  return copy;
}

gint64 cw_award_get_id (CwAward *self) { return self->id; }
const char *cw_award_get_kind (CwAward *self) { return self->kind; }
int cw_award_get_year (CwAward *self) { return self->year; }
const char *cw_award_get_household_number (CwAward *self) { return self->household_number; }
const char *cw_award_get_head_name (CwAward *self) { return self->head_name; }
const char *cw_award_get_group_name (CwAward *self) { return self->group_name; }
int cw_award_get_stars (CwAward *self) { return self->stars; }
const char *cw_award_get_criteria (CwAward *self) { return self->criteria; }
gint64 cw_award_get_amount (CwAward *self) { return self->amount; }
const char *cw_award_get_decided_on (CwAward *self) { return self->decided_on; }
const char *cw_award_get_state (CwAward *self) { return self->state; }
gint64 cw_award_get_points (CwAward *self) { return self->points; }
const char *cw_award_get_reviewed_on (CwAward *self) { return self->reviewed_on; }
const char *cw_award_get_reviewed_by (CwAward *self) { return self->reviewed_by; }
const char *cw_award_get_representatives_on (CwAward *self) { return self->representatives_on; }
const char *cw_award_get_paid_on (CwAward *self) { return self->paid_on; }
const char *cw_award_get_paid_by (CwAward *self) { return self->paid_by; }
gint64 cw_award_get_ledger_entry (CwAward *self) { return self->ledger_entry; }
const char *cw_award_get_in_kind (CwAward *self) { return self->in_kind; }

char *
cw_award_prize_text (CwAward *self)
{
  g_autofree char *money = self->amount > 0 ? cw_money_format (self->amount) : NULL;

  if (money != NULL && self->in_kind[0] != '\0')
    return g_strdup_printf ("¥%s + %s", money, self->in_kind);
  if (money != NULL)
    return g_strdup_printf ("¥%s", money);
  return g_strdup (self->in_kind);
}

gboolean
cw_award_is_approved (CwAward *self)
{
  return self->representatives_on[0] != '\0';
}

/* The household's reviewed points of the year stand beside it, as the
 * committee weighs candidates by them. The unary + keeps SQLite off the
 * review queue's index (state, quarter), which it otherwise prefers and
 * which walks every reviewed entry of the year for each award (a
 * township's star grades took half an hour); the household's index reads
 * that household's year alone. */
#define AWARD_SELECT \
  "SELECT a.id, a.year, a.household_id, g.position, coalesce(a.stars, 0), a.amount, coalesce(a.ledger_entry, 0), " \
  "(SELECT coalesce(sum(e.points), 0) FROM point_entry e WHERE e.household_id = a.household_id " \
  "  AND e.scheme = 'household' AND +e.state = 'reviewed' AND e.quarter >= a.year || 'Q1' " \
  "  AND e.quarter <= a.year || 'Q4'), " \
  "a.kind, h.number, coalesce((SELECT name FROM person WHERE household_id = h.id AND relation = '户主' " \
  "  AND status IN ('active', 'migrant')), ''), g.name, a.criteria, a.decided_on, a.state, " \
  "coalesce(a.state_date, ''), a.state_reason, coalesce(a.reviewed_on, ''), a.reviewed_by, " \
  "coalesce(a.representatives_on, ''), coalesce(a.paid_on, ''), a.paid_by, a.in_kind " \
  "FROM benefit_award a JOIN household h ON h.id = a.household_id JOIN village_group g ON g.id = a.group_id "

static CwAward *
award_from_row (sqlite3_stmt *stmt)
{
  CwAward *self = g_object_new (CW_TYPE_AWARD, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->year = sqlite3_column_int (stmt, 1);
  self->household_id = sqlite3_column_int64 (stmt, 2);
  self->group_position = sqlite3_column_int (stmt, 3);
  self->stars = sqlite3_column_int (stmt, 4);
  self->amount = sqlite3_column_int64 (stmt, 5);
  self->ledger_entry = sqlite3_column_int64 (stmt, 6);
  self->points = sqlite3_column_int64 (stmt, 7);
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    {
      g_free (*text_field (self, p));
      *text_field (self, p) = g_strdup ((const char *) sqlite3_column_text (stmt, 8 + (int) (p - PROP_FIRST_TEXT)));
    }
  return self;
}

GListModel *
cw_award_list (CwDatabase  *db,
               int          year,
               gboolean     include_withdrawn,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         AWARD_SELECT "WHERE (?1 = 0 OR a.year = ?1) AND (?2 OR a.state = 'active') "
                         "ORDER BY a.year DESC, a.kind = 'stars', coalesce(a.stars, 0) DESC, g.position, h.number, a.id",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, include_withdrawn);
  store = g_list_store_new (CW_TYPE_AWARD);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwAward) award = award_from_row (stmt);
      g_list_store_append (store, award);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

CwAward *
cw_award_get (CwDatabase  *db,
              gint64       id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, AWARD_SELECT "WHERE a.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ROW)
    return award_from_row (stmt);
  if (rc == SQLITE_ERROR)
    return NULL;
  g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no award %lld."), (long long) id);
  return NULL;
}

/* The present household numbered @number: its id and group. */
static gboolean
find_household (CwDatabase  *db,
                const char  *number,
                gint64      *household_id,
                gint64      *group_id,
                GError     **error)
{
  g_autofree char *key = cw_text_normalize_key (number != NULL ? number : "");
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT id, group_id, status FROM household WHERE number = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Household number: there is no household %s."), key);
      return FALSE;
    }
  if (!g_str_equal ((const char *) sqlite3_column_text (stmt, 2), "active"))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Household number: %s has moved out or been cancelled; it cannot be awarded."), key);
      return FALSE;
    }
  *household_id = sqlite3_column_int64 (stmt, 0);
  *group_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < 1900 || year > 2999)
    return cw_benefit_invalid (error, _("Year: %d is not a year."), year);
  return TRUE;
}

static gboolean
run_change (CwDatabase    *db,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_award");
  return TRUE;
}

static char *
decided_day (const char  *decided_on,
             GError     **error)
{
  if (decided_on == NULL || decided_on[0] == '\0')
    return cw_date_today_text ();
  return cw_benefit_normalize_day (_("Awarded on"), decided_on, error);
}

gboolean
cw_award_add_civilized (CwDatabase  *db,
                        int          year,
                        const char  *household_number,
                        gint64       amount,
                        const char  *in_kind,
                        const char  *decided_on,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) taken = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *gift = cw_text_clean_line (in_kind != NULL ? in_kind : "");
  gint64 household_id, group_id;
  int rc;

  if (!check_year (year, error) || !find_household (db, household_number, &household_id, &group_id, error))
    return FALSE;
  if (amount < 0 || amount > CW_BENEFIT_AMOUNT_MAX)
    return cw_benefit_invalid (error, "%s", _("Amount: at most ¥1,000,000.00 each."));
  day = decided_day (decided_on, error);
  if (day == NULL)
    return FALSE;

  taken = cw_database_prepare (db,
                               "SELECT h.number, g.name FROM benefit_award a JOIN household h ON h.id = a.household_id "
                               "JOIN village_group g ON g.id = a.group_id WHERE a.kind = 'civilized' "
                               "AND a.state = 'active' AND a.year = ?1 AND a.group_id = ?2",
                               error);
  if (taken == NULL)
    return FALSE;
  sqlite3_bind_int (taken, 1, year);
  sqlite3_bind_int64 (taken, 2, group_id);
  if ((rc = cw_database_step_one (db, taken, error)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("Household number: %s already has its 文明卫生户 of %d: household %s. One household per group a year."),
                   sqlite3_column_text (taken, 1), year, sqlite3_column_text (taken, 0));
      return FALSE;
    }

  stmt = cw_database_prepare (db,
                              "INSERT INTO benefit_award (kind, year, household_id, group_id, amount, decided_on, "
                              "in_kind) VALUES ('civilized', ?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, household_id);
  sqlite3_bind_int64 (stmt, 3, group_id);
  sqlite3_bind_int64 (stmt, 4, amount);
  sqlite3_bind_text (stmt, 5, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, gift, -1, SQLITE_STATIC);
  return run_change (db, stmt, error);
}

gboolean
cw_award_set_stars (CwDatabase  *db,
                    int          year,
                    const char  *household_number,
                    int          stars,
                    const char  *criteria,
                    const char  *decided_on,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *cleaned = cw_text_clean_line (criteria != NULL ? criteria : "");
  g_autofree char *met = cw_settings_join_words (cleaned);
  g_autofree char *known = cw_settings_get_star_criteria (db);
  g_auto(GStrv) met_list = g_strsplit (met, "、", -1);
  g_auto(GStrv) known_list = g_strsplit (known, "、", -1);
  gint64 household_id, group_id;

  if (!check_year (year, error) || !find_household (db, household_number, &household_id, &group_id, error))
    return FALSE;
  if (stars < 1 || stars > 5)
    return cw_benefit_invalid (error, _("Stars: from 1 to 5, not %d."), stars);
  /* The criteria are the village's (a setting), so that grades compare. */
  for (guint i = 0; met[0] != '\0' && met_list[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) known_list, met_list[i]))
      return cw_benefit_invalid (error, _("Criteria: “%s” is not one of the village’s criteria (%s)."),
                                 met_list[i], known);
  day = decided_day (decided_on, error);
  if (day == NULL)
    return FALSE;

  /* A regrade is an update of the year's row, so one Undo takes it back. */
  stmt = cw_database_prepare (db,
                              "INSERT INTO benefit_award (kind, year, household_id, group_id, stars, criteria, decided_on) "
                              "VALUES ('stars', ?1, ?2, ?3, ?4, ?5, ?6) "
                              "ON CONFLICT (year, household_id) WHERE kind = 'stars' AND state = 'active' "
                              "DO UPDATE SET stars = excluded.stars, criteria = excluded.criteria, "
                              "decided_on = excluded.decided_on, group_id = excluded.group_id, "
                              /* A new grade is reviewed and approved again. */
                              "reviewed_on = NULL, reviewed_by = '', representatives_on = NULL",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int64 (stmt, 2, household_id);
  sqlite3_bind_int64 (stmt, 3, group_id);
  sqlite3_bind_int (stmt, 4, stars);
  sqlite3_bind_text (stmt, 5, met, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, day, -1, SQLITE_STATIC);
  return run_change (db, stmt, error);
}

gboolean
cw_award_withdraw (CwDatabase  *db,
                   gint64       id,
                   const char  *date,
                   const char  *reason,
                   GError     **error)
{
  g_autofree char *day = cw_benefit_normalize_day (_("Date"), date, error);
  g_autofree char *why = cw_text_clean_line (reason != NULL ? reason : "");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(CwAward) award = NULL;

  if (day == NULL)
    return FALSE;
  if (why[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Reason: say why the award is withdrawn."));
  award = cw_award_get (db, id, error);
  if (award == NULL)
    return FALSE;
  if (award->paid_on[0] != '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Award %lld: its prize was paid on %s; it is not withdrawn."), (long long) id, award->paid_on);
      return FALSE;
    }
  stmt = cw_database_prepare (db,
                              "UPDATE benefit_award SET state = 'withdrawn', state_date = ?1, state_reason = ?2 "
                              "WHERE id = ?3 AND state = 'active'",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, why, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  return run_change (db, stmt, error);
}

gboolean
cw_award_save (CwDatabase  *db,
               CwAward     *award,
               GError     **error)
{
  const char *kind = cw_award_kind_for (award->kind);

  if (kind == NULL)
    return cw_benefit_invalid (error, _("Award: “%s” is neither 文明卫生户 nor 星级文明户."), award->kind);
  if (g_str_equal (kind, CW_AWARD_STARS))
    return cw_award_set_stars (db, award->year, award->household_number, award->stars, award->criteria,
                               award->decided_on, error);
  if (award->id != 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("A 文明卫生户 stays as named; withdraw it, with a reason, to name another."));
      return FALSE;
    }
  return cw_award_add_civilized (db, award->year, award->household_number, award->amount, award->in_kind,
                                 award->decided_on, error);
}

/* An award that is in force, for a change of its way. */
static CwAward *
active_award (CwDatabase  *db,
              gint64       id,
              GError     **error)
{
  g_autoptr(CwAward) award = cw_award_get (db, id, error);

  if (award == NULL)
    return NULL;
  if (!g_str_equal (award->state, "active"))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Award %lld was withdrawn on %s."), (long long) id,
                   award->state_date);
      return NULL;
    }
  return g_steal_pointer (&award);
}

gboolean
cw_award_approve (CwDatabase  *db,
                  gint64       id,
                  const char  *reviewed_on,
                  const char  *reviewed_by,
                  const char  *representatives_on,
                  GError     **error)
{
  g_autoptr(CwAward) award = active_award (db, id, error);
  g_auto(CwBenefitApproval) approval = { 0 };
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (award == NULL)
    return FALSE;
  if (cw_award_is_approved (award))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("Award %lld was approved on %s already."), (long long) id,
                   award->representatives_on);
      return FALSE;
    }
  if (representatives_on == NULL || representatives_on[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Representatives: an award is approved by the villagers’ "
                                              "representatives; give the day of their meeting."));
  if (!cw_benefit_check_approval (db, reviewed_on, reviewed_by, representatives_on, TRUE, &approval, error))
    return FALSE;
  if (strcmp (approval.reviewed_on, award->decided_on) < 0)
    return cw_benefit_invalid (error, _("Reviewed by the committees on: the award was named on %s; it is reviewed "
                                        "after."), award->decided_on);
  stmt = cw_database_prepare (db,
                              "UPDATE benefit_award SET reviewed_on = ?2, reviewed_by = ?3, representatives_on = ?4 "
                              "WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, approval.reviewed_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, approval.reviewer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, approval.representatives_on, -1, SQLITE_STATIC);
  return run_change (db, stmt, error);
}

gboolean
cw_award_pay (CwDatabase  *db,
              gint64       id,
              const char  *date,
              const char  *paid_by,
              gint64      *ledger_entry,
              GError     **error)
{
  g_autoptr(CwAward) award = active_award (db, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *by = cw_text_clean_line (paid_by != NULL && paid_by[0] != '\0'
                                            ? paid_by : cw_database_get_operator (db));
  gint64 entry;

  if (award == NULL)
    return FALSE;
  if (award->paid_on[0] != '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Award %lld: its prize was paid on %s already; nobody is "
                                                        "paid twice."), (long long) id, award->paid_on);
      return FALSE;
    }
  if (award->amount <= 0 && award->in_kind[0] == '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Award %lld carries no prize, in money or in kind."),
                   (long long) id);
      return FALSE;
    }
  if (!cw_award_is_approved (award))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Award %lld is not approved yet; its prize is paid once the two committees have reviewed it "
                     "and the representatives approved it."), (long long) id);
      return FALSE;
    }
  day = cw_benefit_normalize_day (_("Date"), date, error);
  if (day == NULL)
    return FALSE;
  if (strcmp (day, award->representatives_on) < 0)
    return cw_benefit_invalid (error, _("Date: the award was approved on %s; its prize is not paid before."),
                               award->representatives_on);
  /* The ledger is the village's record: in Chinese whatever the window's
   * language (see cw-benefit-ledger.c). */
  summary = g_strdup_printf ("%s（%d年）奖金：%s户（%s）", cw_award_kind_record_name (award->kind), award->year,
                             award->household_number, award->head_name);
  stmt = cw_database_prepare (db,
                              "UPDATE benefit_award SET paid_on = ?2, paid_by = ?3, ledger_entry = ?4 WHERE id = ?1",
                              error);
  if (stmt == NULL || !cw_database_begin (db, error))
    return FALSE;
  /* A prize in kind is handed over against a signature, and costs the
   * ledger nothing here: what was bought for it is an expense of its own. */
  entry = award->amount > 0 ? cw_benefit_ledger_record_prize (db, day, award->amount, summary, by, error) : 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, by, -1, SQLITE_STATIC);
  if (entry != 0)
    sqlite3_bind_int64 (stmt, 4, entry);
  else
    sqlite3_bind_null (stmt, 4);
  if ((award->amount > 0 && entry == 0) || !cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_award");
  if (ledger_entry != NULL)
    *ledger_entry = entry;
  return TRUE;
}
