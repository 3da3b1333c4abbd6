/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-ledger.h"
#include "report/common/cw-workbook.h"
#include "report/mediation/cw-mediation-export.h"
#include "report/mediation/cw-mediation-figures.h"

/* Each number of a "、"-joined list masked on its own. */
static char *
mask_list (const char *list,
           gboolean    id_numbers)
{
  g_auto(GStrv) items = g_strsplit (list, "、", -1);

  for (guint i = 0; items[i] != NULL; i++)
    if (items[i][0] != '\0')
      {
        char *masked = id_numbers ? cw_id_number_mask (items[i]) : cw_phone_mask (items[i]);

        g_free (items[i]);
        items[i] = masked;
      }
  return g_strjoinv ("、", items);
}

/* How an export reports and stops. */
typedef struct
{
  CwExportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;
} Watch;

/* Often enough for a smooth bar and a prompt Cancel, rarely enough to
 * cost nothing beside the rows. */
#define WATCH_EVERY 200

/* Tells how far it has come; FALSE (with @error) once cancelled. */
static gboolean
watch (const Watch  *w,
       guint         done,
       guint         total,
       GError      **error)
{
  if (w->progress != NULL)
    w->progress (done, total, w->user_data);
  if (!g_cancellable_is_cancelled (w->cancellable))
    return TRUE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED, _("The export was cancelled."));
  return FALSE;
}

