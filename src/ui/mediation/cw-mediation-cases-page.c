/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-cases-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-record-import.h"
#include "report/mediation/cw-mediation-case-file.h"
#include "report/mediation/cw-mediation-print.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-print-operation.h"
#include "ui/common/cw-undo.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationCasesPage
{
  CwListPage         parent_instance;

  GtkPrintOperation *print_operation;   /* while the print dialog is up */
};

G_DEFINE_FINAL_TYPE (CwMediationCasesPage, cw_mediation_cases_page, CW_TYPE_LIST_PAGE)

static char *
number_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_NUMBER));
}

static char *
intake_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_INTAKE_DATE));
}

static char *
parties_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_PARTIES));
}

static char *
type_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_TYPE));
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_mediation_label (cw_mediation_case_is_open (item) ? "open"
                                       : cw_mediation_case_get (item, CW_CASE_OUTCOME)));
}

static char *
due_text (gpointer item)
{
  const char *due = cw_mediation_case_get (item, CW_CASE_NEXT_DUE);

  if (due[0] == '\0')
    return g_strdup ("");
  /* Translators: the next deadline: its date and what is due */
  return g_strdup_printf (_("%s %s"), due, cw_mediation_label (cw_mediation_case_get (item, CW_CASE_NEXT_DUE_KIND)));
}

static const CwColumnInfo columns[] = {
  { N_("Number"),        NULL, number_text,  CW_COLUMN_TEXT,   "ordinal" },
  { N_("Received"),      NULL, intake_text,  CW_COLUMN_DIM,    "intake-date" },
  { N_("Parties"),       NULL, parties_text, CW_COLUMN_EXPAND, NULL },
  { N_("Type"),          NULL, type_text,    CW_COLUMN_TEXT,   "type" },
  { N_("State"),         NULL, state_text,   CW_COLUMN_TEXT,   "outcome" },
  { N_("Next Deadline"), NULL, due_text,     CW_COLUMN_TEXT,   "next-due" },
};

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  static const char * const outcomes[] = { NULL, "", NULL, "success", "failure", "terminated" };
  const char *due = cw_mediation_case_get (item, CW_CASE_NEXT_DUE);

  if (choice == 2)
    {
      g_autofree char *today = cw_date_today_text ();

      return due[0] != '\0' && g_strcmp0 (due, today) < 0;
    }
  return g_str_equal (cw_mediation_case_get (item, CW_CASE_OUTCOME), outcomes[choice]);
}

static gboolean
year_matches (gpointer item,
              guint    choice)
{
  GDate today;
  int year = cw_mediation_case_get_year (item);
  int this_year;

  cw_date_today (&today);
  this_year = g_date_get_year (&today);
  switch (choice)
    {
    case 1:
      return year == this_year;
    case 2:
      return year == this_year - 1;
    default:
      return year < this_year - 1;
    }
}

static gboolean
type_matches (gpointer    item,
              const char *type)
{
  return g_str_equal (cw_mediation_case_get (item, CW_CASE_TYPE), type);
}

static const char * const state_choices[] = {
  N_("Every State"), N_("Open"), N_("Late"), N_("Settled"), N_("Not settled"), N_("Terminated"), NULL
};
static const char * const year_choices[] = { N_("Every Year"), N_("This Year"), N_("Last Year"), N_("Earlier"), NULL };
/* Then the committee's list of types (cw_mediation_types()), set at each
 * reading. */
static const char * const type_choices[] = { N_("Every Type"), NULL };

enum { FILTER_STATE, FILTER_YEAR, FILTER_TYPE };

