/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-entry-private.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-points-limits.h"
#include "core/common/cw-quarter.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_SUBJECT_ID,
  PROP_QUANTITY,
  PROP_POINTS,
  PROP_REVERSES_ID,
  /* Text properties, in the order of ENTRY_SELECT's columns from 5 on. */
  PROP_SCHEME,
  PROP_SUBJECT_NAME,
  PROP_HOUSEHOLD_NUMBER,
  PROP_GROUP_NAME,
  PROP_RULE_CODE,
  PROP_RULE_DESCRIPTION,
  PROP_CATEGORY,
  PROP_ENTRY_DATE,
  PROP_QUARTER,
  PROP_NOTE,
  PROP_EVIDENCE,
  PROP_RECORDED_BY,
  PROP_STATE,
  PROP_REVIEWED_BY,
  PROP_REJECT_REASON,
  PROP_CORRECTS_QUARTER,
  N_PROPS
};

#define FIRST_TEXT PROP_SCHEME

struct _CwPointEntry
{
  GObject  parent_instance;

  gint64   id;
  gint64   subject_id;
  int      quantity;
  gint64   points;
  gint64   reverses_id;
  char    *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwPointEntry, cw_point_entry, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_point_entry_finalize (GObject *object)
{
  CwPointEntry *self = (CwPointEntry *)object;

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cw_point_entry_parent_class)->finalize (object);
}

