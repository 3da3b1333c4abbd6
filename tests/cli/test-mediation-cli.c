/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-cli"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-ledger.h"
#include "core/mediation/cw-mediation-stats.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"
#include "cw-test-run.h"

/* A village with the household 0001 (张三) and the committee 青山. */
static char *
village (const char *dir)
{
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = cw_village_group_add (db, "一组", &error);
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", "0001");
  cw_household_set_group_id (h, cw_village_group_get_id (group));
  cw_person_set_text (head, "name", "张三");
  cw_person_set_text (head, "relation", "户主");
  g_assert_true (cw_household_add (db, h, head, &error));
  g_assert_true (cw_settings_set_mediation_short_name (db, "青山", &error));
  g_assert_no_error (error);
  return g_strdup (cw_database_get_path (db));
}

static const char *
last_line (const char *text)
{
  static char line[256];
  const char *end = text + strlen (text);
  const char *start;

  g_assert_true (end > text && end[-1] == '\n');
  for (start = end - 1; start > text && start[-1] != '\n'; start--)
    ;
  g_strlcpy (line, start, MIN ((gsize) (end - start), sizeof line));
  return line;
}

static CwMediationCase *
load (const char *path,
      const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (path, &error);
  CwMediationCase *c;

  g_assert_no_error (error);
  c = cw_mediation_case_find (db, number, &error);
  g_assert_no_error (error);
  return c;
}

