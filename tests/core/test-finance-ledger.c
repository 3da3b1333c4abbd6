/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance-ledger"

/* The ledger's rules: the two charts of accounts and their codes, an
 * upgrade renumbering them, sub-accounts, what an entry may be, review,
 * reversal, and a closed month locked whatever writes the file. */

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"

#include "finance-test-util.h"

static void
test_accounts (FinanceFixture *f,
               gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) old_chart = cw_finance_account_list (f->db, CW_FINANCE_SYSTEM_2004, &error);
  g_autoptr(GListModel) new_chart = cw_finance_account_list (f->db, CW_FINANCE_SYSTEM_2023, &error);
  g_autoptr(CwFinanceAccount) found = NULL;
  g_autoptr(CwFinanceAccount) first = NULL;
  g_autoptr(CwFinanceAccount) second = NULL;

  g_assert_cmpstr (cw_finance_system_for_year (2023), ==, "2004");
  g_assert_cmpstr (cw_finance_system_for_year (2024), ==, "2023");
  g_assert_cmpuint (g_list_model_get_n_items (old_chart), ==, 9);
  /* Ten accounts and the fixture's sub-account, right under its parent. */
  g_assert_cmpuint (g_list_model_get_n_items (new_chart), ==, 11);
  first = g_list_model_get_item (new_chart, 0);
  second = g_list_model_get_item (new_chart, 1);
  g_assert_cmpstr (cw_finance_account_get_code (first), ==, "501");
  g_assert_cmpstr (cw_finance_account_get_full_name (second), ==, "经营收入/摊位租金");

  /* By code, by name, by a sub-account's name or full name. */
  found = cw_finance_account_find (f->db, "2004", "发包及上交收入", &error);
  g_assert_cmpstr (cw_finance_account_get_code (found), ==, "511");
  g_clear_object (&found);
  found = cw_finance_account_find (f->db, "2023", "摊位租金", &error);
  g_assert_cmpstr (cw_finance_account_get_code (found), ==, "50101");
  g_clear_object (&found);
  found = cw_finance_account_find (f->db, "2023", "经营收入/摊位租金", &error);
  g_assert_cmpstr (cw_finance_account_get_code (found), ==, "50101");
  g_assert_no_error (error);
  g_clear_object (&found);

  /* The 2023 system has no 发包及上交收入; the 2004 one no 公益支出. */
  found = cw_finance_account_find (f->db, "2023", "发包及上交收入", &error);
  g_assert_null (found);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = cw_finance_account_find (f->db, "2004", "公益支出", &error);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Sub-accounts: the parent's code and two digits, a new name. */
  g_assert_cmpint (cw_finance_account_add_sub (f->db, finance_test_account (f, 2024, "501"), "5002", "x", &error),
                   ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, finance_test_account (f, 2024, "501"), "50102", "摊位租金",
                                               &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, finance_test_account (f, 2024, "50101"), "5010101", "x",
                                               &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, finance_test_account (f, 2024, "514"), "51401", "道路修缮",
                                               &error), >, 0);
  g_assert_no_error (error);
}

/* The income and expense accounts of 财会〔2023〕14号 as its 会计科目表
 * numbers them (its accounts 33 to 42), in that order: income first. */
