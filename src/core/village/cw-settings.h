/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The village's settings, kept in its database (not in GSettings) because
 * they are the office's policy: the window and the command line both
 * follow them. The keys of the setting table: */
#define CW_SETTING_OPERATOR        "operator"
#define CW_SETTING_MASK_NAMES      "mask-names-in-notices"
#define CW_SETTING_OBJECTION_PLACE "points-objection-place"
#define CW_SETTING_MEDIATION_SHORT "mediation-short-name"
#define CW_SETTING_MEDIATION_NAME  "mediation-committee"
#define CW_SETTING_STAR_CRITERIA   "benefits-star-criteria"
#define CW_SETTING_FINANCE_LARGE_ITEM "finance-large-item"
#define CW_SETTING_FINANCE_PAPER   "finance-paper"
#define CW_SETTING_NOTICE_DAY      "notice-posting-day"
#define CW_SETTING_NOTICE_DAYS     "notice-publicity-days"
#define CW_SETTING_NOTICE_PLACE    "notice-posting-place"

/* The clerk's saved name, trimmed; NULL when none was saved. */
char     *cw_settings_get_operator        (CwDatabase  *db);
/* Makes @name (trimmed) this connection's operator, so that the change
 * itself is recorded under it, and keeps it for later starts. */
gboolean  cw_settings_set_operator        (CwDatabase  *db,
                                           const char  *name,
                                           GError     **error);

/* Whether printed notices show names masked (张*三); off when not set. */
gboolean  cw_settings_get_mask_names      (CwDatabase  *db);
gboolean  cw_settings_set_mask_names      (CwDatabase  *db,
                                           gboolean     mask,
                                           GError     **error);

/* Where objections to a points announcement are raised, as printed on it;
 * "" when not set (the announcement then names the villagers' committee). */
char     *cw_settings_get_objection_place (CwDatabase  *db);
gboolean  cw_settings_set_objection_place (CwDatabase  *db,
                                           const char  *place,
                                           GError     **error);

/* The mediation committee's short name in case numbers (（2026）清溪人调字第
 * 3号) and its full name on agreements; NULL when not set (the register
 * then uses the village's name). */
char     *cw_settings_get_mediation_short_name (CwDatabase  *db);
gboolean  cw_settings_set_mediation_short_name (CwDatabase  *db,
                                                const char  *name,
                                                GError     **error);
char     *cw_settings_get_mediation_committee  (CwDatabase  *db);
gboolean  cw_settings_set_mediation_committee  (CwDatabase  *db,
                                                const char  *name,
                                                GError     **error);
/* The criteria a 星级文明户 grade names, joined by 、 (cleaned: 、，, and
 * spaces all part them); the usual five (爱党爱国、遵纪守法、家庭和睦、
 * 卫生整洁、勤劳致富) when not set. */
char     *cw_settings_get_star_criteria   (CwDatabase  *db);
/* Words as a list setting keeps them: "卫生整洁, 遵纪守法" → "卫生整洁、遵纪守法". */
char     *cw_settings_join_words          (const char  *text);
gboolean  cw_settings_set_star_criteria   (CwDatabase  *db,
                                           const char  *criteria,
                                           GError     **error);
/* From what amount (fen) a disclosure lists an entry one by one (大额收支);
 * ¥50 000 when not set. */
gint64    cw_settings_get_finance_large_item (CwDatabase  *db);
gboolean  cw_settings_set_finance_large_item (CwDatabase  *db,
                                              gint64       fen,
                                              GError     **error);
/* Whether the disclosure prints on A3 (a large notice board) rather than
 * A4; A4 when not set. */
gboolean  cw_settings_get_finance_a3      (CwDatabase  *db);
gboolean  cw_settings_set_finance_a3      (CwDatabase  *db,
                                           gboolean     a3,
                                           GError     **error);
/* The day of a month (1–28) by which that month's, quarter's (in its
 * first month) or year's (in January) notices are due; 20 when not set. */
guint     cw_settings_get_notice_day      (CwDatabase  *db);
gboolean  cw_settings_set_notice_day      (CwDatabase  *db,
                                           guint        day,
                                           GError     **error);
/* How many days (1–366, the first and the last both counted) a new
 * notice stays up unless the clerk says otherwise; 7 when not set. */
guint     cw_settings_get_notice_days     (CwDatabase  *db);
gboolean  cw_settings_set_notice_days     (CwDatabase  *db,
                                           guint        days,
                                           GError     **error);
/* Where the office posts its notices, the place a posting records when
 * none is given; 村务公开栏 when not set (a place is part of the record,
 * kept in the village's language). */
char     *cw_settings_get_notice_place    (CwDatabase  *db);
gboolean  cw_settings_set_notice_place    (CwDatabase  *db,
                                           const char  *place,
                                           GError     **error);

G_END_DECLS
