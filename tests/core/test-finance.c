/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-finance"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-import.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-notice.h"
#include "core/notices/cw-notice-mask.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-role.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

static void
test_capitals (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 5, "伍分" },
    { 1000, "壹拾元整" },
    { 10000010, "壹拾万元零壹角" },
    { G_GINT64_CONSTANT (100000000001), "壹拾亿元零壹分" },
    { 1002000, "壹万零贰拾元整" },
    { 1234567, "壹万贰仟叁佰肆拾伍元陆角柒分" },
    { 0, "零元整" },
    { 168032, "壹仟陆佰捌拾元零叁角贰分" },
    { 105, "壹元零伍分" },
    { 50, "伍角" },
    { 1005, "壹拾元零伍分" },
    { 10100, "壹佰零壹元整" },
    { G_GINT64_CONSTANT (10001000000), "壹亿零壹万元整" },
    { G_GINT64_CONSTANT (10000000100), "壹亿零壹元整" },
    { G_GINT64_CONSTANT (101000000000), "壹拾亿壹仟万元整" },
    { G_GINT64_CONSTANT (100000000000000), "壹万亿元整" },
    { G_GINT64_CONSTANT (100010000000000), "壹万零壹亿元整" },
    { 100100, "壹仟零壹元整" },
    { -300, "负叁元整" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cw_money_capitals (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_amounts (void)
{
  static const struct { const char *text; gint64 fen; } good[] = {
    { "1,234.50", 123450 }, { "1234.5", 123450 }, { "¥1,234.50", 123450 }, { "￥１２３４．５", 123450 },
    { "1234元", 123400 }, { "0.05", 5 }, { "1,234,567.89", 123456789 }, { " 12 ", 1200 },
    { "9,999,999,999.99", CW_MONEY_MAX }, { "0", 0 },
  };
  static const char * const bad[] = {
    "1,2.3", "1.234", "12,34", "1234,567", ",123", "1,", "-5", "+5", "", "abc", "1.", ".5", "1e3",
    "10,000,000,000.00", "99999999999999999999999",
  };
  static const struct { gint64 fen; const char *text; } shown[] = {
    { 123450, "1,234.50" }, { -5, "-0.05" }, { 0, "0.00" },
    { G_GINT64_CONSTANT (100000000001), "1,000,000,000.01" }, { 99999, "999.99" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_assert_true (cw_money_parse (good[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, good[i].fen);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_assert_false (cw_money_parse (bad[i], &fen, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
      g_assert_cmpint (fen, ==, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = cw_money_format (shown[i].fen);
      g_assert_cmpstr (text, ==, shown[i].text);
    }
}

static void
test_periods (void)
{
  g_autoptr(GError) error = NULL;
  CwFinancePeriod p;

  g_assert_true (cw_finance_period_parse ("2026Q3", &p, &error));
  g_assert_cmpstr (p.first, ==, "2026-07-01");
  g_assert_cmpstr (p.last, ==, "2026-09-30");
  g_assert_true (cw_finance_period_parse ("2024-2", &p, &error));
  g_assert_cmpstr (p.last, ==, "2024-02-29");
  g_assert_true (cw_finance_period_parse ("2026年7月", &p, &error));
  g_assert_cmpstr (p.first, ==, "2026-07-01");
  g_assert_no_error (error);
  g_assert_false (cw_finance_period_parse ("2026Q5", &p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_finance_period_parse ("2026-13", &p, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

/* A village whose supervision committee is 李监督 (its chair, of the
 * register) and two members from outside it, since 2020; 王五 of the
 * register is on no committee. And a sub-account 50101. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  const char *reviewer;
} Fixture;

static gint64
account (Fixture    *f,
         int         year,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) a = cw_finance_account_find (f->db, cw_finance_system_for_year (year), text, &error);

  g_assert_no_error (error);
  return cw_finance_account_get_id (a);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  g_assert_true (cw_village_create (f->db, village, &error));
  one = cw_village_group_add (f->db, "一组", &error);
  cw_household_set_text (h, "number", "0001");
  cw_household_set_group_id (h, cw_village_group_get_id (one));
  cw_person_set_text (head, "name", "李监督");
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  f->reviewer = "李监督";
  {
    g_autoptr(CwVillageRole) chair =
      cw_village_role_new (CW_ROLE_SUPERVISION_CHAIR, cw_person_get_id (head), NULL, "2020-01-01", NULL);
    g_autoptr(CwVillageRole) zhao = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, "赵委员", "2020-01-01", NULL);
    g_autoptr(CwVillageRole) qian = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, "钱委员", "2020-01-01", NULL);
    g_autoptr(CwHousehold) other = cw_household_new ();
    g_autoptr(CwPerson) wang = cw_person_new ();

    g_assert_cmpint (cw_village_role_add (f->db, chair, &error), >, 0);
    g_assert_cmpint (cw_village_role_add (f->db, zhao, &error), >, 0);
    g_assert_cmpint (cw_village_role_add (f->db, qian, &error), >, 0);
    g_assert_no_error (error);
    cw_household_set_text (other, "number", "0002");
    cw_household_set_group_id (other, cw_village_group_get_id (one));
    cw_person_set_text (wang, "name", "王五");
    cw_person_set_text (wang, "relation", "户主");
    g_assert_true (cw_household_add (f->db, other, wang, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (cw_finance_account_add_sub (f->db, account (f, 2024, "501"), "50101", "摊位租金", &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static gint64
enter (Fixture    *f,
       const char *date,
       const char *account_text,
       const char *summary,
       gint64      fen)
{
  g_autoptr(GError) error = NULL;
  int year = (int) g_ascii_strtoll (date, NULL, 10);
  gint64 id = cw_finance_entry_add (f->db, date, "记-1", account (f, year, account_text), summary, fen, "王会计",
                                    &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
review (Fixture    *f,
        gint64      id,
        const char *date)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (cw_finance_entry_review (f->db, &id, 1, NULL, f->reviewer, date, "同意", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
}

static CwFinanceDisclosure *
disclose (Fixture    *f,
          const char *period_text)
{
  g_autoptr(GError) error = NULL;
  CwFinancePeriod period;
  CwFinanceDisclosure *d;

  g_assert_true (cw_finance_period_parse (period_text, &period, &error));
  d = cw_finance_disclosure_compute (f->db, &period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static CwFinanceDisclosureRow *
row_of (CwFinanceDisclosure *d,
        const char          *code)
{
  for (guint i = 0; i < d->rows->len; i++)
    {
      CwFinanceDisclosureRow *row = g_ptr_array_index (d->rows, i);

      if (g_str_equal (row->code, code))
        return row;
    }
  g_assert_not_reached ();
}

static void
test_accounts (Fixture       *f,
               gconstpointer  data)
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
  g_assert_cmpint (cw_finance_account_add_sub (f->db, account (f, 2024, "501"), "5002", "x", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, account (f, 2024, "501"), "50102", "摊位租金", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, account (f, 2024, "50101"), "5010101", "x", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_account_add_sub (f->db, account (f, 2024, "532"), "53201", "道路修缮", &error), >, 0);
  g_assert_no_error (error);
}

/* The income and expense accounts of 财会〔2023〕14号 with the system's
 * codes, in chart order: income first. */
static void
test_chart_2023 (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { const char *code; const char *name; const char *kind; } chart[] = {
    { "501", "经营收入", "income" }, { "511", "投资收益", "income" }, { "521", "补助收入", "income" },
    { "522", "其他收入", "income" }, { "502", "经营支出", "expense" }, { "503", "税金及附加", "expense" },
    { "531", "管理费用", "expense" }, { "532", "公益支出", "expense" }, { "533", "其他支出", "expense" },
    { "541", "所得税费用", "expense" },
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
  g_assert_cmpstr (cw_finance_account_get_code (old), ==, "532");
  entries = cw_finance_entry_list (db, "2024-03-01", "2024-03-31", 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (cw_finance_entry_get_account_code (entry), ==, "50101");
  /* The 2004 chart is as it was. */
  g_clear_object (&old);
  old = cw_finance_account_find (db, "2004", "发包及上交收入", &error);
  g_assert_cmpstr (cw_finance_account_get_code (old), ==, "511");
}

/* A sub-account as the window edits it: added from a new record, renamed
 * on a copy, retired and brought back; the chart's own accounts keep the
 * law's names. */
static void
test_sub_account_edits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) added = cw_finance_account_new ();
  g_autoptr(CwFinanceAccount) copy = NULL;
  g_autoptr(CwFinanceAccount) preset = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) with_retired = NULL;
  gint64 road = account (f, 2024, "公益支出");

  g_autofree char *next = cw_finance_account_next_code (f->db, road);
  g_autofree char *after = NULL;

  g_assert_cmpstr (next, ==, "53201");
  g_object_set (added, "parent-id", road, "code", " 53201 ", "name", "道路 修缮", NULL);
  g_assert_true (cw_finance_account_save (f->db, added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_finance_account_get_id (added), >, 0);
  g_assert_cmpstr (cw_finance_account_get_code (added), ==, "53201");
  g_assert_cmpstr (cw_finance_account_get_full_name (added), ==, "公益支出/道路 修缮");
  g_assert_cmpstr (cw_finance_account_get_kind (added), ==, CW_FINANCE_EXPENSE);
  after = cw_finance_account_next_code (f->db, road);
  g_assert_cmpstr (after, ==, "53202");

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
  g_object_set (copy, "code", "53202", NULL);
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
  enter (f, "2024-03-01", "53201", "修路", 1000);
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
test_entry_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(CwFinanceEntry) copy = NULL;
  gint64 id, reversal;

  /* A year's entries use its year's chart. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", account (f, 2023, "511"), "承包费", 100, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2023-12-31", "", account (f, 2024, "532"), "修路", 100, "",
                                         &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* No summary, no amount, a day in the future. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", account (f, 2024, "501"), " ", 100, "", &error),
                   ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Summary"));
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-03-01", "", account (f, 2024, "501"), "x", 0, "", &error),
                   ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_entry_add (f->db, "2999-03-01", "", account (f, 2024, "501"), "x", 1, "", &error),
                   ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* Pending: changed in the editor. */
  id = enter (f, "2024-03-05", "531", "办公用品", 12050);
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
  review (f, id, "2024-03-10");
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
test_closed_month (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(CwFinanceEntry) copy = NULL;
  gint64 id = enter (f, "2024-01-05", "501", "摊位租金", 100000);
  gint64 pending = enter (f, "2024-02-05", "501", "摊位租金", 100000);
  guint n = 0;

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
  g_assert_true (cw_finance_month_is_closed (f->db, "2024-01"));
  g_assert_false (cw_finance_month_close (f->db, "2024-01", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Locked: nothing enters it, nothing moves into it, nothing in it is undone. */
  g_assert_cmpint (cw_finance_entry_add (f->db, "2024-01-31", "", account (f, 2024, "501"), "x", 1, "", &error),
                   ==, 0);
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

/* The hand-computed ledger: December 2023 on the 2004 chart, the first
 * half of 2024 on the 2023 chart.
 *
 *   2023-12-01  501   经营收入          1,000.00  reviewed
 *   2023-12-02  541   管理费用            300.25  reviewed
 *   2023-12-03  522   补助收入              5.00  pending: not counted
 *   → brought forward into 2024: 1,000.00 − 300.25 = 699.75
 *
 *   2024-01-05  50101 摊位租金        12,345.67
 *   2024-02-10  521  补助收入         50,000.00  (large)
 *   2024-02-15  531  管理费用          1,280.50
 *   2024-03-20  532  公益支出         60,000.00  (large)
 *   Q1: income 62,345.67, expense 61,280.50, carried 699.75 + 1,065.17 = 1,764.92
 *
 *   2024-04-02  50101 摊位租金        12,345.67
 *   2024-04-09  531  管理费用             99.99, reversed 2024-04-30 (−99.99)
 *   2024-05-01  533  其他支出              0.01  pending: not counted
 *   Q2: income 12,345.67, expense 0.00; year: income 74,691.34, expense 61,280.50;
 *   carried 1,764.92 + 12,345.67 = 14,110.59 */
static void
test_disclosure (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) dec = NULL;
  g_autoptr(CwFinanceDisclosure) q1 = NULL;
  g_autoptr(CwFinanceDisclosure) q2 = NULL;
  g_autoptr(CwFinanceDisclosure) april = NULL;
  g_autofree char *capitals = NULL;
  CwFinanceLargeItem *item;
  gint64 wrong, reversal;

  review (f, enter (f, "2023-12-01", "501", "摊位租金", 100000), "2023-12-31");
  review (f, enter (f, "2023-12-02", "管理费用", "办公用品", 30025), "2023-12-31");
  enter (f, "2023-12-03", "522", "补助", 500);

  review (f, enter (f, "2024-01-05", "摊位租金", "一季度摊位租金", 1234567), "2024-04-01");
  review (f, enter (f, "2024-02-10", "521", "上级补助", 5000000), "2024-04-01");
  review (f, enter (f, "2024-02-15", "531", "办公用品", 128050), "2024-04-01");
  review (f, enter (f, "2024-03-20", "532", "道路修缮", 6000000), "2024-04-01");
  review (f, enter (f, "2024-04-02", "50101", "二季度摊位租金", 1234567), "2024-07-01");
  wrong = enter (f, "2024-04-09", "531", "误记", 9999);
  review (f, wrong, "2024-04-10");
  reversal = cw_finance_entry_reverse (f->db, wrong, "2024-04-30", "误记", &error);
  g_assert_no_error (error);
  review (f, reversal, "2024-07-01");
  enter (f, "2024-05-01", "533", "零钱", 1);

  dec = disclose (f, "2023-12");
  g_assert_cmpstr (dec->system, ==, "2004");
  g_assert_cmpint (dec->income_period, ==, 100000);
  g_assert_cmpint (dec->expense_period, ==, 30025);
  g_assert_cmpint (dec->brought_forward, ==, 0);
  g_assert_cmpint (dec->carried, ==, 69975);
  g_assert_cmpuint (dec->pending, ==, 1);
  g_assert_cmpint (row_of (dec, "511")->period, ==, 0);

  q1 = disclose (f, "2024Q1");
  g_assert_cmpstr (q1->system, ==, "2023");
  /* Ten accounts and the sub-account. */
  g_assert_cmpuint (q1->rows->len, ==, 11);
  g_assert_cmpint (row_of (q1, "501")->period, ==, 1234567);
  g_assert_cmpint (row_of (q1, "50101")->period, ==, 1234567);
  g_assert_true (row_of (q1, "50101")->sub_account);
  g_assert_cmpint (row_of (q1, "521")->period, ==, 5000000);
  g_assert_cmpint (row_of (q1, "532")->year, ==, 6000000);
  g_assert_cmpint (q1->income_period, ==, 6234567);
  g_assert_cmpint (q1->expense_period, ==, 6128050);
  g_assert_cmpint (q1->income_year, ==, 6234567);
  g_assert_cmpint (q1->brought_forward, ==, 69975);
  g_assert_cmpint (q1->carried, ==, 176492);
  g_assert_cmpuint (q1->pending, ==, 0);
  g_assert_false (q1->closed);
  g_assert_cmpuint (q1->large_items->len, ==, 2);
  item = g_ptr_array_index (q1->large_items, 1);
  g_assert_cmpstr (item->summary, ==, "道路修缮");
  g_assert_false (item->income);
  g_assert_cmpint (item->amount, ==, 6000000);
  g_assert_cmpuint (q1->reviewers->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (q1->reviewers, 0), ==, "李监督");
  /* The committee signs: its chair first. */
  g_assert_cmpuint (q1->supervisors->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (q1->supervisors, 0), "李监督"));
  g_assert_nonnull (strstr (g_ptr_array_index (q1->supervisors, 2), "钱委员"));
  capitals = cw_money_capitals (q1->income_period);
  g_assert_cmpstr (capitals, ==, "陆万贰仟叁佰肆拾伍元陆角柒分");

  q2 = disclose (f, "2024Q2");
  g_assert_cmpint (q2->income_period, ==, 1234567);
  g_assert_cmpint (q2->expense_period, ==, 0);
  g_assert_cmpint (row_of (q2, "531")->period, ==, 0);
  g_assert_cmpint (row_of (q2, "531")->year, ==, 128050);
  g_assert_cmpint (q2->income_year, ==, 7469134);
  g_assert_cmpint (q2->expense_year, ==, 6128050);
  g_assert_cmpint (q2->brought_forward, ==, 176492);
  g_assert_cmpint (q2->carried, ==, 1411059);
  g_assert_cmpuint (q2->pending, ==, 1);
  g_assert_cmpuint (q2->large_items->len, ==, 0);

  /* A month, and the threshold as the office sets it. */
  g_assert_true (cw_settings_set_finance_large_item (f->db, 9999, &error));
  april = disclose (f, "2024-04");
  g_assert_cmpint (april->expense_period, ==, 0);
  g_assert_cmpint (row_of (april, "531")->period, ==, 0);
  g_assert_cmpuint (april->large_items->len, ==, 3);
  g_assert_cmpint (april->carried, ==, 176492 + 1234567);
}

/* One voucher reviewed on its own: its pending lines of the month, no
 * other voucher's, none of another month's. */
static void
test_voucher_review (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) none = NULL;
  gint64 first = enter (f, "2024-02-10", "补助收入", "上级补助", 5000000);
  gint64 second = enter (f, "2024-02-10", "管理费用", "办公用品", 12800);
  gint64 other = cw_finance_entry_add (f->db, "2024-02-11", "记-2", account (f, 2024, "管理费用"), "茶水", 3000,
                                       "王会计", &error);
  gint64 march = enter (f, "2024-03-01", "管理费用", "茶水", 3000);
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

/* The cells of @notice's table row whose first cell is @code, or whose
 * second is @name. */
static GStrv
notice_row (CwNotice   *notice,
            const char *code,
            const char *name)
{
  GPtrArray *rows = cw_notice_get_table (notice);

  for (guint i = 0; i < rows->len; i++)
    {
      GStrv cells = g_ptr_array_index (rows, i);

      if ((code != NULL && g_str_equal (cells[0], code)) || (name != NULL && g_str_equal (cells[1], name)))
        return cells;
    }
  g_assert_not_reached ();
}

static void
test_disclosure_notice (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(CwNotice) february = NULL;
  g_autoptr(GListModel) notices = NULL;
  g_autofree char *title = NULL;
  CwFinancePeriod q1, feb;
  GPtrArray *rows;
  GStrv cells;
  gint64 pending, id;

  g_assert_true (cw_finance_period_parse ("2024Q1", &q1, NULL));
  g_assert_true (cw_finance_period_parse ("2024-02", &feb, NULL));
  review (f, enter (f, "2024-01-05", "摊位租金", "一季度摊位租金", 1234567), "2024-04-01");
  review (f, enter (f, "2024-02-10", "补助收入", "上级补助", 5000000), "2024-04-01");
  review (f, enter (f, "2024-02-15", "管理费用", "办公用品", 128050), "2024-04-01");
  /* A payee's mobile and ID number typed into a summary. */
  review (f, enter (f, "2024-03-20", "公益支出", "付张三13812345678(11010519491231002X)道路修缮", 6000000),
          "2024-04-01");
  pending = enter (f, "2024-03-30", "管理费用", "茶水", 5000);

  /* Not before the quarter is over, nor while an entry waits. */
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-03-31", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-08", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "1 entry"));
  g_clear_error (&error);
  review (f, pending, "2024-04-02");

  id = cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-08", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  notice = cw_notice_load (f->db, id, &error);
  g_assert_no_error (error);
  title = cw_finance_disclosure_title (f->db, &q1);
  g_assert_cmpstr (cw_notice_get_title (notice), ==, title);
  g_assert_cmpint (cw_notice_get_kind (notice), ==, CW_NOTICE_KIND_FINANCE);
  g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
  /* Posted under 财务收支明细 (monthly) in April, up to the month's end. */
  g_assert_cmpstr (cw_notice_get_item_name (notice), ==, "财务收支明细");
  g_assert_cmpstr (cw_notice_get_period (notice), ==, "2024-04");
  g_assert_cmpstr (cw_notice_get_from (notice), ==, "2024-04-08");
  g_assert_cmpstr (cw_notice_get_to (notice), ==, "2024-04-30");

  /* The disclosure's figures, to the fen: 62 345.67 in, 61 330.50 out. */
  rows = cw_notice_get_table (notice);
  g_assert_cmpuint (rows->len, ==, 1 + 2 + 2 + 11);
  cells = notice_row (notice, "50101", NULL);
  g_assert_cmpstr (cells[2], ==, "12,345.67");
  cells = notice_row (notice, NULL, "Total income");
  g_assert_cmpstr (cells[2], ==, "62,345.67");
  g_assert_cmpstr (cells[3], ==, "62,345.67");
  cells = notice_row (notice, NULL, "Total expense");
  g_assert_cmpstr (cells[2], ==, "61,330.50");
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "人民币陆万贰仟叁佰肆拾伍元陆角柒分"));
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "李监督"));

  /* Nothing on it gives an ID or a mobile number. */
  g_assert_nonnull (strstr (cw_notice_get_body (notice), "138****5678"));
  g_assert_null (strstr (cw_notice_get_body (notice), "13812345678"));
  g_assert_null (strstr (cw_notice_get_body (notice), "19491231"));
  g_assert_false (cw_notice_text_is_masked (cw_notice_get_body (notice)));
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      for (guint c = 0; row[c] != NULL; c++)
        g_assert_false (cw_notice_text_is_masked (row[c]));
    }

  /* In the notices register; once only. */
  notices = cw_notice_list (f->db, 2024, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);
  g_assert_cmpint (cw_finance_disclosure_add_notice (f->db, &q1, "2024-04-09", &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Late in a month it stays up the item's seven days. */
  id = cw_finance_disclosure_add_notice (f->db, &feb, "2024-03-28", &error);
  g_assert_no_error (error);
  february = cw_notice_load (f->db, id, &error);
  g_assert_cmpstr (cw_notice_get_to (february), ==, "2024-04-03");
  g_assert_cmpstr (cw_notice_get_period (february), ==, "2024-03");
}

/* The agency's file, every refusal on its line, in both encodings. */
static const char agency_csv[] =
  "日期,凭证号,科目,摘要,收入,支出,经办人\n"
  "2024-07-02,记-1,50101,摊位租金,\"1,234.50\",,王会计\n"          /* line 2 */
  "2024-07-02,记-1,管理费用,办公用品,,1234.5,王会计\n"               /* 3 */
  "2024/7/5,记-2,521,上级补助,\"¥1,234.50\",0.00,\n"             /* 4 */
  "2024-07-06,记-3,9999,无此科目,10,,\n"                           /* 5: unknown account */
  "2024-07-07,记-4,501,两列都有,10,20,\n"                         /* 6: both */
  "2024-07-08,记-5,501,坏金额,\"1,2.3\",,\n"                     /* 7: bad amount */
  "2024-07-08,记-5,531,同凭证,,5,\n"                              /* 8: skipped with 7 */
  "2024-07-09,记-6,531,收入在支出科目,5,,\n"                      /* 9: wrong column */
  "2024-07-09,记-7,发包及上交收入,旧科目,5,,\n"                     /* 10: the 2004 chart's */
  "2023-07-09,记-8,发包及上交收入,承包费,500,,\n"                   /* 11: fine in 2023 */
  "2024-07-10,记-9,501,无金额,,,\n";                              /* 12: neither */

static void
check_agency_report (CwImportReport *report)
{
  static const struct { guint line; const char *words; } refused[] = {
    { 5, "9999" }, { 6, "both income" }, { 7, "1,2.3" }, { 8, "line 7" }, { 9, "expense account" },
    { 10, "发包及上交收入" }, { 12, "no amount" },
  };

  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_FINANCE_IMPORT_LINES), ==, 4);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, G_N_ELEMENTS (refused));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *message = NULL;

      g_assert_cmpuint (cw_import_report_get_problem (report, i, NULL, &message), ==, refused[i].line);
      g_assert_nonnull (strstr (message, refused[i].words));
    }
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  const char *charset = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) again = NULL;
  g_autoptr(CwFinanceDisclosure) july = NULL;
  g_autofree char *path = g_build_filename (f->dir, "ledger.csv", NULL);
  g_autofree char *changed_path = g_build_filename (f->dir, "changed.csv", NULL);
  gint64 before = cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1);

  cw_test_write_file (path, agency_csv, charset);

  /* A dry run says the same and writes nothing. */
  dry = cw_importer_import_file (&cw_finance_importer, f->db, path, CW_IMPORT_DRY_RUN, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_agency_report (dry);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before);

  report = cw_importer_import_file (&cw_finance_importer, f->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  check_agency_report (report);
  /* Voucher 记-5 stays out whole: its good line 8 too. */
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before + 4);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry WHERE voucher = '记-5'", -1),
                   ==, 0);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT sum(amount) FROM finance_entry WHERE voucher = '记-2'", -1),
                   ==, 123450);

  /* Imported again: the vouchers are there already, nothing doubles. */
  again = cw_importer_import_file (&cw_finance_importer, f->db, path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
  g_assert_cmpuint (cw_import_report_get_count (again, CW_IMPORT_REPORT_UNCHANGED), ==, 3);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM finance_entry", -1), ==, before + 4);

  /* A voucher in the ledger with other lines is refused, not doubled. */
  g_clear_object (&again);
  cw_test_write_file (changed_path,
                      "日期,凭证号,科目,摘要,收入,支出\n2024-07-02,记-1,50101,摊位租金,1234.51,\n", charset);
  again = cw_importer_import_file (&cw_finance_importer, f->db, changed_path, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (again), ==, 1);

  /* Imported entries wait for review: the disclosure counts none yet. */
  july = disclose (f, "2024-07");
  g_assert_cmpint (july->income_period, ==, 0);
  g_assert_cmpuint (july->pending, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/finance/capitals", test_capitals);
  g_test_add_func ("/finance/amounts", test_amounts);
  g_test_add_func ("/finance/periods", test_periods);
  g_test_add ("/finance/accounts", Fixture, NULL, fixture_set_up, test_accounts, fixture_tear_down);
  g_test_add ("/finance/chart-2023", Fixture, NULL, fixture_set_up, test_chart_2023, fixture_tear_down);
  g_test_add_func ("/finance/chart-2023-upgrade", test_chart_2023_upgrade);
  g_test_add ("/finance/sub-account-edits", Fixture, NULL, fixture_set_up, test_sub_account_edits,
              fixture_tear_down);
  g_test_add ("/finance/entry-rules", Fixture, NULL, fixture_set_up, test_entry_rules, fixture_tear_down);
  g_test_add ("/finance/closed-month", Fixture, NULL, fixture_set_up, test_closed_month, fixture_tear_down);
  g_test_add ("/finance/disclosure", Fixture, NULL, fixture_set_up, test_disclosure, fixture_tear_down);
  g_test_add ("/finance/voucher-review", Fixture, NULL, fixture_set_up, test_voucher_review, fixture_tear_down);
  g_test_add ("/finance/disclosure-notice", Fixture, NULL, fixture_set_up, test_disclosure_notice,
              fixture_tear_down);

  g_test_add ("/finance/import/utf-8", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/finance/import/gb18030", Fixture, "GB18030", fixture_set_up, test_import, fixture_tear_down);

  return g_test_run ();
}
