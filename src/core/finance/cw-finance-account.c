/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-account"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/finance/cw-finance-account.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_PARENT_ID,
  /* Text properties, in the order of ACCOUNT_SELECT's columns from 2 on. */
  PROP_SYSTEM,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_FULL_NAME,
  N_PROPS
};

#define FIRST_TEXT PROP_SYSTEM

struct _CwFinanceAccount
{
  GObject  parent_instance;

  gint64   id;
  gint64   parent_id;
  char    *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwFinanceAccount, cw_finance_account, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_finance_account_finalize (GObject *object)
{
  CwFinanceAccount *self = (CwFinanceAccount *) object;

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cw_finance_account_parent_class)->finalize (object);
}

static void
cw_finance_account_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwFinanceAccount *self = CW_FINANCE_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PARENT_ID: g_value_set_int64 (value, self->parent_id); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_account_class_init (CwFinanceAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char *names[N_PROPS] = {
    [PROP_SYSTEM] = "system", [PROP_CODE] = "code", [PROP_NAME] = "name",
    [PROP_KIND] = "kind", [PROP_FULL_NAME] = "full-name",
  };

  object_class->finalize = cw_finance_account_finalize;
  object_class->get_property = cw_finance_account_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PARENT_ID] = g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_finance_account_init (CwFinanceAccount *self)
{
}

gint64 cw_finance_account_get_id (CwFinanceAccount *self) { return self->id; }
gint64 cw_finance_account_get_parent_id (CwFinanceAccount *self) { return self->parent_id; }
const char *cw_finance_account_get_system (CwFinanceAccount *self) { return self->text[PROP_SYSTEM]; }
const char *cw_finance_account_get_code (CwFinanceAccount *self) { return self->text[PROP_CODE]; }
const char *cw_finance_account_get_name (CwFinanceAccount *self) { return self->text[PROP_NAME]; }
const char *cw_finance_account_get_kind (CwFinanceAccount *self) { return self->text[PROP_KIND]; }
const char *cw_finance_account_get_full_name (CwFinanceAccount *self) { return self->text[PROP_FULL_NAME]; }

gboolean
cw_finance_account_is_income (CwFinanceAccount *self)
{
  return g_strcmp0 (self->text[PROP_KIND], CW_FINANCE_INCOME) == 0;
}

const char *
cw_finance_system_for_year (int year)
{
  return year < 2024 ? CW_FINANCE_SYSTEM_2004 : CW_FINANCE_SYSTEM_2023;
}

const char *
cw_finance_system_label (const char *system)
{
  if (g_strcmp0 (system, CW_FINANCE_SYSTEM_2004) == 0)
    return _("2004 system (财会〔2004〕12号)");
  return _("2023 system (财会〔2023〕14号)");
}

/* A sub-account sorts under its parent: the parent's code is the start of
 * its own. Income accounts first, as the disclosure lists them. */
#define ACCOUNT_SELECT \
  "SELECT a.id, coalesce(a.parent_id, 0), a.system, a.code, a.name, a.kind, " \
  "       coalesce(p.name || '/', '') || a.name " \
  "FROM finance_account a LEFT JOIN finance_account p ON p.id = a.parent_id "
#define ACCOUNT_ORDER " ORDER BY a.kind = 'expense', coalesce(p.code, a.code), a.parent_id IS NOT NULL, a.code"

static CwFinanceAccount *
account_from_row (sqlite3_stmt *stmt)
{
  CwFinanceAccount *self = g_object_new (CW_TYPE_FINANCE_ACCOUNT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->parent_id = sqlite3_column_int64 (stmt, 1);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 2));
  return self;
}

GListModel *
cw_finance_account_list (CwDatabase  *db,
                         const char  *system,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, ACCOUNT_SELECT "WHERE a.system = ?1 AND a.retired = 0" ACCOUNT_ORDER, error);
  GListStore *store;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, system, -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_FINANCE_ACCOUNT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(CwFinanceAccount) account = account_from_row (stmt);
      g_list_store_append (store, account);
    }
  return G_LIST_MODEL (store);
}

