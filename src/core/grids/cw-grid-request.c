/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-request"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grids-private.h"

/* The text columns, in the order of the SELECT below and of text[]. */
static const char * const text_names[] = {
  "household-number", "head-name", "grid-code", "grid-name", "source", "category", "body", "urgency",
  "received-date", "due-date", "state", "assigned-to", "assigned-date", "resolved-date", "resolution",
  "evaluation", "evaluated-date", "claimed-by", "hold-since", "hold-reason", "number-text",
};
#define N_TEXT G_N_ELEMENTS (text_names)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_WISH,
  PROP_HELD_DAYS,
  FIRST_TEXT,
  N_PROPS = FIRST_TEXT + N_TEXT
};

struct _CwGridRequest
{
  GObject  parent_instance;

  gint64   number;
  gboolean wish;
  guint    held_days;
  char    *text[N_TEXT];
};

G_DEFINE_FINAL_TYPE (CwGridRequest, cw_grid_request, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_grid_request_finalize (GObject *object)
{
  CwGridRequest *self = CW_GRID_REQUEST (object);

  for (guint i = 0; i < N_TEXT; i++)
    g_free (self->text[i]);
  G_OBJECT_CLASS (cw_grid_request_parent_class)->finalize (object);
}

static void
cw_grid_request_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwGridRequest *self = CW_GRID_REQUEST (object);

  if (prop_id == PROP_NUMBER)
    g_value_set_int64 (value, self->number);
  else if (prop_id == PROP_WISH)
    g_value_set_boolean (value, self->wish);
  else if (prop_id == PROP_HELD_DAYS)
    g_value_set_uint (value, self->held_days);
  else if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
    g_value_set_string (value, self->text[prop_id - FIRST_TEXT]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* What an editor sets: the texts and whether it is a wish; core judges
 * them when the request is saved. */
static void
cw_grid_request_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwGridRequest *self = CW_GRID_REQUEST (object);

  if (prop_id == PROP_WISH)
    self->wish = g_value_get_boolean (value);
  else if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
    {
      g_free (self->text[prop_id - FIRST_TEXT]);
      self->text[prop_id - FIRST_TEXT] = g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_request_class_init (CwGridRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_grid_request_finalize;
  object_class->get_property = cw_grid_request_get_property;
  object_class->set_property = cw_grid_request_set_property;

  properties[PROP_NUMBER] = g_param_spec_int64 ("number", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_WISH] = g_param_spec_boolean ("wish", NULL, NULL, FALSE, rw);
  properties[PROP_HELD_DAYS] = g_param_spec_uint ("held-days", NULL, NULL, 0, G_MAXUINT, 0, ro);
  for (guint i = 0; i < N_TEXT; i++)
    properties[FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_grid_request_init (CwGridRequest *self)
{
  for (guint i = 0; i < N_TEXT; i++)
    self->text[i] = g_strdup ("");
}

CwGridRequest *
cw_grid_request_new (void)
{
  return g_object_new (CW_TYPE_GRID_REQUEST, NULL);
}

CwGridRequest *
cw_grid_request_copy (CwGridRequest *self)
{
  CwGridRequest *copy = cw_grid_request_new ();

  copy->number = self->number;
  copy->wish = self->wish;
  copy->held_days = self->held_days;
  for (guint i = 0; i < N_TEXT; i++)
    {
      g_free (copy->text[i]);
      copy->text[i] = g_strdup (self->text[i]);
    }
  return copy;
}

static const struct { const char *code; const char *zh; const char *en; } urgencies[] = {
  { "red", "红", "red" }, { "yellow", "黄", "yellow" }, { "blue", "蓝", "blue" },
};
static const struct { const char *code; const char *zh; const char *en; } evaluations[] = {
  { "satisfied", "满意", "satisfied" }, { "basic", "基本满意", "basic" }, { "dissatisfied", "不满意", "dissatisfied" },
};

#define LOOKUP(table, field_in, field_out, text)                       \
  G_STMT_START {                                                       \
    for (guint i_ = 0; i_ < G_N_ELEMENTS (table); i_++)                \
      if (g_strcmp0 (table[i_].code, text) == 0 ||                     \
          g_strcmp0 (table[i_].zh, text) == 0 ||                       \
          g_strcmp0 (table[i_].field_in, text) == 0)                   \
        return table[i_].field_out;                                    \
  } G_STMT_END

const char *
cw_grid_urgency_for (const char *text)
{
  LOOKUP (urgencies, en, code, text);
  return NULL;
}

const char *
cw_grid_urgency_label (const char *urgency)
{
  LOOKUP (urgencies, code, zh, urgency);
  return "";
}

const char *
cw_grid_evaluation_for (const char *text)
{
  LOOKUP (evaluations, en, code, text);
  return NULL;
}

const char *
cw_grid_evaluation_label (const char *evaluation)
{
  LOOKUP (evaluations, code, zh, evaluation);
  return "";
}

const char *
cw_grid_request_state_label (const char *state)
{
  if (g_strcmp0 (state, "received") == 0)
    return _("Received");
  if (g_strcmp0 (state, "assigned") == 0)
    return _("Assigned");
  if (g_strcmp0 (state, "resolved") == 0)
    return _("Resolved");
  if (g_strcmp0 (state, "closed") == 0)
    return _("Closed");
  return "";
}

gint64 cw_grid_request_get_number (CwGridRequest *self) { return self->number; }
gboolean cw_grid_request_get_wish (CwGridRequest *self) { return self->wish; }
guint cw_grid_request_get_held_days (CwGridRequest *self) { return self->held_days; }

const char *
cw_grid_request_get_text (CwGridRequest *self,
                          const char    *property)
{
  for (guint i = 0; i < N_TEXT; i++)
    if (g_str_equal (text_names[i], property))
      return self->text[i];
  g_return_val_if_reached ("");
}

#define TEXT(self, name) cw_grid_request_get_text ((self), (name))

static gboolean
parse_day (const char *text,
           GDate      *out)
{
  return text != NULL && text[0] != '\0' && cw_date_parse (text, out, NULL);
}

char *
cw_grid_request_due_on (CwGridRequest *self,
                        const char    *on)
{
  GDate due, day, since;
  guint extra = self->held_days;

  if (!parse_day (TEXT (self, "due-date"), &due))
    return g_strdup ("");
  if (parse_day (TEXT (self, "hold-since"), &since) && parse_day (on, &day) && g_date_compare (&day, &since) > 0)
    extra += (guint) g_date_days_between (&since, &day);
  g_date_add_days (&due, extra);
  return cw_date_format (&due);
}

const char *
cw_grid_request_board_state (CwGridRequest *self,
                             const char    *on)
{
  g_autofree char *due = NULL;
  GDate due_day, day;

  if (g_str_equal (TEXT (self, "state"), "closed"))
    return "closed";
  if (g_str_equal (TEXT (self, "state"), "resolved"))
    return "resolved";
  if (TEXT (self, "hold-since")[0] != '\0')
    return "hold";
  due = cw_grid_request_due_on (self, on);
  if (!parse_day (due, &due_day) || !parse_day (on, &day))
    return "open";
  if (g_date_compare (&day, &due_day) > 0)
    return "overdue";
  if (g_date_days_between (&day, &due_day) <= 2)
    return "soon";
  return "open";
}

#define REQUEST_SELECT \
  "SELECT r.number, r.is_wish, r.held_days, h.number, " \
  " coalesce((SELECT name FROM person x WHERE x.household_id = h.id AND x.relation = '户主' " \
  "           AND x.status IN ('active', 'migrant')), ''), coalesce(g.code, ''), coalesce(g.name, ''), " \
  " r.source, r.category, r.body, r.urgency, r.received_date, r.due_date, r.state, r.assigned_to, " \
  " coalesce(r.assigned_date, ''), coalesce(r.resolved_date, ''), r.resolution, coalesce(r.evaluation, ''), " \
  " coalesce(r.evaluated_date, ''), r.claimed_by, coalesce(r.hold_since, ''), r.hold_reason, " \
  " CAST(r.number AS TEXT) " \
  "FROM request r JOIN household h ON h.id = r.household_id LEFT JOIN grid g ON g.id = r.grid_id "

static CwGridRequest *
request_from_row (sqlite3_stmt *stmt)
{
  CwGridRequest *self = g_object_new (CW_TYPE_GRID_REQUEST, NULL);

  self->number = sqlite3_column_int64 (stmt, 0);
  self->wish = sqlite3_column_int (stmt, 1) != 0;
  self->held_days = (guint) sqlite3_column_int (stmt, 2);
  for (guint i = 0; i < N_TEXT; i++)
    g_free (self->text[i]), self->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) i + 3));
  return self;
}

CwGridRequest *
cw_grid_request_find (CwDatabase  *db,
                      gint64       number,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, REQUEST_SELECT "WHERE r.number = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, number);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no request number %d."),
                   (int) number);
      return NULL;
    }
  return request_from_row (stmt);
}

