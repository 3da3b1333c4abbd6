/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rule"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-points-limits.h"

struct _CwPointRule
{
  GObject   parent_instance;

  gint64    id;
  char     *code;
  char     *scheme;
  char     *category;
  char     *description;
  int       points;
  char     *unit;
  int       quarter_cap;
  gboolean  retired;
};

G_DEFINE_FINAL_TYPE (CwPointRule, cw_point_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_SCHEME,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_POINTS,
  PROP_UNIT,
  PROP_QUARTER_CAP,
  PROP_RETIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
cw_scheme_label (const char *scheme)
{
  if (g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0)
    return _("Party members’ points");
  return _("Villagers’ points");
}

const char *
cw_scheme_for (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (g_str_equal (trimmed, CW_SCHEME_HOUSEHOLD) || g_str_equal (trimmed, "村民积分") ||
      g_str_equal (trimmed, "户积分") || g_str_equal (trimmed, "村民") ||
      g_str_equal (trimmed, cw_scheme_label (CW_SCHEME_HOUSEHOLD)))
    return CW_SCHEME_HOUSEHOLD;
  if (g_str_equal (trimmed, CW_SCHEME_PARTY) || g_str_equal (trimmed, "党员积分") ||
      g_str_equal (trimmed, "党员") || g_str_equal (trimmed, cw_scheme_label (CW_SCHEME_PARTY)))
    return CW_SCHEME_PARTY;
  return NULL;
}

static void
cw_point_rule_finalize (GObject *object)
{
  CwPointRule *self = (CwPointRule *)object;

  g_free (self->code);
  g_free (self->scheme);
  g_free (self->category);
  g_free (self->description);
  g_free (self->unit);

  G_OBJECT_CLASS (cw_point_rule_parent_class)->finalize (object);
}

static char **
text_field (CwPointRule *self,
            guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_CODE: return &self->code;
    case PROP_SCHEME: return &self->scheme;
    case PROP_CATEGORY: return &self->category;
    case PROP_DESCRIPTION: return &self->description;
    case PROP_UNIT: return &self->unit;
    default: return NULL;
    }
}

