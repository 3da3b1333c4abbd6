/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

/* The township benchmark's benefits rows (issue 15), on the township,
 * each inside a transaction rolled back at its end, so that the kept
 * township stays as built: the Double-Ninth list computed, then frozen
 * and paid; the flags page's rows and what its Add Flag dialog reads; the
 * signature sheet of the list; the awards page's list. Each beside the
 * same work done bare. */

#include "config.h"

#include <stdio.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-flag-row.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/households/cw-person-query.h"
#include "report/benefits/cw-benefit-sign-sheet.h"
#include "report/benefits/cw-benefits-export.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout.h"

#include "bench-bare.h"
#include "bench-common.h"
#include "bench-township.h"

/* The day the list is made for and paid on, and the day it is approved
 * (frozen) on. */
#define BENCH_BENEFITS_DAY      "2026-10-18"
#define BENCH_BENEFITS_REVIEWED "2026-10-10"

/* A draft of the Double-Ninth rule (men 60, women 55 on
 * BENCH_BENEFITS_DAY, ¥100) under a name of its own, so that the demo's
 * 重阳节慰问 of the year, approved and paid, keeps nobody off it. */
static gint64
bench_benefits_programme (CwDatabase *db)
{
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;

  programme = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "敬老慰问（测算）", "kind", CW_BENEFIT_KIND_VISIT,
                            "date", BENCH_BENEFITS_DAY, "amount", (gint64) 10000, "min-age-male", 60,
                            "min-age-female", 55, NULL);
  g_assert_true (cw_benefit_programme_add (db, programme, &error));
  g_assert_no_error (error);
  return cw_benefit_programme_get_id (programme);
}

/* The same persons bare: present on the day, men born 60 years before it
 * or earlier, women 55, in group and household order, the columns the
 * list shows read, no objects made. Returns how many. */
static guint
bench_benefits_bare_list (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT p.id, p.household_id, p.name, p.sex, p.birth_date, h.number, g.name, g.position "
                         "FROM person p JOIN household h ON h.id = p.household_id "
                         "JOIN village_group g ON g.id = h.group_id "
                         "WHERE (p.status IN ('active', 'migrant') OR p.status_date > ?1) "
                         "AND (p.sex = 'M' AND p.birth_date <= '1966-10-18' "
                         "  OR p.sex = 'F' AND p.birth_date <= '1971-10-18') "
                         "ORDER BY g.position, h.number, p.id",
                         NULL);
  gsize bytes = 0;
  guint n = 0;

  sqlite3_bind_text (stmt, 1, BENCH_BENEFITS_DAY, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        bytes += (gsize) sqlite3_column_bytes (stmt, c);
      n++;
    }
  g_assert_cmpuint (bytes, >, 0);
  return n;
}

/* 参与土地分配 for nine in ten present persons, as most of a township's
 * villagers hold it (the demo gives it to a few new students only).
 * Returns the flags held. */
static guint
bench_benefits_flags (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_database_exec (db,
                                   "INSERT INTO benefit_person_flag (person_id, flag, since) "
                                   "SELECT id, '参与土地分配', '2000-01-01' FROM person "
                                   "WHERE status IN ('active', 'migrant') AND id % 10 <> 0 "
                                   "AND id NOT IN (SELECT person_id FROM benefit_person_flag)",
                                   &error));
  g_assert_no_error (error);
  return (guint) cw_database_query_int (db, "SELECT count(*) FROM benefit_person_flag WHERE until IS NULL", 0);
}

/* The flags page's rows read bare: the same columns and order. */
static void
bench_benefits_bare_flags (CwDatabase *db)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT f.id, f.person_id, g.position, p.name, h.number, g.name, f.flag, f.since, "
                             "f.until, f.reason "
                             "FROM benefit_person_flag f JOIN person p ON p.id = f.person_id "
                             "JOIN household h ON h.id = p.household_id JOIN village_group g ON g.id = h.group_id "
                             "WHERE f.until IS NULL "
                             "ORDER BY g.position, h.number, p.position, p.id, f.flag, f.since", NULL);
  gsize bytes = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      bytes += (gsize) sqlite3_column_bytes (stmt, c);
  g_assert_cmpuint (bytes, >, 0);
}

static char *
sheet_line (gpointer item,
            guint    position)
{
  g_autofree char *amount = cw_money_format (cw_beneficiary_get_amount (item));

  return g_strdup_printf ("%u  %s  %s  %s", position + 1, cw_beneficiary_get_name (item),
                          cw_beneficiary_get_group_name (item), amount);
}

/* The bare signature sheet of @rows (CwBeneficiary): the same rows' text
 * in the same font, one line after another, as tall as the sheet's rows,
 * without table, header or totals. Returns the milliseconds it took. */
