/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-beneficiary"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"

struct _CwBeneficiary
{
  GObject  parent_instance;

  gint64   id;
  gint64   person_id;
  gint64   household_id;
  int      age;
  int      group_position;
  gint64   amount;
  /* Strings, in the order of text_names[]. */
  char    *name;
  char    *sex;
  char    *household_number;
  char    *group_name;
  char    *origin;
  char    *reason;
  char    *state;
  char    *state_date;
  char    *state_by;
  char    *state_reason;
};

G_DEFINE_FINAL_TYPE (CwBeneficiary, cw_beneficiary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_PERSON_ID,
  PROP_HOUSEHOLD_ID,
  PROP_AGE,
  PROP_GROUP_POSITION,
  PROP_AMOUNT,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + 10
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "name", "sex", "household-number", "group-name", "origin", "reason",
  "state", "state-date", "state-by", "state-reason",
};

const char *
cw_beneficiary_state_label (const char *state)
{
  if (g_strcmp0 (state, CW_BENEFICIARY_LISTED) == 0)
    return _("Listed");
  if (g_strcmp0 (state, CW_BENEFICIARY_PAID) == 0)
    return _("Paid");
  if (g_strcmp0 (state, CW_BENEFICIARY_NOT_COLLECTED) == 0)
    return _("Not collected");
  if (g_strcmp0 (state, CW_BENEFICIARY_REMOVED) == 0)
    return _("Removed");
  return state;
}

const char *
cw_beneficiary_origin_label (const char *origin)
{
  if (g_strcmp0 (origin, CW_BENEFICIARY_ORIGIN_RULE) == 0)
    return _("By the rule");
  if (g_strcmp0 (origin, CW_BENEFICIARY_ORIGIN_HAND) == 0)
    return _("Nominated");
  if (g_strcmp0 (origin, CW_BENEFICIARY_ORIGIN_LATE) == 0)
    return _("Added later");
  return origin;
}

static char **
text_field (CwBeneficiary *self,
            guint          prop_id)
{
  char **fields[] = {
    &self->name, &self->sex, &self->household_number, &self->group_name, &self->origin,
    &self->reason, &self->state, &self->state_date, &self->state_by, &self->state_reason,
  };

  if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
    return fields[prop_id - PROP_FIRST_TEXT];
  return NULL;
}

static void
cw_beneficiary_finalize (GObject *object)
{
  CwBeneficiary *self = (CwBeneficiary *)object;

  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    g_free (*text_field (self, p));

  G_OBJECT_CLASS (cw_beneficiary_parent_class)->finalize (object);
}