static void
test_case_life (gconstpointer data)
{
  const char *locale = data;
  gboolean zh = g_str_has_prefix (locale, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village (dir);
  g_auto(CwTestRun) r = { 0 };
  g_autoptr(CwMediationCase) c = NULL;

  cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--date", "2030-03-01", "--type", "邻里",
                     "--party", "0001:张三", "--against", "赵六,男,45,青山村三组,13800001111",
                     "--against", "赵七", "--summary", "宅基地边界争议", "--mediator", "李调解",
                     "--mediator", "王调解", "--amount", "2000", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (last_line (r.out), ==, "（2030）青山人调字第1号");
  g_assert_nonnull (strstr (r.out, "2030-03-31"));
  /* No clerk's name saved: 登记人 is left to sign by hand, and the
   * command says so; never the login name the command runs under. */
  g_assert_nonnull (strstr (r.out, zh ? "“登记人”留空" : "“Registered by” is left blank"));
  c = load (db, "2030-1");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_REGISTERED_BY), ==, "");
  g_clear_object (&c);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwDatabase) opened = cw_database_open (db, &error);

    g_assert_no_error (error);
    g_assert_true (cw_settings_set_operator (opened, "周文书", &error));
    g_assert_no_error (error);
  }
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--date", "2030-04-01", "--type", "合同",
                     "--source", "主动调解", "--party", "王五", "--summary", "借款纠纷", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (last_line (r.out), ==, "（2030）青山人调字第2号");
  g_assert_null (strstr (r.out, zh ? "登记人" : "Registered by"));
  c = load (db, "2030-2");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_REGISTERED_BY), ==, "周文书");
  g_clear_object (&c);

  /* Refused, nothing changed: success without an agreement. */
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "close", "2030-1", "--date", "2030-03-10",
                     "--outcome", "调解成功", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, zh ? "协议" : "agreement"));
  c = load (db, "2030-1");
  g_assert_true (cw_mediation_case_is_open (c));
  g_clear_object (&c);

  /* Usage errors: no outcome, an unknown one, no terms. */
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "close", "2030-1", "--date", "2030-03-10", NULL);
  g_assert_cmpint (r.status, ==, 2);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "close", "2030-1", "--date", "2030-03-10",
                     "--outcome", "大概成了", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, zh ? "调解成功" : "Settled"));
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "agree", "2030-1", "--date", "2030-03-10", NULL);
  g_assert_cmpint (r.status, ==, 2);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "agree", "2030-1", "--date", "2030-03-10",
                     "--deadline", "2030-03-20", NULL);
  g_assert_cmpint (r.status, ==, 2);

  cw_test_run_cunwu (&r, locale, "--db", db, "case", "session", "（2030）青山人调字第1号", "--date", "2030-03-05",
                     "--place", "村调解室", "--attended", "张三、赵六", "--result", "初步达成一致", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "agree", "2030-1", "--date", "2030-03-10",
                     "--facts", "双方因界址争执", "--issues", "界址走向",
                     "--terms", "赵六赔偿张三 800 元", "--deadline", "2030-03-20", "--manner", "现金",
                     "--terms", "双方按原界址砌墙", "--deadline", "2030-04-30", "--amount", "800", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "close", "2030-1", "--date", "2030-03-10",
                     "--outcome", "调解成功", NULL);
  g_assert_cmpint (r.status, ==, 0);

  /* 司法确认 by 03-10 + 30 = 04-09; follow-up on the last deadline, 04-30. */
  cw_test_run_cunwu (&r, locale, "--db", db, "cases", "due", "--on", "2030-04-05", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "（2030）青山人调字第1号\t"));
  g_assert_nonnull (strstr (r.out, "\t2030-04-09\t4\n"));
  g_assert_nonnull (strstr (r.out, zh ? "司法确认" : "judicial confirmation"));
  /* Case 2's month ran out on 2030-05-01. */
  cw_test_run_cunwu (&r, locale, "--db", db, "cases", "due", "--on", "2030-05-03", NULL);
  g_assert_nonnull (strstr (r.out, "（2030）青山人调字第2号\t"));
  g_assert_nonnull (strstr (r.out, "\t2030-05-01\t-2\n"));
  g_assert_nonnull (strstr (r.out, "\t2030-04-30\t-3\n"));

  cw_test_run_cunwu (&r, locale, "--db", db, "case", "followup", "2030-1", "--date", "2030-05-02", "--by", "李调解",
                     "--performed", "全部履行", "--satisfaction", "满意", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "extend", "2030-2", "--date", "2030-04-28",
                     "--until", "2030-05-20", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, zh ? "同意" : "consent"));
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "extend", "2030-2", "--date", "2030-04-28",
                     "--until", "2030-05-20", "--reason", "双方同意延期", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, locale, "--db", db, "cases", "due", "--on", "2030-05-03", NULL);
  g_assert_cmpstr (r.out, ==, "");

  c = load (db, "2030-1");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_OUTCOME), ==, "success");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_MEDIATORS), ==, "李调解、王调解");
  g_assert_cmpuint (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY)->len, ==, 3);
  g_assert_cmpuint (cw_mediation_case_get_rows (c, CW_MEDIATION_TERM)->len, ==, 2);
  g_assert_cmpuint (cw_mediation_case_get_rows (c, CW_MEDIATION_SESSION)->len, ==, 1);
  g_assert_cmpuint (cw_mediation_case_get_rows (c, CW_MEDIATION_FOLLOWUP)->len, ==, 1);

  cw_test_run_cunwu (&r, locale, "--db", db, "case", "show", "2030-1", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "赵六赔偿张三 800 元 — 2030-03-20"));
  /* The agreement and the case file on paper. */
  if (cw_test_have_program ("pdftotext"))
    {
      g_autofree char *pdf = g_build_filename (dir, "agreement.pdf", NULL);
      g_autofree char *file = g_build_filename (dir, "file.pdf", NULL);
      const char *agreement_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      const char *file_argv[] = { "pdftotext", "-f", "2", "-l", "2", "-layout", file, "-", NULL };
      g_autofree char *text = NULL;
      g_autofree char *contents = NULL;

      cw_test_run_cunwu (&r, locale, "--db", db, "print", "agreement", "2030-1", pdf, NULL);
      g_assert_cmpint (r.status, ==, 0);
      text = cw_test_capture (agreement_argv);
      g_assert_nonnull (strstr (text, zh ? "人民调解协议书" : "People’s Mediation Agreement"));
      g_assert_nonnull (strstr (text, zh ? "本协议一式四份" : "4 copies"));
      g_assert_nonnull (strstr (text, "赵六赔偿张三 800 元"));
      cw_test_run_cunwu (&r, locale, "--db", db, "print", "case-file", "2030-1", file, NULL);
      g_assert_cmpint (r.status, ==, 0);
      contents = cw_test_capture (file_argv);
      g_assert_nonnull (strstr (contents, zh ? "卷内目录" : "Contents"));
      g_assert_nonnull (strstr (contents, zh ? "人民调解协议书" : "Mediation agreement"));
      /* Case 2 has no agreement: refused, and no file. */
      cw_test_run_cunwu (&r, locale, "--db", db, "print", "agreement", "2030-2", pdf, NULL);
      g_assert_cmpint (r.status, ==, 1);
    }

  cw_test_run_cunwu (&r, locale, "--db", db, "case", "show", "2030-9", NULL);
  g_assert_cmpint (r.status, ==, 1);
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--type", "邻里", "--party", "0009:无名",
                     "--summary", "x", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "0009"));
}

