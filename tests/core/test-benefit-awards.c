/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefit-awards"

/* An award's prize in kind (a plaque, 一床被子), with or instead of its
 * money: kept, shown on the board's notice, handed over without a ledger
 * entry; and a database of the schema before it opens with its awards. */

#include "config.h"

#include <string.h>

#include "core/benefits/cw-benefit-award-notice.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-entry.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

#include "cw-test-core.h"

/* A household of @group headed by @head_name; the head's id. */
static gint64
household (CwDatabase *db,
           const char *number,
           gint64      group,
           const char *head_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  cw_person_set_text (head, "sex", "M");
  cw_person_set_text (head, "birth-date", "1960-01-01");
  g_assert_true (cw_household_add (db, h, head, &error));
  g_assert_no_error (error);
  return cw_person_get_id (head);
}

static guint
ledger_entries (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = cw_finance_entry_list (db, "2025-01-01", "2025-12-31", 0, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (entries);
}

/* The award of @year named for @number. */
static CwAward *
award_of (CwDatabase *db,
          int         year,
          const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) awards = cw_award_list (db, year, FALSE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) award = g_list_model_get_item (awards, i);

      if (g_str_equal (cw_award_get_household_number (award), number))
        return g_steal_pointer (&award);
    }
  g_error ("no award of %d for %s", year, number);
  return NULL;
}

static void
test_in_kind (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = cw_village_group_add (db, "一组", &error);
  g_autoptr(CwVillageGroup) two = cw_village_group_add (db, "二组", &error);
  g_autoptr(CwVillageGroup) three = cw_village_group_add (db, "三组", &error);
  g_autoptr(CwVillageRole) secretary = NULL;
  g_autoptr(CwVillageRole) representative = NULL;
  g_autoptr(CwAward) quilt = NULL;
  g_autoptr(CwAward) both = NULL;
  g_autoptr(CwAward) honour = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(CwNotice) notice = NULL;
  gint64 zhang, li, ledger_entry = -1, notice_id;
  GPtrArray *table;

  g_assert_no_error (error);
  zhang = household (db, "0001", cw_village_group_get_id (one), "张老汉");
  li = household (db, "0002", cw_village_group_get_id (two), "李伯");
  household (db, "0003", cw_village_group_get_id (three), "王青");
  secretary = cw_village_role_new (CW_ROLE_PARTY_SECRETARY, li, NULL, "2020-01-01", NULL);
  representative = cw_village_role_new (CW_ROLE_REPRESENTATIVE, zhang, NULL, "2020-01-01", NULL);
  g_assert_cmpint (cw_village_role_add (db, secretary, &error), >, 0);
  g_assert_cmpint (cw_village_role_add (db, representative, &error), >, 0);
  g_assert_no_error (error);

  /* In kind alone, both, and an honour with no prize; the text is kept as
   * typed, cleaned of stray spaces. */
  g_assert_true (cw_award_add_civilized (db, 2025, "0001", 0, "  一床被子 ", "2025-12-10", &error));
  g_assert_true (cw_award_add_civilized (db, 2025, "0002", 50000, "奖牌一块", "2025-12-10", &error));
  g_assert_true (cw_award_add_civilized (db, 2025, "0003", 0, NULL, "2025-12-10", &error));
  g_assert_no_error (error);
  quilt = award_of (db, 2025, "0001");
  both = award_of (db, 2025, "0002");
  honour = award_of (db, 2025, "0003");
  g_assert_cmpstr (cw_award_get_in_kind (quilt), ==, "一床被子");
  g_assert_cmpint (cw_award_get_amount (quilt), ==, 0);
  {
    g_autofree char *a = cw_award_prize_text (quilt);
    g_autofree char *b = cw_award_prize_text (both);
    g_autofree char *c = cw_award_prize_text (honour);

    g_assert_cmpstr (a, ==, "一床被子");
    g_assert_cmpstr (b, ==, "¥500.00 + 奖牌一块");
    g_assert_cmpstr (c, ==, "");
  }
  /* An editor's copy keeps it, and saves it. */
  {
    g_autoptr(CwAward) copy = cw_award_copy (quilt);
    g_autofree char *in_kind = NULL;

    g_object_get (copy, "in-kind", &in_kind, NULL);
    g_assert_cmpstr (in_kind, ==, "一床被子");
  }

  for (const char * const *n = (const char * const []) { "0001", "0002", "0003", NULL }; *n != NULL; n++)
    {
      g_autoptr(CwAward) award = award_of (db, 2025, *n);

      g_assert_true (cw_award_approve (db, cw_award_get_id (award), "2025-12-15", NULL, "2025-12-20", &error));
      g_assert_no_error (error);
    }

  /* Handed over in kind: paid, and nothing in the ledger. */
  g_assert_true (cw_award_pay (db, cw_award_get_id (quilt), "2025-12-28", "张会计", &ledger_entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ledger_entry, ==, 0);
  g_clear_object (&quilt);
  quilt = award_of (db, 2025, "0001");
  g_assert_cmpstr (cw_award_get_paid_on (quilt), ==, "2025-12-28");
  g_assert_cmpstr (cw_award_get_paid_by (quilt), ==, "张会计");
  g_assert_cmpint (cw_award_get_ledger_entry (quilt), ==, 0);
  g_assert_cmpuint (ledger_entries (db), ==, 0);
  /* Once only, as money. */
  g_assert_false (cw_award_pay (db, cw_award_get_id (quilt), "2025-12-29", NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* Money and a plaque: the money alone enters the ledger. */
  g_assert_true (cw_award_pay (db, cw_award_get_id (both), "2025-12-28", "张会计", &ledger_entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ledger_entry, >, 0);
  entry = cw_finance_entry_get (db, ledger_entry, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, 50000);
  g_assert_cmpuint (ledger_entries (db), ==, 1);

  /* No prize at all: nothing to pay. */
  g_assert_false (cw_award_pay (db, cw_award_get_id (honour), "2025-12-28", NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "in kind"));
  g_clear_error (&error);

  /* The board's notice shows each prize beside the award. */
  notice_id = cw_award_notice_draft (db, 2025, "2025-12-29", NULL, &error);
  g_assert_no_error (error);
  notice = cw_notice_load (db, notice_id, &error);
  g_assert_no_error (error);
  table = cw_notice_get_table (notice);
  g_assert_cmpuint (table->len, ==, 4);
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 0))[4], ==, "奖励");
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 1))[4], ==, "一床被子");
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 2))[4], ==, "¥500.00 + 奖牌一块");
  g_assert_cmpstr (((char **) g_ptr_array_index (table, 3))[4], ==, "");
}