static const CwListFilter filters[] = {
  [FILTER_STATE] = { N_("State"), state_choices, state_matches },
  [FILTER_YEAR] = { N_("Year received"), year_choices, year_matches },
  [FILTER_TYPE] = { N_("Type of dispute"), type_choices, NULL, type_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_mediation_case_get_type,
  .key = "number",
  .tables = (const char * const []) { "mediation_case", "mediation_party", "mediation_type", "person", "household", "setting",
                                      NULL },
  .actions = "cases",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search a party’s name, pinyin or household number, the number or the type"),
  .empty_icon_name = "chat-message-new-symbolic",
  .empty_title = N_("No Cases Yet"),
  .empty_description = N_("Receive the first dispute here: its parties, what it is about, who mediates."),
  .no_match_title = N_("No Cases Found"),
  .no_match_description = N_("No case matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  g_auto(GStrv) types = cw_mediation_types (db, TRUE, NULL);

  /* Retired types too: older cases keep them. */
  if (types != NULL)
    cw_list_page_set_filter_choices (page, FILTER_TYPE, (const char * const *) types);
  return cw_mediation_case_list (db, 0, NULL, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_mediation_case_get (item, CW_CASE_NUMBER), cw_mediation_case_get (item, CW_CASE_SEARCH_KEY),
                    cw_mediation_case_get (item, CW_CASE_TYPE), cw_mediation_case_get (item, CW_CASE_SUMMARY), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwDatabase *db = cw_list_page_get_database (page);
  g_autoptr(CwMediationCase) full = NULL;
  g_autoptr(GError) error = NULL;

  /* The list holds the cases without their rows. */
  if (item != NULL)
    {
      full = cw_mediation_case_load (db, cw_mediation_case_get_id (item), &error);
      if (full == NULL)
        {
          cw_window_show_message (GTK_WIDGET (page), error->message);
          return NULL;
        }
    }
  return GTK_WINDOW (cw_mediation_case_editor_new (GTK_WIDGET (page), db, full));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case listed", "%u cases listed", n_shown), n_shown);
}

static void
update_print_actions (CwMediationCasesPage *self)
{
  gboolean idle = self->print_operation == NULL && cw_list_page_get_selected (CW_LIST_PAGE (self)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.print-agreement", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.print-case-file", idle);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  update_print_actions (CW_MEDIATION_CASES_PAGE (page));
}

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  CwMediationCasesPage *self = CW_MEDIATION_CASES_PAGE (widget);

  if (error != NULL)
    cw_ui_show_toast (widget, adw_toast_new (error->message));
  g_clear_object (&self->print_operation);
  update_print_actions (self);
}

gboolean
cw_mediation_cases_page_print (CwMediationCasesPage  *self,
                               gboolean               case_file,
                               const char            *export_path,
                               GError               **error)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));
  CwMediationCase *selected = cw_list_page_get_selected (CW_LIST_PAGE (self));
  g_autoptr(CwMediationCase) full = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (CW_IS_MEDIATION_CASES_PAGE (self), FALSE);

  if (selected == NULL || self->print_operation != NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Choose a case in the list first."));
      return FALSE;
    }
  full = cw_mediation_case_load (db, cw_mediation_case_get_id (selected), error);
  if (full == NULL)
    return FALSE;
  if (case_file)
    {
      g_autoptr(CwMediationCaseFile) file = cw_mediation_case_file_new (db, full);

      operation = cw_print_operation_new (cw_mediation_case_get (full, CW_CASE_NUMBER), file,
                                          (CwPdfPaginateFunc) cw_mediation_case_file_paginate,
                                          (CwPdfDrawPageFunc) cw_mediation_case_file_draw_page);
    }
  else
    {
      g_autoptr(CwPrintTable) table = cw_mediation_agreement_table (db, full, error);

      if (table == NULL)
        return FALSE;
      operation = cw_print_operation_new_for_table (table);
    }
  if (export_path != NULL)
    return cw_print_operation_export (operation, export_path, error);

  self->print_operation = g_object_ref (operation);
  update_print_actions (self);
  if (!cw_print_operation_run_dialog (operation, GTK_WIDGET (self), print_done, error))
    {
      g_clear_object (&self->print_operation);
      update_print_actions (self);
      return FALSE;
    }
  return TRUE;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!cw_mediation_cases_page_print (CW_MEDIATION_CASES_PAGE (widget), g_str_has_suffix (action_name, "case-file"),
                                      NULL, &error))
    cw_ui_show_toast (widget, adw_toast_new (error->message));
}

void
cw_mediation_cases_page_show_case (CwMediationCasesPage *self,
                                   gpointer              mediation_case)
{
  CwListPage *page = CW_LIST_PAGE (self);

  g_return_if_fail (CW_IS_MEDIATION_CASES_PAGE (self));
  g_return_if_fail (CW_IS_MEDIATION_CASE (mediation_case));

  cw_list_page_search (page, "");
  cw_list_page_reload (page);
  /* A state, year or type chosen earlier must not hide the case asked for. */
  cw_list_page_reveal (page, cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));
  cw_list_page_open_editor (page, mediation_case);
}

static const CwImportSummaryLine import_summary[] = {
  { CW_IMPORT_REPORT_UNCHANGED, FALSE, N_("Already in the register"), N_("Already in the register") },
  { CW_MEDIATION_IMPORT_MASKED, FALSE, N_("Masked ID numbers and phones, not to be stored"),
    N_("Masked ID numbers and phones, not stored") },
  { NULL }
};