static double
bench_benefits_bare_sheet (GListModel *rows,
                           const char *path,
                           int        *n_pages)
{
  return bare_pdf_lines (rows, sheet_line, 60, 30, 780, path, n_pages);
}

/* The awards of @year in force with their households' reviewed points of
 * the year, bare: one GROUP BY over the year's entries. Returns how many. */
static guint
bench_benefits_bare_awards (CwDatabase *db,
                            int         year)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT a.id, a.household_id, coalesce(s.points, 0) FROM benefit_award a "
                         "LEFT JOIN (SELECT household_id, sum(points) AS points FROM point_entry "
                         "  WHERE scheme = 'household' AND state = 'reviewed' AND quarter BETWEEN ?2 AND ?3 "
                         "  GROUP BY household_id) s ON s.household_id = a.household_id "
                         "WHERE a.year = ?1 AND a.state = 'active'",
                         NULL);
  g_autofree char *first = g_strdup_printf ("%04dQ1", year);
  g_autofree char *last = g_strdup_printf ("%04dQ4", year);
  gint64 sum = 0;
  guint n = 0;

  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, last, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sum += sqlite3_column_int64 (stmt, 2);
      n++;
    }
  /* Points given and taken: a year's sum can be anything; it is read. */
  (void) sum;
  return n;
}

/* ---- the rows ---- */

/* The Double-Ninth list computed, beside the same persons read bare;
 * then frozen and paid. */
static void
bench_benefit_list (CwDatabase *township)
{
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) real_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint listed = 0, bare_listed = 0;
  double start, cpu;
  gint64 id;

  g_assert_true (cw_database_begin (township, &error));
  id = bench_benefits_programme (township);
  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(GListModel) list = NULL;
      double ms;

      start = bench_now_ms ();
      cpu = bench_cpu_ms ();
      list = cw_beneficiary_list (township, id, &error);
      g_assert_no_error (error);
      listed = g_list_model_get_n_items (list);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real_cpu, cpu);

      start = bench_now_ms ();
      cpu = bench_cpu_ms ();
      bare_listed = bench_benefits_bare_list (township);
      ms = bench_now_ms () - start;
      g_array_append_val (bare, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare_cpu, cpu);
    }
  /* The same persons: the rule is the bare query's WHERE. */
  g_assert_cmpuint (listed, ==, bare_listed);
  printf ("  (%u persons on the list)\n", listed);
  bench_row ("Double-Ninth list computed (draft)", bench_median (real), bench_median (bare),
             "the persons, read by SQL", "≤ 1 s", "≤ 3×");
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×)", bench_median (real_cpu), bench_median (bare_cpu),
              bench_median (real_cpu) / MAX (bench_median (bare_cpu), 1));

  start = bench_now_ms ();
  cpu = bench_cpu_ms ();
  g_assert_true (cw_benefit_programme_approve (township, id, BENCH_BENEFITS_REVIEWED, NULL, NULL, &error));
  g_assert_no_error (error);
  bench_note ("approved (the list frozen): %.0f ms, CPU %.0f ms", bench_now_ms () - start, bench_cpu_ms () - cpu);
  start = bench_now_ms ();
  cpu = bench_cpu_ms ();
  g_assert_true (cw_beneficiary_pay (township, id, 0, BENCH_BENEFITS_DAY, "会计", NULL, &error));
  g_assert_no_error (error);
  bench_note ("everyone paid (one ledger entry): %.0f ms, CPU %.0f ms", bench_now_ms () - start,
              bench_cpu_ms () - cpu);
  cw_database_rollback (township);
}
BENCH_ROW (bench_benefit_list)

static void
bench_benefit_flags (CwDatabase *township)
{
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) picker = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint held;

  g_assert_true (cw_database_begin (township, &error));
  held = bench_benefits_flags (township);
  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(GListModel) rows = NULL;
      g_autoptr(GListModel) persons = NULL;
      CwPersonQuery query = CW_PERSON_QUERY_INIT;
      double cpu = bench_cpu_ms ();

      rows = cw_benefit_flag_rows (township, FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, held);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real, cpu);

      cpu = bench_cpu_ms ();
      bench_benefits_bare_flags (township);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare, cpu);

      cpu = bench_cpu_ms ();
      persons = cw_person_query_run (township, &query, &error);
      g_assert_no_error (error);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (picker, cpu);
    }
  printf ("  (%u flags held)\n", held);
  bench_row ("person flags read for the flags page (CPU)", bench_median (real), bench_median (bare),
             "the columns, read by SQL", "≤ 1 s", "≤ 3×");
  bench_note ("what the Add Flag dialog reads for its picker (every present person): CPU %.0f ms",
              bench_median (picker));
  cw_database_rollback (township);
}
BENCH_ROW (bench_benefit_flags)

