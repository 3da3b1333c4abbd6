/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-import"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

/* A village with the household 0001 (张三, 1970-05-01), the committee 青山
 * and, in 2025, the case 2025-1 already in the register. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      zhang;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();
  g_autoptr(CwMediationCase) c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  group = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  cw_household_set_text (h, "number", "0001");
  cw_household_set_group_id (h, cw_village_group_get_id (group));
  cw_person_set_text (head, "name", "张三");
  cw_person_set_text (head, "relation", "户主");
  cw_person_set_text (head, "sex", "M");
  cw_person_set_text (head, "birth_date", "1970-05-01");
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  f->zhang = cw_person_get_id (head);
  g_assert_true (cw_settings_set_mediation_short_name (f->db, "青山", &error));

  cw_mediation_case_set (c, CW_CASE_INTAKE_DATE, "2025-01-06");
  cw_mediation_case_set (c, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "已登记的一件");
  cw_mediation_row_set (party, CW_PARTY_SIDE, "applicant");
  cw_mediation_row_set (party, CW_PARTY_NAME, "王五");
  cw_mediation_case_add_row (c, party);
  g_assert_true (cw_mediation_case_save (f->db, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_mediation_case_get_seq (c), ==, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static CwImportReport *
import_text (Fixture       *f,
             const char    *text,
             gssize         length,
             CwImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  CwImportReport *report = cw_importer_import_bytes (&cw_mediation_case_importer, f->db, bytes, "ledger.csv",
                                                     flags, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static int
count_cases (Fixture *f)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (f->db, "SELECT count(*) FROM mediation_case", NULL);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

/* The problem reported on @line holds @words. */
static void
assert_problem (CwImportReport *report,
                guint           line,
                const char     *words)
{
  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *key = NULL, *message = NULL;

      if (cw_import_report_get_problem (report, i, &key, &message) == line)
        {
          if (strstr (message, words) == NULL)
            g_error ("line %u: “%s” does not say “%s”", line, message, words);
          return;
        }
    }
  g_error ("no problem reported on line %u", line);
}

/* A ledger as an office keeps it: a title row, headers by other names,
 * dates as Excel writes them (a serial day number, 2025/3/5, 2025年3月8日,
 * full-width digits), a number in the ledger's own form and rows without
 * one, every outcome. */
#define LEDGER_HEAD \
  "\xEF\xBB\xBF" "青山村人民调解案件登记台账,,,,,,,,,,,\r\n" \
  "序号,案件编号,受理时间,来源,类型,当事人,对方当事人,简要案情,调解人员,调解结果,办结日期,协议条款,履行期限,去向,备注\r\n" \
  "1,（2025）青山人调字第5号,45717,申请,邻里,0001:张三,赵六,宅前排水沟堵塞,孙调解、周调解,成功,2025/3/5," \
  "赵六疏通水沟；赔偿200元,2025-03-20,,\r\n" \
  "2,,2025/3/5,主动调解,婚姻家庭,钱七,孙八,家庭琐事,孙调解,调解中,,,,,\r\n"
static const char ledger[] =
  LEDGER_HEAD
  "3,,2025年3月8日,,合同,\"李九,男,40,青山村二组,13800000000\",吴十,货款未付,孙调解,不成功,2025-03-30,,,诉讼,\r\n"
  "4,,２０２５－０３－１０,信访转办,房屋宅基地,郑一,,宅基地界址,周调解,终止,2025-04-01,,,,当事人撤回申请\r\n";
/* The same with a failed mediation that goes nowhere, and a terminated
 * one without its reason. */
