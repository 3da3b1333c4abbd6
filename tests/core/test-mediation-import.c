/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-import"

#include "config.h"

#include <string.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-record-import.h"
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
import_with (Fixture          *f,
             const CwImporter *importer,
             const char       *text,
             gssize            length,
             CwImportFlags     flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  CwImportReport *report = cw_importer_import_bytes (importer, f->db, bytes, "ledger.csv", flags, NULL, NULL, NULL,
                                                     &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *message = NULL;
      guint line = cw_import_report_get_problem (report, i, NULL, &message);

      g_test_message ("line %u: %s", line, message);
    }
  return report;
}

static CwImportReport *
import_text (Fixture       *f,
             const char    *text,
             gssize         length,
             CwImportFlags  flags)
{
  return import_with (f, &cw_mediation_case_importer, text, length, flags);
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
    /* an outsider's phone as Excel shows a long number */
    { "2025-03-01,邻里,\"郑庚,男,45,青山村,1.38123E+10\",吵架,,", "“1.38123E+10” is not a phone number" },
    /* a field past the phone, which would have gone into it */
    { "2025-03-01,邻里,\"郑庚,男,45,青山村,13812345678,多余\",吵架,,", "6 fields parted by commas" },
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

/* 张三's ID number, valid, and his phone in the register. */
static char *
give_zhang_numbers (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *id_number = g_strdup_printf ("43042119700501123%c", cw_id_number_check_character ("43042119700501123"));
  g_autofree char *sql = g_strdup_printf ("UPDATE person SET id_number = '%s', phone = '13800001111' "
                                          "WHERE id = %" G_GINT64_FORMAT, id_number, f->zhang);

  cw_database_begin (f->db, &error);
  cw_database_exec (f->db, sql, &error);
  cw_database_commit (f->db, &error);
  g_assert_no_error (error);
  return id_number;
}

/* The columns a ledger has beside the case itself: the sides' ID numbers
 * and phones (masked as an exported ledger prints them, or whole), the
 * follow-up (回访日期, 回访人, 履行情况, 满意度), 司法确认 (as the earlier
 * export headed it, 司法确认材料), the risk flags. A masked number is read
 * as masked: counted, never stored, and no problem; a whole one links the
 * party to the register's person. */
static void
test_ledger_columns (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *id_number = give_zhang_numbers (f);
  g_autofree char *text = g_strdup_printf (
    "受理日期,纠纷类型,民转刑风险,申请人,申请人身份证号,申请人联系电话,被申请人,被申请人联系电话,纠纷简要情况,申请事项,调解结果,"
    "结案日期,协议形式,协议内容,回访日期,回访人,履行情况,满意度,司法确认材料,确认法院,确认结果\n"
    "2025-05-06,邻里,是,王五、李四,\"4301**********1234、\",\"138****5678、139 1234 5678\",赵六,,吵架,要求赔偿,调解成功,"
    "2025-05-10,书面,赔偿100元，当场付清；赔礼道歉,2025-06-01,孙调解,全部履行,满意,2025-05-20,临江县人民法院,确认有效\n"
    "2025-05-07,邻里,,张三,%s,13800001111,钱七,１３７＊＊＊＊５６７８,借款,,,,,,,,,,,,\n", id_number);
  g_autoptr(CwImportReport) dry = import_text (f, text, -1, CW_IMPORT_DRY_RUN);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwMediationCase) settled = NULL;
  g_autoptr(CwMediationCase) open = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *parties, *followups, *terms;

  g_assert_cmpuint (cw_import_report_get_n_problems (dry), ==, 0);
  g_assert_cmpuint (cw_import_report_get_imported (dry), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (dry, CW_MEDIATION_IMPORT_MASKED), ==, 3);
  report = import_text (f, text, -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 2);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_MEDIATION_IMPORT_MASKED), ==, 3);

  settled = cw_mediation_case_find (f->db, "2025-2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (settled, CW_CASE_RISK_CRIMINAL), ==, "1");
  g_assert_cmpstr (cw_mediation_case_get (settled, CW_CASE_AGREEMENT), ==, "written");
  parties = cw_mediation_case_get_rows (settled, CW_MEDIATION_PARTY);
  g_assert_cmpuint (parties->len, ==, 3);
  g_assert_cmpstr (cw_mediation_row_get (parties->pdata[0], CW_PARTY_PHONE), ==, "");
  g_assert_cmpstr (cw_mediation_row_get (parties->pdata[1], CW_PARTY_PHONE), ==, "13912345678");
  terms = cw_mediation_case_get_rows (settled, CW_MEDIATION_TERM);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_cmpstr (cw_mediation_row_get (terms->pdata[0], CW_TERM_CONTENT), ==, "赔偿100元，当场付清");
  followups = cw_mediation_case_get_rows (settled, CW_MEDIATION_FOLLOWUP);
  g_assert_cmpuint (followups->len, ==, 1);
  g_assert_cmpstr (cw_mediation_row_get (followups->pdata[0], CW_FOLLOWUP_VISITED_ON), ==, "2025-06-01");
  g_assert_cmpstr (cw_mediation_row_get (followups->pdata[0], CW_FOLLOWUP_VISITOR), ==, "孙调解");
  g_assert_cmpstr (cw_mediation_row_get (followups->pdata[0], CW_FOLLOWUP_PERFORMED), ==, "full");
  g_assert_cmpstr (cw_mediation_row_get (followups->pdata[0], CW_FOLLOWUP_SATISFACTION), ==, "satisfied");
  g_assert_cmpstr (cw_mediation_case_get (settled, CW_CASE_CONFIRM_APPLIED), ==, "2025-05-20");
  g_assert_cmpstr (cw_mediation_case_get (settled, CW_CASE_CONFIRM_COURT), ==, "临江县人民法院");
  g_assert_cmpstr (cw_mediation_case_get (settled, CW_CASE_CONFIRM_RESULT), ==, "confirmed");

  /* 张三 by his ID number is the register's person, with the register's
   * phone; 钱七's masked phone is nowhere. */
  open = cw_mediation_case_find (f->db, "2025-3", &error);
  g_assert_no_error (error);
  parties = cw_mediation_case_get_rows (open, CW_MEDIATION_PARTY);
  g_assert_cmpint (g_ascii_strtoll (cw_mediation_row_get (parties->pdata[0], CW_PARTY_PERSON_ID), NULL, 10), ==,
                   f->zhang);
  g_assert_cmpstr (cw_mediation_row_get (parties->pdata[1], CW_PARTY_PHONE), ==, "");
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM mediation_party WHERE phone GLOB '*[*]*' "
                                                 "OR name GLOB '*[*]*'", -1), ==, 0);
}

