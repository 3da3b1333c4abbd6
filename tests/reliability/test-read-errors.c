/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-read-errors"

#include "config.h"

#include <string.h>

#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/common/cw-importer.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-flag-import.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-import.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-record-import.h"
#include "core/mediation/cw-mediation.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-village-role.h"

#include "reliability-util.h"

#include <sqlite3.h>

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

/* A copy of the village in @dir, as village.db; its path. */
static char *
village_copy (const char *dir)
{
  char *path = g_build_filename (dir, "village.db", NULL);
  g_autoptr(GBytes) file = rel_read (village.path);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (file, NULL), (gssize) g_bytes_get_size (file),
                                      NULL));
  return path;
}

/* An import whose look-up or write fails under it stops, everything
 * rolled back, with the register's error; it never blames a row of the
 * file for a damaged page ("no one has the ID number", "there is no
 * case") and goes on with the next. Each case damages an index the
 * import goes through, and nothing else. {name} and {id} in @text are a person
 * of the village with an ID number. */
typedef struct
{
  const char       *path;
  const char       *table;
  const CwImporter *importer;
  const char       *text;
} ImportCase;

static const ImportCase import_cases[] = {
  { "/reliability/read-errors/import/mediation-case-party", "sqlite_autoindex_person_1", &cw_mediation_case_importer,
    "受理日期,纠纷类型,申请人,申请人身份证号,纠纷简要情况\n2026-03-01,邻里,{name},{id},屋后排水沟堵塞\n" },
  { "/reliability/read-errors/import/mediation-followup-case", "sqlite_autoindex_mediation_case_1", &cw_mediation_followup_importer,
    "案号,回访日期,回访人,履行情况,满意度\n2025-1,2026-05-01,李四,全部履行,满意\n" },
  { "/reliability/read-errors/import/finance-entry", "finance_entry_date", &cw_finance_importer,
    "日期,凭证号,科目,摘要,收入,支出\n2026-11-03,记99,501,鱼塘承包费,100.00,\n" },
  { "/reliability/read-errors/import/point-rule", "sqlite_autoindex_point_rule_1", &cw_point_rule_importer,
    "编号,积分类型,类别,内容,分值\nZZ01,村民积分,公益,参加义务劳动,5\n" },
  { "/reliability/read-errors/import/benefit-flag", "sqlite_autoindex_person_1", &cw_benefit_flag_importer,
    "姓名,身份证号,标记,起始日期\n{name},{id},参与土地分配,2026-01-01\n" },
};

/* A person of the village with an ID number, read before the damage. */
static void
some_person (const char  *path,
             char       **name,
             char       **id_number)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, id_number FROM person WHERE id_number <> '' ORDER BY id LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *id_number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static char *
replace (const char *text,
         const char *word,
         const char *by)
{
  g_auto(GStrv) parts = g_strsplit (text, word, -1);

  return g_strjoinv (by, parts);
}

static void
test_import (gconstpointer data)
{
  const ImportCase *c = data;
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = village_copy (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) dry_run = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *with_name = NULL;
  g_autofree char *text = NULL;

  some_person (path, &name, &id_number);
  with_name = replace (c->text, "{name}", name);
  text = replace (with_name, "{id}", id_number);
  bytes = g_bytes_new (text, strlen (text));

  /* The same file goes in whole on the undamaged village: the failure
   * below is the damage's, not the file's. */
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  dry_run = cw_importer_import_bytes (c->importer, db, bytes, "file.csv", CW_IMPORT_DRY_RUN, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < cw_import_report_get_n_problems (dry_run); i++)
    {
      const char *message = NULL;

      cw_import_report_get_problem (dry_run, i, NULL, &message);
      g_test_message ("%s", message);
    }
  g_assert_cmpuint (cw_import_report_get_n_problems (dry_run), ==, 0);
  g_assert_true (cw_import_report_is_complete (dry_run));
  g_clear_object (&db);

  rel_damage_table (path, c->table);
  db = cw_database_open (path, &error);
  g_assert_no_error (error);
  /* The dry run the window shows first, then the real one: the same
   * error, never a report blaming line 2. */
  for (guint run = 0; run < 2; run++)
    {
      report = cw_importer_import_bytes (c->importer, db, bytes, "file.csv", run == 0 ? CW_IMPORT_DRY_RUN : 0, NULL,
                                         NULL, NULL, &error);
      g_assert_null (report);
      g_assert_error (error, CW_ERROR, CW_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
    }
  g_clear_object (&db);
  rel_remove_tree (dir);
}

static void
test_read (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *path = village_copy (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;

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
  g_autofree char *path = village_copy (dir);
  g_auto(RelResult) r = { 0 };

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
  for (guint i = 0; i < G_N_ELEMENTS (import_cases); i++)
    g_test_add_data_func (import_cases[i].path, &import_cases[i], test_import);
  g_test_add_func ("/reliability/read-errors/visits-due-command", test_visits_due_command);
  status = g_test_run ();
  rel_village_clear (&village);
  return status;
}
