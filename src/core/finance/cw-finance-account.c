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
  PROP_RETIRED,
  /* Text properties, in the order of ACCOUNT_SELECT's columns from 3 on;
   * the first three are what an editor sets. */
  PROP_SYSTEM,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_FULL_NAME,
  PROP_KEY,
  N_PROPS
};

#define FIRST_TEXT PROP_SYSTEM
#define FIRST_DERIVED PROP_KIND

struct _CwFinanceAccount
{
  GObject   parent_instance;

  gint64    id;
  gint64    parent_id;
  gboolean  retired;
  char     *text[N_PROPS];
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
    case PROP_RETIRED: g_value_set_boolean (value, self->retired); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id] != NULL ? self->text[prop_id] : "");
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_account_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CwFinanceAccount *self = CW_FINANCE_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_PARENT_ID: self->parent_id = g_value_get_int64 (value); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < FIRST_DERIVED)
        {
          g_free (self->text[prop_id]);
          self->text[prop_id] = g_value_dup_string (value);
        }
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_account_class_init (CwFinanceAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  const char *names[N_PROPS] = {
    [PROP_SYSTEM] = "system", [PROP_CODE] = "code", [PROP_NAME] = "name",
    [PROP_KIND] = "kind", [PROP_FULL_NAME] = "full-name", [PROP_KEY] = "key",
  };

  object_class->finalize = cw_finance_account_finalize;
  object_class->get_property = cw_finance_account_get_property;
  object_class->set_property = cw_finance_account_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PARENT_ID] = g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", i < FIRST_DERIVED ? rw : ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_finance_account_init (CwFinanceAccount *self)
{
}

CwFinanceAccount *
cw_finance_account_new (void)
{
  return g_object_new (CW_TYPE_FINANCE_ACCOUNT, NULL);
}

CwFinanceAccount *
cw_finance_account_copy (CwFinanceAccount *self)
{
  CwFinanceAccount *copy;

  g_return_val_if_fail (CW_IS_FINANCE_ACCOUNT (self), NULL);

  copy = cw_finance_account_new ();
  copy->id = self->id;
  copy->parent_id = self->parent_id;
  copy->retired = self->retired;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    copy->text[i] = g_strdup (self->text[i]);
  return copy;
}

gint64 cw_finance_account_get_id (CwFinanceAccount *self) { return self->id; }
gint64 cw_finance_account_get_parent_id (CwFinanceAccount *self) { return self->parent_id; }
gboolean cw_finance_account_get_retired (CwFinanceAccount *self) { return self->retired; }
const char *cw_finance_account_get_system (CwFinanceAccount *self) { return self->text[PROP_SYSTEM] != NULL ? self->text[PROP_SYSTEM] : ""; }
const char *cw_finance_account_get_code (CwFinanceAccount *self) { return self->text[PROP_CODE] != NULL ? self->text[PROP_CODE] : ""; }
const char *cw_finance_account_get_name (CwFinanceAccount *self) { return self->text[PROP_NAME] != NULL ? self->text[PROP_NAME] : ""; }
const char *cw_finance_account_get_kind (CwFinanceAccount *self) { return self->text[PROP_KIND] != NULL ? self->text[PROP_KIND] : ""; }
const char *cw_finance_account_get_full_name (CwFinanceAccount *self) { return self->text[PROP_FULL_NAME] != NULL ? self->text[PROP_FULL_NAME] : ""; }

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
  "SELECT a.id, coalesce(a.parent_id, 0), a.retired, a.system, a.code, a.name, a.kind, " \
  "       coalesce(p.name || '/', '') || a.name, a.system || ':' || a.code " \
  "FROM finance_account a LEFT JOIN finance_account p ON p.id = a.parent_id "
#define ACCOUNT_ORDER " ORDER BY a.kind = 'expense', coalesce(p.code, a.code), a.parent_id IS NOT NULL, a.code"

static CwFinanceAccount *
account_from_row (sqlite3_stmt *stmt)
{
  CwFinanceAccount *self = g_object_new (CW_TYPE_FINANCE_ACCOUNT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->parent_id = sqlite3_column_int64 (stmt, 1);
  self->retired = sqlite3_column_int (stmt, 2) != 0;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 3));
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
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, system, -1, SQLITE_STATIC);
  store = g_list_store_new (CW_TYPE_FINANCE_ACCOUNT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwFinanceAccount) account = account_from_row (stmt);
      g_list_store_append (store, account);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

GListModel *
cw_finance_account_list_all (CwDatabase  *db,
                             gboolean     retired,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         ACCOUNT_SELECT "WHERE ?1 OR a.retired = 0 "
                         "ORDER BY a.system DESC, a.kind = 'expense', coalesce(p.code, a.code), "
                         "a.parent_id IS NOT NULL, a.code",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, retired);
  store = g_list_store_new (CW_TYPE_FINANCE_ACCOUNT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwFinanceAccount) account = account_from_row (stmt);
      g_list_store_append (store, account);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

CwFinanceAccount *
cw_finance_account_get (CwDatabase  *db,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, ACCOUNT_SELECT "WHERE a.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ROW)
    return account_from_row (stmt);
  if (rc == SQLITE_ERROR)
    return NULL;
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
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, system, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                     _("Account: “%s” is no account of the %s."), key, cw_finance_system_label (system));
      return NULL;
    }
  first = account_from_row (stmt);
  /* A code, a preset account's name or a full name is one account; a
   * sub-account's bare name may be under several. */
  if (g_str_equal (first->text[PROP_CODE], key) || first->parent_id == 0)
    return g_steal_pointer (&first);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return NULL;
  if (rc == SQLITE_ROW)
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
  int rc;

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
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    goto fail;
  if (rc == SQLITE_ROW)
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