CwFinanceAccount *
cw_finance_account_get (CwDatabase  *db,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, ACCOUNT_SELECT "WHERE a.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return account_from_row (stmt);
  g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Account: choose an account of the chart."));
  return NULL;
}

CwFinanceAccount *
cw_finance_account_find (CwDatabase  *db,
                         const char  *system,
                         const char  *text,
                         GError     **error)
{
  g_autofree char *key = cw_text_clean_line (text != NULL ? text : "");
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         ACCOUNT_SELECT
                         "WHERE a.system = ?1 AND a.retired = 0 "
                         "AND (a.code = ?2 OR coalesce(p.name || '/', '') || a.name = ?2 OR a.name = ?2) "
                         "ORDER BY a.code = ?2 DESC, a.parent_id IS NOT NULL",
                         error);
  g_autoptr(CwFinanceAccount) first = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, system, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("Account: “%s” is no account of the %s."), key, cw_finance_system_label (system));
      return NULL;
    }
  first = account_from_row (stmt);
  /* A code, a preset account's name or a full name is one account; a
   * sub-account's bare name may be under several. */
  if (!g_str_equal (first->text[PROP_CODE], key) && first->parent_id != 0 &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Account: “%s” is the name of several sub-accounts; write its code or its full name "
                     "(%s)."),
                   key, first->text[PROP_FULL_NAME]);
      return NULL;
    }
  return g_steal_pointer (&first);
}

gint64
cw_finance_account_add_sub (CwDatabase  *db,
                            gint64       parent_id,
                            const char  *code,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(CwFinanceAccount) parent = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *clean_code = cw_text_normalize_key (code != NULL ? code : "");
  g_autofree char *clean_name = cw_text_clean_line (name != NULL ? name : "");
  const char *suffix;
  gint64 id;

  parent = cw_finance_account_get (db, parent_id, error);
  if (parent == NULL)
    return 0;
  if (parent->parent_id != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Account: sub-accounts go under an account of the chart, not under %s."),
                   parent->text[PROP_FULL_NAME]);
      return 0;
    }
  suffix = clean_code + strlen (parent->text[PROP_CODE]);
  if (!g_str_has_prefix (clean_code, parent->text[PROP_CODE]) || strlen (suffix) != 2 ||
      !g_ascii_isdigit (suffix[0]) || !g_ascii_isdigit (suffix[1]))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                   _("Code: a sub-account of %s %s has its code and two digits, e.g. %s01."),
                   parent->text[PROP_CODE], parent->text[PROP_NAME], parent->text[PROP_CODE]);
      return 0;
    }
  if (clean_name[0] == '\0' || strchr (clean_name, '/') != NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Name: a sub-account needs a name, without a slash."));
      return 0;
    }
  if (!cw_database_begin (db, error))
    return 0;
  stmt = cw_database_prepare (db,
                              "SELECT code FROM finance_account WHERE system = ?1 "
                              "AND (code = ?2 OR (parent_id = ?3 AND name = ?4))",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, parent->text[PROP_SYSTEM], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clean_code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, parent_id);
  sqlite3_bind_text (stmt, 4, clean_name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   g_str_equal ((const char *) sqlite3_column_text (stmt, 0), clean_code)
                   ? _("Code: the chart already has an account %s.")
                   : _("Name: %s already has a sub-account of that name."),
                   g_str_equal ((const char *) sqlite3_column_text (stmt, 0), clean_code)
                   ? clean_code : parent->text[PROP_NAME]);
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = cw_database_prepare (db,
                              "INSERT INTO finance_account (system, code, name, kind, parent_id) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, parent->text[PROP_SYSTEM], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, clean_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, clean_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, parent->text[PROP_KIND], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, parent_id);
  if (!cw_database_step_done (db, stmt, error))
    goto fail;
  id = cw_database_query_int (db, "SELECT last_insert_rowid()", 0);
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "finance_account");
  return id;

fail:
  cw_database_rollback (db);
  return 0;
}
