/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-programme"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

struct _CwBenefitProgramme
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  char     *kind;
  char     *date;
  char     *per;
  gint64    amount;
  char     *in_kind;
  gboolean  by_hand;
  int       min_age_male;
  int       min_age_female;
  int       min_age;
  char     *tag;
  char     *flag;
  char     *group_name;
  char     *account;
  gboolean  needs_representatives;
  char     *notes;
  char     *state;
  char     *reviewed_on;
  char     *representatives_on;
  char     *reviewed_by;
  char     *state_date;
  char     *state_reason;
  guint     listed;
  gint64    total;
  gint64    paid;
};

G_DEFINE_FINAL_TYPE (CwBenefitProgramme, cw_benefit_programme, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* Strings, in the order of text_field(). */
  PROP_NAME,
  PROP_KIND,
  PROP_DATE,
  PROP_PER,
  PROP_IN_KIND,
  PROP_TAG,
  PROP_FLAG,
  PROP_GROUP_NAME,
  PROP_ACCOUNT,
  PROP_NOTES,
  PROP_STATE,
  PROP_REVIEWED_ON,
  PROP_REPRESENTATIVES_ON,
  PROP_REVIEWED_BY,
  PROP_STATE_DATE,
  PROP_STATE_REASON,
  /* The rest. */
  PROP_ID,
  PROP_NUMBER,
  PROP_AMOUNT,
  PROP_BY_HAND,
  PROP_MIN_AGE_MALE,
  PROP_MIN_AGE_FEMALE,
  PROP_MIN_AGE,
  PROP_NEEDS_REPRESENTATIVES,
  PROP_LISTED,
  PROP_TOTAL,
  PROP_PAID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "name", "kind", "date", "per", "in-kind", "tag", "flag", "group-name", "account", "notes",
  "state", "reviewed-on", "representatives-on", "reviewed-by", "state-date", "state-reason",
};

const char *
cw_benefit_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, CW_BENEFIT_KIND_VISIT) == 0)
    return _("Visit");
  if (g_strcmp0 (kind, CW_BENEFIT_KIND_REWARD) == 0)
    return _("Reward");
  if (g_strcmp0 (kind, CW_BENEFIT_KIND_APPRAISAL) == 0)
    return _("Appraisal");
  return kind;
}

const char *
cw_benefit_kind_for (const char *text)
{
  static const struct { const char *word, *kind; } words[] = {
    { "visit", CW_BENEFIT_KIND_VISIT }, { "慰问", CW_BENEFIT_KIND_VISIT },
    { "reward", CW_BENEFIT_KIND_REWARD }, { "奖励", CW_BENEFIT_KIND_REWARD },
    { "appraisal", CW_BENEFIT_KIND_APPRAISAL }, { "评比", CW_BENEFIT_KIND_APPRAISAL },
  };
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (clean, words[i].word) == 0 ||
        g_str_equal (clean, cw_benefit_kind_label (words[i].kind)))
      return words[i].kind;
  return NULL;
}

const char *
cw_benefit_state_label (const char *state)
{
  if (g_strcmp0 (state, CW_BENEFIT_STATE_DRAFT) == 0)
    return _("Draft");
  if (g_strcmp0 (state, CW_BENEFIT_STATE_APPROVED) == 0)
    return _("Approved");
  if (g_strcmp0 (state, CW_BENEFIT_STATE_WITHDRAWN) == 0)
    return _("Withdrawn");
  return state;
}

static char **
text_field (CwBenefitProgramme *self,
            guint               prop_id)
{
  char **fields[] = {
    &self->name, &self->kind, &self->date, &self->per, &self->in_kind, &self->tag, &self->flag,
    &self->group_name, &self->account, &self->notes, &self->state, &self->reviewed_on,
    &self->representatives_on, &self->reviewed_by, &self->state_date, &self->state_reason,
  };

  if (prop_id >= PROP_NAME && prop_id <= PROP_STATE_REASON)
    return fields[prop_id - PROP_NAME];
  return NULL;
}

static void
cw_benefit_programme_finalize (GObject *object)
{
  CwBenefitProgramme *self = (CwBenefitProgramme *)object;

  for (guint p = PROP_NAME; p <= PROP_STATE_REASON; p++)
    g_free (*text_field (self, p));

  G_OBJECT_CLASS (cw_benefit_programme_parent_class)->finalize (object);
}

