/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "report/benefits/cw-benefit-sign-sheet.h"
#include "report/benefits/cw-benefits-export.h"
#include "ui/benefits/cw-benefit-sheet.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-print-operation.h"

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  if (error != NULL)
    cw_ui_show_toast (widget, adw_toast_new (error->message));
}

static void
print_table (GtkWidget    *owner,
             CwPrintTable *table,
             GError       *error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) failed = error;

  if (table == NULL)
    {
      cw_ui_show_toast (owner, adw_toast_new (failed->message));
      return;
    }
  operation = cw_print_operation_new_for_table (table);
  if (!cw_print_operation_run_dialog (operation, owner, print_done, &failed))
    cw_ui_show_toast (owner, adw_toast_new (failed->message));
}

void
cw_benefit_sheet_print (GtkWidget  *owner,
                        CwDatabase *db,
                        gint64      programme_id)
{
  GError *error = NULL;
  g_autoptr(CwPrintTable) table = cw_benefit_sign_sheet_new (db, programme_id, &error);

  print_table (owner, table, error);
}

void
cw_benefit_board_print (GtkWidget  *owner,
                        CwDatabase *db,
                        int         year)
{
  GError *error = NULL;
  g_autoptr(CwPrintTable) table = cw_benefit_award_board_new (db, year, &error);

  print_table (owner, table, error);
}

typedef struct
{
  char *path;
  int   year;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job);
}

static gboolean
export_work (CwDatabase     *db,
             gpointer        data,
             CwJobProgress  *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  ExportJob *job = data;

  return cw_benefits_export (db, job->year, job->path, error);
}

static void
file_chosen (GtkWidget  *owner,
             const char *path,
             gpointer    data)
{
  CwDatabase *db = g_object_get_data (G_OBJECT (owner), "cw-benefit-export-db");
  g_autoptr(CwJob) job = NULL;
  ExportJob *work;

  g_object_set_data (G_OBJECT (owner), "cw-benefit-chooser", NULL);
  if (path == NULL || db == NULL)
    return;
  work = g_new0 (ExportJob, 1);
  work->path = g_strdup (path);
  work->year = GPOINTER_TO_INT (data);
  job = cw_job_new (owner, db, export_work, work, export_job_free);
  cw_job_set_file (job, path);
  cw_job_set_endings (job, _("Saved as %s"), _("The Workbook Could Not Be Saved"));
  cw_job_run (job);
}

void
cw_benefit_sheet_export (GtkWidget  *owner,
                         CwDatabase *db,
                         int         year)
{
  g_autofree char *stem = g_strdup_printf (_("Benefits and Awards %d"), year);
  GtkFileChooserNative *chooser;

  if (g_object_get_data (G_OBJECT (owner), "cw-benefit-chooser") != NULL)
    return;
  g_object_set_data_full (G_OBJECT (owner), "cw-benefit-export-db", g_object_ref (db), g_object_unref);
  chooser = cw_job_choose_file (owner, _("Export Benefits and Awards"), stem, "xlsx", _("Excel workbooks"),
                                file_chosen, GINT_TO_POINTER (year));
  /* The page keeps the dialog while it is open (see cw_job_choose_file()). */
  g_object_set_data_full (G_OBJECT (owner), "cw-benefit-chooser", chooser, g_object_unref);
}