/* A village kept at schema 16, before prizes in kind: it opens, its award
 * keeps its money and has no prize in kind. */
static void
test_old_schema (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwAward) award = NULL;
  g_autofree char *prize = NULL;
  gint64 change = 1;
  sqlite3 *raw = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (cw_database_build_schema (raw, 16, &error));
  g_assert_no_error (error);
  cw_audit_register_change_id (raw, &change);
  sqlite3_exec (raw,
                "INSERT INTO village_group (name, position) VALUES ('一组', 1);"
                "INSERT INTO household (number, group_id) VALUES ('0001', 1);"
                "INSERT INTO benefit_award (kind, year, household_id, group_id, amount, decided_on) "
                "  VALUES ('civilized', 2025, 1, 1, 50000, '2025-12-10');",
                NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  sqlite3_close (raw);

  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_database_query_int (db, "PRAGMA user_version", 0), >=, 17);
  award = award_of (db, 2025, "0001");
  g_assert_cmpint (cw_award_get_amount (award), ==, 50000);
  g_assert_cmpstr (cw_award_get_in_kind (award), ==, "");
  prize = cw_award_prize_text (award);
  g_assert_cmpstr (prize, ==, "¥500.00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/benefit-awards/in-kind", test_in_kind);
  g_test_add_func ("/benefit-awards/old-schema", test_old_schema);

  return g_test_run ();
}