static void
test_chart_2023 (FinanceFixture *f,
                 gconstpointer   data)
{
  static const struct { const char *code; const char *name; const char *kind; } chart[] = {
    { "501", "经营收入", "income" }, { "502", "投资收益", "income" }, { "503", "补助收入", "income" },
    { "504", "其他收入", "income" }, { "511", "经营支出", "expense" }, { "512", "税金及附加", "expense" },
    { "513", "管理费用", "expense" }, { "514", "公益支出", "expense" }, { "515", "其他支出", "expense" },
    { "521", "所得税费用", "expense" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) accounts = cw_finance_account_list (f->db, CW_FINANCE_SYSTEM_2023, &error);
  guint i = 0;

  g_assert_no_error (error);
  for (guint n = 0; n < g_list_model_get_n_items (accounts); n++)
    {
      g_autoptr(CwFinanceAccount) account = g_list_model_get_item (accounts, n);

      if (cw_finance_account_get_parent_id (account) != 0)
        continue;
      g_assert_cmpuint (i, <, G_N_ELEMENTS (chart));
      g_assert_cmpstr (cw_finance_account_get_code (account), ==, chart[i].code);
      g_assert_cmpstr (cw_finance_account_get_name (account), ==, chart[i].name);
      g_assert_cmpstr (cw_finance_account_get_kind (account), ==, chart[i].kind);
      i++;
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (chart));
}

/* A village kept before schema 14 had four-digit codes in the 2023 chart:
 * its accounts and sub-accounts are renumbered, its entries keep them. */
static void
test_chart_2023_upgrade (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) stalls = NULL;
  g_autoptr(CwFinanceAccount) old = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  gint64 change = 1;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (cw_database_build_schema (raw, 13, &error));
  g_assert_no_error (error);
  cw_audit_register_change_id (raw, &change);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "BEGIN;"
                                 "INSERT INTO finance_account (system, code, name, kind, parent_id) "
                                 "  SELECT '2023', '500101', '摊位租金', 'income', id FROM finance_account "
                                 "  WHERE system = '2023' AND code = '5001';"
                                 "INSERT INTO finance_entry (entry_date, voucher, account_id, summary, amount) "
                                 "  SELECT '2024-03-01', '记-1', id, '摊位租金', 12345 FROM finance_account "
                                 "  WHERE code = '500101';"
                                 "COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
  stalls = cw_finance_account_find (db, "2023", "50101", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_finance_account_get_full_name (stalls), ==, "经营收入/摊位租金");
  old = cw_finance_account_find (db, "2023", "5001", &error);
  g_assert_null (old);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&old);
  old = cw_finance_account_find (db, "2023", "公益支出", &error);
  g_assert_cmpstr (cw_finance_account_get_code (old), ==, "514");
  entries = cw_finance_entry_list (db, "2024-03-01", "2024-03-31", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (cw_finance_entry_get_account_code (entry), ==, "50101");
  /* The 2004 chart is as it was. */
  g_clear_object (&old);
  old = cw_finance_account_find (db, "2004", "发包及上交收入", &error);
  g_assert_cmpstr (cw_finance_account_get_code (old), ==, "511");
}

/* A village kept at schema 15 had the 2023 chart numbered after the 2004
 * system (502 经营支出, 511 投资收益, 532 公益支出 …): each account takes
 * the code of the 会计科目表, its sub-accounts follow it, even where one's
 * new code was another's old one (50201 → 51101 while 51101 → 50201), and
 * the entries keep their accounts and amounts. */
static void
test_chart_2023_renumbered (void)
{
  static const struct { const char *code; const char *full_name; } moved[] = {
    { "50101", "经营收入/摊位租金" }, { "50201", "投资收益/合作社分红" }, { "51101", "经营支出/农机作业" },
    { "51401", "公益支出/道路修缮" },
  };
  static const struct { const char *code; gint64 amount; } booked[] = {
    { "50201", 80000 }, { "51101", 12050 }, { "51401", 6000000 },
  };
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  gint64 change = 1;
  sqlite3 *raw = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (cw_database_build_schema (raw, 15, &error));
  g_assert_no_error (error);
  cw_audit_register_change_id (raw, &change);
  sqlite3_exec (raw,
                "BEGIN;"
                "INSERT INTO finance_account (system, code, name, kind, parent_id) "
                "  SELECT '2023', p.code || '01', s.column2, p.kind, p.id "
                "  FROM finance_account p JOIN (VALUES ('501', '摊位租金'), ('511', '合作社分红'), "
                "    ('502', '农机作业'), ('532', '道路修缮')) s ON s.column1 = p.code "
                "  WHERE p.system = '2023';"
                "INSERT INTO finance_entry (entry_date, voucher, account_id, summary, amount) "
                "  SELECT '2024-03-01', '记-1', id, name, "
                "    CASE code WHEN '51101' THEN 80000 WHEN '50201' THEN 12050 ELSE 6000000 END "
                "  FROM finance_account WHERE system = '2023' AND code IN ('51101', '50201', '53201');"
                "COMMIT;",
                NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  sqlite3_close (raw);

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (db, "PRAGMA user_version", 0), >=, 16);
  g_assert_true (cw_database_check (db, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      g_autoptr(CwFinanceAccount) account = cw_finance_account_find (db, "2023", moved[i].code, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (cw_finance_account_get_full_name (account), ==, moved[i].full_name);
    }
  /* An agency's file naming 502 or 514 books where its own books do. */
  {
    g_autoptr(CwFinanceAccount) investment = cw_finance_account_find (db, "2023", "502", &error);
    g_autoptr(CwFinanceAccount) welfare = cw_finance_account_find (db, "2023", "514", &error);

    g_assert_cmpstr (cw_finance_account_get_name (investment), ==, "投资收益");
    g_assert_cmpstr (cw_finance_account_get_kind (investment), ==, CW_FINANCE_INCOME);
    g_assert_cmpstr (cw_finance_account_get_name (welfare), ==, "公益支出");
  }
  entries = cw_finance_entry_list (db, "2024-03-01", "2024-03-31", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (booked));
  for (guint i = 0; i < G_N_ELEMENTS (booked); i++)
    {
      gboolean seen = FALSE;

      for (guint n = 0; n < g_list_model_get_n_items (entries); n++)
        {
          g_autoptr(CwFinanceEntry) entry = g_list_model_get_item (entries, n);

          if (g_str_equal (cw_finance_entry_get_account_code (entry), booked[i].code))
            {
              g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, booked[i].amount);
              seen = TRUE;
            }
        }
      g_assert_true (seen);
    }
  /* The renumbering is the schema's: nothing of it in the log to undo. */
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM audit_log "
                                              "WHERE table_name = 'finance_account' AND action = 'update'", -1),
                   ==, 0);
}

