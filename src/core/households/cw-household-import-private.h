/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-audit-private.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-importer.h"
#include "core/households/cw-household.h"
#include "core/households/cw-roster-rows.h"

G_BEGIN_DECLS

/* The roster import in two parts: judging a household without the
 * database (cw-household-import-check.c, in the importer's checking
 * thread) and writing it (cw-household-import.c). */

/* Persons go in several rows per INSERT: fewer statements means fewer
 * statement journals (see cw-importer-tuning.c), about a tenth faster. A
 * household with more members takes several statements. */
#define CW_HOUSEHOLD_PERSONS_PER_INSERT 8

/* What the register holds, loaded once at the start, and the statements.
 * The checking thread only reads the register's tables; it never touches
 * the database. */
typedef struct
{
  CwDatabase    *db;
  GStringChunk  *strings;           /* the register's strings below */
  GHashTable    *existing_numbers;  /* 户号 already in the register */
  GHashTable    *id_owners;         /* ID number → "name\0户号" */
  GHashTable    *retired_groups;    /* names of retired groups */
  guint         *same_id_line;      /* per row: another line with its ID number, or 0 */
  GHashTable    *statuses;          /* checking thread only: 人员状态 as written → code */
  GHashTable    *household_statuses; /* checking thread only: 户状态 as written → code */
  GHashTable    *group_ids;         /* writing thread only: group name → id (gint64 *) */
  /* The file has 户联系电话: the household's phone is that column's, not
   * a member's. */
  gboolean       has_household_phone;

  /* The audit rows of the households and persons, written once at the
   * end instead of by a trigger per row: a third of the import's time. */
  CwAuditBatch  *audit_households;
  CwAuditBatch  *audit_persons;

  sqlite3_stmt  *insert_household;
  /* [n] inserts n persons; prepared when first needed. */
  sqlite3_stmt  *insert_persons[CW_HOUSEHOLD_PERSONS_PER_INSERT + 1];

  /* For a status (迁出, 死亡, 注销) without the date the register needs. */
  char          *today;
} CwHouseholdImport;

/* What the checking thread found out about one household, for the
 * writing thread to act on. */
typedef struct
{
  gboolean     exists;        /* its 户号 is already in the register */
  GPtrArray   *persons;       /* CwPerson per row (NULL for a bad row) */
  GPtrArray   *messages;      /* per row: what is wrong, or NULL */
  gboolean     bad;
  /* The row of the head, who goes first; G_MAXUINT in a household that
   * has left and names no head. */
  guint        head_index;
  GPtrArray   *search_keys;   /* per row, for a good household */
  CwHousehold *record;        /* for a good household, without its group */
} CwHouseholdVerdict;

gpointer cw_household_import_judge        (CwImport           *import,
                                           const CwImportUnit *unit,
                                           gpointer            state);
void     cw_household_import_verdict_free (gpointer            verdict);

/* The reason kept with a status the roster gives without a date: the
 * date is then the day of the import. @reason is what the roster says,
 * or "". */
char    *cw_household_import_undated_reason (const char *reason);

G_END_DECLS
