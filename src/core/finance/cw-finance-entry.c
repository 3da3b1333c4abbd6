/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-entry"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/common/cw-text.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-village-role.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_ACCOUNT_ID,
  PROP_AMOUNT,
  PROP_REVERSES_ID,
  PROP_REVERSED_BY,
  PROP_LOCKED,
  PROP_KEY,
  /* Text properties, in the order of ENTRY_SELECT's columns from 6 on. */
  PROP_ENTRY_DATE,
  PROP_VOUCHER,
  PROP_SUMMARY,
  PROP_HANDLED_BY,
  PROP_ACCOUNT_CODE,
  PROP_ACCOUNT_NAME,
  PROP_KIND,
  PROP_RECORDED_BY,
  PROP_REVIEWED_BY,
  PROP_REVIEWED_ON,
  PROP_REVIEW_OPINION,
  N_PROPS
};

#define FIRST_TEXT PROP_ENTRY_DATE
/* The text an editor may change. */
#define LAST_EDITABLE PROP_HANDLED_BY

struct _CwFinanceEntry
{
  GObject   parent_instance;

  gint64    id;
  gint64    account_id;
  gint64    amount;
  gint64    reverses_id;
  gint64    reversed_by;
  gboolean  locked;
  char     *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwFinanceEntry, cw_finance_entry, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_finance_entry_finalize (GObject *object)
{
  CwFinanceEntry *self = (CwFinanceEntry *) object;

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (cw_finance_entry_parent_class)->finalize (object);
}

static void
cw_finance_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwFinanceEntry *self = CW_FINANCE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_ACCOUNT_ID: g_value_set_int64 (value, self->account_id); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_REVERSES_ID: g_value_set_int64 (value, self->reverses_id); break;
    case PROP_REVERSED_BY: g_value_set_int64 (value, self->reversed_by); break;
    case PROP_LOCKED: g_value_set_boolean (value, self->locked); break;
    case PROP_KEY: g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT, self->id)); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id] != NULL ? self->text[prop_id] : "");
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwFinanceEntry *self = CW_FINANCE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID: self->account_id = g_value_get_int64 (value); break;
    case PROP_AMOUNT: self->amount = g_value_get_int64 (value); break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id <= LAST_EDITABLE)
        {
          g_free (self->text[prop_id]);
          self->text[prop_id] = g_value_dup_string (value);
        }
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_entry_class_init (CwFinanceEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  const char *names[N_PROPS] = {
    [PROP_ENTRY_DATE] = "entry-date", [PROP_VOUCHER] = "voucher", [PROP_SUMMARY] = "summary",
    [PROP_HANDLED_BY] = "handled-by", [PROP_ACCOUNT_CODE] = "account-code",
    [PROP_ACCOUNT_NAME] = "account-name", [PROP_KIND] = "kind", [PROP_RECORDED_BY] = "recorded-by",
    [PROP_REVIEWED_BY] = "reviewed-by", [PROP_REVIEWED_ON] = "reviewed-on",
    [PROP_REVIEW_OPINION] = "review-opinion",
  };

  object_class->finalize = cw_finance_entry_finalize;
  object_class->get_property = cw_finance_entry_get_property;
  object_class->set_property = cw_finance_entry_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_ACCOUNT_ID] = g_param_spec_int64 ("account-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_REVERSES_ID] = g_param_spec_int64 ("reverses-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_REVERSED_BY] = g_param_spec_int64 ("reversed-by", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_LOCKED] = g_param_spec_boolean ("locked", NULL, NULL, FALSE, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", ro);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, "", i <= LAST_EDITABLE ? rw : ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_finance_entry_init (CwFinanceEntry *self)
{
}

CwFinanceEntry *
cw_finance_entry_new (void)
{
  CwFinanceEntry *self = g_object_new (CW_TYPE_FINANCE_ENTRY, NULL);

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ("");
  return self;
}

CwFinanceEntry *
cw_finance_entry_copy (CwFinanceEntry *self)
{
  CwFinanceEntry *copy = g_object_new (CW_TYPE_FINANCE_ENTRY, NULL);

  copy->id = self->id;
  copy->account_id = self->account_id;
  copy->amount = self->amount;
  copy->reverses_id = self->reverses_id;
  copy->reversed_by = self->reversed_by;
  copy->locked = self->locked;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    copy->text[i] = g_strdup (self->text[i]);
  return copy;
}

gint64 cw_finance_entry_get_id (CwFinanceEntry *self) { return self->id; }
const char *cw_finance_entry_get_entry_date (CwFinanceEntry *self) { return self->text[PROP_ENTRY_DATE]; }
const char *cw_finance_entry_get_voucher (CwFinanceEntry *self) { return self->text[PROP_VOUCHER]; }
gint64 cw_finance_entry_get_account_id (CwFinanceEntry *self) { return self->account_id; }
const char *cw_finance_entry_get_account_code (CwFinanceEntry *self) { return self->text[PROP_ACCOUNT_CODE]; }
const char *cw_finance_entry_get_account_name (CwFinanceEntry *self) { return self->text[PROP_ACCOUNT_NAME]; }
const char *cw_finance_entry_get_summary (CwFinanceEntry *self) { return self->text[PROP_SUMMARY]; }
gint64 cw_finance_entry_get_amount (CwFinanceEntry *self) { return self->amount; }
const char *cw_finance_entry_get_handled_by (CwFinanceEntry *self) { return self->text[PROP_HANDLED_BY]; }
const char *cw_finance_entry_get_reviewed_by (CwFinanceEntry *self) { return self->text[PROP_REVIEWED_BY]; }
const char *cw_finance_entry_get_reviewed_on (CwFinanceEntry *self) { return self->text[PROP_REVIEWED_ON]; }
const char *cw_finance_entry_get_review_opinion (CwFinanceEntry *self) { return self->text[PROP_REVIEW_OPINION]; }
gint64 cw_finance_entry_get_reverses_id (CwFinanceEntry *self) { return self->reverses_id; }
gint64 cw_finance_entry_get_reversed_by (CwFinanceEntry *self) { return self->reversed_by; }
gboolean cw_finance_entry_is_locked (CwFinanceEntry *self) { return self->locked; }

gboolean
cw_finance_entry_is_reviewed (CwFinanceEntry *self)
{
  return self->text[PROP_REVIEWED_BY] != NULL && self->text[PROP_REVIEWED_BY][0] != '\0';
}

gint64
cw_finance_entry_get_income (CwFinanceEntry *self)
{
  return g_strcmp0 (self->text[PROP_KIND], CW_FINANCE_INCOME) == 0 ? self->amount : 0;
}

gint64
cw_finance_entry_get_expense (CwFinanceEntry *self)
{
  return g_strcmp0 (self->text[PROP_KIND], CW_FINANCE_EXPENSE) == 0 ? self->amount : 0;
}

#define ENTRY_SELECT \
  "SELECT e.id, e.account_id, e.amount, coalesce(e.reverses_id, 0), " \
  "       coalesce((SELECT r.id FROM finance_entry r WHERE r.reverses_id = e.id), 0), " \
  "       EXISTS (SELECT 1 FROM finance_month m WHERE m.month = substr(e.entry_date, 1, 7)), " \
  "       e.entry_date, e.voucher, e.summary, e.handled_by, a.code, " \
  "       coalesce(p.name || '/', '') || a.name, a.kind, e.recorded_by, " \
  "       coalesce(e.reviewed_by, ''), coalesce(e.reviewed_on, ''), e.review_opinion " \
  "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id " \
  "LEFT JOIN finance_account p ON p.id = a.parent_id "

static CwFinanceEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  CwFinanceEntry *self = g_object_new (CW_TYPE_FINANCE_ENTRY, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->account_id = sqlite3_column_int64 (stmt, 1);
  self->amount = sqlite3_column_int64 (stmt, 2);
  self->reverses_id = sqlite3_column_int64 (stmt, 3);
  self->reversed_by = sqlite3_column_int64 (stmt, 4);
  self->locked = sqlite3_column_int (stmt, 5) != 0;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 6);
      self->text[i] = g_strdup (text != NULL ? text : "");
    }
  return self;
}