/* A sub-account as the window edits it: added from a new record, renamed
 * on a copy, retired and brought back; the chart's own accounts keep the
 * law's names. */
static void
test_sub_account_edits (FinanceFixture *f,
                        gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) added = cw_finance_account_new ();
  g_autoptr(CwFinanceAccount) copy = NULL;
  g_autoptr(CwFinanceAccount) preset = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) with_retired = NULL;
  gint64 road = finance_test_account (f, 2024, "公益支出");

  g_autofree char *next = cw_finance_account_next_code (f->db, road);
  g_autofree char *after = NULL;

  g_assert_cmpstr (next, ==, "51401");
  g_object_set (added, "parent-id", road, "code", " 51401 ", "name", "道路 修缮", NULL);
  g_assert_true (cw_finance_account_save (f->db, added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_finance_account_get_id (added), >, 0);
  g_assert_cmpstr (cw_finance_account_get_code (added), ==, "51401");
  g_assert_cmpstr (cw_finance_account_get_full_name (added), ==, "公益支出/道路 修缮");
  g_assert_cmpstr (cw_finance_account_get_kind (added), ==, CW_FINANCE_EXPENSE);
  after = cw_finance_account_next_code (f->db, road);
  g_assert_cmpstr (after, ==, "51402");

  /* Renamed: the name changes, the code and the account do not. */
  copy = cw_finance_account_copy (added);
  g_object_set (copy, "name", "道路修缮", NULL);
  g_assert_true (cw_finance_account_save (f->db, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cw_finance_account_get_full_name (copy), ==, "公益支出/道路修缮");
  /* Undone, as the window's Undo does: the old name back. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  {
    g_autoptr(CwFinanceAccount) undone = cw_finance_account_get (f->db, cw_finance_account_get_id (copy), &error);

    g_assert_cmpstr (cw_finance_account_get_name (undone), ==, "道路 修缮");
  }
  g_object_set (copy, "name", "摊位租金", NULL);
  g_assert_true (cw_finance_account_save (f->db, copy, &error));
  g_object_set (copy, "code", "51402", NULL);
  g_assert_false (cw_finance_account_save (f->db, copy, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_clear_object (&copy);
  preset = cw_finance_account_find (f->db, "2023", "经营收入", &error);
  copy = cw_finance_account_copy (preset);
  g_object_set (copy, "name", "营业收入", NULL);
  g_assert_false (cw_finance_account_save (f->db, copy, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* Two sub-accounts of one account never share a name. */
  g_clear_object (&copy);
  copy = cw_finance_account_new ();
  g_object_set (copy, "parent-id", cw_finance_account_get_id (preset), "code", "50102", "name", "摊位租金", NULL);
  g_assert_false (cw_finance_account_save (f->db, copy, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Retired: no new entries on it, its entries still counted; back again. */
  finance_test_enter (f, "2024-03-01", "51401", "修路", 1000);
  g_assert_true (cw_finance_account_set_retired (f->db, cw_finance_account_get_id (added), TRUE, &error));
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-02", "记-2", cw_finance_account_get_id (added), "修路",
                                         1000, "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  all = cw_finance_account_list_all (f->db, FALSE, &error);
  with_retired = cw_finance_account_list_all (f->db, TRUE, &error);
  /* Nine and ten accounts of the charts, the fixture's and the new one. */
  g_assert_cmpuint (g_list_model_get_n_items (with_retired), ==, 9 + 10 + 2);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 9 + 10 + 1);
  g_assert_false (cw_finance_account_set_retired (f->db, cw_finance_account_get_id (preset), TRUE, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_finance_account_set_retired (f->db, cw_finance_account_get_id (added), FALSE, &error));
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-02", "记-2", cw_finance_account_get_id (added), "修路",
                                         1000, "", &error), >, 0);
  g_assert_no_error (error);
}

static void
test_entry_rules (FinanceFixture *f,
                  gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(CwFinanceEntry) copy = NULL;
  gint64 id, reversal;

  /* A year's entries use its year's chart. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", finance_test_account (f, 2023, "511"), "承包费", 100, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2023-12-31", "", finance_test_account (f, 2024, "514"), "修路", 100, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* No summary, no amount, a day in the future. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", finance_test_account (f, 2024, "501"), " ", 100, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Summary"));
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", finance_test_account (f, 2024, "501"), "x", 0, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2999-03-01", "", finance_test_account (f, 2024, "501"), "x", 1, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* Pending: changed in the editor. */
  id = finance_test_enter (f, "2024-03-05", "513", "办公用品", 12050);
  entry = cw_finance_entry_get (f->db, id, &error);
  copy = cw_finance_entry_copy (entry);
  g_object_set (copy, "amount", (gint64) 12060, "summary", "办公用品（纸）", NULL);
  g_assert_true (cw_finance_entry_save (f->db, copy, &error));
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = cw_finance_entry_get (f->db, id, &error);
  g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, 12060);
  g_assert_cmpint (cw_finance_entry_get_income (entry), ==, 0);

  /* Not reversed before review; reviewed, never changed again. */
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-03-06", "错账", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_finance_entry_review (f->db, &id, 1, NULL, f->reviewer, "2024-03-04", "", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  /* Only a member of the supervision committee on that day reviews. */
  g_assert_false (cw_finance_entry_review (f->db, &id, 1, NULL, "王五", "2024-03-10", "", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "李监督"));
  g_clear_error (&error);
  g_assert_false (cw_finance_entry_review (f->db, &id, 1, NULL, "李监督", "2019-12-31", "", NULL, &error));
  g_clear_error (&error);
  finance_test_review (f, id, "2024-03-10");
  g_assert_false (cw_finance_entry_review (f->db, &id, 1, NULL, f->reviewer, "2024-03-10", "", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_finance_entry_save (f->db, copy, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* Whatever writes the file. */
  g_assert_false (cw_database_exec (f->db, "UPDATE finance_entry SET amount = 1", &error));
  g_clear_error (&error);

  /* The reversal: same year, not before the entry, once. */
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-03-06", "", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-03-01", "错账", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  reversal = cw_finance_entry_reverse (f->db, id, "2024-03-20", "重复报销", &error);
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = cw_finance_entry_get (f->db, reversal, &error);
  g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, -12060);
  g_assert_cmpint (cw_finance_entry_get_reverses_id (entry), ==, id);
  g_assert_nonnull (strstr (cw_finance_entry_get_summary (entry), "重复报销"));
  /* In the record's language whatever the test's (C.UTF-8, English). */
  g_assert_true (g_str_has_prefix (cw_finance_entry_get_summary (entry), "冲销第"));
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-03-21", "again", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_reverse (f->db, reversal, "2024-03-21", "again", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* Undo of the last change takes the reversal back. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = cw_finance_entry_get (f->db, id, &error);
  g_assert_cmpint (cw_finance_entry_get_reversed_by (entry), ==, 0);
}

static void
test_closed_month (FinanceFixture *f,
                   gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(CwFinanceEntry) copy = NULL;
  gint64 id = finance_test_enter (f, "2024-01-05", "501", "摊位租金", 100000);
  gint64 pending = finance_test_enter (f, "2024-02-05", "501", "摊位租金", 100000);
  guint n = 0;
  gboolean closed = FALSE;

  /* Not while an entry waits for review; not a month still running. */
  g_assert_false (cw_finance_month_close (f->db, "2024-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_finance_month_close (f->db, "2999-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (cw_finance_entry_review (f->db, NULL, 0, "2024-01", f->reviewer, "2024-02-01", "", &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (cw_finance_month_close (f->db, "2024-01", &error));
  g_assert_no_error (error);
  g_assert_true (cw_finance_month_is_closed (f->db, "2024-01", &closed, &error));
  g_assert_no_error (error);
  g_assert_true (closed);
  g_assert_false (cw_finance_month_close (f->db, "2024-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Locked: nothing enters it, nothing moves into it, nothing in it is undone. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-01-31", "", finance_test_account (f, 2024, "501"), "x", 1, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  entry = cw_finance_entry_get (f->db, pending, &error);
  copy = cw_finance_entry_copy (entry);
  g_object_set (copy, "entry-date", "2024-01-20", NULL);
  g_assert_false (cw_finance_entry_save (f->db, copy, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_database_exec (f->db,
                                    "INSERT INTO finance_entry (entry_date, account_id, summary, amount) "
                                    "SELECT '2024-01-02', account_id, 'raw', 1 FROM finance_entry LIMIT 1", &error));
  g_clear_error (&error);
  g_assert_false (cw_database_exec (f->db, "DELETE FROM finance_month", &error));
  g_clear_error (&error);

  /* Corrected by a reversal in an open month. */
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-01-31", "错账", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_reverse (f->db, id, "2024-02-10", "错账", &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = cw_finance_entry_get (f->db, id, &error);
  g_assert_true (cw_finance_entry_is_locked (entry));
}

/* One voucher reviewed on its own: its pending lines of the month, no
 * other voucher's, none of another month's. */
static void
test_voucher_review (FinanceFixture *f,
                     gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) none = NULL;
  gint64 first = finance_test_enter (f, "2024-02-10", "补助收入", "上级补助", 5000000);
  gint64 second = finance_test_enter (f, "2024-02-10", "管理费用", "办公用品", 12800);
  gint64 other = cw_finance_entry_add (f->db, "2024-02-11", "记-2", finance_test_account (f, 2024, "管理费用"), "茶水", 3000,
                                       "王会计", &error);
  gint64 march = finance_test_enter (f, "2024-03-01", "管理费用", "茶水", 3000);
  guint n = 0;

  g_assert_no_error (error);
  ids = cw_finance_entry_voucher_pending (f->db, "2024-02", " 记-1 ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, first);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, second);
  g_assert_true (cw_finance_entry_review (f->db, (const gint64 *) ids->data, ids->len, NULL, f->reviewer,
                                          "2024-03-05", "同意", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  {
    g_autoptr(CwFinanceEntry) e1 = cw_finance_entry_get (f->db, first, NULL);
    g_autoptr(CwFinanceEntry) e2 = cw_finance_entry_get (f->db, other, NULL);
    g_autoptr(CwFinanceEntry) e3 = cw_finance_entry_get (f->db, march, NULL);

    g_assert_true (cw_finance_entry_is_reviewed (e1));
    g_assert_cmpstr (cw_finance_entry_get_reviewed_by (e1), ==, "李监督");
    g_assert_false (cw_finance_entry_is_reviewed (e2));
    g_assert_false (cw_finance_entry_is_reviewed (e3));
  }
  /* Nothing of it waits any more; no voucher named, nothing to review. */
  none = cw_finance_entry_voucher_pending (f->db, "2024-02", "记-1", &error);
  g_assert_null (none);
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  none = cw_finance_entry_voucher_pending (f->db, "2024-02", "  ", &error);
  g_assert_null (none);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/finance/accounts", FinanceFixture, NULL, finance_fixture_set_up, test_accounts,
              finance_fixture_tear_down);
  g_test_add ("/finance/chart-2023", FinanceFixture, NULL, finance_fixture_set_up, test_chart_2023,
              finance_fixture_tear_down);
  g_test_add_func ("/finance/chart-2023-upgrade", test_chart_2023_upgrade);
  g_test_add_func ("/finance/chart-2023-renumbered", test_chart_2023_renumbered);
  g_test_add ("/finance/sub-account-edits", FinanceFixture, NULL, finance_fixture_set_up, test_sub_account_edits,
              finance_fixture_tear_down);
  g_test_add ("/finance/entry-rules", FinanceFixture, NULL, finance_fixture_set_up, test_entry_rules,
              finance_fixture_tear_down);
  g_test_add ("/finance/closed-month", FinanceFixture, NULL, finance_fixture_set_up, test_closed_month,
              finance_fixture_tear_down);
  g_test_add ("/finance/voucher-review", FinanceFixture, NULL, finance_fixture_set_up, test_voucher_review,
              finance_fixture_tear_down);

  return g_test_run ();
}
