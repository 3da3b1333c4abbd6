/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fixed word lists of the households register. Values are stored as the
 * Chinese words the office uses (they are data, like names), except the
 * statuses, which are codes with translated labels. Each list is
 * NULL-terminated. */

/* 与户主关系, after GB/T 4761; the first is 户主. */
extern const char * const cw_vocabulary_relations[];
/* The 56 民族, in the order of GB 3304 (汉族 first). */
extern const char * const cw_vocabulary_ethnicities[];
extern const char * const cw_vocabulary_education[];
/* 政治面貌: 群众, 中共党员, 中共预备党员, 共青团员, 民主党派, 无党派人士. */
extern const char * const cw_vocabulary_political[];
/* Care tags: 低保, 特困, 脱贫户, 监测户, 残疾, 留守老人, 留守儿童, 留守妇女,
 * 独居, 空巢, 高龄, 军属. */
extern const char * const cw_vocabulary_tags[];

/* The head of household's relation, and what a former head becomes when
 * nothing closer is known. */
#define CW_RELATION_HEAD      "户主"
#define CW_RELATION_OTHER_KIN "其他亲属"

/* Status codes, as stored. A person who is active or migrant (外出务工) is
 * present: still a member of the household. */
#define CW_PERSON_STATUS_ACTIVE       "active"
#define CW_PERSON_STATUS_MIGRANT      "migrant"
#define CW_PERSON_STATUS_MOVED_OUT    "moved_out"
#define CW_PERSON_STATUS_DECEASED     "deceased"
#define CW_HOUSEHOLD_STATUS_ACTIVE    "active"
#define CW_HOUSEHOLD_STATUS_MOVED_OUT "moved_out"
#define CW_HOUSEHOLD_STATUS_CANCELLED "cancelled"

/* The reason a household is closed (cancelled) with when its head, who
 * lived alone, dies: the office's words, stored as they are written. */
#define CW_HOUSEHOLD_REASON_HEAD_DECEASED "户主死亡"

/* Every status code of a person and of a household, in that order. */
extern const char * const cw_vocabulary_person_statuses[];
extern const char * const cw_vocabulary_household_statuses[];

gboolean    cw_vocabulary_contains          (const char * const *list,
                                             const char         *word);
/* The word as stored for what a roster may say: "本人" → "户主",
 * "长子" → "子", "汉" → "汉族", "党员" → "中共党员"; NULL if unknown. */
const char *cw_vocabulary_canonical_relation   (const char *text);
const char *cw_vocabulary_canonical_ethnicity  (const char *text);
const char *cw_vocabulary_canonical_political  (const char *text);
const char *cw_vocabulary_canonical_tag        (const char *text);

/* Whether a person with status @code is present (active or migrant). */
gboolean    cw_vocabulary_person_status_is_present (const char *code);

/* Translated labels of status codes ("active" → "在册" in zh_CN) and the
 * codes for labels as a roster writes them (在册, 外出务工, 迁出, 死亡, 注销). */
const char *cw_vocabulary_status_label      (const char *code);
const char *cw_vocabulary_person_status_for (const char *text);
const char *cw_vocabulary_household_status_for (const char *text);

/* Splits "低保、残疾;独居" into canonical tags; unknown ones go to
 * *unknown (may be NULL). Returns a new NULL-terminated array. */
char      **cw_vocabulary_split_tags        (const char  *text,
                                             char       **unknown);
/* Joins tags with 、 in the order of cw_vocabulary_tags. */
char       *cw_vocabulary_join_tags         (const char * const *tags);
gboolean    cw_vocabulary_tags_contain      (const char *joined,
                                             const char *tag);

G_END_DECLS
