/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-read-errors"

#include "config.h"

#include <string.h>

#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

#include "reliability-util.h"

/* A list read from a file that fails under it (a damaged page here; a
 * lock held past the wait ends the same loop the same way) is an error
 * the caller shows, never a short list shown as if it were the whole
 * register. Each case damages the table its reader goes through first.
 *
 * A single row read so (a find by key) is the same error, never "there
 * is no such record" (CW_ERROR_NOT_FOUND), which a caller may act on. */

typedef gboolean (*ReadFunc) (CwDatabase  *db,
                              GError     **error);

typedef struct
{
  const char *path;
  const char *table;
  ReadFunc    read;
} Case;

static RelVillage village;

static gboolean
read_visits_due (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_visits_due (db, "2026-06-30", 0, error);

  return rows != NULL;
}

static gboolean
read_visit_sheet (CwDatabase  *db,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_visit_sheet_rows (db, "2026-06-30", 0, error);

  return rows != NULL;
}

static gboolean
read_grid_workers (CwDatabase  *db,
                   GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_grid_worker_rows (db, error);

  return rows != NULL;
}

static gboolean
read_party_links (CwDatabase  *db,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = cw_party_link_rows (db, 0, error);

  return rows != NULL;
}

static gboolean
read_grids (CwDatabase  *db,
            GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, TRUE, error);

  return grids != NULL;
}

static gboolean
read_grid_check (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(CwGridCheck) check = cw_grid_check (db, error);

  return check != NULL;
}

static gboolean
read_point_rules (CwDatabase  *db,
                  GError     **error)
{
  g_autoptr(GListModel) rules = cw_point_rule_list (db, NULL, TRUE, error);

  return rules != NULL;
}

static gboolean
read_point_entries (CwDatabase  *db,
                    GError     **error)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (db, NULL, 0, NULL, NULL, error);

  return entries != NULL;
}

static gboolean
read_shop_goods (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(GListModel) goods = cw_shop_goods_list (db, TRUE, error);

  return goods != NULL;
}

static gboolean
read_redemptions (CwDatabase  *db,
                  GError     **error)
{
  g_autoptr(GListModel) redemptions = cw_shop_redemption_list (db, 0, NULL, error);

  return redemptions != NULL;
}

static gboolean
read_members (CwDatabase  *db,
              GError     **error)
{
  g_autoptr(GListModel) members = cw_person_list_for_household (db, 1, error);

  return members != NULL;
}

/* A failed read is not "no one in the register is called so". */
static gboolean
read_role_person (CwDatabase  *db,
                  GError     **error)
{
  return cw_village_role_resolve_person (db, "周峰生", "2026-06-30", error) != 0;
}

/* Person 28 holds the demo's first flag. */
static gboolean
read_benefit_flags (CwDatabase  *db,
                    GError     **error)
{
  g_auto(GStrv) flags = cw_benefit_flag_list (db, 28, "2026-06-30", error);

  return flags != NULL;
}

static gboolean
read_finance_accounts (CwDatabase  *db,
                       GError     **error)
{
  g_autoptr(GListModel) accounts = cw_finance_account_list_all (db, TRUE, error);

  return accounts != NULL;
}

static gboolean
read_finance_entries (CwDatabase  *db,
                      GError     **error)
{
  g_autoptr(GListModel) entries = cw_finance_entry_list (db, NULL, NULL, 0, error);

  return entries != NULL;
}

/* Single rows: the demo's first of each, though any key fails alike. */

static gboolean
find_household (CwDatabase  *db,
                GError     **error)
{
  g_autoptr(CwHousehold) household = cw_household_load (db, 1, error);

  return household != NULL;
}

static gboolean
find_household_number (CwDatabase  *db,
                       GError     **error)
{
  g_autoptr(CwHousehold) household = cw_household_find_by_number (db, "010001", error);

  return household != NULL;
}

static gboolean
find_person (CwDatabase  *db,
             GError     **error)
{
  g_autoptr(CwPerson) person = cw_person_load (db, 1, error);

  return person != NULL;
}

static gboolean
find_village_group (CwDatabase  *db,
                    GError     **error)
{
  g_autoptr(CwVillageGroup) group = cw_village_group_find (db, "第一村民小组", error);

  return group != NULL;
}

static gboolean
find_point_rule (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(CwPointRule) rule = cw_point_rule_find (db, "DY01", error);

  return rule != NULL;
}

/* Rejecting reads the entry's state first. */
static gboolean
find_point_entry (CwDatabase  *db,
                  GError     **error)
{
  return cw_point_entry_reject (db, 1, "测试", error);
}

/* A quarter whose lock cannot be read is not open. */
static gboolean
find_quarter_open (CwDatabase  *db,
                   GError     **error)
{
  return cw_point_quarter_check_open (db, "2026Q3", error);
}

static gboolean
find_mediation_case (CwDatabase  *db,
                     GError     **error)
{
  g_autoptr(CwMediationCase) mediation_case = cw_mediation_case_load (db, 1, error);

  return mediation_case != NULL;
}