static void
cw_benefit_programme_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwBenefitProgramme *self = CW_BENEFIT_PROGRAMME (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    g_value_set_string (value, *text);
  else switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NUMBER: g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT, self->id)); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_BY_HAND: g_value_set_boolean (value, self->by_hand); break;
    case PROP_MIN_AGE_MALE: g_value_set_int (value, self->min_age_male); break;
    case PROP_MIN_AGE_FEMALE: g_value_set_int (value, self->min_age_female); break;
    case PROP_MIN_AGE: g_value_set_int (value, self->min_age); break;
    case PROP_NEEDS_REPRESENTATIVES: g_value_set_boolean (value, self->needs_representatives); break;
    case PROP_LISTED: g_value_set_uint (value, self->listed); break;
    case PROP_TOTAL: g_value_set_int64 (value, self->total); break;
    case PROP_PAID: g_value_set_int64 (value, self->paid); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_benefit_programme_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CwBenefitProgramme *self = CW_BENEFIT_PROGRAMME (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    {
      g_free (*text);
      *text = g_strstrip (g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : ""));
    }
  else switch (prop_id)
    {
    case PROP_AMOUNT: self->amount = g_value_get_int64 (value); break;
    case PROP_BY_HAND: self->by_hand = g_value_get_boolean (value); break;
    case PROP_MIN_AGE_MALE: self->min_age_male = g_value_get_int (value); break;
    case PROP_MIN_AGE_FEMALE: self->min_age_female = g_value_get_int (value); break;
    case PROP_MIN_AGE: self->min_age = g_value_get_int (value); break;
    case PROP_NEEDS_REPRESENTATIVES: self->needs_representatives = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_benefit_programme_class_init (CwBenefitProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_benefit_programme_finalize;
  object_class->get_property = cw_benefit_programme_get_property;
  object_class->set_property = cw_benefit_programme_set_property;

  /* The state and its dates are read-only: they change through approve
   * and withdraw, never in an editor. */
  for (guint p = PROP_NAME; p <= PROP_STATE_REASON; p++)
    properties[p] = g_param_spec_string (text_names[p - PROP_NAME], NULL, NULL, "",
                                         p < PROP_STATE ? rw : ro);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", ro);
  /* Any figure: what is out of bounds is refused by validate with words. */
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_BY_HAND] = g_param_spec_boolean ("by-hand", NULL, NULL, FALSE, rw);
  properties[PROP_MIN_AGE_MALE] = g_param_spec_int ("min-age-male", NULL, NULL, G_MININT, G_MAXINT, -1, rw);
  properties[PROP_MIN_AGE_FEMALE] = g_param_spec_int ("min-age-female", NULL, NULL, G_MININT, G_MAXINT, -1, rw);
  properties[PROP_MIN_AGE] = g_param_spec_int ("min-age", NULL, NULL, G_MININT, G_MAXINT, -1, rw);
  properties[PROP_NEEDS_REPRESENTATIVES] = g_param_spec_boolean ("needs-representatives", NULL, NULL, FALSE, rw);
  properties[PROP_LISTED] = g_param_spec_uint ("listed", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_PAID] = g_param_spec_int64 ("paid", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_benefit_programme_init (CwBenefitProgramme *self)
{
  for (guint p = PROP_NAME; p <= PROP_STATE_REASON; p++)
    *text_field (self, p) = g_strdup ("");
  g_free (self->kind);
  self->kind = g_strdup (CW_BENEFIT_KIND_VISIT);
  g_free (self->per);
  self->per = g_strdup (CW_BENEFIT_PER_PERSON);
  g_free (self->account);
  self->account = g_strdup (CW_BENEFIT_DEFAULT_ACCOUNT);
  g_free (self->state);
  self->state = g_strdup (CW_BENEFIT_STATE_DRAFT);
  self->min_age_male = self->min_age_female = self->min_age = -1;
}

CwBenefitProgramme *
cw_benefit_programme_new (void)
{
  return g_object_new (CW_TYPE_BENEFIT_PROGRAMME, NULL);
}

CwBenefitProgramme *
cw_benefit_programme_copy (CwBenefitProgramme *self)
{
  CwBenefitProgramme *copy = cw_benefit_programme_new ();

  for (guint p = PROP_NAME; p <= PROP_STATE_REASON; p++)
    {
      g_free (*text_field (copy, p));
      *text_field (copy, p) = g_strdup (*text_field (self, p));
    }
  copy->id = self->id;
  copy->amount = self->amount;
  copy->by_hand = self->by_hand;
  copy->min_age_male = self->min_age_male;
  copy->min_age_female = self->min_age_female;
  copy->min_age = self->min_age;
  copy->needs_representatives = self->needs_representatives;
  copy->listed = self->listed;
  copy->total = self->total;
  copy->paid = self->paid;
  return copy;
}

gint64 cw_benefit_programme_get_id (CwBenefitProgramme *self) { return self->id; }
const char *cw_benefit_programme_get_name (CwBenefitProgramme *self) { return self->name; }
const char *cw_benefit_programme_get_kind (CwBenefitProgramme *self) { return self->kind; }
const char *cw_benefit_programme_get_date (CwBenefitProgramme *self) { return self->date; }
const char *cw_benefit_programme_get_per (CwBenefitProgramme *self) { return self->per; }
gint64 cw_benefit_programme_get_amount (CwBenefitProgramme *self) { return self->amount; }
const char *cw_benefit_programme_get_in_kind (CwBenefitProgramme *self) { return self->in_kind; }
gboolean cw_benefit_programme_get_by_hand (CwBenefitProgramme *self) { return self->by_hand; }
int cw_benefit_programme_get_min_age_male (CwBenefitProgramme *self) { return self->min_age_male; }
int cw_benefit_programme_get_min_age_female (CwBenefitProgramme *self) { return self->min_age_female; }
int cw_benefit_programme_get_min_age (CwBenefitProgramme *self) { return self->min_age; }
const char *cw_benefit_programme_get_tag (CwBenefitProgramme *self) { return self->tag; }
const char *cw_benefit_programme_get_flag (CwBenefitProgramme *self) { return self->flag; }
const char *cw_benefit_programme_get_group_name (CwBenefitProgramme *self) { return self->group_name; }
const char *cw_benefit_programme_get_account (CwBenefitProgramme *self) { return self->account; }
gboolean cw_benefit_programme_get_needs_representatives (CwBenefitProgramme *self) { return self->needs_representatives; }
const char *cw_benefit_programme_get_notes (CwBenefitProgramme *self) { return self->notes; }
const char *cw_benefit_programme_get_state (CwBenefitProgramme *self) { return self->state; }
const char *cw_benefit_programme_get_reviewed_on (CwBenefitProgramme *self) { return self->reviewed_on; }
const char *cw_benefit_programme_get_representatives_on (CwBenefitProgramme *self) { return self->representatives_on; }
const char *cw_benefit_programme_get_state_reason (CwBenefitProgramme *self) { return self->state_reason; }
const char *cw_benefit_programme_get_reviewed_by (CwBenefitProgramme *self) { return self->reviewed_by; }
guint cw_benefit_programme_get_listed (CwBenefitProgramme *self) { return self->listed; }
gint64 cw_benefit_programme_get_total (CwBenefitProgramme *self) { return self->total; }
gint64 cw_benefit_programme_get_paid (CwBenefitProgramme *self) { return self->paid; }

int
cw_benefit_programme_get_year (CwBenefitProgramme *self)
{
  return (int) g_ascii_strtoll (self->date, NULL, 10);
}

char *
cw_benefit_programme_describe_rule (CwBenefitProgramme *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (self->by_hand)
    g_ptr_array_add (parts, g_strdup (_("nominated by hand")));
  if (self->min_age_male >= 0 && self->min_age_female >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("men aged %d and women aged %d or over"),
                                             self->min_age_male, self->min_age_female));
  else if (self->min_age_male >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("men aged %d or over"), self->min_age_male));
  else if (self->min_age_female >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("women aged %d or over"), self->min_age_female));
  if (self->min_age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("aged %d or over"), self->min_age));
  if (self->tag[0] != '\0')
    g_ptr_array_add (parts, g_strdup (self->tag));
  if (self->flag[0] != '\0')
    g_ptr_array_add (parts, g_strdup (self->flag));
  if (self->group_name[0] != '\0')
    g_ptr_array_add (parts, g_strdup (self->group_name));
  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of an eligibility rule: "men aged 60 or over; women aged 55 or over" */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

