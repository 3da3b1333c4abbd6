/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "report/points/cw-points-export.h"
#include "report/common/cw-workbook.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-rows.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"
#include "core/village/cw-village.h"

/* Often enough for a smooth progress bar and a prompt cancel, rarely
 * enough to cost nothing at a million entries. */
#define PROGRESS_EVERY 1024

typedef struct
{
  CwWorkbook           *workbook;
  guint                 done;
  guint                 total;
  CwExportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;
} Export;

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED, _("The export was cancelled."));
  return TRUE;
}

static gboolean
count_row (Export  *export,
           GError **error)
{
  export->done++;
  if (export->done % PROGRESS_EVERY != 0)
    return TRUE;
  if (check_cancelled (export->cancellable, error))
    return FALSE;
  if (export->progress != NULL)
    export->progress (export->done, MAX (export->done, export->total), export->user_data);
  return TRUE;
}

/* The groups of the tally, in its order, with their rows. */
typedef struct
{
  const char *name;
  guint       first;
  guint       n;
  gint64      quarter_points;
} TallyGroup;

static GArray *
tally_groups (GListModel *tally)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (TallyGroup));
  guint n = g_list_model_get_n_items (tally);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      const char *name = cw_point_tally_row_get_group_name (row);
      TallyGroup *last = groups->len > 0 ? &g_array_index (groups, TallyGroup, groups->len - 1) : NULL;

      /* The name stays valid: the tally holds the row. */
      if (last == NULL || !g_str_equal (last->name, name))
        {
          TallyGroup group = { name, i, 0, 0 };

          g_array_append_val (groups, group);
          last = &g_array_index (groups, TallyGroup, groups->len - 1);
        }
      last->n++;
      last->quarter_points += cw_point_tally_row_get_quarter_points (row);
    }
  return groups;
}

#define NUMBER_TEXT_SIZE 24

static void
number_text (char   *buffer,
             gint64  value)
{
  g_snprintf (buffer, NUMBER_TEXT_SIZE, "%" G_GINT64_FORMAT, value);
}

static gboolean
write_summary (Export      *export,
               GListModel  *tally,
               GArray      *groups,
               GPtrArray   *sums,
               gboolean     party,
               const char  *title,
               const char  *note,
               GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Village group"), CW_WORKBOOK_TEXT, 8, 20 },
    { party ? _("Party members") : C_("count", "Households"), CW_WORKBOOK_NUMBER, 8, 12 },
    { _("Points issued"), CW_WORKBOOK_NUMBER, 10, 14 },
    { _("Points deducted"), CW_WORKBOOK_NUMBER, 10, 14 },
    { _("Net points"), CW_WORKBOOK_NUMBER, 10, 14 },
    { _("Points redeemed"), CW_WORKBOOK_NUMBER, 10, 14 },
  };
  CwWorkbookSheet sheet = { 0 };
  gint64 totals[5] = { 0 };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  sheet.name = _("Summary");
  sheet.title = title;
  sheet.note = note;
  sheet.columns = columns;
  /* Party members have no shop. */
  sheet.n_columns = party ? G_N_ELEMENTS (columns) - 1 : G_N_ELEMENTS (columns);
  sheet.portrait = TRUE;
  if (!cw_workbook_add_sheet (export->workbook, &sheet, error))
    return FALSE;

  /* Every group of the tally, then any group that has points but nobody
   * listed (a household moved to another group since). */
  for (guint g = 0; g < groups->len; g++)
    g_ptr_array_add (names, (gpointer) g_array_index (groups, TallyGroup, g).name);
  for (guint s = 0; s < sums->len; s++)
    {
      CwPointGroupSums *group_sums = g_ptr_array_index (sums, s);
      gboolean listed = FALSE;

      for (guint i = 0; i < names->len && !listed; i++)
        listed = g_str_equal (g_ptr_array_index (names, i), group_sums->group_name);
      if (!listed)
        g_ptr_array_add (names, group_sums->group_name);
    }

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gint64 figures[5] = { 0 };
      char texts[5][NUMBER_TEXT_SIZE];
      const char *values[6];

      if (i < groups->len)
        figures[0] = g_array_index (groups, TallyGroup, i).n;
      for (guint s = 0; s < sums->len; s++)
        {
          CwPointGroupSums *group_sums = g_ptr_array_index (sums, s);

          if (g_str_equal (group_sums->group_name, name))
            {
              figures[1] = group_sums->issued;
              figures[2] = group_sums->deducted;
              figures[4] = group_sums->redeemed;
            }
        }
      figures[3] = figures[1] - figures[2];

      values[0] = name;
      for (guint c = 0; c < 5; c++)
        {
          totals[c] += figures[c];
          number_text (texts[c], figures[c]);
          values[c + 1] = texts[c];
        }
      if (!cw_workbook_write_row (export->workbook, values, error))
        return FALSE;
    }

  {
    char texts[5][NUMBER_TEXT_SIZE];
    const char *values[6];

    values[0] = _("Total");
    for (guint c = 0; c < 5; c++)
      {
        number_text (texts[c], totals[c]);
        values[c + 1] = texts[c];
      }
    if (!cw_workbook_write_row (export->workbook, values, error))
      return FALSE;
  }

  return cw_workbook_write_total (export->workbook,
                                  party
                                  ? _("Issued and deducted count reviewed entries only (a reversal counts as "
                                      "deducted); net is the quarter’s points of the ranking sheets.")
                                  : _("Issued and deducted count reviewed entries only (a reversal counts as "
                                      "deducted); net is the quarter’s points of the ranking sheets; redeemed "
                                      "counts the shop’s redemptions dated in the quarter, voided ones left out."),
                                  error);
}

