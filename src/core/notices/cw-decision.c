/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-decision"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-role.h"

static const char *const step_names[CW_DECISION_STEPS] = {
  N_("Party branch proposal"),
  N_("Two committees’ discussion"),
  N_("Party members’ meeting"),
  N_("Villagers’ resolution"),
  N_("Resolution published"),
  N_("Results published"),
};

/* The catalogue items steps 5 and 6 publish under (the default
 * catalogue's names; a village that renamed them gets notices without). */
static const char *const step_items[CW_DECISION_STEPS] = {
  NULL, NULL, NULL, NULL, "村民会议、村民代表会议决议", "决议实施结果",
};

const char *
cw_decision_step_name (guint step)
{
  g_return_val_if_fail (step >= 1 && step <= CW_DECISION_STEPS, "");
  return _(step_names[step - 1]);
}

const char *
cw_meeting_name (CwMeeting meeting)
{
  switch (meeting)
    {
    case CW_MEETING_VILLAGERS:
      return _("Villagers’ meeting");
    case CW_MEETING_REPRESENTATIVES:
      return _("Villagers’ representatives’ meeting");
    case CW_MEETING_NONE:
    default:
      return "";
    }
}

static const char *
meeting_code (CwMeeting meeting)
{
  return meeting == CW_MEETING_VILLAGERS ? "villagers" : meeting == CW_MEETING_REPRESENTATIVES ? "representatives" : "";
}

gboolean
cw_meeting_parse (const char *text,
                  CwMeeting  *meeting)
{
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");

  if (g_ascii_strcasecmp (clean, "villagers") == 0 || g_str_equal (clean, "村民会议") ||
      g_str_equal (clean, cw_meeting_name (CW_MEETING_VILLAGERS)))
    *meeting = CW_MEETING_VILLAGERS;
  else if (g_ascii_strcasecmp (clean, "representatives") == 0 || g_str_equal (clean, "村民代表会议") ||
           g_str_equal (clean, cw_meeting_name (CW_MEETING_REPRESENTATIVES)))
    *meeting = CW_MEETING_REPRESENTATIVES;
  else
    return FALSE;
  return TRUE;
}

void
cw_quorum_party (gint64    due,
                 gint64    present,
                 gint64    in_favour,
                 gboolean *valid,
                 gboolean *passed)
{
  *valid = due > 0 && present >= 0 && 3 * present >= 2 * due;
  *passed = *valid && 2 * in_favour > due;
}

void
cw_quorum_villagers (gint64    adults,
                     gint64    present,
                     gint64    households,
                     gint64    households_present,
                     gint64    in_favour,
                     gboolean *valid,
                     gboolean *passed)
{
  gboolean by_persons = adults > 0 && present >= 0 && 2 * present > adults;
  gboolean by_households = households > 0 && households_present >= 0 && 3 * households_present >= 2 * households;
  /* Those present: the persons, or the households' representatives. */
  gint64 voters = present >= 0 ? present : households_present;

  *valid = by_persons || by_households;
  *passed = *valid && voters > 0 && 2 * in_favour > voters;
}

void
cw_quorum_representatives (gint64    due,
                           gint64    present,
                           gint64    in_favour,
                           gboolean *valid,
                           gboolean *passed)
{
  *valid = due > 0 && present >= 0 && 3 * present >= 2 * due;
  *passed = *valid && present > 0 && 2 * in_favour > present;
}

static guint
count_on (CwDatabase *db,
          const char *sql,
          const char *date,
          const char *adult_birth)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, adult_birth, -1, SQLITE_STATIC);
  /* A count the clerk checks against the minutes and may type over, for
   * callers with no error to show: a failed read is logged, not silent. */
  if (cw_database_step_one (db, stmt, NULL) != SQLITE_ROW)
    {
      cw_database_warn (db, "the number of those entitled to take part");
      return 0;
    }
  return (guint) sqlite3_column_int64 (stmt, 0);
}

/* A person in the village on ?1: present now, or left after that day;
 * born by then. */
#define PERSON_ON "(p.status IN ('active', 'migrant') OR p.status_date > ?1) " \
                  "AND (p.birth_date IS NULL OR p.birth_date <= ?1) AND ?2 IS ?2"

