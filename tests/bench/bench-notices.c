/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's notices rows (issue 13), on the township: the
 * disclosure calendar and the quorum counts beside the sqlite3 shell's
 * query, a notice with a long table saved, printed and in the year's
 * ledger, and a notice's table drafted from each register beside the core
 * query it copies. */

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "core/grids/cw-grid.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-source.h"
#include "core/households/cw-person-query.h"
#include "core/points/cw-point-tally.h"
#include "core/village/cw-village-role.h"
#include "report/notices/cw-notice-print.h"
#include "report/notices/cw-notices-export.h"

#include "bench-common.h"
#include "bench-township.h"

#define QUARTER "2026Q3"

static double
best_of_3 (void (*work) (CwDatabase *db), CwDatabase *db)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 3; i++)
    {
      double start = bench_now_ms ();

      work (db);
      best = MIN (best, bench_now_ms () - start);
    }
  return best;
}

static void
calendar_work (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = cw_notice_calendar (db, 2026, "2026-11-01", &error);
  g_autoptr(GPtrArray) attention = cw_notice_calendar_attention (db, "2026-11-01", 7, &error);

  g_assert_no_error (error);
}

static void
quorum_work (CwDatabase *db)
{
  volatile guint n = cw_decision_count_party_members (db, "2026-05-15") + cw_decision_count_adults (db, "2026-05-15") +
                     cw_decision_count_households (db, "2026-05-15") +
                     cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, "2026-05-15");
  (void) n;
}

/* The calendar of a year and this week's attention, and the counts a
 * decision's quorum is checked against. */
static void
bench_notice_counts (CwDatabase *township)
{
  bench_row ("disclosure calendar of a year + this week", best_of_3 (calendar_work, township),
             bench_shell_sql (township, "SELECT item_id, period, min(posted_date) FROM notice WHERE state = 'posted' "
                                 "GROUP BY 1, 2;"),
             "sqlite3 shell group by", "≤ 100 ms", "");
  bench_row ("quorum counts from the register on a day", best_of_3 (quorum_work, township),
             bench_shell_sql (township, "SELECT count(*) FROM person WHERE birth_date <= '2008-05-15';"),
             "sqlite3 shell count", "≤ 200 ms", "");
}
BENCH_ROW (bench_notice_counts)

/* A 低保 list of 2 000 rows pasted with its ID and phone columns: saved
 * in the township (one more notice each run), printed masked, and the
 * year's ledger written. */
static void
bench_notice_table (CwDatabase *township)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *pdf = bench_path ("bench-notice.pdf");
  g_autofree char *xlsx = bench_path ("bench-notices.xlsx");
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *header[] = { "序号", "户主姓名", "身份证号", "联系电话", "保障人数", NULL };
  double start, ms;
  int pages = 0;

  g_ptr_array_add (rows, g_strdupv ((char **) header));
  for (guint i = 1; i <= 2000; i++)
    {
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("张%u", i);
      row[2] = g_strdup_printf ("43042119700101%04u", i % 10000);
      row[3] = g_strdup_printf ("138%08u", i);
      row[4] = g_strdup_printf ("%u", i % 5 + 1);
      g_ptr_array_add (rows, row);
    }
  notice = cw_notice_new (CW_NOTICE_KIND_VILLAGE, "低保对象名单（基准）", "2026-11-01", "2026-11-07");
  cw_notice_set_table (notice, rows);
  start = bench_now_ms ();
  g_assert_cmpint (cw_notice_add (township, notice, &error), >, 0);
  ms = bench_now_ms () - start;
  g_assert_no_error (error);
  bench_row ("notice with a 2 000-row table saved", ms, 0, NULL, "≤ 500 ms", "");
  start = bench_now_ms ();
  g_assert_true (cw_notice_print_pdf (township, notice, FALSE, pdf, &pages, &error));
  ms = bench_now_ms () - start;
  g_assert_no_error (error);
  printf ("  (%d pages, every ID and phone masked)\n", pages);
  bench_row ("print notice, 2 000 rows, A4 PDF", ms, 0, NULL, "≤ 5 s", "");
  start = bench_now_ms ();
  g_assert_true (cw_notices_export_ledger (township, 2026, "2026-11-01", xlsx, &error));
  g_assert_no_error (error);
  bench_row ("notices ledger .xlsx of the year", bench_now_ms () - start, 0, NULL, "≤ 1 s", "");
  g_unlink (pdf);
  g_unlink (xlsx);
}
BENCH_ROW (bench_notice_table)

/* A notice's table drafted from a register (the new-notice flow's From a
 * Register): each source beside its core query alone, whose rows it
 * copies, names only. */
typedef GListModel *(*BareQuery) (CwDatabase *db, const char *what);

static GListModel *
bare_care (CwDatabase *db,
           const char *tag)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;

  query.tag = tag;
  return cw_person_query_run (db, &query, NULL);
}

static GListModel *
bare_grids (CwDatabase *db,
            const char *what)
{
  return cw_grid_list (db, FALSE, NULL);
}

static GListModel *
bare_points (CwDatabase *db,
             const char *quarter)
{
  return cw_point_tally_quarter (db, "household", quarter, NULL);
}

static void
bench_notice_sources (CwDatabase *township)
{
  static const struct { const char *work; CwNoticeSource source; const char *what; BareQuery bare; } sources[] = {
    { "notice table from the care list (低保)", CW_NOTICE_SOURCE_CARE, "低保", bare_care },
    { "notice table from the grid board", CW_NOTICE_SOURCE_GRIDS, NULL, bare_grids },
    { "notice table from a quarter's points", CW_NOTICE_SOURCE_POINTS, QUARTER, bare_points },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
      guint rows = 0;

      for (guint i = 0; i < bench_runs (); i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) table = NULL;
          g_autoptr(GListModel) model = NULL;
          double start = bench_now_ms (), ms;

          table = cw_notice_source_table (township, sources[s].source, sources[s].what, &error);
          g_assert_no_error (error);
          ms = bench_now_ms () - start;
          g_array_append_val (real, ms);
          rows = table->len - 1;
          start = bench_now_ms ();
          model = sources[s].bare (township, sources[s].what);
          ms = bench_now_ms () - start;
          g_array_append_val (bare_ms, ms);
          g_assert_cmpuint (g_list_model_get_n_items (model), ==, rows);
        }
      printf ("  (%u rows)\n", rows);
      bench_row (sources[s].work, bench_median (real), bench_median (bare_ms), "the core query alone", "≤ 1 s", "");
    }
}
BENCH_ROW (bench_notice_sources)
