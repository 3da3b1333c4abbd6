/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefits"

#include "config.h"

#include <string.h>

#include "core/benefits/cw-benefit-award-notice.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-audit.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

#include "cw-test-core.h"

/* The Double Ninth of 2026 is 2026-10-18. Four households in two groups;
 * who is on the list (men 60, women 55 on that day) is worked out by hand
 * beside each person. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      group_one, group_two;
  gint64      zhang_old, zhang_wife, li_old, li_wife, wang_old, zhao_old, zhao_wife, child;
} Fixture;

static gint64
member (Fixture    *f,
        gint64      household_id,
        const char *name,
        const char *relation,
        const char *sex,
        const char *birth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPerson) person = cw_person_new ();

  cw_person_set_household_id (person, household_id);
  cw_person_set_text (person, "name", name);
  cw_person_set_text (person, "relation", relation);
  cw_person_set_text (person, "sex", sex);
  cw_person_set_text (person, "birth-date", birth);
  cw_person_add (f->db, person, &error);
  g_assert_no_error (error);
  return cw_person_get_id (person);
}

static gint64
household (Fixture    *f,
           const char *number,
           gint64      group,
           const char *head_name,
           const char *sex,
           const char *birth,
           gint64     *head_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  cw_person_set_text (head, "sex", sex);
  cw_person_set_text (head, "birth-date", birth);
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  *head_id = cw_person_get_id (head);
  return cw_household_get_id (h);
}

static void
set_status (Fixture    *f,
            gint64      person,
            const char *status,
            const char *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_household_set_person_status (f->db, person, status, date, "测试", 0, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwVillageGroup) two = NULL;
  gint64 h1, h2, h3, h4, wang_head, zhao_head;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  one = cw_village_group_add (f->db, "一组", &error);
  two = cw_village_group_add (f->db, "二组", &error);
  g_assert_no_error (error);
  f->group_one = cw_village_group_get_id (one);
  f->group_two = cw_village_group_get_id (two);

  /* 60 on the day itself: on the list. */
  h1 = household (f, "0001", f->group_one, "张老汉", "M", "1966-10-18", &f->zhang_old);
  /* 55 the day after: not. */
  f->zhang_wife = member (f, h1, "张大妈", "配偶", "F", "1971-10-19");
  f->child = member (f, h1, "张小", "子", "M", "2000-01-01");
  /* A man turning 60 the day after the date: not on the list. */
  h2 = household (f, "0002", f->group_one, "李伯", "M", "1966-10-19", &f->li_old);
  /* 55 on the day: on the list. */
  f->li_wife = member (f, h2, "李婶", "配偶", "F", "1971-10-18");
  /* 76, but died the day before: not on the list. */
  h3 = household (f, "0003", f->group_two, "王青", "M", "1980-01-01", &wang_head);
  f->wang_old = member (f, h3, "王爷", "父亲", "M", "1950-01-01");
  set_status (f, f->wang_old, "deceased", "2026-10-17");
  /* 86, moved out in May: not; his wife, 81, died the day after: on it. */
  h4 = household (f, "0004", f->group_two, "赵青", "F", "1985-01-01", &zhao_head);
  f->zhao_old = member (f, h4, "赵叔", "父亲", "M", "1940-05-05");
  f->zhao_wife = member (f, h4, "赵姨", "母亲", "F", "1945-05-05");
  set_status (f, f->zhao_old, "moved_out", "2026-05-01");
  set_status (f, f->zhao_wife, "deceased", "2026-10-19");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static CwBenefitProgramme *
double_ninth (Fixture    *f,
              const char *date)
{
  g_autoptr(GError) error = NULL;
  CwBenefitProgramme *programme =
    g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "重阳节慰问", "kind", "慰问", "date", date,
                  "amount", (gint64) 10000, "min-age-male", 60, "min-age-female", 55, NULL);

  g_assert_true (cw_benefit_programme_add (f->db, programme, &error));
  g_assert_no_error (error);
  return programme;
}