static void
bench_benefit_sign_sheet (CwDatabase *township)
{
  g_autofree char *path = bench_path ("sign-sheet.pdf");
  g_autofree char *bare = bench_path ("sign-sheet-bare.pdf");
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) real_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GError) error = NULL;
  int n_pages = 0, bare_pages = 0;
  guint n_rows = 0;
  gint64 id;

  g_assert_true (cw_database_begin (township, &error));
  id = bench_benefits_programme (township);
  rows = cw_beneficiary_list (township, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < bench_runs (); i++)
    {
      double start = bench_now_ms (), cpu = bench_cpu_ms (), ms;

      g_unlink (path);
      g_assert_true (cw_benefit_sign_sheet_save_pdf (township, id, path, &n_pages, &n_rows, &error));
      g_assert_no_error (error);
      ms = bench_now_ms () - start;
      g_array_append_val (real, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real_cpu, cpu);

      g_unlink (bare);
      cpu = bench_cpu_ms ();
      ms = bench_benefits_bare_sheet (rows, bare, &bare_pages);
      g_array_append_val (bare_ms, ms);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare_cpu, cpu);
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (rows));
  printf ("  (%u rows: %d pages, bare %d pages)\n", n_rows, n_pages, bare_pages);
  bench_row ("signature sheet PDF of that list", bench_median (real), bench_median (bare_ms),
             "plain Pango lines, as tall", "", "≤ 3×");
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×)", bench_median (real_cpu), bench_median (bare_cpu),
              bench_median (real_cpu) / MAX (bench_median (bare_cpu), 1));
  /* What the print dialog does on the main loop before its first page:
   * the sheet's table made, and laid out on every page (the pages are
   * then drawn one by one). */
  {
    cairo_surface_t *surface = cairo_pdf_surface_create (NULL, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT);
    cairo_t *cr = cairo_create (surface);
    double start = bench_now_ms (), cpu = bench_cpu_ms ();
    g_autoptr(CwPrintTable) table = cw_benefit_sign_sheet_new (township, id, &error);
    g_autoptr(CwPrintLayout) layout = NULL;
    int pages;

    g_assert_no_error (error);
    layout = cw_print_layout_new (table);
    pages = cw_print_layout_paginate (layout, cr, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT);
    bench_note ("the print dialog's table and pagination (%d pages), on the main loop: %.0f ms, CPU %.0f ms",
                pages, bench_now_ms () - start, bench_cpu_ms () - cpu);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  /* The township's workbook of the year, that list's persons among its
   * rows. */
  {
    g_autofree char *xlsx = bench_path ("benefits.xlsx");
    double start = bench_now_ms (), cpu = bench_cpu_ms ();

    g_assert_true (cw_benefits_export (township, 2026, xlsx, &error));
    g_assert_no_error (error);
    bench_note ("the year's benefits workbook: %.0f ms, CPU %.0f ms", bench_now_ms () - start,
                bench_cpu_ms () - cpu);
    g_unlink (xlsx);
  }
  cw_database_rollback (township);
  g_unlink (path);
  g_unlink (bare);
}
BENCH_ROW (bench_benefit_sign_sheet)

/* The awards page's list: the demo's awards of last year (a 文明卫生户 a
 * group, star grades for one household in ten), each with its
 * household's reviewed points of the year, beside one GROUP BY of the
 * same sums. */
static void
bench_benefit_awards (CwDatabase *township)
{
  g_autoptr(GArray) real = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = cw_date_today_text ();
  int year = (int) g_ascii_strtoll (today, NULL, 10) - 1;
  guint n = 0;

  for (guint i = 0; i < bench_runs (); i++)
    {
      g_autoptr(GListModel) awards = NULL;
      g_autoptr(GError) error = NULL;
      double cpu = bench_cpu_ms ();

      awards = cw_award_list (township, year, FALSE, &error);
      g_assert_no_error (error);
      n = g_list_model_get_n_items (awards);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (real, cpu);

      cpu = bench_cpu_ms ();
      g_assert_cmpuint (bench_benefits_bare_awards (township, year), ==, n);
      cpu = bench_cpu_ms () - cpu;
      g_array_append_val (bare, cpu);
    }
  printf ("  (%u awards of %d)\n", n, year);
  bench_row ("awards with their points, for the awards page (CPU)", bench_median (real), bench_median (bare),
             "one GROUP BY of the sums", "≤ 1 s", "≤ 3×");
}
BENCH_ROW (bench_benefit_awards)