guint
cw_decision_count_party_members (CwDatabase *db,
                                 const char *date)
{
  return count_on (db, "SELECT count(*) FROM person p WHERE p.political = '中共党员' AND "
                       "(p.party_join_date IS NULL OR p.party_join_date <= ?1) AND " PERSON_ON, date, NULL);
}

guint
cw_decision_count_adults (CwDatabase *db,
                          const char *date)
{
  /* 18 on the day: born on or before the same day eighteen years back
   * (a 29 February birthday comes on 1 March). */
  g_autofree char *born_by = g_strdup_printf ("%04d%s", (int) g_ascii_strtoll (date, NULL, 10) - 18, date + 4);

  return count_on (db, "SELECT count(*) FROM person p WHERE p.birth_date <= ?2 AND "
                       "(p.status IN ('active', 'migrant') OR p.status_date > ?1)", date, born_by);
}

guint
cw_decision_count_households (CwDatabase *db,
                              const char *date)
{
  return count_on (db, "SELECT count(*) FROM household h WHERE (h.status = 'active' OR h.status_date > ?1) "
                       "AND ?2 IS ?2", date, NULL);
}

void
cw_decision_step_free (CwDecisionStep *step)
{
  g_free (step->date);
  g_free (step->minutes);
  g_free (step->notice_number);
  g_free (step);
}

void
cw_step_input_init (CwStepInput *input)
{
  memset (input, 0, sizeof *input);
  input->due = input->present = input->in_favour = input->against = -1;
  input->households_due = input->households_present = -1;
}

struct _CwDecision
{
  GObject    parent_instance;

  gint64     id;
  char      *number;
  char      *title;
  char      *date;
  GPtrArray *records;
};