CwFinanceEntry *
cw_finance_entry_get (CwDatabase  *db,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, ENTRY_SELECT "WHERE e.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ROW)
    return entry_from_row (stmt);
  if (rc == SQLITE_ERROR)
    return NULL;
  g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no ledger entry %lld."), (long long) id);
  return NULL;
}

GListModel *
cw_finance_entry_list (CwDatabase  *db,
                       const char  *first,
                       const char  *last,
                       gint64       account_id,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         ENTRY_SELECT
                         "WHERE e.entry_date BETWEEN ?1 AND ?2 "
                         "AND (?3 = 0 OR a.id = ?3 OR a.parent_id = ?3) "
                         "ORDER BY e.entry_date, e.voucher, e.id",
                         error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first != NULL ? first : "0000-00-00", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, last != NULL ? last : "9999-99-99", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, entry_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  store = g_list_store_new (CW_TYPE_FINANCE_ENTRY);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

guint
cw_finance_entry_count_pending (CwDatabase *db)
{
  return (guint) cw_database_query_int (db, "SELECT count(*) FROM finance_entry WHERE reviewed_by IS NULL", 0);
}

char **
cw_finance_entry_list_months (CwDatabase *db)
{
  /* The index on entry_date gives the months by skipping along it. */
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT DISTINCT substr(entry_date, 1, 7) FROM finance_entry ORDER BY 1 DESC", NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

/* A real day, not in the future, as YYYY-MM-DD; the message names no
 * field, the caller prefixes it. */
static char *
past_day (const char  *date,
          GError     **error)
{
  GDate parsed, today;

  if (!cw_date_parse (date, &parsed, error))
    return NULL;
  cw_date_today (&today);
  if (g_date_compare (&parsed, &today) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("%s is in the future."), date);
      return NULL;
    }
  return cw_date_format (&parsed);
}

/* A real day, not in the future, in an open month. */
static char *
entry_day (CwDatabase  *db,
           const char  *date,
           GError     **error)
{
  g_autofree char *day = NULL;

  if (date == NULL || date[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Date: fill in the day of the entry."));
      return NULL;
    }
  day = past_day (date, error);
  if (day == NULL)
    {
      g_prefix_error (error, _("Date: "));
      return NULL;
    }
  if (!cw_finance_month_check_open (db, day, error))
    return NULL;
  return g_steal_pointer (&day);
}

/* The account, of the chart of @day's year. */
static CwFinanceAccount *
entry_account (CwDatabase  *db,
               gint64       account_id,
               const char  *day,
               GError     **error)
{
  g_autoptr(CwFinanceAccount) account = NULL;
  int year = (int) g_ascii_strtoll (day, NULL, 10);
  const char *system = cw_finance_system_for_year (year);

  if (account_id == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Account: choose an account of the chart."));
      return NULL;
    }
  account = cw_finance_account_get (db, account_id, error);
  if (account == NULL)
    return NULL;
  if (cw_finance_account_get_retired (account))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Account: %s %s is retired; choose another, or bring it back under Accounts."),
                   cw_finance_account_get_code (account), cw_finance_account_get_full_name (account));
      return NULL;
    }
  if (!g_str_equal (cw_finance_account_get_system (account), system))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Account: %s %s is of the %s; the ledger of %d keeps the %s."),
                   cw_finance_account_get_code (account), cw_finance_account_get_full_name (account),
                   cw_finance_system_label (cw_finance_account_get_system (account)), year,
                   cw_finance_system_label (system));
      return NULL;
    }
  return g_steal_pointer (&account);
}