static void
cw_beneficiary_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CwBeneficiary *self = CW_BENEFICIARY (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    g_value_set_string (value, *text);
  else switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KEY: g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT, self->person_id)); break;
    case PROP_PERSON_ID: g_value_set_int64 (value, self->person_id); break;
    case PROP_HOUSEHOLD_ID: g_value_set_int64 (value, self->household_id); break;
    case PROP_AGE: g_value_set_int (value, self->age); break;
    case PROP_GROUP_POSITION: g_value_set_int (value, self->group_position); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_beneficiary_class_init (CwBeneficiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_beneficiary_finalize;
  object_class->get_property = cw_beneficiary_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", ro);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_HOUSEHOLD_ID] = g_param_spec_int64 ("household-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AGE] = g_param_spec_int ("age", NULL, NULL, -1, G_MAXINT, -1, ro);
  properties[PROP_GROUP_POSITION] = g_param_spec_int ("group-position", NULL, NULL, G_MININT, G_MAXINT, 0, ro);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    properties[p] = g_param_spec_string (text_names[p - PROP_FIRST_TEXT], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_beneficiary_init (CwBeneficiary *self)
{
  self->age = -1;
}

gint64 cw_beneficiary_get_id (CwBeneficiary *self) { return self->id; }
gint64 cw_beneficiary_get_person_id (CwBeneficiary *self) { return self->person_id; }
gint64 cw_beneficiary_get_household_id (CwBeneficiary *self) { return self->household_id; }
const char *cw_beneficiary_get_name (CwBeneficiary *self) { return self->name; }
const char *cw_beneficiary_get_sex (CwBeneficiary *self) { return self->sex; }
int cw_beneficiary_get_age (CwBeneficiary *self) { return self->age; }
const char *cw_beneficiary_get_household_number (CwBeneficiary *self) { return self->household_number; }
const char *cw_beneficiary_get_group_name (CwBeneficiary *self) { return self->group_name; }
gint64 cw_beneficiary_get_amount (CwBeneficiary *self) { return self->amount; }
const char *cw_beneficiary_get_origin (CwBeneficiary *self) { return self->origin; }
const char *cw_beneficiary_get_reason (CwBeneficiary *self) { return self->reason; }
const char *cw_beneficiary_get_state (CwBeneficiary *self) { return self->state; }
const char *cw_beneficiary_get_state_date (CwBeneficiary *self) { return self->state_date; }
const char *cw_beneficiary_get_state_by (CwBeneficiary *self) { return self->state_by; }
const char *cw_beneficiary_get_state_reason (CwBeneficiary *self) { return self->state_reason; }

/* The rule, in SQL over person p and household h, with the parameters
 * ?1 the day, ?2 the programme's name, ?3 its year, ?4 per household,
 * ?5–?7 the ages (men, women, all), ?8 the tag, ?9 the flag, ?10 the
 * group's name. A person present on the day: not yet gone (a death or
 * move on the day itself counts as gone), already born. An age of N on
 * the day: born on or before the same day N years earlier, compared as
 * text so that 02-29 needs no calendar. */
#define BORN_BY(n) \
  "p.birth_date <= printf('%04d', CAST(substr(?1, 1, 4) AS INTEGER) - " n ") || substr(?1, 5)"

#define PRESENT_WHERE \
  "(p.status IN ('active', 'migrant') OR p.status_date > ?1) " \
  "AND (p.birth_date IS NULL OR p.birth_date <= ?1) "

static const char eligible_where[] =
  PRESENT_WHERE
  "AND (?5 IS NULL AND ?6 IS NULL OR p.birth_date IS NOT NULL AND "
  "     (p.sex = 'M' AND ?5 IS NOT NULL AND " BORN_BY ("?5") " OR "
  "      p.sex = 'F' AND ?6 IS NOT NULL AND " BORN_BY ("?6") ")) "
  "AND (?7 IS NULL OR p.birth_date IS NOT NULL AND " BORN_BY ("?7") ") "
  "AND (?8 IS NULL OR ('、' || p.tags || '、' || h.tags || '、') LIKE ('%、' || ?8 || '、%')) "
  "AND (?9 IS NULL OR EXISTS (SELECT 1 FROM benefit_person_flag f WHERE f.person_id = p.id "
  "     AND f.flag = ?9 AND f.since <= ?1 AND (f.until IS NULL OR f.until > ?1))) "
  "AND (?10 IS NULL OR h.group_id = (SELECT id FROM village_group WHERE name = ?10)) ";

/* Not on a programme of the same name in the same year already (this one
 * included: hand nominations are not found twice); each EXISTS goes by
 * the person's or the household's index. */
static const char not_yet_listed[] =
  "AND NOT EXISTS (SELECT 1 FROM benefit_beneficiary b JOIN benefit_programme o ON o.id = b.programme_id "
  "  WHERE b.person_id = p.id AND b.state <> 'removed' "
  "    AND o.name = ?2 AND substr(o.date, 1, 4) = ?3 AND o.state <> 'withdrawn') "
  "AND NOT (?4 AND EXISTS (SELECT 1 FROM benefit_beneficiary b JOIN benefit_programme o ON o.id = b.programme_id "
  "  WHERE b.household_id = p.household_id AND b.state <> 'removed' "
  "    AND o.name = ?2 AND substr(o.date, 1, 4) = ?3 AND o.state <> 'withdrawn')) ";

/* Per household the row names the head (or, when the head is not
 * eligible and absent, the first eligible member). */
static const char household_choice[] =
  "AND p.id IN (SELECT coalesce((SELECT hp.id FROM person hp WHERE hp.household_id = p.household_id "
  "  AND hp.relation = '户主' AND hp.status IN ('active', 'migrant')), min(p.id)) "
  "  FROM person p JOIN household h ON h.id = p.household_id WHERE %s GROUP BY p.household_id) ";

/* The computed rows' SELECT: @columns over p, h, g. */
static char *
computed_sql (CwBenefitProgramme *programme,
              const char         *columns)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT %s FROM person p JOIN household h ON h.id = p.household_id "
                          "JOIN village_group g ON g.id = h.group_id WHERE ", columns);
  if (g_str_equal (cw_benefit_programme_get_per (programme), CW_BENEFIT_PER_HOUSEHOLD))
    {
      g_string_append (sql, "1 ");
      g_string_append_printf (sql, household_choice, eligible_where);
    }
  else
    g_string_append (sql, eligible_where);
  g_string_append (sql, not_yet_listed);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static void
