/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notices-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice.h"
#include "report/common/cw-workbook.h"
#include "report/notices/cw-notices-export.h"

/* Often enough for a prompt cancel and a moving bar, rarely enough to
 * cost nothing. */
#define PROGRESS_EVERY 16

typedef struct
{
  CwWorkbook           *book;
  guint                 done;
  guint                 total;
  CwExportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;
} Export;

static gboolean
check_cancelled (Export  *export,
                 GError **error)
{
  if (!g_cancellable_is_cancelled (export->cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED, _("The export was cancelled."));
  return TRUE;
}

/* Writes @row and counts it. */
static gboolean
write_row (Export             *export,
           const char * const *row,
           GError            **error)
{
  if (!cw_workbook_write_row (export->book, row, error))
    return FALSE;
  if (++export->done % PROGRESS_EVERY != 0)
    return TRUE;
  if (check_cancelled (export, error))
    return FALSE;
  if (export->progress != NULL)
    export->progress (export->done, MAX (export->done, export->total), export->user_data);
  return TRUE;
}

static gboolean
write_notices (Export      *export,
               GListModel  *notices,
               int          year,
               const char  *on,
               GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Number"), CW_WORKBOOK_CODE, 9, 0 },
    { _("Kind"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Catalogue item"), CW_WORKBOOK_TEXT, 12, 24 },
    { _("Period"), CW_WORKBOOK_CODE, 8, 0 },
    { _("Title"), CW_WORKBOOK_TEXT, 20, 40 },
    { _("Publicity from"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Publicity to"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Reviewed by"), CW_WORKBOOK_TEXT, 10, 24 },
    { _("Joint meeting"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Posted on"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Where"), CW_WORKBOOK_TEXT, 8, 20 },
    { _("State"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Withdrawn on"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Reason"), CW_WORKBOOK_TEXT, 8, 30 },
  };
  g_autofree char *title = g_strdup_printf (_("Notices of %d"), year);
  g_autofree char *note = g_strdup_printf (_("As on %s"), on);
  const CwWorkbookSheet sheet = { _("Notices"), title, note, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (export->book, &sheet, error))
    return FALSE;
  /* Oldest first, as a ledger reads. */
  for (guint i = g_list_model_get_n_items (notices); i > 0; i--)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i - 1);
      const char *row[G_N_ELEMENTS (columns)] = {
        cw_notice_get_number (notice), cw_notice_kind_name (cw_notice_get_kind (notice)),
        cw_notice_get_item_name (notice), cw_notice_get_period (notice), cw_notice_get_title (notice),
        cw_notice_get_from (notice), cw_notice_get_to (notice), cw_notice_get_reviewers (notice),
        cw_notice_get_settled_date (notice), cw_notice_get_posted_date (notice), cw_notice_get_posted_place (notice),
        cw_notice_state_name (cw_notice_get_state_on (notice, on)), cw_notice_get_withdrawn_date (notice),
        cw_notice_get_withdrawn_reason (notice),
      };
      if (!write_row (export, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_calendar (Export      *export,
                GPtrArray   *entries,
                int          year,
                const char  *on,
                GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Catalogue item"), CW_WORKBOOK_TEXT, 14, 24 },
    { _("Kind"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Cadence"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Period"), CW_WORKBOOK_CODE, 8, 0 },
    { _("Due by"), CW_WORKBOOK_DATE, 11, 0 },
    { _("State"), CW_WORKBOOK_CENTER, 6, 0 },
    { _("Notice"), CW_WORKBOOK_CODE, 9, 0 },
    { _("Posted on"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Notices posted"), CW_WORKBOOK_NUMBER, 6, 0 },
  };
  g_autofree char *title = g_strdup_printf (_("Disclosure calendar of %d"), year);
  g_autofree char *note = g_strdup_printf (_("As on %s"), on);
  const CwWorkbookSheet sheet = { _("Calendar"), title, note, columns, G_N_ELEMENTS (columns), FALSE };
  guint counts[CW_N_DUE_STATES] = { 0 };
  g_autofree char *total = NULL;

  if (!cw_workbook_add_sheet (export->book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      CwCalendarEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *count = g_strdup_printf ("%u", entry->count);
      const char *row[G_N_ELEMENTS (columns)] = {
        cw_notice_item_get_name (entry->item), cw_notice_kind_name (cw_notice_item_get_kind (entry->item)),
        cw_cadence_name (cw_notice_item_get_cadence (entry->item)), entry->period, entry->due,
        cw_due_state_name (entry->state), entry->number, entry->posted, count,
      };
      counts[entry->state]++;
      if (!write_row (export, row, error))
        return FALSE;
    }
  /* Translators: the calendar's total line */
  total = g_strdup_printf (_("On time %u, late %u, missing %u, due %u"), counts[CW_DUE_ON_TIME],
                           counts[CW_DUE_LATE], counts[CW_DUE_MISSING], counts[CW_DUE_OPEN]);
  return cw_workbook_write_total (export->book, total, error);
}

static char *
count_text (gint64 value)
{
  return value >= 0 ? g_strdup_printf ("%lld", (long long) value) : g_strdup ("");
}

static gboolean
write_decisions (Export      *export,
                 GListModel  *decisions,
                 int          year,
                 GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Number"), CW_WORKBOOK_CODE, 8, 0 },
    { _("Matter"), CW_WORKBOOK_TEXT, 16, 30 },
    { _("Raised"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Step"), CW_WORKBOOK_TEXT, 12, 20 },
    { _("Date"), CW_WORKBOOK_DATE, 11, 0 },
    { _("Meeting"), CW_WORKBOOK_CENTER, 8, 0 },
    { _("Due to attend"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Present"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("For"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Against"), CW_WORKBOOK_NUMBER, 5, 0 },
    { C_("count", "Households"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Households present"), CW_WORKBOOK_NUMBER, 5, 0 },
    { _("Valid"), CW_WORKBOOK_CENTER, 4, 0 },
    { _("Passed"), CW_WORKBOOK_CENTER, 4, 0 },
    { _("Notice"), CW_WORKBOOK_CODE, 9, 0 },
  };
  g_autofree char *title = g_strdup_printf (_("Decisions of %d (four deliberations, two publications)"), year);
  const CwWorkbookSheet sheet = { _("Decisions"), title, NULL, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (export->book, &sheet, error))
    return FALSE;
  for (guint i = g_list_model_get_n_items (decisions); i > 0; i--)
    {
      g_autoptr(CwDecision) decision = g_list_model_get_item (decisions, i - 1);
      GPtrArray *records = cw_decision_get_records (decision);

      for (guint r = 0; r < MAX (records->len, 1); r++)
        {
          CwDecisionStep *step = r < records->len ? g_ptr_array_index (records, r) : NULL;
          g_autofree char *name = step != NULL ? g_strdup_printf ("%u %s", step->step, cw_decision_step_name (step->step))
                                               : g_strdup ("");
          g_autofree char *due = count_text (step != NULL ? step->due : -1);
          g_autofree char *present = count_text (step != NULL ? step->present : -1);
          g_autofree char *in_favour = count_text (step != NULL ? step->in_favour : -1);
          g_autofree char *against = count_text (step != NULL ? step->against : -1);
          g_autofree char *households = count_text (step != NULL ? step->households_due : -1);
          g_autofree char *households_present = count_text (step != NULL ? step->households_present : -1);
          const char *row[G_N_ELEMENTS (columns)] = {
            cw_decision_get_number (decision), cw_decision_get_title (decision), cw_decision_get_date (decision),
            name, step != NULL ? step->date : "", step != NULL ? cw_meeting_name (step->meeting) : "",
            due, present, in_favour, against, households, households_present,
            step == NULL ? "" : step->valid ? _("Yes") : _("No"),
            step == NULL ? "" : step->passed ? _("Yes") : _("No"),
            step != NULL ? step->notice_number : "",
          };
          if (!write_row (export, row, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The rows the decisions' sheet will have: a row a meeting, one for a
 * decision with none yet. */
static guint
count_decision_rows (GListModel *decisions)
{
  guint rows = 0;

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(CwDecision) decision = g_list_model_get_item (decisions, i);
      rows += MAX (cw_decision_get_records (decision)->len, 1);
    }
  return rows;
}

gboolean
cw_notices_export_ledger_full (CwDatabase            *db,
                               int                    year,
                               const char            *on,
                               const char            *path,
                               CwExportProgressFunc   progress,
                               gpointer               user_data,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_autoptr(GListModel) notices = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(CwWorkbook) book = NULL;
  Export export = { .progress = progress, .user_data = user_data, .cancellable = cancellable };

  /* Everything read first, so the bar knows how far there is to go. */
  if ((notices = cw_notice_list (db, year, error)) == NULL ||
      (entries = cw_notice_calendar (db, year, on, error)) == NULL ||
      (decisions = cw_decision_list (db, year, error)) == NULL ||
      check_cancelled (&export, error))
    return FALSE;
  export.total = g_list_model_get_n_items (notices) + entries->len + count_decision_rows (decisions);
  if (progress != NULL)
    progress (0, export.total, user_data);
  if ((book = cw_workbook_new (path, error)) == NULL)
    return FALSE;
  export.book = book;
  if (!write_notices (&export, notices, year, on, error) || !write_calendar (&export, entries, year, on, error) ||
      !write_decisions (&export, decisions, year, error) || check_cancelled (&export, error) ||
      !cw_workbook_close (book, error))
    return FALSE;
  if (progress != NULL)
    progress (export.done, export.done, user_data);
  return TRUE;
}

gboolean
cw_notices_export_ledger (CwDatabase  *db,
                          int          year,
                          const char  *on,
                          const char  *path,
                          GError     **error)
{
  return cw_notices_export_ledger_full (db, year, on, path, NULL, NULL, NULL, error);
}