static gboolean
check_amount (gint64   amount,
              GError **error)
{
  if (amount > 0 && amount <= CW_MONEY_MAX)
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                       amount <= 0
                       ? _("Amount: write an amount above 0; a mistake is corrected by a reversing entry.")
                       : _("Amount: one entry holds at most ¥9,999,999,999.99."));
  return FALSE;
}

/* The fields of an entry as stored: cleaned, checked. */
typedef struct
{
  char *day;
  char *voucher;
  char *summary;
  char *handled_by;
} Fields;

static void
fields_clear (Fields *fields)
{
  g_free (fields->day);
  g_free (fields->voucher);
  g_free (fields->summary);
  g_free (fields->handled_by);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fields, fields_clear)

static gboolean
check_fields (CwDatabase  *db,
              const char  *date,
              const char  *voucher,
              gint64       account_id,
              const char  *summary,
              gint64       amount,
              const char  *handled_by,
              Fields      *out,
              GError     **error)
{
  g_autoptr(CwFinanceAccount) account = NULL;

  out->day = entry_day (db, date, error);
  if (out->day == NULL)
    return FALSE;
  account = entry_account (db, account_id, out->day, error);
  if (account == NULL)
    return FALSE;
  out->summary = cw_text_clean_line (summary != NULL ? summary : "");
  if (out->summary[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Summary: say what the money was for (摘要)."));
      return FALSE;
    }
  if (!check_amount (amount, error))
    return FALSE;
  out->voucher = cw_text_clean_line (voucher != NULL ? voucher : "");
  out->handled_by = cw_text_clean_line (handled_by != NULL ? handled_by : "");
  return TRUE;
}

static gint64
insert_entry (CwDatabase    *db,
              const Fields  *fields,
              gint64         account_id,
              gint64         amount,
              gint64         reverses_id,
              GError       **error)
{
  const char *operator_name = cw_database_get_operator (db);
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "INSERT INTO finance_entry (entry_date, voucher, account_id, summary, amount, "
                         "                           handled_by, recorded_by, reverses_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0))",
                         error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, fields->day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, fields->voucher, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, account_id);
  sqlite3_bind_text (stmt, 4, fields->summary, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, amount);
  sqlite3_bind_text (stmt, 6, fields->handled_by, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, operator_name != NULL ? operator_name : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, reverses_id);
  if (!cw_database_step_done (db, stmt, error))
    return 0;
  return cw_database_query_int (db, "SELECT last_insert_rowid()", 0);
}

