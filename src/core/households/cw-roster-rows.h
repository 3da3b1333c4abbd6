/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* The roster (花名册) as the township and our importer read it: one row per
 * person, these columns in this order, one list for the export and the
 * import. The words are a file format, not interface text: they are
 * never translated, so a roster exported under any locale imports again.
 * Household columns repeat on every member's row. */
typedef enum
{
  CW_ROSTER_INDEX,             /* 序号: the form's row number, read past on import */
  CW_ROSTER_HOUSEHOLD_NUMBER,  /* 户号 */
  CW_ROSTER_GROUP,             /* 村民小组 */
  CW_ROSTER_HEAD_NAME,         /* 户主姓名: the household's, checked on import */
  CW_ROSTER_NAME,              /* 姓名 */
  CW_ROSTER_RELATION,          /* 与户主关系 */
  CW_ROSTER_SEX,               /* 性别: 男/女 */
  CW_ROSTER_ETHNICITY,         /* 民族 */
  CW_ROSTER_BIRTH_DATE,        /* 出生日期: YYYY-MM-DD */
  CW_ROSTER_ID_NUMBER,         /* 身份证号 */
  CW_ROSTER_EDUCATION,         /* 文化程度 */
  CW_ROSTER_POLITICAL,         /* 政治面貌 */
  CW_ROSTER_PARTY_JOIN_DATE,   /* 入党时间 */
  CW_ROSTER_PHONE,             /* 联系电话: the person's own */
  CW_ROSTER_TAGS,              /* 人员标签: the person's care tags, joined by 、 */
  CW_ROSTER_DISABILITY,        /* 残疾情况: category and grade */
  CW_ROSTER_STATUS,            /* 人员状态: 在册/外出务工/迁出/死亡 */
  CW_ROSTER_STATUS_DATE,       /* 变动日期: of the person's status */
  CW_ROSTER_STATUS_REASON,     /* 变动原因 */
  CW_ROSTER_NOTES,             /* 备注: the person's */
  CW_ROSTER_ADDRESS,           /* 住址: the household's */
  CW_ROSTER_HOUSEHOLD_PHONE,   /* 户联系电话 */
  CW_ROSTER_HOUSEHOLD_TAGS,    /* 户标签: the household's care tags (低保户 …) */
  CW_ROSTER_HOUSEHOLD_STATUS,  /* 户状态: 在册/迁出/注销 */
  CW_ROSTER_HOUSEHOLD_STATUS_DATE,    /* 户变动日期 */
  CW_ROSTER_HOUSEHOLD_STATUS_REASON,  /* 户变动原因 */
  CW_ROSTER_HOUSEHOLD_NOTES,   /* 户备注 */
  CW_ROSTER_N_COLUMNS
} CwRosterColumn;

/* The header words, CW_ROSTER_N_COLUMNS of them, then NULL. */
extern const char * const cw_roster_columns[];
/* Per column: required or not, and the other names offices give it
 * (户口簿, 公安 and 民政 templates: 公民身份号码, 手机号码, 现住址 …), for
 * cw_household_importer. */
extern const CwImportColumn cw_roster_import_columns[];

/* Called for each row; row[i] is never NULL ("" for an empty field) and
 * valid only during the call. Return FALSE (setting @error) to stop. */
typedef gboolean (*CwRosterRowFunc) (const char * const  *row,
                                     gpointer             user_data,
                                     GError             **error);

/* Which persons a roster lists. */
typedef enum
{
  /* The present population (在册 and 外出务工: a migrant worker is still
   * registered here), as the township's roster has it. */
  CW_ROSTER_PRESENT,
  /* Everyone the register holds, moved out and deceased too, with every
   * household whatever its status: the whole record. */
  CW_ROSTER_EVERYONE,
} CwRosterScope;

/* How many rows cw_roster_rows_foreach() will hand out; -1 on error.
 * @group_name may be NULL for the whole village. */
gint64      cw_roster_rows_count        (CwDatabase       *db,
                                         const char       *group_name,
                                         CwRosterScope     scope,
                                         GError          **error);

/* Streams the roster in group, 户号 and member order, heads first, with
 * one SQL query and no object per row, so 120 000 rows cost no memory.
 * The 序号 is left "" for the caller. An unknown group is
 * CW_ERROR_NOT_FOUND. */
gboolean    cw_roster_rows_foreach      (CwDatabase       *db,
                                         const char       *group_name,
                                         CwRosterScope     scope,
                                         CwRosterRowFunc   func,
                                         gpointer          user_data,
                                         GError          **error);

/* The Chinese word a roster writes for a person status code ("active" →
 * "在册"), whatever the locale; the code itself if unknown. */
const char *cw_roster_status_word       (const char       *code);
/* "男" for "M", "女" for "F", "" otherwise. */
const char *cw_roster_sex_word          (const char       *sex);

/* Every household's phone by household id (gint64 keys, see
 * g_int64_hash), for lists that show a person's phone or else the
 * household's; households without a phone are left out. */
GHashTable *cw_roster_household_phones  (CwDatabase       *db,
                                         GError          **error);
/* The same for the households' own care tags (a 低保 household), which a
 * care list shows beside its members' tags. */
GHashTable *cw_roster_household_tags    (CwDatabase       *db,
                                         GError          **error);

G_END_DECLS