bind_rule (sqlite3_stmt       *stmt,
           CwBenefitProgramme *programme,
           char                year[5])
{
  g_snprintf (year, 5, "%04d", cw_benefit_programme_get_year (programme));
  sqlite3_bind_text (stmt, 1, cw_benefit_programme_get_date (programme), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cw_benefit_programme_get_name (programme), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, year, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, g_str_equal (cw_benefit_programme_get_per (programme), CW_BENEFIT_PER_HOUSEHOLD));
  cw_benefit_bind_optional_int (stmt, 5, cw_benefit_programme_get_min_age_male (programme));
  cw_benefit_bind_optional_int (stmt, 6, cw_benefit_programme_get_min_age_female (programme));
  cw_benefit_bind_optional_int (stmt, 7, cw_benefit_programme_get_min_age (programme));
  cw_benefit_bind_optional_text (stmt, 8, cw_benefit_programme_get_tag (programme));
  cw_benefit_bind_optional_text (stmt, 9, cw_benefit_programme_get_flag (programme));
  cw_benefit_bind_optional_text (stmt, 10, cw_benefit_programme_get_group_name (programme));
}

/* The columns every list query gives, in the order row_new() reads. */
#define ROW_COLUMNS(id, amount, origin, reason, state, state_date, state_by, state_reason) \
  id ", p.id, p.household_id, p.name, coalesce(p.sex, ''), coalesce(p.birth_date, ''), h.number, " \
  "g.name, g.position, " amount ", " origin ", " reason ", " state ", " state_date ", " state_by ", " \
  state_reason ", p.relation <> '户主', p.position"

static CwBeneficiary *
row_new (sqlite3_stmt *stmt,
         const GDate  *on)
{
  CwBeneficiary *self = g_object_new (CW_TYPE_BENEFICIARY, NULL);
  static const int text_columns[] = { 3, 4, 6, 7, 10, 11, 12, 13, 14, 15 };
  const char *birth = (const char *) sqlite3_column_text (stmt, 5);
  GDate born;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->person_id = sqlite3_column_int64 (stmt, 1);
  self->household_id = sqlite3_column_int64 (stmt, 2);
  self->group_position = sqlite3_column_int (stmt, 8);
  self->amount = sqlite3_column_int64 (stmt, 9);
  for (guint p = PROP_FIRST_TEXT; p < N_PROPS; p++)
    *text_field (self, p) = g_strdup ((const char *) sqlite3_column_text (stmt, text_columns[p - PROP_FIRST_TEXT]));
  g_date_clear (&born, 1);
  if (birth != NULL && birth[0] != '\0' && cw_date_parse (birth, &born, NULL))
    self->age = cw_date_age_on (&born, on);
  return self;
}