/* insert_entry() as a change of its own. */
static gint64
insert_committed (CwDatabase    *db,
                  const Fields  *fields,
                  gint64         account_id,
                  gint64         amount,
                  gint64         reverses_id,
                  GError       **error)
{
  gint64 id;

  if (!cw_database_begin (db, error))
    return 0;
  id = insert_entry (db, fields, account_id, amount, reverses_id, error);
  if (id == 0)
    {
      cw_database_rollback (db);
      return 0;
    }
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "finance_entry");
  return id;
}

gint64
cw_finance_entry_add (CwDatabase  *db,
                      const char  *date,
                      const char  *voucher,
                      gint64       account_id,
                      const char  *summary,
                      gint64       amount,
                      const char  *handled_by,
                      GError     **error)
{
  g_auto(Fields) fields = { 0 };

  if (!check_fields (db, date, voucher, account_id, summary, amount, handled_by, &fields, error))
    return 0;
  return insert_committed (db, &fields, account_id, amount, 0, error);
}

gboolean
cw_finance_entry_save (CwDatabase      *db,
                       CwFinanceEntry  *entry,
                       GError         **error)
{
  g_autoptr(CwFinanceEntry) stored = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(Fields) fields = { 0 };

  if (entry->id == 0)
    {
      entry->id = cw_finance_entry_add (db, entry->text[PROP_ENTRY_DATE], entry->text[PROP_VOUCHER],
                                        entry->account_id, entry->text[PROP_SUMMARY], entry->amount,
                                        entry->text[PROP_HANDLED_BY], error);
      return entry->id != 0;
    }

  stored = cw_finance_entry_get (db, entry->id, error);
  if (stored == NULL)
    return FALSE;
  if (cw_finance_entry_is_reviewed (stored) || stored->reverses_id != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   stored->reverses_id != 0
                   ? _("Entry %lld is a reversal; it is not changed, it is reviewed as it is.")
                   : _("Entry %lld has been reviewed and is not changed any more; correct it by a "
                       "reversing entry."),
                   (long long) entry->id);
      return FALSE;
    }
  if (!cw_finance_month_check_open (db, stored->text[PROP_ENTRY_DATE], error))
    return FALSE;
  if (!check_fields (db, entry->text[PROP_ENTRY_DATE], entry->text[PROP_VOUCHER], entry->account_id,
                     entry->text[PROP_SUMMARY], entry->amount, entry->text[PROP_HANDLED_BY], &fields, error))
    return FALSE;

  if (!cw_database_begin (db, error))
    return FALSE;
  stmt = cw_database_prepare (db,
                              "UPDATE finance_entry SET entry_date = ?2, voucher = ?3, account_id = ?4, "
                              "summary = ?5, amount = ?6, handled_by = ?7 "
                              "WHERE id = ?1 AND reviewed_by IS NULL",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, entry->id);
  sqlite3_bind_text (stmt, 2, fields.day, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fields.voucher, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, entry->account_id);
  sqlite3_bind_text (stmt, 5, fields.summary, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, entry->amount);
  sqlite3_bind_text (stmt, 7, fields.handled_by, -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, stmt, error))
    goto fail;
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "finance_entry");
  return TRUE;

