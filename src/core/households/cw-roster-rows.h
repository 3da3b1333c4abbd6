/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The roster (花名册) as the township and our importer read it: one row per
 * person, these thirteen columns in this order. The words are a file
 * format, not interface text: they are never translated, so a roster
 * exported under any locale imports again. */
typedef enum
{
  CW_ROSTER_HOUSEHOLD_NUMBER,  /* 户号 */
  CW_ROSTER_GROUP,             /* 村民小组 */
  CW_ROSTER_NAME,              /* 姓名 */
  CW_ROSTER_RELATION,          /* 与户主关系 */
  CW_ROSTER_SEX,               /* 性别: 男/女 */
  CW_ROSTER_ID_NUMBER,         /* 身份证号 */
  CW_ROSTER_BIRTH_DATE,        /* 出生日期: YYYY-MM-DD */
  CW_ROSTER_ETHNICITY,         /* 民族 */
  CW_ROSTER_PHONE,             /* 联系电话: the person's, else the household's */
  CW_ROSTER_POLITICAL,         /* 政治面貌 */
  CW_ROSTER_STATUS,            /* 人员状态: 在册/外出务工/迁出/死亡 */
  CW_ROSTER_TAGS,              /* 标签, joined by 、 */
  CW_ROSTER_ADDRESS,           /* 住址: the household's */
  CW_ROSTER_N_COLUMNS
} CwRosterColumn;

/* The header words, CW_ROSTER_N_COLUMNS of them, then NULL. */
extern const char * const cw_roster_columns[];

/* Called for each row; row[i] is never NULL ("" for an empty field) and
 * valid only during the call. Return FALSE (setting @error) to stop. */
typedef gboolean (*CwRosterRowFunc) (const char * const  *row,
                                     gpointer             user_data,
                                     GError             **error);

/* How many rows cw_roster_rows_foreach() will hand out; -1 on error.
 * @group_name may be NULL for the whole village. */
gint64      cw_roster_rows_count        (CwDatabase       *db,
                                         const char       *group_name,
                                         GError          **error);

/* Streams the roster of the present population (在册 and 外出务工: a
 * migrant worker is still registered here; those moved out and the
 * deceased are not on a township roster) in group, 户号 and member order,
 * heads first, with one SQL query and no object per row, so 120 000 rows
 * cost no memory. An unknown group is CW_ERROR_NOT_FOUND. */
gboolean    cw_roster_rows_foreach      (CwDatabase       *db,
                                         const char       *group_name,
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