static void
cw_point_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CwPointEntry *self = CW_POINT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_SUBJECT_ID: g_value_set_int64 (value, self->subject_id); break;
    case PROP_QUANTITY: g_value_set_int (value, self->quantity); break;
    case PROP_POINTS: g_value_set_int64 (value, self->points); break;
    case PROP_REVERSES_ID: g_value_set_int64 (value, self->reverses_id); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_point_entry_class_init (CwPointEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[N_PROPS] = {
    [PROP_SCHEME] = "scheme", [PROP_SUBJECT_NAME] = "subject-name",
    [PROP_HOUSEHOLD_NUMBER] = "household-number", [PROP_GROUP_NAME] = "group-name",
    [PROP_RULE_CODE] = "rule-code", [PROP_RULE_DESCRIPTION] = "rule-description",
    [PROP_CATEGORY] = "category", [PROP_ENTRY_DATE] = "entry-date", [PROP_QUARTER] = "quarter",
    [PROP_NOTE] = "note", [PROP_EVIDENCE] = "evidence", [PROP_RECORDED_BY] = "recorded-by",
    [PROP_STATE] = "state", [PROP_REVIEWED_BY] = "reviewed-by",
    [PROP_REJECT_REASON] = "reject-reason", [PROP_CORRECTS_QUARTER] = "corrects-quarter",
  };

  object_class->finalize = cw_point_entry_finalize;
  object_class->get_property = cw_point_entry_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SUBJECT_ID] = g_param_spec_int64 ("subject-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_QUANTITY] = g_param_spec_int ("quantity", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_POINTS] = g_param_spec_int64 ("points", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_REVERSES_ID] = g_param_spec_int64 ("reverses-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_point_entry_init (CwPointEntry *self)
{
}

gint64 cw_point_entry_get_id (CwPointEntry *self) { return self->id; }
const char *cw_point_entry_get_scheme (CwPointEntry *self) { return self->text[PROP_SCHEME]; }
gint64 cw_point_entry_get_subject_id (CwPointEntry *self) { return self->subject_id; }
const char *cw_point_entry_get_subject_name (CwPointEntry *self) { return self->text[PROP_SUBJECT_NAME]; }
const char *cw_point_entry_get_household_number (CwPointEntry *self) { return self->text[PROP_HOUSEHOLD_NUMBER]; }
const char *cw_point_entry_get_group_name (CwPointEntry *self) { return self->text[PROP_GROUP_NAME]; }
const char *cw_point_entry_get_rule_code (CwPointEntry *self) { return self->text[PROP_RULE_CODE]; }
const char *cw_point_entry_get_rule_description (CwPointEntry *self) { return self->text[PROP_RULE_DESCRIPTION]; }
const char *cw_point_entry_get_category (CwPointEntry *self) { return self->text[PROP_CATEGORY]; }
const char *cw_point_entry_get_entry_date (CwPointEntry *self) { return self->text[PROP_ENTRY_DATE]; }
const char *cw_point_entry_get_quarter (CwPointEntry *self) { return self->text[PROP_QUARTER]; }
int cw_point_entry_get_quantity (CwPointEntry *self) { return self->quantity; }
gint64 cw_point_entry_get_points (CwPointEntry *self) { return self->points; }
const char *cw_point_entry_get_note (CwPointEntry *self) { return self->text[PROP_NOTE]; }
const char *cw_point_entry_get_state (CwPointEntry *self) { return self->text[PROP_STATE]; }
const char *cw_point_entry_get_reject_reason (CwPointEntry *self) { return self->text[PROP_REJECT_REASON]; }
gint64 cw_point_entry_get_reverses_id (CwPointEntry *self) { return self->reverses_id; }

const char *
cw_point_entry_state_label (const char *state)
{
  if (g_strcmp0 (state, CW_POINT_STATE_PENDING) == 0)
    return C_("points", "Pending review");
  if (g_strcmp0 (state, CW_POINT_STATE_REVIEWED) == 0)
    return C_("points", "Reviewed");
  if (g_strcmp0 (state, CW_POINT_STATE_REJECTED) == 0)
    return C_("points", "Rejected");
  return state;
}

/* Households are named by their head, party members by themselves; both
 * carry the household number and group. */
#define ENTRY_SELECT \
  "SELECT e.id, coalesce(e.household_id, e.person_id), e.quantity, e.points, " \
  "       coalesce(e.reverses_id, 0), e.scheme, " \
  "       coalesce(m.name, (SELECT name FROM person WHERE household_id = h.id AND relation = '户主' " \
  "                          AND status IN ('active', 'migrant')), ''), " \
  "       h.number, g.name, r.code, r.description, r.category, e.entry_date, e.quarter, e.note, " \
  "       e.evidence, e.recorded_by, e.state, coalesce(e.reviewed_by, ''), e.reject_reason, " \
  "       coalesce(e.corrects_quarter, '') " \
  "FROM point_entry e JOIN point_rule r ON r.id = e.rule_id " \
  "LEFT JOIN person m ON m.id = e.person_id " \
  "JOIN household h ON h.id = coalesce(e.household_id, m.household_id) " \
  "JOIN village_group g ON g.id = h.group_id "

static CwPointEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  CwPointEntry *self = g_object_new (CW_TYPE_POINT_ENTRY, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->subject_id = sqlite3_column_int64 (stmt, 1);
  self->quantity = sqlite3_column_int (stmt, 2);
  self->points = sqlite3_column_int64 (stmt, 3);
  self->reverses_id = sqlite3_column_int64 (stmt, 4);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 5);
      self->text[i] = g_strdup (text != NULL ? text : "");
    }
  return self;
}