static gboolean
write_ranking (Export      *export,
               GListModel  *tally,
               TallyGroup  *group,
               gboolean     party,
               const char  *village_and_quarter,
               const char  *note,
               GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Household number"), CW_WORKBOOK_CODE, 6, 16 },
    { party ? _("Party member") : _("Head of household"), CW_WORKBOOK_TEXT, 8, 20 },
    { _("This quarter"), CW_WORKBOOK_NUMBER, 8, 12 },
    { _("Year to date"), CW_WORKBOOK_NUMBER, 8, 12 },
    { party ? _("Total earned") : _("Balance"), CW_WORKBOOK_NUMBER, 8, 12 },
    { _("Village rank"), CW_WORKBOOK_NUMBER, 8, 10 },
    { _("Group rank"), CW_WORKBOOK_NUMBER, 8, 10 },
  };
  CwWorkbookSheet sheet = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *total = NULL;
  char sum[NUMBER_TEXT_SIZE];

  /* Translators: a ranking sheet's title: the village and quarter, the
   * village group; "%s积分排名（%s）" */
  title = g_strdup_printf (_("%s points ranking: %s"), village_and_quarter, group->name);
  sheet.name = group->name;
  sheet.title = title;
  sheet.note = note;
  sheet.columns = columns;
  sheet.n_columns = G_N_ELEMENTS (columns);
  sheet.portrait = TRUE;
  if (!cw_workbook_add_sheet (export->workbook, &sheet, error))
    return FALSE;

  for (guint i = group->first; i < group->first + group->n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      char numbers[5][NUMBER_TEXT_SIZE];
      const char *values[7];

      number_text (numbers[0], cw_point_tally_row_get_quarter_points (row));
      number_text (numbers[1], cw_point_tally_row_get_year_points (row));
      number_text (numbers[2], cw_point_tally_row_get_balance (row));
      number_text (numbers[3], cw_point_tally_row_get_rank (row));
      number_text (numbers[4], cw_point_tally_row_get_group_rank (row));
      values[0] = cw_point_tally_row_get_number (row);
      values[1] = cw_point_tally_row_get_name (row);
      for (guint c = 0; c < 5; c++)
        values[c + 2] = numbers[c];
      if (!cw_workbook_write_row (export->workbook, values, error) || !count_row (export, error))
        return FALSE;
    }

  number_text (sum, group->quarter_points);
  total = party
    /* Translators: under a ranking sheet: "合计 %u 名党员，本季积分 %s" */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u party member, %s points this quarter",
                                    "Total: %u party members, %s points this quarter", group->n),
                       group->n, sum)
    /* Translators: under a ranking sheet: "合计 %u 户，本季积分 %s" */
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u household, %s points this quarter",
                                    "Total: %u households, %s points this quarter", group->n),
                       group->n, sum);
  return cw_workbook_write_total (export->workbook, total, error);
}

static gboolean
write_entry_row (const char * const  *row,
                 gpointer             user_data,
                 GError             **error)
{
  Export *export = user_data;

  return cw_workbook_write_row (export->workbook, row, error) && count_row (export, error);
}