GListModel *
cw_grid_request_list (CwDatabase  *db,
                      const char  *from,
                      const char  *to,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, REQUEST_SELECT "WHERE (?1 IS NULL OR r.received_date >= ?1) "
                                            "AND (?2 IS NULL OR r.received_date <= ?2) ORDER BY r.number", error);
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (from != NULL && from[0] != '\0')
    sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  if (to != NULL && to[0] != '\0')
    sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_GRID_REQUEST);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwGridRequest) request = request_from_row (stmt);
      g_list_store_append (store, request);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

gboolean
cw_grid_request_add (CwDatabase  *db,
                     gint64       household_id,
                     const char  *date,
                     const char  *source,
                     const char  *category,
                     const char  *body,
                     const char  *urgency,
                     gboolean     wish,
                     gint64      *number,
                     GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autofree char *text = g_strstrip (g_strdup (body != NULL ? body : ""));
  g_autofree char *clean_source = cw_text_clean_line (source);
  g_autofree char *clean_category = cw_text_clean_line (category);
  const char *code = urgency == NULL || urgency[0] == '\0' ? "blue" : cw_grid_urgency_for (urgency);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) step = NULL;
  gint64 next;

  if (day == NULL)
    return FALSE;
  if (code == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Urgency: “%s” is none of 红, 黄, 蓝."), urgency);
      return FALSE;
    }
  if (text[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Request: say what the resident asks for."));
      return FALSE;
    }
  /* The grid is where the household was on the day it asked, so a later
   * move does not carry its requests to another grid's figures. */
  insert = cw_database_prepare (db,
                                "INSERT INTO request (number, household_id, grid_id, is_wish, source, category, "
                                " body, urgency, received_date, due_date) "
                                "VALUES (?1, ?2, (SELECT grid_id FROM grid_household WHERE household_id = ?2 "
                                "  AND from_date <= ?7 AND (to_date IS NULL OR to_date > ?7) "
                                "  ORDER BY from_date DESC LIMIT 1), "
                                " ?3, ?4, ?5, ?6, ?8, ?7, date(?7, '+' || ?9 || ' days'))",
                                error);
  step = cw_database_prepare (db, "INSERT INTO request_step (request_id, kind, step_date, who) "
                                  "VALUES (last_insert_rowid(), 'receive', ?1, ?2)", error);
  if (insert == NULL || step == NULL)
    return FALSE;
  if (!cw_database_begin (db, error))
    return FALSE;
  next = cw_database_query_int (db, "SELECT coalesce(max(number), 0) + 1 FROM request", 1);
  sqlite3_bind_int64 (insert, 1, next);
  sqlite3_bind_int64 (insert, 2, household_id);
  sqlite3_bind_int (insert, 3, wish ? 1 : 0);
  sqlite3_bind_text (insert, 4, clean_source, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, clean_category, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, text, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 7, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 8, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (insert, 9, cw_grid_settings_get_limit_days (db, code));
  sqlite3_bind_text (step, 1, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (step, 2, cw_database_get_operator (db), -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, insert, error) || !cw_database_step_done (db, step, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  if (number != NULL)
    *number = next;
  cw_database_emit_changed (db, "request");
  return TRUE;
}

/* One step of the loop: @update (binding ?1 the number, ?2 the day, ?3
 * @who, ?4 @note) changes the request, and the step is kept with its
 * date. The request must be in one of @states (space-separated). */
static gboolean
take_step (CwDatabase  *db,
           gint64       number,
           const char  *date,
           const char  *kind,
           const char  *states,
           const char  *who,
           const char  *note,
           const char  *update,
           GError     **error)
{
  g_autofree char *day = cw_grids_date (date, _("Date"), error);
  g_autoptr(CwGridRequest) request = NULL;
  g_auto(GStrv) allowed = g_strsplit (states, " ", -1);
  g_autoptr(sqlite3_stmt) change = NULL;
  g_autoptr(sqlite3_stmt) step = NULL;
  const char *state;

  if (day == NULL || (request = cw_grid_request_find (db, number, error)) == NULL)
    return FALSE;
  state = TEXT (request, "state");
  if (g_strcmp0 (day, TEXT (request, "received-date")) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Date: request %d was received on %s; a step cannot come before."),
                   (int) number, TEXT (request, "received-date"));
      return FALSE;
    }
  if (!g_strv_contains ((const char * const *) allowed, state))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Request %d is %s: that step does not apply."),
                   (int) number, cw_grid_request_state_label (state));
      return FALSE;
    }
  if (TEXT (request, "hold-since")[0] != '\0' && !g_str_equal (kind, "resume"))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Request %d is on hold since %s; resume it first."),
                   (int) number, TEXT (request, "hold-since"));
      return FALSE;
    }

  change = cw_database_prepare (db, update, error);
  step = cw_database_prepare (db, "INSERT INTO request_step (request_id, kind, step_date, who, note) "
                                  "SELECT id, ?2, ?3, ?4, ?5 FROM request WHERE number = ?1", error);
  if (change == NULL || step == NULL)
    return FALSE;
  sqlite3_bind_int64 (change, 1, number);
  sqlite3_bind_text (change, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (change, 3, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (change, 4, note, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (step, 1, number);
  sqlite3_bind_text (step, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (step, 3, day, -1, SQLITE_STATIC);
  sqlite3_bind_text (step, 4, who, -1, SQLITE_STATIC);
  sqlite3_bind_text (step, 5, note, -1, SQLITE_STATIC);
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, change, error) || !cw_database_step_done (db, step, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "request");
  return TRUE;
}

static gboolean
need_text (const char  *text,
           const char  *message,
           GError     **error)
{
  if (text[0] != '\0')
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, message);
  return FALSE;
}

gboolean
cw_grid_request_assign (CwDatabase  *db,
                        gint64       number,
                        const char  *date,
                        const char  *who,
                        GError     **error)
{
  g_autofree char *name = cw_text_clean_line (who);

  return need_text (name, _("Assigned to: say who handles the request."), error) &&
         take_step (db, number, date, "assign", "received assigned", name, "",
                    "UPDATE request SET state = 'assigned', assigned_to = ?3, assigned_date = ?2 WHERE number = ?1",
                    error);
}

gboolean
cw_grid_request_claim (CwDatabase  *db,
                       gint64       number,
                       const char  *date,
                       const char  *who,
                       GError     **error)
{
  g_autofree char *name = cw_text_clean_line (who);
  g_autoptr(CwGridRequest) request = cw_grid_request_find (db, number, error);

  if (request == NULL || !need_text (name, _("Claimed by: say which party member takes the wish on."), error))
    return FALSE;
  if (!request->wish)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Request %d is not a small wish; only wishes are claimed."), (int) number);
      return FALSE;
    }
  return take_step (db, number, date, "claim", "received assigned", name, "",
                    "UPDATE request SET state = 'assigned', claimed_by = ?3, assigned_to = ?3, "
                    "assigned_date = ?2 WHERE number = ?1",
                    error);
}