GListModel *
cw_point_entry_list (CwDatabase  *db,
                     const char  *scheme,
                     gint64       subject_id,
                     const char  *quarter,
                     const char  *state,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         ENTRY_SELECT
                         "WHERE (?1 IS NULL OR e.scheme = ?1) "
                         "AND (?2 = 0 OR coalesce(e.household_id, e.person_id) = ?2) "
                         "AND (?3 IS NULL OR e.quarter = ?3) AND (?4 IS NULL OR e.state = ?4) "
                         "ORDER BY e.entry_date DESC, e.id DESC",
                         error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (scheme != NULL)
    sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, subject_id);
  if (quarter != NULL)
    sqlite3_bind_text (stmt, 3, quarter, -1, SQLITE_STATIC);
  if (state != NULL)
    sqlite3_bind_text (stmt, 4, state, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, entry_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  store = g_list_store_new (CW_TYPE_POINT_ENTRY);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/* Adding entries */

/* What a subject may earn, looked up once per writer. */
typedef struct
{
  char   *name;    /* NULL when it may not earn points */
  GError *error;   /* why not */
} Subject;

static void
subject_free (gpointer data)
{
  Subject *subject = data;

  g_free (subject->name);
  g_clear_error (&subject->error);
  g_free (subject);
}

struct _CwPointEntryWriter
{
  CwDatabase   *db;
  GDate         today;
  GHashTable   *rules;        /* code → CwPointRule, or NULL: no such rule */
  GHashTable   *published;    /* quarter → published (GINT_TO_POINTER (1 or 2)) */
  GHashTable   *households;   /* id → Subject */
  GHashTable   *members;      /* id → Subject */
  sqlite3_stmt *household;
  sqlite3_stmt *member;
  sqlite3_stmt *household_cap;
  sqlite3_stmt *member_cap;
  sqlite3_stmt *insert;
  char         *reviewed_at;  /* entries go in reviewed, then; see set_reviewed() */
};

/* A code the rule book lacks is remembered as NULL. */
static void
unref_rule (gpointer rule)
{
  if (rule != NULL)
    g_object_unref (rule);
}

/**
 * cw_point_entry_writer_new:
 *
 * Adds entries one after another with the checks of cw_point_entry_add()
 * (cw-point-entry-private.h). Statements are prepared once, and rules,
 * published quarters and subjects are looked up once: they do not change
 * while the caller's transaction holds the write lock.
 */
CwPointEntryWriter *
cw_point_entry_writer_new (CwDatabase *db)
{
  CwPointEntryWriter *writer = g_new0 (CwPointEntryWriter, 1);

  writer->db = g_object_ref (db);
  cw_date_today (&writer->today);
  writer->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_rule);
  writer->published = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->households = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, subject_free);
  writer->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, subject_free);
  return writer;
}

void
cw_point_entry_writer_free (CwPointEntryWriter *writer)
{
  if (writer == NULL)
    return;
  g_clear_pointer (&writer->household, sqlite3_finalize);
  g_clear_pointer (&writer->member, sqlite3_finalize);
  g_clear_pointer (&writer->household_cap, sqlite3_finalize);
  g_clear_pointer (&writer->member_cap, sqlite3_finalize);
  g_clear_pointer (&writer->insert, sqlite3_finalize);
  g_free (writer->reviewed_at);
  g_hash_table_unref (writer->rules);
  g_hash_table_unref (writer->published);
  g_hash_table_unref (writer->households);
  g_hash_table_unref (writer->members);
  g_object_unref (writer->db);
  g_free (writer);
}

void
cw_point_entry_writer_set_reviewed (CwPointEntryWriter *writer,
                                    const char         *reviewed_at)
{
  g_free (writer->reviewed_at);
  writer->reviewed_at = g_strdup (reviewed_at);
}

/* The statement in *@stmt, prepared on first use. */
static sqlite3_stmt *
statement (CwPointEntryWriter  *writer,
           sqlite3_stmt       **stmt,
           const char          *sql,
           GError             **error)
{
  if (*stmt == NULL)
    *stmt = cw_database_prepare (writer->db, sql, error);
  else
    sqlite3_reset (*stmt);
  return *stmt;
}

static gboolean
quarter_is_open (CwPointEntryWriter  *writer,
                 const char          *quarter,
                 GError             **error)
{
  gpointer known = g_hash_table_lookup (writer->published, quarter);
  gboolean published;

  if (known == NULL)
    {
      if (!cw_point_quarter_get_publication (writer->db, quarter, &published, NULL, NULL, error))
        return FALSE;
      known = GINT_TO_POINTER (published ? 1 : 2);
      g_hash_table_insert (writer->published, g_strdup (quarter), known);
    }
  return known == GINT_TO_POINTER (2) || cw_point_quarter_check_open (writer->db, quarter, error);
}

