/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-benefits"

#include "config.h"


#include "bench-bare.h"
#include "bench-benefits.h"
#include "bench-common.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-money.h"

gint64
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

guint
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

guint
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

void
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

double
bench_benefits_bare_sheet (GListModel *rows,
                           const char *path,
                           int        *n_pages)
{
  return bare_pdf_lines (rows, sheet_line, 60, 30, 780, path, n_pages);
}

guint
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