static const char stored_sql[] =
  "SELECT " ROW_COLUMNS ("b.id", "b.amount", "b.origin", "b.reason", "b.state",
                         "coalesce(b.state_date, '')", "b.state_by", "b.state_reason")
  " FROM benefit_beneficiary b JOIN person p ON p.id = b.person_id "
  "JOIN household h ON h.id = b.household_id JOIN village_group g ON g.id = b.group_id "
  "WHERE b.programme_id = ?1 ";

static gboolean
append_rows (CwDatabase   *db,
             sqlite3_stmt *stmt,
             const GDate  *on,
             GPtrArray    *rows,
             GError      **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, row_new (stmt, on));
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  CwBeneficiary *x = *(CwBeneficiary **) a, *y = *(CwBeneficiary **) b;
  int c;

  if (x->group_position != y->group_position)
    return x->group_position < y->group_position ? -1 : 1;
  if ((c = strcmp (x->household_number, y->household_number)) != 0)
    return c;
  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

GListModel *
cw_beneficiary_list (CwDatabase  *db,
                     gint64       programme_id,
                     GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, programme_id, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stored = NULL;
  GListStore *store;
  GDate on;

  if (programme == NULL)
    return NULL;
  g_date_clear (&on, 1);
  cw_date_parse (cw_benefit_programme_get_date (programme), &on, NULL);

  stored = cw_database_prepare (db, stored_sql, error);
  if (stored == NULL)
    return NULL;
  sqlite3_bind_int64 (stored, 1, programme_id);
  if (!append_rows (db, stored, &on, rows, error))
    return NULL;

  if (g_str_equal (cw_benefit_programme_get_state (programme), CW_BENEFIT_STATE_DRAFT) &&
      !cw_benefit_programme_get_by_hand (programme))
    {
      g_autofree char *amount = g_strdup_printf ("%" G_GINT64_FORMAT, cw_benefit_programme_get_amount (programme));
      g_autofree char *columns = g_strdup_printf (ROW_COLUMNS ("0", "%s", "'rule'", "''", "'listed'", "''", "''", "''"),
                                                  amount);
      g_autofree char *sql = computed_sql (programme, columns);
      g_autoptr(sqlite3_stmt) computed = cw_database_prepare (db, sql, error);
      char year[5];

      if (computed == NULL)
        return NULL;
      bind_rule (computed, programme, year);
      if (!append_rows (db, computed, &on, rows, error))
        return NULL;
    }
  g_ptr_array_sort (rows, compare_rows);

  store = g_list_store_new (CW_TYPE_BENEFICIARY);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

gboolean
cw_benefit_freeze_list (CwDatabase          *db,
                        CwBenefitProgramme  *programme,
                        GError             **error)
{
  g_autofree char *select = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char year[5];

  if (cw_benefit_programme_get_by_hand (programme))
    return TRUE;
  select = computed_sql (programme, "?11, p.id, p.household_id, h.group_id, ?12, 'rule'");
  sql = g_strdup_printf ("INSERT INTO benefit_beneficiary (programme_id, person_id, household_id, group_id, "
                         "amount, origin) %s", select);
  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_rule (stmt, programme, year);
  sqlite3_bind_int64 (stmt, 11, cw_benefit_programme_get_id (programme));
  sqlite3_bind_int64 (stmt, 12, cw_benefit_programme_get_amount (programme));
  return cw_database_step_done (db, stmt, error);
}

gint64
cw_benefit_count_paid (CwDatabase *db,
                       gint64      programme_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM benefit_beneficiary WHERE programme_id = %"
                                          G_GINT64_FORMAT " AND state = 'paid'", programme_id);

  return cw_database_query_int (db, sql, 0);
}