/* What those columns refuse, each on its line, in the register's words. */
static void
test_ledger_columns_hostile (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *id_number = give_zhang_numbers (f);
  g_autofree char *other = g_strdup_printf ("43042119800101123%c", cw_id_number_check_character ("43042119800101123"));
  const struct
  {
    const char *row;
    const char *words;
  } bad[] = {
    /* 申请人, 申请人身份证号, 申请人联系电话, 调解结果, 结案日期, 协议内容, 回访日期, 回访人, 履行情况, 满意度, 民转刑风险, 确认法院 */
    { "甲,,,成功,2025-03-05,道歉,2025-03-20,,全部履行,满意,,", "回访人" },
    { "甲,,,成功,2025-03-05,道歉,,孙调解,,,,", "回访日期" },
    { "甲,,,成功,2025-03-05,道歉,2025-03-20,孙调解,还行,满意,,", "还行" },
    { "甲,OTHER,,,,,,,,,,", "no one in the register has the ID number" },
    { "李四,ZHANG,,,,,,,,,,", "is 张三’s in the register" },
    { "张三、甲,ZHANG,,,,,,,,,,", "1 number" },
    { "甲,,\"1380000111、1\",,,,,,,,,", "2 numbers for 1 party" },
    { "0001:张三,,13900000000,,,,,,,,,", "the register has 张三’s phone as “13800001111”" },
    { "甲,,,,,,,,,,可能,", "write 是 or 否" },
    { "甲,,,,,,,,,,,临江县人民法院", "give the date the parties applied" },
    { "\"甲,男,40,,13800000000\",,13900000000,,,,,,,,,", "has the phone 13800000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GString) row_text = g_string_new (bad[i].row);
      g_autoptr(CwImportReport) report = NULL;
      g_autofree char *text = NULL;
      const char *row;

      g_string_replace (row_text, "ZHANG", id_number, 0);
      g_string_replace (row_text, "OTHER", other, 0);
      row = row_text->str;
      text = g_strdup_printf ("受理日期,纠纷类型,纠纷简要情况,申请人,申请人身份证号,申请人联系电话,调解结果,结案日期,协议内容,"
                              "回访日期,回访人,履行情况,满意度,民转刑风险,确认法院\n"
                              "2025-03-01,邻里,吵架,%s\n", row);
      g_test_message ("%s", row);
      report = import_text (f, text, -1, 0);
      g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
      assert_problem (report, 2, bad[i].words);
      g_assert_cmpint (count_cases (f), ==, 1);
    }
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

/* The ledger's sheets of follow-ups and of extensions, onto cases in the
 * register: a follow-up the case has (the cases sheet's last one) is
 * completed, not doubled; one that contradicts it, or a number not in the
 * register, holds the whole file back; a rule of the register refuses in
 * its own words; imported twice, a file changes nothing. */
static void
test_records (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwMediationCase) settled = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) party = cw_mediation_row_new (CW_MEDIATION_PARTY);
  g_autoptr(CwMediationRow) term = cw_mediation_row_new (CW_MEDIATION_TERM);
  g_autoptr(CwMediationRow) last = cw_mediation_row_new (CW_MEDIATION_FOLLOWUP);
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(CwMediationCase) back = NULL;
  GPtrArray *followups;

  cw_mediation_case_set (settled, CW_CASE_INTAKE_DATE, "2025-02-01");
  cw_mediation_case_set (settled, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (settled, CW_CASE_SUMMARY, "排水沟");
  cw_mediation_row_set (party, CW_PARTY_SIDE, "applicant");
  cw_mediation_row_set (party, CW_PARTY_NAME, "王五");
  cw_mediation_case_add_row (settled, party);
  cw_mediation_case_set (settled, CW_CASE_AGREEMENT, "oral");
  cw_mediation_case_set (settled, CW_CASE_EFFECTIVE_DATE, "2025-02-10");
  cw_mediation_row_set (term, CW_TERM_CONTENT, "疏通排水沟");
  cw_mediation_case_add_row (settled, term);
  cw_mediation_case_set (settled, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (settled, CW_CASE_CLOSED_ON, "2025-02-10");
  cw_mediation_row_set (last, CW_FOLLOWUP_VISITED_ON, "2025-03-10");
  cw_mediation_row_set (last, CW_FOLLOWUP_VISITOR, "沈明");
  cw_mediation_row_set (last, CW_FOLLOWUP_PERFORMED, "full");
  cw_mediation_row_set (last, CW_FOLLOWUP_SATISFACTION, "satisfied");
  cw_mediation_case_add_row (settled, last);
  g_assert_true (cw_mediation_case_save (f->db, settled, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cw_mediation_case_get_seq (settled), ==, 2);

  /* A contradiction and a case not in the register: nothing goes in. */
  report = import_with (f, &cw_mediation_followup_importer,
                        "案号,回访日期,回访人,履行情况,满意度,是否起诉,遗留风险,采取措施\n"
                        "2025-2,2025-02-20,李红,部分履行,基本满意,,尚欠一段未疏通,督促\n"
                        "2025-2,2025-03-10,沈明,未履行,满意,,,\n"
                        "2025-9,2025-03-10,沈明,全部履行,满意,,,\n",
                        -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  assert_problem (report, 3, "Fully performed");
  assert_problem (report, 4, "2025-9");
  assert_problem (report, 2, "line 3");
  g_clear_object (&report);

  report = import_with (f, &cw_mediation_followup_importer,
                        "案号,回访日期,回访人,履行情况,满意度,是否起诉,遗留风险,采取措施\n"
                        "（2025）青山人调字第2号,2025-02-20,李红,部分履行,基本满意,,尚欠一段未疏通,督促\n"
                        "2025-2,2025/3/10,沈明,全部履行,满意,是,对方已起诉,配合法院\n",
                        -1, 0);
  g_assert_cmpuint (cw_import_report_get_n_problems (report), ==, 0);
  /* The case written once, with both: its number in the other form is
   * the same case, found complete. */
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED), ==, 1);
  g_clear_object (&report);
  back = cw_mediation_case_find (f->db, "2025-2", &error);
  g_assert_no_error (error);
  followups = cw_mediation_case_get_rows (back, CW_MEDIATION_FOLLOWUP);
  g_assert_cmpuint (followups->len, ==, 2);
  for (guint i = 0; i < followups->len; i++)
    {
      CwMediationRow *row = g_ptr_array_index (followups, i);

      if (g_str_equal (cw_mediation_row_get (row, CW_FOLLOWUP_VISITOR), "沈明"))
        {
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_LAWSUIT), ==, "1");
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_RISK), ==, "对方已起诉");
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_MEASURES), ==, "配合法院");
        }
      else
        {
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_PERFORMED), ==, "partial");
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_SATISFACTION), ==, "basically");
          g_assert_cmpstr (cw_mediation_row_get (row, CW_FOLLOWUP_LAWSUIT), ==, "0");
        }
    }

  /* Again: nothing to add. */
  report = import_with (f, &cw_mediation_followup_importer,
                        "案号,回访日期,回访人,履行情况,满意度,是否起诉,遗留风险,采取措施\n"
                        "2025-2,2025-03-10,沈明,全部履行,满意,,,\n",
                        -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 0);
  g_assert_cmpuint (cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED), ==, 1);
  g_clear_object (&report);

  /* The open case 2025-1 came as an application: no petition decision;
   * its month extended, with the parties' consent. */
  report = import_with (f, &cw_mediation_clock_importer,
                        "案号,事项,日期,延期至,理由\n2025-1,信访受理,2025-01-08,,\n", -1, 0);
  assert_problem (report, 2, "Petition");
  g_clear_object (&report);
  report = import_with (f, &cw_mediation_clock_importer,
                        "案号,事项,日期,延期至,理由\n2025-1,调解延期,2025-01-20,2025-02-20,双方同意延长\n", -1, 0);
  g_assert_cmpuint (cw_import_report_get_imported (report), ==, 1);
  g_clear_object (&back);
  back = cw_mediation_case_find (f->db, "2025-1", &error);
  g_assert_cmpstr (cw_mediation_case_get (back, CW_CASE_SETTLE_BY), ==, "2025-02-20");
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
  g_test_add ("/mediation-import/ledger-columns", Fixture, NULL, fixture_set_up, test_ledger_columns,
              fixture_tear_down);
  g_test_add ("/mediation-import/ledger-columns-hostile", Fixture, NULL, fixture_set_up, test_ledger_columns_hostile,
              fixture_tear_down);
  g_test_add ("/mediation-import/records", Fixture, NULL, fixture_set_up, test_records, fixture_tear_down);
  g_test_add ("/mediation-import/progress", Fixture, NULL, fixture_set_up, test_progress, fixture_tear_down);
  g_test_add ("/mediation-import/missing-column", Fixture, NULL, fixture_set_up, test_missing_column,
              fixture_tear_down);
  return g_test_run ();
}