gboolean
cw_benefit_parse_amount (const char  *text,
                         gint64      *fen,
                         GError     **error)
{
  gint64 amount;

  if (!cw_money_parse (text, &amount, error))
    return FALSE;
  if (amount > CW_BENEFIT_AMOUNT_MAX)
    {
      g_autofree char *most = cw_money_format (CW_BENEFIT_AMOUNT_MAX);

      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("an amount is at most ¥%s."), most);
      return FALSE;
    }
  *fen = amount;
  return TRUE;
}

static gboolean
valid_age (int age)
{
  return age >= -1 && age <= 150;
}

gboolean
cw_benefit_programme_validate (CwBenefitProgramme  *self,
                               CwDatabase          *db,
                               GError             **error)
{
  g_autoptr(GError) local = NULL;
  const char *kind = cw_benefit_kind_for (self->kind);
  char *clean;

  clean = cw_text_clean_line (self->name);
  g_free (self->name);
  self->name = clean;
  clean = cw_text_clean_line (self->account);
  g_free (self->account);
  self->account = clean[0] != '\0' ? clean : (g_free (clean), g_strdup (CW_BENEFIT_DEFAULT_ACCOUNT));
  clean = cw_text_clean_line (self->flag);
  g_free (self->flag);
  self->flag = clean;
  clean = cw_text_clean_line (self->in_kind);
  g_free (self->in_kind);
  self->in_kind = clean;

  if (self->name[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Name: a programme needs a name, e.g. 重阳节慰问."));
  if (kind == NULL)
    return cw_benefit_invalid (error, _("Kind: “%s” is none of 慰问, 奖励, 评比."), self->kind);
  g_free (self->kind);
  self->kind = g_strdup (kind);
  {
    g_autofree char *date = cw_date_normalize (self->date, &local);
    if (date == NULL)
      return cw_benefit_invalid (error, _("Date: %s"), local->message);
    g_free (self->date);
    self->date = g_steal_pointer (&date);
  }
  if (!g_str_equal (self->per, CW_BENEFIT_PER_PERSON) && !g_str_equal (self->per, CW_BENEFIT_PER_HOUSEHOLD))
    return cw_benefit_invalid (error, _("Per: “%s” is neither a person nor a household."), self->per);
  if (self->amount < 0 || self->amount > CW_BENEFIT_AMOUNT_MAX)
    {
      g_autofree char *most = cw_money_format (CW_BENEFIT_AMOUNT_MAX);
      return cw_benefit_invalid (error, _("Amount: from ¥0 to ¥%s each."), most);
    }
  if (self->amount == 0 && self->in_kind[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Amount: give an amount, or say what is given in kind."));
  if (!valid_age (self->min_age_male) || !valid_age (self->min_age_female) || !valid_age (self->min_age))
    return cw_benefit_invalid (error, "%s", _("Age: an age is from 0 to 150 years."));
  if (self->tag[0] != '\0')
    {
      const char *tag = cw_vocabulary_canonical_tag (self->tag);
      if (tag == NULL)
        return cw_benefit_invalid (error, _("Care tag: “%s” is not a care tag."), self->tag);
      g_free (self->tag);
      self->tag = g_strdup (tag);
    }
  if (self->group_name[0] != '\0')
    {
      g_autoptr(CwVillageGroup) group = cw_village_group_find (db, self->group_name, &local);
      if (group == NULL)
        return cw_benefit_invalid (error, _("Village group: %s"), local->message);
      g_free (self->group_name);
      self->group_name = g_strdup (cw_village_group_get_name (group));
    }
  if (!self->by_hand && self->min_age_male < 0 && self->min_age_female < 0 && self->min_age < 0 &&
      self->tag[0] == '\0' && self->flag[0] == '\0' && self->group_name[0] == '\0')
    return cw_benefit_invalid (error, "%s",
                    _("Eligible: say who is eligible (an age, a care tag, a flag or a group), or nominate by hand."));
  /* Told now, not when the money is handed out: the account is one the
   * ledger of the programme's year keeps. */
  {
    g_autoptr(CwFinanceAccount) account = cw_benefit_ledger_account (db, self->account, self->date, error);

    return account != NULL;
  }
}

#define PROGRAMME_SELECT \
  "SELECT p.id, p.name, p.kind, p.date, p.per, p.amount, p.in_kind, p.by_hand, " \
  "coalesce(p.min_age_male, -1), coalesce(p.min_age_female, -1), coalesce(p.min_age, -1), " \
  "coalesce(p.tag, ''), coalesce(p.flag, ''), coalesce(g.name, ''), p.account, " \
  "p.needs_representatives, p.notes, p.state, coalesce(p.reviewed_on, ''), " \
  "coalesce(p.representatives_on, ''), p.reviewed_by, coalesce(p.state_date, ''), p.state_reason, " \
  "(SELECT count(*) FROM benefit_beneficiary b WHERE b.programme_id = p.id AND b.state <> 'removed'), " \
  "(SELECT coalesce(sum(amount), 0) FROM benefit_beneficiary b WHERE b.programme_id = p.id AND b.state <> 'removed'), " \
  "(SELECT coalesce(sum(amount), 0) FROM benefit_beneficiary b WHERE b.programme_id = p.id AND b.state = 'paid') " \
  "FROM benefit_programme p LEFT JOIN village_group g ON g.id = p.group_id "

static CwBenefitProgramme *
programme_from_row (sqlite3_stmt *stmt)
{
  CwBenefitProgramme *self = cw_benefit_programme_new ();
  static const int text_columns[] = {
    /* name, kind, date, per, in_kind, tag, flag, group, account, notes,
     * state, reviewed_on, representatives_on, reviewed_by, state_date,
     * state_reason */
    1, 2, 3, 4, 6, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22,
  };

  for (guint p = PROP_NAME; p <= PROP_STATE_REASON; p++)
    {
      g_free (*text_field (self, p));
      *text_field (self, p) = g_strdup ((const char *) sqlite3_column_text (stmt, text_columns[p - PROP_NAME]));
    }
  self->id = sqlite3_column_int64 (stmt, 0);
  self->amount = sqlite3_column_int64 (stmt, 5);
  self->by_hand = sqlite3_column_int (stmt, 7) != 0;
  self->min_age_male = sqlite3_column_int (stmt, 8);
  self->min_age_female = sqlite3_column_int (stmt, 9);
  self->min_age = sqlite3_column_int (stmt, 10);
  self->needs_representatives = sqlite3_column_int (stmt, 15) != 0;
  self->listed = (guint) sqlite3_column_int (stmt, 23);
  self->total = sqlite3_column_int64 (stmt, 24);
  self->paid = sqlite3_column_int64 (stmt, 25);
  return self;
}

GListModel *
cw_benefit_programme_list (CwDatabase  *db,
                           int          year,
                           gboolean     include_withdrawn,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         PROGRAMME_SELECT
                         "WHERE (?1 = 0 OR substr(p.date, 1, 4) = printf('%04d', ?1)) "
                         "AND (?2 OR p.state <> 'withdrawn') ORDER BY p.date DESC, p.id DESC",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, include_withdrawn);
  store = g_list_store_new (CW_TYPE_BENEFIT_PROGRAMME);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwBenefitProgramme) programme = programme_from_row (stmt);
      g_list_store_append (store, programme);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

CwBenefitProgramme *
cw_benefit_programme_load (CwDatabase  *db,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, PROGRAMME_SELECT "WHERE p.id = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no programme number %lld."), (long long) id);
      return NULL;
    }
  return programme_from_row (stmt);
}