static gboolean
write_cases (CwWorkbook  *workbook,
             CwDatabase  *db,
             int          year,
             gboolean     full,
             const char  *note,
             const Watch *w,
             guint       *n_cases,
             GError     **error)
{
  /* The headers are what the ledger import reads (cw-mediation-import.c),
   * in Chinese and in English: a ledger exported here imports back. */
  const CwWorkbookColumn columns[] = {
    { C_("ledger", "No."), CW_WORKBOOK_NUMBER, 4, 6 },
    { C_("ledger", "Number"), CW_WORKBOOK_CODE, 12, 30 },
    { C_("ledger", "Received"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Source"), CW_WORKBOOK_CENTER, 8, 16 },
    { C_("ledger", "Type"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Risk"), CW_WORKBOOK_CENTER, 4, 8 },
    { C_("ledger", "Could turn criminal"), CW_WORKBOOK_CENTER, 4, 8 },
    { C_("ledger", "Could become a group petition"), CW_WORKBOOK_CENTER, 4, 8 },
    { C_("ledger", "Applicants"), CW_WORKBOOK_TEXT, 6, 20 },
    { C_("ledger", "Applicants’ ID numbers"), CW_WORKBOOK_CODE, 10, 40 },
    { C_("ledger", "Applicants’ phones"), CW_WORKBOOK_CODE, 8, 30 },
    { C_("ledger", "Respondents"), CW_WORKBOOK_TEXT, 6, 20 },
    { C_("ledger", "Respondents’ ID numbers"), CW_WORKBOOK_CODE, 10, 40 },
    { C_("ledger", "Respondents’ phones"), CW_WORKBOOK_CODE, 8, 30 },
    { C_("ledger", "Dispute"), CW_WORKBOOK_TEXT, 10, 40 },
    { C_("ledger", "Request"), CW_WORKBOOK_TEXT, 10, 30 },
    { C_("ledger", "Mediators"), CW_WORKBOOK_TEXT, 6, 20 },
    { C_("ledger", "Recorder"), CW_WORKBOOK_TEXT, 4, 10 },
    { C_("ledger", "Amount involved"), CW_WORKBOOK_MONEY, 6, 14 },
    { C_("ledger", "Outcome"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Closed on"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Agreement"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Agreement takes effect"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Terms"), CW_WORKBOOK_TEXT, 10, 40 },
    { C_("ledger", "Perform by"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Amount agreed"), CW_WORKBOOK_MONEY, 6, 14 },
    { C_("ledger", "Next step"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Note"), CW_WORKBOOK_TEXT, 6, 30 },
    { C_("ledger", "Followed up"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Visitor"), CW_WORKBOOK_TEXT, 4, 10 },
    { C_("ledger", "Performed"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Satisfaction"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Confirmation applied"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Court"), CW_WORKBOOK_TEXT, 8, 20 },
    { C_("ledger", "Court’s decision"), CW_WORKBOOK_CENTER, 6, 12 },
  };
  g_autofree char *title = g_strdup_printf (_("Mediation ledger %d"), year);
  const CwWorkbookSheet sheet = { _("Cases"), title, note, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GPtrArray) rows = cw_mediation_ledger_rows (db, year, error);

  if (rows == NULL || !cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *applicant_ids = full ? g_strdup (row[CW_LEDGER_APPLICANT_IDS]) : mask_list (row[CW_LEDGER_APPLICANT_IDS], TRUE);
      g_autofree char *applicant_phones = full ? g_strdup (row[CW_LEDGER_APPLICANT_PHONES])
                                               : mask_list (row[CW_LEDGER_APPLICANT_PHONES], FALSE);
      g_autofree char *respondent_ids = full ? g_strdup (row[CW_LEDGER_RESPONDENT_IDS])
                                             : mask_list (row[CW_LEDGER_RESPONDENT_IDS], TRUE);
      g_autofree char *respondent_phones = full ? g_strdup (row[CW_LEDGER_RESPONDENT_PHONES])
                                                : mask_list (row[CW_LEDGER_RESPONDENT_PHONES], FALSE);
      const char *outcome = row[CW_LEDGER_OUTCOME];
      const char *yes = C_("ledger", "Yes");
      const char *values[] = {
        no, row[CW_LEDGER_NUMBER], row[CW_LEDGER_INTAKE_DATE], cw_mediation_label (row[CW_LEDGER_SOURCE]),
        row[CW_LEDGER_TYPE], cw_mediation_label (row[CW_LEDGER_RISK_LEVEL]),
        g_str_equal (row[CW_LEDGER_RISK_CRIMINAL], "1") ? yes : "",
        g_str_equal (row[CW_LEDGER_RISK_GROUP], "1") ? yes : "",
        row[CW_LEDGER_APPLICANTS], applicant_ids, applicant_phones, row[CW_LEDGER_RESPONDENTS],
        respondent_ids, respondent_phones, row[CW_LEDGER_SUMMARY], row[CW_LEDGER_REQUEST], row[CW_LEDGER_MEDIATORS],
        row[CW_LEDGER_RECORDER], row[CW_LEDGER_AMOUNT],
        cw_mediation_label (outcome[0] != '\0' ? outcome : "open"), row[CW_LEDGER_CLOSED_ON],
        cw_mediation_label (row[CW_LEDGER_AGREEMENT]), row[CW_LEDGER_EFFECTIVE_DATE], row[CW_LEDGER_TERMS],
        row[CW_LEDGER_DEADLINE], row[CW_LEDGER_AGREEMENT][0] != '\0' ? row[CW_LEDGER_AGREED] : "",
        cw_mediation_label (row[CW_LEDGER_NEXT_STEP]), row[CW_LEDGER_OUTCOME_NOTE], row[CW_LEDGER_FOLLOWED_UP],
        row[CW_LEDGER_FOLLOWUP_VISITOR], cw_mediation_label (row[CW_LEDGER_FOLLOWUP_PERFORMED]),
        cw_mediation_label (row[CW_LEDGER_FOLLOWUP_SATISFACTION]), row[CW_LEDGER_CONFIRM_APPLIED],
        row[CW_LEDGER_CONFIRM_COURT], cw_mediation_label (row[CW_LEDGER_CONFIRM_RESULT]),
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (values) == G_N_ELEMENTS (columns));
      if (!cw_workbook_write_row (workbook, values, error) ||
          ((i + 1) % WATCH_EVERY == 0 && !watch (w, i + 1, rows->len + 1, error)))
        return FALSE;
    }
  if (n_cases != NULL)
    *n_cases = rows->len;
  return TRUE;
}

static gboolean
write_statistics (CwWorkbook  *workbook,
                  CwDatabase  *db,
                  int          year,
                  const char  *note,
                  GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Item"), CW_WORKBOOK_TEXT, 16, 30 },
    { _("Whole year"), CW_WORKBOOK_NUMBER, 8, 0 },
    { _("Q1"), CW_WORKBOOK_NUMBER, 8, 0 },
    { _("Q2"), CW_WORKBOOK_NUMBER, 8, 0 },
    { _("Q3"), CW_WORKBOOK_NUMBER, 8, 0 },
    { _("Q4"), CW_WORKBOOK_NUMBER, 8, 0 },
  };
  g_autofree char *title = g_strdup_printf (_("Mediation statistics %d"), year);
  const CwWorkbookSheet sheet = { _("Statistics"), title, note, columns, G_N_ELEMENTS (columns), TRUE };
  g_autoptr(GPtrArray) rows = cw_mediation_figures (db, year, error);

  if (rows == NULL || !cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    if (!cw_workbook_write_row (workbook, rows->pdata[i], error))
      return FALSE;
  return cw_workbook_write_footer (workbook, cw_mediation_figures_note (), error);
}

/* Every follow-up of the year's cases (the cases sheet has room for the
 * last only), keyed by the case number; read back by
 * cw_mediation_followup_importer (cw-mediation-record-import.c), whose
 * column names are these headers in Chinese. */
static gboolean
write_followups (CwWorkbook  *workbook,
                 CwDatabase  *db,
                 int          year,
                 const char  *note,
                 GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { C_("ledger", "No."), CW_WORKBOOK_NUMBER, 4, 6 },
    { C_("ledger", "Number"), CW_WORKBOOK_CODE, 12, 30 },
    { C_("ledger", "Followed up"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Visitor"), CW_WORKBOOK_TEXT, 4, 10 },
    { C_("ledger", "Performed"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Satisfaction"), CW_WORKBOOK_CENTER, 6, 12 },
    { C_("ledger", "Lawsuit followed"), CW_WORKBOOK_CENTER, 4, 8 },
    { C_("ledger", "Remaining risk"), CW_WORKBOOK_TEXT, 10, 30 },
    { C_("ledger", "Measures"), CW_WORKBOOK_TEXT, 10, 30 },
  };
  g_autofree char *title = g_strdup_printf (_("Mediation follow-ups %d"), year);
  const CwWorkbookSheet sheet = { C_("sheet", "Follow-ups"), title, note, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GPtrArray) rows = cw_mediation_ledger_followups (db, year, error);

  if (rows == NULL || !cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      const char *values[] = {
        no, row[CW_FOLLOWUP_SHEET_NUMBER], row[CW_FOLLOWUP_SHEET_VISITED_ON], row[CW_FOLLOWUP_SHEET_VISITOR],
        cw_mediation_label (row[CW_FOLLOWUP_SHEET_PERFORMED]), cw_mediation_label (row[CW_FOLLOWUP_SHEET_SATISFACTION]),
        g_str_equal (row[CW_FOLLOWUP_SHEET_LAWSUIT], "1") ? C_("ledger", "Yes") : "",
        row[CW_FOLLOWUP_SHEET_RISK], row[CW_FOLLOWUP_SHEET_MEASURES],
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (values) == G_N_ELEMENTS (columns));
      if (!cw_workbook_write_row (workbook, values, error))
        return FALSE;
    }
  return TRUE;
}

/* The petitions' acceptance or transfer and every extension, keyed by the
 * case number; read back by cw_mediation_clock_importer. */
static gboolean
write_clocks (CwWorkbook  *workbook,
              CwDatabase  *db,
              int          year,
              const char  *note,
              GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { C_("ledger", "No."), CW_WORKBOOK_NUMBER, 4, 6 },
    { C_("ledger", "Number"), CW_WORKBOOK_CODE, 12, 30 },
    { C_("ledger", "Entry"), CW_WORKBOOK_CENTER, 8, 14 },
    { C_("ledger", "Date"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Extended until"), CW_WORKBOOK_DATE, 10, 0 },
    { C_("ledger", "Reason"), CW_WORKBOOK_TEXT, 10, 40 },
  };
  g_autofree char *title = g_strdup_printf (_("Petitions and extensions %d"), year);
  const CwWorkbookSheet sheet = { _("Petitions and extensions"), title, note, columns, G_N_ELEMENTS (columns), FALSE };
  g_autoptr(GPtrArray) rows = cw_mediation_ledger_clocks (db, year, error);

  if (rows == NULL || !cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      const char *values[] = {
        no, row[CW_CLOCK_SHEET_NUMBER], cw_mediation_label (row[CW_CLOCK_SHEET_WHAT]), row[CW_CLOCK_SHEET_DATE],
        row[CW_CLOCK_SHEET_UNTIL], row[CW_CLOCK_SHEET_REASON],
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (values) == G_N_ELEMENTS (columns));
      if (!cw_workbook_write_row (workbook, values, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_mediation_export_ledger (CwDatabase  *db,
                            int          year,
                            gboolean     full,
                            const char  *path,
                            guint       *n_cases,
                            GError     **error)
{
  return cw_mediation_export_ledger_full (db, year, full, path, NULL, NULL, NULL, n_cases, error);
}

gboolean
cw_mediation_export_ledger_full (CwDatabase            *db,
                                 int                    year,
                                 gboolean               full,
                                 const char            *path,
                                 CwExportProgressFunc   progress,
                                 gpointer               user_data,
                                 GCancellable          *cancellable,
                                 guint                 *n_cases,
                                 GError               **error)
{
  const Watch w = { progress, user_data, cancellable };
  guint written = 0;
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *committee = cw_mediation_committee_name (db);
  /* Translators: row 1 of the ledger, on the right: the committee and the export date */
  g_autofree char *note = g_strdup_printf (_("%s, exported %s"), committee, today);

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  if (!watch (&w, 0, 1, error))
    return FALSE;
  workbook = cw_workbook_new (path, error);
  if (workbook == NULL ||
      !write_cases (workbook, db, year, full, note, &w, &written, error) ||
      !write_statistics (workbook, db, year, note, error) ||
      !write_followups (workbook, db, year, note, error) ||
      !write_clocks (workbook, db, year, note, error) ||
      !watch (&w, written, written + 1, error) ||
      !cw_workbook_close (workbook, error))
    return FALSE;
  if (n_cases != NULL)
    *n_cases = written;
  if (progress != NULL)
    progress (written + 1, written + 1, user_data);
  return TRUE;
}
