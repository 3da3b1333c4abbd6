/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "finance-test-util"

#include "config.h"

#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"
#include "core/households/cw-household.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

#include "finance-test-util.h"

gint64
finance_test_account (FinanceFixture *f,
                      int             year,
                      const char     *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceAccount) a = cw_finance_account_find (f->db, cw_finance_system_for_year (year), text, &error);

  g_assert_no_error (error);
  return cw_finance_account_get_id (a);
}

/* A household of its own in the group @group, headed by @name. */
static CwPerson *
add_head (FinanceFixture *f,
          CwVillageGroup *group,
          const char     *number,
          const char     *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  CwPerson *head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_group_id (h, cw_village_group_get_id (group));
  cw_person_set_text (head, "name", name);
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  return head;
}

void
finance_fixture_set_up (FinanceFixture *f,
                        gconstpointer   data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;
  g_autoptr(CwPerson) head = NULL;
  g_autoptr(CwPerson) wang = NULL;
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "白沙镇", "临江县");
  g_autoptr(CwVillageRole) chair = NULL;
  g_autoptr(CwVillageRole) zhao = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, "赵委员", "2020-01-01", NULL);
  g_autoptr(CwVillageRole) qian = cw_village_role_new (CW_ROLE_SUPERVISION_MEMBER, 0, "钱委员", "2020-01-01", NULL);

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  g_assert_true (cw_village_create (f->db, village, &error));
  one = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  head = add_head (f, one, "0001", "李监督");
  wang = add_head (f, one, "0002", "王五");
  f->reviewer = "李监督";

  chair = cw_village_role_new (CW_ROLE_SUPERVISION_CHAIR, cw_person_get_id (head), NULL, "2020-01-01", NULL);
  g_assert_cmpint (cw_village_role_add (f->db, chair, &error), >, 0);
  g_assert_cmpint (cw_village_role_add (f->db, zhao, &error), >, 0);
  g_assert_cmpint (cw_village_role_add (f->db, qian, &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (cw_finance_account_add_sub (f->db, finance_test_account (f, 2024, "501"), "50101", "摊位租金",
                                               &error), >, 0);
  g_assert_no_error (error);
}

void
finance_fixture_tear_down (FinanceFixture *f,
                           gconstpointer   data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

gint64
finance_test_enter (FinanceFixture *f,
                    const char     *date,
                    const char     *account_text,
                    const char     *summary,
                    gint64          fen)
{
  g_autoptr(GError) error = NULL;
  int year = (int) g_ascii_strtoll (date, NULL, 10);
  gint64 id = cw_finance_entry_add (f->db, date, "记-1", finance_test_account (f, year, account_text), summary, fen,
                                    "王会计", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
finance_test_review (FinanceFixture *f,
                     gint64          id,
                     const char     *date)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (cw_finance_entry_review (f->db, &id, 1, NULL, f->reviewer, date, "同意", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
}

CwFinanceDisclosure *
finance_test_disclose (FinanceFixture *f,
                       const char     *period_text)
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

CwFinanceDisclosureRow *
finance_test_row (CwFinanceDisclosure *d,
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