static gboolean
write_programme (CwDatabase          *db,
                 CwBenefitProgramme  *programme,
                 const char          *sql,
                 GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!cw_benefit_programme_validate (programme, db, error))
    return FALSE;
  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, programme->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, programme->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, programme->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, programme->per, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, programme->amount);
  sqlite3_bind_text (stmt, 6, programme->in_kind, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, programme->by_hand);
  cw_benefit_bind_optional_int (stmt, 8, programme->min_age_male);
  cw_benefit_bind_optional_int (stmt, 9, programme->min_age_female);
  cw_benefit_bind_optional_int (stmt, 10, programme->min_age);
  cw_benefit_bind_optional_text (stmt, 11, programme->tag);
  cw_benefit_bind_optional_text (stmt, 12, programme->flag);
  cw_benefit_bind_optional_text (stmt, 13, programme->group_name);
  sqlite3_bind_text (stmt, 14, programme->account, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 15, programme->needs_representatives);
  sqlite3_bind_text (stmt, 16, programme->notes, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 17, programme->id);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (programme->id == 0)
    programme->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_programme");
  return TRUE;
}

gboolean
cw_benefit_programme_add (CwDatabase          *db,
                          CwBenefitProgramme  *programme,
                          GError             **error)
{
  programme->id = 0;
  g_free (programme->state);
  programme->state = g_strdup (CW_BENEFIT_STATE_DRAFT);
  return write_programme (db, programme,
                          "INSERT INTO benefit_programme (name, kind, date, per, amount, in_kind, by_hand, "
                          "min_age_male, min_age_female, min_age, tag, flag, group_id, account, "
                          "needs_representatives, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                          "?11, ?12, (SELECT id FROM village_group WHERE name = ?13), ?14, ?15, ?16)",
                          error);
}

