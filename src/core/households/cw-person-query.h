/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Which persons a list or export holds. Zero/NULL fields do not filter. */
typedef struct
{
  const char *group_name;      /* 村民小组 */
  const char *tag;             /* a care tag */
  const char *status;          /* a person status code; NULL = present (active or migrant) */
  gboolean    any_status;      /* include every status */
  gboolean    party_members;   /* 中共党员 and 中共预备党员 only */
  int         min_age_male;    /* -1: no limit */
  int         min_age_female;  /* -1: no limit */
  int         min_age;         /* -1: no limit; applies to both */
  const char *on;              /* the day ages are counted on, YYYY-MM-DD; NULL = today */
} CwPersonQuery;

#define CW_PERSON_QUERY_INIT { NULL, NULL, NULL, FALSE, FALSE, -1, -1, -1, NULL }

/* Persons (CwPerson, with household-number and group-name) matching the
 * query, in group, household and member order. Ages are whole years on
 * query->on. With only one of min_age_male/min_age_female set, the other
 * sex is left out (the Double-Ninth list names both). */
GListModel *cw_person_query_run (CwDatabase           *db,
                                 const CwPersonQuery  *query,
                                 GError              **error);

G_END_DECLS