G_DEFINE_FINAL_TYPE (CwDecision, cw_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_decision_finalize (GObject *object)
{
  CwDecision *self = (CwDecision *) object;

  g_free (self->number);
  g_free (self->title);
  g_free (self->date);
  g_ptr_array_unref (self->records);

  G_OBJECT_CLASS (cw_decision_parent_class)->finalize (object);
}

static void
cw_decision_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwDecision *self = (CwDecision *) object;

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_decision_class_init (CwDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_decision_finalize;
  object_class->get_property = cw_decision_get_property;

  /* Read-only, for lists to sort and find by. */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_decision_init (CwDecision *self)
{
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_decision_step_free);
}

gint64 cw_decision_get_id (CwDecision *self) { return self->id; }
const char *cw_decision_get_number (CwDecision *self) { return self->number; }
const char *cw_decision_get_title (CwDecision *self) { return self->title; }
const char *cw_decision_get_date (CwDecision *self) { return self->date; }
GPtrArray *cw_decision_get_records (CwDecision *self) { return self->records; }

CwDecisionStep *
cw_decision_get_step (CwDecision *self,
                      guint       step)
{
  for (guint i = self->records->len; i > 0; i--)
    {
      CwDecisionStep *record = g_ptr_array_index (self->records, i - 1);
      if (record->step == step)
        return record;
    }
  return NULL;
}

guint
cw_decision_get_progress (CwDecision *self)
{
  guint done = 0;

  while (done < CW_DECISION_STEPS)
    {
      CwDecisionStep *next = cw_decision_get_step (self, done + 1);
      if (next == NULL || !next->passed)
        break;
      done++;
    }
  return done;
}

gboolean
cw_decision_is_stopped (CwDecision *self)
{
  guint done = cw_decision_get_progress (self);
  CwDecisionStep *next = done < CW_DECISION_STEPS ? cw_decision_get_step (self, done + 1) : NULL;

  return next != NULL && !next->passed;
}

char *
cw_decision_describe (CwDecision *self)
{
  guint done = cw_decision_get_progress (self);
  CwDecisionStep *next = done < CW_DECISION_STEPS ? cw_decision_get_step (self, done + 1) : NULL;

  if (done == CW_DECISION_STEPS)
    return g_strdup (_("All six steps done"));
  if (next != NULL && !next->valid)
    /* Translators: "Step 3 had no quorum on 2026-05-10" */
    return g_strdup_printf (_("Step %u had no quorum on %s"), next->step, next->date);
  if (next != NULL)
    return g_strdup_printf (_("Step %u failed on %s"), next->step, next->date);
  if (done == 0)
    return g_strdup (_("Not proposed yet"));
  /* Translators: "Step 2 of 6 done" */
  return g_strdup_printf (_("Step %u of 6 done"), done);
}

static CwDecisionStep *
step_from_row (sqlite3_stmt *stmt,
               int           first)
{
  CwDecisionStep *step = g_new0 (CwDecisionStep, 1);
  gint64 *counts[] = { &step->due, &step->present, &step->in_favour, &step->against,
                       &step->households_due, &step->households_present };
  const char *meeting = (const char *) sqlite3_column_text (stmt, first + 2);

  step->step = (guint) sqlite3_column_int (stmt, first);
  step->date = g_strdup ((const char *) sqlite3_column_text (stmt, first + 1));
  step->meeting = g_strcmp0 (meeting, "villagers") == 0 ? CW_MEETING_VILLAGERS
                : g_strcmp0 (meeting, "representatives") == 0 ? CW_MEETING_REPRESENTATIVES : CW_MEETING_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    *counts[i] = sqlite3_column_type (stmt, first + 3 + (int) i) == SQLITE_NULL
               ? -1 : sqlite3_column_int64 (stmt, first + 3 + (int) i);
  step->valid = sqlite3_column_int (stmt, first + 9) != 0;
  step->passed = sqlite3_column_int (stmt, first + 10) != 0;
  step->minutes = g_strdup ((const char *) sqlite3_column_text (stmt, first + 11));
  step->notice_id = sqlite3_column_int64 (stmt, first + 12);
  step->notice_number = g_strdup ((const char *) sqlite3_column_text (stmt, first + 13));
  return step;
}

/* Decisions with their steps, one row a step (a decision without one
 * has a row of NULLs). */
#define SELECT_DECISION \
  "SELECT d.id, d.number, d.title, d.created_date, s.step, s.held_date, s.meeting, s.due, s.present, " \
  "s.in_favour, s.against, s.households_due, s.households_present, s.valid, s.passed, s.minutes, " \
  "coalesce(s.notice_id, 0), coalesce(n.number, '') FROM decision d " \
  "LEFT JOIN decision_step s ON s.decision_id = d.id LEFT JOIN notice n ON n.id = s.notice_id "

static GListModel *
query (CwDatabase  *db,
       const char  *where,
       gint64       id,
       const char  *text,
       GError     **error)
{
  g_autofree char *sql = g_strconcat (SELECT_DECISION, where, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GListStore) store = NULL;
  CwDecision *current = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_DECISION);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);

      if (current == NULL || current->id != row_id)
        {
          g_autoptr(CwDecision) decision = g_object_new (CW_TYPE_DECISION, NULL);
          decision->id = row_id;
          decision->number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          decision->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          decision->date = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          g_list_store_append (store, decision);
          current = decision;
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        g_ptr_array_add (current->records, step_from_row (stmt, 4));
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static CwDecision *
first_of (GListModel  *found,
          const char  *number,
          GError     **error)
{
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      if (number != NULL)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no decision %s."), number);
      else
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That decision no longer exists."));
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

#define STEP_ORDER " ORDER BY d.id, s.held_date, s.id"

CwDecision *
cw_decision_load (CwDatabase  *db,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(GListModel) found = query (db, "WHERE d.id = ?1" STEP_ORDER, id, NULL, error);

  return first_of (found, NULL, error);
}

CwDecision *
cw_decision_find (CwDatabase  *db,
                  const char  *number,
                  GError     **error)
{
  g_autofree char *clean = cw_text_normalize_key (number != NULL ? number : "");
  g_autoptr(GListModel) found = query (db, "WHERE d.number = ?2" STEP_ORDER, 0, clean, error);

  return first_of (found, clean, error);
}

GListModel *
cw_decision_list (CwDatabase  *db,
                  int          year,
                  GError     **error)
{
  g_autofree char *prefix = g_strdup_printf ("%04d", year);

  return query (db, "WHERE ?1 = 0 OR substr(d.created_date, 1, 4) = ?2 "
                    "ORDER BY d.created_date DESC, d.id DESC, s.held_date, s.id", year, prefix, error);
}

gint64
cw_decision_add (CwDatabase  *db,
                 const char  *title,
                 const char  *date,
                 GError     **error)
{
  g_autofree char *clean = cw_notice_clean_prose (title);
  g_autofree char *day = NULL;
  g_autofree char *number = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  if (clean[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Title: say what the decision is about."));
      return 0;
    }
  if (date == NULL || date[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Date: say on which day."));
      return 0;
    }
  if ((day = cw_date_normalize (date, error)) == NULL)
    return 0;
  if (!cw_database_begin (db, error))
    return 0;
  sql = g_strdup_printf ("SELECT coalesce(max(CAST(substr(number, 6) AS INTEGER)), 0) FROM decision "
                         "WHERE substr(number, 1, 5) = '%.4s-'", day);
  number = g_strdup_printf ("%.4s-%02" G_GINT64_FORMAT, day, cw_database_query_int (db, sql, 0) + 1);
  stmt = cw_database_prepare (db, "INSERT INTO decision (number, title, created_date) VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    {
      cw_database_rollback (db);
      return 0;
    }
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return 0;
    }
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "decision");
  return id;
}

static gboolean
refuse (GError     **error,
        const char  *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, message);
  return FALSE;
}

/* The step's order against the steps recorded. */
static gboolean
check_order (CwDatabase        *db,
             CwDecision        *decision,
             const CwStepInput *input,
             const char        *day,
             GError           **error)
{
  CwDecisionStep *same = cw_decision_get_step (decision, input->step);
  CwDecisionStep *before = input->step > 1 ? cw_decision_get_step (decision, input->step - 1) : NULL;
  guint progress = cw_decision_get_progress (decision);

  if (same != NULL && same->passed)
    return refuse (error, _("Step %u (%s) already passed on %s."), input->step,
                   cw_decision_step_name (input->step), same->date);
  if (input->step > 1 && progress < input->step - 1)
    {
      guint missing = progress + 1;
      CwDecisionStep *failed = cw_decision_get_step (decision, missing);

      if (failed != NULL)
        return refuse (error, _("Step %u (%s) failed on %s: the decision stops until it is held again."),
                       missing, cw_decision_step_name (missing), failed->date);
      return refuse (error, _("Step %u (%s) has not been held: the steps go in order."),
                     missing, cw_decision_step_name (missing));
    }
  if (input->step == 1 && strcmp (day, decision->date) < 0)
    return refuse (error, _("%s is before the matter was raised (%s)."), day, decision->date);
  if (before != NULL && strcmp (day, before->date) < 0)
    return refuse (error, _("%s is before step %u (%s, %s)."), day, before->step,
                   cw_decision_step_name (before->step), before->date);
  /* The committees discuss after the branch proposes, the same day only
   * when the secretary is also the director (一肩挑). */
  if (input->step == 2 && before != NULL && strcmp (day, before->date) == 0)
    {
      g_autoptr(GListModel) secretaries = cw_village_role_holders (db, CW_ROLE_PARTY_SECRETARY, day, NULL);
      g_autoptr(GListModel) directors = cw_village_role_holders (db, CW_ROLE_DIRECTOR, day, NULL);
      gboolean one_person = FALSE;

      for (guint i = 0; secretaries != NULL && i < g_list_model_get_n_items (secretaries); i++)
        for (guint j = 0; directors != NULL && j < g_list_model_get_n_items (directors); j++)
          {
            g_autoptr(CwVillageRole) a = g_list_model_get_item (secretaries, i);
            g_autoptr(CwVillageRole) b = g_list_model_get_item (directors, j);
            if (cw_village_role_get_person_id (a) != 0 &&
                cw_village_role_get_person_id (a) == cw_village_role_get_person_id (b))
              one_person = TRUE;
          }
      if (!one_person)
        return refuse (error, _("Step 2 can share step 1’s day (%s) only when one person is both Party branch "
                                "secretary and village committee director."), day);
    }
  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, message);
  return FALSE;
}