static gboolean
find_grid (CwDatabase  *db,
           GError     **error)
{
  g_autoptr(CwGrid) grid = cw_grid_find (db, "G01", error);

  return grid != NULL;
}

static gboolean
find_grid_request (CwDatabase  *db,
                   GError     **error)
{
  g_autoptr(CwGridRequest) request = cw_grid_request_find (db, 1, error);

  return request != NULL;
}

static gboolean
find_benefit_programme (CwDatabase  *db,
                        GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, 1, error);

  return programme != NULL;
}

static gboolean
find_award (CwDatabase  *db,
            GError     **error)
{
  g_autoptr(CwAward) award = cw_award_get (db, 1, error);

  return award != NULL;
}

static gboolean
find_shop_goods (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(CwShopGoods) goods = cw_shop_goods_find (db, "大米", error);

  return goods != NULL;
}

static gboolean
find_finance_account (CwDatabase  *db,
                      GError     **error)
{
  g_autoptr(CwFinanceAccount) account = cw_finance_account_get (db, 1, error);

  return account != NULL;
}

static gboolean
find_finance_entry (CwDatabase  *db,
                    GError     **error)
{
  g_autoptr(CwFinanceEntry) entry = cw_finance_entry_get (db, 1, error);

  return entry != NULL;
}

static const Case cases[] = {
  { "/reliability/read-errors/visits-due", "grid_household", read_visits_due },
  { "/reliability/read-errors/visit-sheet", "grid_household", read_visit_sheet },
  { "/reliability/read-errors/grid-workers", "grid_worker", read_grid_workers },
  { "/reliability/read-errors/party-links", "person", read_party_links },
  { "/reliability/read-errors/grids", "grid", read_grids },
  { "/reliability/read-errors/grid-check", "household", read_grid_check },
  { "/reliability/read-errors/point-rules", "point_rule", read_point_rules },
  { "/reliability/read-errors/point-entries", "point_entry", read_point_entries },
  { "/reliability/read-errors/shop-goods", "shop_goods", read_shop_goods },
  { "/reliability/read-errors/redemptions", "shop_redemption", read_redemptions },
  { "/reliability/read-errors/members", "person", read_members },
  { "/reliability/read-errors/role-person", "person", read_role_person },
  { "/reliability/read-errors/benefit-flags", "benefit_person_flag", read_benefit_flags },
  { "/reliability/read-errors/finance-accounts", "finance_account", read_finance_accounts },
  { "/reliability/read-errors/finance-entries", "finance_entry", read_finance_entries },
  { "/reliability/read-errors/one/household", "household", find_household },
  { "/reliability/read-errors/one/household-number", "household", find_household_number },
  { "/reliability/read-errors/one/person", "person", find_person },
  { "/reliability/read-errors/one/village-group", "village_group", find_village_group },
  { "/reliability/read-errors/one/point-rule", "point_rule", find_point_rule },
  { "/reliability/read-errors/one/point-entry", "point_entry", find_point_entry },
  { "/reliability/read-errors/one/quarter-open", "point_quarter", find_quarter_open },
  { "/reliability/read-errors/one/mediation-case", "mediation_case", find_mediation_case },
  { "/reliability/read-errors/one/grid", "grid", find_grid },
  { "/reliability/read-errors/one/grid-request", "request", find_grid_request },
  { "/reliability/read-errors/one/benefit-programme", "benefit_programme", find_benefit_programme },
  { "/reliability/read-errors/one/award", "benefit_award", find_award },
  { "/reliability/read-errors/one/shop-goods", "shop_goods", find_shop_goods },
  { "/reliability/read-errors/one/finance-account", "finance_account", find_finance_account },
  { "/reliability/read-errors/one/finance-entry", "finance_entry", find_finance_entry },
};

static void
test_read (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "village.db", NULL);
  g_autoptr(GBytes) file = rel_read (village.path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (file, NULL), (gssize) g_bytes_get_size (file),
                                      NULL));
  rel_damage_table (path, c->table);
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (c->read (db, &error));
  /* Damaged, which is not "not found". */
  g_assert_error (error, CW_ERROR, CW_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_object (&db);
  rel_remove_tree (dir);
}

/* The command line says so and fails, rather than count the visits it
 * could read. */
static void
test_visits_due_command (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "village.db", NULL);
  g_autoptr(GBytes) file = rel_read (village.path);
  g_auto(RelResult) r = { 0 };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (file, NULL), (gssize) g_bytes_get_size (file),
                                      NULL));
  rel_run (&r, "C.UTF-8", "--db", path, "visits", "due", "--on", "2026-06-30", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "visits due."));
  rel_damage_table (path, "grid_household");
  rel_result_clear (&r);
  rel_run (&r, "C.UTF-8", "--db", path, "visits", "due", "--on", "2026-06-30", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_null (strstr (r.out, "visits due."));
  g_assert_null (strstr (r.out, "visit due."));
  g_assert_nonnull (strstr (r.err, "damaged"));
  rel_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  village = rel_village_new ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], test_read);
  g_test_add_func ("/reliability/read-errors/visits-due-command", test_visits_due_command);
  status = g_test_run ();
  rel_village_clear (&village);
  return status;
}