fail:
  cw_database_rollback (db);
  return FALSE;
}

gint64
cw_finance_entry_reverse (CwDatabase  *db,
                          gint64       id,
                          const char  *date,
                          const char  *reason,
                          GError     **error)
{
  g_autoptr(CwFinanceEntry) original = cw_finance_entry_get (db, id, error);
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *clean_reason = cw_text_clean_line (reason != NULL ? reason : "");
  g_auto(Fields) fields = { 0 };

  if (original == NULL)
    return 0;
  if (original->reverses_id != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Entry %lld is itself a reversal; it is not reversed again."), (long long) id);
      return 0;
    }
  if (original->reversed_by != 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("Entry %lld has been reversed already, by entry %lld."),
                   (long long) id, (long long) original->reversed_by);
      return 0;
    }
  if (!cw_finance_entry_is_reviewed (original))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Entry %lld has not been reviewed yet; change it instead of reversing it."), (long long) id);
      return 0;
    }
  if (clean_reason[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Reason: say why the entry is reversed."));
      return 0;
    }
  fields.day = entry_day (db, date != NULL && date[0] != '\0' ? date : today, error);
  if (fields.day == NULL)
    return 0;
  if (strncmp (fields.day, original->text[PROP_ENTRY_DATE], 4) != 0 ||
      strcmp (fields.day, original->text[PROP_ENTRY_DATE]) < 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("Date: a reversal of entry %lld is dated from %s to the end of that year."),
                   (long long) id, original->text[PROP_ENTRY_DATE]);
      return 0;
    }
  /* The reversing entry's summary (红字冲销): the ledger is the village's
   * record, printed on the Chinese disclosure, so it is written in Chinese
   * whatever the language of whoever reverses (as benefit payments are,
   * see cw-benefit-ledger.c). */
  fields.summary = g_strdup_printf ("冲销第 %lld 号账目（%s）：%s", (long long) id,
                                    original->text[PROP_SUMMARY], clean_reason);
  fields.voucher = g_strdup (original->text[PROP_VOUCHER]);
  fields.handled_by = g_strdup (original->text[PROP_HANDLED_BY]);

  return insert_committed (db, &fields, original->account_id, -original->amount, id, error);
}