static const char ledger_incomplete[] =
  LEDGER_HEAD
  "3,,2025年3月8日,,合同,李九,吴十,货款未付,孙调解,不成功,2025-03-30,,,,\r\n"
  "4,,２０２５－０３－１０,信访转办,房屋宅基地,郑一,,宅基地界址,周调解,终止,2025-04-01,,,,\r\n";

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CwImportReport) refused = NULL;
  g_autoptr(CwImportReport) dry = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwImportReport) again = NULL;
  g_autoptr(CwMediationCase) five = NULL;
  g_autoptr(CwMediationCase) six = NULL;
  g_autoptr(CwMediationCase) seven = NULL;
  g_autoptr(CwMediationCase) eight = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *terms, *parties;

  refused = import_text (f, ledger_incomplete, -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (refused), ==, 0);
  assert_problem (refused, 5, "Next step");
  assert_problem (refused, 6, "terminated");
  assert_problem (refused, 3, "line 5");
  g_assert_cmpint (count_cases (f), ==, 1);

  dry = import_text (f, ledger, -1, CW_IMPORT_DRY_RUN);
  g_assert_cmpuint (cw_import_report_get_n_problems (dry), ==, 0);
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, 4);
  g_assert_cmpint (count_cases (f), ==, 1);

  report = import_text (f, ledger, -1, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 4);
  g_assert_cmpint (count_cases (f), ==, 5);

  /* Imported twice, it goes in once. */
  again = import_text (f, ledger, -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (again), ==, 0);
  g_assert_cmpuint (cw_import_report_get_count (again, CW_IMPORT_REPORT_UNCHANGED), ==, 4);
  g_assert_cmpint (count_cases (f), ==, 5);

  /* The ledger's number is kept; the others follow it, in file order. */
  five = cw_mediation_case_find (f->db, "2025-5", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_INTAKE_DATE), ==, "2025-03-01");
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_SOURCE), ==, "application");
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_OUTCOME), ==, "success");
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_AGREEMENT), ==, "oral");
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_EFFECTIVE_DATE), ==, "2025-03-05");
  g_assert_cmpstr (cw_mediation_case_get (five, CW_CASE_MEDIATORS), ==, "孙调解、周调解");
  terms = cw_mediation_case_get_rows (five, CW_MEDIATION_TERM);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_cmpstr (cw_mediation_row_get (terms->pdata[1], CW_TERM_CONTENT), ==, "赔偿200元");
  g_assert_cmpstr (cw_mediation_row_get (terms->pdata[1], CW_TERM_DEADLINE), ==, "2025-03-20");
  parties = cw_mediation_case_get_rows (five, CW_MEDIATION_PARTY);
  g_assert_cmpuint (parties->len, ==, 2);
  /* 0001:张三 is the register's person, not a name retyped. */
  g_assert_cmpint (g_ascii_strtoll (cw_mediation_row_get (parties->pdata[0], CW_PARTY_PERSON_ID), NULL, 10), ==,
                   f->zhang);

  six = cw_mediation_case_find (f->db, "2025-6", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (six, CW_CASE_INTAKE_DATE), ==, "2025-03-05");
  g_assert_true (cw_mediation_case_is_open (six));
  seven = cw_mediation_case_find (f->db, "2025-7", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (seven, CW_CASE_OUTCOME), ==, "failure");
  g_assert_cmpstr (cw_mediation_case_get (seven, CW_CASE_NEXT_STEP), ==, "lawsuit");
  parties = cw_mediation_case_get_rows (seven, CW_MEDIATION_PARTY);
  g_assert_cmpstr (cw_mediation_row_get (parties->pdata[0], CW_PARTY_AGE), ==, "40");
  eight = cw_mediation_case_find (f->db, "2025-8", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (eight, CW_CASE_INTAKE_DATE), ==, "2025-03-10");
  g_assert_cmpstr (cw_mediation_case_get (eight, CW_CASE_SOURCE), ==, "petition");
  g_assert_cmpstr (cw_mediation_case_get (eight, CW_CASE_OUTCOME_NOTE), ==, "当事人撤回申请");
}

/* The same small ledger in GBK, as Excel on Chinese Windows saves it. */
static void
test_gbk (Fixture       *f,
          gconstpointer  data)
{
  const char *utf8 = "编号,受理日期,纠纷类型,申请人,纠纷简况,涉及金额\r\n"
                     "2025-9,2025-06-01,损害赔偿,冯二,鸡鸭毁损菜地,\"1,200.50元\"\r\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gbk = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwMediationCase) c = NULL;

  g_assert_no_error (error);
  report = import_text (f, gbk, (gssize) length, 0);
  g_assert_cmpstr (cw_import_report_get_encoding (report), ==, "GB18030");
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  /* 编号 and 纠纷简况 as the ledger export heads them. */
  c = cw_mediation_case_find (f->db, "2025-9", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_SUMMARY), ==, "鸡鸭毁损菜地");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_AMOUNT), ==, "1200.50");
}

/* Each bad row keeps the whole file out, and says what is wrong on its
 * line; the good rows are reported as held back by it. */
