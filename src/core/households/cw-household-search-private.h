/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the households search looks in, for one household: its 户号 and
 * phone, and each member's name, ID number, phone and pinyin, kept as one
 * lowercased text so that a keystroke is only strstr() — and where each
 * member's part of it lies, so that the search can say which member it
 * found. For cw-household.c. */
typedef struct _CwHouseholdSearch CwHouseholdSearch;

/* The SQL expression, over person p, that gives one member's part of
 * @members below; the parts are joined by char(30). */
#define CW_HOUSEHOLD_SEARCH_MEMBER \
  "p.id || char(31) || p.relation || char(31) || " \
  "(p.relation = '户主' AND p.status IN ('active', 'migrant')) || char(31) || p.name || char(31) || " \
  "coalesce(p.id_number, '') || ' ' || p.phone || ' ' || p.search_key"

/* @members is the group_concat of CW_HOUSEHOLD_SEARCH_MEMBER, or NULL. */
CwHouseholdSearch *cw_household_search_new     (const char        *number,
                                                const char        *phone,
                                                const char        *members);
CwHouseholdSearch *cw_household_search_copy    (CwHouseholdSearch *self);
void               cw_household_search_free    (CwHouseholdSearch *self);

/* As cw_household_get_search_text(). */
const char        *cw_household_search_get_text (CwHouseholdSearch *self);
/* TRUE when @query (already cleaned) is one lowercase word without a
 * dash: a household matches it exactly when its text contains it. */
gboolean           cw_household_search_is_plain (const char        *query);
/* As cw_household_matches(). */
gboolean           cw_household_search_matches (CwHouseholdSearch *self,
                                                const char        *query);
/* As cw_household_match_member(). */
gint64             cw_household_search_member  (CwHouseholdSearch *self,
                                                const char        *query,
                                                char             **name,
                                                const char       **relation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwHouseholdSearch, cw_household_search_free)

G_END_DECLS