/* A real day, not in the future, in an open quarter. */
static char *
entry_day (CwPointEntryWriter  *writer,
           const char          *date,
           char               **quarter,
           GError             **error)
{
  GDate parsed;
  g_autofree char *day = NULL;

  if (date == NULL || date[0] == '\0')
    parsed = writer->today;
  else if (!cw_date_parse (date, &parsed, error))
    return NULL;
  if (g_date_compare (&parsed, &writer->today) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Date: %s is in the future."), date);
      return NULL;
    }
  day = cw_date_format (&parsed);
  *quarter = cw_quarter_of_date (day);
  if (!quarter_is_open (writer, *quarter, error))
    {
      g_clear_pointer (quarter, g_free);
      return NULL;
    }
  return g_steal_pointer (&day);
}

static Subject *
find_subject (CwPointEntryWriter  *writer,
              gboolean             party,
              gint64               subject_id,
              GError             **error)
{
  sqlite3_stmt *stmt;
  Subject *subject;
  int rc;

  stmt = party
    ? statement (writer, &writer->member,
                 "SELECT name, status IN ('active', 'migrant') "
                 "AND political IN ('中共党员', '中共预备党员') FROM person WHERE id = ?",
                 error)
    : statement (writer, &writer->household, "SELECT number, status = 'active' FROM household WHERE id = ?",
                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, subject_id);
  /* A read that failed is the caller's error, not an answer to keep. */
  if ((rc = cw_database_step_one (writer->db, stmt, error)) == SQLITE_ERROR)
    {
      sqlite3_reset (stmt);
      return NULL;
    }
  subject = g_new0 (Subject, 1);
  if (rc == SQLITE_DONE)
    g_set_error_literal (&subject->error, CW_ERROR, CW_ERROR_NOT_FOUND,
                         party ? _("That party member is not in the register.")
                               : _("That household is not in the register."));
  else if (!sqlite3_column_int (stmt, 1))
    g_set_error (&subject->error, CW_ERROR, CW_ERROR_REFUSED,
                 party ? _("%s is not a present party member.")
                       : _("Household %s has left the register and earns no points."),
                 (const char *) sqlite3_column_text (stmt, 0));
  else
    subject->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return subject;
}

/* Who the subject is, for messages; NULL when it may not earn points in
 * the scheme (a household not in the register, a person not a party member). */
static const char *
subject_name (CwPointEntryWriter  *writer,
              const char          *scheme,
              gint64               subject_id,
              GError             **error)
{
  gboolean party = g_str_equal (scheme, CW_SCHEME_PARTY);
  GHashTable *known = party ? writer->members : writer->households;
  Subject *subject = g_hash_table_lookup (known, &subject_id);

  if (subject == NULL)
    {
      subject = find_subject (writer, party, subject_id, error);
      if (subject == NULL)
        return NULL;
      g_hash_table_insert (known, g_memdup2 (&subject_id, sizeof subject_id), subject);
    }
  if (subject->error != NULL)
    g_propagate_error (error, g_error_copy (subject->error));
  return subject->name;
}

/* The points the rule gave the subject in the quarter so far, by the
 * subject's own index (household_id or person_id, then quarter). */
static gboolean
check_cap (CwPointEntryWriter  *writer,
           CwPointRule         *rule,
           gboolean             party,
           gint64               subject_id,
           const char          *name,
           const char          *quarter,
           gint64               points,
           GError             **error)
{
  sqlite3_stmt *stmt;
  gint64 cap = cw_point_rule_get_quarter_cap (rule);
  gint64 used;
  int rc;

  if (cap == 0)
    return TRUE;
  stmt = party
    ? statement (writer, &writer->member_cap,
                 "SELECT coalesce(sum(points), 0) FROM point_entry "
                 "WHERE person_id = ?2 AND quarter = ?3 AND rule_id = ?1 AND state <> 'rejected'",
                 error)
    : statement (writer, &writer->household_cap,
                 "SELECT coalesce(sum(points), 0) FROM point_entry "
                 "WHERE household_id = ?2 AND quarter = ?3 AND rule_id = ?1 AND state <> 'rejected'",
                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cw_point_rule_get_id (rule));
  sqlite3_bind_int64 (stmt, 2, subject_id);
  sqlite3_bind_text (stmt, 3, quarter, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  used = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return cw_database_fail (writer->db, error);

  /* Deductions are capped the same way, by their size. */
  if (ABS (used + points) > cap)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s: rule %s is capped at %lld points a quarter and already gave %lld in %s; "
                     "at most %lld more."),
                   name, cw_point_rule_get_code (rule), (long long) cap, (long long) ABS (used), quarter,
                   (long long) MAX (0, cap - ABS (used)));
      return FALSE;
    }
  return TRUE;
}