CwBeneficiary *
cw_beneficiary_find (CwDatabase  *db,
                     gint64       programme_id,
                     const char  *who,
                     GError     **error)
{
  g_autoptr(GListModel) rows = cw_beneficiary_list (db, programme_id, error);
  g_autofree char *key = cw_text_clean_line (who != NULL ? who : "");
  g_autofree char *id_number = NULL;
  g_autoptr(sqlite3_stmt) by_id = NULL;
  gint64 id_person = 0;
  CwBeneficiary *found = NULL;
  guint n_found = 0;
  int rc;

  if (rows == NULL)
    return NULL;
  by_id = cw_database_prepare (db, "SELECT id FROM person WHERE id_number = ?", error);
  if (by_id == NULL)
    return NULL;
  if (cw_id_number_normalize (key, &id_number, NULL))
    sqlite3_bind_text (by_id, 1, id_number, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, by_id, error)) == SQLITE_ERROR)
    return NULL;
  if (rc == SQLITE_ROW)
    id_person = sqlite3_column_int64 (by_id, 0);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);

      if (g_str_equal (row->state, CW_BENEFICIARY_REMOVED))
        continue;
      if (row->person_id == id_person || (id_person == 0 && g_str_equal (row->name, key)))
        {
          n_found++;
          g_set_object (&found, row);
        }
    }
  if (n_found > 1)
    {
      g_clear_object (&found);
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%u persons called %s are on the list; give the ID number."), n_found, key);
    }
  else if (found == NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("%s is not on the list of programme %lld."),
                 key, (long long) programme_id);
  return found;
}

/* Why @person_id cannot be on @programme's list, or NULL: not present on
 * its date, not meeting a nominated programme's rule, or already on a
 * programme of that name that year. */
static char *
why_not_eligible (CwDatabase          *db,
                  CwBenefitProgramme  *programme,
                  gint64               person_id,
                  GError             **error)
{
  g_autofree char *present_sql =
    g_strdup_printf ("SELECT p.name, (%s), EXISTS (SELECT 1 FROM person p JOIN household h ON h.id = p.household_id "
                     "WHERE p.id = ?11 %s) FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?11",
                     cw_benefit_programme_get_by_hand (programme)
                       ? eligible_where
                       : PRESENT_WHERE,
                     not_yet_listed);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, present_sql, error);
  char year[5];
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_rule (stmt, programme, year);
  sqlite3_bind_int64 (stmt, 11, person_id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return NULL;
  if (rc == SQLITE_DONE)
    return g_strdup (_("That person is not in the register."));
  if (!sqlite3_column_int (stmt, 1))
    return g_strdup_printf (cw_benefit_programme_get_by_hand (programme)
                              ? _("%s was not present on %s or does not meet the programme’s rule.")
                              : _("%s was not present on %s."),
                            sqlite3_column_text (stmt, 0), cw_benefit_programme_get_date (programme));
  if (!sqlite3_column_int (stmt, 2))
    return g_strdup_printf (_("%s is already on a programme “%s” in %d; nobody receives it twice a year."),
                            sqlite3_column_text (stmt, 0), cw_benefit_programme_get_name (programme),
                            cw_benefit_programme_get_year (programme));
  return NULL;
}