/* Fills the due counts from the register and the roles, checks the
 * counts, and judges the meeting. */
static gboolean
judge (CwDatabase        *db,
       const CwStepInput *input,
       const char        *day,
       CwDecisionStep    *step,
       GError           **error)
{
  step->due = input->due;
  step->present = input->present;
  step->in_favour = input->in_favour;
  step->against = input->against;
  step->households_due = input->households_due;
  step->households_present = input->households_present;
  step->meeting = input->step == 4 ? input->meeting : CW_MEETING_NONE;

  if (input->step == 3 || input->step == 4)
    {
      if (input->step == 4 && step->meeting == CW_MEETING_NONE)
        return invalid (error, _("Meeting: step 4 is a villagers’ meeting or a villagers’ representatives’ meeting."));
      if (step->present < 0 && step->households_present < 0)
        return invalid (error, _("Present: say how many attended."));
      if (step->in_favour < 0)
        return invalid (error, _("For: say how many voted for."));
      if (step->due < 0)
        step->due = input->step == 3 ? cw_decision_count_party_members (db, day)
                  : step->meeting == CW_MEETING_VILLAGERS ? cw_decision_count_adults (db, day)
                  : cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, day);
      if (step->meeting == CW_MEETING_VILLAGERS && step->households_due < 0)
        step->households_due = cw_decision_count_households (db, day);
      if (step->due == 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       input->step == 3 ? _("Due: the register has no party member on %s; give the number due.")
                       : step->meeting == CW_MEETING_VILLAGERS ? _("Due: the register has no adult on %s; give the number due.")
                       : _("Due: no one is a villagers’ representative on %s; record them, or give the number due."),
                       day);
          return FALSE;
        }
      if (step->present > step->due)
        return invalid (error, _("Present: more attended than were due."));
      if (step->households_present > 0 && step->households_present > step->households_due)
        return invalid (error, _("Households present: more than the village has."));
      if (step->in_favour + MAX (step->against, 0) > MAX (step->present, step->households_present))
        return invalid (error, _("For and against: more votes than were present."));
      if (input->step == 3)
        cw_quorum_party (step->due, step->present, step->in_favour, &step->valid, &step->passed);
      else if (step->meeting == CW_MEETING_VILLAGERS)
        cw_quorum_villagers (step->due, step->present, step->households_due, step->households_present,
                             step->in_favour, &step->valid, &step->passed);
      else
        cw_quorum_representatives (step->due, step->present, step->in_favour, &step->valid, &step->passed);
      return TRUE;
    }
  step->valid = TRUE;
  step->passed = !input->rejected;
  return TRUE;
}

