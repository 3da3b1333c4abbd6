/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo-benefits"

#include "config.h"

#include <string.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-private.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-date.h"
#include "core/village/cw-village-role.h"
#include "core/households/cw-double-ninth.h"
#include "core/village/cw-demo-private.h"

/* The year's Double-Ninth gift (men 60, women 55, ¥100), approved a week
 * before the day and, once the day has come, paid on it but for a few who
 * did not come; Spring Festival visits to empty-nest households (a draft);
 * three new students of land-holding families rewarded by hand; a
 * 文明卫生户 per group last year and star grades for one household in ten. */
static gboolean
add_programme (CwDatabase          *db,
               CwBenefitProgramme  *programme,
               GError             **error)
{
  return cw_benefit_programme_add (db, programme, error);
}

static gboolean
double_ninth (CwDatabase  *db,
              GRand       *rand,
              int          year,
              const char  *today,
              GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autofree char *day = NULL, *reviewed = NULL;
  guint n_listed = 0;
  GDate from, date;

  g_date_clear (&from, 1);
  g_date_set_dmy (&from, 1, 1, (GDateYear) year);
  if (!cw_double_ninth_next (&from, &date))
    return TRUE;
  day = cw_date_format (&date);
  g_date_subtract_days (&date, 7);
  reviewed = cw_date_format (&date);

  programme = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "重阳节慰问", "kind", CW_BENEFIT_KIND_VISIT,
                            "date", day, "amount", (gint64) 10000, "min-age-male", 60, "min-age-female", 55, NULL);
  if (!add_programme (db, programme, error))
    return FALSE;
  if (strcmp (reviewed, today) > 0)
    return TRUE;
  if (!cw_benefit_programme_approve (db, cw_benefit_programme_get_id (programme), reviewed, NULL, NULL, error))
    return FALSE;
  if (strcmp (day, today) > 0)
    return TRUE;

  /* One in fifty does not come for it; a tiny village may have nobody
   * left to pay. */
  rows = cw_beneficiary_list (db, cw_benefit_programme_get_id (programme), error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);

      if (g_rand_int_range (rand, 0, 50) != 0)
        n_listed++;
      else if (!cw_beneficiary_set_not_collected (db, cw_beneficiary_get_id (row), day, "外出未归", error))
        return FALSE;
    }
  if (n_listed == 0)
    return TRUE;
  return cw_beneficiary_pay (db, cw_benefit_programme_get_id (programme), 0, day, "会计", NULL, error);
}

static gboolean
new_students (CwDatabase  *db,
              GRand       *rand,
              int          year,
              GError     **error)
{
  static const struct { const char *school; gint64 amount; } schools[] = {
    { "清华大学", 1000000 }, { "武汉大学（985）", 500000 }, { "湖南师范大学（本科）", 200000 },
  };
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *day = g_strdup_printf ("%04d-09-01", year);
  g_autofree char *born_from = g_strdup_printf ("%04d-09-01", year - 19);
  g_autofree char *born_to = g_strdup_printf ("%04d-08-31", year - 17);
  guint n = 0;

  programme = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "大学新生奖励", "kind", CW_BENEFIT_KIND_REWARD,
                            "date", day, "amount", (gint64) 200000, "by-hand", TRUE, "flag", "参与土地分配",
                            "needs-representatives", TRUE, NULL);
  if (!add_programme (db, programme, error))
    return FALSE;
  stmt = cw_database_prepare (db,
                              "SELECT id FROM person WHERE status IN ('active', 'migrant') "
                              "AND birth_date BETWEEN ?1 AND ?2 ORDER BY id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, born_from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, born_to, -1, SQLITE_STATIC);
  while (n < G_N_ELEMENTS (schools) && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 person = sqlite3_column_int64 (stmt, 0);

      if (g_rand_int_range (rand, 0, 4) != 0)
        continue;
      if (!cw_benefit_flag_set (db, person, "参与土地分配", "2000-01-01", error) ||
          !cw_beneficiary_add (db, cw_benefit_programme_get_id (programme), person, schools[n].amount,
                               schools[n].school, error))
        return FALSE;
      n++;
    }
  return TRUE;
}

/* The year's awards reviewed, approved by the representatives and the
 * prizes paid before the year ends, as the office does; a village that
 * records no representatives leaves them waiting. */
static gboolean
approve_awards (CwDatabase  *db,
                int          year,
                GError     **error)
{
  g_autofree char *reviewed = g_strdup_printf ("%04d-12-25", year);
  g_autofree char *approved = g_strdup_printf ("%04d-12-28", year);
  g_autofree char *paid = g_strdup_printf ("%04d-12-30", year);
  g_autoptr(GListModel) list = NULL;

  if (cw_village_role_count (db, CW_ROLE_REPRESENTATIVE, approved) == 0)
    return TRUE;
  list = cw_award_list (db, year, FALSE, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CwAward) award = g_list_model_get_item (list, i);

      if (!cw_award_approve (db, cw_award_get_id (award), reviewed, NULL, approved, error) ||
          (cw_award_get_amount (award) > 0 &&
           !cw_award_pay (db, cw_award_get_id (award), paid, "会计", NULL, error)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
awards (CwDatabase  *db,
        GRand       *rand,
        int          year,
        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT h.number, h.group_id FROM household h WHERE h.status = 'active' "
                             "ORDER BY h.group_id, h.number", error);
  g_autofree char *decided = g_strdup_printf ("%04d-12-20", year);
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *number = (const char *) sqlite3_column_text (stmt, 0);
      gint64 group = sqlite3_column_int64 (stmt, 1);

      if (!g_hash_table_contains (named, GSIZE_TO_POINTER (group)) && g_rand_int_range (rand, 0, 20) == 0)
        {
          g_hash_table_add (named, GSIZE_TO_POINTER (group));
          if (!cw_award_add_civilized (db, year, number, 50000, NULL, decided, error))
            return FALSE;
        }
      if (g_rand_int_range (rand, 0, 10) == 0 &&
          !cw_award_set_stars (db, year, number, g_rand_int_range (rand, 1, 6), "", decided, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    return cw_database_fail (db, error);
  return approve_awards (db, year, error);
}

gboolean
cw_demo_benefits_fill (CwDatabase  *db,
                       GRand       *rand,
                       GError     **error)
{
  g_autofree char *today = cw_date_today_text ();
  int year = (int) g_ascii_strtoll (today, NULL, 10);
  g_autoptr(CwBenefitProgramme) spring = NULL;
  g_autofree char *spring_day = g_strdup_printf ("%04d-01-20", year + 1);

  if (!double_ninth (db, rand, year, today, error) || !new_students (db, rand, year, error) ||
      !awards (db, rand, year - 1, error))
    return FALSE;
  spring = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", "春节走访慰问", "kind", CW_BENEFIT_KIND_VISIT,
                         "date", spring_day, "per", CW_BENEFIT_PER_HOUSEHOLD, "amount", (gint64) 20000,
                         "in-kind", "米一袋、油一桶", "tag", "空巢", NULL);
  return add_programme (db, spring, error);
}