GArray *
cw_finance_entry_voucher_pending (CwDatabase  *db,
                                  const char  *month,
                                  const char  *voucher,
                                  GError     **error)
{
  g_autofree char *key = cw_text_clean_line (voucher != NULL ? voucher : "");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  CwFinancePeriod period;
  int rc;

  if (!cw_finance_period_parse (month, &period, error))
    return NULL;
  if (key[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Voucher: name the voucher that was reviewed."));
      return NULL;
    }
  stmt = cw_database_prepare (db,
                              "SELECT id FROM finance_entry WHERE entry_date BETWEEN ?1 AND ?2 AND voucher = ?3 "
                              "AND reviewed_by IS NULL ORDER BY id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, period.first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, period.last, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  if (ids->len == 0)
    {
      g_autofree char *label = cw_finance_period_label (&period);

      g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("Voucher: no entry of voucher %s in %s waits for review."),
                   key, label);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
cw_finance_entry_review (CwDatabase    *db,
                         const gint64  *ids,
                         guint          n_ids,
                         const char    *month,
                         const char    *reviewer,
                         const char    *date,
                         const char    *opinion,
                         guint         *n_reviewed,
                         GError       **error)
{
  g_autoptr(CwVillageRole) member = NULL;
  g_autofree char *clean_opinion = cw_text_clean_line (opinion != NULL ? opinion : "");
  g_autofree char *day = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint done = 0;
  gint64 reviewer_id;
  int rc;

  day = date == NULL || date[0] == '\0' ? cw_date_today_text () : past_day (date, error);
  if (day == NULL)
    {
      g_prefix_error (error, _("Reviewed on: "));
      return FALSE;
    }
  if (reviewer == NULL || reviewer[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Reviewed by: name the supervision committee's member who reviewed the entries."));
      return FALSE;
    }
  member = cw_village_role_find_supervisor (db, reviewer, day, error);
  if (member == NULL)
    {
      g_prefix_error (error, _("Reviewed by: "));
      return FALSE;
    }
  reviewer_id = cw_village_role_get_person_id (member);

  if (ids != NULL)
    g_array_append_vals (chosen, ids, n_ids);
  else
    {
      CwFinancePeriod period;

      if (!cw_finance_period_parse (month, &period, error))
        return FALSE;
      stmt = cw_database_prepare (db,
                                  "SELECT id FROM finance_entry WHERE entry_date BETWEEN ?1 AND ?2 "
                                  "AND reviewed_by IS NULL ORDER BY id",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, period.first, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, period.last, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (chosen, id);
        }
      if (rc != SQLITE_DONE)
        return cw_database_fail (db, error);
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  if (!cw_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < chosen->len; i++)
    {
      gint64 id = g_array_index (chosen, gint64, i);
      g_autoptr(CwFinanceEntry) entry = cw_finance_entry_get (db, id, error);

      if (entry == NULL)
        goto fail;
      if (cw_finance_entry_is_reviewed (entry))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                       _("Entry %lld was reviewed already, by %s on %s."),
                       (long long) id, entry->text[PROP_REVIEWED_BY], entry->text[PROP_REVIEWED_ON]);
          goto fail;
        }
      if (!cw_finance_month_check_open (db, entry->text[PROP_ENTRY_DATE], error))
        goto fail;
      if (strcmp (day, entry->text[PROP_ENTRY_DATE]) < 0)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("Reviewed on: entry %lld is dated %s; it cannot be reviewed before that."),
                       (long long) id, entry->text[PROP_ENTRY_DATE]);
          goto fail;
        }
      if (stmt == NULL)
        {
          stmt = cw_database_prepare (db,
                                      "UPDATE finance_entry SET reviewer_id = nullif(?2, 0), reviewed_by = ?3, "
                                      "reviewed_on = ?4, review_opinion = ?5 WHERE id = ?1",
                                      error);
          if (stmt == NULL)
            goto fail;
        }
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, reviewer_id);
      sqlite3_bind_text (stmt, 3, cw_village_role_get_name (member), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, day, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, clean_opinion, -1, SQLITE_STATIC);
      if (!cw_database_step_done (db, stmt, error))
        goto fail;
      done++;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  if (done > 0)
    cw_database_emit_changed (db, "finance_entry");
  if (n_reviewed != NULL)
    *n_reviewed = done;
  return TRUE;

fail:
  cw_database_rollback (db);
  return FALSE;
}
