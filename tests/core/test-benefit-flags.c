/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-benefit-flags"

#include "config.h"

#include <string.h>

#include "core/benefits/cw-benefit-flag-import.h"
#include "core/benefits/cw-benefit-flag-row.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/common/cw-error.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"

#include "cw-test-core.h"

/* Person flags on the demo village: the rows the flags page lists (held,
 * and ended with the day and the reason) and the flag import, row by row. */

typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  CwPerson   *plain;    /* no flag, an ID number, a name nobody else has */
  CwPerson   *other;    /* the same, another person */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, TRUE);
  persons = cw_person_query_run (f->db, &query, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);
      const char *name = cw_person_get_name (person);

      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (names, name));

      g_hash_table_insert (names, (gpointer) name, GUINT_TO_POINTER (seen + 1));
    }
  for (guint i = 0; i < g_list_model_get_n_items (persons) && f->other == NULL; i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);
      g_auto(GStrv) flags = cw_benefit_flag_list (f->db, cw_person_get_id (person), NULL, NULL);

      if (flags[0] != NULL || cw_person_get_id_number (person)[0] == '\0' ||
          GPOINTER_TO_UINT (g_hash_table_lookup (names, cw_person_get_name (person))) != 1)
        continue;
      if (f->plain == NULL)
        f->plain = g_steal_pointer (&person);
      else
        f->other = g_steal_pointer (&person);
    }
  g_assert_nonnull (f->other);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plain);
  g_clear_object (&f->other);
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) held = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CwBenefitFlagRow) first = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (held);
  gboolean found = FALSE;

  g_assert_cmpuint (n, >, 0);
  first = g_list_model_get_item (held, 0);
  g_assert_cmpstr (cw_benefit_flag_row_get_flag (first), ==, "参与土地分配");
  g_assert_cmpstr (cw_benefit_flag_row_get_until (first), ==, "");
  g_assert_true (cw_benefit_flag_clear (f->db, cw_benefit_flag_row_get_person_id (first), "参与土地分配",
                                        "2026-03-01", "迁出本村", &error));
  g_assert_no_error (error);

  /* Ended: gone from the flags held, kept with the day and the reason. */
  after = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n - 1);
  all = cw_benefit_flag_rows (f->db, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwBenefitFlagRow) row = g_list_model_get_item (all, i);

      if (cw_benefit_flag_row_get_id (row) != cw_benefit_flag_row_get_id (first))
        continue;
      g_assert_cmpstr (cw_benefit_flag_row_get_until (row), ==, "2026-03-01");
      g_assert_cmpstr (cw_benefit_flag_row_get_reason (row), ==, "迁出本村");
      g_assert_cmpstr (cw_benefit_flag_row_get_since (row), ==, cw_benefit_flag_row_get_since (first));
      found = TRUE;
    }
  g_assert_true (found);
}

static gboolean
holds_since (Fixture    *f,
             CwPerson   *person,
             const char *flag,
             const char *day)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) on = cw_benefit_flag_list (f->db, cw_person_get_id (person), day, NULL);
  g_autoptr(GDate) date = g_date_new ();
  char previous[16];

  g_date_set_parse (date, day);
  g_date_subtract_days (date, 1);
  g_date_strftime (previous, sizeof previous, "%Y-%m-%d", date);
  before = cw_benefit_flag_list (f->db, cw_person_get_id (person), previous, NULL);
  return g_strv_contains ((const char * const *) on, flag) && !g_strv_contains ((const char * const *) before, flag);
}

static CwImportReport *
import (Fixture       *f,
        const char    *csv,
        CwImportFlags  flags)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  CwImportReport *report = cw_importer_import_bytes (&cw_benefit_flag_importer, f->db, bytes, "flags.csv", flags,
                                                     NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return report;
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) held = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_autoptr(CwBenefitFlagRow) holder = g_list_model_get_item (held, 0);
  guint n = g_list_model_get_n_items (held);
  g_autofree char *csv = NULL;
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GListModel) after = NULL;
  const char *key, *message;

  /* Line 2 by ID number (a full-width date as typed), line 3 by a name
   * only one person has, line 4 a flag held already, line 5 an ID number
   * of another name, line 6 nobody, line 7 no day. */
  csv = g_strdup_printf ("身份证号码,姓名,人员标记,开始日期\n"
                         "%s,%s,五保户,2020-01-01\n"
                         ",%s,参与土地分配,2019/3/1\n"
                         ",%s,参与土地分配,2000-01-01\n"
                         "%s,%s,五保户,2020-01-01\n"
                         ",查无此人,五保户,2020-01-01\n"
                         ",%s,低保户,\n",
                         cw_person_get_id_number (f->plain), cw_person_get_name (f->plain),
                         cw_person_get_name (f->other),
                         cw_benefit_flag_row_get_name (holder),
                         cw_person_get_id_number (f->plain), cw_person_get_name (f->other),
                         cw_person_get_name (f->other));

  /* A dry run says the same and writes nothing. */
  dry = import (f, csv, CW_IMPORT_DRY_RUN);
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (dry, CW_IMPORT_REPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (dry), ==, 3);
  g_assert_false (holds_since (f, f->plain, "五保户", "2020-01-01"));

  report = import (f, csv, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 3);
  g_assert_true (holds_since (f, f->plain, "五保户", "2020-01-01"));
  g_assert_true (holds_since (f, f->other, "参与土地分配", "2019-03-01"));
  g_assert_false (holds_since (f, f->other, "五保户", "2020-01-01"));
  after = cw_benefit_flag_rows (f->db, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n + 2);

  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 3);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, &key, &message), ==, 5);
  g_assert_cmpstr (key, ==, cw_person_get_name (f->other));
  g_assert_nonnull (strstr (message, cw_person_get_name (f->plain)));
  g_assert_cmpuint (cw_import_report_get_problem (report, 1, &key, &message), ==, 6);
  g_assert_cmpstr (key, ==, "查无此人");
  g_assert_cmpuint (cw_import_report_get_problem (report, 2, &key, &message), ==, 7);

  /* Again: everything there already, nothing new. */
  {
    g_autoptr(CwImportReport) again = import (f, csv, 0);

    g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
    g_assert_cmpuint (cw_import_report_get_count (again, CW_IMPORT_REPORT_UNCHANGED), ==, 3);
  }
}

/* A name a million characters long (a paste gone wrong) is quoted in the
 * problem cut to its first 40 characters, not in full. */
static void
test_import_long_value (Fixture       *f,
                        gconstpointer  data)
{
  GString *csv = g_string_new ("姓名,人员标记,开始日期\n");
  g_autofree char *text = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autofree char *start = NULL;
  const char *key, *message;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (csv, 'a' + i % 26);
  g_string_append (csv, ",五保户,2020-01-01\n");
  text = g_string_free (csv, FALSE);
  start = g_strndup (text + strlen ("姓名,人员标记,开始日期\n"), 40);

  report = import (f, text, 0);
  g_assert_cmpuint (cw_import_report_get_refused (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_problem (report, 0, &key, &message), ==, 2);
  g_assert_cmpuint (strlen (key), <, 50);
  g_assert_true (g_str_has_prefix (key, start));
  g_assert_true (g_str_has_suffix (key, "…"));
  g_assert_cmpuint (strlen (message), <, 300);
  g_assert_nonnull (strstr (message, start));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/benefit-flags/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/benefit-flags/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/benefit-flags/import-long-value", Fixture, NULL, fixture_set_up, test_import_long_value,
              fixture_tear_down);
  return g_test_run ();
}