static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  static const struct
  {
    const char *row;
    const char *words;
  } bad[] = {
    { "2025-02-30,邻里,甲,吵架,,", "受理日期" },                   /* no such day */
    { "60,邻里,甲,吵架,,", "受理日期" },                           /* Excel's 1900-02-29 */
    { "3000-01-01,邻里,甲,吵架,,", "1990–2999" },                  /* past the register's years */
    { "1989-12-31,邻里,甲,吵架,,", "1990–2999" },
    { "2025-03-01,邻里,甲,吵架,,,多出的一格", "" },                  /* a value under no column */
    { "2025-03-01,打架,甲,吵架,,", "打架" },                         /* not a dispute type */
    { "2025-03-01,邻里,甲,吵架,成功,", "协议内容" },                  /* settled without terms */
    { "2025-03-01,邻里,,吵架,,", "applicant" },                    /* nobody applied */
    { "2025-03-01,邻里,甲,吵架,,2024-9", "2024" },                 /* numbered in another year */
    { "2025-03-01,邻里,甲,吵架,,2025-1", "2025-1" },               /* a number already taken */
    { "2025-03-01,邻里,9999:某人,吵架,,", "9999" },                /* no such household member */
    { "2025-03-01,邻里,甲,吵架,还行,", "还行" },                     /* no outcome */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("受理日期,纠纷类型,申请人,纠纷简要情况,调解结果,案号\n"
                         "2025-03-01,邻里,张甲,邻里吵架,,\n"
                         "%s\n"
                         "2025-03-02,邻里,王乙,邻里吵架,,\n", bad[i].row);
      g_autoptr(CwImportReport) report = import_text (f, text, -1, 0);

      g_test_message ("%s", bad[i].row);
      g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
      assert_problem (report, 3, bad[i].words);
      assert_problem (report, 2, "line 3");
      assert_problem (report, 4, "line 3");
      g_assert_cmpint (count_cases (f), ==, 1);
    }

  /* Terms beside a case that did not settle. */
  {
    g_autoptr(CwImportReport) report =
      import_text (f, "受理日期,纠纷类型,申请人,纠纷简要情况,调解结果,协议内容,后续处理\n"
                      "2025-03-01,邻里,张甲,吵架,不成功,赔偿100元,诉讼\n", -1, 0);

    assert_problem (report, 2, "协议内容");
    g_assert_cmpint (count_cases (f), ==, 1);
  }

  /* Two rows of one number. */
  {
    g_autoptr(CwImportReport) report =
      import_text (f, "受理日期,纠纷类型,申请人,纠纷简要情况,案号\n"
                      "2025-03-01,邻里,张甲,吵架,2025-7\n"
                      "2025-03-02,邻里,王乙,吵架,2025-7\n", -1, 0);

    assert_problem (report, 3, "Line 2");
    g_assert_cmpint (count_cases (f), ==, 1);
  }
}

typedef struct
{
  Fixture      *f;
  guint         calls;
  guint         done;
  guint         while_checking;   /* calls with rows done and none written */
  GCancellable *cancel;           /* cancelled at the first such call */
} Progress;

static void
on_progress (guint    done_rows,
             guint    total_rows,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done_rows, >=, progress->done);
  g_assert_cmpuint (done_rows, <=, total_rows);
  progress->calls++;
  progress->done = done_rows;
  if (done_rows > 0 && done_rows < total_rows && count_cases (progress->f) == 1)
    {
      progress->while_checking++;
      if (progress->cancel != NULL)
        g_cancellable_cancel (progress->cancel);
    }
}

/* Every row is checked before any is written; the progress moves while
 * they are checked, and a cancel then stops the import with nothing in. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("受理日期,纠纷类型,申请人,纠纷简要情况\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  Progress progress = { f };
  Progress cancelled = { f, .cancel = cancel };

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (text, "2025-04-01,邻里,申请人%u,第%u件\n", i, i);
  bytes = g_bytes_new (text->str, text->len);

  report = cw_importer_import_bytes (&cw_mediation_case_importer, f->db, bytes, "ledger.csv", CW_IMPORT_DRY_RUN,
                                     on_progress, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 400);
  g_assert_cmpuint (progress.while_checking, >=, 50);
  g_assert_cmpuint (progress.done, ==, 400);

  g_clear_object (&report);
  report = cw_importer_import_bytes (&cw_mediation_case_importer, f->db, bytes, "ledger.csv", 0,
                                     on_progress, &cancelled, cancel, &error);
  g_assert_null (report);
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_assert_cmpuint (cancelled.while_checking, ==, 1);
  g_assert_cmpint (count_cases (f), ==, 1);
}

/* A file without a required column is refused as a whole, before any row. */
static void
test_missing_column (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("受理日期,申请人,纠纷简要情况\n2025-03-01,甲,吵架\n", 56);
  g_autoptr(CwImportReport) report = cw_importer_import_bytes (&cw_mediation_case_importer, f->db, bytes, "x.csv", 0,
                                                               NULL, NULL, NULL, &error);

  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "纠纷类型"));
  g_assert_cmpint (count_cases (f), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/mediation-import/ledger", Fixture, NULL, fixture_set_up, test_ledger, fixture_tear_down);
  g_test_add ("/mediation-import/gbk", Fixture, NULL, fixture_set_up, test_gbk, fixture_tear_down);
  g_test_add ("/mediation-import/hostile", Fixture, NULL, fixture_set_up, test_hostile, fixture_tear_down);
  g_test_add ("/mediation-import/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add ("/mediation-import/missing-column", Fixture, NULL, fixture_set_up, test_missing_column,
              fixture_tear_down);
  return g_test_run ();
}
