/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-stats"

#include "config.h"

#include "core/mediation/cw-mediation-private.h"
#include "core/mediation/cw-mediation-stats.h"

static void
clear_count (gpointer data)
{
  g_free (((CwMediationCount *) data)->name);
}

static GArray *
new_counts (void)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (CwMediationCount));

  g_array_set_clear_func (counts, clear_count);
  return counts;
}

static void
add_count (GArray     *counts,
           const char *name,
           guint       cases)
{
  CwMediationCount count = { g_strdup (name), cases };

  g_array_append_val (counts, count);
}

void
cw_mediation_stats_free (CwMediationStats *self)
{
  if (self == NULL)
    return;
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->by_type, g_array_unref);
  g_clear_pointer (&self->by_source, g_array_unref);
  g_free (self);
}

CwMediationStats *
cw_mediation_stats_compute (CwDatabase  *db,
                            const char  *from,
                            const char  *to,
                            GError     **error)
{
  g_autoptr(CwMediationStats) self = g_new0 (CwMediationStats, 1);
  g_autoptr(sqlite3_stmt) totals = NULL;
  g_autoptr(sqlite3_stmt) types = NULL;
  g_autoptr(sqlite3_stmt) sources = NULL;
  guint *fields[] = {
    &self->received, &self->success, &self->failure, &self->terminated, &self->open,
    NULL, &self->criminal_cases, &self->criminal_persons, &self->group_cases, &self->group_persons,
    &self->followed_up, &self->petitions, &self->petitions_finished, &self->petitions_rated,
    &self->petitions_satisfied,
  };
  const char * const *codes = cw_mediation_codes ("source");
  int rc;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self->from = g_strdup (from);
  self->to = g_strdup (to);
  self->by_type = new_counts ();
  self->by_source = new_counts ();

#define PARTIES "(SELECT count(*) FROM mediation_party mp WHERE mp.case_id = c.id)"
#define FOLLOWED "EXISTS (SELECT 1 FROM mediation_followup f WHERE f.case_id = c.id)"
  totals = cw_database_prepare (db,
                                "SELECT count(*), total(outcome = 'success'), total(outcome = 'failure'), "
                                "  total(outcome = 'terminated'), total(outcome IS NULL), "
                                "  total(CASE WHEN outcome = 'success' THEN agreed_fen END), "
                                "  total(risk_criminal AND outcome = 'success'), "
                                "  total(CASE WHEN risk_criminal AND outcome = 'success' THEN " PARTIES " END), "
                                "  total(risk_group AND outcome = 'success'), "
                                "  total(CASE WHEN risk_group AND outcome = 'success' THEN " PARTIES " END), "
                                "  total(outcome = 'success' AND " FOLLOWED "), "
                                "  total(source = 'petition'), total(source = 'petition' AND outcome IS NOT NULL), "
                                "  total(source = 'petition' AND " FOLLOWED "), "
                                "  total(source = 'petition' AND (SELECT f.satisfaction FROM mediation_followup f "
                                "        WHERE f.case_id = c.id ORDER BY f.visited_on DESC, f.id DESC LIMIT 1) "
                                "        IN ('satisfied', 'basically')) "
                                "FROM mediation_case c WHERE c.intake_date BETWEEN ?1 AND ?2",
                                error);
#undef PARTIES
#undef FOLLOWED
  if (totals == NULL)
    return NULL;
  sqlite3_bind_text (totals, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (totals, 2, to, -1, SQLITE_STATIC);
  if (sqlite3_step (totals) != SQLITE_ROW)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL)
      *fields[i] = (guint) sqlite3_column_int64 (totals, (int) i);
  self->agreed_fen = sqlite3_column_int64 (totals, 5);

  types = cw_database_prepare (db,
                               "SELECT t.name, count(c.id) FROM mediation_type t "
                               "LEFT JOIN mediation_case c ON c.type = t.name AND c.intake_date BETWEEN ?1 AND ?2 "
                               "GROUP BY t.id HAVING t.retired = 0 OR count(c.id) > 0 "
                               "ORDER BY t.retired, t.position, t.id",
                               error);
  if (types == NULL)
    return NULL;
  sqlite3_bind_text (types, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (types, 2, to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (types)) == SQLITE_ROW)
    add_count (self->by_type, (const char *) sqlite3_column_text (types, 0), (guint) sqlite3_column_int (types, 1));
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }

  sources = cw_database_prepare (db,
                                 "SELECT count(*) FROM mediation_case "
                                 "WHERE source = ?3 AND intake_date BETWEEN ?1 AND ?2",
                                 error);
  if (sources == NULL)
    return NULL;
  sqlite3_bind_text (sources, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (sources, 2, to, -1, SQLITE_STATIC);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      sqlite3_reset (sources);
      sqlite3_bind_text (sources, 3, codes[i], -1, SQLITE_STATIC);
      if (sqlite3_step (sources) != SQLITE_ROW)
        {
          cw_database_fail (db, error);
          return NULL;
        }
      add_count (self->by_source, codes[i], (guint) sqlite3_column_int (sources, 0));
    }
  return g_steal_pointer (&self);
}

CwMediationStats *
cw_mediation_stats_for (CwDatabase  *db,
                        int          year,
                        int          quarter,
                        GError     **error)
{
  static const char * const starts[] = { "01-01", "01-01", "04-01", "07-01", "10-01" };
  static const char * const ends[] = { "12-31", "03-31", "06-30", "09-30", "12-31" };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (quarter >= 0 && quarter <= 4, NULL);

  from = g_strdup_printf ("%04d-%s", year, starts[quarter]);
  to = g_strdup_printf ("%04d-%s", year, ends[quarter]);
  return cw_mediation_stats_compute (db, from, to, error);
}

static double
rate (guint part,
      guint whole)
{
  return whole > 0 ? 100.0 * part / whole : -1;
}

double
cw_mediation_stats_success_rate (const CwMediationStats *self)
{
  return rate (self->success, self->success + self->failure);
}

double
cw_mediation_stats_petition_finished (const CwMediationStats *self)
{
  return rate (self->petitions_finished, self->petitions);
}

double
cw_mediation_stats_petition_satisfied (const CwMediationStats *self)
{
  return rate (self->petitions_satisfied, self->petitions_rated);
}

char *
cw_mediation_format_rate (double value)
{
  if (value < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.1f%%", value);
}
