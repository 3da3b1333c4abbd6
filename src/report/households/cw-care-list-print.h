/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "core/households/cw-person-query.h"
#include "report/common/cw-print-table.h"

G_BEGIN_DECLS

/* A care list on paper (the Double-Ninth gift list, 高龄, a care tag, party
 * members) as a printed table (cw-print-table.h): the list's title with
 * the day it was printed, the same columns as its workbook, "合计 N 人"
 * under the last row. Tags give way first when the columns do not fit the
 * page, then relations, groups, household numbers, and names last (a
 * gift list is read by name).
 *
 * Printouts leave the office: ask for @masked (ID "430421********1234",
 * phone "138****5678", no birth date) unless the full numbers are really
 * wanted. Lay it out with CwPrintLayout, or print it to the dialog with
 * ui/common/cw-print-operation.h. Reads the persons at once (errors as
 * cw_person_query_run()). */
CwPrintTable *cw_care_list_print_table (CwDatabase           *db,
                                        const CwPersonQuery  *query,
                                        gboolean              masked,
                                        GError              **error);

/* Writes the list as an A4 PDF with its fonts embedded. The file is
 * replaced only when complete. Returns the number of pages in @n_pages
 * (may be NULL). */
gboolean      cw_care_list_print_pdf   (CwDatabase           *db,
                                        const CwPersonQuery  *query,
                                        gboolean              masked,
                                        const char           *path,
                                        int                  *n_pages,
                                        GError              **error);

G_END_DECLS
