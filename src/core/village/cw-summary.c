/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-summary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/grids/cw-grid-summary.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/village/cw-settings.h"
#include "core/notices/cw-notice-summary.h"
#include "core/village/cw-summary.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/finance/cw-finance-entry.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"

struct _CwSummary
{
  GObject    parent_instance;

  char      *village_name;
  char      *township;
  char      *county;
  guint      n_groups;
  GDateTime *last_backup;

  GPtrArray *counts;
  GPtrArray *attention;
};

G_DEFINE_FINAL_TYPE (CwSummary, cw_summary, G_TYPE_OBJECT)

/* A section adds what one register knows to the summary. The Overview's
 * numbers appear in the order of this table; a register that comes later
 * (households, points …) writes one such function and adds it here. */
typedef gboolean (*CwSummarySection) (CwSummary   *self,
                                      CwDatabase  *db,
                                      GError     **error);

static gboolean summarize_village  (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_groups   (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_households (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_operator (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_backups  (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_points   (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_mediation (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_benefits (CwSummary *self, CwDatabase *db, GError **error);
static gboolean summarize_finance  (CwSummary *self, CwDatabase *db, GError **error);

static const CwSummarySection sections[] = {
  summarize_village,
  summarize_groups,
  summarize_households,
  summarize_operator,
  summarize_backups,
  summarize_points,
  summarize_mediation,
  summarize_benefits,
  summarize_finance,
  cw_grid_summarize,
  cw_notice_summarize,
};

static void
count_free (gpointer data)
{
  CwSummaryCount *count = data;

  g_free (count->label);
  g_free (count->page);
  g_free (count);
}

static void
attention_free (gpointer data)
{
  CwSummaryAttention *item = data;

  g_free (item->title);
  g_free (item->detail);
  g_free (item->page);
  g_free (item);
}

static void
cw_summary_finalize (GObject *object)
{
  CwSummary *self = CW_SUMMARY (object);

  g_clear_pointer (&self->village_name, g_free);
  g_clear_pointer (&self->township, g_free);
  g_clear_pointer (&self->county, g_free);
  g_clear_pointer (&self->last_backup, g_date_time_unref);
  g_clear_pointer (&self->counts, g_ptr_array_unref);
  g_clear_pointer (&self->attention, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_summary_parent_class)->finalize (object);
}

static void
cw_summary_class_init (CwSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_summary_finalize;
}

static void
cw_summary_init (CwSummary *self)
{
  self->village_name = g_strdup ("");
  self->township = g_strdup ("");
  self->county = g_strdup ("");
  self->counts = g_ptr_array_new_with_free_func (count_free);
  self->attention = g_ptr_array_new_with_free_func (attention_free);
}

static gboolean
summarize_village (CwSummary   *self,
                   CwDatabase  *db,
                   GError     **error)
{
  g_autoptr(CwVillage) village = NULL;
  GError *local_error = NULL;

  village = cw_village_load (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* First start: nothing to say about a village that does not exist. */
  if (village == NULL)
    return TRUE;

  g_free (self->village_name);
  self->village_name = g_strdup (cw_village_get_name (village));
  g_free (self->township);
  self->township = g_strdup (cw_village_get_township (village));
  g_free (self->county);
  self->county = g_strdup (cw_village_get_county (village));

  return TRUE;
}

static gboolean
summarize_groups (CwSummary   *self,
                  CwDatabase  *db,
                  GError     **error)
{
  g_autoptr(GListModel) groups = NULL;

  groups = cw_village_group_list (db, FALSE, error);
  if (groups == NULL)
    return FALSE;

  self->n_groups = g_list_model_get_n_items (groups);
  cw_summary_add_count (self, _("Village groups"), self->n_groups, "settings");

  if (self->n_groups == 0)
    cw_summary_add_attention (self, CW_SUMMARY_WARNING,
                              _("No village groups yet"),
                              _("Add the village groups in Settings before registering households."),
                              "settings");

  return TRUE;
}

/* The count @sql gives, in *@n; FALSE with @error when it cannot be
 * read, so the overview says so instead of showing a figure of nothing. */
static gboolean
count_of (CwDatabase  *db,
          const char  *sql,
          gint64      *n,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  /* count(*) always has its row: anything else is a failed read. */
  if (stmt == NULL || cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *n = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Households: how many are in the register and how many people live in
 * them; households that cannot be phoned are worth a look. */
static gboolean
summarize_households (CwSummary   *self,
                      CwDatabase  *db,
                      GError     **error)
{
  gint64 households = 0, persons = 0, no_phone = 0;

  if (!count_of (db, "SELECT count(*) FROM household WHERE status = 'active'", &households, error) ||
      !count_of (db,
                 "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
                 "WHERE h.status = 'active' AND p.status IN ('active', 'migrant')",
                 &persons, error))
    return FALSE;

  /* A village that has not begun its register hears about it on the
   * households page itself. */
  if (households == 0)
    return TRUE;

  cw_summary_add_count (self, C_("count", "Households"), households, "households");
  cw_summary_add_count (self, _("Registered persons"), persons, "households");

  /* Neither the household nor any present member has a phone. */
  if (!count_of (db,
                 "SELECT count(*) FROM household h WHERE h.status = 'active' "
                 "AND h.phone = '' AND NOT EXISTS (SELECT 1 FROM person p "
                 "WHERE p.household_id = h.id AND p.status IN ('active', 'migrant') "
                 "AND p.phone <> '')",
                 &no_phone, error))
    return FALSE;
  if (no_phone > 0)
    {
      g_autofree char *title = NULL;

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u household cannot be phoned",
                                            "%u households cannot be phoned",
                                            (gulong) no_phone),
                               (guint) no_phone);
      cw_summary_add_attention (self, CW_SUMMARY_INFO, title,
                                _("Neither the household nor any of its members has a phone number in the register."),
                                "households");
    }

  return TRUE;
}

static gboolean
summarize_operator (CwSummary   *self,
                    CwDatabase  *db,
                    GError     **error)
{
  g_autofree char *name = cw_settings_get_operator (db);

  if (name == NULL)
    cw_summary_add_attention (self, CW_SUMMARY_INFO,
                              _("Your name is not set"),
                              _("Every change is recorded with the name of the person who made it."),
                              "settings");

  return TRUE;
}

static GDateTime *
file_modified (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return NULL;

  return g_date_time_new_from_unix_local (buf.st_mtime);
}

static int
days_between (GDateTime *earlier,
              GDateTime *later)
{
  g_autoptr(GDate) a = NULL;
  g_autoptr(GDate) b = NULL;
  int y, m, d;

  /* Calendar days, not 24-hour spans: yesterday evening is one day ago. */
  g_date_time_get_ymd (earlier, &y, &m, &d);
  a = g_date_new_dmy (d, m, y);
  g_date_time_get_ymd (later, &y, &m, &d);
  b = g_date_new_dmy (d, m, y);

  return g_date_days_between (a, b);
}

static gboolean
summarize_backups (CwSummary   *self,
                   CwDatabase  *db,
                   GError     **error)
{
  const char *path = cw_database_get_path (db);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = NULL;
  int days;

  /* An in-memory database (tests) has nothing to back up. */
  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:"))
    return TRUE;

  backups = cw_backup_list (path);
  if (backups != NULL && backups->len > 0)
    self->last_backup = file_modified (g_ptr_array_index (backups, 0));

  if (self->last_backup == NULL)
    {
      cw_summary_add_attention (self, CW_SUMMARY_WARNING,
                                _("Never backed up"),
                                _("Make a backup in Settings and keep a copy on a USB stick."),
                                "settings");
      return TRUE;
    }

  now = g_date_time_new_now_local ();
  days = days_between (self->last_backup, now);
  if (days >= CW_SUMMARY_BACKUP_DAYS)
    {
      g_autofree char *title = NULL;

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "No backup for %d day",
                                            "No backup for %d days",
                                            days),
                               days);
      cw_summary_add_attention (self, CW_SUMMARY_WARNING, title,
                                _("Make a backup in Settings and keep a copy on a USB stick."),
                                "settings");
    }

  return TRUE;
}

/* Points: this quarter's reviewed points, what waits for review, and a
 * quarter that is over but not yet on the notice board. */
static gboolean
summarize_points (CwSummary   *self,
                  CwDatabase  *db,
                  GError     **error)
{
  g_autofree char *today = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *previous = NULL;
  g_auto(GStrv) quarters = NULL;
  GDate date;
  gint64 points = 0;
  gboolean published = TRUE;
  guint n;

  cw_date_today (&date);
  today = cw_date_format (&date);
  quarter = cw_quarter_of_date (today);

  /* Sums, not the tally: the overview opens at once at township scale. */
  if (!cw_point_tally_total (db, CW_SCHEME_HOUSEHOLD, quarter, &points, error))
    return FALSE;

  /* A village that does not use points yet is not told about them. */
  quarters = cw_point_quarter_list (db);
  if (quarters == NULL || quarters[0] == NULL)
    return TRUE;

  cw_summary_add_count (self, _("Points this quarter"), points, "points");

  n = cw_point_entry_count_pending (db);
  if (n > 0)
    {
      g_autofree char *title = NULL;

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u point entry waiting for review",
                                            "%u point entries waiting for review",
                                            n),
                               n);
      cw_summary_add_attention (self, CW_SUMMARY_INFO, title,
                                _("Entries count towards the tally and the balances once they are reviewed."),
                                "points");
    }

  previous = cw_quarter_previous (quarter);
  if (g_strv_contains ((const char * const *) quarters, previous) &&
      !cw_point_quarter_get_publication (db, previous, &published, NULL, NULL, error))
    return FALSE;
  if (!published)
    {
      g_autofree char *label = cw_quarter_label (previous);
      g_autofree char *title = NULL;

      /* Translators: %s is a quarter, e.g. 2026年第二季度 */
      title = g_strdup_printf (_("%s is not yet published"), label);
      cw_summary_add_attention (self, CW_SUMMARY_INFO, title,
                                _("Review its entries, then publish the tally on the Points page and print the announcement."),
                                "points");
    }

  return TRUE;
}

static gboolean
summarize_finance (CwSummary   *self,
                   CwDatabase  *db,
                   GError     **error)
{
  guint n = cw_finance_entry_count_pending (db);
  g_autofree char *title = NULL;

  if (n == 0)
    return TRUE;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u ledger entry waiting for the supervision committee’s review",
                                        "%u ledger entries waiting for the supervision committee’s review", n),
                           n);
  cw_summary_add_attention (self, CW_SUMMARY_INFO, title,
                            _("The disclosure counts entries once they are reviewed; a month is closed once all "
                              "of its entries are."),
                            "finance");
  return TRUE;
}

/**
 * cw_summary_load:
 * @db: an open database
 * @error: return location for an error
 *
 * Computes what the Overview page shows.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
CwSummary *
cw_summary_load (CwDatabase  *db,
                 GError     **error)
{
  g_autoptr(CwSummary) self = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CW_TYPE_SUMMARY, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (!sections[i] (self, db, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
cw_summary_get_village_name (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->village_name;
}

const char *
cw_summary_get_township (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->township;
}

const char *
cw_summary_get_county (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->county;
}

guint
cw_summary_get_n_groups (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), 0);

  return self->n_groups;
}

GDateTime *
cw_summary_get_last_backup (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->last_backup;
}

GPtrArray *
cw_summary_get_counts (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->counts;
}

GPtrArray *
cw_summary_get_attention (CwSummary *self)
{
  g_return_val_if_fail (CW_IS_SUMMARY (self), NULL);

  return self->attention;
}

void
cw_summary_add_count (CwSummary  *self,
                      const char *label,
                      gint64      value,
                      const char *page)
{
  CwSummaryCount *count;

  g_return_if_fail (CW_IS_SUMMARY (self));
  g_return_if_fail (label != NULL);

  count = g_new0 (CwSummaryCount, 1);
  count->label = g_strdup (label);
  count->value = value;
  count->page = g_strdup (page);
  g_ptr_array_add (self->counts, count);
}

void
cw_summary_add_attention (CwSummary         *self,
                          CwSummarySeverity  severity,
                          const char        *title,
                          const char        *detail,
                          const char        *page)
{
  CwSummaryAttention *item;
  guint position;

  g_return_if_fail (CW_IS_SUMMARY (self));
  g_return_if_fail (title != NULL);

  item = g_new0 (CwSummaryAttention, 1);
  item->severity = severity;
  item->title = g_strdup (title);
  item->detail = g_strdup (detail);
  item->page = g_strdup (page);

  /* Warnings before notes; otherwise in the order the sections found them. */
  position = self->attention->len;
  if (severity == CW_SUMMARY_WARNING)
    {
      position = 0;
      while (position < self->attention->len &&
             ((CwSummaryAttention *) g_ptr_array_index (self->attention, position))->severity == CW_SUMMARY_WARNING)
        position++;
    }
  g_ptr_array_insert (self->attention, position, item);
}

/* The deadlines board in short: what is late, and what comes due this
 * week, naming the first few cases. */
static gboolean
summarize_mediation (CwSummary   *self,
                     CwDatabase  *db,
                     GError     **error)
{
  g_autoptr(GListModel) lines = cw_mediation_due_list (db, NULL, error);
  g_autoptr(GString) late_cases = g_string_new (NULL);
  g_autoptr(GString) soon_cases = g_string_new (NULL);
  guint late = 0, soon = 0;
  gint64 open = 0;

  if (lines == NULL ||
      !count_of (db, "SELECT count(*) FROM mediation_case WHERE outcome IS NULL", &open, error))
    return FALSE;
  if (open == 0 && g_list_model_get_n_items (lines) == 0)
    return TRUE;
  cw_summary_add_count (self, _("Open mediation cases"), open, "mediation");
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);
      gboolean is_late = cw_mediation_due_get_days_left (due) < 0;
      GString *cases = is_late ? late_cases : soon_cases;
      guint n = is_late ? ++late : ++soon;

      if (n <= 3)
        /* Translators: one deadline in the Overview: the case number and what is due */
        g_string_append_printf (cases, _("%s%s (%s, %s)"), n > 1 ? _("; ") : "", cw_mediation_due_get_number (due),
                                cw_mediation_due_get_what (due), cw_mediation_due_get_due (due));
    }
  if (late > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mediation deadline is past",
                                                             "%u mediation deadlines are past", late), late);

      cw_summary_add_attention (self, CW_SUMMARY_WARNING, title, late_cases->str, "mediation");
    }
  if (soon > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mediation deadline in the coming week",
                                                             "%u mediation deadlines in the coming week", soon), soon);

      cw_summary_add_attention (self, CW_SUMMARY_INFO, title, soon_cases->str, "mediation");
    }
  return TRUE;
}

/* Money approved but not yet handed out. */
static gboolean
summarize_benefits (CwSummary   *self,
                    CwDatabase  *db,
                    GError     **error)
{
  guint n = cw_beneficiary_count_waiting (db);
  g_autofree char *title = NULL;

  if (n == 0)
    return TRUE;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person waiting for a benefit",
                                        "%u persons waiting for a benefit", n),
                           n);
  cw_summary_add_attention (self, CW_SUMMARY_INFO, title,
                            _("Approved lists not paid yet: pay them against the signature sheet."), "benefits");
  return TRUE;
}