/* A past ledger through `import cases`: a bad row (a day that does not
 * exist, written by Excel) keeps the whole file out, on its line, in the
 * clerk's language; the dry run writes nothing; the good file goes in. */
static void
test_import (gconstpointer data)
{
  const char *locale = data;
  gboolean zh = g_str_has_prefix (locale, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village (dir);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *good = g_build_filename (dir, "good.csv", NULL);
  g_auto(CwTestRun) r = { 0 };
  g_autoptr(CwMediationCase) c = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (bad, "受理日期,纠纷类型,申请人,纠纷简要情况,案号\n"
                                      "2029/2/28,邻里,0001:张三,排水沟,2029-3\n"
                                      "2029/2/30,邻里,王五,吵架,\n", -1, &error));
  g_assert_true (g_file_set_contents (good, "受理日期,纠纷类型,申请人,纠纷简要情况,案号\n"
                                       "2029/2/28,邻里,0001:张三,排水沟,2029-3\n"
                                       "2029/3/2,邻里,王五,吵架,\n", -1, &error));

  cw_test_run_cunwu (&r, locale, "--db", db, "import", "cases", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, zh ? "第 3 行" : "line 3"));
  g_assert_nonnull (strstr (r.out, zh ? "受理日期" : "受理日期"));
  g_assert_nonnull (strstr (r.out, zh ? "一条也没有导入" : "Nothing of the file was imported"));

  cw_test_run_cunwu (&r, locale, "--db", db, "import", "cases", good, "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "将导入 2 行" : "Would import 2 rows"));
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "show", "2029-3", NULL);
  g_assert_cmpint (r.status, ==, 1);

  cw_test_run_cunwu (&r, locale, "--db", db, "import", "cases", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  c = load (db, "2029-4");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_INTAKE_DATE), ==, "2029-03-02");
  g_assert_cmpstr (cw_mediation_row_get (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY)->pdata[0], CW_PARTY_NAME),
                   ==, "王五");
}

/* A party written wrong around its colon is refused with what is wrong
 * and the forms a party takes, in the clerk's language, and adds no case;
 * a full-width colon is a colon, and one in an outsider's address is
 * part of the address. */
