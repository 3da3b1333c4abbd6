/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database-private.h"
#include "core/households/cw-person.h"

G_BEGIN_DECLS

/* For the households module and the person queries, which select persons
 * with the same columns and write them inside their own transactions. */

/* Columns in the order cw_person_from_row() reads them. */
#define PERSON_COLUMNS \
  "p.id, p.household_id, p.position, p.name, p.relation, coalesce(p.sex, ''), " \
  "coalesce(p.birth_date, ''), coalesce(p.id_number, ''), p.ethnicity, p.phone, " \
  "p.education, p.political, coalesce(p.party_join_date, ''), p.tags, p.disability, " \
  "p.notes, p.status, coalesce(p.status_date, ''), p.status_reason, h.number, g.name "
#define PERSON_FROM \
  "FROM person p JOIN household h ON h.id = p.household_id " \
  "JOIN village_group g ON g.id = h.group_id "

CwPerson *cw_person_from_row (sqlite3_stmt  *stmt);
/* Validate, check against the register and write, in an open transaction. */
gboolean  cw_person_insert   (CwDatabase    *db,
                              CwPerson      *person,
                              GError       **error);
gboolean  cw_person_write    (CwDatabase    *db,
                              CwPerson      *person,
                              GError       **error);

G_END_DECLS
