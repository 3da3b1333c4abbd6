/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-item"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/notices/cw-notice-item.h"

/* A word of a closed list: its code in the database, its English msgid,
 * and the Chinese a clerk types whatever the program's language. */
typedef struct
{
  const char *code;
  const char *name;
  const char *chinese;
} Word;

static const Word kinds[CW_N_NOTICE_KINDS] = {
  { "party", N_("Party affairs"), "党务" },
  { "village", N_("Village affairs"), "村务" },
  { "finance", N_("Financial affairs"), "财务" },
};

static const Word cadences[CW_N_CADENCES] = {
  { "immediate", N_("At once"), "即时" },
  { "monthly", N_("Monthly"), "每月" },
  { "quarterly", N_("Quarterly"), "每季度" },
  { "yearly", N_("Yearly"), "每年" },
};

static gboolean
parse_word (const Word *words,
            guint       n,
            const char *text,
            guint      *index)
{
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");

  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (clean, words[i].code) == 0 || g_ascii_strcasecmp (clean, words[i].name) == 0 ||
        g_str_equal (clean, _(words[i].name)) || g_str_equal (clean, words[i].chinese))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

const char *
cw_notice_kind_code (CwNoticeKind kind)
{
  g_return_val_if_fail (kind < CW_N_NOTICE_KINDS, "");
  return kinds[kind].code;
}

const char *
cw_notice_kind_name (CwNoticeKind kind)
{
  g_return_val_if_fail (kind < CW_N_NOTICE_KINDS, "");
  return _(kinds[kind].name);
}

gboolean
cw_notice_kind_parse (const char   *text,
                      CwNoticeKind *kind)
{
  guint index;

  if (!parse_word (kinds, CW_N_NOTICE_KINDS, text, &index))
    return FALSE;
  *kind = (CwNoticeKind) index;
  return TRUE;
}

const char *
cw_cadence_code (CwCadence cadence)
{
  g_return_val_if_fail (cadence < CW_N_CADENCES, "");
  return cadences[cadence].code;
}

const char *
cw_cadence_name (CwCadence cadence)
{
  g_return_val_if_fail (cadence < CW_N_CADENCES, "");
  return _(cadences[cadence].name);
}

gboolean
cw_cadence_parse (const char *text,
                  CwCadence  *cadence)
{
  guint index;

  if (!parse_word (cadences, CW_N_CADENCES, text, &index))
    return FALSE;
  *cadence = (CwCadence) index;
  return TRUE;
}

struct _CwNoticeItem
{
  GObject       parent_instance;

  gint64        id;
  char         *name;
  CwNoticeKind  kind;
  CwCadence     cadence;
  guint         min_days;
  char         *since;
  gboolean      retired;
};