gboolean
cw_beneficiary_add (CwDatabase  *db,
                    gint64       programme_id,
                    gint64       person_id,
                    gint64       amount,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, programme_id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *why = cw_text_clean_line (reason != NULL ? reason : "");
  g_autofree char *refusal = NULL;
  g_autoptr(GError) local = NULL;
  gboolean approved;

  if (programme == NULL)
    return FALSE;
  if (g_str_equal (cw_benefit_programme_get_state (programme), CW_BENEFIT_STATE_WITHDRAWN))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Programme %lld was withdrawn."), (long long) programme_id);
      return FALSE;
    }
  approved = g_str_equal (cw_benefit_programme_get_state (programme), CW_BENEFIT_STATE_APPROVED);
  if (approved && why[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Reason: the list is approved; say why the person is added."));
  if (amount < 0)
    amount = cw_benefit_programme_get_amount (programme);
  if (amount > CW_BENEFIT_AMOUNT_MAX)
    return cw_benefit_invalid (error, "%s", _("Amount: at most ¥1,000,000.00 each."));
  refusal = why_not_eligible (db, programme, person_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (refusal != NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, refusal);
      return FALSE;
    }

  stmt = cw_database_prepare (db,
                              "INSERT INTO benefit_beneficiary (programme_id, person_id, household_id, group_id, "
                              "amount, origin, reason) SELECT ?1, p.id, p.household_id, h.group_id, ?2, ?3, ?4 "
                              "FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_int64 (stmt, 2, amount);
  sqlite3_bind_text (stmt, 3, approved ? CW_BENEFICIARY_ORIGIN_LATE : CW_BENEFICIARY_ORIGIN_HAND, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, why, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, person_id);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_beneficiary");
  return TRUE;
}

/* The stored row @id with its programme's id and state; refused when it
 * is not stored (a computed row is changed by the rule, not by hand). */
static gboolean
load_row (CwDatabase  *db,
          gint64       id,
          gint64      *programme_id,
          char       **state,
          char       **state_date,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT programme_id, state, coalesce(state_date, '') FROM benefit_beneficiary WHERE id = ?",
                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                             _("That row is computed from the rule; approve the list before changing it by hand."));
      return FALSE;
    }
  *programme_id = sqlite3_column_int64 (stmt, 0);
  *state = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  *state_date = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  return TRUE;
}

static gboolean
set_state (CwDatabase  *db,
           gint64       id,
           const char  *state,
           const char  *date,
           const char  *by,
           const char  *reason,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "UPDATE benefit_beneficiary SET state = ?1, state_date = ?2, state_by = ?3, "
                         "state_reason = ?4 WHERE id = ?5",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, id);
  return cw_database_step_done (db, stmt, error);
}

static gboolean
change_state (CwDatabase  *db,
              gint64       id,
              const char  *state,
              const char  *date,
              const char  *reason,
              GError     **error)
{
  g_autofree char *old_state = NULL;
  g_autofree char *old_date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *why = cw_text_clean_line (reason != NULL ? reason : "");
  gint64 programme_id;

  if (!load_row (db, id, &programme_id, &old_state, &old_date, error))
    return FALSE;
  if (g_str_equal (old_state, CW_BENEFICIARY_PAID))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Paid on %s already; a paid row stays."), old_date);
      return FALSE;
    }
  if (g_str_equal (old_state, CW_BENEFICIARY_REMOVED))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Removed from the list on %s already."), old_date);
      return FALSE;
    }
  day = cw_benefit_normalize_day (_("Date"), date, error);
  if (day == NULL)
    return FALSE;
  if (why[0] == '\0')
    return cw_benefit_invalid (error, "%s", g_str_equal (state, CW_BENEFICIARY_REMOVED)
                                            ? _("Reason: say why the person is taken off the list.")
                                            : _("Reason: say why the money was not collected."));
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!set_state (db, id, state, day, cw_database_get_operator (db), why, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_beneficiary");
  return TRUE;
}

gboolean
cw_beneficiary_remove (CwDatabase  *db,
                       gint64       beneficiary_id,
                       const char  *date,
                       const char  *reason,
                       GError     **error)
{
  return change_state (db, beneficiary_id, CW_BENEFICIARY_REMOVED, date, reason, error);
}

gboolean
cw_beneficiary_set_not_collected (CwDatabase  *db,
                                  gint64       beneficiary_id,
                                  const char  *date,
                                  const char  *reason,
                                  GError     **error)
{
  return change_state (db, beneficiary_id, CW_BENEFICIARY_NOT_COLLECTED, date, reason, error);
}