/* The stored programme, refused unless it is a draft (@what: the change). */
static CwBenefitProgramme *
load_draft (CwDatabase  *db,
            gint64       id,
            GError     **error)
{
  g_autoptr(CwBenefitProgramme) stored = cw_benefit_programme_load (db, id, error);

  if (stored == NULL)
    return NULL;
  if (g_str_equal (stored->state, CW_BENEFIT_STATE_APPROVED))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Programme %lld is approved and its list frozen: "
                     "change the list person by person, with a reason."), (long long) id);
      return NULL;
    }
  if (g_str_equal (stored->state, CW_BENEFIT_STATE_WITHDRAWN))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Programme %lld was withdrawn."), (long long) id);
      return NULL;
    }
  return g_steal_pointer (&stored);
}

gboolean
cw_benefit_programme_update (CwDatabase          *db,
                             CwBenefitProgramme  *programme,
                             GError             **error)
{
  g_autoptr(CwBenefitProgramme) stored = load_draft (db, programme->id, error);

  if (stored == NULL)
    return FALSE;
  return write_programme (db, programme,
                          "UPDATE benefit_programme SET name = ?1, kind = ?2, date = ?3, per = ?4, "
                          "amount = ?5, in_kind = ?6, by_hand = ?7, min_age_male = ?8, min_age_female = ?9, "
                          "min_age = ?10, tag = ?11, flag = ?12, "
                          "group_id = (SELECT id FROM village_group WHERE name = ?13), account = ?14, "
                          "needs_representatives = ?15, notes = ?16 WHERE id = ?17",
                          error);
}

