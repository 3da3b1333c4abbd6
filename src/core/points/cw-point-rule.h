/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Schemes: "household" (村民积分, earned by households) and "party"
 * (党员积分, earned by party members). */
#define CW_SCHEME_HOUSEHOLD "household"
#define CW_SCHEME_PARTY     "party"

const char *cw_scheme_label (const char *scheme);
/* "村民积分"/"household" → "household", "党员积分"/"party" → "party". */
const char *cw_scheme_for   (const char *text);

#define CW_TYPE_POINT_RULE (cw_point_rule_get_type ())
G_DECLARE_FINAL_TYPE (CwPointRule, cw_point_rule, CW, POINT_RULE, GObject)

/* A rule of the rule book (积分细则). Properties: id, code, scheme,
 * category, description, points, unit, quarter-cap (0 = none), retired.
 * Changing a rule never changes entries already made. Points and cap are
 * bounded (cw-points-limits.h), so they are ints; what they multiply into
 * (an entry's points, a total) is 64-bit. cw_point_rule_validate() cleans
 * the code (cw_text_normalize_key(): hj01 and ＨＪ０１ are HJ01) and the
 * category, and refuses a figure out of bounds naming the field. */
CwPointRule *cw_point_rule_new             (void);
CwPointRule *cw_point_rule_copy            (CwPointRule  *self);
gint64       cw_point_rule_get_id          (CwPointRule  *self);
const char  *cw_point_rule_get_code        (CwPointRule  *self);
const char  *cw_point_rule_get_scheme      (CwPointRule  *self);
const char  *cw_point_rule_get_category    (CwPointRule  *self);
const char  *cw_point_rule_get_description (CwPointRule  *self);
int          cw_point_rule_get_points      (CwPointRule  *self);
const char  *cw_point_rule_get_unit        (CwPointRule  *self);
int          cw_point_rule_get_quarter_cap (CwPointRule  *self);
gboolean     cw_point_rule_get_retired     (CwPointRule  *self);

gboolean     cw_point_rule_validate        (CwPointRule  *self,
                                            GError      **error);
/* Rules of a scheme (NULL = both) in code order. */
GListModel  *cw_point_rule_list            (CwDatabase   *db,
                                            const char   *scheme,
                                            gboolean      include_retired,
                                            GError      **error);
CwPointRule *cw_point_rule_find            (CwDatabase   *db,
                                            const char   *code,
                                            GError      **error);
gboolean     cw_point_rule_add             (CwDatabase   *db,
                                            CwPointRule  *rule,
                                            GError      **error);
/* Description, category, points, unit and cap may change; code and scheme
 * may not (entries point at them). */
gboolean     cw_point_rule_update          (CwDatabase   *db,
                                            CwPointRule  *rule,
                                            GError      **error);
gboolean     cw_point_rule_set_retired     (CwDatabase   *db,
                                            gint64        id,
                                            gboolean      retired,
                                            GError      **error);

G_END_DECLS