static const CwImportKind case_import = {
  &cw_mediation_case_importer,
  N_("Import a Past Ledger"),
  N_("The committee’s case ledger as a CSV file, one case per row, with a header row in Chinese: 受理日期, 纠纷类型, "
     "申请人, 纠纷简要情况 (required), and if the ledger has them 案号, 案件来源, 被申请人, 调解员, 涉及金额, 调解结果, "
     "结案日期, 协议内容, 履行期限, 后续处理, 备注, 回访日期, 申请司法确认日期; a ledger exported by Cunwu comes back "
     "whole with its sheets of follow-ups and of petitions and extensions, imported after it. Several parties are parted by 、. Masked ID numbers and phones (4301**********1234) are not stored. UTF-8 "
     "or GB18030, as Excel or WPS saves it. A case keeps the ledger’s number; one without gets the next. The whole "
     "file goes in, or nothing of it."),
  N_("Cases to import"), N_("Cases imported"), NULL, import_summary,
};

static const CwImportSummaryLine records_summary[] = {
  { CW_IMPORT_REPORT_UNCHANGED, FALSE, N_("Cases that have it all already"), N_("Cases that had it all already") },
  { NULL }
};

/* The ledger's further sheets (cw-mediation-record-import.h), after its
 * cases: what one row per case has no room for. */
static const CwImportKind followup_import = {
  &cw_mediation_followup_importer,
  N_("Import Follow-ups"),
  N_("The ledger’s sheet 回访记录 saved as a CSV file, one follow-up per row: 案号, 回访日期, 回访人, 履行情况, 满意度 "
     "(required), 是否起诉, 遗留风险, 采取措施. Import the ledger’s cases first: each row names its case by its "
     "number. A follow-up the case has already is completed, never contradicted. The whole file goes in, or nothing "
     "of it."),
  N_("Cases to complete"), N_("Cases completed"), NULL, records_summary,
};

static const CwImportKind extension_import = {
  &cw_mediation_clock_importer,
  N_("Import Petitions and Extensions"),
  N_("The ledger’s sheet 信访与延期 saved as a CSV file: 案号, 事项 (信访受理, 信访转送, 调解延期 or 信访延期), 日期, and "
     "an extension’s 延期至 and 理由. Import the ledger’s cases first: each row names its case by its number. The "
     "whole file goes in, or nothing of it."),
  N_("Cases to complete"), N_("Cases completed"), NULL, records_summary,
};

static void
imported_cb (CwImportDialog *dialog,
             gint64          change,
             guint           units,
             GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case imported", "%u cases imported",
                                                         units), units);

  cw_undo_show_toast (page, change, title);
}

CwImportDialog *
cw_mediation_cases_page_import (CwMediationCasesPage *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASES_PAGE (self), NULL);

  return cw_import_dialog_present_for (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)),
                                       &case_import, G_CALLBACK (imported_cb));
}

static void
records_imported_cb (CwImportDialog *dialog,
                     gint64          change,
                     guint           units,
                     GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case completed", "%u cases completed",
                                                         units), units);

  cw_undo_show_toast (page, change, title);
}

CwImportDialog *
cw_mediation_cases_page_import_records (CwMediationCasesPage *self,
                                        gboolean              followups)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASES_PAGE (self), NULL);

  return cw_import_dialog_present_for (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)),
                                       followups ? &followup_import : &extension_import,
                                       G_CALLBACK (records_imported_cb));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwMediationCasesPage *self = CW_MEDIATION_CASES_PAGE (widget);
  CwImportDialog *dialog = g_str_equal (action_name, "cases.import")
                           ? cw_mediation_cases_page_import (self)
                           : cw_mediation_cases_page_import_records (self, g_str_equal (action_name,
                                                                                        "cases.import-followups"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

GtkWidget *
cw_mediation_cases_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_MEDIATION_CASES_PAGE, "database", db, NULL);
}

static void
cw_mediation_cases_page_dispose (GObject *object)
{
  g_clear_object (&CW_MEDIATION_CASES_PAGE (object)->print_operation);
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_MEDIATION_CASES_PAGE);

  G_OBJECT_CLASS (cw_mediation_cases_page_parent_class)->dispose (object);
}

static void
cw_mediation_cases_page_class_init (CwMediationCasesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_mediation_cases_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  gtk_widget_class_install_action (widget_class, "cases.print-agreement", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "cases.print-case-file", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "cases.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "cases.import-followups", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "cases.import-extensions", NULL, import_activated);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-cases-page.ui");
}

static void
cw_mediation_cases_page_init (CwMediationCasesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_print_actions (self);
}