/* The stored sub-account @id, refusing an account of the chart, whose
 * name is the law's. */
static CwFinanceAccount *
stored_sub_account (CwDatabase  *db,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(CwFinanceAccount) stored = cw_finance_account_get (db, id, error);

  if (stored == NULL)
    return NULL;
  if (stored->parent_id == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Name: %s %s is an account of the %s; it keeps the name the system gives it."),
                   stored->text[PROP_CODE], stored->text[PROP_NAME], cw_finance_system_label (stored->text[PROP_SYSTEM]));
      return NULL;
    }
  return g_steal_pointer (&stored);
}

static gboolean
rename_sub (CwDatabase        *db,
            CwFinanceAccount  *account,
            GError           **error)
{
  g_autoptr(CwFinanceAccount) stored = stored_sub_account (db, account->id, error);
  g_autofree char *name = cw_text_clean_line (account->text[PROP_NAME] != NULL ? account->text[PROP_NAME] : "");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (stored == NULL)
    return FALSE;
  if (g_strcmp0 (account->text[PROP_CODE], stored->text[PROP_CODE]) != 0 ||
      account->parent_id != stored->parent_id)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("Code: a sub-account keeps its code and its account; retire it and add another."));
      return FALSE;
    }
  if (name[0] == '\0' || strchr (name, '/') != NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Name: a sub-account needs a name, without a slash."));
      return FALSE;
    }
  if (g_str_equal (name, stored->text[PROP_NAME]))
    return TRUE;
  if (!cw_database_begin (db, error))
    return FALSE;
  stmt = cw_database_prepare (db, "SELECT 1 FROM finance_account WHERE parent_id = ?1 AND name = ?2 AND id <> ?3",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, stored->parent_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, stored->id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    goto fail;
  if (rc == SQLITE_ROW)
    {
      g_autoptr(CwFinanceAccount) parent = cw_finance_account_get (db, stored->parent_id, NULL);

      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS, _("Name: %s already has a sub-account of that name."),
                   parent != NULL ? parent->text[PROP_NAME] : "");
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = cw_database_prepare (db, "UPDATE finance_account SET name = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, stored->id);
  if (!cw_database_step_done (db, stmt, error) || !cw_database_commit (db, error))
    goto fail;
  cw_database_emit_changed (db, "finance_account");
  return TRUE;

fail:
  cw_database_rollback (db);
  return FALSE;
}

gboolean
cw_finance_account_save (CwDatabase        *db,
                         CwFinanceAccount  *account,
                         GError           **error)
{
  g_autoptr(CwFinanceAccount) saved = NULL;
  gint64 id;

  g_return_val_if_fail (CW_IS_FINANCE_ACCOUNT (account), FALSE);

  if (account->id != 0)
    id = rename_sub (db, account, error) ? account->id : 0;
  else if (account->parent_id == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Under: choose the account of the chart the sub-account goes under."));
      return FALSE;
    }
  else
    id = cw_finance_account_add_sub (db, account->parent_id, account->text[PROP_CODE], account->text[PROP_NAME],
                                     error);
  if (id == 0 || (saved = cw_finance_account_get (db, id, error)) == NULL)
    return FALSE;
  /* The record as stored: its id, cleaned name, kind and full name. */
  account->id = saved->id;
  account->retired = saved->retired;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    {
      g_free (account->text[i]);
      account->text[i] = g_strdup (saved->text[i]);
    }
  return TRUE;
}

gboolean
cw_finance_account_set_retired (CwDatabase  *db,
                                gint64       id,
                                gboolean     retired,
                                GError     **error)
{
  g_autoptr(CwFinanceAccount) stored = stored_sub_account (db, id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (stored == NULL)
    return FALSE;
  if (stored->retired == retired)
    return TRUE;
  if (!cw_database_begin (db, error))
    return FALSE;
  stmt = cw_database_prepare (db, "UPDATE finance_account SET retired = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int (stmt, 1, retired);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!cw_database_step_done (db, stmt, error) || !cw_database_commit (db, error))
    goto fail;
  cw_database_emit_changed (db, "finance_account");
  return TRUE;

fail:
  cw_database_rollback (db);
  return FALSE;
}

char *
cw_finance_account_next_code (CwDatabase *db,
                              gint64      parent_id)
{
  g_autoptr(CwFinanceAccount) parent = cw_finance_account_get (db, parent_id, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean taken[100] = { FALSE };
  int rc;

  if (parent == NULL || parent->parent_id != 0)
    return g_strdup ("");
  stmt = cw_database_prepare (db, "SELECT code FROM finance_account WHERE system = ?1 AND code GLOB ?2", NULL);
  if (stmt != NULL)
    {
      g_autofree char *pattern = g_strconcat (parent->text[PROP_CODE], "[0-9][0-9]", NULL);

      sqlite3_bind_text (stmt, 1, parent->text[PROP_SYSTEM], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, pattern, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        taken[g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0) + strlen (parent->text[PROP_CODE]),
                               NULL, 10) % 100] = TRUE;
      /* A code read wrong could be one taken: no suggestion. */
      if (rc != SQLITE_DONE)
        return g_strdup ("");
    }
  for (guint n = 1; n < 100; n++)
    if (!taken[n])
      return g_strdup_printf ("%s%02u", parent->text[PROP_CODE], n);
  return g_strdup ("");
}