static CwPointRule *
usable_rule (CwPointEntryWriter  *writer,
             const char          *scheme,
             const char          *code,
             GError             **error)
{
  CwPointRule *rule;

  if (!g_hash_table_lookup_extended (writer->rules, code, NULL, (gpointer *) &rule))
    {
      rule = cw_point_rule_find (writer->db, code, NULL);
      g_hash_table_insert (writer->rules, g_strdup (code), rule);
    }
  if (rule == NULL)
    {
      /* Its own words, as cw_point_rule_find() gives them. */
      g_autoptr(CwPointRule) none = cw_point_rule_find (writer->db, code, error);
      return NULL;
    }
  if (cw_point_rule_get_retired (rule))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Rule %s is retired."), code);
      return NULL;
    }
  if (!g_str_equal (cw_point_rule_get_scheme (rule), scheme))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Rule %s belongs to the %s scheme."),
                   code, cw_scheme_label (cw_point_rule_get_scheme (rule)));
      return NULL;
    }
  return rule;
}

/* cw_point_entry_add() inside the caller's transaction. */
gint64
cw_point_entry_writer_add (CwPointEntryWriter  *writer,
                           const char          *scheme,
                           gint64               subject_id,
                           const char          *rule_code,
                           const char          *date,
                           gint64               quantity,
                           const char          *note,
                           const char          *evidence,
                           GError             **error)
{
  gboolean party = g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0;
  CwPointRule *rule = usable_rule (writer, scheme, rule_code, error);
  g_autofree char *quarter = NULL;
  g_autofree char *day = NULL;
  const char *name;
  sqlite3_stmt *stmt;
  gint64 points;
  gboolean ok;

  if (rule == NULL)
    return 0;
  day = entry_day (writer, date, &quarter, error);
  if (day == NULL)
    return 0;
  name = subject_name (writer, scheme, subject_id, error);
  if (name == NULL)
    return 0;
  if (quantity <= 0 || quantity > CW_ENTRY_QUANTITY_MAX)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Quantity: %lld is not a sensible quantity; an entry counts from 1 to %d uses."),
                   (long long) quantity, CW_ENTRY_QUANTITY_MAX);
      return 0;
    }
  points = cw_point_rule_get_points (rule) * quantity;
  if (!check_cap (writer, rule, party, subject_id, name, quarter, points, error))
    return 0;

  stmt = statement (writer, &writer->insert,
                    "INSERT INTO point_entry (scheme, household_id, person_id, rule_id, "
                    "entry_date, quarter, quantity, points, note, evidence, recorded_by, "
                    "state, reviewed_by, reviewed_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                    error);
  if (stmt == NULL)
    return 0;
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, party ? 3 : 2, subject_id);
  sqlite3_bind_int64 (stmt, 4, cw_point_rule_get_id (rule));
  sqlite3_bind_text (stmt, 5, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, quantity);
  sqlite3_bind_int64 (stmt, 8, points);
  sqlite3_bind_text (stmt, 9, note != NULL ? note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, evidence != NULL ? evidence : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, cw_database_get_operator (writer->db), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, writer->reviewed_at != NULL ? CW_POINT_STATE_REVIEWED : CW_POINT_STATE_PENDING,
                     -1, SQLITE_STATIC);
  if (writer->reviewed_at != NULL)
    {
      sqlite3_bind_text (stmt, 13, cw_database_get_operator (writer->db), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 14, writer->reviewed_at, -1, SQLITE_STATIC);
    }
  ok = cw_database_step_done (writer->db, stmt, error);
  /* Lets go of day and quarter before they are freed. */
  sqlite3_reset (stmt);
  if (!ok)
    return 0;
  return sqlite3_last_insert_rowid (cw_database_get_handle (writer->db));
}

