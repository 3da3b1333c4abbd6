/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "core/common/cw-database.h"
#include "core/mediation/cw-mediation-case.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_CASE_FILE (cw_mediation_case_file_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationCaseFile, cw_mediation_case_file, CW, MEDIATION_CASE_FILE, GObject)

/* 卷宗: a case's file as it is bound (人民调解法 art. 27). A cover (卷名,
 * 卷号, mediators, dates from–to, 立卷人, 立卷日期, 保管期限), the contents
 * list (序号, 文书名称, 页号, 备注) with the pages the documents really
 * start on, then the documents in binding order: the intake form*, the
 * notice of rights and duties*, the parties' identity*, each session
 * record*, the agreement*, each follow-up, 司法确认, and the back cover*
 * (* required). A required document the case lacks stands on the
 * contents list as missing, with no page. Every page carries its page
 * number in the file at its top right corner, as archives number them.
 * A CwPdfPaginateFunc / CwPdfDrawPageFunc pair, like CwPrintLayout. */
CwMediationCaseFile *cw_mediation_case_file_new       (CwDatabase          *db,
                                                       CwMediationCase     *mediation_case);
int                  cw_mediation_case_file_paginate  (CwMediationCaseFile *self,
                                                       cairo_t             *measuring_cr,
                                                       double               page_w,
                                                       double               page_h);
void                 cw_mediation_case_file_draw_page (CwMediationCaseFile *self,
                                                       cairo_t             *cr,
                                                       int                  page);
/* After paginate(): the documents on the contents list, in order, each
 * with the first page it is on (1-based, 0 when missing). */
guint                cw_mediation_case_file_get_n_documents (CwMediationCaseFile *self);
const char          *cw_mediation_case_file_get_document    (CwMediationCaseFile *self,
                                                             guint                index,
                                                             int                 *first_page);
/* The file as an A4 PDF, replaced only when complete (cw_pdf_save_a4()). */
gboolean             cw_mediation_case_file_save_pdf  (CwMediationCaseFile *self,
                                                       const char          *path,
                                                       int                 *n_pages,
                                                       GError             **error);

G_END_DECLS
