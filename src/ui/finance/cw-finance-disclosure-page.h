/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_FINANCE_DISCLOSURE_PAGE (cw_finance_disclosure_page_get_type ())
G_DECLARE_FINAL_TYPE (CwFinanceDisclosurePage, cw_finance_disclosure_page, CW, FINANCE_DISCLOSURE_PAGE, AdwBin)

/* 阳光晒账: the disclosure of a quarter or a month shown as it will print
 * (the pages of the printout, drawn by the same layout), printed through
 * the print dialog, saved as PDF and exported as a workbook (in a job,
 * with progress), and drafted as a notice of kind 财务 in the notices
 * register. Actions: disclosure.print (<Control>p), disclosure.save-pdf,
 * disclosure.export, disclosure.notice, subpage.reload. */
GtkWidget  *cw_finance_disclosure_page_new        (CwDatabase              *db);
/* The period shown: "2026Q3" or "2026-07". */
const char *cw_finance_disclosure_page_get_period (CwFinanceDisclosurePage *self);
void        cw_finance_disclosure_page_set_period (CwFinanceDisclosurePage *self,
                                                   const char              *period);
/* The pages the printout has now. */
int         cw_finance_disclosure_page_get_n_pages (CwFinanceDisclosurePage *self);
/* What Save as PDF and Export write, without the file chooser. */
void        cw_finance_disclosure_page_save_pdf   (CwFinanceDisclosurePage *self,
                                                   const char              *path);
void        cw_finance_disclosure_page_export     (CwFinanceDisclosurePage *self,
                                                   const char              *path);
gboolean    cw_finance_disclosure_page_get_busy   (CwFinanceDisclosurePage *self);
/* What disclosure.notice does: drafts the period's notice dated today,
 * with Undo; a refusal is shown. The notice's id, 0 when refused. */
gint64      cw_finance_disclosure_page_post_notice (CwFinanceDisclosurePage *self);

G_END_DECLS