gboolean
cw_benefit_programme_approve (CwDatabase  *db,
                              gint64       id,
                              const char  *reviewed_on,
                              const char  *reviewed_by,
                              const char  *representatives_on,
                              GError     **error)
{
  g_auto(CwBenefitApproval) approval = { 0 };
  g_autoptr(CwBenefitProgramme) programme = load_draft (db, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *state_date;

  if (programme == NULL ||
      !cw_benefit_check_approval (db, reviewed_on, reviewed_by, representatives_on, programme->needs_representatives,
                                  &approval, error))
    return FALSE;
  state_date = approval.representatives_on != NULL ? approval.representatives_on : approval.reviewed_on;

  stmt = cw_database_prepare (db,
                              "UPDATE benefit_programme SET state = 'approved', reviewed_on = ?1, "
                              "representatives_on = ?2, state_date = ?3, reviewed_by = ?5 WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, approval.reviewed_on, -1, SQLITE_STATIC);
  cw_benefit_bind_optional_text (stmt, 2, approval.representatives_on);
  sqlite3_bind_text (stmt, 3, state_date, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, id);
  sqlite3_bind_text (stmt, 5, approval.reviewer, -1, SQLITE_STATIC);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_benefit_freeze_list (db, programme, error) || !cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_programme");
  cw_database_emit_changed (db, "benefit_beneficiary");
  return TRUE;
}

gboolean
cw_benefit_programme_withdraw (CwDatabase  *db,
                               gint64       id,
                               const char  *date,
                               const char  *reason,
                               GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = NULL;
  g_autofree char *why = cw_text_clean_line (reason != NULL ? reason : "");

  if (programme == NULL)
    return FALSE;
  if (g_str_equal (programme->state, CW_BENEFIT_STATE_WITHDRAWN))
    return TRUE;
  if (programme->paid > 0 || cw_benefit_count_paid (db, id) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Programme %lld has been paid out to some; it cannot be withdrawn."), (long long) id);
      return FALSE;
    }
  day = cw_benefit_normalize_day (_("Date"), date, error);
  if (day == NULL)
    return FALSE;
  if (why[0] == '\0')
    return cw_benefit_invalid (error, "%s", _("Reason: say why the programme is withdrawn."));
  stmt = cw_database_prepare (db,
                              "UPDATE benefit_programme SET state = 'withdrawn', state_date = ?1, "
                              "state_reason = ?2 WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, why, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "benefit_programme");
  return TRUE;
}
