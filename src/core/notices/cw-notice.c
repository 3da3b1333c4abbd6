/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-csv-reader.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-mask.h"
#include "core/notices/cw-notice-private.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-role.h"

static const char *const state_codes[CW_N_NOTICE_STATES] = {
  "draft", "reviewed", "settled", "posted", "expired", "withdrawn",
};

static const char *const state_names[CW_N_NOTICE_STATES] = {
  N_("Draft"), N_("Reviewed"), N_("Settled by the committees"), N_("Posted"), N_("Expired"), N_("Withdrawn"),
};

const char *
cw_notice_state_name (CwNoticeState state)
{
  g_return_val_if_fail (state < CW_N_NOTICE_STATES, "");
  return _(state_names[state]);
}

struct _CwNotice
{
  GObject        parent_instance;

  gint64         id;
  char          *number;
  CwNoticeKind   kind;
  gint64         item_id;
  char          *item_name;
  char          *period;
  char          *title;
  char          *body;
  GPtrArray     *table;
  char          *from;
  char          *to;
  char          *issuer;
  gint64         corrects_id;
  gint64         decision_id;
  CwNoticeState  state;
  char          *created_date;
  char          *settled_date;
  char          *posted_date;
  char          *posted_place;
  char          *withdrawn_date;
  char          *withdrawn_reason;
  char          *reviewers;
};

