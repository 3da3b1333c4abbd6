/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_CASES_PAGE (cw_mediation_cases_page_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationCasesPage, cw_mediation_cases_page, CW, MEDIATION_CASES_PAGE, CwListPage)

/* The mediation cases, newest first: number, parties, type, state and the
 * next deadline; searched by a party's name, pinyin or 户号, the number,
 * the type or the summary; narrowed by state, year and type of dispute
 * (the committee's list, retired types too). */
GtkWidget *cw_mediation_cases_page_new   (CwDatabase           *db);

/* The selected case's agreement (@case_file FALSE) or whole file on the
 * print dialog, whose "Print to File" writes the PDF; with @export_path,
 * that PDF without a dialog (the dialog's own code path, for the tests).
 * FALSE with @error when there is nothing to print (no case selected, no
 * agreement). */
gboolean   cw_mediation_cases_page_print (CwMediationCasesPage *self,
                                          gboolean              case_file,
                                          const char           *export_path,
                                          GError              **error);

/* Shows @mediation_case (a CwMediationCase of any list) in the list,
 * its search cleared and any state, year or type chosen that would hide
 * it set back to every, selected, and opens it: a jump from the
 * household page. */
void            cw_mediation_cases_page_show_case (CwMediationCasesPage *self,
                                                   gpointer              mediation_case);

/* The import dialog for a past ledger (cw-mediation-import.h), shown
 * before a file is chosen; the cases.import action opens it and its file
 * chooser. */
CwImportDialog *cw_mediation_cases_page_import (CwMediationCasesPage *self);
/* The same for the ledger's sheet of follow-ups (@followups) or of
 * petitions and extensions (cw-mediation-record-import.h); the actions
 * cases.import-followups and cases.import-extensions. */
CwImportDialog *cw_mediation_cases_page_import_records (CwMediationCasesPage *self,
                                                        gboolean              followups);

G_END_DECLS
