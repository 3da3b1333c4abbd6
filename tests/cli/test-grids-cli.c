/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grids-cli"

#include "config.h"

#include <string.h>

#include "core/grids/cw-grid-members.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"
#include "cw-test-run.h"

#define EN "C.UTF-8"
#define ZH "zh_CN.UTF-8"

/* A village of four households (0001 … 0004) with a party member, 李党,
 * in 0001; the database's path. */
static char *
village_new (const char *dir)
{
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) group = cw_village_group_add (db, "一组", &error);
  g_autoptr(CwVillage) village = cw_village_new ("青山村", "", "");
  const char *heads[] = { "张一", "张二", "王三", "赵四" };

  g_assert_true (cw_village_create (db, village, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autoptr(CwHousehold) h = cw_household_new ();
      g_autoptr(CwPerson) head = cw_person_new ();
      g_autofree char *number = g_strdup_printf ("%04u", i + 1);

      cw_household_set_text (h, "number", number);
      cw_household_set_group_id (h, cw_village_group_get_id (group));
      cw_person_set_text (head, "name", heads[i]);
      cw_person_set_text (head, "relation", "户主");
      g_assert_true (cw_household_add (db, h, head, &error));
      g_assert_no_error (error);
      if (i == 0)
        {
          g_autoptr(CwPerson) member = cw_person_new ();

          cw_person_set_household_id (member, cw_household_get_id (h));
          cw_person_set_text (member, "name", "李党");
          cw_person_set_text (member, "relation", "配偶");
          cw_person_set_text (member, "political", "中共党员");
          cw_person_set_text (member, "phone", "13812345678");
          cw_person_set_text (member, "id-number", "11010519491231002X");
          g_assert_true (cw_person_add (db, member, &error));
          g_assert_no_error (error);
        }
    }
  return g_build_filename (dir, "village.db", NULL);
}

static char *
write_csv (const char *dir,
           const char *name,
           const char *text,
           const char *charset)
{
  char *path = g_build_filename (dir, name, NULL);

  cw_test_write_file (path, text, charset);
  return path;
}

static void
test_imports (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village_new (dir);
  g_auto(CwTestRun) run = { 0 };
  /* A title row above the header, GB18030 as Excel saves it; C1's parent
   * comes after it. */
  g_autofree char *grids = write_csv (dir, "grids.csv",
                                      "青山村网格划分表\n"
                                      "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                                      "C1,张家屋场,G1,党员中心户,李党,,\n"
                                      "P1,东片,,片区,周书记,,13700003333\n"
                                      "G1,一网格,P1,网格,张一,刘乡干、陈网格,13800001111、13900002222\n"
                                      "G2,二网格,P1,网格,王三,,\n",
                                      "GB18030");
  g_autofree char *loop = write_csv (dir, "loop.csv",
                                     "网格编号,网格名称,上级网格编号\nX1,甲,X2\nX2,乙,X1\nX3,丙,\n", NULL);
  g_autofree char *homes = write_csv (dir, "homes.csv",
                                      "户号,网格编号,日期\n0001,C1,2026-01-01\n0002,C1,2026-01-01\n"
                                      "0003,G2,2026-01-01\n", NULL);
  g_autofree char *bad_homes = write_csv (dir, "bad-homes.csv", "户号,网格编号\n0004,G2\n9999,G2\n4,G2\n", NULL);
  g_autofree char *links = write_csv (dir, "links.csv", "党员,户号\n李党,0002\n李党,0003\n", NULL);

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 4 rows."));

  /* A loop: nothing of the file, in the clerk's language. */
  cw_test_run_cunwu (&run, ZH, "--db", db, "import", "grids", loop, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "第 2 行"));
  g_assert_nonnull (strstr (run.out, "循环"));
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", loop, NULL);
  g_assert_nonnull (strstr (run.out, "line 4 (X3): Not imported: line 2 has a problem"));

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grid-households", homes, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grid-households", bad_homes, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 3 (户号 9999): There is no household 9999."));
  /* Excel dropped the zeros of 0004: the clerk is asked, nothing taken. */
  g_assert_nonnull (strstr (run.out, "line 4 (户号 4): There is no household 4. Did you mean 0004? Excel drops "
                                     "the leading zeros"));
  cw_test_run_cunwu (&run, ZH, "--db", db, "import", "grid-households", bad_homes, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "没有户号为 4 的户。是否是 0004？"));
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "party-links", links, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* 0004 stayed out with the bad file. */
  cw_test_run_cunwu (&run, EN, "--db", db, "grids", "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Households in no grid: 1\n  0004\n"));
  g_assert_nonnull (strstr (run.out, "Grids without a head: 0\n"));
  cw_test_run_cunwu (&run, ZH, "--db", db, "grids", "check", NULL);
  g_assert_nonnull (strstr (run.out, "未划入网格的户：1"));
}