G_DEFINE_FINAL_TYPE (CwNoticeItem, cw_notice_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_CADENCE,
  PROP_MIN_DAYS,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_notice_item_finalize (GObject *object)
{
  CwNoticeItem *self = (CwNoticeItem *) object;

  g_free (self->name);
  g_free (self->since);

  G_OBJECT_CLASS (cw_notice_item_parent_class)->finalize (object);
}

static void
cw_notice_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwNoticeItem *self = (CwNoticeItem *) object;

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_int64 (value, (gint64) self->kind);
      break;
    case PROP_CADENCE:
      g_value_set_int64 (value, (gint64) self->cadence);
      break;
    case PROP_MIN_DAYS:
      g_value_set_int64 (value, (gint64) self->min_days);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_notice_item_class_init (CwNoticeItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_notice_item_finalize;
  object_class->get_property = cw_notice_item_get_property;

  /* Read-only, for lists to sort and find by. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int64 ("kind", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CADENCE] =
    g_param_spec_int64 ("cadence", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_DAYS] =
    g_param_spec_int64 ("min-days", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_notice_item_init (CwNoticeItem *self)
{
  self->name = g_strdup ("");
}

CwNoticeItem *
cw_notice_item_new (const char   *name,
                    CwNoticeKind  kind,
                    CwCadence     cadence,
                    guint         min_days)
{
  CwNoticeItem *self = g_object_new (CW_TYPE_NOTICE_ITEM, NULL);

  cw_notice_item_set_name (self, name);
  self->kind = kind;
  self->cadence = cadence;
  self->min_days = min_days;
  return self;
}

CwNoticeItem *
cw_notice_item_copy (CwNoticeItem *self)
{
  CwNoticeItem *copy = cw_notice_item_new (self->name, self->kind, self->cadence, self->min_days);

  copy->id = self->id;
  copy->since = g_strdup (self->since);
  copy->retired = self->retired;
  return copy;
}

gint64 cw_notice_item_get_id (CwNoticeItem *self) { return self->id; }
const char *cw_notice_item_get_name (CwNoticeItem *self) { return self->name; }
CwNoticeKind cw_notice_item_get_kind (CwNoticeItem *self) { return self->kind; }
CwCadence cw_notice_item_get_cadence (CwNoticeItem *self) { return self->cadence; }
guint cw_notice_item_get_min_days (CwNoticeItem *self) { return self->min_days; }
const char *cw_notice_item_get_since (CwNoticeItem *self) { return self->since; }
gboolean cw_notice_item_get_retired (CwNoticeItem *self) { return self->retired; }

void
cw_notice_item_set_name (CwNoticeItem *self,
                         const char   *name)
{
  g_free (self->name);
  self->name = cw_text_clean_line (name != NULL ? name : "");
}

void
cw_notice_item_set_kind (CwNoticeItem *self,
                         CwNoticeKind  kind)
{
  g_return_if_fail (kind < CW_N_NOTICE_KINDS);
  self->kind = kind;
}

void
cw_notice_item_set_cadence (CwNoticeItem *self,
                            CwCadence     cadence)
{
  g_return_if_fail (cadence < CW_N_CADENCES);
  self->cadence = cadence;
}

void
cw_notice_item_set_min_days (CwNoticeItem *self,
                             guint         days)
{
  self->min_days = days;
}

void
cw_notice_item_set_since (CwNoticeItem *self,
                          const char   *since)
{
  g_clear_pointer (&self->since, g_free);
  if (since != NULL && since[0] != '\0')
    self->since = g_strdup (since);
}

char *
cw_notice_item_describe (CwNoticeItem *self)
{
  /* Translators: a catalogue item's cadence and publicity, "Quarterly · at least 7 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · at least %u day", "%s · at least %u days",
                                       self->min_days),
                          cw_cadence_name (self->cadence), self->min_days);
}

#define SELECT_ITEM "SELECT id, name, kind, cadence, min_days, since, retired FROM notice_item "

static CwNoticeItem *
item_from_row (sqlite3_stmt *stmt)
{
  CwNoticeItem *self = g_object_new (CW_TYPE_NOTICE_ITEM, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  cw_notice_item_set_name (self, (const char *) sqlite3_column_text (stmt, 1));
  cw_notice_kind_parse ((const char *) sqlite3_column_text (stmt, 2), &self->kind);
  cw_cadence_parse ((const char *) sqlite3_column_text (stmt, 3), &self->cadence);
  self->min_days = (guint) sqlite3_column_int (stmt, 4);
  cw_notice_item_set_since (self, (const char *) sqlite3_column_text (stmt, 5));
  self->retired = sqlite3_column_int (stmt, 6) != 0;
  return self;
}

static GListModel *
query (CwDatabase  *db,
       const char  *where,
       gint64       id,
       const char  *name,
       GError     **error)
{
  g_autofree char *sql = g_strconcat (SELECT_ITEM, where, " ORDER BY position, id", NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_NOTICE_ITEM);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwNoticeItem) item = item_from_row (stmt);
      g_list_store_append (store, item);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
cw_notice_item_list (CwDatabase  *db,
                     gboolean     include_retired,
                     GError     **error)
{
  return query (db, include_retired ? "WHERE ?1 = ?1" : "WHERE NOT retired AND ?1 = ?1", 0, NULL, error);
}

static CwNoticeItem *
first_of (GListModel *model)
{
  return model != NULL && g_list_model_get_n_items (model) > 0 ? g_list_model_get_item (model, 0) : NULL;
}

CwNoticeItem *
cw_notice_item_load (CwDatabase  *db,
                     gint64       id,
                     GError     **error)
{
  g_autoptr(GListModel) found = query (db, "WHERE id = ?1", id, NULL, error);
  CwNoticeItem *item = first_of (found);

  if (item == NULL && found != NULL)
    g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That catalogue item no longer exists."));
  return item;
}

CwNoticeItem *
cw_notice_item_find (CwDatabase  *db,
                     const char  *name,
                     GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (name != NULL ? name : "");
  g_autoptr(GListModel) found = query (db, "WHERE name = ?2 AND ?1 = ?1", 0, clean, error);
  CwNoticeItem *item = first_of (found);

  if (item == NULL && found != NULL)
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("The catalogue has no item “%s”."), clean);
  return item;
}

static gboolean
validate (CwDatabase    *db,
          CwNoticeItem  *item,
          GError       **error)
{
  g_autoptr(CwNoticeItem) same = NULL;

  if (item->name[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Name: a catalogue item needs a name."));
      return FALSE;
    }
  if (item->min_days > 366)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Days: a notice stays up for at most 366 days."));
      return FALSE;
    }
  /* A notice taken down the day it goes up was never public. */
  if (item->min_days < 1)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Days: a notice stays up for one day at least."));
      return FALSE;
    }
  if (item->since != NULL)
    {
      g_autofree char *since = cw_date_normalize (item->since, error);
      if (since == NULL)
        return FALSE;
      cw_notice_item_set_since (item, since);
    }
  same = cw_notice_item_find (db, item->name, NULL);
  if (same != NULL && same->id != item->id)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("The catalogue already has “%s”."), item->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_item (CwDatabase    *db,
            CwNoticeItem  *item,
            const char    *sql,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!validate (db, item, error) || (stmt = cw_database_prepare (db, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, item->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cw_notice_kind_code (item->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_cadence_code (item->cadence), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) item->min_days);
  sqlite3_bind_text (stmt, 5, item->since, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, item->id);
  return cw_database_step_done (db, stmt, error);
}

gint64
cw_notice_item_add (CwDatabase    *db,
                    CwNoticeItem  *item,
                    GError       **error)
{
  item->id = 0;
  if (!cw_database_begin (db, error))
    return 0;
  if (!write_item (db, item, "INSERT INTO notice_item (name, kind, cadence, min_days, since, position) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, (SELECT coalesce(max(position), 0) + 1 + 0 * ?6 "
                             "FROM notice_item))", error))
    {
      cw_database_rollback (db);
      return 0;
    }
  item->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "notice_item");
  return item->id;
}

gboolean
cw_notice_item_update (CwDatabase    *db,
                       CwNoticeItem  *item,
                       GError       **error)
{
  if (!cw_database_begin (db, error))
    return FALSE;
  if (!write_item (db, item, "UPDATE notice_item SET name = ?1, kind = ?2, cadence = ?3, min_days = ?4, "
                             "since = ?5 WHERE id = ?6", error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "notice_item");
  return TRUE;
}

gboolean
cw_notice_item_set_retired (CwDatabase  *db,
                            gint64       id,
                            gboolean     retired,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, "UPDATE notice_item SET retired = ?2 WHERE id = ?1", error);

  if (stmt == NULL || !cw_database_begin (db, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, retired ? 1 : 0);
  if (!cw_database_step_done (db, stmt, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "notice_item");
  return TRUE;
}