gint64
cw_point_entry_add (CwDatabase   *db,
                    const char   *scheme,
                    gint64        subject_id,
                    const char   *rule_code,
                    const char   *date,
                    gint64        quantity,
                    const char   *note,
                    const char   *evidence,
                    GError      **error)
{
  g_autoptr(CwPointEntryWriter) writer = cw_point_entry_writer_new (db);
  gint64 id;

  if (!cw_database_begin (db, error))
    return 0;
  id = cw_point_entry_writer_add (writer, scheme, subject_id, rule_code, date, quantity, note, evidence, error);
  g_clear_pointer (&writer, cw_point_entry_writer_free);
  if (id == 0)
    {
      cw_database_rollback (db);
      return 0;
    }
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "point_entry");
  return id;
}

void
cw_point_skipped_free (CwPointSkipped *skipped)
{
  if (skipped == NULL)
    return;
  g_free (skipped->reason);
  g_free (skipped);
}

/* What the register's rules refuse of one subject; anything else (the
 * database failing) stops the whole batch. */
static gboolean
is_refusal (const GError *error)
{
  return g_error_matches (error, CW_ERROR, CW_ERROR_REFUSED) ||
         g_error_matches (error, CW_ERROR, CW_ERROR_NOT_FOUND) ||
         g_error_matches (error, CW_ERROR, CW_ERROR_INVALID);
}

/* Inside the caller's transaction, each subject in a savepoint of its own:
 * a refused one leaves nothing behind and goes into @skipped. */
static gboolean
insert_each (CwPointEntryWriter  *writer,
             const char          *scheme,
             const gint64        *subject_ids,
             guint                n_subjects,
             const char          *rule_code,
             const char          *day,
             gint64               quantity,
             const char          *note,
             GPtrArray           *skipped,
             GError             **error)
{
  for (guint i = 0; i < n_subjects; i++)
    {
      g_autoptr(GError) local = NULL;
      CwPointSkipped *skip;

      if (!cw_database_begin (writer->db, error))
        return FALSE;
      if (cw_point_entry_writer_add (writer, scheme, subject_ids[i], rule_code, day, quantity, note, "",
                                     &local) != 0)
        {
          if (!cw_database_commit (writer->db, error))
            return FALSE;
          continue;
        }
      cw_database_rollback (writer->db);
      if (!is_refusal (local))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      skip = g_new0 (CwPointSkipped, 1);
      skip->subject_id = subject_ids[i];
      skip->reason = g_strdup (local->message);
      g_ptr_array_add (skipped, skip);
    }
  return TRUE;
}

gboolean
cw_point_entry_add_many (CwDatabase    *db,
                         const char    *scheme,
                         const gint64  *subject_ids,
                         guint          n_subjects,
                         const char    *rule_code,
                         const char    *date,
                         gint64         quantity,
                         const char    *note,
                         GError       **error)
{
  g_autoptr(CwPointEntryWriter) writer = cw_point_entry_writer_new (db);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_point_skipped_free);
  g_autoptr(GString) refused = g_string_new (NULL);
  g_autofree char *quarter = NULL;
  g_autofree char *day = NULL;

  /* A wrong rule or day is wrong for everyone: said once. */
  if (usable_rule (writer, scheme, rule_code, error) == NULL)
    return FALSE;
  day = entry_day (writer, date, &quarter, error);
  if (day == NULL)
    return FALSE;

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!insert_each (writer, scheme, subject_ids, n_subjects, rule_code, day, quantity, note, skipped, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  g_clear_pointer (&writer, cw_point_entry_writer_free);
  /* All or nothing: a clean-up day is entered once, not half. */
  if (skipped->len > 0)
    {
      cw_database_rollback (db);
      for (guint i = 0; i < skipped->len; i++)
        g_string_append_printf (refused, "%s%s", i > 0 ? "; " : "",
                                ((CwPointSkipped *) g_ptr_array_index (skipped, i))->reason);
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Nothing was entered: %s"), refused->str);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_entry");
  return TRUE;
}