/* A phone the households import refuses is refused here too, on its
 * line and in the clerk's language: nothing of the grid goes in, and the
 * grid board cannot print it. */
static void
test_import_phones (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village_new (dir);
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *grids = write_csv (dir, "grids.csv",
                                      "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                                      "G1,一网格,,网格,张一,,13800001111\n"
                                      "G2,二网格,,网格,王三,陈网格,0731-88888888、1.38123E+10\n",
                                      NULL);

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 3 (G2): 联系电话: “1.38123E+10” is not a phone number"));
  cw_test_run_cunwu (&run, ZH, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "第 3 行"));
  g_assert_nonnull (strstr (run.out, "“1.38123E+10”不是电话号码"));
  cw_test_run_cunwu (&run, EN, "--db", db, "grids", "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Households in no grid: 4\n"));
}

/* The phones go to the head, then to the workers in their order: a phone
 * past the last of them, or a second head, is refused on its line, and
 * nothing of the file goes in. */
static void
test_import_surplus (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village_new (dir);
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *grids = write_csv (dir, "grids.csv",
                                      "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                                      "G1,一网格,,网格,张一,刘乡干,13800001111、13900002222、13700003333\n"
                                      "G2,二网格,,网格,,,13600004444\n"
                                      "G3,三网格,,网格,王三、赵四,,\n"
                                      "G4,四网格,,网格,张二,陈网格、李网格,13500005555\n",
                                      NULL);

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 2 (G1): 联系电话 has more phones than the row has people: "
                                     "13700003333 would belong to nobody. Give one phone per person, the head’s "
                                     "first and then the workers’ in their order"));
  g_assert_nonnull (strstr (run.out, "line 3 (G2): 联系电话 has more phones than the row has people: "
                                     "13600004444 would belong to nobody."));
  g_assert_nonnull (strstr (run.out, "line 4 (G3): 网格长 names more than one person (王三、赵四): a grid has "
                                     "one head; put the others under 网格员."));
  /* Fewer phones than people is no problem, but the file is refused. */
  g_assert_nonnull (strstr (run.out, "line 5 (G4): Not imported: line 2 has a problem"));
  cw_test_run_cunwu (&run, ZH, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "第 2 行"));
  g_assert_nonnull (strstr (run.out, "13700003333 没有对应的人"));
  g_assert_nonnull (strstr (run.out, "一个网格只有一名网格长"));
  cw_test_run_cunwu (&run, EN, "--db", db, "grids", "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Grids without a head: 0\n"));
  g_assert_null (strstr (run.out, "G4"));

  /* Right, the same rows go in, and the last worker has no phone. */
  cw_test_write_file (grids, "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                             "G1,一网格,,网格,张一,刘乡干、陈网格,13800001111、13900002222、13700003333\n"
                             "G4,四网格,,网格,张二,陈网格、李网格,13500005555\n", NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 2 rows."));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwDatabase) opened = cw_database_open (db, &error);
    g_autoptr(GPtrArray) rows = cw_grid_worker_rows (opened, &error);
    g_autoptr(GString) seen = g_string_new ("");

    g_assert_no_error (error);
    for (guint i = 0; i < rows->len; i++)
      {
        CwGridWorkerRow *row = g_ptr_array_index (rows, i);

        g_string_append_printf (seen, "%s %s %s;", row->role, row->name, row->phone);
      }
    g_assert_cmpstr (seen->str, ==, "head 张一 13800001111;worker 刘乡干 13900002222;worker 陈网格 13700003333;"
                                    "head 张二 13500005555;worker 陈网格 ;worker 李网格 ;");
  }

  /* The same file again is no change; fewer people than the register
   * has, too. A worker or a phone the register does not have for the
   * grid is refused, not left out of a grid counted unchanged. */
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 rows were in the register already."));
  cw_test_write_file (grids, "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                             "G1,一网格,,网格,张一,刘乡干,\n"
                             "G4,四网格,,网格,张二,陈网格、李网格、王网格,\n", NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 3 (G4): The register already has this grid, and not with the head, "
                                     "workers or phones of this line"));
  g_assert_null (strstr (run.out, "line 2 (G1)"));
  cw_test_write_file (grids, "网格编号,网格名称,上级网格编号,层级,网格长,网格员,联系电话\n"
                             "G1,一网格,,网格,张一,刘乡干,13800001111、13900009999\n", NULL);
  cw_test_run_cunwu (&run, ZH, "--db", db, "import", "grids", grids, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "网格长、网格员或电话与这一行不同"));
}

