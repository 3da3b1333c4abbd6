/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/households/cw-household.h"

G_BEGIN_DECLS

#define CW_TYPE_HOUSEHOLD_FILTER (cw_household_filter_get_type ())
G_DECLARE_FINAL_TYPE (CwHouseholdFilter, cw_household_filter, CW, HOUSEHOLD_FILTER, GObject)

/* Whether a household passes the filters other than the search. */
typedef gboolean (*CwHouseholdFilterFunc) (CwHousehold *household,
                                           gpointer     user_data);

/* A GListModel of the households of @households (a model of CwHousehold)
 * that pass @passes and match the search query (cw_household_matches()),
 * in their order.
 *
 * What GtkFilterListModel with a custom filter does, made for a search
 * keystroke at township scale: every household's search text is kept in
 * one buffer, so that a keystroke is one memmem() pass over it instead of
 * fetching, referencing and testing 30 000 objects scattered in memory;
 * and a query that only grows re-tests the households shown alone. */
CwHouseholdFilter *cw_household_filter_new       (GListModel            *households,
                                                  CwHouseholdFilterFunc  passes,
                                                  gpointer               user_data);
/* The query as cw_household_matches() takes it; "" shows every household
 * that passes. */
void               cw_household_filter_set_query (CwHouseholdFilter     *self,
                                                  const char            *query);
/* What @passes says may have changed for any household: asks it again. */
void               cw_household_filter_refilter  (CwHouseholdFilter     *self);

G_END_DECLS