static void
cw_point_rule_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CwPointRule *self = CW_POINT_RULE (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    g_value_set_string (value, *text);
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_POINTS)
    g_value_set_int (value, self->points);
  else if (prop_id == PROP_QUARTER_CAP)
    g_value_set_int (value, self->quarter_cap);
  else if (prop_id == PROP_RETIRED)
    g_value_set_boolean (value, self->retired);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_point_rule_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CwPointRule *self = CW_POINT_RULE (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    {
      g_free (*text);
      *text = g_strstrip (g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : ""));
    }
  else if (prop_id == PROP_POINTS)
    self->points = g_value_get_int (value);
  else if (prop_id == PROP_QUARTER_CAP)
    self->quarter_cap = g_value_get_int (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_point_rule_class_init (CwPointRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_point_rule_finalize;
  object_class->get_property = cw_point_rule_get_property;
  object_class->set_property = cw_point_rule_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", rw);
  properties[PROP_SCHEME] = g_param_spec_string ("scheme", NULL, NULL, CW_SCHEME_HOUSEHOLD, rw);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  /* Any int: what is out of bounds is refused by cw_point_rule_validate()
   * with a message, not dropped by GObject with a warning. */
  properties[PROP_POINTS] = g_param_spec_int ("points", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "次", rw);
  properties[PROP_QUARTER_CAP] = g_param_spec_int ("quarter-cap", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_point_rule_init (CwPointRule *self)
{
  self->code = g_strdup ("");
  self->scheme = g_strdup (CW_SCHEME_HOUSEHOLD);
  self->category = g_strdup ("");
  self->description = g_strdup ("");
  self->unit = g_strdup ("次");
}

CwPointRule *
cw_point_rule_new (void)
{
  return g_object_new (CW_TYPE_POINT_RULE, NULL);
}

CwPointRule *
cw_point_rule_copy (CwPointRule *self)
{
  CwPointRule *copy = g_object_new (CW_TYPE_POINT_RULE,
                                    "code", self->code, "scheme", self->scheme,
                                    "category", self->category, "description", self->description,
                                    "points", self->points, "unit", self->unit,
                                    "quarter-cap", self->quarter_cap, NULL);
  copy->id = self->id;
  copy->retired = self->retired;
  return copy;
}

gint64 cw_point_rule_get_id (CwPointRule *self) { return self->id; }
const char *cw_point_rule_get_code (CwPointRule *self) { return self->code; }
const char *cw_point_rule_get_scheme (CwPointRule *self) { return self->scheme; }
const char *cw_point_rule_get_category (CwPointRule *self) { return self->category; }
const char *cw_point_rule_get_description (CwPointRule *self) { return self->description; }
int cw_point_rule_get_points (CwPointRule *self) { return self->points; }
const char *cw_point_rule_get_unit (CwPointRule *self) { return self->unit; }
int cw_point_rule_get_quarter_cap (CwPointRule *self) { return self->quarter_cap; }
gboolean cw_point_rule_get_retired (CwPointRule *self) { return self->retired; }

/* The code is a key that does not depend on case or width (hj01, ＨＪ０１
 * and HJ01 are one rule); the category groups rules, so it is cleaned
 * the same way but keeps its case. */
static void
clean_fields (CwPointRule *self)
{
  char *code = cw_text_normalize_key (self->code);
  char *category = cw_text_clean_line (self->category);
  char *unit = cw_text_clean_line (self->unit);

  g_free (self->code);
  self->code = code;
  g_free (self->category);
  self->category = category;
  g_free (self->unit);
  self->unit = unit;
}

gboolean
cw_point_rule_validate (CwPointRule  *self,
                        GError      **error)
{
  const char *scheme = cw_scheme_for (self->scheme);

  clean_fields (self);
  if (self->code[0] == '\0')
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Code: a rule needs a code, e.g. HJ01."));
  else if (scheme == NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                 _("Scheme: “%s” is neither 村民积分 nor 党员积分."), self->scheme);
  else if (self->category[0] == '\0')
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Category: a rule needs a category, e.g. 人居环境."));
  else if (self->description[0] == '\0')
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Content: say what the rule rewards or deducts."));
  else if (self->points == 0)
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                         _("Points: a rule gives or takes points; 0 is not allowed."));
  else if (self->points > CW_RULE_POINTS_MAX || self->points < -CW_RULE_POINTS_MAX)
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                 _("Points: a rule gives or takes at most %d points a use; %d is too many."),
                 CW_RULE_POINTS_MAX, self->points);
  else if (self->quarter_cap < 0)
    g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Cap: a cap cannot be negative."));
  else if (self->quarter_cap > CW_RULE_CAP_MAX)
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                 _("Cap: a quarter cap is at most %d points; %d is too many."),
                 CW_RULE_CAP_MAX, self->quarter_cap);
  else if (self->quarter_cap > 0 && self->quarter_cap < ABS (self->points))
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                 _("Cap: a quarter cap of %d is smaller than one use of the rule (%d points)."),
                 self->quarter_cap, self->points);
  else
    {
      g_free (self->scheme);
      self->scheme = g_strdup (scheme);
      if (self->unit[0] == '\0')
        {
          g_free (self->unit);
          self->unit = g_strdup ("次");
        }
      return TRUE;
    }
  return FALSE;
}

#define RULE_SELECT "SELECT id, code, scheme, category, description, points, unit, " \
                    "coalesce(quarter_cap, 0), retired FROM point_rule "