static void
test_requests (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village_new (dir);
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *grids = write_csv (dir, "grids.csv",
                                      "网格编号,网格名称,上级网格编号,层级\nP1,东片,,片区\nG1,一网格,P1,网格\n", NULL);
  g_autofree char *homes = write_csv (dir, "homes.csv", "户号,网格编号,日期\n0001,G1,2026-01-01\n", NULL);

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grid-households", homes, NULL);
  g_assert_cmpint (run.status, ==, 0);

  cw_test_run_cunwu (&run, EN, "--db", db, "request", "add", "--household", "0001", "--date", "2026-03-02",
                     "--category", "道路", "--text", "路灯坏了", "--urgency", "红", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\n");
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "assign", "1", "--date", "2026-03-02", "--to", "村委", NULL);
  g_assert_cmpstr (run.out, ==, "Request 1: Assigned, due 2026-03-03.\n");
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "resolve", "1", "--date", "2026-03-03", "--note", "修好",
                     NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* 不满意 sends it back. */
  cw_test_run_cunwu (&run, ZH, "--db", db, "request", "confirm", "1", "--date", "2026-03-04",
                     "--satisfaction", "不满意", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "诉求 1：已分派，办理时限 2026-03-03。\n");
  /* On hold, nothing else; the wrong word for an evaluation. */
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "hold", "1", "--date", "2026-03-05", "--note", "等材料",
                     NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "resolve", "1", "--date", "2026-03-06", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "on hold since 2026-03-05"));
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "resume", "1", "--date", "2026-03-07", NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "resolve", "1", "--date", "2026-03-08", NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "confirm", "1", "--date", "2026-03-09", "--satisfaction",
                     "还行", NULL);
  g_assert_cmpint (run.status, ==, 1);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "confirm", "1", "--date", "2026-03-09", "--satisfaction",
                     "基本满意", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Usage mistakes are status 2. */
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "assign", "1", "--date", "2026-03-02", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "add", "--household", "0001", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cw_test_run_cunwu (&run, EN, "--db", db, "request", "add", "--household", "9999", "--text", "x", NULL);
  g_assert_cmpint (run.status, ==, 1);

  /* Resolved on 03-08: 2 days on hold move the deadline from 03-03 to
   * 03-05, so it is overdue; evaluated 基本满意. */
  cw_test_run_cunwu (&run, EN, "--db", db, "grids", "figures", "--period", "2026-03", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  一网格\t1\t1\t100.0%\t100.0%\t1\t"));
  g_assert_nonnull (strstr (run.out, "Year to date, 2026-01-01 to 2026-03-31"));

  cw_test_run_cunwu (&run, EN, "--db", db, "visit", "raise", "--household", "0001", "--event", "生病住院",
                     "--date", "2026-03-10", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, EN, "--db", db, "visits", "due", "--on", "2026-03-11", "--grid", "P1", NULL);
  g_assert_nonnull (strstr (run.out, "0001\t张一\tG1\t生病住院\t2026-03-10\t"));
  cw_test_run_cunwu (&run, EN, "--db", db, "visit", "add", "--household", "0001", "--date", "2026-03-11",
                     "--by", "李党", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, ZH, "--db", db, "visits", "due", "--on", "2026-03-12", "--grid", "P1", NULL);
  g_assert_null (strstr (run.out, "生病住院"));
  g_assert_nonnull (strstr (run.out, "0 次走访到期"));
}