/* The names on a list, not removed ones, joined by spaces. */
static char *
names (Fixture *f,
       gint64   programme_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = cw_beneficiary_list (f->db, programme_id, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (list, i);

      if (g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, cw_beneficiary_get_name (row));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
approve (Fixture *f,
         gint64   id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_benefit_programme_approve (f->db, id, "2026-10-10", NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_age_edges (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) programme = double_ninth (f, "2026-10-18");
  g_autofree char *list = names (f, cw_benefit_programme_get_id (programme));
  g_autoptr(CwBenefitProgramme) earlier = NULL;
  g_autofree char *earlier_list = NULL;

  /* 张老汉 60 on the day, 李婶 55 on the day, 赵姨 died after it; 李伯
   * turns 60 the day after, 张大妈 55 the day after, 王爷 died the day
   * before, 赵叔 moved out. */
  g_assert_cmpstr (list, ==, "张老汉 李婶 赵姨");

  /* A day earlier (in another year, not to meet the first): nobody turns
   * anything, and 王爷 is alive. */
  earlier = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "高龄慰问", "date", "2026-10-16",
                          "amount", (gint64) 5000, "min-age", 70, NULL);
  g_assert_true (cw_benefit_programme_add (f->db, earlier, NULL));
  earlier_list = names (f, cw_benefit_programme_get_id (earlier));
  g_assert_cmpstr (earlier_list, ==, "王爷 赵姨");
}

static void
test_frozen_on_approval (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) programme = double_ninth (f, "2026-10-18");
  g_autoptr(CwBenefitProgramme) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cw_benefit_programme_get_id (programme);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *late = NULL;
  gint64 newcomer;

  approve (f, id);
  stored = cw_benefit_programme_load (f->db, id, &error);
  g_assert_cmpstr (cw_benefit_programme_get_state (stored), ==, CW_BENEFIT_STATE_APPROVED);
  g_assert_cmpuint (cw_benefit_programme_get_listed (stored), ==, 3);
  g_assert_cmpint (cw_benefit_programme_get_total (stored), ==, 30000);
  before = names (f, id);

  /* A 70-year-old entered in the register after approval: the frozen
   * list does not change by itself. */
  newcomer = member (f, cw_person_get_household_id (cw_person_load (f->db, f->li_old, NULL)),
                     "李奶", "母亲", "F", "1956-01-01");
  after = names (f, id);
  g_assert_cmpstr (after, ==, before);

  /* Edits of the programme are refused once approved. */
  g_assert_false (cw_benefit_programme_update (f->db, stored, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* A late addition needs a reason. */
  g_assert_false (cw_beneficiary_add (f->db, id, newcomer, -1, "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_beneficiary_add (f->db, id, newcomer, -1, "户籍迁入漏登", &error));
  g_assert_no_error (error);
  late = names (f, id);
  g_assert_cmpstr (late, ==, "张老汉 李婶 李奶 赵姨");

  /* Not present on the date: refused even by hand. */
  g_assert_false (cw_beneficiary_add (f->db, id, f->wang_old, -1, "补录", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* Approval needs the review's day; representatives when asked. */
  {
    g_autoptr(CwBenefitProgramme) asked =
      g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "大学新生奖励", "kind", "奖励", "date", "2026-09-01",
                    "amount", (gint64) 200000, "by-hand", TRUE, "needs-representatives", TRUE, NULL);
    gint64 asked_id = cw_benefit_programme_add (f->db, asked, &error) ? cw_benefit_programme_get_id (asked) : 0;
    g_autoptr(CwVillageRole) secretary = cw_village_role_new (CW_ROLE_PARTY_SECRETARY, f->li_old, NULL,
                                                              "2020-01-01", NULL);
    g_autoptr(CwVillageRole) representative = cw_village_role_new (CW_ROLE_REPRESENTATIVE, f->zhang_old, NULL,
                                                                   "2026-09-04", NULL);
    g_autoptr(CwBenefitProgramme) approved = NULL;

    g_assert_false (cw_benefit_programme_approve (f->db, asked_id, "2026-09-02", NULL, NULL, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_clear_error (&error);
    /* No 村民代表 recorded on the day: refused. */
    g_assert_false (cw_benefit_programme_approve (f->db, asked_id, "2026-09-02", NULL, "2026-09-05", &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (cw_village_role_add (f->db, secretary, &error), >, 0);
    g_assert_cmpint (cw_village_role_add (f->db, representative, &error), >, 0);
    g_assert_no_error (error);
    /* The reviewer holds a 两委 office that day; 张老汉 holds none. */
    g_assert_false (cw_benefit_programme_approve (f->db, asked_id, "2026-09-02", "张老汉", "2026-09-05", &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "李伯"));
    g_clear_error (&error);
    /* A day before the representative took office: none yet. */
    g_assert_false (cw_benefit_programme_approve (f->db, asked_id, "2026-09-02", NULL, "2026-09-03", &error));
    g_clear_error (&error);
    g_assert_true (cw_benefit_programme_approve (f->db, asked_id, "2026-09-02", NULL, "2026-09-05", &error));
    g_assert_no_error (error);
    approved = cw_benefit_programme_load (f->db, asked_id, NULL);
    g_assert_cmpstr (cw_benefit_programme_get_reviewed_by (approved), ==, "李伯");
  }
}

static void
test_payment (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) programme = double_ninth (f, "2026-10-18");
  g_autoptr(CwBeneficiary) li = NULL;
  g_autoptr(CwBeneficiary) zhao = NULL;
  g_autoptr(CwBenefitProgramme) stored = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cw_benefit_programme_get_id (programme);
  CwBenefitExpense *expense;
  CwBenefitPayment n = { 0 };

  /* Not before approval. */
  g_assert_false (cw_beneficiary_pay (f->db, id, 0, "2026-10-18", "张会计", &n, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  approve (f, id);

  /* 赵姨 died the day after the date, before payment: taken off with the
   * reason, which is required. */
  zhao = cw_beneficiary_find (f->db, id, "赵姨", &error);
  g_assert_no_error (error);
  g_assert_false (cw_beneficiary_remove (f->db, cw_beneficiary_get_id (zhao), "2026-10-20", " ", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_beneficiary_remove (f->db, cw_beneficiary_get_id (zhao), "2026-10-20", "发放前死亡", &error));
  g_assert_no_error (error);

  /* One paid by hand, then the rest. */
  li = cw_beneficiary_find (f->db, id, "李婶", &error);
  g_assert_no_error (error);
  g_assert_true (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (li), "2026-10-18", "张会计", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n.persons, ==, 1);
  /* A second payment is refused. */
  g_assert_false (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (li), "2026-10-19", "张会计", &n, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "2026-10-18"));
  g_clear_error (&error);
  g_assert_true (cw_beneficiary_pay (f->db, id, 0, "2026-10-19", "张会计", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n.persons, ==, 1);
  g_assert_false (cw_beneficiary_pay (f->db, id, 0, "2026-10-19", "张会计", &n, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* The removed one is not paid, and stays removed. */
  g_assert_false (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (zhao), "2026-10-19", "", &n, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  stored = cw_benefit_programme_load (f->db, id, &error);
  g_assert_cmpint (cw_benefit_programme_get_paid (stored), ==, 20000);
  g_assert_cmpint (cw_benefit_programme_get_total (stored), ==, 20000);

  /* Each payment run is one expense in 公益支出. */
  expenses = cw_benefit_expense_list (f->db, 2026, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expenses->len, ==, 2);
  expense = g_ptr_array_index (expenses, 0);
  g_assert_cmpstr (expense->account, ==, "公益支出");
  g_assert_cmpint (expense->amount, ==, 10000);
  g_assert_cmpstr (expense->date, ==, "2026-10-18");
  g_assert_cmpstr (expense->paid_by, ==, "张会计");

  /* Undo takes the last payment and its expense back together. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_clear_pointer (&expenses, g_ptr_array_unref);
  expenses = cw_benefit_expense_list (f->db, 2026, 0, &error);
  g_assert_cmpuint (expenses->len, ==, 1);
  g_clear_object (&stored);
  stored = cw_benefit_programme_load (f->db, id, &error);
  g_assert_cmpint (cw_benefit_programme_get_paid (stored), ==, 10000);
}

/* The ledger's entries from @first to @last, their count; the last in
 * @last_entry (may be NULL). */
static guint
ledger_entries (Fixture         *f,
                const char      *first,
                const char      *last,
                CwFinanceEntry **last_entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = cw_finance_entry_list (f->db, first, last, 0, &error);
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (entries);
  if (last_entry != NULL)
    *last_entry = n > 0 ? g_list_model_get_item (entries, n - 1) : NULL;
  return n;
}

static const char *
row_state (Fixture    *f,
           gint64      programme,
           const char *name)
{
  g_autoptr(CwBeneficiary) row = cw_beneficiary_find (f->db, programme, name, NULL);

  g_assert_nonnull (row);
  return g_intern_string (cw_beneficiary_get_state (row));
}

/* Paying enters the collective ledger in the same change: one line a
 * programme a day while it is unreviewed, never twice for one person,
 * taken back whole by Undo; refused whole when the ledger refuses it. */
static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) programme = double_ninth (f, "2026-10-18");
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(GPtrArray) expenses = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageRole) chair = cw_village_role_new (CW_ROLE_SUPERVISION_CHAIR, f->child, NULL, "2020-01-01", NULL);
  gint64 id = cw_benefit_programme_get_id (programme), first_entry, undo_reviewed;
  CwBenefitPayment paid = { 0 };
  CwBenefitExpense *expense;

  g_assert_cmpint (cw_village_role_add (f->db, chair, &error), >, 0);
  g_assert_no_error (error);
  approve (f, id);

  /* 李婶 on the day: a ledger line of 公益支出 (5131 in the 2023 chart),
   * handed out by 张会计, waiting for review. */
  g_assert_true (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (cw_beneficiary_find (f->db, id, "李婶", NULL)),
                                     "2026-10-18", "张会计", &paid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (paid.persons, ==, 1);
  g_assert_cmpint (paid.amount, ==, 10000);
  g_assert_cmpint (paid.ledger_entry, >, 0);
  first_entry = paid.ledger_entry;
  g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", &entry), ==, 1);
  g_assert_cmpint (cw_finance_entry_get_id (entry), ==, first_entry);
  g_assert_cmpstr (cw_finance_entry_get_account_code (entry), ==, "514");
  g_assert_cmpstr (cw_finance_entry_get_account_name (entry), ==, "公益支出");
  g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, 10000);
  g_assert_cmpstr (cw_finance_entry_get_entry_date (entry), ==, "2026-10-18");
  g_assert_cmpstr (cw_finance_entry_get_handled_by (entry), ==, "张会计");
  /* The ledger is the village's record, printed on the disclosure: its
   * summary is Chinese though this test runs in C, in English. */
  g_assert_cmpstr (cw_award_kind_label (CW_AWARD_CIVILIZED), ==, "Civilized and Clean Household");
  g_assert_cmpstr (cw_finance_entry_get_summary (entry), ==, "重阳节慰问:发放1人");
  g_assert_false (cw_finance_entry_is_reviewed (entry));
  g_clear_object (&entry);

  /* 赵姨 the same day joins that line: one line, ¥200, two persons. */
  g_assert_true (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (cw_beneficiary_find (f->db, id, "赵姨", NULL)),
                                     "2026-10-18", "张会计", &paid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (paid.ledger_entry, ==, first_entry);
  g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", &entry), ==, 1);
  g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, 20000);
  g_assert_cmpstr (cw_finance_entry_get_summary (entry), ==, "重阳节慰问:发放2人");
  g_clear_object (&entry);

  /* Undo of that payment: the line is ¥100 for one again, 赵姨 unpaid. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", &entry), ==, 1);
  g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, 10000);
  g_assert_cmpstr (cw_finance_entry_get_summary (entry), ==, "重阳节慰问:发放1人");
  g_assert_true (row_state (f, id, "赵姨") == g_intern_string (CW_BENEFICIARY_LISTED));
  g_clear_object (&entry);

  /* Paid again: refused, and nothing enters the ledger twice. */
  g_assert_false (cw_beneficiary_pay (f->db, id, cw_beneficiary_get_id (cw_beneficiary_find (f->db, id, "李婶", NULL)),
                                      "2026-10-18", "张会计", &paid, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  /* The supervision committee reviews the line; the rest paid the same
   * day then get a line of their own (a reviewed line never changes). */
  g_assert_true (cw_finance_entry_review (f->db, &first_entry, 1, NULL, "张小", "2026-10-20", "同意", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cw_beneficiary_pay (f->db, id, 0, "2026-10-18", "张会计", &paid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (paid.persons, ==, 2);
  g_assert_cmpint (paid.ledger_entry, !=, first_entry);
  undo_reviewed = cw_database_get_last_change (f->db);
  g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", &entry), ==, 2);
  g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, 20000);
  g_clear_object (&entry);

  expenses = cw_benefit_expense_list (f->db, 2026, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expenses->len, ==, 2);
  expense = g_ptr_array_index (expenses, 0);
  g_assert_cmpint (expense->ledger_entry, ==, first_entry);
  g_assert_true (expense->reviewed);
  g_assert_cmpint (expense->amount, ==, 10000);
  expense = g_ptr_array_index (expenses, 1);
  g_assert_false (expense->reviewed);
  g_assert_cmpuint (expense->persons, ==, 2);

  /* Once reviewed, that line is reviewed again: the payment in it cannot be
   * undone any more, and the refusal leaves both as they are. */
  {
    gint64 second_entry = expense->ledger_entry;

    g_assert_true (cw_finance_entry_review (f->db, &second_entry, 1, NULL, "张小", "2026-10-21", "", NULL, &error));
    g_assert_no_error (error);
    g_assert_false (cw_audit_undo (f->db, undo_reviewed, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (row_state (f, id, "张老汉") == g_intern_string (CW_BENEFICIARY_PAID));
    g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", NULL), ==, 2);
  }
}

/* What the ledger refuses, the payment is refused whole: nobody is paid. */
static void
test_ledger_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) september =
    g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "开学慰问", "date", "2026-09-01",
                  "amount", (gint64) 5000, "min-age", 70, NULL);
  g_autoptr(CwBenefitProgramme) odd = NULL;
  g_autoptr(CwBenefitProgramme) old = NULL;
  g_autoptr(CwBenefitProgramme) gift = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tomorrow = NULL;
  CwBenefitPayment paid = { 0 };
  GDate day;
  gint64 id;

  g_assert_true (cw_benefit_programme_add (f->db, september, &error));
  id = cw_benefit_programme_get_id (september);
  g_assert_true (cw_benefit_programme_approve (f->db, id, "2026-08-25", NULL, NULL, &error));
  g_assert_no_error (error);

  /* A closed month takes no new line. */
  g_assert_true (cw_finance_month_close (f->db, "2026-09", &error));
  g_assert_no_error (error);
  g_assert_false (cw_beneficiary_pay (f->db, id, 0, "2026-09-05", "", &paid, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* Nor a day in the future. */
  cw_date_today (&day);
  g_date_add_days (&day, 1);
  tomorrow = cw_date_format (&day);
  g_assert_false (cw_beneficiary_pay (f->db, id, 0, tomorrow, "", &paid, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (row_state (f, id, "赵姨") == g_intern_string (CW_BENEFICIARY_LISTED));
  g_assert_cmpuint (ledger_entries (f, "2000-01-01", "2999-12-31", NULL), ==, 0);

  /* An account the chart does not hold is refused when the programme is
   * saved; one the chart of the payment's year lacks (税金及附加 is of the
   * 2023 chart; the payment is in 2023), when it is paid. An income
   * account is no account to pay from. */
  odd = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "奇怪慰问", "date", "2026-10-01", "amount", (gint64) 100,
                      "min-age", 70, "account", "慰问金科目", NULL);
  g_assert_false (cw_benefit_programme_add (f->db, odd, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "慰问金科目"));
  g_clear_error (&error);
  g_object_set (odd, "account", "经营收入", NULL);
  g_assert_false (cw_benefit_programme_add (f->db, odd, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (odd, "account", "税金及附加", "date", "2024-01-05", NULL);
  g_assert_true (cw_benefit_programme_add (f->db, odd, &error));
  g_assert_no_error (error);
  g_assert_true (cw_benefit_programme_approve (f->db, cw_benefit_programme_get_id (odd), "2023-12-20", NULL, NULL,
                                               &error));
  g_assert_no_error (error);
  g_assert_false (cw_beneficiary_pay (f->db, cw_benefit_programme_get_id (odd), 0, "2023-12-28", "", &paid, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "税金及附加"));
  g_clear_error (&error);
  g_assert_true (row_state (f, cw_benefit_programme_get_id (odd), "赵姨") == g_intern_string (CW_BENEFICIARY_LISTED));
  g_assert_cmpuint (ledger_entries (f, "2000-01-01", "2999-12-31", NULL), ==, 0);

  /* Before 2024 the chart has no 公益支出: the default goes to 其他支出. */
  old = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "重阳节慰问", "date", "2023-10-23", "amount", (gint64) 10000,
                      "min-age", 70, NULL);
  g_assert_true (cw_benefit_programme_add (f->db, old, &error));
  g_assert_true (cw_benefit_programme_approve (f->db, cw_benefit_programme_get_id (old), "2023-10-20", NULL, NULL,
                                               &error));
  g_assert_true (cw_beneficiary_pay (f->db, cw_benefit_programme_get_id (old), 0, "2023-10-23", "", &paid, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ledger_entries (f, "2023-01-01", "2023-12-31", &entry), ==, 1);
  g_assert_cmpstr (cw_finance_entry_get_account_code (entry), ==, "551");
  g_assert_cmpint (cw_finance_entry_get_amount (entry), ==, 30000);

  /* A gift in kind only is no money of the ledger. */
  gift = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "春节走访", "date", "2026-02-01", "in-kind", "米一袋",
                       "min-age", 70, NULL);
  g_assert_true (cw_benefit_programme_add (f->db, gift, &error));
  g_assert_true (cw_benefit_programme_approve (f->db, cw_benefit_programme_get_id (gift), "2026-01-25", NULL, NULL,
                                               &error));
  g_assert_true (cw_beneficiary_pay (f->db, cw_benefit_programme_get_id (gift), 0, "2026-02-01", "", &paid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (paid.ledger_entry, ==, 0);
  g_assert_cmpuint (ledger_entries (f, "2026-01-01", "2026-12-31", NULL), ==, 0);
}

static void
test_once_a_year (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) first = double_ninth (f, "2026-10-18");
  g_autoptr(CwBenefitProgramme) second = NULL;
  g_autoptr(CwBenefitProgramme) next_year = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *second_list = NULL;
  g_autofree char *next_list = NULL;

  approve (f, cw_benefit_programme_get_id (first));
  /* The same programme entered again that year, two days later, finds
   * nobody twice: only 张大妈 and 李伯, who came of age on 10-19. */
  second = double_ninth (f, "2026-10-20");
  second_list = names (f, cw_benefit_programme_get_id (second));
  g_assert_cmpstr (second_list, ==, "张大妈 李伯");
  g_assert_false (cw_beneficiary_add (f->db, cw_benefit_programme_get_id (second), f->zhang_old, -1, "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "张老汉"));
  g_clear_error (&error);
  /* Next year they are on it again (李伯 is 60 by then, 赵姨 has died). */
  next_year = double_ninth (f, "2027-10-08");
  next_list = names (f, cw_benefit_programme_get_id (next_year));
  g_assert_cmpstr (next_list, ==, "张老汉 张大妈 李伯 李婶");
}

static void
test_per_household_and_flags (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CwBenefitProgramme) flagged = NULL;
  g_autoptr(CwBenefitProgramme) households = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *heads = NULL;
  g_auto(GStrv) held = NULL;
  gint64 id;

  /* 大学新生奖励: nominated by hand, for children of families holding
   * land-distribution rights. */
  flagged = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "大学新生奖励", "kind", "奖励", "date", "2026-09-01",
                          "amount", (gint64) 200000, "by-hand", TRUE, "flag", "参与土地分配", NULL);
  g_assert_true (cw_benefit_programme_add (f->db, flagged, &error));
  id = cw_benefit_programme_get_id (flagged);
  g_assert_false (cw_beneficiary_add (f->db, id, f->child, 1000000, "清华大学", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_benefit_flag_set (f->db, f->child, "参与土地分配", "2010-01-01", &error));
  g_assert_no_error (error);
  held = cw_benefit_flag_list (f->db, f->child, "2026-09-01", NULL);
  g_assert_cmpstr (held[0], ==, "参与土地分配");
  g_assert_true (cw_beneficiary_add (f->db, id, f->child, 1000000, "清华大学", &error));
  g_assert_no_error (error);
  list = names (f, id);
  g_assert_cmpstr (list, ==, "张小");

  /* Per household: one row per household with anyone over 50, naming the
   * head (王青's household counts by its head's father, who is dead: no). */
  households = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "春节慰问", "date", "2026-02-01",
                             "per", "household", "amount", (gint64) 20000, "min-age", 50,
                             "group-name", "一组", NULL);
  g_assert_true (cw_benefit_programme_add (f->db, households, &error));
  g_assert_no_error (error);
  heads = names (f, cw_benefit_programme_get_id (households));
  g_assert_cmpstr (heads, ==, "张老汉 李伯");

  /* A computed programme needs a rule. */
  {
    g_autoptr(CwBenefitProgramme) empty = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "x", "date", "2026-01-01",
                                                        "amount", (gint64) 100, NULL);
    g_assert_false (cw_benefit_programme_add (f->db, empty, &error));
    g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "Eligible"));
  }
}

static void
test_awards (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(CwAward) first = NULL;

  g_assert_true (cw_award_add_civilized (f->db, 2026, "0001", 50000, NULL, "2026-12-20", &error));
  g_assert_no_error (error);
  /* A second 文明卫生户 in 一组 is refused, naming the first. */
  g_assert_false (cw_award_add_civilized (f->db, 2026, "0002", 50000, NULL, "2026-12-20", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "0001"));
  g_clear_error (&error);
  /* Another group, another year: fine. */
  g_assert_true (cw_award_add_civilized (f->db, 2026, "0003", 50000, NULL, NULL, &error));
  g_assert_true (cw_award_add_civilized (f->db, 2027, "0002", 50000, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Stars 1–5; a regrade replaces the year's grade. */
  g_assert_true (cw_award_set_stars (f->db, 2026, "0002", 3, "遵纪守法、卫生整洁", NULL, &error));
  g_assert_true (cw_award_set_stars (f->db, 2026, "0002", 5, "", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (cw_award_set_stars (f->db, 2026, "0002", 6, "", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  /* The criteria are the village's (a setting). */
  g_assert_false (cw_award_set_stars (f->db, 2026, "0003", 2, "卫生整洁，打麻将", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "打麻将"));
  g_clear_error (&error);
  g_assert_true (cw_settings_set_star_criteria (f->db, "卫生整洁, 打麻将", &error));
  {
    g_autofree char *criteria = cw_settings_get_star_criteria (f->db);
    g_assert_cmpstr (criteria, ==, "卫生整洁、打麻将");
  }
  g_assert_true (cw_award_set_stars (f->db, 2026, "0003", 2, "卫生整洁，打麻将", NULL, &error));
  g_assert_no_error (error);

  awards = cw_award_list (f->db, 2026, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (awards), ==, 4);
  first = g_list_model_get_item (awards, 0);
  g_assert_cmpstr (cw_award_get_household_number (first), ==, "0001");
  g_assert_cmpstr (cw_award_get_head_name (first), ==, "张老汉");
  {
    g_autoptr(CwAward) stars = g_list_model_get_item (awards, 2);
    g_autoptr(CwAward) two = g_list_model_get_item (awards, 3);
    g_assert_cmpint (cw_award_get_stars (stars), ==, 5);
    g_assert_cmpstr (cw_award_get_criteria (two), ==, "卫生整洁、打麻将");
  }

  /* Withdrawn, with a reason: then the group may name another. */
  g_assert_false (cw_award_withdraw (f->db, cw_award_get_id (first), "2027-01-05", "", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_award_withdraw (f->db, cw_award_get_id (first), "2027-01-05", "评选有误", &error));
  g_assert_true (cw_award_add_civilized (f->db, 2026, "0002", 50000, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* An award's way: named, reviewed by the two committees, approved by the
 * representatives, its prize paid once into the collective ledger. */
static void
test_award_way (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageRole) secretary = cw_village_role_new (CW_ROLE_PARTY_SECRETARY, f->li_old, NULL, "2020-01-01",
                                                            NULL);
  g_autoptr(CwVillageRole) representative = cw_village_role_new (CW_ROLE_REPRESENTATIVE, f->zhang_old, NULL,
                                                                 "2025-01-01", NULL);
  g_autoptr(CwAward) award = NULL;
  g_autoptr(CwFinanceEntry) entry = NULL;
  g_autoptr(GListModel) awards = NULL;
  gint64 id, stars_id, ledger_entry = 0;

  g_assert_cmpint (cw_village_role_add (f->db, secretary, &error), >, 0);
  g_assert_cmpint (cw_village_role_add (f->db, representative, &error), >, 0);
  g_assert_true (cw_award_add_civilized (f->db, 2025, "0001", 50000, NULL, "2025-12-10", &error));
  g_assert_true (cw_award_set_stars (f->db, 2025, "0002", 4, "", "2025-12-10", &error));
  g_assert_no_error (error);
  awards = cw_award_list (f->db, 2025, FALSE, &error);
  award = g_list_model_get_item (awards, 0);
  id = cw_award_get_id (award);
  g_clear_object (&award);
  award = g_list_model_get_item (awards, 1);
  stars_id = cw_award_get_id (award);
  g_clear_object (&award);

  /* Not paid before approval. */
  g_assert_false (cw_award_pay (f->db, id, "2025-12-28", "张会计", &ledger_entry, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  /* The representatives' day is needed; the review is after the naming. */
  g_assert_false (cw_award_approve (f->db, id, "2025-12-15", NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cw_award_approve (f->db, id, "2025-12-09", NULL, "2025-12-20", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025-12-10"));
  g_clear_error (&error);
  /* Representatives before the review: refused. */
  g_assert_false (cw_award_approve (f->db, id, "2025-12-15", NULL, "2025-12-14", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_award_approve (f->db, id, "2025-12-15", NULL, "2025-12-20", &error));
  g_assert_no_error (error);
  award = cw_award_get (f->db, id, &error);
  g_assert_true (cw_award_is_approved (award));
  g_assert_cmpstr (cw_award_get_reviewed_by (award), ==, "李伯");
  g_assert_cmpstr (cw_award_get_reviewed_on (award), ==, "2025-12-15");
  g_assert_cmpstr (cw_award_get_representatives_on (award), ==, "2025-12-20");
  g_clear_object (&award);
  g_assert_false (cw_award_approve (f->db, id, "2025-12-15", NULL, "2025-12-20", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_EXISTS);
  g_clear_error (&error);

  /* Paid, not before the approval, into the ledger's 公益支出. */
  g_assert_false (cw_award_pay (f->db, id, "2025-12-19", "张会计", &ledger_entry, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cw_award_pay (f->db, id, "2025-12-28", "张会计", &ledger_entry, &error));
  g_assert_no_error (error);
  entry = cw_finance_entry_get (f->db, ledger_entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_finance_entry_get_account_code (entry), ==, "514");
  g_assert_cmpint (cw_finance_entry_get_expense (entry), ==, 50000);
  g_assert_cmpstr (cw_finance_entry_get_entry_date (entry), ==, "2025-12-28");
  g_assert_cmpstr (cw_finance_entry_get_handled_by (entry), ==, "张会计");
  /* In Chinese, the village's record, though this test runs in English. */
  g_assert_cmpstr (cw_finance_entry_get_summary (entry), ==, "文明卫生户(2025年)奖金:0001户(张老汉)");
  award = cw_award_get (f->db, id, &error);
  g_assert_cmpstr (cw_award_get_paid_on (award), ==, "2025-12-28");
  g_assert_cmpint (cw_award_get_ledger_entry (award), ==, ledger_entry);
  g_clear_object (&award);

  /* Never twice; a paid award stays. */
  g_assert_false (cw_award_pay (f->db, id, "2025-12-29", "张会计", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (cw_award_withdraw (f->db, id, "2025-12-30", "评选有误", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpuint (ledger_entries (f, "2025-01-01", "2025-12-31", NULL), ==, 1);

  /* Undo takes the payment and its ledger line back together. */
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ledger_entries (f, "2025-01-01", "2025-12-31", NULL), ==, 0);
  award = cw_award_get (f->db, id, &error);
  g_assert_cmpstr (cw_award_get_paid_on (award), ==, "");
  g_assert_cmpint (cw_award_get_ledger_entry (award), ==, 0);
  g_clear_object (&award);

  /* A star grade has no prize; a regrade is reviewed and approved again. */
  g_assert_true (cw_award_approve (f->db, stars_id, "2025-12-15", NULL, "2025-12-20", &error));
  g_assert_no_error (error);
  g_assert_false (cw_award_pay (f->db, stars_id, "2025-12-28", "", NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cw_award_set_stars (f->db, 2025, "0002", 5, "", "2025-12-21", &error));
  award = cw_award_get (f->db, stars_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cw_award_get_stars (award), ==, 5);
  g_assert_false (cw_award_is_approved (award));

  /* The board as a notice draft: the approved awards only (the regraded
   * star waits for its approval), names, numbers and awards. */
  {
    g_autoptr(CwNotice) notice = NULL;
    GPtrArray *table;
    char **row;
    gint64 notice_id = cw_award_notice_draft (f->db, 2025, "2025-12-29", NULL, &error);

    g_assert_no_error (error);
    notice = cw_notice_load (f->db, notice_id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (cw_notice_get_state (notice), ==, CW_NOTICE_DRAFT);
    g_assert_cmpint (cw_notice_get_kind (notice), ==, CW_NOTICE_KIND_VILLAGE);
    g_assert_cmpstr (cw_notice_get_from (notice), ==, "2025-12-29");
    g_assert_cmpstr (cw_notice_get_to (notice), ==, "2026-01-05");
    /* The village's record, in Chinese whatever the clerk's language
     * (this test runs in English). */
    g_assert_cmpstr (cw_notice_get_title (notice), ==, "2025年度文明卫生户、星级文明户评选结果公示");
    g_assert_nonnull (strstr (cw_notice_get_body (notice), "2025-12-20"));
    g_assert_nonnull (strstr (cw_notice_get_body (notice), "村民代表会议"));
    table = cw_notice_get_table (notice);
    g_assert_cmpuint (table->len, ==, 2);
    row = g_ptr_array_index (table, 0);
    g_assert_cmpstr (row[0], ==, "村民小组");
    g_assert_cmpstr (row[3], ==, "荣誉");
    row = g_ptr_array_index (table, 1);
    g_assert_cmpstr (row[0], ==, "一组");
    g_assert_cmpstr (row[1], ==, "0001");
    g_assert_cmpstr (row[2], ==, "张老汉");
    g_assert_cmpstr (row[3], ==, "文明卫生户");
    g_assert_cmpstr (row[4], ==, "¥500.00");
    g_assert_null (row[5]);
  }
  /* A year with nothing approved has no board to post. */
  g_assert_cmpint (cw_award_notice_draft (f->db, 2024, NULL, NULL, &error), ==, 0);
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);
}

static void
test_money (void)
{
  static const struct { gint64 fen; const char *capitals, *figures; } cases[] = {
    { 0, "零元整", "0.00" },
    { 10000, "壹佰元整", "100.00" },
    { 50, "伍角", "0.50" },
    { 5, "伍分", "0.05" },
    { 1005, "壹拾元零伍分", "10.05" },
    { 100500, "壹仟零伍元整", "1,005.00" },
    { 1000500, "壹万零伍元整", "10,005.00" },
    { 1050000, "壹万零伍佰元整", "10,500.00" },
    { 10500000, "壹拾万伍仟元整", "105,000.00" },
    { 123456, "壹仟贰佰叁拾肆元伍角陆分", "1,234.56" },
    { 100000050, "壹佰万元零伍角", "1,000,000.50" },   /* the ledger's 零 after 元 (cw_money_capitals) */
    { 30000000000, "叁亿元整", "300,000,000.00" },
    { 10005000000, "壹亿零伍万元整", "100,050,000.00" },
    { 10000500000, "壹亿零伍仟元整", "100,005,000.00" },
  };
  static const struct { const char *text; gint64 fen; } parsed[] = {
    { "100", 10000 }, { "100.5", 10050 }, { "¥1,000", 100000 }, { "１００元", 10000 }, { "0.05", 5 },
    { "1,000,000.00", 100000000 },
  };
  /* Read as the ledger reads amounts: ".5" is written 0.5, commas go
   * between groups of three. */
  static const char * const refused[] = { "", "-1", "1.005", "abc", "1e3", "1000001", "1000000.01", ".5", "12,34" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *capitals = cw_money_capitals (cases[i].fen);
      g_autofree char *figures = cw_money_format (cases[i].fen);
      g_assert_cmpstr (capitals, ==, cases[i].capitals);
      g_assert_cmpstr (figures, ==, cases[i].figures);
    }
  for (guint i = 0; i < G_N_ELEMENTS (parsed); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;
      g_assert_true (cw_benefit_parse_amount (parsed[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, parsed[i].fen);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;
      g_assert_false (cw_benefit_parse_amount (refused[i], &fen, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/benefits/money", test_money);
#define ADD(path, func) g_test_add ("/benefits/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("age-edges", test_age_edges);
  ADD ("frozen-on-approval", test_frozen_on_approval);
  ADD ("payment", test_payment);
  ADD ("ledger", test_ledger);
  ADD ("ledger-refusals", test_ledger_refusals);
  ADD ("once-a-year", test_once_a_year);
  ADD ("per-household-and-flags", test_per_household_and_flags);
  ADD ("awards", test_awards);
  ADD ("award-way", test_award_way);
#undef ADD

  return g_test_run ();
}