gboolean
cw_grid_request_resolve (CwDatabase  *db,
                         gint64       number,
                         const char  *date,
                         const char  *note,
                         GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));

  return take_step (db, number, date, "resolve", "received assigned", cw_database_get_operator (db), text,
                    "UPDATE request SET state = 'resolved', resolved_date = ?2, resolution = ?4 WHERE number = ?1",
                    error);
}

gboolean
cw_grid_request_evaluate (CwDatabase  *db,
                          gint64       number,
                          const char  *date,
                          const char  *evaluation,
                          const char  *note,
                          GError     **error)
{
  const char *code = cw_grid_evaluation_for (evaluation);
  g_autofree char *text = g_strstrip (g_strdup (note != NULL ? note : ""));

  if (code == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Evaluation: “%s” is none of 满意, 基本满意, 不满意."), evaluation != NULL ? evaluation : "");
      return FALSE;
    }
  if (!g_str_equal (code, "dissatisfied"))
    return take_step (db, number, date, "evaluate", "resolved", code, text,
                      "UPDATE request SET state = 'closed', evaluation = ?3, evaluated_date = ?2 WHERE number = ?1",
                      error);

  /* 不满意 sends it back to whoever had it: it is open again, its
   * deadline unchanged, until it is resolved and evaluated anew. */
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!take_step (db, number, date, "evaluate", "resolved", code, text,
                  "UPDATE request SET evaluation = ?3, evaluated_date = ?2 WHERE number = ?1", error) ||
      !take_step (db, number, date, "reopen", "resolved", "", text,
                  "UPDATE request SET state = CASE WHEN assigned_date IS NULL THEN 'received' ELSE 'assigned' END, "
                  "resolved_date = NULL, resolution = '' WHERE number = ?1", error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "request");
  return TRUE;
}