G_DEFINE_FINAL_TYPE (CwNotice, cw_notice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_ITEM_NAME,
  PROP_FROM,
  PROP_TO,
  PROP_POSTED_DATE,
  PROP_KIND,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_notice_finalize (GObject *object)
{
  CwNotice *self = (CwNotice *) object;

  g_free (self->number);
  g_free (self->item_name);
  g_free (self->period);
  g_free (self->title);
  g_free (self->body);
  g_clear_pointer (&self->table, g_ptr_array_unref);
  g_free (self->from);
  g_free (self->to);
  g_free (self->issuer);
  g_free (self->created_date);
  g_free (self->settled_date);
  g_free (self->posted_date);
  g_free (self->posted_place);
  g_free (self->withdrawn_date);
  g_free (self->withdrawn_reason);
  g_free (self->reviewers);

  G_OBJECT_CLASS (cw_notice_parent_class)->finalize (object);
}

static void
cw_notice_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CwNotice *self = (CwNotice *) object;

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ITEM_NAME:
      g_value_set_string (value, self->item_name);
      break;
    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;
    case PROP_TO:
      g_value_set_string (value, self->to);
      break;
    case PROP_POSTED_DATE:
      g_value_set_string (value, self->posted_date);
      break;
    case PROP_KIND:
      g_value_set_int64 (value, (gint64) self->kind);
      break;
    case PROP_STATE:
      g_value_set_int64 (value, (gint64) self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_notice_class_init (CwNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_notice_finalize;
  object_class->get_property = cw_notice_get_property;

  /* Read-only, for lists to sort and find by. */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_NAME] =
    g_param_spec_string ("item-name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM] =
    g_param_spec_string ("from", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO] =
    g_param_spec_string ("to", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSTED_DATE] =
    g_param_spec_string ("posted-date", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int64 ("kind", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_int64 ("state", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_notice_init (CwNotice *self)
{
  self->number = g_strdup ("");
  self->item_name = g_strdup ("");
  self->period = g_strdup ("");
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->from = g_strdup ("");
  self->to = g_strdup ("");
  self->issuer = g_strdup ("");
  self->created_date = g_strdup ("");
  self->posted_place = g_strdup ("");
  self->withdrawn_reason = g_strdup ("");
  self->reviewers = g_strdup ("");
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

static void
replace_optional (char       **field,
                  const char  *value)
{
  g_free (*field);
  *field = value != NULL && value[0] != '\0' ? g_strdup (value) : NULL;
}

CwNotice *
cw_notice_new (CwNoticeKind  kind,
               const char   *title,
               const char   *from,
               const char   *to)
{
  CwNotice *self = g_object_new (CW_TYPE_NOTICE, NULL);

  self->kind = kind;
  cw_notice_set_title (self, title);
  replace (&self->from, from);
  replace (&self->to, to);
  return self;
}

CwNotice *
cw_notice_new_draft (CwDatabase *db,
                     const char *from)
{
  g_autofree char *to = cw_notice_date_add_days (from, (int) cw_settings_get_notice_days (db) - 1);

  return cw_notice_new (CW_NOTICE_KIND_VILLAGE, "", from, to);
}

static GPtrArray *
copy_table (GPtrArray *table)
{
  GPtrArray *copy;

  if (table == NULL)
    return NULL;
  copy = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < table->len; i++)
    g_ptr_array_add (copy, g_strdupv (g_ptr_array_index (table, i)));
  return copy;
}

CwNotice *
cw_notice_copy (CwNotice *self)
{
  CwNotice *copy = cw_notice_new (self->kind, self->title, self->from, self->to);

  copy->id = self->id;
  replace (&copy->number, self->number);
  copy->item_id = self->item_id;
  replace (&copy->item_name, self->item_name);
  replace (&copy->period, self->period);
  replace (&copy->body, self->body);
  copy->table = copy_table (self->table);
  replace (&copy->issuer, self->issuer);
  copy->corrects_id = self->corrects_id;
  copy->decision_id = self->decision_id;
  copy->state = self->state;
  replace (&copy->created_date, self->created_date);
  replace_optional (&copy->settled_date, self->settled_date);
  replace_optional (&copy->posted_date, self->posted_date);
  replace (&copy->posted_place, self->posted_place);
  replace_optional (&copy->withdrawn_date, self->withdrawn_date);
  replace (&copy->withdrawn_reason, self->withdrawn_reason);
  replace (&copy->reviewers, self->reviewers);
  return copy;
}

gint64 cw_notice_get_id (CwNotice *self) { return self->id; }
const char *cw_notice_get_number (CwNotice *self) { return self->number; }
CwNoticeKind cw_notice_get_kind (CwNotice *self) { return self->kind; }
gint64 cw_notice_get_item_id (CwNotice *self) { return self->item_id; }
const char *cw_notice_get_item_name (CwNotice *self) { return self->item_name; }
const char *cw_notice_get_period (CwNotice *self) { return self->period; }
const char *cw_notice_get_title (CwNotice *self) { return self->title; }
const char *cw_notice_get_body (CwNotice *self) { return self->body; }
GPtrArray *cw_notice_get_table (CwNotice *self) { return self->table; }
const char *cw_notice_get_from (CwNotice *self) { return self->from; }
const char *cw_notice_get_to (CwNotice *self) { return self->to; }
const char *cw_notice_get_issuer (CwNotice *self) { return self->issuer; }
gint64 cw_notice_get_corrects_id (CwNotice *self) { return self->corrects_id; }
gint64 cw_notice_get_decision_id (CwNotice *self) { return self->decision_id; }
CwNoticeState cw_notice_get_state (CwNotice *self) { return self->state; }
const char *cw_notice_get_created_date (CwNotice *self) { return self->created_date; }
const char *cw_notice_get_settled_date (CwNotice *self) { return self->settled_date; }
const char *cw_notice_get_posted_date (CwNotice *self) { return self->posted_date; }
const char *cw_notice_get_posted_place (CwNotice *self) { return self->posted_place; }
const char *cw_notice_get_withdrawn_date (CwNotice *self) { return self->withdrawn_date; }
const char *cw_notice_get_withdrawn_reason (CwNotice *self) { return self->withdrawn_reason; }
const char *cw_notice_get_reviewers (CwNotice *self) { return self->reviewers; }

void cw_notice_set_kind (CwNotice *self, CwNoticeKind kind) { self->kind = kind; }
void cw_notice_set_item_id (CwNotice *self, gint64 item_id) { self->item_id = item_id; }
void cw_notice_set_corrects_id (CwNotice *self, gint64 id) { self->corrects_id = id; }
void cw_notice_set_decision_id (CwNotice *self, gint64 id) { self->decision_id = id; }

void
cw_notice_set_period (CwNotice   *self,
                      const char *period)
{
  g_free (self->period);
  self->period = cw_text_normalize_key (period != NULL ? period : "");
}

void
cw_notice_set_title (CwNotice   *self,
                     const char *title)
{
  g_free (self->title);
  self->title = cw_notice_clean_prose (title);
}

/* Each paragraph a clean line; blank lines between them dropped. */
void
cw_notice_set_body (CwNotice   *self,
                    const char *body)
{
  g_auto(GStrv) lines = g_strsplit (body != NULL ? body : "", "\n", -1);
  g_autoptr(GString) clean = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = cw_notice_clean_prose (lines[i]);
      if (line[0] != '\0')
        g_string_append_printf (clean, "%s%s", clean->len > 0 ? "\n" : "", line);
    }
  g_free (self->body);
  self->body = g_string_free (g_steal_pointer (&clean), FALSE);
}

void
cw_notice_set_table (CwNotice  *self,
                     GPtrArray *rows)
{
  g_clear_pointer (&self->table, g_ptr_array_unref);
  if (rows == NULL || rows->len == 0)
    {
      g_clear_pointer (&rows, g_ptr_array_unref);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = g_ptr_array_index (rows, i);
      for (guint j = 0; cells[j] != NULL; j++)
        {
          char *clean = cw_notice_clean_prose (cells[j]);
          g_free (cells[j]);
          cells[j] = clean;
        }
    }
  self->table = rows;
}

void cw_notice_set_from (CwNotice *self, const char *from) { replace (&self->from, from); }
void cw_notice_set_to (CwNotice *self, const char *to) { replace (&self->to, to); }

void
cw_notice_set_issuer (CwNotice   *self,
                      const char *issuer)
{
  g_free (self->issuer);
  self->issuer = cw_notice_clean_prose (issuer);
}

CwNoticeState
cw_notice_get_state_on (CwNotice   *self,
                        const char *date)
{
  if (self->state == CW_NOTICE_POSTED && strcmp (date, self->to) > 0)
    return CW_NOTICE_EXPIRED;
  return self->state;
}

/* The table as stored: a row a line, cells by tab (cleaned cells hold
 * neither). */
static char *
table_to_text (GPtrArray *table)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; table != NULL && i < table->len; i++)
    {
      g_autofree char *row = g_strjoinv ("\t", g_ptr_array_index (table, i));
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", row);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
table_from_text (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows;

  if (text == NULL || text[0] == '\0')
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

GPtrArray *
cw_notice_table_read_csv (const char  *path,
                          GError     **error)
{
  g_autoptr(CwCsvReader) reader = cw_csv_reader_new_from_file (path, error);
  g_autoptr(GPtrArray) rows = NULL;
  guint width = 0;

  if (reader == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  while (cw_csv_reader_next (reader, error))
    {
      guint n = cw_csv_reader_get_n_fields (reader);
      char **cells;

      /* Every row as wide as the header: a table's columns line up. */
      if (rows->len == 0)
        width = n;
      cells = g_new0 (char *, width + 1);
      for (guint i = 0; i < width; i++)
        cells[i] = g_strdup (i < n ? cw_csv_reader_get_field (reader, i) : "");
      g_ptr_array_add (rows, cells);
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&rows);
}

void
cw_notice_review_free (CwNoticeReview *review)
{
  g_free (review->reviewer);
  g_free (review->date);
  g_free (review->opinion);
  g_free (review);
}

GPtrArray *
cw_notice_list_reviews (CwDatabase  *db,
                        gint64       notice_id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT reviewer, date, opinion FROM notice_review "
                             "WHERE notice_id = ? AND NOT superseded ORDER BY date, id", error);
  g_autoptr(GPtrArray) reviews = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, notice_id);
  reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) cw_notice_review_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwNoticeReview *review = g_new0 (CwNoticeReview, 1);
      review->reviewer = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      review->date = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      review->opinion = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (reviews, review);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return g_steal_pointer (&reviews);
}

#define SELECT_NOTICE \
  "SELECT n.id, n.number, n.kind, coalesce(n.item_id, 0), coalesce(i.name, ''), n.period, n.title, n.body, " \
  "n.body_table, n.from_date, n.to_date, n.issuer, coalesce(n.corrects_id, 0), coalesce(n.decision_id, 0), " \
  "n.state, n.created_date, n.settled_date, n.posted_date, n.posted_place, n.withdrawn_date, " \
  "n.withdrawn_reason, (SELECT group_concat(reviewer, ?9) FROM (SELECT reviewer FROM notice_review r " \
  "WHERE r.notice_id = n.id AND NOT r.superseded ORDER BY r.date, r.id)) " \
  "FROM notice n LEFT JOIN notice_item i ON i.id = n.item_id "

static CwNotice *
notice_from_row (sqlite3_stmt *stmt)
{
  CwNotice *self = g_object_new (CW_TYPE_NOTICE, NULL);
  const char *state = (const char *) sqlite3_column_text (stmt, 14);

  self->id = sqlite3_column_int64 (stmt, 0);
  replace (&self->number, (const char *) sqlite3_column_text (stmt, 1));
  cw_notice_kind_parse ((const char *) sqlite3_column_text (stmt, 2), &self->kind);
  self->item_id = sqlite3_column_int64 (stmt, 3);
  replace (&self->item_name, (const char *) sqlite3_column_text (stmt, 4));
  replace (&self->period, (const char *) sqlite3_column_text (stmt, 5));
  replace (&self->title, (const char *) sqlite3_column_text (stmt, 6));
  replace (&self->body, (const char *) sqlite3_column_text (stmt, 7));
  self->table = table_from_text ((const char *) sqlite3_column_text (stmt, 8));
  replace (&self->from, (const char *) sqlite3_column_text (stmt, 9));
  replace (&self->to, (const char *) sqlite3_column_text (stmt, 10));
  replace (&self->issuer, (const char *) sqlite3_column_text (stmt, 11));
  self->corrects_id = sqlite3_column_int64 (stmt, 12);
  self->decision_id = sqlite3_column_int64 (stmt, 13);
  for (guint i = 0; i < CW_N_NOTICE_STATES; i++)
    if (g_strcmp0 (state, state_codes[i]) == 0)
      self->state = (CwNoticeState) i;
  replace (&self->created_date, (const char *) sqlite3_column_text (stmt, 15));
  replace_optional (&self->settled_date, (const char *) sqlite3_column_text (stmt, 16));
  replace_optional (&self->posted_date, (const char *) sqlite3_column_text (stmt, 17));
  replace (&self->posted_place, (const char *) sqlite3_column_text (stmt, 18));
  replace_optional (&self->withdrawn_date, (const char *) sqlite3_column_text (stmt, 19));
  replace (&self->withdrawn_reason, (const char *) sqlite3_column_text (stmt, 20));
  replace (&self->reviewers, (const char *) sqlite3_column_text (stmt, 21));
  return self;
}

static GListModel *
query (CwDatabase  *db,
       const char  *where,
       gint64       id,
       const char  *text,
       GError     **error)
{
  g_autofree char *sql = g_strconcat (SELECT_NOTICE, where, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, C_("list separator", ", "), -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_NOTICE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwNotice) notice = notice_from_row (stmt);
      g_list_store_append (store, notice);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static CwNotice *
first_of (GListModel  *found,
          const char  *number,
          GError     **error)
{
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      if (number != NULL)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no notice %s."), number);
      else
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That notice no longer exists."));
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

CwNotice *
cw_notice_load (CwDatabase  *db,
                gint64       id,
                GError     **error)
{
  g_autoptr(GListModel) found = query (db, "WHERE n.id = ?1", id, NULL, error);

  return first_of (found, NULL, error);
}

CwNotice *
cw_notice_find (CwDatabase  *db,
                const char  *number,
                GError     **error)
{
  g_autofree char *clean = cw_text_normalize_key (number != NULL ? number : "");
  g_autoptr(GListModel) found = query (db, "WHERE n.number = ?2", 0, clean, error);

  return first_of (found, clean, error);
}

GListModel *
cw_notice_list (CwDatabase  *db,
                int          year,
                GError     **error)
{
  g_autofree char *prefix = g_strdup_printf ("%04d-", year);

  return query (db, "WHERE ?1 = 0 OR substr(n.from_date, 1, 5) = ?2 ORDER BY n.from_date DESC, n.id DESC",
                year, prefix, error);
}

gboolean
cw_notice_fail (GError     **error,
                CwError      code,
                const char  *message)
{
  g_set_error_literal (error, CW_ERROR, code, message);
  return FALSE;
}

/* "2026-03", "2026Q1" or "2026" for @cadence, the one @date falls in. */
static char *
period_of (CwCadence   cadence,
           const char *date)
{
  switch (cadence)
    {
    case CW_CADENCE_MONTHLY:
      return g_strndup (date, 7);
    case CW_CADENCE_QUARTERLY:
      return g_strdup_printf ("%.4sQ%d", date, (int) (g_ascii_strtoll (date + 5, NULL, 10) - 1) / 3 + 1);
    case CW_CADENCE_YEARLY:
      return g_strndup (date, 4);
    case CW_CADENCE_IMMEDIATE:
    case CW_N_CADENCES:
    default:
      return g_strdup ("");
    }
}

static gboolean
period_suits (CwCadence   cadence,
              const char *period)
{
  switch (cadence)
    {
    case CW_CADENCE_MONTHLY:
      return g_regex_match_simple ("^[0-9]{4}-(0[1-9]|1[0-2])$", period, 0, 0);
    case CW_CADENCE_QUARTERLY:
      return g_regex_match_simple ("^[0-9]{4}Q[1-4]$", period, 0, 0);
    case CW_CADENCE_YEARLY:
      return g_regex_match_simple ("^[0-9]{4}$", period, 0, 0);
    case CW_CADENCE_IMMEDIATE:
    case CW_N_CADENCES:
    default:
      return period[0] == '\0';
    }
}

static int
days_between (const char *from,
              const char *to)
{
  GDate a, b;

  if (!cw_date_parse (from, &a, NULL) || !cw_date_parse (to, &b, NULL))
    return 0;
  return g_date_days_between (&a, &b);
}

gboolean
cw_notice_validate (CwDatabase  *db,
                    CwNotice    *self,
                    GError     **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (self->title[0] == '\0')
    return cw_notice_fail (error, CW_ERROR_INVALID, _("Title: a notice needs a title."));
  if (self->from[0] == '\0' || self->to[0] == '\0')
    return cw_notice_fail (error, CW_ERROR_INVALID, _("Publicity period: give the first and the last day."));
  if ((from = cw_date_normalize (self->from, error)) == NULL ||
      (to = cw_date_normalize (self->to, error)) == NULL)
    {
      g_prefix_error (error, "%s", _("Publicity period: "));
      return FALSE;
    }
  if (strcmp (to, from) < 0)
    return cw_notice_fail (error, CW_ERROR_INVALID, _("Publicity period: it ends before it begins."));
  replace (&self->from, from);
  replace (&self->to, to);

  if (self->item_id != 0)
    {
      g_autoptr(CwNoticeItem) item = cw_notice_item_load (db, self->item_id, error);
      CwCadence cadence;
      guint days;

      if (item == NULL)
        return FALSE;
      cadence = cw_notice_item_get_cadence (item);
      days = cw_notice_item_get_min_days (item);
      replace (&self->item_name, cw_notice_item_get_name (item));
      if (self->period[0] == '\0')
        {
          g_free (self->period);
          self->period = period_of (cadence, from);
        }
      if (!period_suits (cadence, self->period))
        {
          /* The form this item's periods take, shown with the period the
           * publicity's first day falls in. */
          g_autofree char *example = period_of (cadence, from);

          if (example[0] == '\0')
            g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                         _("Period: %s is published as the matter arises and has no period; leave it empty."),
                         cw_notice_item_get_name (item));
          else
            g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                         _("Period: “%s” is not a period of %s (%s); write it as %s, or leave it empty."),
                         self->period, cw_notice_item_get_name (item), cw_cadence_name (cadence), example);
          return FALSE;
        }
      /* The first and the last day both count. */
      if ((guint) days_between (from, to) + 1 < days)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Publicity period: %s stays up at least %u day.",
                                    "Publicity period: %s stays up at least %u days.", days),
                       cw_notice_item_get_name (item), days);
          return FALSE;
        }
    }
  else
    replace (&self->period, "");
  return TRUE;
}

static gboolean
write_notice (CwDatabase  *db,
              CwNotice    *self,
              const char  *sql,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autofree char *table = table_to_text (self->table);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cw_notice_kind_code (self->kind), -1, SQLITE_STATIC);
  if (self->item_id != 0)
    sqlite3_bind_int64 (stmt, 3, self->item_id);
  sqlite3_bind_text (stmt, 4, self->period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->body, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, self->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, self->to, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, self->issuer, -1, SQLITE_STATIC);
  if (self->corrects_id != 0)
    sqlite3_bind_int64 (stmt, 11, self->corrects_id);
  if (self->decision_id != 0)
    sqlite3_bind_int64 (stmt, 12, self->decision_id);
  sqlite3_bind_text (stmt, 13, self->created_date, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 14, self->id);
  return cw_database_step_done (db, stmt, error);
}

