/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* A notice for the board (张榜公示), as a printed table in the notice
 * style: the title and its number, the body's paragraphs, its table (the
 * header repeated on every page it runs over), the publicity period and
 * where to raise a question, the 监委会 members who reviewed it each with
 * a line to sign on, and the issuing committee with the date and room for
 * the seal. Nothing on it shows an ID or phone number: whatever in the
 * body or the table is shaped like one is printed masked
 * (cw_notice_mask_text()), and names are masked as 张*三 when the village
 * asks for it (cw_settings_get_mask_names()). A posted notice prints from
 * what was posted, so it prints again the same. */
CwPrintTable *cw_notice_print_table   (CwDatabase   *db,
                                       CwNotice     *notice,
                                       GError      **error);
/* Writes it as a PDF: A4, or A3 for a large board when @a3. */
gboolean      cw_notice_print_pdf     (CwDatabase   *db,
                                       CwNotice     *notice,
                                       gboolean      a3,
                                       const char   *path,
                                       int          *n_pages,
                                       GError      **error);

/* A decision's record (四议两公开记录): the six steps with their dates,
 * the meetings' attendance and votes, and whether each was valid and
 * passed, a failed meeting and its second holding both. */
CwPrintTable *cw_decision_print_table (CwDatabase   *db,
                                       CwDecision   *decision,
                                       GError      **error);
gboolean      cw_decision_print_pdf   (CwDatabase   *db,
                                       CwDecision   *decision,
                                       const char   *path,
                                       int          *n_pages,
                                       GError      **error);

G_END_DECLS