GPtrArray *
cw_point_entry_add_each (CwDatabase    *db,
                         const char    *scheme,
                         const gint64  *subject_ids,
                         guint          n_subjects,
                         const char    *rule_code,
                         const char    *date,
                         int            quantity,
                         const char    *note,
                         guint         *n_saved,
                         GError       **error)
{
  g_autoptr(CwPointEntryWriter) writer = NULL;
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_point_skipped_free);
  g_autofree char *quarter = NULL;
  g_autofree char *day = NULL;
  guint saved;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (subject_ids != NULL || n_subjects == 0, NULL);

  if (n_saved != NULL)
    *n_saved = 0;
  writer = cw_point_entry_writer_new (db);
  /* A wrong rule or day is wrong for everyone: said once. */
  if (usable_rule (writer, scheme, rule_code, error) == NULL)
    return NULL;
  day = entry_day (writer, date, &quarter, error);
  if (day == NULL)
    return NULL;

  if (!cw_database_begin (db, error))
    return NULL;
  if (!insert_each (writer, scheme, subject_ids, n_subjects, rule_code, day, quantity, note, skipped, error))
    {
      cw_database_rollback (db);
      return NULL;
    }
  g_clear_pointer (&writer, cw_point_entry_writer_free);
  saved = n_subjects - skipped->len;
  /* Nothing saved is no change: Undo stays with the one before. */
  if (saved == 0)
    cw_database_rollback (db);
  else if (!cw_database_commit (db, error))
    return NULL;
  else
    cw_database_emit_changed (db, "point_entry");

  if (n_saved != NULL)
    *n_saved = saved;
  return g_steal_pointer (&skipped);
}