gboolean
cw_beneficiary_pay (CwDatabase        *db,
                    gint64             programme_id,
                    gint64             beneficiary_id,
                    const char        *date,
                    const char        *paid_by,
                    CwBenefitPayment  *payment,
                    GError           **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, programme_id, error);
  g_autoptr(sqlite3_stmt) sum = NULL;
  g_autoptr(sqlite3_stmt) pay = NULL;
  g_autofree char *day = NULL;
  g_autofree char *by = cw_text_clean_line (paid_by != NULL && paid_by[0] != '\0'
                                            ? paid_by : cw_database_get_operator (db));
  gint64 count, amount, ledger_entry;

  if (programme == NULL)
    return FALSE;
  if (!g_str_equal (cw_benefit_programme_get_state (programme), CW_BENEFIT_STATE_APPROVED))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Programme %lld is not approved; its list is paid once approved."), (long long) programme_id);
      return FALSE;
    }
  day = cw_benefit_normalize_day (_("Date"), date, error);
  if (day == NULL)
    return FALSE;
  if (strcmp (day, cw_benefit_programme_get_reviewed_on (programme)) < 0)
    return cw_benefit_invalid (error, _("Date: the list was approved on %s; it is not paid before."),
                               cw_benefit_programme_get_reviewed_on (programme));
  if (beneficiary_id != 0)
    {
      g_autofree char *state = NULL;
      g_autofree char *state_date = NULL;
      gint64 owner;

      if (!load_row (db, beneficiary_id, &owner, &state, &state_date, error))
        return FALSE;
      if (owner != programme_id)
        {
          g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That row belongs to another programme."));
          return FALSE;
        }
      if (g_str_equal (state, CW_BENEFICIARY_PAID))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Paid on %s already; nobody is paid twice."), state_date);
          return FALSE;
        }
      if (g_str_equal (state, CW_BENEFICIARY_REMOVED))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Removed from the list on %s; not paid."), state_date);
          return FALSE;
        }
    }

  /* One statement for one row or all listed ones, so both are the same. */
  sum = cw_database_prepare (db,
                             "SELECT count(*), coalesce(sum(amount), 0) FROM benefit_beneficiary "
                             "WHERE programme_id = ?1 AND (?2 = 0 AND state = 'listed' OR id = ?2)",
                             error);
  pay = cw_database_prepare (db,
                             "UPDATE benefit_beneficiary SET state = 'paid', state_date = ?3, state_by = ?4, "
                             "state_reason = '' WHERE programme_id = ?1 AND (?2 = 0 AND state = 'listed' OR id = ?2)",
                             error);
  if (sum == NULL || pay == NULL)
    return FALSE;
  sqlite3_bind_int64 (sum, 1, programme_id);
  sqlite3_bind_int64 (sum, 2, beneficiary_id);
  sqlite3_bind_int64 (pay, 1, programme_id);
  sqlite3_bind_int64 (pay, 2, beneficiary_id);
  sqlite3_bind_text (pay, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (pay, 4, by, -1, SQLITE_STATIC);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (sqlite3_step (sum) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      cw_database_rollback (db);
      return FALSE;
    }
  count = sqlite3_column_int64 (sum, 0);
  amount = sqlite3_column_int64 (sum, 1);
  if (count == 0)
    {
      cw_database_rollback (db);
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Nobody on programme %lld is left to pay."), (long long) programme_id);
      return FALSE;
    }
  if (!cw_database_step_done (db, pay, error) ||
      !cw_benefit_ledger_record_expense (db, programme, day, amount, (guint) count, by, &ledger_entry, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  if (payment != NULL)
    *payment = (CwBenefitPayment) { (guint) count, amount, ledger_entry };
  cw_database_emit_changed (db, "benefit_beneficiary");
  return TRUE;
}

guint
cw_beneficiary_count_waiting (CwDatabase *db)
{
  return (guint) cw_database_query_int (db,
                                        "SELECT count(*) FROM benefit_beneficiary b "
                                        "JOIN benefit_programme p ON p.id = b.programme_id "
                                        "WHERE p.state = 'approved' AND b.state = 'listed'",
                                        0);
}