static void
test_bad_party (gconstpointer data)
{
  const char *locale = data;
  gboolean zh = g_str_has_prefix (locale, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village (dir);
  g_auto(CwTestRun) r = { 0 };
  const char *forms = zh ? "本村村民写“户号:姓名”（如“0101:张三”）或身份证号，外来人员写“姓名,性别,年龄,住址,电话”"
                         : "Write a party as 户号:姓名 (e.g. 0101:张三), an ID number, or 姓名,性别,年龄,住址,电话";
  const struct
  {
    const char *party;
    const char *en;
    const char *zh;
  } bad[] = {
    { "0001:", "the name after “:” is missing", "冒号后缺少姓名" },
    { ":张三", "the household number (户号) before “:” is missing", "冒号前缺少户号" },
    { "0001:张三:x", "more than one “:”", "写了不止一个冒号" },
    { "0001：张三：x", "more than one “:”", "写了不止一个冒号" },
    { "：张三", "the household number (户号) before “:” is missing", "冒号前缺少户号" },
    { "0001：", "the name after “:” is missing", "冒号后缺少姓名" },
    { "0001:张三,男", "written 户号:姓名 alone", "只写“户号:姓名”" },
    { ",男,40", "the name is missing", "缺少姓名" },
  };
  g_autoptr(CwMediationCase) c = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *quoted = g_strdup_printf (zh ? "当事人“%s”：" : "Party “%s”: ", bad[i].party);

      g_test_message ("%s", bad[i].party);
      cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--type", "邻里", "--party", bad[i].party,
                         "--summary", "x", NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_nonnull (strstr (r.err, quoted));
      g_assert_nonnull (strstr (r.err, zh ? bad[i].zh : bad[i].en));
      g_assert_nonnull (strstr (r.err, forms));
      /* One message on one line, nothing garbled. */
      g_assert_true (g_utf8_validate (r.err, -1, NULL));
      g_assert_cmpint (strchr (r.err, '\n') - r.err, ==, (int) strlen (r.err) - 1);
    }
  /* A household that is not in the register is named as such. */
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--type", "邻里", "--party", "0009：张三",
                     "--summary", "x", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, zh ? "户籍台账中没有户号为 0009 的户" : "there is no household 0009 in the register"));
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "show", "2030-1", NULL);
  g_assert_cmpint (r.status, ==, 1);

  /* A full-width colon between the household and the name is a colon; a
   * colon in an outsider's address is the address's. */
  cw_test_run_cunwu (&r, locale, "--db", db, "case", "add", "--date", "2030-01-02", "--type", "邻里",
                     "--party", "0001：张三", "--against", "李九,男,40,青山村:二组", "--summary", "x", NULL);
  g_assert_cmpint (r.status, ==, 0);
  c = load (db, last_line (r.out));
  g_assert_cmpstr (cw_mediation_row_get (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY)->pdata[0],
                                         CW_PARTY_HOUSEHOLD_NUMBER), ==, "0001");
  g_assert_cmpstr (cw_mediation_row_get (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY)->pdata[1],
                                         CW_PARTY_ADDRESS), ==, "青山村:二组");
}