static gboolean
set_state (CwDatabase   *db,
           gint64        id,
           const char   *state,
           const char   *reason,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) check = cw_database_prepare (db, "SELECT state, quarter FROM point_entry WHERE id = ?", error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (check == NULL)
    return FALSE;
  sqlite3_bind_int64 (check, 1, id);
  if ((rc = cw_database_step_one (db, check, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That point entry does not exist."));
      return FALSE;
    }
  if (!g_str_equal ((const char *) sqlite3_column_text (check, 0), CW_POINT_STATE_PENDING))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Entry %lld is already %s."),
                   (long long) id, cw_point_entry_state_label ((const char *) sqlite3_column_text (check, 0)));
      return FALSE;
    }
  if (!cw_point_quarter_check_open (db, (const char *) sqlite3_column_text (check, 1), error))
    return FALSE;

  stmt = cw_database_prepare (db,
                              "UPDATE point_entry SET state = ?2, reviewed_by = ?3, "
                              "reviewed_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), "
                              "reject_reason = ?4 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, state, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_database_get_operator (db), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  return cw_database_step_done (db, stmt, error);
}

gboolean
cw_point_entry_review (CwDatabase    *db,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (!set_state (db, ids[i], CW_POINT_STATE_REVIEWED, NULL, error))
      {
        cw_database_rollback (db);
        return FALSE;
      }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_entry");
  return TRUE;
}

gboolean
cw_point_entry_review_quarter (CwDatabase  *db,
                               const char  *quarter,
                               const char  *scheme,
                               guint       *n_reviewed,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (n_reviewed != NULL)
    *n_reviewed = 0;
  if (!cw_point_quarter_check_open (db, quarter, error))
    return FALSE;
  stmt = cw_database_prepare (db,
                              "UPDATE point_entry SET state = 'reviewed', reviewed_by = ?3, "
                              "reviewed_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
                              "WHERE quarter = ?1 AND state = 'pending' AND (?2 IS NULL OR scheme = ?2)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  if (scheme != NULL)
    sqlite3_bind_text (stmt, 2, scheme, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_database_get_operator (db), -1, SQLITE_STATIC);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (n_reviewed != NULL)
    *n_reviewed = (guint) sqlite3_changes (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_entry");
  return TRUE;
}

gboolean
cw_point_entry_reject (CwDatabase  *db,
                       gint64       id,
                       const char  *reason,
                       GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Reason: say why the entry is rejected."));
      return FALSE;
    }
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!set_state (db, id, CW_POINT_STATE_REJECTED, trimmed, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "point_entry");
  return TRUE;
}

gint64
cw_point_entry_reverse (CwDatabase  *db,
                        gint64       id,
                        const char  *date,
                        const char  *reason,
                        GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autoptr(CwPointEntryWriter) writer = NULL;
  g_autoptr(sqlite3_stmt) original = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *day = NULL;
  const char *old_quarter;
  gboolean old_published;
  gint64 reversal;
  int rc;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Reason: say why the entry is reversed."));
      return 0;
    }
  original = cw_database_prepare (db,
                                  "SELECT state, quarter, reverses_id IS NOT NULL, "
                                  "EXISTS (SELECT 1 FROM point_entry r WHERE r.reverses_id = e.id) "
                                  "FROM point_entry e WHERE id = ?",
                                  error);
  if (original == NULL)
    return 0;
  sqlite3_bind_int64 (original, 1, id);
  if ((rc = cw_database_step_one (db, original, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That point entry does not exist."));
      return 0;
    }
  if (!g_str_equal ((const char *) sqlite3_column_text (original, 0), CW_POINT_STATE_REVIEWED))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("Only reviewed entries are reversed; a pending one is rejected instead."));
      return 0;
    }
  if (sqlite3_column_int (original, 2) || sqlite3_column_int (original, 3))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           sqlite3_column_int (original, 2)
                           ? _("This entry is itself a reversal.")
                           : _("This entry has already been reversed."));
      return 0;
    }
  old_quarter = (const char *) sqlite3_column_text (original, 1);
  if (!cw_point_quarter_get_publication (db, old_quarter, &old_published, NULL, NULL, error))
    return 0;

  writer = cw_point_entry_writer_new (db);
  day = entry_day (writer, date, &quarter, error);
  if (day == NULL)
    return 0;

  stmt = cw_database_prepare (db,
                              "INSERT INTO point_entry (scheme, household_id, person_id, rule_id, "
                              "entry_date, quarter, quantity, points, note, recorded_by, state, "
                              "reviewed_by, reviewed_at, reverses_id, corrects_quarter) "
                              "SELECT scheme, household_id, person_id, rule_id, ?2, ?3, quantity, -points, "
                              "?4, ?5, 'reviewed', ?5, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), "
                              "id, ?6 FROM point_entry WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, quarter, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, cw_database_get_operator (db), -1, SQLITE_STATIC);
  if (old_published)
    sqlite3_bind_text (stmt, 6, old_quarter, -1, SQLITE_TRANSIENT);
  sqlite3_reset (original);

  if (!cw_database_begin (db, error))
    return 0;
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return 0;
    }
  reversal = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "point_entry");
  return reversal;
}

guint
cw_point_entry_count_pending (CwDatabase *db)
{
  return (guint) cw_database_query_int (db, "SELECT count(*) FROM point_entry WHERE state = 'pending'", 0);
}

gint64
cw_point_entry_count_pending_in (CwDatabase  *db,
                                 const char  *quarter,
                                 const char  *scheme,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT count(*) FROM point_entry "
                             "WHERE state = 'pending' AND quarter = ?1 AND (?2 IS NULL OR scheme = ?2)", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, quarter, -1, SQLITE_STATIC);
  if (scheme != NULL)
    sqlite3_bind_text (stmt, 2, scheme, -1, SQLITE_STATIC);
  /* count() always has its row: anything else is a failed read. */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}