gboolean
cw_grid_request_hold (CwDatabase  *db,
                      gint64       number,
                      const char  *date,
                      const char  *reason,
                      GError     **error)
{
  g_autofree char *text = cw_text_clean_line (reason);

  return need_text (text, _("Reason: say why the request waits."), error) &&
         take_step (db, number, date, "hold", "received assigned", "", text,
                    "UPDATE request SET hold_since = ?2, hold_reason = ?4 WHERE number = ?1", error);
}

gboolean
cw_grid_request_resume (CwDatabase  *db,
                        gint64       number,
                        const char  *date,
                        GError     **error)
{
  g_autoptr(CwGridRequest) request = cw_grid_request_find (db, number, error);
  g_autofree char *day = cw_grids_date (date, _("Date"), error);

  if (request == NULL || day == NULL)
    return FALSE;
  if (TEXT (request, "hold-since")[0] == '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Request %d is not on hold."), (int) number);
      return FALSE;
    }
  if (g_strcmp0 (day, TEXT (request, "hold-since")) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Date: the request is on hold since %s."),
                   TEXT (request, "hold-since"));
      return FALSE;
    }
  return take_step (db, number, day, "resume", "received assigned", "", "",
                    "UPDATE request SET held_days = held_days + "
                    "CAST(julianday(?2) - julianday(hold_since) AS INTEGER), hold_since = NULL, hold_reason = '' "
                    "WHERE number = ?1", error);
}

gboolean
cw_grid_request_save (CwDatabase     *db,
                      CwGridRequest  *request,
                      GError        **error)
{
  g_autofree char *body = g_strstrip (g_strdup (TEXT (request, "body")));
  g_autofree char *source = cw_text_clean_line (TEXT (request, "source"));
  g_autofree char *category = cw_text_clean_line (TEXT (request, "category"));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 household;

  if (request->number == 0)
    {
      household = cw_grids_household_id (db, TEXT (request, "household-number"), error);
      if (household == 0)
        return FALSE;
      return cw_grid_request_add (db, household, TEXT (request, "received-date"), source, category, body,
                                  TEXT (request, "urgency"), request->wish, &request->number, error);
    }
  if (body[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Request: say what the resident asks for."));
      return FALSE;
    }
  stmt = cw_database_prepare (db, "UPDATE request SET source = ?2, category = ?3, body = ?4 WHERE number = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request->number);
  sqlite3_bind_text (stmt, 2, source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, category, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, body, -1, SQLITE_STATIC);
  return cw_grids_step_change (db, stmt, "request", error);
}