/* The next number of the year: 2026-001, 2026-002 … */
static char *
next_number (CwDatabase *db,
             const char *from)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(CAST(substr(number, 6) AS INTEGER)), 0) "
                                          "FROM notice WHERE substr(number, 1, 5) = '%.4s-'", from);

  return g_strdup_printf ("%.4s-%03" G_GINT64_FORMAT, from, cw_database_query_int (db, sql, 0) + 1);
}

gint64
cw_notice_add (CwDatabase  *db,
               CwNotice    *notice,
               GError     **error)
{
  g_return_val_if_fail (CW_IS_NOTICE (notice), 0);

  if (!cw_database_begin (db, error))
    return 0;
  if (!cw_notice_validate (db, notice, error))
    {
      cw_database_rollback (db);
      return 0;
    }
  g_free (notice->number);
  notice->number = next_number (db, notice->from);
  g_free (notice->created_date);
  notice->created_date = cw_date_today_text ();
  notice->state = CW_NOTICE_DRAFT;
  if (!write_notice (db, notice,
                     "INSERT INTO notice (number, kind, item_id, period, title, body, body_table, from_date, "
                     "to_date, issuer, corrects_id, decision_id, created_date) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error))
    {
      cw_database_rollback (db);
      return 0;
    }
  notice->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "notice");
  return notice->id;
}

gboolean
cw_notice_refuse_unless (CwNotice       *stored,
                         CwNoticeState   wanted,
                         GError        **error)
{
  if (stored->state == wanted)
    return TRUE;
  if (stored->state == CW_NOTICE_WITHDRAWN)
    return cw_notice_fail (error, CW_ERROR_REFUSED, _("The notice was withdrawn."));
  if (stored->state == CW_NOTICE_POSTED)
    return cw_notice_fail (error, CW_ERROR_REFUSED,
                 _("The notice is posted: its text never changes. A correction is a new notice naming it."));
  if (stored->state == CW_NOTICE_DRAFT)
    return cw_notice_fail (error, CW_ERROR_REFUSED, _("The supervisory committee has not reviewed the notice yet."));
  if (stored->state == CW_NOTICE_REVIEWED && wanted == CW_NOTICE_SETTLED)
    return cw_notice_fail (error, CW_ERROR_REFUSED, _("The two committees’ joint meeting has not settled the notice yet."));
  if (wanted == CW_NOTICE_DRAFT)
    return cw_notice_fail (error, CW_ERROR_REFUSED,
                 _("The notice has been reviewed: return it to draft to amend it, and have it reviewed again."));
  return cw_notice_fail (error, CW_ERROR_REFUSED, _("The notice is past that step."));
}

gboolean
cw_notice_update (CwDatabase  *db,
                  CwNotice    *notice,
                  GError     **error)
{
  g_autoptr(CwNotice) stored = NULL;

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_notice_load (db, notice->id, error)) == NULL ||
      !cw_notice_refuse_unless (stored, CW_NOTICE_DRAFT, error) ||
      !cw_notice_validate (db, notice, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  replace (&notice->number, stored->number);
  replace (&notice->created_date, stored->created_date);
  if (!write_notice (db, notice,
                     "UPDATE notice SET number = ?1, kind = ?2, item_id = ?3, period = ?4, title = ?5, body = ?6, "
                     "body_table = ?7, from_date = ?8, to_date = ?9, issuer = ?10, corrects_id = ?11, "
                     "decision_id = ?12, created_date = ?13 WHERE id = ?14", error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "notice");
  return TRUE;
}