static CwPointRule *
rule_from_row (sqlite3_stmt *stmt)
{
  CwPointRule *self = g_object_new (CW_TYPE_POINT_RULE,
                                    "code", sqlite3_column_text (stmt, 1),
                                    "scheme", sqlite3_column_text (stmt, 2),
                                    "category", sqlite3_column_text (stmt, 3),
                                    "description", sqlite3_column_text (stmt, 4),
                                    "points", sqlite3_column_int (stmt, 5),
                                    "unit", sqlite3_column_text (stmt, 6),
                                    "quarter-cap", sqlite3_column_int (stmt, 7),
                                    NULL);
  self->id = sqlite3_column_int64 (stmt, 0);
  self->retired = sqlite3_column_int (stmt, 8) != 0;
  return self;
}

GListModel *
cw_point_rule_list (CwDatabase  *db,
                    const char  *scheme,
                    gboolean     include_retired,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         RULE_SELECT "WHERE (?1 IS NULL OR scheme = ?1) AND (?2 OR NOT retired) "
                         "ORDER BY scheme DESC, code",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (scheme != NULL)
    sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, include_retired);

  store = g_list_store_new (CW_TYPE_POINT_RULE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwPointRule) rule = rule_from_row (stmt);
      g_list_store_append (store, rule);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

CwPointRule *
cw_point_rule_find (CwDatabase  *db,
                    const char  *code,
                    GError     **error)
{
  g_autofree char *trimmed = cw_text_normalize_key (code);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, RULE_SELECT "WHERE code = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no rule with the code %s."), trimmed);
      return NULL;
    }
  return rule_from_row (stmt);
}

static gboolean
write_rule (CwDatabase   *db,
            CwPointRule  *rule,
            const char   *sql,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!cw_point_rule_validate (rule, error))
    return FALSE;
  stmt = cw_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rule->code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, rule->scheme, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, rule->category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, rule->description, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, rule->points);
  sqlite3_bind_text (stmt, 6, rule->unit, -1, SQLITE_STATIC);
  if (rule->quarter_cap > 0)
    sqlite3_bind_int (stmt, 7, rule->quarter_cap);
  sqlite3_bind_int64 (stmt, 8, rule->id);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (rule->id == 0)
    rule->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_rule");
  return TRUE;
}

gboolean
cw_point_rule_add (CwDatabase   *db,
                   CwPointRule  *rule,
                   GError      **error)
{
  g_autoptr(CwPointRule) same = NULL;

  if (!cw_point_rule_validate (rule, error))
    return FALSE;
  same = cw_point_rule_find (db, rule->code, NULL);
  if (same != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("Code: there is already a rule %s (%s)."),
                   same->code, same->description);
      return FALSE;
    }
  rule->id = 0;
  return write_rule (db, rule,
                     "INSERT INTO point_rule (code, scheme, category, description, points, unit, "
                     "quarter_cap) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                     error);
}

gboolean
cw_point_rule_update (CwDatabase   *db,
                      CwPointRule  *rule,
                      GError      **error)
{
  g_autoptr(CwPointRule) stored = NULL;
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, RULE_SELECT "WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rule->id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That rule no longer exists."));
      return FALSE;
    }
  stored = rule_from_row (stmt);
  if (!cw_point_rule_validate (rule, error))
    return FALSE;
  /* Entries name rules by code and count by scheme: those stay. */
  if (!g_str_equal (stored->code, rule->code) || g_strcmp0 (cw_scheme_for (rule->scheme), stored->scheme) != 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("A rule’s code and scheme cannot change; retire it and add a new rule."));
      return FALSE;
    }
  return write_rule (db, rule,
                     "UPDATE point_rule SET code = ?1, scheme = ?2, category = ?3, description = ?4, "
                     "points = ?5, unit = ?6, quarter_cap = ?7 WHERE id = ?8",
                     error);
}

gboolean
cw_point_rule_set_retired (CwDatabase  *db,
                           gint64       id,
                           gboolean     retired,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "UPDATE point_rule SET retired = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, retired != 0);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_rule");
  return TRUE;
}
