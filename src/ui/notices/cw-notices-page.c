/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notices-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice.h"
#include "report/notices/cw-notice-print.h"
#include "report/notices/cw-notices-export.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-print-operation.h"
#include "ui/notices/cw-notice-editor.h"
#include "ui/notices/cw-notice-step-dialog.h"
#include "ui/notices/cw-notices-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticesPage
{
  CwListPage  parent_instance;

  GtkFileChooserNative *chooser;   /* while the ledger's file is chosen */

  /* Template widgets */
  GtkButton  *next_button;
  CwJobBar   *job_bar;
};

G_DEFINE_FINAL_TYPE (CwNoticesPage, cw_notices_page, CW_TYPE_LIST_PAGE)

static const char *
today (void)
{
  static char text[11];

  if (text[0] == '\0')
    {
      g_autofree char *now = cw_date_today_text ();
      g_strlcpy (text, now, sizeof text);
    }
  return text;
}

static char *
number_text (gpointer item)
{
  return g_strdup (cw_notice_get_number (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_notice_kind_name (cw_notice_get_kind (item)));
}

static char *
title_text (gpointer item)
{
  return g_strdup (cw_notice_get_title (item));
}

static char *
item_text (gpointer item)
{
  return g_strdup (cw_notice_get_item_name (item));
}

static char *
from_text (gpointer item)
{
  return g_strdup (cw_notice_get_from (item));
}

static char *
to_text (gpointer item)
{
  return g_strdup (cw_notice_get_to (item));
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_notice_state_name (cw_notice_get_state_on (item, today ())));
}

static const CwColumnInfo columns[] = {
  { N_("Number"),        NULL, number_text, CW_COLUMN_TEXT,   "number" },
  { N_("Kind"),          NULL, kind_text,   CW_COLUMN_DIM,    "kind" },
  { N_("Title"),         NULL, title_text,  CW_COLUMN_EXPAND, "title" },
  { N_("Catalogue item"), NULL, item_text,  CW_COLUMN_DIM,    "item-name" },
  { N_("Publicity from"), NULL, from_text,  CW_COLUMN_TEXT,   "from" },
  { N_("Publicity to"),  NULL, to_text,     CW_COLUMN_TEXT,   "to" },
  { N_("State"),         NULL, state_text,  CW_COLUMN_TEXT,   "state" },
};

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return cw_notice_get_kind (item) == (CwNoticeKind) (choice - 1);
}

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  CwNoticeState state = cw_notice_get_state_on (item, today ());

  switch (choice)
    {
    case 1:
      return state == CW_NOTICE_DRAFT || state == CW_NOTICE_REVIEWED || state == CW_NOTICE_SETTLED;
    case 2:
      return state == CW_NOTICE_POSTED;
    case 3:
      return state == CW_NOTICE_EXPIRED;
    default:
      return state == CW_NOTICE_WITHDRAWN;
    }
}

static const char * const kind_choices[] = { N_("All Kinds"), N_("Party affairs"), N_("Village affairs"),
                                             N_("Financial affairs"), NULL };
static const char * const state_choices[] = { N_("Any State"), N_("Not Posted Yet"), N_("Posted"), N_("Expired"),
                                              N_("Withdrawn"), NULL };

static const CwListFilter filters[] = {
  { N_("Kind of affairs"), kind_choices, kind_matches },
  { N_("State"), state_choices, state_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_notice_get_type,
  .key = "number",
  .tables = (const char * const []) { "notice", "notice_item", NULL },
  .actions = "notices",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search number, title or item"),
  .empty_icon_name = "mail-send-symbolic",
  .empty_title = N_("No Notices Yet"),
  .empty_description = N_("Draft a notice: the supervisory committee reviews it, the two committees settle it, then it is posted."),
  .no_match_title = N_("No Notices Found"),
  .no_match_description = N_("No notice matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_notice_list (db, 0, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_notice_get_number (item), cw_notice_get_title (item), cw_notice_get_item_name (item),
                    cw_notice_get_reviewers (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_notice_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u notice listed", "%u notices listed", n_shown), n_shown);
}

/* Only the step that comes next is offered; withdrawal until it is. */
static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  CwNoticesPage *self = CW_NOTICES_PAGE (page);
  GtkWidget *widget = GTK_WIDGET (page);
  CwNoticeState state = item != NULL ? cw_notice_get_state (item) : CW_N_NOTICE_STATES;

  gtk_widget_action_set_enabled (widget, "notices.review", state == CW_NOTICE_DRAFT || state == CW_NOTICE_REVIEWED);
  gtk_widget_action_set_enabled (widget, "notices.settle", state == CW_NOTICE_REVIEWED);
  gtk_widget_action_set_enabled (widget, "notices.post", state == CW_NOTICE_SETTLED);
  gtk_widget_action_set_enabled (widget, "notices.next", state <= CW_NOTICE_SETTLED);
  gtk_widget_action_set_enabled (widget, "notices.withdraw", item != NULL && state != CW_NOTICE_WITHDRAWN);
  gtk_widget_action_set_enabled (widget, "notices.print", item != NULL);
  gtk_widget_action_set_enabled (widget, "notices.ask", item != NULL && cw_notice_get_posted_date (item) != NULL);
  gtk_widget_action_set_enabled (widget, "notices.answer", item != NULL && cw_notice_get_posted_date (item) != NULL);
  gtk_button_set_label (self->next_button, state == CW_NOTICE_REVIEWED ? _("_Settle…")
                                           : state == CW_NOTICE_SETTLED ? _("P_ost…") : _("_Review…"));
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwNotice *notice = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  CwNoticeState state = notice != NULL ? cw_notice_get_state (notice) : CW_NOTICE_DRAFT;
  CwNoticeStep step = g_str_equal (action_name, "notices.next")
                      ? (state == CW_NOTICE_REVIEWED ? CW_NOTICE_STEP_SETTLE
                         : state == CW_NOTICE_SETTLED ? CW_NOTICE_STEP_POST : CW_NOTICE_STEP_REVIEW)
                    : g_str_equal (action_name, "notices.review") ? CW_NOTICE_STEP_REVIEW
                    : g_str_equal (action_name, "notices.settle") ? CW_NOTICE_STEP_SETTLE
                    : g_str_equal (action_name, "notices.post") ? CW_NOTICE_STEP_POST
                    : g_str_equal (action_name, "notices.ask") ? CW_NOTICE_STEP_ASK
                    : g_str_equal (action_name, "notices.answer") ? CW_NOTICE_STEP_ANSWER
                    : CW_NOTICE_STEP_WITHDRAW;
  CwNoticeStepDialog *dialog;

  if (notice == NULL)
    return;
  dialog = cw_notice_step_dialog_new (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)), notice, step);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  if (error != NULL)
    cw_window_show_message (widget, error->message);
}