/* Every figure of @year and its quarters, one text. */
static char *
figures_text (CwDatabase *db,
              int         year)
{
  GString *text = g_string_new (NULL);

  for (int quarter = 0; quarter <= 4; quarter++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwMediationStats) stats = cw_mediation_stats_for (db, year, quarter, &error);

      g_assert_no_error (error);
      g_string_append_printf (text, "%d: %u %u %u %u %u %" G_GINT64_FORMAT " %u %u %u %u %u %u %u %u %u;", quarter,
                              stats->received, stats->success, stats->failure, stats->terminated, stats->open,
                              stats->agreed_fen, stats->criminal_cases, stats->criminal_persons, stats->group_cases,
                              stats->group_persons, stats->followed_up, stats->petitions, stats->petitions_finished,
                              stats->petitions_rated, stats->petitions_satisfied);
      for (guint i = 0; i < stats->by_type->len; i++)
        g_string_append_printf (text, " %s=%u", g_array_index (stats->by_type, CwMediationCount, i).name,
                                g_array_index (stats->by_type, CwMediationCount, i).cases);
      for (guint i = 0; i < stats->by_source->len; i++)
        g_string_append_printf (text, " %s=%u", g_array_index (stats->by_source, CwMediationCount, i).name,
                                g_array_index (stats->by_source, CwMediationCount, i).cases);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_number_column (guint column)
{
  return column == CW_LEDGER_APPLICANT_IDS || column == CW_LEDGER_APPLICANT_PHONES ||
         column == CW_LEDGER_RESPONDENT_IDS || column == CW_LEDGER_RESPONDENT_PHONES;
}

/* The ledger the program exports, saved as CSV the way a clerk saves it,
 * imports back into a new village as the same cases with the same
 * figures, in either language: every column of the ledger but the ID
 * numbers and phones, which it printed masked. Those are read as masked
 * and not stored (the dry run says so), and do not hold the file back. */
static void
test_round_trip (gconstpointer data)
{
  const char *locale = data;
  gboolean zh = g_str_has_prefix (locale, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *fresh_dir = g_build_filename (dir, "fresh", NULL);
  g_autofree char *csv_dir = g_build_filename (dir, "csv", NULL);
  g_autoptr(CwDatabase) source = cw_test_database_new (dir, TRUE);
  g_autoptr(CwDatabase) fresh = NULL;
  g_autofree char *short_name = cw_mediation_short_name (source);
  g_autoptr(GError) error = NULL;
  g_auto(CwTestRun) r = { 0 };
  const int years[] = { 2025, 2026 };

  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_no_errno (g_mkdir (fresh_dir, 0700));
  fresh = cw_test_database_new (fresh_dir, FALSE);
  g_assert_true (cw_settings_set_mediation_short_name (fresh, short_name, &error));
  g_assert_no_error (error);

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", years[y]);
      g_autofree char *xlsx = g_strdup_printf ("%s/ledger-%d.xlsx", dir, years[y]);
      g_autofree char *csv = g_strdup_printf ("%s/ledger-%d.csv", csv_dir, years[y]);
      g_autofree char *before = figures_text (source, years[y]);
      g_autofree char *after = NULL;
      g_autoptr(GPtrArray) exported = cw_mediation_ledger_rows (source, years[y], &error);
      g_autoptr(GPtrArray) imported = NULL;
      g_auto(CwTestRun) convert = { 0 };

      g_assert_no_error (error);
      g_assert_cmpuint (exported->len, >, 20);
      cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (source), "export", "cases", xlsx, "--year", year,
                         NULL);
      g_assert_cmpint (r.status, ==, 0);
      cw_test_soffice_convert (&convert, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", csv_dir);
      if (!g_file_test (csv, G_FILE_TEST_EXISTS))
        g_error ("soffice did not convert %s: %s %s", xlsx, convert.out, convert.err);

      cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "cases", csv, "--dry-run", NULL);
      g_test_message ("%s", r.out);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, zh ? "将按已遮盖读取，不予保存" : "would be read as masked and not stored"));
      cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "cases", csv, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, zh ? "按已遮盖读取，未保存" : "read as masked and not stored"));

      imported = cw_mediation_ledger_rows (fresh, years[y], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (imported->len, ==, exported->len);
      for (guint i = 0; i < exported->len; i++)
        for (guint column = 0; column < CW_LEDGER_N_COLUMNS; column++)
          {
            const char *was = ((char **) exported->pdata[i])[column];
            const char *is = ((char **) imported->pdata[i])[column];

            if (!is_number_column (column))
              {
                if (g_strcmp0 (was, is) != 0)
                  g_error ("%s, column %u: “%s” came back as “%s”", ((char **) exported->pdata[i])[0], column, was,
                           is);
              }
            else
              /* No number is stored from the masked ledger. */
              g_assert_cmpuint (strspn (is, "、"), ==, strlen (is));
          }
      after = figures_text (fresh, years[y]);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpint (cw_database_query_int (fresh, "SELECT count(*) FROM mediation_party "
                                                 "WHERE phone <> '' OR person_id IS NOT NULL", -1), ==, 0);

  /* Imported again, it is all in the register already. */
  {
    g_autofree char *csv = g_strdup_printf ("%s/ledger-2025.csv", csv_dir);

    cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "cases", csv, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, zh ? "已在台账中" : "in the register already"));
  }
}