static gboolean
write_entries (Export      *export,
               CwDatabase  *db,
               const char  *scheme,
               const char  *quarter,
               const char  *village_and_quarter,
               const char  *note,
               GError     **error)
{
  gboolean party = g_str_equal (scheme, CW_SCHEME_PARTY);
  /* In the order of CwPointRowColumn. */
  const CwWorkbookColumn columns[CW_POINT_ROW_N_COLUMNS] = {
    [CW_POINT_ROW_DATE]        = { _("Date"), CW_WORKBOOK_DATE, 12, 12 },
    [CW_POINT_ROW_NUMBER]      = { _("Household number"), CW_WORKBOOK_CODE, 6, 16 },
    [CW_POINT_ROW_NAME]        = { party ? _("Party member") : _("Head of household"), CW_WORKBOOK_TEXT, 8, 20 },
    [CW_POINT_ROW_GROUP]       = { _("Village group"), CW_WORKBOOK_CENTER, 8, 16 },
    [CW_POINT_ROW_RULE_CODE]   = { _("Rule code"), CW_WORKBOOK_CODE, 8, 12 },
    [CW_POINT_ROW_DESCRIPTION] = { _("Rule"), CW_WORKBOOK_TEXT, 16, 40 },
    [CW_POINT_ROW_QUANTITY]    = { _("Quantity"), CW_WORKBOOK_NUMBER, 6, 8 },
    [CW_POINT_ROW_POINTS]      = { _("Points"), CW_WORKBOOK_NUMBER, 6, 8 },
    [CW_POINT_ROW_NOTE]        = { _("Note"), CW_WORKBOOK_TEXT, 10, 30 },
    [CW_POINT_ROW_REVIEWED_BY] = { _("Reviewed by"), CW_WORKBOOK_CENTER, 8, 12 },
  };
  CwWorkbookSheet sheet = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *total = NULL;
  guint before = export->done;
  guint n;

  /* Translators: the entries sheet's title: the village and quarter;
   * "%s积分明细（已审核）" */
  title = g_strdup_printf (_("%s reviewed point entries"), village_and_quarter);
  sheet.name = _("Entries");
  sheet.title = title;
  sheet.note = note;
  sheet.columns = columns;
  sheet.n_columns = CW_POINT_ROW_N_COLUMNS;
  sheet.portrait = FALSE;
  if (!cw_workbook_add_sheet (export->workbook, &sheet, error))
    return FALSE;

  if (!cw_point_rows_foreach_entry (db, scheme, quarter, write_entry_row, export, error))
    return FALSE;

  n = export->done - before;
  /* Translators: under the entries sheet: "合计 %u 条" */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u entry", "Total: %u entries", n), n);
  return cw_workbook_write_total (export->workbook, total, error);
}

static char *
village_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  return g_strdup (village != NULL ? cw_village_get_name (village) : "");
}

gboolean
cw_points_export_quarter (CwDatabase            *db,
                          const char            *scheme,
                          const char            *quarter,
                          const char            *path,
                          CwExportProgressFunc   progress,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autoptr(GListModel) tally = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autoptr(GPtrArray) sums = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *label = NULL;
  g_autofree char *village = NULL;
  g_autofree char *village_and_quarter = NULL;
  g_autofree char *summary_title = NULL;
  g_autofree char *note = NULL;
  g_autofree char *today = NULL;
  gboolean party;
  gint64 n_entries;
  Export export = { 0 };
  GDate date;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (quarter != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!cw_quarter_parse (quarter, &canonical, error))
    return FALSE;
  /* Everything is read before a file is made: a bad scheme or a database
   * error leaves nothing behind. */
  tally = cw_point_tally_quarter (db, scheme, canonical, error);
  if (tally == NULL)
    return FALSE;
  sums = cw_point_rows_group_sums (db, scheme, canonical, error);
  if (sums == NULL)
    return FALSE;
  n_entries = cw_point_rows_count_entries (db, scheme, canonical, error);
  if (n_entries < 0)
    return FALSE;
  party = g_str_equal (scheme, CW_SCHEME_PARTY);
  groups = tally_groups (tally);

  workbook = cw_workbook_new (path, error);
  if (workbook == NULL)
    return FALSE;

  village = village_name (db);
  label = cw_quarter_label (canonical);
  /* Translators: the village and the quarter as a title begins,
   * "%s%s", e.g. 青山村2026年第三季度 */
  village_and_quarter = g_strdup_printf (C_("village and quarter", "%s %s"), village, label);
  summary_title = party
    /* Translators: the summary sheet's title: "%s党员积分汇总" */
    ? g_strdup_printf (_("%s party members’ points summary"), village_and_quarter)
    /* Translators: the summary sheet's title: "%s积分汇总" */
    : g_strdup_printf (_("%s points summary"), village_and_quarter);
  cw_date_today (&date);
  today = cw_date_format (&date);
  /* Translators: right of a workbook's title, %s is a date YYYY-MM-DD */
  note = g_strdup_printf (_("Exported %s"), today);

  export.workbook = workbook;
  export.total = g_list_model_get_n_items (tally) + (guint) n_entries;
  export.progress = progress;
  export.user_data = user_data;
  export.cancellable = cancellable;
  if (progress != NULL)
    progress (0, export.total, user_data);

  if (!write_summary (&export, tally, groups, sums, party, summary_title, note, error))
    return FALSE;
  for (guint g = 0; g < groups->len; g++)
    if (!write_ranking (&export, tally, &g_array_index (groups, TallyGroup, g), party,
                        village_and_quarter, note, error))
      return FALSE;
  if (!write_entries (&export, db, scheme, canonical, village_and_quarter, note, error))
    return FALSE;

  if (check_cancelled (cancellable, error))
    return FALSE;
  if (!cw_workbook_close (workbook, error))
    return FALSE;
  if (progress != NULL)
    progress (export.done, export.done, user_data);
  return TRUE;
}