void
cw_notices_page_print (GtkWidget    *widget,
                       CwPrintTable *table,
                       const GError *error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) failed = NULL;

  if (table == NULL)
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  operation = cw_print_operation_new_for_table (table);
  if (!cw_print_operation_run_dialog (operation, widget, print_done, &failed))
    cw_window_show_message (widget, failed->message);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwNotice *notice = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPrintTable) table = NULL;

  if (notice == NULL)
    return;
  table = cw_notice_print_table (cw_list_page_get_database (CW_LIST_PAGE (widget)), notice, &error);
  cw_notices_page_print (widget, table, error);
}

/* The year's ledger: written by a job on a connection of its own, under
 * the page's bar with Cancel. */
typedef struct
{
  int   year;
  char *on;
  char *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->on);
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

  return cw_notices_export_ledger_full (db, job->year, job->on, job->path, cw_job_progress_cb, progress,
                                        cancellable, error);
}

static void
export_done (GtkWidget    *owner,
             gpointer      data,
             const GError *error)
{
  gtk_widget_action_set_enabled (owner, "notices.export", TRUE);
}

void
cw_notices_page_export_ledger (CwNoticesPage *self,
                               const char    *path)
{
  g_autoptr(CwJob) job = NULL;
  g_autofree char *label = NULL;
  g_autofree char *done = NULL;
  ExportJob *data;

  g_return_if_fail (CW_IS_NOTICES_PAGE (self));

  if (cw_job_bar_get_running (self->job_bar))
    return;
  data = g_new0 (ExportJob, 1);
  data->on = cw_date_today_text ();
  data->year = (int) g_ascii_strtoll (data->on, NULL, 10);
  data->path = g_strdup (path);
  /* Translators: on the job bar, %d the year and %s the file's name */
  label = g_strdup_printf (_("Exporting the notices ledger of %d to %s…"), data->year, "%s");
  /* Translators: a toast, %d the year and %s where the file went */
  done = g_strdup_printf (_("The notices ledger of %d is in “%s”."), data->year, "%s");
  job = cw_job_new (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)), export_work, data,
                    export_job_free);
  cw_job_set_file (job, path);
  cw_job_show_progress (job, self->job_bar, label, TRUE);
  cw_job_set_endings (job, done, _("The Notices Ledger Could Not Be Exported"));
  cw_job_set_done (job, export_done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notices.export", FALSE);
  cw_job_run (job);
}

gboolean
cw_notices_page_get_exporting (CwNoticesPage *self)
{
  g_return_val_if_fail (CW_IS_NOTICES_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
export_file_chosen (GtkWidget  *owner,
                    const char *path,
                    gpointer    data)
{
  CwNoticesPage *self = CW_NOTICES_PAGE (owner);

  if (path != NULL)
    cw_notices_page_export_ledger (self, path);
  g_clear_object (&self->chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwNoticesPage *self = CW_NOTICES_PAGE (widget);
  g_autofree char *today = cw_date_today_text ();
  /* Translators: the ledger's file name, %.4s the year: 公开台账2026 */
  g_autofree char *stem = g_strdup_printf (_("Notices ledger %.4s"), today);

  if (self->chooser != NULL || cw_job_bar_get_running (self->job_bar))
    return;
  self->chooser = cw_job_choose_file (widget, _("Export the Notices Ledger"), stem, "xlsx", _("Excel workbooks"),
                                      export_file_chosen, NULL);
}

GtkWidget *
cw_notices_page_new (CwDatabase *db)
{
  return g_object_new (CW_TYPE_NOTICES_PAGE, "database", db, NULL);
}

static void
cw_notices_page_dispose (GObject *object)
{
  CwNoticesPage *self = CW_NOTICES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_NOTICES_PAGE);

  G_OBJECT_CLASS (cw_notices_page_parent_class)->dispose (object);
}

static void
cw_notices_page_class_init (CwNoticesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_notices_page_dispose;
  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notices-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticesPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, CwNoticesPage, job_bar);
  gtk_widget_class_install_action (widget_class, "notices.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.review", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.settle", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.post", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.withdraw", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.ask", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.answer", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "notices.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "notices.export", NULL, export_activated);
}

static void
cw_notices_page_init (CwNoticesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