/* A row of @kind with @fields (as many as the kind has, in order). */
static void
add_row (CwMediationCase *c,
         CwMediationKind  kind,
         ...)
{
  g_autoptr(CwMediationRow) row = cw_mediation_row_new (kind);
  va_list args;

  va_start (args, kind);
  for (guint i = 0; i < cw_mediation_row_n_fields (kind); i++)
    {
      const char *value = va_arg (args, const char *);

      if (value == NULL)
        break;
      cw_mediation_row_set (row, i, value);
    }
  va_end (args);
  cw_mediation_case_add_row (c, row);
}

/* Sheet @sheet of @xlsx saved as CSV the way a clerk saves it, in a
 * folder of its own: its path. */
static char *
sheet_csv (const char *dir,
           const char *xlsx,
           int         sheet)
{
  g_autofree char *outdir = g_strdup_printf ("%s/sheet%d", dir, sheet);
  g_autofree char *filter = g_strdup_printf ("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
                                             "false,%d", sheet);
  g_auto(CwTestRun) convert = { 0 };
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (outdir, 0700), ==, 0);
  cw_test_soffice_convert (&convert, xlsx, filter, outdir);
  folder = g_dir_open (outdir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".csv"))
      return g_build_filename (outdir, name, NULL);
  g_error ("soffice made no CSV of sheet %d of %s: %s %s", sheet, xlsx, convert.out, convert.err);
  return NULL;
}

/* The rows of @kind of two cases, field by field. */
static void
assert_same_rows (CwMediationCase *was,
                  CwMediationCase *is,
                  CwMediationKind  kind)
{
  GPtrArray *a = cw_mediation_case_get_rows (was, kind);
  GPtrArray *b = cw_mediation_case_get_rows (is, kind);

  g_assert_cmpuint (b->len, ==, a->len);
  for (guint i = 0; i < a->len; i++)
    for (guint f = 0; f < cw_mediation_row_n_fields (kind); f++)
      if (cw_mediation_row_is_saved_field (kind, f))
        g_assert_cmpstr (cw_mediation_row_get (g_ptr_array_index (b, i), f), ==,
                         cw_mediation_row_get (g_ptr_array_index (a, i), f));
}

/* A case with three follow-ups and a mediation extension, and a petition
 * accepted and extended, go out through the ledger's sheets and come back
 * into a new village whole: the cases sheet alone (as an older export
 * has it) imports as before, with the last follow-up; the sheets of
 * follow-ups and of petitions and extensions bring back the rest, every
 * field; imported again, they change nothing. */