/* The visit sheets of a grid, in both languages: its households and what
 * is due, and no ID number or phone of anyone in them. */
static void
test_visit_sheets (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autofree char *db = village_new (dir);
  g_autofree char *pdf = g_build_filename (dir, "sheets.pdf", NULL);
  g_auto(CwTestRun) run = { 0 };
  g_autofree char *grids = write_csv (dir, "grids.csv",
                                      "网格编号,网格名称,上级网格编号,层级\nP1,东片,,片区\nG1,一网格,P1,网格\n"
                                      "G2,二网格,,网格\n", NULL);
  g_autofree char *homes = write_csv (dir, "homes.csv",
                                      "户号,网格编号,日期\n0001,G1,2026-01-01\n0002,G1,2026-01-01\n"
                                      "0003,G2,2026-01-01\n", NULL);

  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grids", grids, NULL);
  cw_test_run_cunwu (&run, EN, "--db", db, "import", "grid-households", homes, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cw_test_run_cunwu (&run, EN, "--db", db, "visit", "raise", "--household", "0001", "--event", "生病住院",
                     "--date", "2026-03-10", NULL);
  g_assert_cmpint (run.status, ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      gboolean zh = i == 1;

      cw_test_run_cunwu (&run, zh ? ZH : EN, "--db", db, "print", "visit-sheets", "--grid", "P1", "--on",
                         "2026-03-11", pdf, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, zh ? "页" : "Printed 1 page"));
      if (cw_test_have_program ("pdftotext"))
        {
          const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
          g_autofree char *text = cw_test_capture (argv);

          g_assert_nonnull (strstr (text, zh ? "青山村走访登记表" : "青山村 visit sheet"));
          g_assert_nonnull (strstr (text, zh ? "必访：生病住院" : "Must visit: 生病住院"));
          g_assert_nonnull (strstr (text, "张一"));
          g_assert_nonnull (strstr (text, "张二"));
          /* 0003 is in G2, outside P1. */
          g_assert_null (strstr (text, "王三"));
          g_assert_null (strstr (text, "13812345678"));
          g_assert_null (strstr (text, "11010519491231002X"));
        }
    }

  /* Every grid without --grid; an unknown grid; no file. */
  cw_test_run_cunwu (&run, EN, "--db", db, "print", "visit-sheets", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  if (cw_test_have_program ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *text = cw_test_capture (argv);

      g_assert_nonnull (strstr (text, "王三"));
    }
  cw_test_run_cunwu (&run, ZH, "--db", db, "print", "visit-sheets", "--grid", "X9", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  cw_test_run_cunwu (&run, EN, "--db", db, "print", "visit-sheets", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/grids-cli/imports", test_imports);
  g_test_add_func ("/grids-cli/import-phones", test_import_phones);
  g_test_add_func ("/grids-cli/import-surplus", test_import_surplus);
  g_test_add_func ("/grids-cli/requests", test_requests);
  g_test_add_func ("/grids-cli/visit-sheets", test_visit_sheets);
  return g_test_run ();
}
