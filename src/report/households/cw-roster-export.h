/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-person-query.h"

G_BEGIN_DECLS

/* Called now and then from the exporting thread: @done of @total rows are
 * written. The last call is always done == total, which also tells the
 * caller how many rows the file holds. */
typedef void (*CwExportProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

/* The roster for the township (户籍台账) as its form has it: the title
 * with county, township and village ("临江县白沙镇青山村户籍台账"), a 序号,
 * one row per present person (在册, 外出务工) with every field the
 * register keeps, in exactly the import's columns and order (see
 * cw-roster-rows.h), then the totals ("合计：450户，1682人") and a line for
 * 制表人, 审核人 and the date. Saved as CSV it imports again unchanged.
 * ID numbers and phones in full, or masked ("430421********1234",
 * "138****5678"; birth dates and notes left empty) with @masked for
 * anything that leaves the office's hands. @group_name may be NULL for
 * the whole village; an unknown group is CW_ERROR_NOT_FOUND. Cancelling
 * gives CW_ERROR_CANCELLED and leaves no file behind. */
gboolean cw_roster_export_households (CwDatabase            *db,
                                      const char            *path,
                                      const char            *group_name,
                                      gboolean               masked,
                                      CwExportProgressFunc   progress,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

/* The whole record in the same form: every household and person the
 * register holds, those moved out and deceased too, with their statuses'
 * dates and reasons, nothing masked. Imported into an empty village it
 * gives the register back, field by field. */
gboolean cw_roster_export_register   (CwDatabase            *db,
                                      const char            *path,
                                      CwExportProgressFunc   progress,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

/* A care list (the Double-Ninth gift, 高龄, a care tag, party members …)
 * as a workbook: 序号, 姓名, 性别, 年龄 (on query->on), 出生日期, 身份证号,
 * 户号, 村民小组, 与户主关系, 联系电话, 标签, and 入党时间 for party members;
 * a title that says which list it is, and "合计 N 人" below. Masked, it
 * has no 出生日期: next to a masked ID it would give the number back. */
gboolean cw_roster_export_persons    (CwDatabase            *db,
                                      const char            *path,
                                      const CwPersonQuery   *query,
                                      gboolean               masked,
                                      CwExportProgressFunc   progress,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

/* A care list's content, shared by its workbook above and its printout
 * (cw-care-list-print.h), so both always show the same persons, columns
 * and title. Cells are made on demand, so a list of the whole village
 * holds nothing but the query's persons. */
typedef struct _CwCareList CwCareList;

typedef enum
{
  CW_CARE_COLUMN_INDEX,
  CW_CARE_COLUMN_NAME,
  CW_CARE_COLUMN_SEX,
  CW_CARE_COLUMN_AGE,
  CW_CARE_COLUMN_BIRTH_DATE,
  CW_CARE_COLUMN_ID_NUMBER,
  CW_CARE_COLUMN_HOUSEHOLD_NUMBER,
  CW_CARE_COLUMN_GROUP,
  CW_CARE_COLUMN_RELATION,
  CW_CARE_COLUMN_PHONE,
  CW_CARE_COLUMN_TAGS,
  CW_CARE_COLUMN_PARTY_JOIN_DATE,   /* only in party members' lists */
} CwCareColumn;

/* Errors as cw_person_query_run(): an unknown group is
 * CW_ERROR_NOT_FOUND, an unknown tag or status or a bad date
 * CW_ERROR_INVALID. */
CwCareList   *cw_care_list_new            (CwDatabase           *db,
                                           const CwPersonQuery  *query,
                                           gboolean              masked,
                                           GError              **error);
void          cw_care_list_free           (CwCareList           *self);

/* "青山村 重阳节慰问名单（男≥60岁、女≥55岁，2026-10-29）". */
const char   *cw_care_list_get_title      (CwCareList           *self);
/* The day ages are counted on, YYYY-MM-DD. */
const char   *cw_care_list_get_date       (CwCareList           *self);
gboolean      cw_care_list_get_masked     (CwCareList           *self);
guint         cw_care_list_get_n_columns  (CwCareList           *self);
CwCareColumn  cw_care_list_get_column     (CwCareList           *self,
                                           guint                 column);
const char   *cw_care_list_get_header     (CwCareList           *self,
                                           guint                 column);
guint         cw_care_list_get_n_rows     (CwCareList           *self);
/* A newly allocated cell, never NULL. */
char         *cw_care_list_dup_cell       (CwCareList           *self,
                                           guint                 row,
                                           guint                 column);
/* A row's cells, in the columns' order. */
GStrv         cw_care_list_dup_row        (CwCareList           *self,
                                           guint                 row);
/* "合计 25 人". */
char         *cw_care_list_dup_total      (CwCareList           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwCareList, cw_care_list_free)

G_END_DECLS