static void
test_round_trip_records (gconstpointer data)
{
  const char *locale = data;
  gboolean zh = g_str_has_prefix (locale, "zh");
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *fresh_dir = g_build_filename (dir, "fresh", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "ledger.xlsx", NULL);
  g_autofree char *cases_csv = NULL;
  g_autofree char *followups_csv = NULL;
  g_autofree char *clocks_csv = NULL;
  g_autoptr(CwDatabase) source = NULL;
  g_autoptr(CwDatabase) fresh = NULL;
  g_autoptr(CwMediationCase) settled = NULL;
  g_autoptr(CwMediationCase) petition = NULL;
  g_autoptr(CwMediationRow) a = NULL;
  g_autoptr(CwMediationRow) b = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(CwTestRun) r = { 0 };
  g_autofree char *path = NULL;

  if (!cw_test_have_program ("soffice"))
    return;
  path = village (dir);
  source = cw_database_open (path, &error);
  g_assert_no_error (error);

  settled = cw_mediation_case_new ();
  cw_mediation_case_set (settled, CW_CASE_INTAKE_DATE, "2025-03-02");
  cw_mediation_case_set (settled, CW_CASE_SOURCE, "application");
  cw_mediation_case_set (settled, CW_CASE_TYPE, "邻里");
  cw_mediation_case_set (settled, CW_CASE_SUMMARY, "排水沟堵塞致邻家被淹");
  a = cw_mediation_party_from_text (source, "applicant", "王五,男,40,青山村三组,13800001111", "2025-03-02", &error);
  g_assert_no_error (error);
  b = cw_mediation_party_from_text (source, "respondent", "0001:张三", "2025-03-02", &error);
  g_assert_no_error (error);
  cw_mediation_case_add_row (settled, a);
  cw_mediation_case_add_row (settled, b);
  add_row (settled, CW_MEDIATION_EXTENSION, "mediation", "2025-03-30", "2025-04-20", "双方同意延长调解期限", NULL);
  cw_mediation_case_set (settled, CW_CASE_AGREEMENT, "oral");
  cw_mediation_case_set (settled, CW_CASE_EFFECTIVE_DATE, "2025-04-10");
  add_row (settled, CW_MEDIATION_TERM, "张三赔偿王五损失1500元", "", "", "2025-05-01", NULL);
  cw_mediation_case_set (settled, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (settled, CW_CASE_CLOSED_ON, "2025-04-10");
  add_row (settled, CW_MEDIATION_FOLLOWUP, "2025-05-02", "沈明", "partial", "basically", "0", "尚欠500元",
           "督促月底前付清", NULL);
  add_row (settled, CW_MEDIATION_FOLLOWUP, "2025-06-02", "沈明", "none", "unsatisfied", "1", "王五已起诉",
           "配合法院送达", NULL);
  add_row (settled, CW_MEDIATION_FOLLOWUP, "2025-07-02", "李红", "full", "satisfied", "0", "",
           "履行完毕，归档", NULL);
  g_assert_true (cw_mediation_case_save (source, settled, &error));
  g_assert_no_error (error);

  petition = cw_mediation_case_new ();
  cw_mediation_case_set (petition, CW_CASE_INTAKE_DATE, "2025-06-01");
  cw_mediation_case_set (petition, CW_CASE_SOURCE, "petition");
  cw_mediation_case_set (petition, CW_CASE_TYPE, "征地拆迁");
  cw_mediation_case_set (petition, CW_CASE_SUMMARY, "征地补偿款分配");
  g_clear_object (&a);
  a = cw_mediation_party_from_text (source, "applicant", "钱七", "2025-06-01", &error);
  g_assert_no_error (error);
  cw_mediation_case_add_row (petition, a);
  cw_mediation_case_set (petition, CW_CASE_PETITION_DECISION, "accepted");
  cw_mediation_case_set (petition, CW_CASE_PETITION_DECIDED, "2025-06-05");
  add_row (petition, CW_MEDIATION_EXTENSION, "petition", "2025-08-01", "2025-08-30", "需会同镇国土所核实补偿标准", NULL);
  g_assert_true (cw_mediation_case_save (source, petition, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (petition, CW_CASE_PETITION_DUE), ==, "2025-08-30");

  cw_test_run_cunwu (&r, locale, "--db", path, "export", "cases", xlsx, "--year", "2025", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cases_csv = sheet_csv (dir, xlsx, 1);
  followups_csv = sheet_csv (dir, xlsx, 3);
  clocks_csv = sheet_csv (dir, xlsx, 4);

  g_assert_no_errno (g_mkdir (fresh_dir, 0700));
  fresh = cw_test_database_new (fresh_dir, FALSE);
  g_assert_true (cw_settings_set_mediation_short_name (fresh, "青山", &error));
  g_assert_no_error (error);

  /* The cases sheet alone, as an older export has it: the last follow-up. */
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "cases", cases_csv, NULL);
  g_test_message ("%s%s", r.out, r.err);
  g_assert_cmpint (r.status, ==, 0);
  {
    g_autoptr(CwMediationCase) back = cw_mediation_case_find (fresh, "2025-1", &error);
    GPtrArray *followups;

    g_assert_no_error (error);
    followups = cw_mediation_case_get_rows (back, CW_MEDIATION_FOLLOWUP);
    g_assert_cmpuint (followups->len, ==, 1);
    g_assert_cmpstr (cw_mediation_row_get (g_ptr_array_index (followups, 0), CW_FOLLOWUP_VISITOR), ==, "李红");
  }

  /* The follow-ups sheet before its cases are in refuses nothing else. */
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "case-followups", followups_csv,
                     "--dry-run", NULL);
  g_test_message ("%s%s", r.out, r.err);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "将把文件所载内容补入 1 件案件" : "Would add what the file holds to 1 case"));
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "case-followups", followups_csv,
                     NULL);
  g_assert_cmpint (r.status, ==, 0);
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "case-extensions", clocks_csv, NULL);
  g_test_message ("%s%s", r.out, r.err);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "已把文件所载内容补入 2 件案件" : "Added what the file holds to 2 cases"));

  {
    g_autoptr(CwMediationCase) was_settled = cw_mediation_case_find (source, "2025-1", &error);
    g_autoptr(CwMediationCase) is_settled = cw_mediation_case_find (fresh, "2025-1", &error);
    g_autoptr(CwMediationCase) was_petition = cw_mediation_case_find (source, "2025-2", &error);
    g_autoptr(CwMediationCase) is_petition = cw_mediation_case_find (fresh, "2025-2", &error);

    g_assert_no_error (error);
    assert_same_rows (was_settled, is_settled, CW_MEDIATION_FOLLOWUP);
    assert_same_rows (was_settled, is_settled, CW_MEDIATION_EXTENSION);
    assert_same_rows (was_petition, is_petition, CW_MEDIATION_EXTENSION);
    g_assert_cmpuint (cw_mediation_case_get_rows (is_settled, CW_MEDIATION_FOLLOWUP)->len, ==, 3);
    g_assert_cmpstr (cw_mediation_case_get (is_settled, CW_CASE_SETTLE_BY), ==, "2025-04-20");
    for (CwCaseField f = CW_CASE_PETITION_DECISION; f <= CW_CASE_PETITION_DUE; f++)
      g_assert_cmpstr (cw_mediation_case_get (is_petition, f), ==, cw_mediation_case_get (was_petition, f));
    g_assert_cmpstr (cw_mediation_case_get (is_petition, CW_CASE_PETITION_DUE), ==, "2025-08-30");
  }

  /* Again: all there already. */
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "case-followups", followups_csv,
                     NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "1 件案件已有全部内容" : "1 case had it all already"));
  cw_test_run_cunwu (&r, locale, "--db", cw_database_get_path (fresh), "import", "case-extensions", clocks_csv, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, zh ? "2 件案件已有全部内容" : "2 cases had it all already"));
  g_assert_cmpint (cw_database_query_int (fresh, "SELECT count(*) FROM mediation_followup", -1), ==, 3);
  g_assert_cmpint (cw_database_query_int (fresh, "SELECT count(*) FROM mediation_extension", -1), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/mediation-cli/case-life/C", "C.UTF-8", test_case_life);
  g_test_add_data_func ("/mediation-cli/case-life/zh_CN", "zh_CN.UTF-8", test_case_life);
  g_test_add_data_func ("/mediation-cli/bad-party/C", "C.UTF-8", test_bad_party);
  g_test_add_data_func ("/mediation-cli/bad-party/zh_CN", "zh_CN.UTF-8", test_bad_party);
  g_test_add_data_func ("/mediation-cli/import/C", "C.UTF-8", test_import);
  g_test_add_data_func ("/mediation-cli/round-trip/C", "C.UTF-8", test_round_trip);
  g_test_add_data_func ("/mediation-cli/round-trip/zh_CN", "zh_CN.UTF-8", test_round_trip);
  g_test_add_data_func ("/mediation-cli/import/zh_CN", "zh_CN.UTF-8", test_import);
  g_test_add_data_func ("/mediation-cli/round-trip-records/C", "C.UTF-8", test_round_trip_records);
  g_test_add_data_func ("/mediation-cli/round-trip-records/zh_CN", "zh_CN.UTF-8", test_round_trip_records);

  return g_test_run ();
}
