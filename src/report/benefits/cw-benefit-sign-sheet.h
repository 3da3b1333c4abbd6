/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* The signature sheet (签领表) of a programme, as a printed table: the
 * programme and its date under the title; one row per person still on
 * the list, by village group (序号, 姓名, 村民小组, 金额, a wide column to
 * sign or press a thumbprint, 领取日期 — the day it was paid, once it
 * is); rows tall enough to sign in; the total in figures and in capitals
 * (大写); lines for 经办人 and 审核人; the committee and the date. No ID
 * number, phone or birth date is on it. Lay it out with CwPrintLayout
 * (the PDF) or ui/common/cw-print-operation.h (the print dialog). */
CwPrintTable *cw_benefit_sign_sheet_new      (CwDatabase  *db,
                                              gint64       programme_id,
                                              GError     **error);
/* Writes it as an A4 PDF (replaced only when complete); @n_pages and
 * @n_rows may be NULL. */
gboolean      cw_benefit_sign_sheet_save_pdf (CwDatabase  *db,
                                              gint64       programme_id,
                                              const char  *path,
                                              int         *n_pages,
                                              guint       *n_rows,
                                              GError     **error);

/* The year's awards for the notice board (榜单): the 文明卫生户 by village
 * group, then the 星级文明户 by stars, names and households only; the
 * year, and the committee's name and the date at the foot. */
CwPrintTable *cw_benefit_award_board_new     (CwDatabase  *db,
                                              int          year,
                                              GError     **error);
gboolean      cw_benefit_award_board_save_pdf (CwDatabase *db,
                                               int         year,
                                               const char *path,
                                               int        *n_pages,
                                               GError    **error);

G_END_DECLS
