/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-notices-cli"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/notices/cw-decision.h"
#include "core/village/cw-village-role.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* The demo village, in a folder of the test's own. */
typedef struct
{
  CwTestDir  dir;
  char      *db;
  char      *chair;
  guint      party_members;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) chairs = NULL;
  g_autoptr(CwVillageRole) chair = NULL;

  f->dir = cw_test_dir_new ();
  db = cw_test_database_new (f->dir, TRUE);
  f->db = g_strdup (cw_database_get_path (db));
  chairs = cw_village_role_holders (db, CW_ROLE_SUPERVISION_CHAIR, "2026-11-01", NULL);
  chair = g_list_model_get_item (chairs, 0);
  f->chair = g_strdup (cw_village_role_get_name (chair));
  f->party_members = cw_decision_count_party_members (db, "2026-11-20");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  g_free (f->chair);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

/* The last line of @text, which a script reads the new number from. */
static char *
last_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  return g_strdup (lines[n - 2]);
}

/* The line of @out that prints a label with nothing after it ("item: ",
 * "审核：" at the end, "item:  2026" with the name missing); NULL when
 * every label has its value. */
static char *
empty_field_line (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);

      if (g_str_has_suffix (line, ":") || g_str_has_suffix (line, "：") || strstr (line, ":  ") != NULL ||
          strstr (line, ": ;") != NULL || strstr (line, "：；") != NULL || strstr (line, "： ") != NULL)
        return g_strdup (line);
    }
  return NULL;
}