/* The meeting of step @step as a notice names it. */
static const char *
record_step_name (const CwDecisionStep *held)
{
  static const char *const names[] = { "党支部会提议", "两委会商议", "党员大会审议" };

  if (held->step <= G_N_ELEMENTS (names))
    return names[held->step - 1];
  return held->meeting == CW_MEETING_VILLAGERS ? "村民会议决议" : "村民代表会议决议";
}

/* The row of the notice's table for a deliberation held: the meeting,
 * its day, who came, the vote and the outcome. */
static char **
record_step_row (const CwDecisionStep *held)
{
  char **row = g_new0 (char *, 6);

  row[0] = g_strdup (record_step_name (held));
  row[1] = g_strdup (held->date);
  if (held->present >= 0)
    {
      row[2] = g_strdup_printf ("应到 %lld 人，实到 %lld 人", (long long) held->due, (long long) held->present);
      row[3] = g_strdup_printf ("赞成 %lld 票，反对 %lld 票", (long long) held->in_favour,
                                (long long) MAX (held->against, 0));
    }
  else if (held->households_present >= 0)
    {
      row[2] = g_strdup_printf ("%lld 户中 %lld 户代表到会", (long long) held->households_due,
                                (long long) held->households_present);
      row[3] = g_strdup_printf ("赞成 %lld 票", (long long) held->in_favour);
    }
  else
    {
      row[2] = g_strdup ("—");
      row[3] = g_strdup ("—");
    }
  row[4] = g_strdup (held->passed ? "通过" : "未通过");
  return row;
}

/* Steps 5 and 6 publish: the notice drafted from the decision, its
 * title, and the four deliberations as its table (the days, attendance
 * and votes), as a register gives a notice its table. A notice is the
 * village's record, posted on its board: it is written in Chinese
 * whatever the clerk's language (or the demo's), as a register's table
 * is (cw-notice-source.h). */
