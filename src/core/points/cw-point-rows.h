/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The quarter's figures the township workbook needs beyond the tally
 * (cw-point-tally.h), read with plain SQL and no object per row, as
 * cw-roster-rows.h does for the roster: a quarter of a township holds
 * a hundred thousand entries or more. */

/* The reviewed entries of a quarter, one row each, in date order. */
typedef enum
{
  CW_POINT_ROW_DATE,          /* YYYY-MM-DD */
  CW_POINT_ROW_NUMBER,        /* 户号 (a party member's household's) */
  CW_POINT_ROW_NAME,          /* head of household, or the party member */
  CW_POINT_ROW_GROUP,         /* 村民小组 */
  CW_POINT_ROW_RULE_CODE,
  CW_POINT_ROW_DESCRIPTION,   /* the rule's 内容 */
  CW_POINT_ROW_QUANTITY,
  CW_POINT_ROW_POINTS,        /* as fixed when entered, negative for deductions and reversals */
  CW_POINT_ROW_NOTE,
  CW_POINT_ROW_REVIEWED_BY,
  CW_POINT_ROW_N_COLUMNS
} CwPointRowColumn;

/* Called for each entry; row[i] is never NULL and valid only during the
 * call. Return FALSE (setting @error) to stop. */
typedef gboolean (*CwPointRowFunc) (const char * const  *row,
                                    gpointer             user_data,
                                    GError             **error);

/* How many rows cw_point_rows_foreach_entry() hands out; -1 on error. */
gint64   cw_point_rows_count_entries  (CwDatabase      *db,
                                       const char      *scheme,
                                       const char      *quarter,
                                       GError         **error);
gboolean cw_point_rows_foreach_entry  (CwDatabase      *db,
                                       const char      *scheme,
                                       const char      *quarter,
                                       CwPointRowFunc   func,
                                       gpointer         user_data,
                                       GError         **error);

/* A village group's points in a quarter: reviewed points given (entries
 * of more than 0), taken (the size of those below 0: deductions and
 * reversals) and, for households, spent in the points shop (redemptions
 * dated in the quarter and not voided). */
typedef struct
{
  char   *group_name;
  gint64  issued;
  gint64  deducted;
  gint64  redeemed;
} CwPointGroupSums;

void       cw_point_group_sums_free (CwPointGroupSums *sums);

/* A GPtrArray of CwPointGroupSums, in the groups' order; groups without
 * any points in the quarter are left out. NULL on error. */
GPtrArray *cw_point_rows_group_sums (CwDatabase  *db,
                                     const char  *scheme,
                                     const char  *quarter,
                                     GError     **error);

G_END_DECLS