static void
test_notice_way (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *csv = g_build_filename (f->dir, "list.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "notice.pdf", NULL);
  g_autofree char *number = NULL;

  /* A 低保 list as Excel saves it on Chinese Windows, with its ID column. */
  cw_test_write_file (csv, "户主姓名,身份证号,保障人数\r\n张三,430421197001011234,3\r\n李四,43042119800202123X,2\r\n",
                      "GB18030");
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "add", "--kind", "村务", "--title", "十二月低保名单",
                     "--body-file", csv, "--item", "低保对象名单", "--from", "2026-12-01", "--to", "2026-12-07", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);
  g_assert_true (g_regex_match_simple ("^2026-[0-9]{3}$", number, 0, 0));

  /* Posting, settling before a review: refused, the notice unchanged. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "post", number, "--date", "2026-12-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "has not reviewed"));
  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "notice", "settle", number, "--date", "2026-11-30", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "尚未审核"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "State: Draft"));

  /* Only a member of the 监委会 that day reviews. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "review", number, "--date", "2026-11-28",
                     "--by", "不存在的人", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, f->chair));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "review", number, "--date", "2026-11-28",
                     "--by", f->chair, "--opinion", "同意", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "settle", number, "--date", "2026-11-29", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "notice", "post", number, "--date", "2026-12-01",
                     "--place", "村委会公开栏", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "已张贴"));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "A table of 2 rows under the header"));
  g_assert_nonnull (strstr (run.out, "Posted on 2026-12-01 at 村委会公开栏"));
  g_assert_nonnull (strstr (run.out, "; item: 低保对象名单 2026Q4\n"));
  g_assert_cmpstr (empty_field_line (run.out), ==, NULL);

  /* Printed: no ID number on it. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "print", "notice", number, pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  if (cw_test_have_program ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *text = cw_test_capture (argv);
      g_assert_nonnull (strstr (text, "十二月低保名单"));
      g_assert_nonnull (strstr (text, "430421********1234"));
      g_assert_null (strstr (text, "430421197001011234"));
      g_assert_null (strstr (text, "43042119800202123X"));
      g_assert_nonnull (strstr (text, f->chair));
    }

  /* A question, then what the calendar says. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "ask", number, "--by", "王五", "--question", "为何？",
                     "--date", "2026-12-02", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2026-12-12"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notices", "due", "--on", "2026-12-14", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "by 王五, answer by 2026-12-12 (late)"));
  g_assert_nonnull (strstr (run.out, "Awaiting posting\t2026-12-20\t财务收支明细\t2026-12\n"));
  g_assert_nonnull (strstr (run.out, "Not posted\t2026-04-20\t残疾人补贴发放\t2026Q2\n"));
}

/* A notice with neither text nor table goes through review with a
 * warning, and posting refuses it; no notice the demo posted is such. */
static void
test_says_nothing (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *number = NULL;

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "add", "--kind", "村务", "--title", "空白公告",
                     "--from", "2026-12-01", "--to", "2026-12-07", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "notice", "review", number, "--date", "2026-11-28",
                     "--by", f->chair, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "没有正文"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "settle", number, "--date", "2026-11-29", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "post", number, "--date", "2026-12-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "says nothing"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "State: Settled"));

  /* The demo's notices all say something. */
  for (int i = 1; i <= 40; i++)
    {
      g_autofree char *demo = g_strdup_printf ("2026-%03d", i);

      cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", demo, NULL);
      if (run.status == 0 && strstr (run.out, "State: Posted") != NULL)
        g_assert_null (strstr (run.out, "公布如下，请村民监督。"));
    }
}

static void
test_decision (Fixture       *f,
               gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *number = NULL;
  g_autofree char *due = g_strdup_printf ("%u", f->party_members);
  /* Exactly two thirds of those due present (rounded up), and exactly half
   * of those due for: valid, not passed; one more for: passed. */
  g_autofree char *present = g_strdup_printf ("%u", (2 * f->party_members + 2) / 3);
  g_autofree char *half = g_strdup_printf ("%u", f->party_members / 2);
  g_autofree char *more = g_strdup_printf ("%u", f->party_members / 2 + 1);
  g_autofree char *expected = g_strdup_printf (": %s of %s due present", present, due);
  g_autofree char *pdf = g_build_filename (f->dir, "decision.pdf", NULL);

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "add", "--title", "修建村民广场", "--date", "2026-11-10", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);
  g_assert_cmpstr (number, ==, "2026-04");

  /* Out of order: refused with exit 1, nothing recorded. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "2", "--date", "2026-11-11", NULL);
  g_assert_cmpint (run.status, ==, 1);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "Not proposed yet"));
  g_assert_null (strstr (run.out, "Step 2 ("));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "1", "--date", "2026-11-11", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The demo's secretary is also the director: step 2 the same day. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "2", "--date", "2026-11-11", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "3", "--date", "2026-11-20",
                     "--present", present, "--for", half, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, expected));
  g_assert_nonnull (strstr (run.out, "valid, not passed"));
  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "decision", "step", number, "--step", "4", "--date", "2026-11-25",
                     "--meeting", "村民代表会议", "--present", "20", "--for", "20", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "未通过"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "3", "--date", "2026-11-21",
                     "--present", present, "--for", more, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "valid, passed"));
  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "decision", "step", number, "--step", "4", "--date", "2026-11-25",
                     "--meeting", "村民代表会议", "--present", "16", "--for", "9", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "会议有效，通过"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "5", "--date", "2026-11-26", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "drafted"));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "print", "decision", number, pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* Usage mistakes exit 2. */
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "7", "--date", "2026-11-26", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "decision", "step", number, "--step", "4", "--date", "2026-11-26",
                     "--meeting", "开会", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* A notice of no catalogue item: its kind alone, no empty "item:". */
static void
test_no_item (Fixture       *f,
              gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *number = NULL;

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "add", "--kind", "党务", "--title", "党费收缴情况",
                     "--from", "2026-12-01", "--to", "2026-12-07", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nKind: Party affairs\n"));
  g_assert_cmpstr (empty_field_line (run.out), ==, NULL);
  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\n类别：党务\n"));
  g_assert_cmpstr (empty_field_line (run.out), ==, NULL);
}

/* A table from the grids register, names only; posted on the office's
 * board when no place is named; printed without a phone. */
static void
test_table_from (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "grids.pdf", NULL);
  g_autofree char *number = NULL;
  g_autofree char *reviewed = g_strdup_printf ("Reviewed by %s on 2026-11-28\n", f->chair);

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "notice", "add", "--kind", "村务", "--title", "网格长名单",
                     "--from", "2026-12-01", "--to", "2026-12-07", "--table-from", "roster", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "不是可取表格的台账"));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "add", "--kind", "村务", "--title", "网格长名单",
                     "--from", "2026-12-01", "--to", "2026-12-07", "--table-from", "grids", NULL);
  g_assert_cmpint (run.status, ==, 0);
  number = last_line (run.out);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "网格划分和网格长"));
  g_assert_nonnull (strstr (run.out, "A table of 51 rows under the header"));

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "review", number, "--date", "2026-11-28",
                     "--by", f->chair, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "settle", number, "--date", "2026-11-29", NULL);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "post", number, "--date", "2026-12-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "notice", "show", number, NULL);
  g_assert_nonnull (strstr (run.out, "Posted on 2026-12-01 at 村务公开栏"));
  /* A review without an opinion: no bare label. */
  g_assert_nonnull (strstr (run.out, reviewed));
  g_assert_cmpstr (empty_field_line (run.out), ==, NULL);

  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "print", "notice", number, pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  if (cw_test_have_program ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *text = cw_test_capture (argv);
      g_assert_nonnull (strstr (text, "网格长"));
      g_assert_false (g_regex_match_simple ("1[3-9][0-9]{9}", text, 0, 0));
    }
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *xlsx = g_build_filename (f->dir, "ledger.xlsx", NULL);

  cw_test_run_cunwu (&run, "zh_CN.UTF-8", "--db", f->db, "export", "notices", xlsx, "--year", "2026", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "公开台账"));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  cw_test_run_cunwu (&run, "C.UTF-8", "--db", f->db, "export", "notices", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 2);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  ADD ("/notices-cli/notice-way", test_notice_way);
  ADD ("/notices-cli/says-nothing", test_says_nothing);
  ADD ("/notices-cli/decision", test_decision);
  ADD ("/notices-cli/export", test_export);
  ADD ("/notices-cli/table-from", test_table_from);
  ADD ("/notices-cli/no-item", test_no_item);

  return g_test_run ();
}