static gint64
draft_notice (CwDatabase      *db,
              CwDecision      *decision,
              CwDecisionStep  *step,
              GError         **error)
{
  static const char *const header[] = { "程序", "日期", "到会情况", "表决情况", "结果", NULL };
  g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, step_items[step->step - 1], NULL);
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(CwNotice) notice = NULL;
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GDate end;
  guint days = item != NULL ? MAX (cw_notice_item_get_min_days (item), 1) : 7;

  cw_date_parse (step->date, &end, NULL);
  g_date_add_days (&end, days - 1);
  to = cw_date_format (&end);
  title = step->step == 5 ? g_strdup_printf ("关于“%s”的决议公告", decision->title)
                          : g_strdup_printf ("关于“%s”实施结果的公告", decision->title);
  g_string_append_printf (body, "“%s”事项已经过以下“四议”程序，见下表。", decision->title);
  if (step->minutes[0] != '\0')
    g_string_append_printf (body, "\n%s", step->minutes);
  g_ptr_array_add (table, g_strdupv ((char **) header));
  for (guint s = 1; s <= 4; s++)
    {
      CwDecisionStep *held = cw_decision_get_step (decision, s);

      if (held != NULL)
        g_ptr_array_add (table, record_step_row (held));
    }

  notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, title, step->date, to);
  cw_notice_set_body (notice, body->str);
  cw_notice_set_table (notice, table);
  cw_notice_set_item_id (notice, item != NULL ? cw_notice_item_get_id (item) : 0);
  cw_notice_set_decision_id (notice, decision->id);
  return cw_notice_add (db, notice, error);
}

static gboolean
insert_step (CwDatabase      *db,
             gint64           id,
             CwDecisionStep  *step,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "INSERT INTO decision_step (decision_id, step, held_date, meeting, due, present, "
                             "in_favour, against, households_due, households_present, valid, passed, minutes, "
                             "notice_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                         error);
  gint64 counts[] = { step->due, step->present, step->in_favour, step->against,
                      step->households_due, step->households_present };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) step->step);
  sqlite3_bind_text (stmt, 3, step->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, meeting_code (step->meeting), -1, SQLITE_STATIC);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (counts[i] >= 0)
      sqlite3_bind_int64 (stmt, 5 + (int) i, counts[i]);
  sqlite3_bind_int (stmt, 11, step->valid);
  sqlite3_bind_int (stmt, 12, step->passed);
  sqlite3_bind_text (stmt, 13, step->minutes, -1, SQLITE_STATIC);
  if (step->notice_id != 0)
    sqlite3_bind_int64 (stmt, 14, step->notice_id);
  return cw_database_step_done (db, stmt, error);
}

CwDecisionStep *
cw_decision_record_step (CwDatabase        *db,
                         gint64             id,
                         const CwStepInput *input,
                         GError           **error)
{
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(CwDecisionStep) step = g_new0 (CwDecisionStep, 1);
  g_autofree char *day = NULL;

  if (input->step < 1 || input->step > CW_DECISION_STEPS)
    {
      invalid (error, _("Step: a number from 1 to 6."));
      return NULL;
    }
  if (input->date == NULL || input->date[0] == '\0')
    {
      invalid (error, _("Date: say on which day."));
      return NULL;
    }
  if ((day = cw_date_normalize (input->date, error)) == NULL)
    return NULL;
  step->step = input->step;
  step->date = g_strdup (day);
  step->minutes = cw_notice_clean_prose (input->minutes);
  step->notice_number = g_strdup ("");

  if (!cw_database_begin (db, error))
    return NULL;
  if ((decision = cw_decision_load (db, id, error)) == NULL ||
      !check_order (db, decision, input, day, error) ||
      !judge (db, input, day, step, error) ||
      (step->step >= 5 && (step->notice_id = draft_notice (db, decision, step, error)) == 0) ||
      !insert_step (db, id, step, error))
    {
      cw_database_rollback (db);
      return NULL;
    }
  if (!cw_database_commit (db, error))
    return NULL;
  if (step->notice_id != 0)
    {
      g_autoptr(CwNotice) notice = cw_notice_load (db, step->notice_id, NULL);
      g_free (step->notice_number);
      step->notice_number = g_strdup (notice != NULL ? cw_notice_get_number (notice) : "");
    }
  cw_database_emit_changed (db, "decision");
  return g_steal_pointer (&step);
}
